/// A sliding window over a byte input: `bytes[position..<filled]` were read and not consumed yet.
///
/// `refill()` moves those bytes to the front, doubles the buffer when they fill it (a record or line longer
/// than a chunk), and reads more, so the input is never in memory whole. The CSV scanner and the line
/// reader both read this way; the class that owns a window deallocates it (`deallocate()` in its `deinit`).
struct ChunkBuffer {
    private var input: any ByteInput
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The first byte not consumed yet; the reader moves it.
    var position = 0
    /// One past the last byte read.
    private(set) var filled = 0
    /// Whether the input has no more bytes.
    private(set) var atEnd = false
    /// Bytes dropped from the front so far, to say how far reading got.
    private(set) var discarded = 0

    init(input: any ByteInput, chunkSize: Int) {
        self.input = input
        capacity = chunkSize
        bytes = .allocate(capacity: chunkSize)
    }

    /// Moves the unconsumed bytes to the front, grows the buffer when they fill it, and reads more.
    mutating func refill() throws(DataReadError) {
        let kept = filled - position
        if position > 0 {
            bytes.update(from: bytes + position, count: kept)
            discarded += position
            position = 0
            filled = kept
        }
        if filled == capacity {
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            grown.update(from: bytes, count: filled)
            bytes.deallocate()
            bytes = grown
            capacity *= 2
        }
        let got = try input.read(into: bytes + filled, count: capacity - filled)
        if got == 0 { atEnd = true }
        filled += got
    }

    func deallocate() {
        bytes.deallocate()
    }
}
