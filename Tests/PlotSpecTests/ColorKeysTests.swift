import PlotScales
import Testing

@testable import PlotSpec

/// The decoder resolves each plot kind's default colormap from its description, so a default naming no
/// colormap we ship would silently fall back; these checks make that a test failure instead.
@Suite struct ColorKeysTests {
    static let colorKeys: [(String, ColorKeys)] = {
        let language = SpecDescription.standard
        return [
            ("heatmap", language.heatmap.color), ("surface3d", language.surface.color),
            ("parallel_coordinates", language.parallel.color), ("scatter", language.scatter.color)
        ]
    }()

    @Test(arguments: colorKeys.map(\.0))
    func defaultColormapNamesAShippedColormap(_ kind: String) throws {
        let keys = try #require(Self.colorKeys.first { $0.0 == kind }?.1)
        #expect(Colormap.named(keys.colormap.defaultValue) != nil)
    }
}
