import PlotYAML
import Testing

@testable import PlotSpec

/// `FigureSpec.viewed(elevation:azimuth:)`: the preview's drag-to-rotate turns only a surface's camera,
/// inside the ranges the language accepts, and leaves everything else as decoded.
@Suite struct SurfaceCameraTests {
    static func decode(_ plot: String) throws -> FigureSpec {
        let text = """
            figure: {output: out.png}
            parameters: {a: {range: [1, 10]}, b: {range: [1, 10]}}
            sampling: {grid: {a: 10, b: 10}}
            score: {terms: [{expr: "a + b"}]}
            plot: \(plot)
            """
        let root = try YAMLLoader.load(text: text, file: "test.yaml", sources: nil)
        let (spec, diagnostics) = SpecDecoder.decode(root, sourcePath: "test.yaml")
        return try #require(spec, "\(diagnostics.map(\.message))")
    }

    @Test func aSurfaceTurnsWithinTheLanguagesRanges() throws {
        let spec = try Self.decode("{surface3d: {x: a, y: b, elevation: 20, azimuth: 30}}")
        let turned = try #require(spec.viewed(elevation: 45, azimuth: -100))
        guard case .surface(let surface) = turned.plot else { throw SpecFailure("not a surface") }
        #expect(surface.elevation == 45 && surface.azimuth == -100)
        guard case .surface(let clamped)? = spec.viewed(elevation: 200, azimuth: -1000)?.plot else {
            throw SpecFailure("not a surface")
        }
        #expect(clamped.elevation == 90 && clamped.azimuth == -360)
        #expect(spec.viewed(elevation: .nan, azimuth: 0) == nil)
        #expect(
            turned.summary().replacingOccurrences(of: "elevation 45 azimuth -100", with: "elevation 20 azimuth 30")
                == spec.summary())
    }

    @Test func otherPlotsHaveOneView() throws {
        #expect(try Self.decode("{heatmap: {x: a, y: b}}").viewed(elevation: 10, azimuth: 10) == nil)
    }

    struct SpecFailure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
