#!/usr/bin/env bash
# Checks .pre-commit-hooks.yaml with the pre-commit tool itself: the manifest is valid, and in a scratch
# git repository plotspec-render-check passes an up-to-date figure and plotspec-validate passes a good
# spec and fails a bad one.
# Usage: bash scripts/test-pre-commit-hooks.sh PLOTSPEC_BINARY (no network: the hooks are language: system).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
bin_dir=$(cd "$(dirname "$1")" && pwd)
python3 -m pre_commit validate-manifest .pre-commit-hooks.yaml

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export PRE_COMMIT_HOME="$scratch/cache" PATH="$bin_dir:$PATH"
mkdir "$scratch/work"
cd "$scratch/work"
git init -q
cat > good.yaml <<'SPEC'
figure: {output: good.png, size: [3, 2], dpi: 40}
parameters:
  x: {range: [0, 1]}
  y: {range: [0, 1]}
sampling: {grid: {x: 20, y: 20}}
score: {terms: [{expr: "x + y"}]}
plot: {heatmap: {x: x, y: y}}
SPEC
sed 's/x + y/x + z/' good.yaml > bad.yaml
git add good.yaml bad.yaml

try_hook() { python3 -m pre_commit try-repo "$repo" "$@" >"$scratch/log" 2>&1; }
plotspec render good.yaml >/dev/null
try_hook plotspec-render-check --files good.yaml \
  || { cat "$scratch/log"; echo "plotspec-render-check hook failed on an up-to-date figure" >&2; exit 1; }
try_hook plotspec-validate --files good.yaml \
  || { cat "$scratch/log"; echo "plotspec-validate hook failed on a good spec" >&2; exit 1; }
if try_hook plotspec-validate --files good.yaml bad.yaml; then
  cat "$scratch/log"; echo "plotspec-validate hook passed a bad spec" >&2; exit 1
fi
grep -q "bad.yaml:6:.*unknown variable 'z'" "$scratch/log" \
  || { cat "$scratch/log"; echo "plotspec-validate hook did not report the bad spec's error" >&2; exit 1; }
echo "pre-commit hooks: manifest valid; plotspec-render-check passes an up-to-date figure;" \
  "plotspec-validate passes good.yaml and fails bad.yaml"
