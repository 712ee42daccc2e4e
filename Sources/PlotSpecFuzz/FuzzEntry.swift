/// libFuzzer's entry point. In a `--sanitize=fuzzer` build libFuzzer supplies `main` and calls this once
/// per input; in a normal build `main.swift` calls it once per file named on the command line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzHarness.run(bytes)
    return 0
}
