#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian package and tries it as a user would, as root, on a
# machine that never had the build dependencies (.ci/run gives it a fresh
# Debian 12 root):
#   apt-get install --no-install-recommends ./jilin-planner_*.deb (only its
#   Depends line, so nothing rests on a Recommends), then the INSTALLED
#   /usr/bin/jilin-planner: --version, a projection on a new database, the
#   English help, a full-plan PDF report without a display. Only after the
#   program has run are the tools that inspect its output installed
#   (poppler-utils, python3, file, the two validators), so they cannot have
#   supplied anything the program needed. Then the desktop entry, metainfo,
#   icons and copyright are checked, and apt-get remove jilin-planner.
#   .ci/installed-check.sh DEB
# Ends with "installed: N passed, N failed"; exits non-zero when a check failed.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: .ci/installed-check.sh DEB" >&2; exit 2; }
deb=$(realpath "$1")
[ "$(id -u)" -eq 0 ] || { echo "installed-check.sh: run as root (it installs and removes the package)" >&2; exit 2; }
export DEBIAN_FRONTEND=noninteractive

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

version=$(dpkg-deb -f "$deb" Version)
echo "installed: $(basename "$deb"), Depends: $(dpkg-deb -f "$deb" Depends)"
apt-get update -qq
apt-get install -y -qq --no-install-recommends "$deb" >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
mkdir -p "$HOME"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM

# 1. The program, with nothing but its Depends.
check "/usr/bin/jilin-planner is the package's" test "$(dpkg -S /usr/bin/jilin-planner | cut -d: -f1)" = jilin-planner
check "--version prints ${version}" test "$(/usr/bin/jilin-planner --version)" = "jilin-planner ${version}"
db="$work/first-run.sqlite"
scenario=$(/usr/bin/jilin-planner scenarios --db "$db" 2>/dev/null | awk -F'\t' 'NF {print $1; exit}')
check "the new database lists the shipped scenario (${scenario:-none})" test -n "$scenario"
check "a projection on a new database" \
    sh -c '/usr/bin/jilin-planner project --scenario "$1" --json --db "$2" > "$3"' _ "$scenario" "$db" "$work/project.json"
check "the default database under XDG_DATA_HOME (QStandardPaths)" \
    sh -c '/usr/bin/jilin-planner scenarios > /dev/null && test -f "$1/JilinPlanner/jilin-planner/scenarios.sqlite"' _ "$XDG_DATA_HOME"
check "--lang en: the help in English" \
    sh -c '/usr/bin/jilin-planner --lang en --help | grep -q "Decision support for the Beautiful Jilin"'
check "a full-plan report to PDF without a display" \
    /usr/bin/jilin-planner report --scenario "$scenario" --chapter all -o "$work/report.pdf" --db "$db"

# 2. The tools that look at what it made.
apt-get install -y -qq --no-install-recommends poppler-utils python3 file desktop-file-utils appstream >/dev/null
check "the projection: every indicator to 2035" python3 - "$work/project.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
years = d["years"]
assert years[0] <= 2024 and years[-1] == 2035, years
assert len(d["indicators"]) > 0
for ind in d["indicators"]:
    if ind.get("modelled"):
        assert len(ind["p50"]) == len(years), ind["id"]
        assert ind["p50"][-1] is not None, ind["id"]
PY
pages=$(pdfinfo "$work/report.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
echo "installed: the full-plan report has ${pages:-no} pages"
check "the report: more than 20 pages" test "${pages:-0}" -gt 20
check "the report: the CJK font embedded" sh -c 'pdffonts "$1" | grep WenQuanYi | grep -q " yes "' _ "$work/report.pdf"
app_id=invalid.example.JilinPlanner
check "installed desktop entry is valid" desktop-file-validate "/usr/share/applications/$app_id.desktop"
check "installed AppStream metainfo is valid" appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml"
for size in 16 22 24 32 48 64 128 256 512; do
    check "icon ${size}x${size}" sh -c 'file "$1" | grep -q "PNG image data, $2 x $2"' _ \
        "/usr/share/icons/hicolor/${size}x${size}/apps/jilin-planner.png" "$size"
done
check "scalable icon" test -s /usr/share/icons/hicolor/scalable/apps/jilin-planner.svg
check "copyright in Debian form" grep -q "^License: GPL-3+" /usr/share/doc/jilin-planner/copyright

apt-get remove -y -qq jilin-planner >/dev/null
check "removed: /usr/bin/jilin-planner is gone" test ! -e /usr/bin/jilin-planner
check "removed: the user's database is kept" test -f "$db"

echo "installed: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
