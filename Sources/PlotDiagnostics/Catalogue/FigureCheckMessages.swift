extension Messages.Output {
    /// A committed PNG whose pixels are further from the new render than `render --check` allows.
    /// `worstBlock` is the top-left pixel, side and RMS of the most changed block.
    public static func figurePixelsDiffer(
        _ path: String, spec: String, rms: Double, tolerance: Double,
        worstBlock: (x: Int, y: Int, side: Int, rms: Double), blockLimit: Double, artifacts: [String]
    ) -> Diagnostic {
        let what =
            rms > tolerance
            ? "RMS difference \(rounded(rms)) exceeds the tolerance \(rounded(tolerance))"
            : "the \(worstBlock.side)×\(worstBlock.side) pixels at (\(worstBlock.x), \(worstBlock.y)) differ by RMS "
                + "\(rounded(worstBlock.rms)), more than \(rounded(blockLimit)) (whole image: RMS \(rounded(rms)))"
        return .error(
            "output.stale",
            "'\(path)' differs from what '\(spec)' renders now: \(what); "
                + "run 'plotspec render \(spec)'", at: nil, notes: artifactNotes(artifacts))
    }

    /// A committed figure whose pixel size is not what the spec renders now (never within tolerance).
    public static func figureSizeDiffers(
        _ path: String, spec: String, committed: (width: Int, height: Int), rendered: (width: Int, height: Int),
        artifacts: [String]
    ) -> Diagnostic {
        .error(
            "output.stale",
            "'\(path)' is \(committed.width)×\(committed.height) pixels but '\(spec)' renders "
                + "\(rendered.width)×\(rendered.height) now; run 'plotspec render \(spec)'",
            at: nil, notes: artifactNotes(artifacts))
    }

    /// A figure compared byte for byte (`--exact`, PDF, or SVG text) that differs.
    public static func figureBytesDiffer(_ path: String, spec: String, how: String, artifacts: [String])
        -> Diagnostic
    {
        .error(
            "output.stale",
            "'\(path)' differs from what '\(spec)' renders now (compared \(how)); "
                + "run 'plotspec render \(spec)'", at: nil, notes: artifactNotes(artifacts))
    }

    /// A committed file with a `.png` name that no PNG reader accepts.
    public static func figureUnreadable(_ path: String, spec: String, reason: String) -> Diagnostic {
        .error(
            "output.stale", "'\(path)' cannot be read as a PNG (\(reason)); run 'plotspec render \(spec)'",
            at: nil)
    }

    private static func artifactNotes(_ paths: [String]) -> [Diagnostic.Note] {
        paths.isEmpty ? [] : [Diagnostic.Note("wrote " + paths.map { "'\($0)'" }.joined(separator: ", "), at: nil)]
    }

    /// At most two decimals, without trailing zeros: 2, 0.5, 13.37 (values here lie in 0…255).
    private static func rounded(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100
        let fraction = hundredths % 100
        if fraction == 0 { return "\(whole)" }
        let digits = fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
        return "\(whole).\(digits)"
    }
}
