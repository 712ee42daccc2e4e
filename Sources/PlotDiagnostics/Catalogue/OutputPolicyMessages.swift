extension Messages.Output {
    /// The spec's `output` names an existing folder: render could not replace it with a file.
    public static func isAFolder(_ output: String, resolved: String, at span: SourceSpan?) -> Diagnostic {
        .error("output.is-folder", "output '\(Shown.escaped(output))' is an existing folder ('\(Shown.escaped(resolved))'), "
                   + "not a figure file", at: span)
    }

    /// A folder on the way to the output is an existing file, so the folder cannot be created.
    public static func folderIsAFile(_ output: String, file: String, at span: SourceSpan?) -> Diagnostic {
        .error("output.folder-is-file", "output '\(Shown.escaped(output))' needs the folder '\(Shown.escaped(file))', "
                   + "which is an existing file", at: span)
    }

    /// One component of the output path is longer than the file system allows.
    public static func nameTooLong(_ component: String, bytes: Int, limit: Int, at span: SourceSpan?) -> Diagnostic {
        .error("output.name-too-long", "the name '\(Shown.shortened(component))' in output is \(bytes) bytes long; "
                   + "file names may have at most \(limit)", at: span)
    }

    /// The whole output path is longer than the operating system accepts.
    public static func pathTooLong(bytes: Int, limit: Int, at span: SourceSpan?) -> Diagnostic {
        .error("output.path-too-long", "the output path is \(bytes) bytes long; paths may have at most \(limit)",
               at: span)
    }

    /// An output that holds a NUL, another control character or a bidi override: the C file APIs would
    /// write a different (truncated or disguised) name than the one printed.
    public static func controlCharacter(_ scalar: Unicode.Scalar, at span: SourceSpan?) -> Diagnostic {
        .error("output.control-character", "output contains the control character \(Shown.escaped(String(scalar))); "
                   + "file names must be printable", at: span)
    }

    /// An output whose last component has no figure extension (`out`, `.png`, `figures/`).
    public static func notAFigureFile(_ output: String, at span: SourceSpan?) -> Diagnostic {
        .error("spec.output", "output '\(Shown.escaped(output))' is not a figure file name; "
                   + "expected a name ending in .png, .svg or .pdf", at: span)
    }

    /// Two specs of one run write the same file: the second would silently overwrite the first.
    public static func duplicateOutput(_ resolved: String, firstAt: SourceSpan?, at span: SourceSpan?) -> Diagnostic {
        .error("output.duplicate", "another spec in this run already writes '\(Shown.escaped(resolved))'", at: span,
               notes: [Diagnostic.Note("the first spec writing it is here", at: firstAt)])
    }

    /// This spec's output is a folder another spec of the run writes a file into.
    public static func fileIsAnotherSpecsFolder(_ resolved: String, firstAt: SourceSpan?, at span: SourceSpan?)
        -> Diagnostic
    {
        .error("output.duplicate", "another spec in this run writes a file inside '\(Shown.escaped(resolved))', "
                   + "so it cannot also be this figure", at: span,
               notes: [Diagnostic.Note("the spec writing inside it is here", at: firstAt)])
    }

    /// This spec's output lies inside a path another spec of the run writes as a file.
    public static func folderIsAnotherSpecsFile(_ resolved: String, folder: String, firstAt: SourceSpan?,
                                                at span: SourceSpan?) -> Diagnostic
    {
        .error("output.duplicate", "output '\(Shown.escaped(resolved))' needs the folder '\(Shown.escaped(folder))', "
                   + "which another spec in this run writes as a figure", at: span,
               notes: [Diagnostic.Note("the spec writing it is here", at: firstAt)])
    }

    /// The spec's output folder cannot be created or written because it is not a folder at all.
    public static func unwritable(_ output: String, reason: String, at span: SourceSpan?) -> Diagnostic {
        .error("output.write", "cannot write output '\(Shown.escaped(output))': \(reason)", at: span)
    }
}

/// How user text is quoted inside a message: control and bidi characters escaped, long values cut.
enum Shown {
    static let maxQuoted = 80

    /// `\x1b`, `\u{202E}` for characters that would act on the terminal instead of being read.
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if isHidden(scalar) {
                out += scalar.value < 0x100 ? "\\x" + hex(scalar.value, width: 2)
                    : "\\u{" + hex(scalar.value, width: 4).uppercased() + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The escaped text, cut to `maxQuoted` characters with `…` in the middle.
    static func shortened(_ text: String) -> String {
        let shown = escaped(text)
        guard shown.count > maxQuoted else { return shown }
        let half = maxQuoted / 2
        return String(shown.prefix(half)) + "…" + String(shown.suffix(half))
    }

    /// C0, DEL, C1 controls and the bidi embedding/override/isolate/mark characters.
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension Unicode.Scalar {
    /// Whether this scalar must never reach a file name or a terminal as is (control or bidi character).
    public var isControlOrBidi: Bool { Shown.isHidden(self) }
}
