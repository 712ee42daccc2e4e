/// Which files each spec of a watch run read (the spec and everything it `extends`, transitively), to
/// find the specs a change affects.
///
/// Specs are kept by their place on the command line, so a spec given twice is two entries, as in a
/// `render` run. Paths are compared as strings: the spec as typed and shared files as the loader names
/// them, which are also the strings the watcher reports back.
public struct DependencyMap: Sendable {
    public let specs: [String]
    private var files: [Set<String>]

    /// Every spec depends on itself until it has been loaded.
    public init(specs: [String]) {
        self.specs = specs
        files = specs.map { [$0] }
    }

    /// Records what spec `index` read in its latest render, replacing what it read before, so an
    /// `extends` entry added or removed changes what is watched. A spec always depends on itself, even
    /// when it could not be read.
    public mutating func record(_ index: Int, read: some Sequence<String>) {
        files[index] = Set(read).union([specs[index]])
    }

    /// The files spec `index` depends on.
    public func files(of index: Int) -> Set<String> { files[index] }

    /// Every file some spec depends on: what to watch.
    public var allFiles: Set<String> { files.reduce(into: []) { $0.formUnion($1) } }

    /// The specs (their indices, in command-line order) that read any of `changed`.
    public func affected(by changed: Set<String>) -> [Int] {
        files.indices.filter { !files[$0].isDisjoint(with: changed) }
    }
}
