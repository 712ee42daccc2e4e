import Foundation
import PlotDiagnostics
import PlotRender
import PlotSampling
import PlotSpec
import Testing

@testable import PlotSpecKit

/// `validate` passes ⇒ `render` succeeds: specs mutated from the valid corpus (by the text mutator and by
/// swapping numbers for awkward ones) that `Pipeline.check` accepts must lay out and encode in memory
/// without an error, as PNG, SVG and PDF in turn. Pages are rendered at a capped resolution to keep the
/// run short.
@Suite struct ValidateImpliesRenderPropertyTests {
    static let seeds = DiagnosticLocationPropertyTests.mutationSeeds
    /// Raster size the PNG is rendered at (dpi lowered to fit), so a page of any size stays cheap.
    static let maxPixels = 120_000.0

    @Test(arguments: 0..<3)
    func acceptedMutationsRender(_ batch: Int) throws {
        let folder = try TemporaryFolder()
        try DiagnosticLocationPropertyTests.copyShared(into: folder)
        var textMutator = Mutator(seed: UInt64(batch) &* 104_729 &+ 17)
        var numberMutator = NumberMutator(seed: UInt64(batch) &* 15_485_863 &+ 3)
        var accepted = 0
        for seedPath in Self.seeds {
            let original = [UInt8](try Data(contentsOf: URL(fileURLWithPath: seedPath)))
            for index in 0..<10 {
                let mutated = index % 2 == 0 ? numberMutator.mutate(original) : textMutator.mutate(original)
                let path = try folder.write("cases/r\(batch)_\(index).yaml", mutated)
                let pipeline = Pipeline()
                var claims = OutputClaims(workingDirectory: folder.path)
                let options = OutputOptions(allowOutside: true, workingDirectory: folder.path)
                guard let checked = try? pipeline.check(path: path, options: options, claims: &claims) else { continue }
                // Layout dominates the cost and is the same for every format, so formats take turns.
                let format = OutputFormat.allCases[accepted % OutputFormat.allCases.count]
                accepted += 1
                do {
                    _ = try Self.renderSmall(checked, format: format, pipeline: pipeline)
                } catch {
                    let shown = String(decoding: mutated, as: UTF8.self)
                    Issue.record("validated but \(format) failed: \(error.diagnostics.map(\.message)) for:\n\(shown)")
                }
            }
        }
        // The generator must keep producing specs that validate, or the property says nothing.
        #expect(accepted >= 10, "only \(accepted) mutations validated")
    }

    /// The unmutated seeds validate and render too (the property's base case).
    @Test(arguments: seeds)
    func seedsValidateAndRender(_ seedPath: String) throws {
        let pipeline = Pipeline()
        var claims = OutputClaims()
        let options = OutputOptions(allowOutside: true)
        let checked = try pipeline.check(path: seedPath, options: options, claims: &claims)
        _ = try Self.renderSmall(checked, format: checked.output.format, pipeline: pipeline)
    }

    /// Lays out and encodes with the resolution lowered so the raster has at most `maxPixels` pixels.
    static func renderSmall(_ checked: CheckedSpec, format: OutputFormat, pipeline: Pipeline)
        throws(DiagnosticError) -> [UInt8]
    {
        let spec = checked.spec
        // The scene does not depend on the resolution, so only the render is made smaller.
        let dpi = spec.limitingPixels(to: maxPixels).figure.dpi
        let scene = try pipeline.layout(spec, table: checked.table)
        return try pipeline.render(scene, format: format, dpi: dpi)
    }
}

/// Swaps one number in a spec's text for an awkward one: zero, negatives, tiny and huge magnitudes,
/// values just inside and outside common limits. Most results still parse, so they reach evaluation.
struct NumberMutator {
    static let replacements = [
        "0", "-1", "1e-300", "1e300", "0.5", "-0.0", "1", "2", "3", "1e-9", "100000",
        "4", "64", "0.999", "1.0e-5", "-5", "10", "33", "7.5", ".nan", ".inf"
    ]
    private var random: Mutator

    init(seed: UInt64) { random = Mutator(seed: seed) }

    mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        let numbers = Self.numberRanges(in: Array(text.utf8))
        guard !numbers.isEmpty else { return bytes }
        var result = Array(text.utf8)
        for _ in 0...random.below(2) {
            let current = Self.numberRanges(in: result)
            guard !current.isEmpty else { break }
            let range = current[random.below(current.count)]
            let replacement = Self.replacements[random.below(Self.replacements.count)]
            result.replaceSubrange(range, with: Array(replacement.utf8))
        }
        return result
    }

    /// Byte ranges of plain decimal numbers outside comments (digits with an optional sign, dot, exponent).
    static func numberRanges(in bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var i = 0
        var inComment = false
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        func isWordByte(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x5F }
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\n") { inComment = false }
            if b == UInt8(ascii: "#") { inComment = true }
            let startsNumber = isDigit(b) && (i == 0 || !isWordByte(bytes[i - 1]) && bytes[i - 1] != UInt8(ascii: "."))
            guard !inComment, startsNumber else {
                i += 1
                continue
            }
            var j = i
            while j < bytes.count,
                isDigit(bytes[j]) || bytes[j] == UInt8(ascii: ".") || bytes[j] == UInt8(ascii: "e")
                    || bytes[j] == UInt8(ascii: "-") && j > i && bytes[j - 1] == UInt8(ascii: "e")
            {
                j += 1
            }
            if j == bytes.count || !isWordByte(bytes[j]) { ranges.append(i..<j) }
            i = j
        }
        return ranges
    }
}
