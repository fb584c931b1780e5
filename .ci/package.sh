#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the Debian package and tries it as a user would, on this Debian 12
# machine, as root (README "Install"):
#   build (reusing build/), cpack -G DEB, apt-get install ./build/jilin-planner_*.deb,
#   run the INSTALLED /usr/bin/jilin-planner (--version, a projection on a new
#   database), validate the installed desktop entry and metainfo, check the
#   icons and the copyright file, then apt-get remove jilin-planner.
# Ends with "package: N passed, N failed"; exits non-zero when a check failed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PLANNER_BUILD_DIR:-$here/build}"
export DEBIAN_FRONTEND=noninteractive

if [ "$(id -u)" -ne 0 ]; then
    echo "package.sh: run as root (it installs and removes the package)" >&2
    exit 2
fi

# cpack's DEB generator needs dpkg-shlibdeps (dpkg-dev) and file; the checks
# need the two validators.
tools=(dpkg-dev file desktop-file-utils appstream)
missing=()
for p in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

PLANNER_BUILD_DIR="$build" "$here/installer/quickstart.sh" build
(cd "$build" && rm -f jilin-planner_*.deb && cpack -G DEB)
deb=$(ls "$build"/jilin-planner_*.deb)
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")

passed=0
failed=0
check() {  # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@"; then
        echo "ok   $what"
        passed=$((passed + 1))
    else
        echo "FAIL $what"
        failed=$((failed + 1))
    fi
}

echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"
echo "package: Depends: $(dpkg-deb -f "$deb" Depends)"

if ! apt-get install -y -qq "$deb"; then
    apt-get update -qq
    apt-get install -y -qq "$deb"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
mkdir -p "$HOME"

check "/usr/bin/jilin-planner is the package's" test "$(dpkg -S /usr/bin/jilin-planner | cut -d: -f1)" = jilin-planner
check "--version prints $version" test "$(/usr/bin/jilin-planner --version)" = "jilin-planner $version"

db="$work/first-run.sqlite"
check "a projection on a new database" \
    sh -c '/usr/bin/jilin-planner project --scenario 基准情景 --json --db "$1" > "$2"' _ "$db" "$work/project.json"
check "the projection: the seeded baseline scenario, every indicator to 2035" python3 - "$work/project.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
years = d["years"]
assert d["scenario"] == "基准情景", d["scenario"]
assert years[0] <= 2024 and years[-1] == 2035, years
assert len(d["indicators"]) > 0
for ind in d["indicators"]:
    if ind.get("modelled"):
        assert len(ind["p50"]) == len(years), ind["id"]
        assert ind["p50"][-1] is not None, ind["id"]
PY
check "the default database under XDG_DATA_HOME (QStandardPaths)" \
    sh -c '/usr/bin/jilin-planner scenarios > /dev/null && test -f "$1/JilinPlanner/jilin-planner/scenarios.sqlite"' _ "$XDG_DATA_HOME"
check "--lang en: the help in English" \
    sh -c '/usr/bin/jilin-planner --lang en --help | grep -q "Decision support for the Beautiful Jilin"'

app_id=invalid.example.JilinPlanner
check "a full-plan report to PDF without a display" \
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
    /usr/bin/jilin-planner report --scenario 基准情景 --chapter all -o "$work/report.pdf" --db "$db"
check "the report: many pages, CJK fonts embedded" sh -c \
    'test "$(pdfinfo "$1" | sed -n "s/^Pages: *//p")" -gt 20 && pdffonts "$1" | grep WenQuanYi | grep -q " yes "' _ "$work/report.pdf"
check "installed desktop entry is valid" desktop-file-validate "/usr/share/applications/$app_id.desktop"
check "installed AppStream metainfo is valid" appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml"
for size in 16 22 24 32 48 64 128 256 512; do
    check "icon ${size}x${size}" sh -c 'file "$1" | grep -q "PNG image data, $2 x $2"' _ \
        "/usr/share/icons/hicolor/${size}x${size}/apps/jilin-planner.png" "$size"
done
check "scalable icon" test -s /usr/share/icons/hicolor/scalable/apps/jilin-planner.svg
check "copyright in Debian form" grep -q "^License: GPL-3+" /usr/share/doc/jilin-planner/copyright
for dep in libqt6sql6-sqlite qt6-translations-l10n fonts-wqy-microhei fonts-noto-cjk; do
    check "dependency $dep installed" sh -c 'dpkg-query -W -f="\${Status}" "$1" | grep -q "install ok installed"' _ "$dep"
done

apt-get remove -y -qq jilin-planner
check "removed: /usr/bin/jilin-planner is gone" test ! -e /usr/bin/jilin-planner
check "removed: the user's database is kept" test -f "$db"

echo "package: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
