import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Treats an input that takes too long to load, decode and evaluate as a finding, like a crash.
///
/// The promise is "no spec under the documented limits takes more than a second to validate" with a
/// release build. The fuzzing build is unoptimised and runs under AddressSanitizer, which makes this
/// work several times slower (measured in docs/fuzzing.md), so the budget here is 3 s; the plain
/// replay build (`swift run PlotSpecFuzz FILE`, debug, no sanitizer) uses the same budget.
///
/// Both the wall time and the process's CPU time must exceed the budget: on a shared machine the wall
/// time also measures the neighbours (a load of 7 on 2 cores stretches it 3–4×), while CPU time only
/// counts work done for this input (evaluation threads included), so a real blow-up still trips it.
/// libFuzzer's own `-timeout` (5 s of wall time) still catches hangs.
enum SlowInputOracle {
    static let budgetSeconds = 3.0

    /// Runs `body` and traps when it took longer than the budget.
    static func timed(_ body: () -> Void) {
        let wallStart = DispatchTime.now().uptimeNanoseconds
        let cpuStart = processCPUSeconds()
        body()
        let wall = Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9
        let cpu = processCPUSeconds() - cpuStart
        if min(wall, cpu) > budgetSeconds {
            preconditionFailure("slow input: load + decode + evaluate took \(wall) s (\(cpu) s of CPU), more "
                                + "than the \(budgetSeconds) s budget (1 s in a release build; see docs/fuzzing.md)")
        }
    }

    static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
