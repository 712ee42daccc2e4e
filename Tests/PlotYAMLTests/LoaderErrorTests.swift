import Foundation
import PlotDiagnostics
import Testing

@testable import PlotYAML

@Suite("Loader errors")
struct LoaderErrorTests {
    @Test(arguments: ["", "# only a comment\n", "\n\n   \n"])
    func emptyFile(text: String) {
        #expect(diagnostics(text) == [Messages.YAML.emptyDocument(at: span(1, 1))])
    }

    @Test func explicitEmptyDocumentIsNull() throws {
        #expect(try load("---\n").value == .null)
    }

    @Test func multipleDocuments() {
        let found = diagnostics("a: 1\n---\nb: 2\n")
        #expect(found == [Messages.YAML.multipleDocuments(at: span(2, 1), first: span(1, 1))])
    }

    @Test func untranslatedSyntaxErrorCarriesLibyamlWordingAndContext() throws {
        let found = diagnostics("a: 1\nb: \"x\\qy\"\n")
        let error = try #require(found.first)
        #expect(found.count == 1)
        #expect(error.code == "yaml.syntax")
        #expect(error.message == "found unknown escape character")
        #expect(error.location == at(2, 6))
        #expect(error.notes.first?.message == "while parsing a quoted scalar")
        #expect(error.notes.first?.span == span(2, 4))
    }

    @Test func tabIndentationIsExplained() throws {
        let found = diagnostics("plot:\n\tkind: line\n")
        let error = try #require(found.first)
        #expect(error.code == "yaml.syntax")
        #expect(error.location == at(2, 1))
        #expect(error.message == Messages.YAML.tabIndentation(line: 2, at: span(2, 1), parser: error.notes[0]).message)
        #expect(
            error.notes.map(\.message) == [
                "the YAML parser said: found character that cannot start any token (while scanning for the next token)"
            ])
    }

    @Test func otherSyntaxErrorsHaveNoTabHint() throws {
        let error = try #require(diagnostics("a: 'unterminated\n").first)
        #expect(error.code == "yaml.syntax")
        #expect(!error.notes.contains { $0.message.contains("tabs") })
    }

    @Test func invalidUTF8IsLocated() {
        let bytes = Array("a: 1\nb: x".utf8) + [0xFF] + Array("y\n".utf8)
        #expect(diagnostics(bytes: bytes) == [Messages.YAML.invalidUTF8(byte: 0xFF, offset: 9, at: span(2, 5))])
    }

    @Test(arguments: [
        [UInt8]([0xC3]), [0xE2, 0x82], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80]
    ])
    func malformedSequences(bad: [UInt8]) {
        let found = diagnostics(bytes: Array("k: é".utf8) + bad)
        #expect(found.map(\.code) == ["yaml.invalid-utf8"])
        #expect(found.first?.location == at(1, 5))
    }

    @Test func controlCharacterIsLocated() {
        let found = diagnostics(bytes: Array("a: 1\nb: x".utf8) + [0x07] + Array("\n".utf8))
        #expect(
            found == [
                Messages.YAML.encoding(
                    "control characters are not allowed", value: 7, offset: 9,
                    at: span(2, 5))
            ])
    }

    @Test func loadsFromAPathAndRegistersTheSource() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("plotyaml-\(UUID()).yaml").path
        try "seed: 1\nseed: 2\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sources = SourceRegistry()
        do {
            _ = try YAMLLoader.load(path: path, displayPath: "spec.yaml", sources: sources)
            Issue.record("expected a duplicate-key error")
        } catch {
            #expect(error.diagnostics.map(\.code) == ["yaml.duplicate-key"])
            #expect(error.diagnostics.first?.location == SourceLocation(file: "spec.yaml", line: 2, column: 1))
        }
        #expect(sources.file("spec.yaml")?.line(2) == "seed: 2")
    }

    @Test func missingFile() {
        do {
            _ = try YAMLLoader.load(path: "/nonexistent/plotyaml.yaml", sources: nil)
            Issue.record("expected an error")
        } catch {
            #expect(
                error.diagnostics == [
                    Messages.Input.unreadableFile(
                        "/nonexistent/plotyaml.yaml",
                        reason: "no such file")
                ])
        }
    }
}
