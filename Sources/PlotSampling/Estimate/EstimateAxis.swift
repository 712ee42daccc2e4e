import PlotSpec

/// One axis of an estimate's grid: its cells, equal in the parameter's own scale over its range (as a
/// grid sample's are, so the heatmap raster maps exactly), and where a trial's value falls.
///
/// A categorical parameter has one cell per category (its range is −0.5…n−0.5, so cell i is category i).
/// An integer parameter on a linear scale with no more values than the cells asked for has one cell per
/// value: with n = upper − lower + 1 cells over [lower, upper], value lower + k falls in cell k.
struct EstimateAxis {
    let parameter: Parameter
    let count: Int

    init(parameter: Parameter, requested: Int) {
        self.parameter = parameter
        if let categories = parameter.categories {
            count = categories.count
        } else if parameter.integer, !parameter.scale.isLogarithmic, parameter.values == nil,
            parameter.upper - parameter.lower + 1 <= Double(requested)
        {
            count = Int(parameter.upper - parameter.lower) + 1
        } else {
            count = requested
        }
    }

    /// Cell-centre values in data space (before integer snapping), like `GridShape.centers`.
    var centers: [Double] { GridSampler.centers(of: parameter, count: count) }

    /// The cell `value` falls in; values outside the range fall in the nearest end cell.
    func cell(of value: Double) -> Int {
        let t = parameter.continuousScale.normalize(value)
        guard t.isFinite else { return 0 }
        return Swift.min(count - 1, Swift.max(0, Int((t * Double(count)).rounded(.down))))
    }

    /// How the Gaussian process compares this coordinate.
    var dimension: GaussianProcess.Dimension { parameter.isCategorical ? .categorical : .continuous }

    /// A trial's coordinate for the Gaussian process: the unit-box position in the parameter's own scale,
    /// or the category index.
    func coordinate(of value: Double) -> Double {
        parameter.isCategorical ? parameter.snap(value) : parameter.continuousScale.normalize(value)
    }

    /// The coordinate of cell `index`'s centre.
    func cellCoordinate(_ index: Int) -> Double {
        parameter.isCategorical ? Double(index) : (Double(index) + 0.5) / Double(count)
    }
}
