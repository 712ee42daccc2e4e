import Testing

@testable import PlotData

/// Arbitrary bytes never crash or hang a reader: each ends with a table or located diagnostics.
@Suite struct ReaderRobustnessTests {
    private static let alphabet: [UInt8] = Array(",\"\n\r a1.-e{}[]:nul\\".utf8) + [0xC3, 0xA9, 0xFF, 0xEF, 0xBB, 0xBF]

    private func randomBytes(seed: UInt64) -> [UInt8] {
        var random = SplitMix(seed: seed)
        let count = Int(random.next() % 200)
        return (0..<count).map { _ in Self.alphabet[Int(random.next() % UInt64(Self.alphabet.count))] }
    }

    @Test(arguments: 0..<300)
    func randomBytesGiveATableOrLocatedErrors(seed: UInt64) {
        let bytes = randomBytes(seed: seed)
        check { try CSVReader.read(bytes: bytes, path: "r.csv") }
        check { try JSONLinesReader.read(bytes: bytes, path: "r.jsonl") }
        check { try WandBExportReader.read(bytes: bytes, path: "r.csv", states: nil) }
    }

    private func check(_ read: () throws -> TrialTable) {
        do {
            let table = try read()
            for column in table.columns {
                let count =
                    switch column.values {
                    case .numeric(let numeric): numeric.values.count
                    case .categorical(let categorical): categorical.codes.count
                    }
                #expect(count == table.rowCount)
            }
        } catch let error as DataReadError {
            #expect(!error.diagnostics.isEmpty)
            #expect(error.diagnostics.allSatisfy { $0.isError })
            #expect(error.diagnostics.allSatisfy { $0.span != nil || $0.code == "data.too-many-errors" })
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
