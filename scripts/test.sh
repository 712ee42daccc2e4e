#!/usr/bin/env bash
# Runs the test suite (debug build), then checks the bundled specs and their committed figures.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build
swift test
bin="$(swift build --show-bin-path)/plotspec"
"$bin" validate specs/*.yaml
"$bin" schema | cmp - docs/plotspec.schema.json || { echo "docs/plotspec.schema.json is stale: run plotspec schema > docs/plotspec.schema.json" >&2; exit 1; }
"$bin" render --check specs/*.yaml
if python3 -c 'import pre_commit' 2>/dev/null; then
  bash scripts/test-pre-commit-hooks.sh "$bin"
else
  echo "skipped the pre-commit hook test: pre-commit is not installed (pip install pre-commit)" >&2
fi
