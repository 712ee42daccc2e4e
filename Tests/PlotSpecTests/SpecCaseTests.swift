import Foundation
import PlotDiagnostics
import PlotSpec
import PlotTestSupport
import Testing

/// Runs every spec under `Cases/`. Valid cases must decode with no errors; each invalid case lists the
/// errors it expects in its own comments, so adding a case needs no Swift:
///
///     # expect-error: 4:34 spec.log-range
///     # expect-error: shared/broken.yaml:3:59 spec.unknown-key 'defualt'
///
/// Position (optionally with a file relative to `Cases/`), the diagnostic code, then optionally text the
/// printed message (with its "did you mean") must contain. The set of errors must match exactly.
@Suite struct SpecCaseTests {
    static let casesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Cases").path

    /// The cases folder as a user would name it: relative to the working directory (the package root
    /// under `swift test`) when it lies inside it. Messages quote paths and shorten long quotes, so printing
    /// through an absolute path would make the expected output depend on where the checkout lives.
    static let printedCasesFolder: String = {
        let workingDirectory = FileManager.default.currentDirectoryPath + "/"
        return casesFolder.hasPrefix(workingDirectory)
            ? String(casesFolder.dropFirst(workingDirectory.count))
            : casesFolder
    }()

    static func files(in folder: String) -> [String] {
        let path = casesFolder + "/" + folder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder + "/" + $0 }
    }

    static func diagnostics(for relativePath: String) -> [Diagnostic] {
        let sources = SourceRegistry()
        do {
            let loaded = try SpecLoader.loadSpec(path: casesFolder + "/" + relativePath, sources: sources)
            return SpecDecoder.decode(loaded).1
        } catch {
            return error.diagnostics
        }
    }

    @Test(arguments: files(in: "valid"))
    func validCaseDecodes(_ file: String) {
        let errors = Self.diagnostics(for: file).filter(\.isError)
        #expect(
            errors.isEmpty, "\(errors.map { "\($0.location.map(String.init(describing:)) ?? "-"): \($0.message)" })")
    }

    @Test(arguments: files(in: "invalid"))
    func invalidCaseReportsExactlyItsExpectedErrors(_ file: String) throws {
        let text = try String(contentsOfFile: Self.casesFolder + "/" + file, encoding: .utf8)
        let expectations = text.split(separator: "\n").compactMap {
            line -> (place: String, code: String, text: String)? in
            guard let range = line.range(of: "# expect-error: ") else { return nil }
            let parts = line[range.upperBound...].split(separator: " ", maxSplits: 2).map(String.init)
            guard parts.count >= 2 else { return nil }
            let place = parts[0].filter { $0 == ":" }.count == 1 ? file + ":" + parts[0] : parts[0]
            return (place, parts[1], parts.count > 2 ? parts[2] : "")
        }
        #expect(!expectations.isEmpty, "an invalid case must say which errors it expects")

        let errors = Self.diagnostics(for: file).filter(\.isError)
        let formatter = DiagnosticFormatter(style: .text)
        let actual = errors.map { error -> (place: String, code: String, text: String) in
            let place =
                error.location.map { loc -> String in
                    let relative = loc.file.replacingOccurrences(of: Self.casesFolder + "/", with: "")
                    return "\(Self.normalized(relative)):\(loc.line):\(loc.column)"
                } ?? "-"
            return (place, error.code, formatter.format(error))
        }
        let expectedKeys = expectations.map { "\($0.place) \($0.code)" }.sorted()
        let actualKeys = actual.map { "\($0.place) \($0.code)" }.sorted()
        #expect(expectedKeys == actualKeys, "\(actual.map(\.text).joined())")
        for expectation in expectations where !expectation.text.isEmpty {
            let candidates = actual.filter { "\($0.place) \($0.code)" == "\(expectation.place) \(expectation.code)" }
            #expect(
                candidates.contains { $0.text.contains(expectation.text) },
                "expected '\(expectation.text)' in: \(candidates.map(\.text).joined())")
        }
    }

    /// The exact printed diagnostics of every invalid case, as a user sees them (message, did-you-mean,
    /// source line, caret), are kept in `<case>.expected` beside it, so wording changes show up in review.
    /// Re-record with `PLOTSPEC_RECORD=1`; a re-record fails the run so nothing is accepted silently.
    @Test(arguments: files(in: "invalid"))
    func invalidCasePrintsExactlyItsExpectedOutput(_ file: String) throws {
        let sources = SourceRegistry()
        let diagnostics: [Diagnostic]
        do {
            let loaded = try SpecLoader.loadSpec(path: Self.printedCasesFolder + "/" + file, sources: sources)
            diagnostics = SpecDecoder.decode(loaded).1
        } catch {
            diagnostics = error.diagnostics
        }
        var bag = DiagnosticBag()
        bag.append(contentsOf: diagnostics)
        let formatter = DiagnosticFormatter(style: .text, useColor: false, sources: sources)
        let printed = bag.sorted.map { formatter.format($0) }.joined()
            .replacingOccurrences(of: Self.printedCasesFolder + "/", with: "")
        let expectedPath = Self.casesFolder + "/" + file.replacingOccurrences(of: ".yaml", with: ".expected")
        try GoldenFile.check(printed, against: expectedPath)
    }

    /// `invalid/../shared/x.yaml` → `shared/x.yaml`.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "..", !parts.isEmpty { parts.removeLast() } else if part != "." { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }
}
