import Dispatch
import Foundation
import PlotWatch

/// The two watchers every watcher test runs against: the platform's own (inotify on Linux) and polling.
enum WatcherKind: String, CaseIterable, CustomStringConvertible, Sendable {
    case native
    case polling

    var description: String { rawValue }

    func make(onChange: @escaping @Sendable (FileChanges) -> Void) -> any FileWatcher {
        switch self {
        case .native: FileWatchers.platformDefault(onChange: onChange)
        case .polling: PollingWatcher(onChange: onChange)
        }
    }
}

/// A watcher wired as `render --watch` wires it (watcher → debouncer → change queue), with helpers to
/// wait for the next batch of changes.
final class WatchHarness {
    let changes = ChangeQueue()
    let debouncer: Debouncer
    let watcher: any FileWatcher

    /// `finishedQuiet` is the debouncer's wait after a finished save (its default unless a test needs a
    /// window that does not depend on the machine's speed).
    init(_ kind: WatcherKind, finishedQuiet: DispatchTimeInterval = Debouncer.defaultFinishedQuiet) {
        let changes = changes
        let debouncer = Debouncer(finishedQuiet: finishedQuiet) { changes.push($0) }
        self.debouncer = debouncer
        watcher = kind.make { debouncer.add($0) }
    }

    deinit {
        watcher.stop()
        debouncer.stop()
    }

    /// The next batch of changed paths, or nil if none comes within `seconds` (generous: the machine is
    /// shared and a debug build is slow; a batch normally comes within 0.2 s).
    func nextChange(within seconds: Double = 10) -> Set<String>? {
        if case .changed(let paths) = changes.next(until: .now() + seconds) { return paths }
        return nil
    }

    /// Whether nothing is reported for `seconds`: one save must be one batch, not several.
    func staysQuiet(for seconds: Double = 0.6) -> Bool {
        changes.next(until: .now() + seconds) == .timedOut
    }
}

/// Every raw report of a watcher, in order, with no debouncer in between.
final class ReportLog: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [FileChanges] = []

    func append(_ report: FileChanges) {
        lock.lock()
        defer { lock.unlock() }
        reports.append(report)
    }

    /// Whether the reports say `path`'s save is over, read as the debouncer reads them: the latest report
    /// that says finished or unfinished decides (nil: none did), once no report has arrived for `quiet`
    /// seconds (at most 10 s).
    func finished(_ path: String, quiet: Double = 0.3) -> Bool? {
        var count = -1
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let now = snapshot().count
            if now == count, now > 0 { break }
            count = now
            Thread.sleep(forTimeInterval: quiet)
        }
        let deciding = snapshot().last { $0.finished.contains(path) || $0.unfinished.contains(path) }
        return deciding.map { $0.finished.contains(path) }
    }

    private func snapshot() -> [FileChanges] {
        lock.lock()
        defer { lock.unlock() }
        return reports
    }
}

/// A fresh folder for files to watch, removed when the value is released.
final class WatchFolder {
    let path: String

    init() throws {
        let base = (NSTemporaryDirectory() as NSString).appendingPathComponent("plotwatch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        // Watched by its canonical path, as realpath resolves it (the temp folder may be behind a link).
        path = URL(fileURLWithPath: base).resolvingSymlinksInPath().path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The full path of `name` in the folder.
    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    /// Creates or replaces `name` with `text` (a plain write, before any watching starts) and returns its path.
    @discardableResult
    func create(_ name: String, _ text: String = "first: 1\n") throws -> String {
        let full = file(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        return full
    }
}

/// The ways editors and tools save a file, each as the system calls they make.
enum SavePattern: String, CaseIterable, CustomStringConvertible, Sendable {
    /// Opened without truncating and overwritten (longer text, so nothing stale remains).
    case writeInPlace
    /// `> file`: truncated to empty, then written in two pieces.
    case truncateAndWrite
    /// VS Code, JetBrains, vim with `backupcopy=no`: a temporary file in the folder renamed over the file.
    case temporaryAndRename
    /// vim's default: the file renamed to `file~`, a new file written, the backup deleted.
    case backupRenameAndWrite
    /// The file deleted and a new one created in its place.
    case deleteAndRecreate

    var description: String { rawValue }

    func save(_ text: String, to path: String) throws {
        let bytes = Data(text.utf8)
        switch self {
        case .writeInPlace:
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try handle.write(contentsOf: bytes)
            try handle.close()
        case .truncateAndWrite:
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try handle.truncate(atOffset: 0)
            let half = bytes.count / 2
            try handle.write(contentsOf: bytes.prefix(half))
            try handle.write(contentsOf: bytes.dropFirst(half))
            try handle.close()
        case .temporaryAndRename:
            let temporary = path + ".tmp-\(UUID().uuidString.prefix(8))"
            try bytes.write(to: URL(fileURLWithPath: temporary))
            try check(rename(temporary, path))
        case .backupRenameAndWrite:
            try check(rename(path, path + "~"))
            try bytes.write(to: URL(fileURLWithPath: path))
            try check(unlink(path + "~"))
        case .deleteAndRecreate:
            try check(unlink(path))
            try bytes.write(to: URL(fileURLWithPath: path))
        }
    }

    private func check(_ status: Int32) throws {
        if status != 0 { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }
}
