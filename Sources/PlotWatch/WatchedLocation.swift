#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A watched file as a folder-watching API sees it: the folder's canonical path (symbolic links
/// resolved, so two spellings of one folder share one watch) and the file's name in it.
struct WatchedLocation: Hashable, Sendable {
    var folder: String
    var name: String

    /// Where `path` lives, and for a symbolic link also where the file it points to lives (writing the
    /// target in place changes nothing in the link's own folder). Empty when the folder does not exist.
    static func all(of path: String) -> [WatchedLocation] {
        let (folder, name) = split(path)
        guard let canonical = canonicalPath(folder) else { return [] }
        var locations = [WatchedLocation(folder: canonical, name: name)]
        var info = stat()
        if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK, let target = canonicalPath(path) {
            let (targetFolder, targetName) = split(target)
            locations.append(WatchedLocation(folder: targetFolder, name: targetName))
        }
        return locations
    }

    /// Every location of `paths` (see `all(of:)`), grouped as folder-watching watchers look them up:
    /// canonical folder → file name in it → the watched paths, as given, that name that file.
    static func byFolder(_ paths: Set<String>) -> [String: [String: Set<String>]] {
        var byFolder: [String: [String: Set<String>]] = [:]
        for path in paths {
            for location in all(of: path) {
                byFolder[location.folder, default: [:]][location.name, default: []].insert(path)
            }
        }
        return byFolder
    }

    /// The folder part and the last component of a path ("a.yaml" is in ".", "/a.yaml" in "/").
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = path[..<slash]
        return (folder.isEmpty ? "/" : String(folder), String(path[path.index(after: slash)...]))
    }

    /// `realpath`: absolute, with every symbolic link resolved; nil when the path does not exist.
    static func canonicalPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
