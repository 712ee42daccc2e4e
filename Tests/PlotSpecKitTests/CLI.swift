import Foundation

/// Runs a program to completion and captures its output (for tests that go through the `plotspec` binary).
enum CLI {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(
        _ executable: String, _ arguments: [String], in folder: String, environment: [String: String]? = nil
    ) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        if let environment { process.environment = environment }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so a chatty child cannot fill a pipe and block forever.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// `plotspec` with `arguments`, run in `folder`.
    static func plotspec(_ arguments: [String], in folder: String, environment: [String: String]? = nil) throws
        -> Run
    {
        guard let binary = Repository.plotspecBinary else { throw CocoaError(.fileNoSuchFile) }
        return try run(binary, arguments, in: folder, environment: environment)
    }
}
