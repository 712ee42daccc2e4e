#!/usr/bin/env bash
# Times whole `plotspec render` processes (release build) for the bundled specs and the large-scale
# benchmark specs, with hyperfine when installed (apt-get install hyperfine), else /usr/bin/time.
# Usage: bash benchmarks/run.sh [spec.yaml ...]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --scratch-path .build-release >/dev/null
bin=.build-release/release/plotspec
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
specs=("$@")
[ ${#specs[@]} -gt 0 ] || specs=(specs/*.yaml benchmarks/specs/*.yaml)
for spec in "${specs[@]}"; do
  [ -e "$spec" ] || continue
  if command -v hyperfine >/dev/null; then
    hyperfine --warmup 1 --runs 5 --style basic -n "$spec" "$bin render --output-dir $out $spec" | grep -E "Time|Range"
  else
    /usr/bin/time -f "$spec: %e s wall, %U s user, %M KiB peak" "$bin" render --output-dir "$out" "$spec" >/dev/null
  fi
  "$bin" render --timings --output-dir "$out" "$spec" 2>&1 >/dev/null | sed 's/^/  phases: /'
done

# The bundled figures in one `render` call: one spec at a time (--jobs 1) against every core (the default).
if [ $# -eq 0 ] && command -v hyperfine >/dev/null; then
  hyperfine -w 2 -r 10 --style basic \
    -n "five figures, --jobs 1" "$bin render --jobs 1 --output-dir $out specs/*.yaml" \
    -n "five figures, default jobs" "$bin render --output-dir $out specs/*.yaml" | grep -E "Benchmark|Time|Range|faster"
fi
