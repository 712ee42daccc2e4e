import Foundation

/// A temporary folder holding copies of bundled specs (and the shared files they extend), so tests can
/// edit them; removed when the fixture is released.
final class PreviewFixture: Sendable {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("plotspec-preview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.repository.appendingPathComponent("specs/shared"), to: folder.appendingPathComponent("shared"))
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Copies `specs/NAME` into the folder and returns the copy's path.
    func copy(_ name: String) throws -> String {
        let target = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("specs/" + name), to: target)
        return target.path
    }

    static let heatmap = "learning_rate_vs_weight_decay_heatmap.yaml"
    static let scatter = "hyperparameter_trials_scatter.yaml"
    static let surface = "architecture_search_surface.yaml"
}
