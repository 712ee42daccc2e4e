import PlotScene

/// The `<defs>` of one SVG document: shared shapes and clip paths, each with an id derived from its content.
///
/// An id is a prefix plus the first 32 bits of the FNV-1a hash of the element's own markup, so the same
/// shape gets the same id in every render, in every process, whatever else the figure holds — a diff of two
/// figures shows only what changed, and two figures inlined in one HTML page that share an id share the
/// identical definition. Should two different definitions in one document ever hash alike, the later one
/// gets `-2`, `-3`… in order of first use, which is still a function of the scene alone.
struct SVGDefinitions {
    /// Definition markup in order of first use, each line ending in a newline.
    private(set) var markup = ""
    private var idByContent: [String: String] = [:]
    private var usedIds: Set<String> = []
    private let hash: (String) -> String

    /// `hash` names a definition by its content; tests pass a colliding one to exercise the suffix rule.
    init(hash: @escaping (String) -> String = SVGDefinitions.shortHash) {
        self.hash = hash
    }

    /// The id of the definition built by `element(id)` from `content`, adding it on first use.
    ///
    /// `content` is what identifies the definition (e.g. a path's `d`); `element` writes the full markup
    /// for a given id.
    mutating func id(prefix: String, content: String, element: (String) -> String) -> String {
        let key = prefix + "\u{0}" + content
        if let known = idByContent[key] { return known }
        let base = prefix + "-" + hash(content)
        var id = base
        var suffix = 2
        while usedIds.contains(id) {
            id = base + "-" + String(suffix)
            suffix += 1
        }
        usedIds.insert(id)
        idByContent[key] = id
        markup += element(id) + "\n"
        return id
    }

    /// Eight lower-case hex digits of FNV-1a 64 folded to 32 bits: short, stable, and not a counter.
    static func shortHash(_ text: String) -> String {
        var digest = SceneDigest()
        digest.add(Array(text.utf8))
        let hash = digest.value
        let folded = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
        let hex = String(folded, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
