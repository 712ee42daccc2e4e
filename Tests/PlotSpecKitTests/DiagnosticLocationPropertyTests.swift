import Foundation
import PlotDiagnostics
import PlotSampling
import PlotSpec
import Testing

@testable import PlotSpecKit

/// Every diagnostic, for every file in the corpus and for hundreds of deterministic mutations of the valid
/// ones, must point inside the file it names; and loading must never crash.
@Suite struct DiagnosticLocationPropertyTests {
    static let corpusFolders = ["Tests/PlotSpecTests/Cases", "specs", "fuzz/seeds"]
    static let corpus = corpusFolders.flatMap { Repository.yamlFiles(under: $0) }

    @Test func corpusIsFound() {
        #expect(Self.corpus.count >= 20)
    }

    @Test(arguments: corpus)
    func corpusDiagnosticsPointInsideTheirFiles(_ path: String) {
        let diagnostics = Self.allDiagnostics(path: path)
        #expect(LocationCheck.problems(in: diagnostics).isEmpty, "\(LocationCheck.problems(in: diagnostics))")
    }

    /// Seeds for mutation: the valid spec cases (they `extend` files in `shared/`, copied beside them).
    static let mutationSeeds =
        Repository.yamlFiles(under: "Tests/PlotSpecTests/Cases/valid")
        + Repository.yamlFiles(under: "specs").filter { !$0.contains("/shared/") }

    @Test(arguments: 0..<6)
    func mutatedSpecsPointInsideTheirFiles(_ batch: Int) throws {
        let folder = try TemporaryFolder()
        try Self.copyShared(into: folder)
        var mutator = Mutator(seed: UInt64(batch) &* 7919 &+ 1)
        var checked = 0
        for seedPath in Self.mutationSeeds {
            let original = [UInt8](try Data(contentsOf: URL(fileURLWithPath: seedPath)))
            for index in 0..<25 {
                let mutated = mutator.mutate(original)
                let path = try folder.write("cases/m\(batch)_\(index).yaml", mutated)
                let diagnostics = Self.allDiagnostics(path: path)
                let problems = LocationCheck.problems(in: diagnostics)
                let shown = String(decoding: mutated, as: UTF8.self)
                #expect(problems.isEmpty, "\(problems) in mutation \(index) of \(seedPath):\n\(shown)")
                checked += 1
            }
        }
        #expect(checked >= 50)
    }

    /// Copies the files the seeds extend, so mutations still resolve their imports.
    static func copyShared(into folder: TemporaryFolder) throws {
        for (from, to) in [("Tests/PlotSpecTests/Cases/shared", "shared"), ("specs/shared", "cases/shared")] {
            for path in Repository.yamlFiles(under: from) {
                let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
                try folder.write(to + "/" + (path as NSString).lastPathComponent, bytes)
            }
        }
    }

    /// Errors and warnings from decoding `path`, and from evaluating it when it decodes to a small spec.
    static func allDiagnostics(path: String) -> [Diagnostic] {
        let pipeline = Pipeline()
        do {
            let spec = try pipeline.decode(path: path)
            if sampleCount(spec) <= 20_000 { _ = try pipeline.evaluate(spec) }
            return pipeline.warnings
        } catch {
            return pipeline.warnings + error.diagnostics
        }
    }

    static func sampleCount(_ spec: FigureSpec) -> Int { spec.sampling.sampleCount }
}

/// A deterministic text mutator: the kinds of damage hands and tools do to YAML files.
struct Mutator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// SplitMix64.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(next() % UInt64(bound)) }

    static let syntax = Array(":{}[]&*-#!|>'\"\t\\ ,?%@`".utf8)

    /// One to three random edits.
    mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        for _ in 0...below(3) { result = edit(result) }
        return result
    }

    private mutating func edit(_ bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        switch below(7) {
        case 0 where !bytes.isEmpty:  // flip a byte
            bytes[below(bytes.count)] ^= UInt8(truncatingIfNeeded: 1 << below(8))
            return bytes
        case 1 where !bytes.isEmpty:  // insert YAML syntax
            bytes.insert(Self.syntax[below(Self.syntax.count)], at: below(bytes.count + 1))
            return bytes
        case 2 where lines.count > 1:  // delete a line
            lines.remove(at: below(lines.count))
        case 3 where !lines.isEmpty:  // duplicate a line (duplicate keys, repeated items)
            let index = below(lines.count)
            lines.insert(lines[index], at: index)
        case 4 where lines.count > 1:  // swap two lines
            lines.swapAt(below(lines.count), below(lines.count))
        case 5 where !lines.isEmpty:  // change a line's indentation
            let index = below(lines.count)
            if below(2) == 0 {
                lines[index].insert(contentsOf: [0x20, 0x20], at: 0)
            } else {
                lines[index] = Array(lines[index].drop { $0 == 0x20 })
            }
        case 6 where !bytes.isEmpty:  // truncate
            return Array(bytes.prefix(below(bytes.count)))
        default:
            return bytes
        }
        return Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    }
}
