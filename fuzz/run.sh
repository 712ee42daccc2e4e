#!/usr/bin/env bash
# Builds the libFuzzer target and fuzzes load → decode → evaluate for SECONDS (default 600).
#
#   bash fuzz/run.sh [SECONDS] [extra libFuzzer flags…]
#
# The working corpus and crash files live under .build-fuzz/ (ignored by git); the committed seeds in
# fuzz/seeds/, the bundled specs and the test cases only start it. A crash file replays without
# sanitizers with `swift run PlotSpecFuzz FILE`. See docs/fuzzing.md.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-600}"
shift || true
scratch=.build-fuzz
corpus="$scratch/corpus"
artifacts="$scratch/artifacts/"

# swiftc keeps only the last -sanitize= flag, and SwiftPM passes -sanitize=fuzzer and -sanitize=address
# separately: the result had ASan but no coverage, so libFuzzer fuzzed blind ("no interesting inputs").
# The combined flag at the end of every command restores both.
# Optimised (-c release): ASan on optimised code is 1.5–3× slower than a release build, so the harness's
# slow-input budget (SlowInputOracle.swift) stands for the 1 s promise; unoptimised code was 10–25×
# slower, which no honest budget could cover. Optimised code also runs several times more inputs.
flags=(-c release --sanitize=fuzzer --sanitize=address --product PlotSpecFuzz --scratch-path "$scratch"
       -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING)
swift build "${flags[@]}"
binary="$(swift build "${flags[@]}" --show-bin-path)/PlotSpecFuzz"

# Refuse to fuzz blind: an uninstrumented binary runs happily and finds nothing. (No `grep -q`: it would
# close the pipe early and, with pipefail, nm's SIGPIPE would read as "not found".)
if ! nm "$scratch"/release/PlotSpecFuzz.build/FuzzHarness.swift.o | grep '__sanitizer_cov' > /dev/null; then
    echo "fuzz/run.sh: PlotSpecFuzz is not instrumented for coverage" >&2
    exit 1
fi

mkdir -p "$corpus" "$artifacts"
# libFuzzer reads several corpus folders but only adds new inputs to the first one.
seeds=(fuzz/seeds specs Tests/PlotSpecTests/Cases/valid Tests/PlotSpecTests/Cases/invalid
       Tests/PlotSpecTests/Cases/shared)

# ASan's leak checker would flag libyaml's process-lifetime allocations; leaks are not what we hunt.
# Swift's own crash backtracer fights ASan over the crashing stack, so it is switched off.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"
exec "$binary" "$corpus" "${seeds[@]}" \
    -dict=fuzz/plotspec.dict \
    -max_total_time="$seconds" \
    -timeout=5 \
    -rss_limit_mb=2048 \
    -max_len=65536 \
    -artifact_prefix="$artifacts" \
    -print_final_stats=1 \
    "$@"
