import PlotSampling
import PlotScene
import Testing

@testable import PlotLayout
@testable import PlotSpec

/// Missing estimate cells are drawn as missing: transparent in the heatmap raster over a hatched grey,
/// explained by a "no data" swatch, and left out of a surface's mesh.
@Suite struct EstimateLayoutTests {
    static let heatmap = """
        sampling: {trials: {count: 60, parameters: [learning_rate, batch_size]}}
        plot:
          heatmap:
            x: learning_rate
            y: batch_size
            estimate: {method: binned, cells: [6, 5], min_count: 3}
            trials: true
        """

    @Test func missingCellsAreTransparentOverTheHatching() throws {
        let (_, table, scene) = try LayoutTestSupport.layout(Self.heatmap)
        let estimate = try #require(table.estimate)
        #expect(estimate.mean.contains { $0.isNaN } && estimate.mean.contains { !$0.isNaN }, "a mix to test")
        let (image, _) = try #require(LayoutFixture.images(scene.nodes).first { $0.0.width == 6 })
        #expect(image.height == 5)
        for j in 0..<5 {
            for i in 0..<6 {
                // Raster row 0 is the top (highest y); the estimate's row 0 is the bottom.
                let alpha = image.pixels[((4 - j) * 6 + i) * 4 + 3]
                #expect(alpha == (estimate.mean[j * 6 + i].isNaN ? 0 : 255), "cell \(i), \(j)")
            }
        }
        let nodes = LayoutTestSupport.flatten(scene.nodes)
        #expect(scene.textRuns.contains { $0.text == MissingCells.label })
        let hatchFill = MissingCells(theme: Theme(fontSize: 10)).fill
        #expect(nodes.contains { if case .path(_, let fill?, _) = $0 { fill == hatchFill } else { false } })
        #expect(LayoutTestSupport.overlaps(scene).isEmpty, "\(LayoutTestSupport.overlaps(scene))")
    }

    @Test func theTrialsAreDrawnOnTopWhenAskedFor() throws {
        let (_, table, scene) = try LayoutTestSupport.layout(Self.heatmap)
        let markers = LayoutTestSupport.flatten(scene.nodes).compactMap { node -> Int? in
            if case .markers(_, let centers, _, _) = node { return centers.count }
            return nil
        }
        #expect(markers == [table.count])
        let (_, _, plain) = try LayoutTestSupport.layout(
            Self.heatmap.replacingOccurrences(of: "trials: true", with: ""))
        #expect(!LayoutTestSupport.flatten(plain.nodes).contains { if case .markers = $0 { true } else { false } })
    }

    /// Contour labels keep clear of the trials drawn over an estimate: none touches a marker.
    @Test func contourLabelsKeepClearOfTheTrials() throws {
        let text = """
            sampling: {trials: {count: 150, parameters: [learning_rate, weight_decay]}}
            plot:
              heatmap:
                x: learning_rate
                y: weight_decay
                estimate: {method: gp, cells: [40, 30]}
                contours: [0.3, 0.5, 0.7]
                trials: true
            """
        let (_, _, scene) = try LayoutTestSupport.layout(text)
        let labels = scene.textRuns.filter { ["0.3", "0.5", "0.7"].contains($0.text) }
        #expect(!labels.isEmpty, "some level is labelled")
        let markers = LayoutTestSupport.flatten(scene.nodes).flatMap { node -> [Point] in
            if case .markers(_, let centers, _, _) = node { return centers }
            return []
        }
        #expect(markers.count == 150)
        let reach = (TrialMarkers.size + TrialMarkers.rim) / 2
        for label in labels {
            let touched = markers.filter { label.bounds.insetBy(dx: -reach, dy: -reach).contains($0) }
            #expect(touched.isEmpty, "'\(label.text)' at \(label.bounds) covers markers at \(touched)")
        }
    }

    @Test func aCompleteEstimateHasNoHatchingOrSwatch() throws {
        let text = Self.heatmap.replacingOccurrences(of: "cells: [6, 5], min_count: 3", with: "cells: [2, 2]")
        let (_, table, scene) = try LayoutTestSupport.layout(text)
        #expect(table.estimate?.mean.allSatisfy(\.isFinite) == true)
        #expect(!scene.textRuns.contains { $0.text == MissingCells.label })
    }

    @Test func aSurfaceLeavesOutQuadsWithAMissingCorner() {
        var values = [Double](repeating: 0.5, count: 12)
        values[0] = .nan
        let field = GridField(values: values, nx: 4, ny: 3)
        let mesh = SurfaceMesh(
            field: field, colors: ColorScale(ColorEncoding(colormap: .viridis, lower: 0, upper: 1, label: nil)),
            projection: Projection3D(elevation: 30, azimuth: -60))
        let faces = mesh.facesInPaintOrder()
        #expect(faces.count == 5, "3 × 2 quads less the one at the missing corner")
        #expect(!faces.contains { $0.i == 0 && $0.j == 0 })
    }
}
