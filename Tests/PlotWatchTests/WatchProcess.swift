import Foundation
import PlotConcurrency

/// A `plotspec` process (the binary `swift build` put beside the tests) whose output the test reads while
/// it runs, for `render --watch`.
final class WatchProcess {
    let process = Process()
    private let output = Locked((stdout: "", stderr: "", endedStreams: 0))

    /// The binary beside the test bundle, if it was built.
    static var binary: String? {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = url.appendingPathComponent("plotspec").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            url.deleteLastPathComponent()
        }
        return nil
    }

    init(_ arguments: [String], in folder: String) throws {
        guard let binary = Self.binary else { throw CocoaError(.fileNoSuchFile) }
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let output = output
        out.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            if data.isEmpty { handle.readabilityHandler = nil }
            output.withLock {
                $0.stdout += String(decoding: data, as: UTF8.self)
                $0.endedStreams += data.isEmpty ? 1 : 0
            }
        }
        err.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            if data.isEmpty { handle.readabilityHandler = nil }
            output.withLock {
                $0.stderr += String(decoding: data, as: UTF8.self)
                $0.endedStreams += data.isEmpty ? 1 : 0
            }
        }
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    var stdout: String { output.withLock(\.stdout) }
    var stderr: String { output.withLock(\.stderr) }

    /// How many standard-output lines start with `prefix`.
    func lines(startingWith prefix: String) -> Int {
        stdout.split(separator: "\n").count { $0.hasPrefix(prefix) }
    }

    /// Waits until `condition` holds, at most `seconds` (generous: a debug build on a shared machine).
    @discardableResult
    func wait(upTo seconds: Double = 20, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !condition() {
            if Date() > deadline || !process.isRunning { return condition() }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return true
    }

    /// Sends SIGINT (Ctrl-C) and returns the exit status, or nil if the process did not exit normally
    /// within `seconds`.
    func interrupt(waitingUpTo seconds: Double = 20) -> Int32? {
        process.interrupt()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        guard !process.isRunning, process.terminationReason == .exit else { return nil }
        return process.terminationStatus
    }

    /// Runs `plotspec arguments` to completion: (status, standard error).
    static func run(_ arguments: [String], in folder: String) throws -> (status: Int32, stderr: String) {
        let run = try WatchProcess(arguments, in: folder)
        run.process.waitUntilExit()
        // The readability handlers may still be delivering the last bytes.
        let deadline = Date().addingTimeInterval(20)
        while run.output.withLock({ $0.endedStreams < 2 }), Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        return (run.process.terminationStatus, run.stderr)
    }
}
