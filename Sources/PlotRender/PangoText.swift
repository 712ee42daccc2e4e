import CCairo
import CPango
import PlotScene

/// Lays out single lines of text with Pango (HarfBuzz shaping, bidi, font fallback through fontconfig,
/// kerning) on one Pango context, for measuring and for drawing on a Cairo context.
///
/// Every context gets the measurement contract all surfaces share: hint metrics off, hint style none, and
/// glyph positions not rounded to device units. So a string measures the same on a 1×1 image surface, at
/// any pixel scale and on a PDF surface, and a layout computed once holds for PNG, SVG and PDF.
///
/// Fonts come from Pango's default font map, which Pango keeps per thread: the fontconfig lookups and
/// loaded faces are shared by every engine on a thread and never cross threads. One engine (context plus a
/// reused layout) belongs to one measurer or canvas and is not thread-safe itself.
final class PangoText {
    /// The Pango context, always in user space (identity matrix): see `draw`.
    private let context: OpaquePointer
    /// One layout reused for every string: creating a layout per string costs more than shaping a label.
    private let layout: OpaquePointer

    /// Nil only if Pango could not create a context or layout (out of memory).
    init?() {
        guard let fontMap = pango_cairo_font_map_get_default(),
            let context = pango_font_map_create_context(fontMap)
        else { return nil }
        guard let layout = pango_layout_new(context) else {
            g_object_unref(UnsafeMutableRawPointer(context))
            return nil
        }
        self.context = context
        self.layout = layout
        Self.applyMeasurementContract(to: context)
        // A scene run is one line by contract; a stray line or paragraph separator must not make it two.
        pango_layout_set_single_paragraph_mode(layout, 1)
        pango_layout_context_changed(layout)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
        g_object_unref(UnsafeMutableRawPointer(context))
    }

    /// Hint metrics off, hint style none, unrounded positions: what makes every surface measure alike.
    private static func applyMeasurementContract(to context: OpaquePointer) {
        if let options = cairo_font_options_create() {
            defer { cairo_font_options_destroy(options) }
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
            cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
            pango_cairo_context_set_font_options(context, options)
        }
        pango_context_set_round_glyph_positions(context, 0)
    }

    /// Advance width of the shaped line and its logical ascent and descent (the tallest font the line
    /// uses, never the ink), so labels in one font share a baseline and a fallback font gets its room.
    func measure(_ text: String, font: Font) -> TextExtents {
        prepare(text, font: font)
        let (logical, baseline) = logicalLine()
        return TextExtents(width: logical.width, ascent: baseline, descent: logical.height - baseline)
    }

    /// How many characters of `text` no installed font could show (Pango draws them as hex boxes).
    func unknownGlyphCount(_ text: String, font: Font) -> Int {
        prepare(text, font: font)
        return Int(pango_layout_get_unknown_glyphs_count(layout))
    }

    /// Whether Pango lays `text` out with a right-to-left base direction: its first strong character is
    /// right-to-left (Unicode bidi rules P2–P3, Pango's auto-direction). Text without a character from a
    /// right-to-left script or an explicit right-to-left mark is answered without asking Pango.
    static func isRightToLeft(_ text: String) -> Bool {
        guard text.unicodeScalars.contains(where: mayBeRightToLeft), let pango = PangoText() else { return false }
        return pango.baseDirectionIsRightToLeft(text)
    }

    /// The resolved direction of the laid-out line, as drawing uses it.
    func baseDirectionIsRightToLeft(_ text: String) -> Bool {
        prepare(text, font: Font(size: 10))
        guard let line = pango_layout_get_line_readonly(layout, 0) else { return false }
        return pango_layout_line_get_resolved_direction(line) == PANGO_DIRECTION_RTL
    }

    /// Scalars of the right-to-left blocks (Hebrew through Arabic Extended-A, the Hebrew and Arabic
    /// presentation forms, the historic right-to-left scripts of planes 1) and the RLM/RLE/RLO/RLI marks.
    private static func mayBeRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: true
        case 0x200F, 0x202B, 0x202E, 0x2067: true
        default: false
        }
    }

    /// Where the character at UTF-8 offset `byteIndex` starts on the line, from the line's left end: its
    /// leading edge, which for a right-to-left character is its right side.
    func leadingEdge(ofByteIndex byteIndex: Int, in text: String, font: Font) -> Double {
        prepare(text, font: font)
        var position = PangoRectangle()
        pango_layout_index_to_pos(layout, Int32(byteIndex), &position)
        return Double(position.x) / Double(PANGO_SCALE)
    }

    /// Draws `run` with its baseline's left end at `run.origin`, rotated about it by `run.rotation`, and
    /// returns how many of its characters no installed font could show.
    @discardableResult
    func draw(_ run: TextRun, on cr: OpaquePointer) -> Int {
        guard !run.text.isEmpty else { return 0 }
        cairo_save(cr)
        defer { cairo_restore(cr) }
        cairo_set_source_rgba(cr, run.color.red, run.color.green, run.color.blue, run.color.alpha)
        cairo_translate(cr, run.origin.x, run.origin.y)
        if run.rotation != 0 { cairo_rotate(cr, run.rotation) }
        // The layout stays in user space (identity matrix, our font options) rather than following the
        // context's transform with pango_cairo_update_context: glyph positions are then exactly the measured
        // ones, Cairo scales and rotates the glyphs itself, and the fontsets Pango matched while measuring
        // (fontconfig sorts every installed font once per description and matrix) are reused for drawing.
        prepare(run.text, font: run.font)
        let (logical, baseline) = logicalLine()
        // The layout's origin is its top-left corner; a right-to-left line can start left of it.
        cairo_new_path(cr)
        cairo_move_to(cr, -logical.x, -baseline)
        pango_cairo_show_layout(cr, layout)
        return Int(pango_layout_get_unknown_glyphs_count(layout))
    }

    /// Sets the layout's text and font description.
    private func prepare(_ text: String, font: Font) {
        let utf8 = Array(text.utf8)
        utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                pango_layout_set_text(layout, chars.baseAddress, Int32(chars.count))
            }
        }
        guard let description = pango_font_description_new() else { return }
        defer { pango_font_description_free(description) }
        // Pango reads a comma-separated family list as fallbacks in order; fontconfig covers what none has.
        pango_font_description_set_family(description, font.families.joined(separator: ","))
        // Absolute size: one em is `size` user units (points), as cairo_set_font_size did; no 96-dpi scaling.
        pango_font_description_set_absolute_size(description, font.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(description, font.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(description, font.slant == .italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_layout_set_font_description(layout, description)
    }

    /// The layout's logical rectangle (x, width, height) and baseline, in user units.
    private func logicalLine() -> (rect: (x: Double, width: Double, height: Double), baseline: Double) {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let scale = Double(PANGO_SCALE)
        let baseline = Double(pango_layout_get_baseline(layout)) / scale
        return ((Double(logical.x) / scale, Double(logical.width) / scale, Double(logical.height) / scale), baseline)
    }
}
