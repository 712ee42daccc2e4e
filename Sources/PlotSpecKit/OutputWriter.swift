import Foundation
import PlotDiagnostics
import PlotSpec

/// Writes output files so that readers never see a half-written figure: bytes go to a temporary file in
/// the target folder, are flushed to disk, and the file is renamed over the old one in one step.
public enum OutputWriter {
    /// The temporary file written beside `path` before the rename: named after the figure (so concurrent
    /// writes of different figures never share one) but never longer than a file name may be.
    public static func temporaryPath(for path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        var name = (path as NSString).lastPathComponent
        if name.utf8.count > maxNameInTemporary {
            // Cut on a character boundary, then tell cut names apart by a digest of the whole name.
            var cut = ""
            for character in name where cut.utf8.count + character.utf8.count <= maxNameInTemporary - 17 {
                cut.append(character)
            }
            name = cut + "-" + String(StableHash.fnv1a(name), radix: 16)
        }
        let file = ".\(name).\(getpid()).tmp"
        return folder.isEmpty ? file : (folder as NSString).appendingPathComponent(file)
    }

    /// Longest figure name kept whole in a temporary name: with the dot, pid and `.tmp` it stays under 255 bytes.
    static let maxNameInTemporary = 200

    /// Writes a checked spec's figure; a failure the checks could not foresee (permissions, a full disk)
    /// is reported at the spec's `output` node.
    public static func write(_ bytes: [UInt8], to target: OutputTarget) throws(DiagnosticError) {
        do {
            try write(bytes, to: target.path)
        } catch {
            throw DiagnosticError(
                error.diagnostics.map { diagnostic in
                    var located = diagnostic
                    if located.span == nil { located.span = target.span }
                    return located
                })
        }
    }

    public static func write(_ bytes: [UInt8], to path: String) throws(DiagnosticError) {
        let folder = (path as NSString).deletingLastPathComponent
        let directory = folder.isEmpty ? "." : folder
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw DiagnosticError(Messages.Output.cannotWrite(path, reason: "cannot create folder '\(directory)'"))
        }
        let temporary = temporaryPath(for: path)
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
