import Foundation
import Testing

@testable import PlotRender

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct SVGEscapingTests {
    @Test func markupCharactersAreEscaped() {
        #expect(SVGEscaping.content("a < b && c > \"d\"") == "a &lt; b &amp;&amp; c &gt; \"d\"")
        #expect(SVGEscaping.attribute("say \"hi\" & go") == "say &quot;hi&quot; &amp; go")
        #expect(SVGEscaping.content("]]>") == "]]&gt;")
    }

    @Test func plainTextIsUnchangedSoItStaysSearchable() {
        let text = "Learning rate 10⁻⁴ · width ≈ 486 (log₂ scale) ‮RTL‬"
        #expect(SVGEscaping.content(text) == text)
    }

    @Test func forbiddenCharactersBecomeReplacementCharacters() {
        #expect(SVGEscaping.content("a\u{0}b\u{1B}[31mc\u{FFFE}") == "a\u{FFFD}b\u{FFFD}[31mc\u{FFFD}")
        #expect(SVGEscaping.content("tab\there\nCR\r") == "tab&#9;here&#10;CR&#13;")
    }

    @Test(arguments: [
        ("plain words", false), (" lead", true), ("trail ", true), ("two  spaces", true), ("tab\t", true),
        ("", false), ("x", false), (" ", true)
    ])
    func whitespaceThatACollapsingReaderWouldChange(_ text: String, _ expected: Bool) {
        #expect(SVGEscaping.needsPreservedSpace(text) == expected)
    }

    /// Whatever a run holds, the element parses and reads back as the run's text (forbidden characters as
    /// U+FFFD).
    @Test(arguments: ["a<b>&c", "\u{0}\u{7}\u{1F}", "x\ty\nz\rw", "  two  ", "\"'quotes'\"", "\u{FFFF}é😀"])
    func escapedTextParsesBackToTheSameCharacters(_ text: String) throws {
        let xml = "<t a=\"\(SVGEscaping.attribute(text))\">\(SVGEscaping.content(text))</t>"
        let reader = CharacterCollector()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = reader
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        let expected = String(
            String.UnicodeScalarView(
                text.unicodeScalars.map {
                    SVGEscaping.isAllowed($0) ? $0 : "\u{FFFD}"
                }))
        #expect(reader.text == expected)
        #expect(reader.attribute == expected)
    }
}

/// Collects the character data and the `a` attribute of a one-element document.
final class CharacterCollector: NSObject, XMLParserDelegate {
    var text = ""
    var attribute: String?

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        attribute = attributes["a"]
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }
}
