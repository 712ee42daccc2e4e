/// Makes text taken from a spec safe to print: every character a terminal, CI log or editor would act on
/// or hide is shown as a visible escape instead.
///
/// A spec is data someone else may have written, and diagnostics echo its lines and values. Printed raw,
/// an ESC sequence in a title rewrites the reader's terminal, a NUL or CR hides text in a CI log, and a
/// bidi override makes a line read differently from what it holds. So everything the formatter prints
/// that came from input goes through `escaped(_:)`:
///
/// - `\t`, `\n`, `\r` for tab, line feed and carriage return (tab is shown, not expanded, because a tab
///   where YAML wants spaces is itself a common mistake);
/// - `\x00` … `\x1f` and `\x7f` for the other C0 controls and DEL;
/// - `\u{85}`, `\u{202E}`, `\u{200B}`, `\u{A0}` … for C1 controls, format characters (bidi controls,
///   zero-width characters, BOM, tag characters), line and paragraph separators, spaces other than
///   U+0020, surrogates and unassigned code points.
///
/// A backslash is not doubled: the source lines shown under a diagnostic are YAML, where `"\e"` must stay
/// readable as what the user typed. The price is that a literal `\x1b` in the input and an escaped ESC
/// look alike; neither can act on the terminal.
public enum SafeText {
    /// `text` with every unsafe character replaced by its visible escape.
    public static func escaped(_ text: some StringProtocol) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if let escape = escape(for: scalar) { out += escape } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// The visible escape for `scalar`, or `nil` when it prints as itself.
    public static func escape(for scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\t": return "\\t"
        case "\n": return "\\n"
        case "\r": return "\\r"
        case " ": return nil
        default: break
        }
        if scalar.value < 0x20 || scalar.value == 0x7F {
            let hex = String(scalar.value, radix: 16)
            return "\\x" + (hex.count == 1 ? "0" : "") + hex
        }
        if scalar.isASCII { return nil }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator, .surrogate, .unassigned:
            return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        default:
            return nil
        }
    }

    /// The columns `scalar` takes once printed: its escape's length, 0 for combining marks, 2 for wide
    /// (East Asian and emoji) characters, 1 otherwise.
    ///
    /// Used to put the caret under the right character; terminals disagree on a few characters
    /// (ambiguous-width ones, emoji sequences), so this is the common case, not a promise.
    public static func columns(of scalar: Unicode.Scalar) -> Int {
        if let escape = escape(for: scalar) { return escape.count }
        if scalar.isASCII { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return 0
        default: return isWide(scalar) ? 2 : 1
        }
    }

    /// The printed columns of a whole text (after escaping).
    public static func columns(of text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + columns(of: $1) }
    }

    /// East Asian Wide and Fullwidth ranges, and the emoji blocks terminals draw two columns wide.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
        0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
        0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
        0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x18CFF, 0x1B000...0x1B2FF, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E,
        0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB,
        0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD
    ]

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if value < wideRanges[mid].lowerBound {
                high = mid - 1
            } else if value > wideRanges[mid].upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
