#!/usr/bin/env bash
# Checks formatting, runs the test suite (debug build), then checks the bundled specs and their committed figures.
set -euo pipefail
cd "$(dirname "$0")/.."
# Formatting first: it needs no build and fails in seconds (configuration in .swift-format).
swift format lint --strict --recursive Sources Tests Package.swift
swift build
swift test
bin="$(swift build --show-bin-path)/plotspec"
# End-to-end: `plotspec preview` in headless Chromium (chromium, chromium-driver, selenium; about 3 s).
python3 Tests/browser/test_preview.py "$bin"
"$bin" validate specs/*.yaml specs/examples/*.yaml
"$bin" schema | cmp - docs/plotspec.schema.json || { echo "docs/plotspec.schema.json is stale: run plotspec schema > docs/plotspec.schema.json" >&2; exit 1; }
"$bin" render --check specs/*.yaml specs/examples/*.yaml
if python3 -c 'import pre_commit' 2>/dev/null; then
  bash scripts/test-pre-commit-hooks.sh "$bin"
else
  echo "skipped the pre-commit hook test: pre-commit is not installed (pip install pre-commit)" >&2
fi
