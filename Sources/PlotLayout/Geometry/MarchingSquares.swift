/// Contour lines of a sampled field by marching squares.
///
/// The field is `nx × ny` values at grid points (x fastest); segments come back in grid-index
/// coordinates (0…nx−1, 0…ny−1), joined into polylines where consecutive cells share an endpoint.
enum MarchingSquares {
    struct GridPoint: Hashable {
        var x: Double
        var y: Double
    }

    static func segments(_ field: [Double], nx: Int, ny: Int, level: Double) -> [(GridPoint, GridPoint)] {
        guard nx >= 2, ny >= 2, field.count >= nx * ny else { return [] }
        var out: [(GridPoint, GridPoint)] = []
        func value(_ i: Int, _ j: Int) -> Double { field[j * nx + i] }
        func crossing(_ a: Double, _ b: Double) -> Double {
            let d = b - a
            return d == 0 ? 0.5 : min(max((level - a) / d, 0), 1)
        }
        for j in 0..<(ny - 1) {
            for i in 0..<(nx - 1) {
                let v0 = value(i, j)
                let v1 = value(i + 1, j)
                let v2 = value(i + 1, j + 1)
                let v3 = value(i, j + 1)
                guard v0.isFinite, v1.isFinite, v2.isFinite, v3.isFinite else { continue }
                var code = 0
                if v0 >= level { code |= 1 }
                if v1 >= level { code |= 2 }
                if v2 >= level { code |= 4 }
                if v3 >= level { code |= 8 }
                if code == 0 || code == 15 { continue }
                let x = Double(i)
                let y = Double(j)
                let bottom = GridPoint(x: x + crossing(v0, v1), y: y)
                let right = GridPoint(x: x + 1, y: y + crossing(v1, v2))
                let top = GridPoint(x: x + crossing(v3, v2), y: y + 1)
                let left = GridPoint(x: x, y: y + crossing(v0, v3))
                let center = (v0 + v1 + v2 + v3) / 4
                switch code {
                case 1, 14: out.append((left, bottom))
                case 2, 13: out.append((bottom, right))
                case 3, 12: out.append((left, right))
                case 4, 11: out.append((right, top))
                case 6, 9: out.append((bottom, top))
                case 7, 8: out.append((left, top))
                case 5:
                    // Saddle: the cell's mean decides which corners connect.
                    if center >= level {
                        out.append((left, top))
                        out.append((bottom, right))
                    } else {
                        out.append((left, bottom))
                        out.append((right, top))
                    }
                case 10:
                    if center >= level {
                        out.append((left, bottom))
                        out.append((right, top))
                    } else {
                        out.append((left, top))
                        out.append((bottom, right))
                    }
                default: break
                }
            }
        }
        // A level that hits a grid point exactly yields zero-length segments there; they would make
        // false branch points when joining, and draw nothing.
        return out.filter { abs($0.0.x - $0.1.x) + abs($0.0.y - $0.1.y) > 1e-9 }
    }

    /// Joins segments that share endpoints into polylines (greedy, both directions).
    static func polylines(_ segments: [(GridPoint, GridPoint)]) -> [[GridPoint]] {
        func key(_ p: GridPoint) -> GridPoint {
            GridPoint(x: (p.x * 1e6).rounded() / 1e6, y: (p.y * 1e6).rounded() / 1e6)
        }
        var byEnd: [GridPoint: [Int]] = [:]
        for (index, s) in segments.enumerated() {
            byEnd[key(s.0), default: []].append(index)
            byEnd[key(s.1), default: []].append(index)
        }
        var used = [Bool](repeating: false, count: segments.count)
        var lines: [[GridPoint]] = []
        for start in segments.indices where !used[start] {
            used[start] = true
            var line = [segments[start].0, segments[start].1]
            for forward in [true, false] {
                while true {
                    let end = forward ? line[line.count - 1] : line[0]
                    guard let next = byEnd[key(end)]?.first(where: { !used[$0] }) else { break }
                    used[next] = true
                    let s = segments[next]
                    let other = key(s.0) == key(end) ? s.1 : s.0
                    if forward { line.append(other) } else { line.insert(other, at: 0) }
                }
            }
            lines.append(line)
        }
        return lines
    }
}
