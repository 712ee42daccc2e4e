import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Treats an input that takes too long to load, decode and evaluate as a finding, like a crash.
///
/// The promise is "no spec under the documented limits takes more than a second to validate" with a
/// release build, so the budget is 1 s scaled by how much slower this build is (measured on the
/// bundled specs and the blow-up seeds, see docs/fuzzing.md): the fuzzing build (`fuzz/run.sh`:
/// optimised, AddressSanitizer) is 1.5–3× slower, so 3 s; an unoptimised replay (`swift run
/// PlotSpecFuzz FILE`) is 10–25× slower, so 20 s; an optimised replay (`swift run -c release …`) 1 s.
///
/// Both the wall time and the process's CPU time must exceed the budget: on a shared machine the wall
/// time also measures the neighbours (a load of 7 on 2 cores stretches it 3–4×), while CPU time only
/// counts work done for this input (evaluation threads included), so a real blow-up still trips it.
/// libFuzzer's own `-timeout` (5 s of wall time) still catches hangs.
enum SlowInputOracle {
    #if FUZZING
        static let budgetSeconds = 3.0
    #elseif DEBUG
        static let budgetSeconds = 20.0
    #else
        static let budgetSeconds = 1.0
    #endif

    /// Runs `body` and traps when it took longer than the budget.
    static func timed(_ body: () -> Void) {
        let wallStart = DispatchTime.now().uptimeNanoseconds
        let cpuStart = processCPUSeconds()
        body()
        let wall = Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9
        let cpu = processCPUSeconds() - cpuStart
        if min(wall, cpu) > budgetSeconds {
            preconditionFailure(
                "slow input: load + decode + evaluate took \(wall) s (\(cpu) s of CPU), more "
                    + "than the \(budgetSeconds) s budget (1 s in a release build; see docs/fuzzing.md)")
        }
    }

    static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
