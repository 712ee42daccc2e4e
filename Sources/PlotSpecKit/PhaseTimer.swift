import Foundation

/// Wall-clock laps of the pipeline's phases, for `render --timings`.
public final class PhaseTimer {
    private var last = DispatchTime.now().uptimeNanoseconds
    public private(set) var laps: [(phase: String, seconds: Double)] = []

    public init() {}

    public func lap(_ phase: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        laps.append((phase, Double(now - last) / 1e9))
        last = now
    }

    /// Prints the laps to standard error under `label`.
    public func report(_ label: String) {
        let total = laps.reduce(0) { $0 + $1.seconds }
        let parts = laps.map { String(format: "%@ %.3f", $0.phase, $0.seconds) }.joined(separator: ", ")
        FileHandle.standardError.write(Data(String(format: "%@: %.3f s (%@)\n", label, total, parts).utf8))
    }
}
