#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The README's two Quick start commands:
#   installer/quickstart.sh run [ARGS...]   install what is missing, build, start the application
#   installer/quickstart.sh test            install what is missing, build, run every test with ctest
#   installer/quickstart.sh build           install what is missing, build (used by .ci/)
#   installer/quickstart.sh deps            install what is missing, nothing else (used by .ci/)
#   installer/quickstart.sh packages        print the Debian packages it needs, one line
# On Debian 12. As root it installs missing Debian packages itself; as another
# user it prints the one sudo line to run first.
#
# The package list below is the only one: the README's sudo line prints it
# with `installer/quickstart.sh packages`. Every package is named: the install
# uses --no-install-recommends, so nothing may rest on a Recommends (Qt Charts'
# CMake files need Qt6OpenGL, which only qt6-base-dev's Recommends brings).
#
# With CI=true in the environment (CI sets it) the build treats warnings as
# errors and a skipped test as a failure; otherwise neither, so that a user or
# packager with a newer compiler still gets a build.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PLANNER_BUILD_DIR:-$here/build}"

# Build: compiler, CMake, Qt 6.4 (Widgets, Charts, SQL + SQLite driver, Linguist, Test).
#        Data exchange: libxlsxwriter (writes XLSX), minizip (reads XLSX; the one libxlsxwriter uses;
#        its unzip.h includes zlib.h, from zlib1g-dev).
# Run:   Chinese fonts (WenQuanYi Micro Hei renders and copies out correctly; Noto CJK as fallback),
#        Qt's own translations.
# Test:  pdfinfo/pdftotext/pdffonts (poppler-utils, report tests), the validators of the
#        desktop entry and the AppStream metainfo (tests/packaging); mount, to mount the
#        small tmpfs of the full-disk test (tests/cli/tst_hostilefiles; not Essential, so a
#        minimal Debian root lacks it).
# Team server: Qt's PostgreSQL driver (libqt6sql6-psql), which --db postgresql://… and the
#        window's "Connect to team server" load; the PostgreSQL 15 server (postgresql), whose
#        initdb and pg_ctl the tests use to start a throwaway cluster in a temporary folder
#        (tests/common/pgcluster.sh; no system service is needed).
packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    libxlsxwriter-dev libminizip-dev zlib1g-dev
    fonts-wqy-microhei fonts-noto-cjk fonts-arphic-gbsn00lp fonts-arphic-gkai00mp poppler-utils
    desktop-file-utils appstream mount
    postgresql libqt6sql6-psql
)

usage() {
    echo "usage: installer/quickstart.sh run [ARGS...] | test | build | deps | packages" >&2
    exit 2
}

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ]; then
        echo "quickstart: installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}"
    else
        echo "quickstart: these Debian packages are missing. Run this once, then this command again:" >&2
        echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
        exit 1
    fi
}

configure_and_build() {
    local strict=OFF
    [ "${CI:-}" = true ] && strict=ON
    local launcher=()
    command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DPLANNER_WARNINGS_AS_ERRORS=$strict -DPLANNER_FAIL_ON_SKIP=$strict "${launcher[@]}" >/dev/null
    cmake --build "$build" --parallel "$(nproc)"
}

[ $# -ge 1 ] || usage
command=$1
shift
case "$command" in
    run)
        install_missing
        configure_and_build
        exec "$build/bin/jilin-planner" "$@"
        ;;
    build)
        install_missing
        configure_and_build
        ;;
    deps)
        install_missing
        ;;
    packages)
        echo "${packages[*]}"
        ;;
    test)
        install_missing
        configure_and_build
        cd "$build"
        exec ctest --output-on-failure --parallel "$(nproc)"
        ;;
    *)
        usage
        ;;
esac
