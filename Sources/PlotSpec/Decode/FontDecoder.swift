import Foundation
import PlotDiagnostics
import PlotYAML

extension DecodeContext {
    /// `figure.font`: one family name, or a list of them in order of preference (`[Noto Sans, DejaVu Sans]`).
    ///
    /// Each name must be non-empty, at most `SpecLimits.maxFontFamilyLength` characters, free of control
    /// and bidi characters, and without a comma, which Pango reads as a list separator (a name holding one
    /// would silently become two families). Whether a family is installed depends on the machine that
    /// renders, so it is not checked here (`FontAvailability` warns in the driver).
    func fontFamilies(_ node: YAMLNode) -> (names: [String], spans: [SourceSpan])? {
        let items: [YAMLNode]
        if let sequence = node.sequence {
            guard !sequence.isEmpty else {
                report(Messages.Spec.fontListEmpty(at: node.span))
                return nil
            }
            guard sequence.count <= SpecLimits.maxFontFamilies else {
                report(
                    Messages.Spec.tooManyFontFamilies(
                        sequence.count, limit: SpecLimits.maxFontFamilies,
                        at: sequence[SpecLimits.maxFontFamilies].span))
                return nil
            }
            items = sequence
        } else if node.scalar != nil {
            items = [node]
        } else {
            report(
                Messages.Spec.wrongType(
                    expected: "a font family name or a list of them for font",
                    found: node.kindDescription, at: node.span))
            return nil
        }
        var names: [String] = []
        var spans: [SourceSpan] = []
        var valid = true
        for item in items {
            guard let name = fontFamily(item) else {
                valid = false
                continue
            }
            names.append(name)
            spans.append(item.span)
        }
        return valid ? (names, spans) : nil
    }

    /// One family name, trimmed of surrounding spaces (fontconfig ignores them too), or nil after reporting.
    private func fontFamily(_ node: YAMLNode) -> String? {
        guard let text = string(node, "a font family") else { return nil }
        let name = text.trimmingCharacters(in: .whitespaces)
        if name.isEmpty {
            report(Messages.Spec.fontFamilyEmpty(at: node.span))
            return nil
        }
        if name.count > SpecLimits.maxFontFamilyLength {
            report(
                Messages.Spec.fontFamilyTooLong(
                    length: name.count, limit: SpecLimits.maxFontFamilyLength,
                    at: node.span))
            return nil
        }
        if let scalar = name.unicodeScalars.first(where: \.isControlOrBidi) {
            report(Messages.Spec.fontFamilyControlCharacter(scalar, at: node.span))
            return nil
        }
        if name.contains(",") {
            let parts = name.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            report(
                Messages.Spec.fontFamilyComma(
                    name, at: node.span,
                    suggestion: "[" + parts.joined(separator: ", ") + "]"))
            return nil
        }
        return name
    }
}
