import Dispatch

/// Treats an input that takes too long to load, decode and evaluate as a finding, like a crash.
///
/// The promise is "no spec under the documented limits takes more than a second to validate" with a
/// release build. The fuzzing build is unoptimised and runs under AddressSanitizer, which makes this
/// work about 3× slower (measured on the bundled specs, see docs/fuzzing.md), so the budget here is
/// 3 s of wall time; the plain replay build (`swift run PlotSpecFuzz FILE`, debug, no sanitizer) uses
/// the same budget. libFuzzer's own `-timeout` (5 s) still catches hangs this does not see.
enum SlowInputOracle {
    static let budgetSeconds = 3.0

    /// Runs `body` and traps when it took longer than the budget.
    static func timed(_ body: () -> Void) {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if seconds > budgetSeconds {
            preconditionFailure("slow input: load + decode + evaluate took \(seconds) s, more than the "
                                + "\(budgetSeconds) s budget (1 s in a release build; see docs/fuzzing.md)")
        }
    }
}
