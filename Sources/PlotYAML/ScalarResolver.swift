/// Gives plain scalars their type under the YAML 1.2 core schema; libyaml leaves every scalar a string.
///
/// Rules (only plain, untagged scalars are resolved; quoted and block scalars are always strings):
/// - `null`, `Null`, `NULL`, `~` and the empty scalar are null.
/// - `true`, `True`, `TRUE`, `false`, `False`, `FALSE` are booleans. YAML 1.1's `yes`/`no`/`on`/`off`
///   are **strings**: the 1.2 core schema dropped them because `country: NO` silently became `false`.
/// - `[-+]?[0-9]+`, `0x[0-9a-fA-F]+` and `0o[0-7]+` are integers; ones too large for `Int` become numbers.
/// - `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?` is a number, so `1e-5`, `5.` and `.5` are
///   numbers (YAML 1.1 resolvers such as PyYAML's read `1e-5` as a string), as are `[-+]?.inf` and `.nan`
///   in lower, capitalised or upper case.
/// - Everything else, including `1_000` (no digit separators) and `0b101`, is a string.
///
/// Explicit tags override: `!!str` (and the non-specific `!`) force a string; `!!int`, `!!float`,
/// `!!bool` and `!!null` require text of that type; any other tag leaves the scalar resolved as untagged,
/// after `TagCheck` has reported it as an error (so nothing reads differently from what its tag says).
enum ScalarResolver {
    /// The resolved value, or `nil` when an explicit core tag does not fit the text.
    static func resolve(_ text: String, style: YAMLScalar.Style, tag: String?) -> YAMLScalar.Value? {
        switch tag {
        case "!!str", "!":
            return .string(text)
        case "!!int":
            switch plainValue(text) {
            case .integer(let i): return .integer(i)
            case .number(let d) where isIntegerSyntax(text): return .number(d)
            default: return nil
            }
        case "!!float":
            switch plainValue(text) {
            case .integer(let i): return .number(Double(i))
            case .number(let d): return .number(d)
            default: return nil
            }
        case "!!bool":
            if case .bool(let b) = plainValue(text) { return .bool(b) }
            return nil
        case "!!null":
            if case .null = plainValue(text) { return .null }
            return nil
        default:
            return style == .plain ? plainValue(text) : .string(text)
        }
    }

    /// The core-schema meaning of a plain scalar's text.
    static func plainValue(_ text: String) -> YAMLScalar.Value {
        // Most plain scalars are words: skip the literal table unless the first byte could start an entry.
        let utf8 = text.utf8
        guard let lead = utf8.first else { return .null }
        let couldBeLiteral = utf8.count <= 6 && "~nNtTfF.+-".utf8.contains(lead)
        let couldBeNumber = isDigit(lead) || "+-.".utf8.contains(lead)
        guard couldBeLiteral || couldBeNumber else { return .string(text) }
        if couldBeLiteral, let literal = literalValue(text) { return literal }
        return couldBeNumber ? numericValue(text) : .string(text)
    }

    /// The fixed spellings of null, booleans, infinities and NaN.
    private static func literalValue(_ text: String) -> YAMLScalar.Value? {
        switch text {
        case "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .number(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .number(-.infinity)
        case ".nan", ".NaN", ".NAN": return .number(.nan)
        default: return nil
        }
    }

    /// Integers and floats; anything else that merely starts like a number is a string.
    private static func numericValue(_ text: String) -> YAMLScalar.Value {
        let bytes = Array(text.utf8)
        if let value = prefixedInteger(bytes) { return value }
        if isIntegerSyntax(text) {
            if let i = Int(text) { return .integer(i) }
            if let d = Double(text) { return .number(d) }
        }
        if isFloatSyntax(bytes), let d = Double(text) { return .number(d) }
        return .string(text)
    }

    // MARK: - Syntax checks

    private static func isIntegerSyntax(_ text: String) -> Bool {
        var digits = Substring(text)
        if let first = digits.first, first == "-" || first == "+" { digits = digits.dropFirst() }
        return !digits.isEmpty && digits.utf8.allSatisfy(isDigit)
    }

    /// `0x…` and `0o…` integers; those too large for `Int` become numbers.
    private static func prefixedInteger(_ bytes: [UInt8]) -> YAMLScalar.Value? {
        guard bytes.count > 2, bytes[0] == UInt8(ascii: "0") else { return nil }
        let radix: Int
        switch bytes[1] {
        case UInt8(ascii: "x"): radix = 16
        case UInt8(ascii: "o"): radix = 8
        default: return nil
        }
        var total = 0
        var overflowed = false
        var approximate = 0.0
        for byte in bytes.dropFirst(2) {
            guard let digit = digitValue(byte), digit < radix else { return nil }
            approximate = approximate * Double(radix) + Double(digit)
            if !overflowed {
                let (shifted, o1) = total.multipliedReportingOverflow(by: radix)
                let (sum, o2) = shifted.addingReportingOverflow(digit)
                overflowed = o1 || o2
                total = sum
            }
        }
        return overflowed ? .number(approximate) : .integer(total)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
    private static func isFloatSyntax(_ bytes: [UInt8]) -> Bool {
        var i = 0
        let n = bytes.count
        func digits() -> Int {
            let start = i
            while i < n, isDigit(bytes[i]) { i += 1 }
            return i - start
        }
        if i < n, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") { i += 1 }
        if i < n, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { return false }
        } else {
            guard digits() > 0 else { return false }
            if i < n, bytes[i] == UInt8(ascii: ".") {
                i += 1
                _ = digits()
            }
        }
        if i < n, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < n, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") { i += 1 }
            guard digits() > 0 else { return false }
        }
        return i == n
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }
}
