#!/usr/bin/env bash
# Installs the system packages plotspec needs (Debian/Ubuntu), builds it, and renders the bundled specs
# into figures/. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# librsvg2-bin (rsvg-convert) lets the tests compare our SVG, rasterised, with our PNG. Text goes through
# Pango (libpango1.0-dev); fonts-noto-core and fonts-noto-cjk draw what DejaVu Sans lacks (CJK with real
# bold weights, Arabic, Hebrew, symbols). poppler-utils (pdftotext) lets a test read PDF text. libsqlite3-dev:
# PlotData reads Optuna studies through the system SQLite.
packages=(libcairo2-dev libyaml-dev zlib1g-dev pkg-config fonts-dejavu-core fonts-dejavu-extra librsvg2-bin
          libpango1.0-dev fonts-noto-core fonts-noto-cjk poppler-utils libsqlite3-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

swift build -c "${PLOTSPEC_BUILD_CONFIGURATION:-release}"
bin="$(swift build -c "${PLOTSPEC_BUILD_CONFIGURATION:-release}" --show-bin-path)/plotspec"
"$bin" render specs/*.yaml
