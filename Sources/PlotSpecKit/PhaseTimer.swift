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
        FileHandle.standardError.write(Data(summary(label).utf8))
    }

    /// The laps as one line under `label`, for callers that print results in their own order (a parallel
    /// `render` reports each spec's timings with the rest of its output).
    public func summary(_ label: String) -> String {
        let total = laps.reduce(0) { $0 + $1.seconds }
        let parts = laps.map { String(format: "%@ %.3f", $0.phase, $0.seconds) }.joined(separator: ", ")
        return String(format: "%@: %.3f s (%@)\n", label, total, parts)
    }
}
