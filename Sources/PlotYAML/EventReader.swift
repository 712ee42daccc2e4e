import CYAML
import PlotDiagnostics

/// The one place that talks to libyaml: pulls parser events and copies them into Swift values.
///
/// We use the event API rather than `yaml_parser_load` because events can be abandoned part-way: libyaml's
/// flow nesting is quadratic, so stopping at the depth limit is what makes `[[[[…` fail in milliseconds.
/// All unsafe pointer code of the YAML module lives in this file.
struct EventReader {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let file: String

    private init(parser: UnsafeMutablePointer<yaml_parser_t>, file: String) {
        self.parser = parser
        self.file = file
    }

    /// Runs `body` with a reader over `bytes`; the parser and its input live exactly as long as the call.
    ///
    /// The reader must not escape `body`.
    static func withEvents<T>(
        in bytes: [UInt8], file: String, _ body: (inout EventReader) throws(ParseFailure) -> T
    ) throws(ParseFailure) -> T {
        // libyaml keeps a pointer to the input while parsing, so it gets a buffer we own and free here.
        let input = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, bytes.count))
        defer { input.deallocate() }
        _ = input.initialize(from: bytes)

        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) != 0 else { throw .outOfMemory }
        defer { yaml_parser_delete(parser) }

        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        if let base = input.baseAddress {
            yaml_parser_set_input_string(parser, base, bytes.count)
        }
        var reader = EventReader(parser: parser, file: file)
        return try body(&reader)
    }

    /// The next event, or the reason libyaml could not produce one.
    mutating func next() throws(ParseFailure) -> YAMLEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) != 0 else { throw failure() }
        defer { yaml_event_delete(&event) }
        return convert(&event)
    }

    // MARK: - Conversion

    /// Converts a libyaml mark (0-based line and column, counted in characters) to a 1-based location.
    ///
    /// This is the only place in plotspec where 0-based positions exist.
    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private func convert(_ event: inout yaml_event_t) -> YAMLEvent {
        let start = location(event.start_mark)
        switch event.type {
        case YAML_STREAM_START_EVENT:
            return .streamStart
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart(at: start)
        case YAML_DOCUMENT_END_EVENT:
            return .documentEnd
        case YAML_ALIAS_EVENT:
            let name = string(event.data.alias.anchor) ?? ""
            return .alias(name: name, start: start, end: location(event.end_mark))
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text: String
            if let value = data.value, data.length > 0 {
                text = String(decoding: UnsafeBufferPointer(start: value, count: data.length), as: UTF8.self)
            } else {
                text = ""
            }
            return .scalar(
                ScalarEvent(
                    text: text, byteCount: data.length, style: style(data.style),
                    anchor: string(data.anchor), tag: string(data.tag).map(shortTag),
                    start: start, end: location(event.end_mark)))
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            return .sequenceStart(
                CollectionEvent(
                    anchor: string(data.anchor), tag: string(data.tag).map(shortTag), start: start))
        case YAML_SEQUENCE_END_EVENT:
            return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            return .mappingStart(
                CollectionEvent(
                    anchor: string(data.anchor), tag: string(data.tag).map(shortTag), start: start))
        case YAML_MAPPING_END_EVENT:
            return .mappingEnd
        default:
            // YAML_STREAM_END_EVENT, and YAML_NO_EVENT which libyaml only returns after the stream ended.
            return .streamEnd
        }
    }

    private func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: UnsafePointer(pointer))
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private func failure() -> ParseFailure {
        let p = parser.pointee
        let problem = string(p.problem) ?? "unknown YAML error"
        switch p.error {
        case YAML_MEMORY_ERROR:
            return .outOfMemory
        case YAML_READER_ERROR:
            return .reader(problem: problem, byteOffset: Int(p.problem_offset), value: Int(p.problem_value))
        default:
            let context = string(p.context)
            return .syntax(
                problem: problem, at: location(p.problem_mark), context: context,
                contextAt: context == nil ? nil : location(p.context_mark))
        }
    }
}
