import PlotDiagnostics
import PlotLayout
import PlotSampling
import PlotScene
import PlotSpec
import PlotSpecKit

/// The JSON served beside a figure so the page can read values off it without plotting logic: the
/// sample rows (as `plotspec data` prints them) and where each plot frame put them, in image pixels.
///
/// ```
/// {"parameters": ["lr", "batch"],
///  "panels": [{"name": null, "rows": [[0.001, "adam", 0.82, 0.8], …]}],
///  "frames": [{"kind": "heatmap", "panel": 0, "rect": [x, y, w, h],
///              "x": {"parameter": 0, "scale": "log", "domain": [1e-5, 1]}, "y": {…},
///              "columns": 40, "rows": 30, "cells": [row, …]}            // heatmap: x fastest, bottom first
///            | {"kind": "heatmap", …, "columns": 24, "rows": 20,        // drawn from an estimate: no rows,
///               "estimate": {"method": "binned", "xs": […], "ys": […],  //   per cell (x fastest) its centre,
///                            "mean": […], "std": null, "count": […]}}   //   estimate (null: missing), trials
///            | {"kind": "scatter", …, "points": [[px, py], …]}        // scatter: one point per row
///            | {"kind": "slice", …, "x": {…}, "points": [[px, py], …],   // trial markers (rows), or []
///               "curves": [{"held": 0.001 | "adam" | null, "points": [px, py, …],
///                           "xs": […], "values": […], "sigma": […]}], "series": 2 | null, "shown": "score"}
///            | {"kind": "bars", …, "bars": [{"band": [x, y, w, h],       // importance, top to bottom
///                                     "parameter": 0 | null, "share": 0.83, "variance": …}],
///               "total": …, "estimatedFrom": 270 | null}                  // null: exact
///            | {"kind": "parallel", "panel": 0, "rect": […], "slots": [px, …],
///               "lines": [[py, …], …]}                            // one y per axis per row
///            | {"kind": "surface", …, "columns": 40, "rows": 40, "cells": [row, …],  // per grid point
///               "vertices": [px, py, px, py, …],                    // each grid point's pixel, as cells
///               "quads": [q, …]}],                                   // painting order, far first
///                                                                    // (from an estimate: "estimate" for "cells")
///  "camera": {"elevation": 32, "azimuth": 135}}                    // a surface only: its spec's view
/// ```
///
/// A row holds each parameter's value (a categorical parameter's category name, as `data` prints it),
/// then `score` and `true_score`. Numbers use `DataExport.number`, so a value reads exactly as in
/// `plotspec data`.
///
/// A surface quad `q` has corners at grid points (i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1) with
/// `i = q % (columns - 1)`, `j = q / (columns - 1)`. The page reads the last quad in `quads` whose
/// polygon holds the pointer (it was painted over every earlier one, so it is the one seen there; a
/// hidden quad is never read) and shows that quad's corner nearest the pointer. Serving the projected
/// points rather than the quads' polygons keeps the 40 × 40 surface's frame at ≈ 36 kB (of 140 kB with the rows).
enum HoverJSON {
    /// What a render keeps to write the JSON when a page first asks for it: building the text takes
    /// milliseconds for a large grid, which would otherwise delay every new figure.
    struct Source: Sendable {
        let spec: FigureSpec
        let table: SampleTable
        let frames: [FrameMap]

        var document: String { HoverJSON.document(spec: spec, table: table, frames: frames) }
    }

    static func document(spec: FigureSpec, table: SampleTable, frames: [FrameMap]) -> String {
        let scale = spec.figure.dpi / 72
        let panels = DataExport.panels(table, spec: spec)
        var out = "{\"parameters\":[" + spec.parameters.map { JSONText.quote($0.name) }.joined(separator: ",") + "]"
        out += ",\"panels\":[" + panels.map(panel).joined(separator: ",") + "]"
        out += ",\"frames\":["
        out += frames.map { map in
            let panel = panels.indices.contains(map.panel) ? panels[map.panel] : panels[0]
            return frame(map, scale: scale, panel: panel)
        }.joined(separator: ",")
        out += "]"
        // A surface can be turned in the page (`/figures/ID/view`); it starts from the spec's camera.
        if spec.viewed(elevation: 0, azimuth: 0) != nil, case .surface(let surface) = spec.plot {
            out += ",\"camera\":{\"elevation\":\(number(surface.elevation)),\"azimuth\":\(number(surface.azimuth))}"
        }
        out += "}"
        return out
    }

    private static func panel(_ panel: DataExport.Panel) -> String {
        let table = panel.table
        var rows: [String] = []
        rows.reserveCapacity(table.count)
        for row in 0..<table.count {
            var cells = panel.spec.parameters.enumerated().map { index, parameter in
                let value = table.columns[index][row]
                return parameter.categoryName(of: value).map(JSONText.quote) ?? number(value)
            }
            cells += [number(table.score[row]), number(table.trueScore[row])]
            rows.append("[" + cells.joined(separator: ",") + "]")
        }
        let name = panel.name.map(JSONText.quote) ?? "null"
        return "{\"name\":\(name),\"rows\":[" + rows.joined(separator: ",") + "]}"
    }

    private static func frame(
        _ frame: FrameMap, scale: Double, panel: DataExport.Panel
    ) -> String {
        let r = frame.rect
        var out = "{\"kind\":\"\(frame.kind.rawValue)\",\"panel\":\(frame.panel)"
        out +=
            ",\"rect\":[" + [r.minX, r.minY, r.width, r.height].map { pixels($0 * scale) }.joined(separator: ",") + "]"
        if let x = frame.x { out += ",\"x\":" + axis(x) }
        if let y = frame.y { out += ",\"y\":" + axis(y) }
        switch frame.kind {
        case .heatmap:
            out += frame.estimated ? estimate(frame, panel: panel) : gridRows(frame)
        case .scatter:
            out += ",\"points\":["
            out += frame.points.map { "[" + pixels($0.x * scale) + "," + pixels($0.y * scale) + "]" }
                .joined(separator: ",")
            out += "]"
        case .slice:
            out += sliceCurves(frame, scale: scale, panel: panel)
        case .bars:
            out += importanceBars(frame, scale: scale, panel: panel)
        case .parallel:
            out += ",\"slots\":[" + frame.slots.map { pixels($0 * scale) }.joined(separator: ",") + "],\"lines\":["
            out += frame.lines.map { "[" + $0.map { pixels($0 * scale) }.joined(separator: ",") + "]" }
                .joined(separator: ",")
            out += "]"
        case .surface:
            out += frame.estimated ? estimate(frame, panel: panel) : gridRows(frame)
            out += ",\"vertices\":["
            out += frame.vertices.map { pixels($0.x * scale) + "," + pixels($0.y * scale) }.joined(separator: ",")
            out += "],\"quads\":[" + frame.quads.map(String.init).joined(separator: ",") + "]"
        }
        return out + "}"
    }

    /// A grid's size and the row at each of its cells (heatmap) or points (surface).
    private static func gridRows(_ frame: FrameMap) -> String {
        ",\"columns\":\(frame.columns),\"rows\":\(frame.rows),\"cells\":["
            + frame.cellRows.map(String.init).joined(separator: ",") + "]"
    }

    /// An estimated grid's size and, per cell (heatmap) or grid point (surface), what the page shows: the
    /// centre's values along x and y (category names, and integers snapped, as a sample row would hold
    /// them), the estimated score (null where the estimate is missing), the Gaussian process's posterior
    /// standard deviation (null for a binned mean) and the number of trials in the cell. The centres are
    /// snapped to values the parameter can take, so a copied point is ready for an annotation's `at:`.
    private static func estimate(
        _ frame: FrameMap, panel: DataExport.Panel
    ) -> String {
        guard let estimate = panel.table.estimate, let x = frame.x, let y = frame.y,
            panel.spec.parameters.indices.contains(x.parameter), panel.spec.parameters.indices.contains(y.parameter)
        else { return ",\"columns\":0,\"rows\":0,\"cells\":[]" }
        func values(_ centers: [Double], _ parameter: Parameter) -> String {
            let shown = EstimateExport.centers(centers, of: parameter).map { cell in
                switch cell {
                case .number(let value): number(value)
                case .text(let name): JSONText.quote(name)
                }
            }
            return "[" + shown.joined(separator: ",") + "]"
        }
        var out = ",\"columns\":\(frame.columns),\"rows\":\(frame.rows)"
        out += ",\"estimate\":{\"method\":\"\(estimate.method.rawValue)\""
        out += ",\"xs\":" + values(estimate.xCenters, panel.spec.parameters[x.parameter])
        out += ",\"ys\":" + values(estimate.yCenters, panel.spec.parameters[y.parameter])
        out += ",\"mean\":[" + estimate.mean.map(number).joined(separator: ",") + "]"
        out += ",\"std\":" + (estimate.std.map { "[" + $0.map(number).joined(separator: ",") + "]" } ?? "null")
        out += ",\"count\":[" + estimate.count.map(String.init).joined(separator: ",") + "]}"
        return out
    }

    /// A slice's trial markers (a sample row each) and curves: each curve's held value of the series
    /// parameter (a category's name; null without a series), its points' pixels, x values, shown values
    /// and the noise's standard deviation there; `series` is the held parameter and `shown` names the value.
    private static func sliceCurves(
        _ frame: FrameMap, scale: Double, panel: DataExport.Panel
    ) -> String {
        var out = ",\"points\":["
        out += frame.points.map { "[" + pixels($0.x * scale) + "," + pixels($0.y * scale) + "]" }.joined(separator: ",")
        out += "]"
        guard case .slice(let plot) = panel.spec.plot, let curves = panel.table.slice?.curves,
            curves.count == frame.curves.count
        else { return out + ",\"curves\":[],\"series\":null,\"shown\":\"score\"" }
        let series = plot.series.map { panel.spec.parameters[$0.parameter] }
        out += ",\"curves\":["
        out += zip(curves, frame.curves).map { curve, points in
            let held = curve.heldValue.map { value in
                series?.categoryName(of: value).map(JSONText.quote) ?? number(value)
            }
            return "{\"held\":" + (held ?? "null") + ",\"points\":["
                + points.map { pixels($0.x * scale) + "," + pixels($0.y * scale) }.joined(separator: ",")
                + "],\"xs\":[" + curve.x.map(number).joined(separator: ",")
                + "],\"values\":[" + curve.value.map(number).joined(separator: ",")
                + "],\"sigma\":[" + curve.sigma.map(number).joined(separator: ",") + "]}"
        }.joined(separator: ",")
        out += "],\"series\":" + (plot.series.map { String($0.parameter) } ?? "null")
        return out + ",\"shown\":\"\(plot.shown.rawValue)\""
    }

    /// Importance bars, top to bottom: each bar's row in pixels, its label (a parameter's name and index,
    /// or null for the interactions), its share and variance, and the total variance decomposed.
    private static func importanceBars(
        _ frame: FrameMap, scale: Double, panel: DataExport.Panel
    ) -> String {
        guard let importance = panel.table.importance, importance.ranked.count + 1 == frame.bands.count else {
            return ",\"bars\":[]"
        }
        let entries: [(parameter: Int?, share: Double, variance: Double)] =
            importance.ranked.map { ($0.parameter, $0.share, $0.variance) }
            + [(nil, importance.interactionShare, importance.interactionVariance)]
        let bars = zip(entries, frame.bands).map { entry, band in
            "{\"band\":["
                + [band.minX, band.minY, band.width, band.height].map { pixels($0 * scale) }
                .joined(separator: ",") + "],\"parameter\":" + (entry.parameter.map(String.init) ?? "null")
                + ",\"share\":" + number(entry.share) + ",\"variance\":" + number(entry.variance) + "}"
        }
        var out = ",\"bars\":[" + bars.joined(separator: ",") + "],\"total\":" + number(importance.totalVariance)
        out += ",\"estimatedFrom\":" + (importance.estimatedFrom.map(String.init) ?? "null")
        return out
    }

    private static func axis(_ axis: FrameMap.Axis) -> String {
        "{\"parameter\":\(axis.parameter),\"scale\":\"\(axis.scale.kind.rawValue)\",\"domain\":["
            + number(axis.scale.lower) + "," + number(axis.scale.upper) + "]}"
    }

    /// JSON has no NaN or infinity: a score that is not finite (never in a rendered table) becomes null.
    private static func number(_ value: Double) -> String {
        value.isFinite ? DataExport.number(value) : "null"
    }

    /// Pixel positions to a hundredth of a pixel: finer than any pointer, and short.
    private static func pixels(_ value: Double) -> String {
        number((value * 100).rounded() / 100)
    }
}
