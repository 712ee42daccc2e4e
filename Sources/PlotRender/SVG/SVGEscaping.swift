/// Text made safe for XML 1.0 character data and double-quoted attribute values.
///
/// `&`, `<` and `>` are always escaped (`>` too, so `]]>` can never appear), `"` in attributes. Tab, line
/// feed and carriage return are written as character references: a parser would otherwise normalise them
/// (CR to LF, and all three to spaces inside attributes). Characters XML 1.0 forbids outright — the C0
/// controls other than those three, and the non-characters U+FFFE and U+FFFF — have no escape at all, so
/// they become U+FFFD (the replacement character, visible where the text is shown). Everything else,
/// superscripts and bidi marks included, is written as UTF-8, so the text stays searchable.
enum SVGEscaping {
    /// `text` as element content.
    static func content(_ text: String) -> String {
        escape(text, quotes: false)
    }

    /// `text` as a double-quoted attribute value.
    static func attribute(_ text: String) -> String {
        escape(text, quotes: true)
    }

    /// True when `text` has whitespace an XML/SVG reader would collapse or convert: leading or trailing
    /// space, two spaces in a row, or a tab, line feed or carriage return.
    static func needsPreservedSpace(_ text: String) -> Bool {
        var previousWasSpace = true  // a leading space counts as collapsible
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t", "\n", "\r": return true
            case " ":
                if previousWasSpace { return true }
                previousWasSpace = true
            default: previousWasSpace = false
            }
        }
        return previousWasSpace && !text.isEmpty
    }

    private static func escape(_ text: String, quotes: Bool) -> String {
        // Fast path: most labels need no escaping at all.
        if !text.unicodeScalars.contains(where: { needsEscape($0, quotes: quotes) }) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default: out.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    private static func needsEscape(_ scalar: Unicode.Scalar, quotes: Bool) -> Bool {
        switch scalar {
        case "&", "<", ">", "\t", "\n", "\r": true
        case "\"": quotes
        default: !isAllowed(scalar)
        }
    }

    /// XML 1.0's `Char` production (Swift strings hold no surrogates, so only these gaps remain).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
