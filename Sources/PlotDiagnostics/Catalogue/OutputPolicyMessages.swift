extension Messages.Output {
    /// The spec's `output` names an existing folder: render could not replace it with a file.
    public static func isAFolder(_ output: String, resolved: String, at span: SourceSpan?) -> Diagnostic {
        .error(
            "output.is-folder",
            "output '\(output)' is an existing folder ('\(resolved)'), "
                + "not a figure file", at: span)
    }

    /// A folder on the way to the output is an existing file, so the folder cannot be created.
    public static func folderIsAFile(_ output: String, file: String, at span: SourceSpan?) -> Diagnostic {
        .error(
            "output.folder-is-file",
            "output '\(output)' needs the folder '\(file)', "
                + "which is an existing file", at: span)
    }

    /// One component of the output path is longer than the file system allows.
    public static func nameTooLong(_ component: String, bytes: Int, limit: Int, at span: SourceSpan?) -> Diagnostic {
        .error(
            "output.name-too-long",
            "the name '\(component)' in output is \(bytes) bytes long; "
                + "file names may have at most \(limit)", at: span)
    }

    /// The whole output path is longer than the operating system accepts.
    public static func pathTooLong(bytes: Int, limit: Int, at span: SourceSpan?) -> Diagnostic {
        .error(
            "output.path-too-long", "the output path is \(bytes) bytes long; paths may have at most \(limit)",
            at: span)
    }

    /// An output that holds a NUL, another control character or a bidi override: the C file APIs would
    /// write a different (truncated or disguised) name than the one printed.
    public static func controlCharacter(_ scalar: Unicode.Scalar, at span: SourceSpan?) -> Diagnostic {
        .error(
            "output.control-character",
            "output contains the control character \(SafeText.escaped(String(scalar))); "
                + "file names must be printable", at: span)
    }

    /// An output whose last component has no figure extension (`out`, `.png`, `figures/`).
    public static func notAFigureFile(_ output: String, at span: SourceSpan?) -> Diagnostic {
        .error(
            "spec.output",
            "output '\(output)' is not a figure file name; "
                + "expected a name ending in .png, .svg or .pdf", at: span)
    }

    /// Two specs of one run write the same file: the second would silently overwrite the first.
    public static func duplicateOutput(_ resolved: String, firstAt: SourceSpan?, at span: SourceSpan?) -> Diagnostic {
        .error(
            "output.duplicate", "another spec in this run already writes '\(resolved)'", at: span,
            notes: [Diagnostic.Note("the first spec writing it is here", at: firstAt)])
    }

    /// This spec's output is a folder another spec of the run writes a file into.
    public static func fileIsAnotherSpecsFolder(_ resolved: String, firstAt: SourceSpan?, at span: SourceSpan?)
        -> Diagnostic
    {
        .error(
            "output.duplicate",
            "another spec in this run writes a file inside '\(resolved)', "
                + "so it cannot also be this figure", at: span,
            notes: [Diagnostic.Note("the spec writing inside it is here", at: firstAt)])
    }

    /// This spec's output lies inside a path another spec of the run writes as a file.
    public static func folderIsAnotherSpecsFile(
        _ resolved: String, folder: String, firstAt: SourceSpan?,
        at span: SourceSpan?
    ) -> Diagnostic {
        .error(
            "output.duplicate",
            "output '\(resolved)' needs the folder '\(folder)', "
                + "which another spec in this run writes as a figure", at: span,
            notes: [Diagnostic.Note("the spec writing it is here", at: firstAt)])
    }
}

extension Unicode.Scalar {
    /// Whether this scalar must never reach a file name as is: anything the diagnostics would print as an
    /// escape (controls, bidi and other invisible format characters, unusual spaces), so the name that is
    /// written is always the name that was printed.
    public var isControlOrBidi: Bool { SafeText.escape(for: self) != nil }
}
