extension Messages {
    /// Messages from reading YAML: syntax, encoding, limits, and the tree rules libyaml leaves to us
    /// (duplicate keys, aliases, merge keys).
    public enum YAML {
        // MARK: - Syntax and encoding (fatal)

        /// A libyaml scanner or parser error, with libyaml's own wording.
        ///
        /// `context` is libyaml's "while parsing a block mapping" text; it becomes a note at `contextAt`.
        /// `tabHint` adds a note explaining that YAML indentation must use spaces.
        public static func syntax(
            _ problem: String, at span: SourceSpan, context: String? = nil, contextAt: SourceSpan? = nil,
            tabHint: Bool = false
        ) -> Diagnostic {
            var notes: [Diagnostic.Note] = []
            // "while scanning for the next token" at the very same place says nothing the caret does not.
            if let context, !context.isEmpty, contextAt != span {
                notes.append(.init(context, at: contextAt))
            }
            if tabHint {
                notes.append(.init("YAML does not allow tabs for indentation; indent with spaces", at: span))
            }
            return .error("yaml.syntax", problem, at: span, notes: notes)
        }

        /// A byte sequence that is not valid UTF-8 (checked before libyaml sees the text).
        public static func invalidUTF8(byte: UInt8, offset: Int, at span: SourceSpan) -> Diagnostic {
            .error("yaml.invalid-utf8", "invalid UTF-8 byte 0x\(hex(byte)) at byte offset \(offset)", at: span)
        }

        /// A character libyaml's reader rejects (control characters, bad encodings).
        public static func encoding(_ problem: String, value: Int, offset: Int, at span: SourceSpan) -> Diagnostic {
            let shown = value >= 0 ? " (character 0x\(hex(value)))" : ""
            return .error("yaml.encoding", "\(problem)\(shown) at byte offset \(offset)", at: span)
        }

        /// A line break other than `\n` or `\r\n` (libyaml would count lines differently from everyone else).
        public static func unsupportedLineBreak(codePoint: UInt32, at span: SourceSpan) -> Diagnostic {
            let name =
                switch codePoint {
                case 0x0D: "a carriage return (\\r) without a following \\n"
                case 0x85: "a next-line character (U+0085)"
                case 0x2028: "a line separator (U+2028)"
                default: "a paragraph separator (U+2029)"
                }
            return .error(
                "yaml.line-break", "unsupported line break: \(name); end lines with \\n or \\r\\n",
                at: span)
        }

        /// libyaml ran out of memory.
        public static func outOfMemory(at span: SourceSpan) -> Diagnostic {
            .error("yaml.out-of-memory", "out of memory while parsing YAML", at: span)
        }

        // MARK: - Limits (fatal)

        public static func fileTooLarge(bytes: Int, limit: Int, at span: SourceSpan) -> Diagnostic {
            .error("yaml.too-large", "the file is \(bytes) bytes, more than the limit of \(limit) bytes", at: span)
        }

        public static func scalarTooLong(bytes: Int, limit: Int, at span: SourceSpan) -> Diagnostic {
            .error(
                "yaml.scalar-too-long", "scalar of \(bytes) bytes is longer than the limit of \(limit) bytes",
                at: span)
        }

        public static func tooDeep(limit: Int, at span: SourceSpan) -> Diagnostic {
            .error("yaml.too-deep", "nesting is deeper than the limit of \(limit) levels", at: span)
        }

        public static func tooManyNodes(limit: Int, at span: SourceSpan) -> Diagnostic {
            .error(
                "yaml.too-many-nodes",
                "the document expands to more than \(limit) nodes (are aliases nested too often?)", at: span)
        }

        // MARK: - Documents (fatal)

        public static func emptyDocument(at span: SourceSpan) -> Diagnostic {
            .error("yaml.empty-document", "the file is empty: expected a YAML document", at: span)
        }

        public static func multipleDocuments(at span: SourceSpan, first: SourceSpan) -> Diagnostic {
            .error(
                "yaml.multiple-documents", "expected a single YAML document, found a second one", at: span,
                notes: [.init("the first document starts here", at: first)])
        }

        // MARK: - Tree rules (collected)

        public static func duplicateKey(_ key: String, at span: SourceSpan, first: SourceSpan) -> Diagnostic {
            .error(
                "yaml.duplicate-key", "duplicate key '\(key)'", at: span,
                notes: [.init("first defined here", at: first)])
        }

        /// A mapping key that is a list or mapping; `found` is e.g. "a list".
        public static func complexKey(found: String, at span: SourceSpan) -> Diagnostic {
            .error("yaml.complex-key", "mapping keys must be scalars, found \(found)", at: span)
        }

        public static func undefinedAlias(_ name: String, at span: SourceSpan, suggestion: String? = nil)
            -> Diagnostic
        {
            .error(
                "yaml.undefined-alias", "undefined alias '*\(name)'", at: span,
                suggestion: suggestion.map { "*" + $0 })
        }

        public static func recursiveAlias(_ name: String, at span: SourceSpan, anchor: SourceSpan) -> Diagnostic {
            .error(
                "yaml.recursive-alias", "alias '*\(name)' refers to a node that contains it", at: span,
                notes: [.init("anchor '&\(name)' defined here", at: anchor)])
        }

        /// A merge key (`<<`) whose value is not a mapping or a list of mappings; `found` is e.g. "a list".
        public static func badMerge(found: String, at span: SourceSpan) -> Diagnostic {
            .error(
                "yaml.bad-merge",
                "the value of a merge key '<<' must be a mapping or a list of mappings, found \(found)", at: span)
        }

        /// A scalar whose explicit tag (`!!int`, `!!bool`, …) does not fit its text.
        public static func badTaggedValue(_ text: String, tag: String, at span: SourceSpan) -> Diagnostic {
            .error("yaml.bad-tagged-value", "'\(text)' is not a valid \(tag) value", at: span)
        }

        private static func hex(_ value: some BinaryInteger) -> String {
            let digits = String(value, radix: 16, uppercase: true)
            return digits.count % 2 == 1 ? "0" + digits : digits
        }
    }
}
