#!/usr/bin/env bash
# Times PlotData's readers on large inputs (issue 11): a 1,000,000-row CSV and a 100,000-trial Optuna study,
# made by benchmarks/make_data.py, loaded by the plotspec-data-bench executable (release build, its own
# scratch path). Whole-process wall time with hyperfine when installed, peak memory with /usr/bin/time.
# Usage: bash benchmarks/data.sh [OUTDIR]   (OUTDIR defaults to /tmp/plotspec-data-bench; files are reused)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/plotspec-data-bench}"
[ -e "$out/trials_1m.csv" ] && [ -e "$out/study_100k.db" ] || python3 benchmarks/make_data.py "$out"
swift build -c release --scratch-path .build-release --product plotspec-data-bench >/dev/null
bin=.build-release/release/plotspec-data-bench
jobs=("csv $out/trials_1m.csv" "optuna $out/study_100k.db bench")
for job in "${jobs[@]}"; do
  # shellcheck disable=SC2086
  "$bin" $job | head -1
  if command -v hyperfine >/dev/null; then
    hyperfine --warmup 1 --runs 5 --style basic -n "$job" "$bin $job" | grep -E "Time|Range"
  fi
  # shellcheck disable=SC2086
  /usr/bin/time -f "  peak memory: %M KiB (wall %e s)" "$bin" $job >/dev/null
done
