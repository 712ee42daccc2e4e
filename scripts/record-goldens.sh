#!/usr/bin/env bash
# Re-records every golden and expected-output file the tests compare against (docs/testing.md), then
# runs those tests again so you see they pass, and lists what changed for review with `git diff`.
set -uo pipefail
cd "$(dirname "$0")/.."
filter='SceneGoldenTests|IRGoldenTests|SpecCaseTests|ValidateCorpusTests|KeyTableDocTests'
swift build --build-tests || exit 1
# A re-record fails its test on purpose (nothing is accepted silently), so this run's status is ignored.
PLOTSPEC_RECORD=1 swift test --skip-build --filter "$filter" >/dev/null 2>&1
swift test --skip-build --filter "$filter" || exit 1
bin="$(swift build --show-bin-path)/plotspec"
"$bin" schema > docs/plotspec.schema.json
git status --short -- Tests docs/plotspec.schema.json
