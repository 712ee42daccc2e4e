import PlotDiagnostics

/// Turns parser events into a `YAMLNode` tree with an explicit stack, so no input can overflow the call stack.
///
/// It also does what libyaml leaves undone: expands aliases into copies (counting every node they add, so an
/// alias bomb is stopped before it is built), rejects recursive aliases, applies merge keys, reports
/// duplicate keys, and enforces the depth and node limits. Fatal problems stop the build at once; the rest
/// are collected so one run reports them all.
struct TreeBuilder {
    /// Whether the caller should feed more events.
    enum Step { case more, stop }

    private let limits: YAMLLimits
    private let source: SourceText
    private(set) var diagnostics = DiagnosticBag()
    /// The finished document root, once the root node is complete.
    private(set) var root: YAMLNode?

    private var stack: [Frame] = []
    private var anchors: [String: AnchorState] = [:]
    /// Nodes created so far, alias expansions included.
    private var nodeCount = 0
    private var firstDocument: SourceLocation?

    /// A list or mapping that has started and not yet ended.
    private struct Frame {
        var isMapping: Bool
        var items: [YAMLNode] = []
        var mapping = MappingBuilder()
        let location: SourceLocation
        let tag: String?
        let anchor: String?
        /// `nodeCount` before this collection started, so its size is known when it ends.
        let nodeCountBefore: Int
        /// Nesting height of the tallest child (scalars have height 0, collections 1 + their children's).
        var childHeight = 0
    }

    /// What an anchor name refers to: a node still being built (an alias to it would be a cycle) or a
    /// finished one with its size and height, so expanding an alias costs O(1) to check.
    private enum AnchorState {
        case open(SourceLocation)
        case complete(node: YAMLNode, nodeCount: Int, height: Int)
    }

    init(source: SourceText, limits: YAMLLimits) {
        self.source = source
        self.limits = limits
    }

    /// Handles one event; returns `.stop` after a fatal error or the end of the stream.
    mutating func consume(_ event: YAMLEvent) -> Step {
        switch event {
        case .streamStart, .documentEnd:
            return .more
        case .sequenceEnd, .mappingEnd:
            return finishCollection()
        case .streamEnd:
            if firstDocument == nil {
                let start = SourceLocation(file: source.file, line: 1, column: 1)
                return fatal(Messages.YAML.emptyDocument(at: span(start)))
            }
            return .stop
        case .documentStart(let at):
            if let first = firstDocument {
                return fatal(Messages.YAML.multipleDocuments(at: span(at), first: span(first)))
            }
            firstDocument = at
            return .more
        case .scalar(let scalar):
            return addScalar(scalar)
        case .alias(let name, let start, let end):
            return addAlias(name, at: SourceSpan(start: start, length: oneLineLength(start, end)))
        case .sequenceStart(let start):
            return startCollection(start, isMapping: false)
        case .mappingStart(let start):
            return startCollection(start, isMapping: true)
        }
    }

    // MARK: - Collections

    private mutating func startCollection(_ event: CollectionEvent, isMapping: Bool) -> Step {
        var event = event
        let propertiesStart = event.start
        event.start = ownStart(event.start, anchor: event.anchor, tag: event.tag)
        guard stack.count < limits.maxDepth else {
            return fatal(Messages.YAML.tooDeep(limit: limits.maxDepth, at: span(event.start)))
        }
        let before = nodeCount
        guard countNodes(1, at: span(event.start)) else { return .stop }
        if let anchor = event.anchor { anchors[anchor] = .open(propertiesStart) }
        checkTag(
            event.tag, on: isMapping ? .mapping : .sequence, propertiesStart: propertiesStart,
            hasAnchor: event.anchor != nil)
        stack.append(
            Frame(
                isMapping: isMapping, location: event.start, tag: event.tag, anchor: event.anchor,
                nodeCountBefore: before))
        return .more
    }

    private mutating func finishCollection() -> Step {
        guard let frame = stack.popLast() else { return .more }
        let kind: YAMLNode.Kind = frame.isMapping ? .mapping(frame.mapping.build()) : .sequence(frame.items)
        let node = YAMLNode(kind: kind, location: frame.location, length: 1, tag: frame.tag)
        let height = frame.childHeight + 1
        if let anchor = frame.anchor {
            anchors[anchor] = .complete(node: node, nodeCount: nodeCount - frame.nodeCountBefore, height: height)
        }
        attach(node, height: height)
        return .more
    }

    // MARK: - Scalars and aliases

    private mutating func addScalar(_ event: ScalarEvent) -> Step {
        var event = event
        checkTag(event.tag, on: .scalar(text: event.text), propertiesStart: event.start, hasAnchor: event.anchor != nil)
        event.start = ownStart(event.start, anchor: event.anchor, tag: event.tag)
        let length =
            event.start.line == event.end.line
            ? max(1, event.end.column - event.start.column)
            : source.restOfLineLength(
                from: event.start,
                trimComment: event.style != .singleQuoted && event.style != .doubleQuoted)
        let nodeSpan = SourceSpan(start: event.start, length: length)
        guard event.byteCount <= limits.maxScalarBytes else {
            return fatal(
                Messages.YAML.scalarTooLong(
                    bytes: event.byteCount, limit: limits.maxScalarBytes,
                    at: nodeSpan))
        }
        guard countNodes(1, at: nodeSpan) else { return .stop }

        var value = ScalarResolver.resolve(event.text, style: event.style, tag: event.tag)
        if value == nil, let tag = event.tag {
            diagnostics.append(Messages.YAML.badTaggedValue(event.text, tag: tag, at: nodeSpan))
            value = .string(event.text)
        }
        let (contentStart, exact) = ScalarGeometry.content(of: event, length: length, source: source)
        let scalar = YAMLScalar(
            text: event.text, style: event.style, value: value ?? .string(event.text),
            contentStart: contentStart, columnsAreExact: exact)
        let node = YAMLNode(kind: .scalar(scalar), location: event.start, length: length, tag: event.tag)
        if let anchor = event.anchor {
            anchors[anchor] = .complete(node: node, nodeCount: 1, height: 0)
        }
        attach(node, height: 0)
        return .more
    }

    private mutating func addAlias(_ name: String, at aliasSpan: SourceSpan) -> Step {
        switch anchors[name] {
        case .complete(let node, let count, let height):
            guard stack.count + height <= limits.maxDepth else {
                return fatal(Messages.YAML.tooDeep(limit: limits.maxDepth, at: aliasSpan))
            }
            // Count before copying: the copy itself is cheap (copy-on-write), but its consumers are not.
            guard countNodes(count, at: aliasSpan) else { return .stop }
            var copy = node
            copy.location = aliasSpan.start
            copy.length = aliasSpan.length
            attach(copy, height: height)
        case .open(let anchorLocation):
            diagnostics.append(Messages.YAML.recursiveAlias(name, at: aliasSpan, anchor: span(anchorLocation)))
            attachPlaceholder(at: aliasSpan)
        case nil:
            let suggestion = Suggestions.closest(to: name, among: anchors.keys)
            diagnostics.append(Messages.YAML.undefinedAlias(name, at: aliasSpan, suggestion: suggestion))
            attachPlaceholder(at: aliasSpan)
        }
        return .more
    }

    /// A null standing in for an alias that could not be expanded, so the surrounding tree stays well formed.
    private mutating func attachPlaceholder(at aliasSpan: SourceSpan) {
        let scalar = YAMLScalar(
            text: "", style: .plain, value: .null, contentStart: aliasSpan.start,
            columnsAreExact: false)
        attach(YAMLNode(kind: .scalar(scalar), location: aliasSpan.start, length: aliasSpan.length), height: 0)
    }

    // MARK: - Helpers

    /// Adds a finished node to the innermost open collection, or makes it the root.
    private mutating func attach(_ node: YAMLNode, height: Int) {
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        stack[top].childHeight = max(stack[top].childHeight, height)
        if stack[top].isMapping {
            stack[top].mapping.receive(node, diagnostics: &diagnostics)
        } else {
            stack[top].items.append(node)
        }
    }

    /// Adds `count` to the node total; false (with a fatal error) once it passes the limit.
    private mutating func countNodes(_ count: Int, at nodeSpan: SourceSpan) -> Bool {
        let (total, overflow) = nodeCount.addingReportingOverflow(count)
        guard !overflow, total <= limits.maxNodes else {
            _ = fatal(Messages.YAML.tooManyNodes(limit: limits.maxNodes, at: nodeSpan))
            return false
        }
        nodeCount = total
        return true
    }

    /// Reports a tag plotspec would otherwise ignore (see `TagCheck`).
    private mutating func checkTag(
        _ tag: String?, on kind: TagCheck.NodeKind, propertiesStart: SourceLocation,
        hasAnchor: Bool
    ) {
        guard let tag else { return }
        let start = TagCheck.location(from: propertiesStart, hasAnchor: hasAnchor, in: source)
        // A %TAG-expanded tag can be longer than what was written: never underline past the line.
        let length = min(tag.count, source.restOfLineLength(from: start, trimComment: false))
        if let problem = TagCheck.problem(tag, on: kind, at: SourceSpan(start: start, length: length)) {
            diagnostics.append(problem)
        }
    }

    private mutating func fatal(_ diagnostic: Diagnostic) -> Step {
        diagnostics.append(diagnostic)
        return .stop
    }

    /// libyaml starts a node at its first property (`&a`, `!!str`); diagnostics should point at the value.
    /// Where a node's own text starts, inside the file: an empty value at the end of a file without a
    /// final line break (`---`, `a:`) gets a libyaml mark on the line after the last one.
    private func ownStart(_ start: SourceLocation, anchor: String?, tag: String?) -> SourceLocation {
        let properties = (anchor == nil ? 0 : 1) + (tag == nil ? 0 : 1)
        return source.clamped(properties == 0 ? start : source.skippingProperties(properties, from: start))
    }

    private func span(_ location: SourceLocation) -> SourceSpan {
        SourceSpan(start: location, length: 1)
    }

    private func oneLineLength(_ start: SourceLocation, _ end: SourceLocation) -> Int {
        start.line == end.line ? max(1, end.column - start.column) : source.restOfLineLength(from: start)
    }
}
