import Foundation
import PlotDiagnostics

/// Writes output files so that readers never see a half-written figure: bytes go to a temporary file in
/// the target folder, are flushed to disk, and the file is renamed over the old one in one step.
public enum OutputWriter {
    public static func write(_ bytes: [UInt8], to path: String) throws(DiagnosticError) {
        let folder = (path as NSString).deletingLastPathComponent
        let directory = folder.isEmpty ? "." : folder
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw DiagnosticError(Messages.Output.cannotWrite(path, reason: "cannot create folder '\(directory)'"))
        }
        let name = (path as NSString).lastPathComponent
        let temporary = (directory as NSString).appendingPathComponent(".\(name).\(getpid()).tmp")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            throw DiagnosticError(Messages.Output.cannotWrite(path, reason: String(cString: strerror(errno))))
        }
        var failure: String?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(fd, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        close(fd)
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw DiagnosticError(Messages.Output.cannotWrite(path, reason: failure))
        }
    }
}
