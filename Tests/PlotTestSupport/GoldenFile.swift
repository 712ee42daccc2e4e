import Foundation
import Testing

/// Compares text with a golden file beside the tests, or re-records it (shared by the test targets).
///
/// With `PLOTSPEC_RECORD` set in the environment the file is rewritten and the test fails, so a
/// re-record is never accepted silently: run again without it, then review `git diff` (see
/// `docs/testing.md`).
public enum GoldenFile {
    public static var recording: Bool { ProcessInfo.processInfo.environment["PLOTSPEC_RECORD"] != nil }

    public static func check(
        _ actual: String, against path: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        if recording {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("re-recorded \(path); run again without PLOTSPEC_RECORD", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record("no golden \(path); record it with PLOTSPEC_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        if let difference = firstDifference(expected, actual) {
            Issue.record("differs from \(path): \(difference)", sourceLocation: sourceLocation)
        }
    }

    /// The first differing line of two texts with its number and how many lines differ, or nil.
    public static func firstDifference(_ expected: String, _ actual: String) -> String? {
        guard expected != actual else { return nil }
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let common = min(a.count, b.count)
        let first = (0..<common).first { a[$0] != b[$0] } ?? common
        let differing = (0..<common).filter { a[$0] != b[$0] }.count + abs(a.count - b.count)
        return "line \(first + 1) (\(differing) lines differ, \(a.count) → \(b.count) lines)\n"
            + "- \(first < a.count ? a[first] : "<end>")\n+ \(first < b.count ? b[first] : "<end>")"
    }
}
