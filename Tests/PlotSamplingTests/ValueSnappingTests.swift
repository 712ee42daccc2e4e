import PlotSpec
import Testing

/// `values:` snap to the nearest listed value in the parameter's own scale.
@Suite struct ValueSnappingTests {
    func parameter(_ scale: String) throws -> Parameter {
        let spec = try decodeSpec(
            """
            figure: {output: out.png}
            parameters:
              x: {values: [2, 4, 1024], scale: \(scale)}
              y: {range: [0, 1]}
            sampling: {grid: {x: 10, y: 10}}
            score: {terms: [{expr: "0"}]}
            plot: {heatmap: {x: x, y: y}}
            """)
        return spec.parameters[0]
    }

    @Test func logScalesSnapByRatio() throws {
        let p = try parameter("log2")
        #expect(p.snap(2.9) == 4, "2.9 is nearer 4 than 2 in octaves (the log midpoint is 2.83)")
        #expect(p.snap(2.7) == 2)
        #expect(p.snap(100) == 1024, "100 is 4.6 octaves above 4 but 3.4 below 1024")
    }

    @Test func linearScalesSnapByDifference() throws {
        let p = try parameter("linear")
        #expect(p.snap(2.9) == 2)
        #expect(p.snap(100) == 4)
    }
}
