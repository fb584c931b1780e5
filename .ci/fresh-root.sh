#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a command in a brand-new minimal Debian 12 (bookworm) root, as a
# newcomer's freshly installed machine would be: nothing but apt (mmdebstrap's
# "apt" variant: the Essential packages and apt), a clean clone of this
# repository's HEAD at /src, and nothing beside it. Every package the command
# needs must be installed by the project's own scripts.
#
#   .ci/fresh-root.sh [--in FILE]... [--out DIR] -- COMMAND [ARGS...]
#
#   --in FILE   copy FILE into the root's /in/ before the command runs
#   --out DIR   after the command, copy what it left in the root's /out/ to DIR
#
# The command runs as root in /src with a clean environment (HOME, PATH,
# LANG=C.UTF-8, and CI when it is set here). Needs root and mmdebstrap; it uses
# this machine's apt sources. Exits with the command's status.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ins=()
out=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    case "$1" in
        --in) ins+=("$(realpath "$2")"); shift 2 ;;
        --out) out=$2; shift 2 ;;
        *) echo "usage: .ci/fresh-root.sh [--in FILE]... [--out DIR] -- COMMAND [ARGS...]" >&2; exit 2 ;;
    esac
done
[ "${1:-}" = "--" ] && shift
[ $# -ge 1 ] || { echo "usage: .ci/fresh-root.sh [--in FILE]... [--out DIR] -- COMMAND [ARGS...]" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "fresh-root: needs root" >&2; exit 2; }
if ! command -v mmdebstrap >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends mmdebstrap >/dev/null \
        || { echo "fresh-root: cannot install mmdebstrap" >&2; exit 3; }
fi
sources=/etc/apt/sources.list.d/debian.sources
[ -f "$sources" ] || sources=/etc/apt/sources.list

root=$(mktemp -d /tmp/jilin-fresh-root.XXXXXX)
mounted=()
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null; done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT

t0=$SECONDS
mmdebstrap --quiet --variant=apt --mode=root bookworm "$root" "$sources" >/dev/null 2>"$root.log" \
    || { cat "$root.log" >&2; rm -f "$root.log"; echo "fresh-root: mmdebstrap failed" >&2; exit 3; }
rm -f "$root.log"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null
git clone --quiet --no-hardlinks "$here" "$root/src" \
    && git -C "$root/src" checkout --quiet --detach "$(git -C "$here" rev-parse HEAD)" \
    || { echo "fresh-root: cannot clone $here" >&2; exit 3; }
mkdir -p "$root/in" "$root/out"
for f in "${ins[@]}"; do cp -- "$f" "$root/in/"; done
for m in proc sys dev dev/pts; do
    mount --bind "/$m" "$root/$m" && mounted+=("$root/$m")
done
echo "fresh-root: Debian 12 root made in $((SECONDS - t0)) s; running: $*"

env_vars=(HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 TERM=dumb)
[ -n "${CI:-}" ] && env_vars+=("CI=$CI")
chroot "$root" /usr/bin/env -i "${env_vars[@]}" bash -c 'cd /src && exec "$@"' fresh-root "$@"
status=$?
if [ -n "$out" ]; then
    mkdir -p "$out"
    cp -a "$root/out/." "$out/"
fi
exit "$status"
