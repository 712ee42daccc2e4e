/// Finds the first byte that breaks UTF-8, so the error can point at a line and column.
///
/// We check before libyaml does because libyaml only reports a byte offset, and because Swift's own
/// validating initialisers say *that* the text is invalid but not *where*.
enum UTF8Validation {
    /// The offset where the first ill-formed UTF-8 sequence starts, or `nil` if the bytes are well formed.
    ///
    /// Rejects overlong forms, surrogates and code points above U+10FFFF, as the Unicode standard requires.
    static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            let n = buffer.count
            while i < n {
                let b0 = buffer[i]
                if b0 < 0x80 {
                    i += 1
                    continue
                }
                let width: Int
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF  // allowed range of the second byte
                switch b0 {
                case 0xC2...0xDF: width = 2
                case 0xE0:
                    width = 3
                    low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: width = 3
                case 0xED:
                    width = 3
                    high = 0x9F
                case 0xF0:
                    width = 4
                    low = 0x90
                case 0xF1...0xF3: width = 4
                case 0xF4:
                    width = 4
                    high = 0x8F
                default: return i
                }
                guard i + 1 < n, (low...high).contains(buffer[i + 1]) else { return i }
                for k in 2..<width {
                    guard i + k < n, (0x80...0xBF).contains(buffer[i + k]) else { return i }
                }
                i += width
            }
            return nil
        }
    }
}
