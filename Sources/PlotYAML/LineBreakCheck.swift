/// Finds line breaks that libyaml honours but plotspec's positions do not: a lone `\r`, NEL (U+0085),
/// LS (U+2028) and PS (U+2029).
///
/// libyaml starts a new line at each of them, while diagnostics (and every editor's line numbers on a
/// modern system) count `\n` only, so after one of them every reported line would be off and could lie
/// past the end of the file. Rejecting them up front keeps every position honest.
enum LineBreakCheck {
    /// The byte offset of the first such break and the code point it encodes, or `nil` if there is none.
    static func firstUnsupportedBreak(in bytes: [UInt8]) -> (offset: Int, codePoint: UInt32)? {
        bytes.withUnsafeBufferPointer { buffer in
            let n = buffer.count
            var i = 0
            while i < n {
                switch buffer[i] {
                case 0x0D:
                    if i + 1 >= n || buffer[i + 1] != 0x0A { return (i, 0x0D) }
                case 0xC2:
                    if i + 1 < n, buffer[i + 1] == 0x85 { return (i, 0x85) }
                case 0xE2:
                    if i + 2 < n, buffer[i + 1] == 0x80, buffer[i + 2] == 0xA8 || buffer[i + 2] == 0xA9 {
                        return (i, buffer[i + 2] == 0xA8 ? 0x2028 : 0x2029)
                    }
                default:
                    break
                }
                i += 1
            }
            return nil
        }
    }
}
