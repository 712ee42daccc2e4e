/// Shortening of printed text, so no single value from a spec can make a diagnostic huge.
///
/// Lengths are measured in printed columns after escaping, and every character counts at least one
/// (a run of ten thousand combining marks is zero columns wide but still ten thousand characters).
extension SafeText {
    /// The ellipsis that marks where text was cut.
    public static let ellipsis = "…"

    /// `text` escaped and, when wider than `maxColumns`, cut to its first `maxColumns - 1` columns plus `…`.
    public static func escaped(_ text: some StringProtocol, maxColumns: Int) -> String {
        let budget = max(1, maxColumns)
        var pieces: [(text: String, cost: Int)] = []
        var used = 0
        for scalar in text.unicodeScalars {
            let cost = max(1, columns(of: scalar))
            if used + cost > budget {
                // Too long: drop trailing pieces until the ellipsis fits too.
                while used + 1 > budget, let last = pieces.popLast() { used -= last.cost }
                return pieces.map(\.text).joined() + ellipsis
            }
            pieces.append((escape(for: scalar) ?? String(scalar), cost))
            used += cost
        }
        return pieces.map(\.text).joined()
    }

    /// `text` escaped and, when wider than `maxColumns`, cut in the middle: its start, `…`, its end.
    ///
    /// Used where both ends matter: a message ends with its advice or "did you mean", a path with the
    /// file name.
    public static func escapedKeepingEnds(_ text: some StringProtocol, maxColumns: Int) -> String {
        let budget = max(3, maxColumns)
        // Only the first `budget + 1` columns are looked at to decide; a 4 MB text costs no more.
        var cost = 0
        for scalar in text.unicodeScalars {
            cost += max(1, columns(of: scalar))
            if cost > budget { break }
        }
        guard cost > budget else { return escaped(text) }
        let headBudget = (budget - 1) / 2
        let head = escaped(text, maxColumns: headBudget + 1).dropLast()  // without its own "…"
        return head + ellipsis + escapedSuffix(of: text, columns: budget - 1 - headBudget)
    }

    /// Every run between single quotes (`'…'`, the catalogue's way of quoting a value) cut to
    /// `maxColumns`, and the result escaped.
    ///
    /// The catalogue quotes user values as `'\(value)'`, so this shortens titles, keys and formulas
    /// inside messages without every catalogue function doing it. An apostrophe right after a letter or digit
    /// opens no quote (English possessives in the catalogue's own words). A value that itself holds `'`
    /// can still shift which runs count as quoted; the overall message cap (`escapedKeepingEnds`) still bounds those.
    ///
    /// Runs outside quotes are cut in the middle to `maxColumns` (the whole message will be anyway), so a
    /// megabyte message costs a pass over its bytes, not a copy of its escaped form.
    public static func escapedShorteningQuotes(_ message: String, maxQuotedColumns: Int, maxColumns: Int) -> String {
        func shown(_ run: Substring, inside: Bool) -> String {
            inside ? escaped(run, maxColumns: maxQuotedColumns) : escapedKeepingEnds(run, maxColumns: maxColumns)
        }
        var out = ""
        var inside = false
        var runStart = message.utf8.startIndex
        // Split on the byte of `'` (never part of a multi-byte UTF-8 sequence): fast on megabytes.
        for index in message.utf8.indices where message.utf8[index] == UInt8(ascii: "'") {
            // An apostrophe inside a word ("a line's legend") opens no quote: a quote the catalogue
            // writes follows a space or punctuation.
            if !inside, index > message.utf8.startIndex,
                isWordByte(message.utf8[message.utf8.index(before: index)])
            {
                continue
            }
            let run = message[runStart..<index]
            out += shown(run, inside: inside)
            out += "'"
            inside.toggle()
            runStart = message.utf8.index(after: index)
        }
        let last = message[runStart...]
        return out + shown(last, inside: inside)
    }

    // MARK: - Helpers

    /// An ASCII letter or digit: the byte before an apostrophe that is part of a word.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// The longest end of `text`, escaped, whose escaped form costs at most `columns`.
    private static func escapedSuffix(of text: some StringProtocol, columns budget: Int) -> String {
        var pieces: [String] = []
        var used = 0
        for scalar in text.unicodeScalars.reversed() {
            let cost = max(1, columns(of: scalar))
            guard used + cost <= budget else { break }
            pieces.append(escape(for: scalar) ?? String(scalar))
            used += cost
        }
        return pieces.reversed().joined()
    }
}
