/// Hands out the lines of a byte input one at a time, over a buffer refilled in chunks.
final class LineReader {
    private var window: ChunkBuffer
    private var buffer: UnsafeMutablePointer<UInt8> { window.bytes }
    private var position: Int {
        get { window.position }
        set { window.position = newValue }
    }
    private var filled: Int { window.filled }
    private var atEnd: Bool { window.atEnd }
    /// The 1-based number of the line last handed out.
    private(set) var lineNumber = 0

    init(input: any ByteInput, chunkSize: Int = 1 << 20) {
        window = ChunkBuffer(input: input, chunkSize: chunkSize)
    }

    deinit {
        window.deallocate()
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
        try window.refill()
    }
}
