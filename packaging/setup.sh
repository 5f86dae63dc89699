#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One-command set-up for Debian 12 and Ubuntu 24.04:
#   packaging/setup.sh run    install what is missing (apt), build, open the window
#   packaging/setup.sh test   install what is missing (apt), build, run the whole test suite
# Environment: BARISTA_BUILD_DIR (default build/dev), BARISTA_WERROR=ON (CI), BARISTA_SKIP_APT=1.
set -euo pipefail

mode=${1:-}
case "$mode" in
  run|test) shift ;;
  *) echo "usage: $0 run|test [extra arguments for barista or ctest]" >&2; exit 2 ;;
esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

packages=(
  cmake ninja-build g++ ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite qt6-qpa-plugins libgl-dev libxkbcommon-dev
  libssl-dev libsqlite3-dev libyaml-cpp-dev libssh-dev qtkeychain-qt6-dev fonts-noto-cjk fonts-dejavu-core
  openssh-server qt6-httpserver-dev qt6-websockets-dev
)

if [ "${BARISTA_SKIP_APT:-0}" != 1 ]; then
  missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "setup: installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
fi

build=${BARISTA_BUILD_DIR:-build/dev}
# ccache hits across clones in other folders need both of these.
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
  -DBARISTA_WERROR="${BARISTA_WERROR:-OFF}" -DBARISTA_BUILD_TESTS=ON
cmake --build "$build" -j"$(nproc)"

if [ "$mode" = run ]; then
  exec "$build/app/barista" "$@"
fi

# The official SDKs that referee our provider code (tests/conformance, CTest label
# "conformance"): installed from the lock file where npm is; the tests report SKIP otherwise.
if command -v npm >/dev/null 2>&1; then
  npm ci --prefix tests/conformance --no-audit --no-fund --loglevel=error \
    || echo "warning: npm ci failed; the conformance tests will be skipped" >&2
fi

# Headless, deterministic, and never near the user's real keychain or data folder.
export QT_QPA_PLATFORM=offscreen
runtime=$(mktemp -d)
chmod 700 "$runtime"
export XDG_RUNTIME_DIR="$runtime"
trap 'rm -rf "$runtime"' EXIT
# The "devcloud" label needs a real OpenStack on loopback (../shared/devcloud); .ci/run starts
# one and runs that label on its own, so it is left out here (it would only skip anyway).
ctest --test-dir "$build" --output-on-failure -j"$(nproc)" -LE devcloud "$@"
