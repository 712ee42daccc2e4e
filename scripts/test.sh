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
