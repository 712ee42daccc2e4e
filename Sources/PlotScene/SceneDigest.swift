/// A 64-bit FNV-1a hash of scene content, for the scene dump and the SVG writer's content ids: stable across runs, processes and machines
/// (unlike `Hasher`, which is seeded per process), and cheap enough for a megapixel image.
///
/// Not for security: a dump shows that content changed, nothing more.
public struct SceneDigest {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func add(_ bytes: [UInt8]) {
        var h = value
        for byte in bytes {
            h = (h ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        value = h
    }

    /// An integer as eight little-endian bytes, so sizes separate one image's pixels from another's.
    mutating func add(_ number: Int) {
        add((0..<8).map { UInt8(truncatingIfNeeded: UInt64(bitPattern: Int64(number)) >> ($0 * 8)) })
    }

    /// Each string's UTF-8 bytes followed by a newline, so `["ab", "c"]` and `["a", "bc"]` differ.
    static func hex(of lines: [String]) -> String {
        var digest = SceneDigest()
        for line in lines { digest.add(Array(line.utf8) + [0x0A]) }
        return digest.hex
    }

    /// Sixteen lower-case hex digits.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
