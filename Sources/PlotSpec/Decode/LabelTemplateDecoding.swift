import PlotScales

/// Building the `LabelTemplate` of annotation text whose placeholders were already checked.
extension DecodeContext {
    /// `text` as a template, or nil when a placeholder names nothing or its pattern does not parse.
    /// Those problems were reported by `checkPlaceholders` and `checkPlaceholderSyntax`, which run first.
    func labelTemplate(_ text: String) -> LabelTemplate? {
        var pieces: [LabelTemplate.Piece] = []
        var cursor = text.startIndex
        for placeholder in LabelText.scan(text) {
            if cursor < placeholder.range.lowerBound {
                pieces.append(.literal(String(text[cursor..<placeholder.range.lowerBound])))
            }
            guard let field = templateField(placeholder) else { return nil }
            pieces.append(.field(field))
            cursor = placeholder.range.upperBound
        }
        if cursor < text.endIndex { pieces.append(.literal(String(text[cursor...]))) }
        return LabelTemplate(written: text, pieces: pieces)
    }

    private func templateField(_ placeholder: LabelText.Placeholder) -> LabelTemplate.Field? {
        let pattern: NumberPattern
        if placeholder.format == nil {
            pattern = .threeSignificantDigits
        } else if let written = placeholder.pattern {
            pattern = written
        } else {
            return nil
        }
        switch placeholder.name {
        case "score": return .init(quantity: .score, pattern: pattern, categories: nil)
        case "true_score": return .init(quantity: .trueScore, pattern: pattern, categories: nil)
        case "value": return .init(quantity: .value, pattern: pattern, categories: nil)
        default:
            guard let index = parameters.firstIndex(where: { $0.name == placeholder.name }) else { return nil }
            // A categorical parameter prints its category's name unless a number format is asked for.
            let categories = placeholder.format == nil ? parameters[index].categories : nil
            return .init(quantity: .parameter(index), pattern: pattern, categories: categories)
        }
    }
}
