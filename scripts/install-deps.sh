#!/usr/bin/env bash
# Installs the Debian (bookworm) packages Signaali needs to build, run and test.
# Idempotent and quiet when everything is already installed. Extra packages a
# script needs beyond these (the fuzzing toolchain) may be named as arguments.
set -euo pipefail

PACKAGES=(
    cmake ninja-build g++ pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev qt6-svg-dev qt6-speech-dev qt6-declarative-dev qt6-translations-l10n libgl-dev
    libsqlite3-dev libsodium-dev libxlsxwriter-dev zlib1g-dev
    xvfb xdotool imagemagick poppler-utils python3-jsonschema
)

PACKAGES+=("$@")
missing=()
for pkg in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing missing packages: ${missing[*]}"
SUDO=""
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
