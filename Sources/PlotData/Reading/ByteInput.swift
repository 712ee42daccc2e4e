import PlotDiagnostics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Bytes read in chunks, so a large file never sits in memory whole next to the table built from it.
protocol ByteInput {
    /// Fills up to `count` bytes at `destination`; 0 at the end.
    mutating func read(into destination: UnsafeMutablePointer<UInt8>, count: Int) throws(DataReadError) -> Int
    /// The total size when known in advance (to reserve column storage), else nil.
    var expectedSize: Int? { get }
}

/// A file opened read-only and read with `read(2)`.
final class FileInput: ByteInput {
    private let descriptor: Int32
    private let path: String
    let expectedSize: Int?

    /// Opens `path`; an unreadable file is an error located at `origin`.
    init(path: String, origin: SourceSpan?) throws(DataReadError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw DataReadError(Messages.Data.unreadable(path, reason: Self.reason(errno), at: origin))
        }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw DataReadError(Messages.Data.unreadable(path, reason: "it is a folder", at: origin))
        }
        self.descriptor = descriptor
        self.path = path
        self.expectedSize = fstat(descriptor, &status) == 0 ? Int(status.st_size) : nil
    }

    deinit {
        close(descriptor)
    }

    func read(into destination: UnsafeMutablePointer<UInt8>, count: Int) throws(DataReadError) -> Int {
        while true {
            let got = systemRead(descriptor, destination, count)
            if got >= 0 { return got }
            if errno == EINTR { continue }
            throw DataReadError(Messages.Data.unreadable(path, reason: Self.reason(errno), at: nil))
        }
    }

    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}

/// Bytes already in memory (tests, and text handed over by a caller).
struct MemoryInput: ByteInput {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var expectedSize: Int? { bytes.count }

    mutating func read(into destination: UnsafeMutablePointer<UInt8>, count: Int) throws(DataReadError) -> Int {
        let taken = min(count, bytes.count - offset)
        bytes.withUnsafeBufferPointer { source in
            guard let base = source.baseAddress, taken > 0 else { return }
            destination.update(from: base + offset, count: taken)
        }
        offset += taken
        return taken
    }
}

/// `read(2)`, named apart from `ByteInput.read(into:count:)`.
private func systemRead(_ descriptor: Int32, _ destination: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    read(descriptor, destination, count)
}
