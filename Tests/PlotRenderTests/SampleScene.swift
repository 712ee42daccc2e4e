import PlotScene

@testable import PlotRender

/// A small hand-built scene touching every node kind.
enum SampleScene {
    static let red = Color(red: 1, green: 0, blue: 0)
    /// The red square's rectangle: its centre pixel must come out red.
    static let redRect = Rect(x: 20, y: 20, width: 60, height: 40)

    static func make() -> Scene {
        let font = Font(size: 12)
        let text = TextRun(
            text: "Learning rate 10⁻³", font: font, color: .black, origin: Point(100, 40),
            rotation: 0, bounds: Rect(x: 100, y: 28, width: 100, height: 15))
        let rotated = TextRun(
            text: "Validation loss", font: Font(size: 10, weight: .bold, slant: .italic),
            color: Color(gray: 0.2), origin: Point(14, 150), rotation: -Double.pi / 2,
            bounds: Rect(x: 4, y: 70, width: 12, height: 80))
        let image = RasterImage(
            width: 2, height: 2,
            pixels: [
                255, 0, 0, 255, 0, 255, 0, 255,
                0, 0, 255, 255, 255, 255, 255, 128
            ])
        let centers = (0..<10).map { Point(30 + Double($0) * 12, 120) }
        let fills = (0..<10).map { Color(red: Double($0) / 9, green: 0.3, blue: 0.6, alpha: 0.8) }
        let polylines = Polylines(
            lines: [
                .init(
                    points: [Point(10, 140), Point(60, 130), Point(110, 150)],
                    color: Color(red: 0.2, green: 0.6, blue: 0.2, alpha: 0.6)),
                .init(
                    points: [Point(10, 150), Point(60, 135), Point(110, 140)],
                    color: Color(red: 0.8, green: 0.3, blue: 0.1, alpha: 0.6))
            ], width: 1.5)
        let nodes: [SceneNode] = [
            .path(Path(rect: redRect), fill: red, stroke: nil),
            .path(
                Path(polyline: [Point(10, 90), Point(80, 70), Point(150, 95)]), fill: nil,
                stroke: Stroke(color: .black, width: 1.5, dash: [4, 2], cap: .round, join: .round)),
            .text(text),
            .text(rotated),
            .image(image, rect: Rect(x: 160, y: 60, width: 40, height: 40)),
            .markers(
                marker: Path(circleAt: Point(0, 0), radius: 3), centers: centers, fills: fills,
                stroke: Stroke(color: .black, width: 0.5)),
            .polylines(polylines),
            .group(
                clip: Rect(x: 100, y: 100, width: 50, height: 30),
                [
                    .path(
                        Path(circleAt: Point(125, 115), radius: 40), fill: Color(red: 0, green: 0.5, blue: 1),
                        stroke: nil)
                ])
        ]
        return Scene(width: 220.5, height: 160, background: .white, nodes: nodes)
    }
}

/// Reads a big-endian UInt32 at `offset`.
func bigEndian32(_ bytes: [UInt8], at offset: Int) -> Int {
    bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
}
