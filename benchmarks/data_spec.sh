#!/usr/bin/env bash
# Times `plotspec validate` and `plotspec render` (release build) on a scatter spec that maps the
# 1,000,000-row CSV of benchmarks/make_data.py through `sampling.data` (issue 11, second step). The spec is
# written beside the data, and plotspec runs there, so the file is inside the working directory.
# Usage: bash benchmarks/data_spec.sh [OUTDIR]   (OUTDIR defaults to /tmp/plotspec-data-bench; files are reused)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/plotspec-data-bench}"
[ -e "$out/trials_1m.csv" ] && [ -e "$out/study_100k.db" ] || python3 benchmarks/make_data.py "$out"
swift build -c release --scratch-path .build-release --product plotspec >/dev/null
bin="$PWD/.build-release/release/plotspec"
cat > "$out/scatter_1m_data.yaml" <<'SPEC'
figure: {title: "1,000,000 trials from a CSV", size: [8, 6], dpi: 150, output: scatter_1m_data.png}
parameters:
  learning_rate: {range: [1.0e-5, 0.1], scale: log10}
  batch_size: {range: [16, 256], scale: log2, integer: true}
  dropout: {range: [0, 0.5]}
  optimizer: {values: [adam, sgd, rmsprop]}
sampling: {data: {file: trials_1m.csv, score: score}}
plot: {scatter: {x: learning_rate, y: dropout, marker_size: 1.5, opacity: 0.8, color_range: [0.6, 1]}}
SPEC
cd "$out"
for command in validate render; do
  if command -v hyperfine >/dev/null; then
    hyperfine --warmup 1 --runs 5 --style basic -n "$command" "$bin $command scatter_1m_data.yaml" | grep -E "Time|Range"
  fi
  /usr/bin/time -f "  $command peak memory: %M KiB (wall %e s)" "$bin" "$command" scatter_1m_data.yaml >/dev/null
done
"$bin" render --timings scatter_1m_data.yaml 2>&1 >/dev/null | sed 's/^/  phases: /'
