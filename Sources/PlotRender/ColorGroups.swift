import CCairo
import PlotScene

/// Marker centres bucketed by colour, quantised to 8 bits per channel (what a PNG can show anyway).
///
/// Colour-mapped scatter plots carry a colour per point interpolated from a lookup table, so exact `Color`
/// values are nearly all distinct while their 8-bit forms repeat; bucketing by the 8-bit key keeps the number
/// of `cairo_show_glyphs` calls down. Hashing four `Double`s per point through `Dictionary` dominated the
/// whole draw (≈0.5 s per million points in debug builds), hence the small open-addressing table over
/// `UInt32` keys and a counting sort into one flat glyph array. Buckets keep first-appearance order, so the
/// output is deterministic.
struct ColorGroups {
    /// The first exact colour seen for each bucket.
    private(set) var colors: [Color] = []
    /// All glyphs, grouped by bucket; `ranges[b]` is bucket `b`'s slice.
    private(set) var glyphs: [cairo_glyph_t] = []
    private(set) var ranges: [Range<Int>] = []

    init(centers: [Point], fills: [Color]) {
        let n = Swift.min(centers.count, fills.count)
        var keys: [UInt32] = []
        var counts: [Int] = []
        var bucketOf = [Int32](repeating: 0, count: n)
        var table = HashTable()
        var lastKey: UInt32 = 0
        var lastBucket: Int32 = -1
        for i in 0..<n {
            let key = Self.key(fills[i])
            if lastBucket < 0 || key != lastKey {
                lastBucket = table.bucket(for: key, keys: &keys) {
                    colors.append(fills[i])
                    counts.append(0)
                }
                lastKey = key
            }
            bucketOf[i] = lastBucket
            counts[Int(lastBucket)] += 1
        }
        var start = 0
        var cursor: [Int] = []
        for count in counts {
            ranges.append(start..<start + count)
            cursor.append(start)
            start += count
        }
        glyphs = [cairo_glyph_t](repeating: cairo_glyph_t(), count: n)
        for i in 0..<n {
            let b = Int(bucketOf[i])
            glyphs[cursor[b]] = cairo_glyph_t(index: 0, x: centers[i].x, y: centers[i].y)
            cursor[b] += 1
        }
    }

    static func key(_ c: Color) -> UInt32 {
        func byte(_ v: Double) -> UInt32 { v >= 1 ? 255 : (v > 0 ? UInt32(v * 255 + 0.5) : 0) }
        return byte(c.red) << 24 | byte(c.green) << 16 | byte(c.blue) << 8 | byte(c.alpha)
    }

    /// Open addressing with Fibonacci hashing (top bits of `key × 2³²/φ`), grown at half load.
    private struct HashTable {
        var bits = 10
        var slots = [Int32](repeating: -1, count: 1 << 10)

        func slot(_ key: UInt32) -> Int { Int((key &* 0x9E37_79B1) >> UInt32(32 - bits)) }

        /// The bucket for `key`, appending it to `keys` (and calling `added`) when new.
        mutating func bucket(for key: UInt32, keys: inout [UInt32], added: () -> Void) -> Int32 {
            let mask = slots.count - 1
            var s = slot(key)
            while slots[s] >= 0 {
                if keys[Int(slots[s])] == key { return slots[s] }
                s = (s + 1) & mask
            }
            let bucket = Int32(keys.count)
            keys.append(key)
            added()
            slots[s] = bucket
            if keys.count * 2 > slots.count { grow(keys) }
            return bucket
        }

        private mutating func grow(_ keys: [UInt32]) {
            bits += 2
            slots = [Int32](repeating: -1, count: 1 << bits)
            let mask = slots.count - 1
            for (bucket, key) in keys.enumerated() {
                var s = slot(key)
                while slots[s] >= 0 { s = (s + 1) & mask }
                slots[s] = Int32(bucket)
            }
        }
    }
}
