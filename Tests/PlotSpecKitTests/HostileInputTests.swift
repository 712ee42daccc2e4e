import Foundation
import PlotDiagnostics
import Testing

@testable import PlotSpecKit

/// Inputs built to crash, hang or exhaust a YAML-driven tool. Each must end in located errors. How long
/// they take is not asserted here (timed unit tests flake on a loaded machine): the fuzzer's slow-input
/// oracle (docs/fuzzing.md) and benchmarks/ measure time.
@Suite struct HostileInputTests {
    /// A named input and the diagnostic code it must produce (any located error when `nil`).
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        let code: String?
        var testDescription: String { name }

        init(_ name: String, _ bytes: [UInt8], _ code: String?) {
            (self.name, self.bytes, self.code) = (name, bytes, code)
        }

        init(_ name: String, _ text: String, _ code: String?) {
            self.init(name, Array(text.utf8), code)
        }
    }

    static func randomBytes(count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            // SplitMix64: a fixed seed keeps the case the same on every run.
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return UInt8(truncatingIfNeeded: z ^ (z >> 31))
        }
    }

    static let aliasBomb =
        "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
        + (1...9).map { level in
            "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }.joined()

    static let cases: [Case] = [
        Case("invalid UTF-8", [0x73, 0x65, 0x65, 0x64, 0x3A, 0x20, 0xFF, 0xFE, 0x0A], "yaml.invalid-utf8"),
        Case("NUL byte", Array("seed: 1\n".utf8) + [0x00] + Array("\nfigure: {}\n".utf8), "yaml.encoding"),
        Case("tab indentation", "figure:\n\toutput: a.png\n", "yaml.syntax"),
        Case("lone carriage returns", "seed: 1\rfigure: {}\r", "yaml.line-break"),
        Case("random binary", randomBytes(count: 4096, seed: 42), nil),
        Case(
            "20 MB scalar", Array("seed: ".utf8) + Array(repeating: UInt8(ascii: "x"), count: 20 << 20),
            "yaml.too-large"),
        Case(
            "2 MB scalar", Array("seed: ".utf8) + Array(repeating: UInt8(ascii: "x"), count: 2 << 20),
            "yaml.scalar-too-long"),
        Case(
            "20 000 nested brackets",
            "a: " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000),
            "yaml.too-deep"),
        Case("20 000 nested block lists", String(repeating: "- ", count: 20_000) + "x\n", "yaml.too-deep"),
        Case(
            "1 000 nested block mappings", (0..<1_000).map { String(repeating: " ", count: $0) + "k:\n" }.joined(),
            "yaml.too-deep"),
        Case("self-referencing alias", "a: &a [*a]\n", "yaml.recursive-alias"),
        Case("alias bomb", aliasBomb, "yaml.too-many-nodes"),
        Case("top-level list", "- figure\n- seed\n", "spec.root"),
        Case("top-level scalar", "just text\n", "spec.root"),
        Case("several documents", "---\nseed: 1\n---\nseed: 2\n", "yaml.multiple-documents"),
        Case("empty file", "", "yaml.empty-document"),
        Case("only a comment", "# nothing here\n", "yaml.empty-document"),
        Case("unterminated flow without newline", "[", "yaml.syntax"),
        Case("document marker without newline", "---", "spec.root"),
        Case("key without value or newline", "a:", "spec.missing-key")
    ]

    @Test(arguments: cases)
    func endsInLocatedErrors(_ input: Case) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("spec.yaml", input.bytes)
        let errors = Self.errors(decoding: path)

        #expect(!errors.isEmpty, "expected an error")
        if let code = input.code {
            #expect(errors.contains { $0.code == code }, "codes: \(errors.map(\.code))")
        }
        for error in errors {
            #expect(error.location?.file == path, "\(error.code) is not located in the spec: \(error.message)")
        }
        #expect(LocationCheck.problems(in: errors).isEmpty, "\(LocationCheck.problems(in: errors))")
    }

    @Test func importCycleIsLocatedAtTheExtendsEntry() throws {
        let folder = try TemporaryFolder()
        let a = try folder.write("a.yaml", "extends: b.yaml\nseed: 1\n")
        try folder.write("b.yaml", "seed: 2\nextends: [a.yaml]\n")
        let errors = Self.errors(decoding: a)
        let cycle = try #require(errors.first { $0.code == "spec.import-cycle" }, "\(errors.map(\.code))")
        #expect(cycle.location?.file.hasSuffix("b.yaml") == true)
        #expect(cycle.location?.line == 2)
        #expect(cycle.location?.column == 11)
    }

    /// `/dev/zero` says it is empty and never ends: reading must stop at the size limit.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/zero")))
    func endlessFilesStopAtTheSizeLimit() throws {
        let folder = try TemporaryFolder()
        let spec = try folder.write("spec.yaml", "extends: /dev/zero\nseed: 1\n")
        let direct = Self.errors(decoding: "/dev/zero")
        let imported = Self.errors(decoding: spec)
        #expect(direct.map(\.code) == ["yaml.too-large"])
        #expect(imported.map(\.code) == ["yaml.too-large"])
    }

    @Test func aMissingFileIsAnErrorNotACrash() {
        let errors = Self.errors(decoding: "/nonexistent/plotspec/spec.yaml")
        #expect(errors.map(\.code) == ["input.unreadable"])
    }

    /// The errors `Pipeline.decode` throws for `path` (empty if it decodes).
    static func errors(decoding path: String) -> [Diagnostic] {
        do {
            _ = try Pipeline().decode(path: path)
            return []
        } catch {
            return error.diagnostics.filter(\.isError)
        }
    }
}
