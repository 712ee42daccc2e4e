/// Hands out the lines of a byte input one at a time, over a buffer refilled in chunks.
final class LineReader {
    private var input: any ByteInput
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var position = 0
    private var filled = 0
    private var atEnd = false
    /// The 1-based number of the line last handed out.
    private(set) var lineNumber = 0

    init(input: any ByteInput, chunkSize: Int = 1 << 20) {
        self.input = input
        capacity = chunkSize
        buffer = .allocate(capacity: chunkSize)
    }

    deinit {
        buffer.deallocate()
    }

    /// The next line without its LF or CRLF, valid until the next call; nil at the end.
    func next() throws(DataReadError) -> UnsafeBufferPointer<UInt8>? {
        var scanned = position
        while true {
            while scanned < filled, buffer[scanned] != UInt8(ascii: "\n") { scanned += 1 }
            if scanned < filled || atEnd { break }
            let offset = scanned - position
            try refill()
            scanned = position + offset
        }
        if scanned == filled, position == filled { return nil }
        lineNumber += 1
        var end = scanned
        if end > position, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let line = UnsafeBufferPointer(start: buffer + position, count: end - position)
        position = min(scanned + 1, filled)
        return line
    }

    private func refill() throws(DataReadError) {
        let kept = filled - position
        if position > 0 {
            buffer.update(from: buffer + position, count: kept)
            position = 0
            filled = kept
        }
        if filled == capacity {
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            grown.update(from: buffer, count: filled)
            buffer.deallocate()
            buffer = grown
            capacity *= 2
        }
        let got = try input.read(into: buffer + filled, count: capacity - filled)
        if got == 0 { atEnd = true }
        filled += got
    }
}
