/// FNV-1a, 64-bit: a stable hash of text (Swift's `Hasher` is seeded per process, so unusable here).
public enum StableHash {
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// FNV-1a over the bit patterns of `values`, continuing from `hash`.
    public static func fnv1a(_ values: [Double], from hash: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var hash = hash
        for value in values {
            var bits = value.bitPattern
            for _ in 0..<8 {
                hash ^= bits & 0xff
                hash &*= 0x0000_0100_0000_01b3
                bits >>= 8
            }
        }
        return hash
    }
}
