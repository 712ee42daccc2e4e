extension Messages.Spec {
    /// An `extends` entry that is an empty string (which would name the spec's own folder).
    public static func importEmpty(at span: SourceSpan) -> Diagnostic {
        .error("spec.import-missing", "an extends entry must name a spec file, found an empty path", at: span)
    }

    /// An `extends` entry naming a folder.
    public static func importIsFolder(_ path: String, at span: SourceSpan) -> Diagnostic {
        .error("spec.import-missing", "'\(path)' is a folder; extends needs a spec file", at: span)
    }

    /// An `extends` entry with a NUL or other control character: the file opened would not be the one named.
    public static func importControlCharacter(_ scalar: Unicode.Scalar, at span: SourceSpan) -> Diagnostic {
        .error(
            "spec.import-missing", "an extends path contains the control character \(SafeText.escaped(String(scalar)))",
            at: span)
    }

    /// An imported file whose top level is not a mapping of sections (prose, a list, a single value):
    /// merging it would silently drop everything imported before it.
    public static func importNotAMapping(_ path: String, found: String, at span: SourceSpan, fileStart: SourceSpan)
        -> Diagnostic
    {
        .error(
            "spec.import-root",
            "'\(path)' is not a spec to extend: its top level is \(found), "
                + "expected a mapping of sections", at: span,
            notes: [Diagnostic.Note("its top level starts here", at: fileStart)])
    }

    /// The note that places an error inside a shared file: which `extends` entry brought the file in.
    public static func includedFrom(_ path: String, at span: SourceSpan) -> Diagnostic.Note {
        Diagnostic.Note("'\(path)' is included from here", at: span)
    }
}
