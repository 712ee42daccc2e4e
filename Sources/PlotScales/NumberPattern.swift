/// A printf-subset number pattern, parsed and validated once (see `NumberFormat` for the output rules).
///
/// The supported subset, exactly: literal text, `%%` for a percent sign, and conversions
/// `%[flags][width][.precision]conv` with
/// - flags any of `-` (left-align), `+` (always a sign), space (a space for positive values), `0` (zero-pad),
///   `#` (keep the point and trailing zeros);
/// - width 0…`maxWidth`, precision 0…`maxPrecision` (a `.` alone means precision 0);
/// - conv one of `f F e E g G d i`.
/// At least one conversion is required; every conversion formats the same value. Anything else — another
/// conversion letter (`%s`, `%n`, `%x`), a length modifier (`%lf`), `*` widths, positional `%1$f`, a lone
/// `%` — is a `NumberPatternError` that says where and what, so a bad pattern never reaches a picture.
public struct NumberPattern: Hashable, Sendable {
    /// Widths beyond this only push the text off the figure.
    public static let maxWidth = 50
    /// A double has at most 17 significant decimal digits.
    public static let maxPrecision = 17
    public static let conversions: [Character] = ["f", "F", "e", "E", "g", "G", "d", "i"]

    enum Piece: Hashable, Sendable {
        case literal(String)
        case conversion(NumberFormat.Spec)
    }

    /// The pattern as written.
    public let text: String
    let pieces: [Piece]

    /// Parses `text`, throwing the first problem with its character offset in `text`.
    public init(_ text: String) throws(NumberPatternError) {
        self.text = text
        var parser = Parser(Array(text))
        pieces = try parser.parse()
    }

    /// `value` written with this pattern.
    public func format(_ value: Double) -> String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .literal(let s): out += s
            case .conversion(let spec): out += spec.apply(value)
            }
        }
        return out
    }
}

/// Why a number pattern was refused, and where: `offset` and `length` count characters of the pattern.
public struct NumberPatternError: Error, Hashable, Sendable {
    public enum Problem: Hashable, Sendable {
        /// `%` as the last character.
        case danglingPercent
        /// A conversion letter (or other character) the subset does not have, e.g. `q` in `%.2q`.
        case unsupportedConversion(Character)
        /// `l`, `h`, `L`, `q`, `j`, `z`, `t` before a conversion: C's argument sizes mean nothing here.
        case lengthModifier(String)
        /// `*` or `n$`: values come from the plot, never from arguments.
        case argumentReference
        case widthTooLarge(Int)
        case precisionTooLarge(Int)
        /// No `%…` conversion at all: every label would be the same text.
        case noConversion
    }

    public let problem: Problem
    public let offset: Int
    public let length: Int
    /// A corrected pattern when one is evident (`%lf` → `%f`).
    public let suggestion: String?
}

// MARK: - Parsing

extension NumberPattern {
    private struct Parser {
        let chars: [Character]
        var i = 0

        init(_ chars: [Character]) { self.chars = chars }

        mutating func parse() throws(NumberPatternError) -> [Piece] {
            var pieces: [Piece] = []
            var literal = ""
            var conversions = 0
            while i < chars.count {
                let c = chars[i]
                guard c == "%" else {
                    literal.append(c)
                    i += 1
                    continue
                }
                if i + 1 < chars.count, chars[i + 1] == "%" {
                    literal.append("%")
                    i += 2
                    continue
                }
                if !literal.isEmpty { pieces.append(.literal(literal)) }
                literal = ""
                pieces.append(.conversion(try conversion()))
                conversions += 1
            }
            if !literal.isEmpty { pieces.append(.literal(literal)) }
            guard conversions > 0 else {
                throw NumberPatternError(
                    problem: .noConversion, offset: 0, length: Swift.max(chars.count, 1),
                    suggestion: nil)
            }
            return pieces
        }

        /// One conversion starting at the `%` at `i`.
        private mutating func conversion() throws(NumberPatternError) -> NumberFormat.Spec {
            let start = i
            i += 1
            var spec = NumberFormat.Spec()
            while i < chars.count, "-+ 0#".contains(chars[i]) {
                switch chars[i] {
                case "-": spec.leftAlign = true
                case "+": spec.plus = true
                case " ": spec.space = true
                case "0": spec.zeroPad = true
                default: spec.alternate = true
                }
                i += 1
            }
            let widthStart = i
            if let width = number() {
                if i < chars.count, chars[i] == "$" { throw argumentError(start) }
                guard width <= NumberPattern.maxWidth else {
                    throw NumberPatternError(
                        problem: .widthTooLarge(width), offset: widthStart,
                        length: i - widthStart, suggestion: nil)
                }
                spec.width = width
            }
            if i < chars.count, chars[i] == "*" { throw argumentError(start) }
            if i < chars.count, chars[i] == "." {
                i += 1
                if i < chars.count, chars[i] == "*" { throw argumentError(start) }
                let precisionStart = i
                let precision = number() ?? 0
                guard precision <= NumberPattern.maxPrecision else {
                    throw NumberPatternError(
                        problem: .precisionTooLarge(precision), offset: precisionStart,
                        length: i - precisionStart, suggestion: nil)
                }
                spec.precision = precision
            }
            guard i < chars.count else {
                throw NumberPatternError(
                    problem: .danglingPercent, offset: start, length: i - start,
                    suggestion: nil)
            }
            let modifierStart = i
            while i < chars.count, "lhLqjzt".contains(chars[i]),
                i + 1 < chars.count,
                "lhLqjzt".contains(chars[i + 1]) || NumberPattern.conversions.contains(chars[i + 1])
            {
                i += 1
            }
            if i > modifierStart {
                let modifier = String(chars[modifierStart..<i])
                let fixed = String(chars[start..<modifierStart]) + String(chars[i])
                throw NumberPatternError(
                    problem: .lengthModifier(modifier), offset: start, length: i + 1 - start,
                    suggestion: fixed)
            }
            let conv = chars[i]
            guard NumberPattern.conversions.contains(conv) else {
                throw NumberPatternError(
                    problem: .unsupportedConversion(conv), offset: start, length: i + 1 - start,
                    suggestion: nil)
            }
            spec.conversion = conv
            i += 1
            return spec
        }

        private func argumentError(_ start: Int) -> NumberPatternError {
            NumberPatternError(
                problem: .argumentReference, offset: start, length: Swift.max(i + 1 - start, 1),
                suggestion: nil)
        }

        /// A run of ASCII digits, saturating so a thousand-digit width cannot overflow.
        private mutating func number() -> Int? {
            var n: Int?
            while i < chars.count, chars[i].isASCII, let d = chars[i].wholeNumberValue {
                n = Swift.min((n ?? 0) * 10 + d, 1_000_000_000)
                i += 1
            }
            return n
        }
    }
}
