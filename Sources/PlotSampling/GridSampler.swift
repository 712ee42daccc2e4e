import PlotScales
import PlotSpec

/// Lays a full grid over the grid's parameters; all other parameters are held at their `heldValue`.
enum GridSampler {
    /// Cell centres of `count` equal cells over the parameter's range, equal in its own scale.
    static func centers(of parameter: Parameter, count: Int) -> [Double] {
        let scale = parameter.continuousScale
        return (0..<count).map { scale.value(atNormalized: (Double($0) + 0.5) / Double(count)) }
    }

    static func sample(_ grid: GridSampling, parameters: [Parameter]) -> (
        columns: [SampleTable.Column], shape: SampleTable.GridShape
    ) {
        let total = grid.cellCount
        var columns = parameters.map { SampleTable.Column.constant($0.heldValue) }
        var centers: [[Double]] = []
        var stride = 1
        for axis in grid.axes {
            let parameter = parameters[axis.parameter]
            let axisCenters = Self.centers(of: parameter, count: axis.count)
            centers.append(axisCenters)
            let snapped = axisCenters.map { parameter.snap($0) }
            var values = [Double](repeating: 0, count: total)
            let axisStride = stride
            // Runs of `axisStride` equal values, cycling through the axis: no division per row.
            values.withUnsafeMutableBufferPointer { buffer in
                var row = 0
                while row < total {
                    for value in snapped {
                        for _ in 0..<axisStride {
                            buffer[row] = value
                            row += 1
                        }
                    }
                }
            }
            columns[axis.parameter] = .varying(values)
            stride *= axis.count
        }
        return (columns, SampleTable.GridShape(axes: grid.axes, centers: centers))
    }
}
