#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the Debian package from the build in build/ (README "Install"):
# installer/quickstart.sh build, then cpack -G DEB. cpack's DEB generator
# needs dpkg-shlibdeps (dpkg-dev) and file, installed here when missing.
#   .ci/package.sh [OUT_DIR]    copies jilin-planner_*.deb to OUT_DIR too
# .ci/run runs it in the fresh root after the tests and checks the package in
# a second fresh root with .ci/installed-check.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PLANNER_BUILD_DIR:-$here/build}"
export DEBIAN_FRONTEND=noninteractive

tools=(dpkg-dev file)
missing=()
for p in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    [ "$(id -u)" -eq 0 ] || { echo "package.sh: missing ${missing[*]}; run as root" >&2; exit 2; }
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PLANNER_BUILD_DIR="$build" "$here/installer/quickstart.sh" build
(cd "$build" && rm -f jilin-planner_*.deb && cpack -G DEB >/dev/null)
deb=$(ls "$build"/jilin-planner_*.deb)
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"
echo "package: Depends: $(dpkg-deb -f "$deb" Depends)"
if [ $# -ge 1 ]; then
    mkdir -p "$1"
    cp "$deb" "$1/"
fi
