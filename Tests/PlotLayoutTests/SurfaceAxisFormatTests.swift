import Foundation
import PlotScene
import Testing

@testable import PlotLayout

/// `z_axis.tick_format` reaches the vertical axis of a surface (it was once accepted and ignored).
@Suite struct SurfaceAxisFormatTests {
    @Test func zTicksFollowTheirPattern() throws {
        let text = SurfaceLayoutTests.figure.replacingOccurrences(
            of: "z_axis: {label: \"Validation loss (1 − accuracy)\"}",
            with: "z_axis: {label: \"Validation loss\", tick_format: \"%.2f\"}")
        let labels = Set(try LayoutFixture.scene(text).textRuns.map(\.text))
        for tick in ["0.00", "0.20", "0.40", "0.60", "0.80", "1.00"] {
            #expect(labels.contains(tick), "missing \(tick) in \(labels.sorted())")
        }
        let plain = Set(try LayoutFixture.scene(SurfaceLayoutTests.figure).textRuns.map(\.text))
        #expect(!plain.contains("0.20"), "without a pattern the z ticks are plain (0.2)")
    }
}
