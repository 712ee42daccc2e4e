#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the polling watcher compares to tell that a file changed: its identity, size and times, both of
/// the path itself and, for a symbolic link, of the file it points to.
///
/// The inode catches a file replaced by a rename (the new file may have the same size and, on a coarse
/// clock, the same modification time); the size and the nanosecond modification and status-change times
/// catch writes in place and truncations.
struct FileState: Equatable, Sendable {
    /// `stat` of the path (following links); nil when nothing is there (or a link points nowhere).
    var target: Fields?
    /// `lstat` of the path when it is a symbolic link, so pointing the link elsewhere is a change too.
    var link: Fields?

    struct Fields: Equatable, Sendable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modified: Timestamp
        var statusChanged: Timestamp
    }

    struct Timestamp: Equatable, Sendable {
        var seconds: Int
        var nanoseconds: Int
    }

    /// The state of `path` now.
    static func current(_ path: String) -> FileState {
        var info = stat()
        guard lstat(path, &info) == 0 else { return FileState(target: nil, link: nil) }
        let isLink = (info.st_mode & S_IFMT) == S_IFLNK
        let link = isLink ? Fields(info) : nil
        if isLink, stat(path, &info) != 0 { return FileState(target: nil, link: link) }
        return FileState(target: Fields(info), link: link)
    }
}

// MARK: - Reading stat

extension FileState.Fields {
    init(_ info: stat) {
        #if canImport(Darwin)
            let modified = info.st_mtimespec
            let changed = info.st_ctimespec
        #else
            let modified = info.st_mtim
            let changed = info.st_ctim
        #endif
        self.init(
            device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
            modified: FileState.Timestamp(seconds: Int(modified.tv_sec), nanoseconds: Int(modified.tv_nsec)),
            statusChanged: FileState.Timestamp(seconds: Int(changed.tv_sec), nanoseconds: Int(changed.tv_nsec)))
    }
}
