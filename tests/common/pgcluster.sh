#!/bin/sh
# SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A throwaway PostgreSQL cluster for the tests: pgcluster.sh start|stop DIR
#
# start: initdb (trust authentication, UTF8, locale C) in DIR/data and a
# server listening only on a Unix socket in DIR (no TCP port, no system
# service). The connection URL is written to DIR/url:
#   postgresql://postgres@/postgres?host=DIR
# Tests take it from PLANNER_TEST_PG_URL and create their own databases.
# stop: stops the server and removes DIR.
#
# initdb refuses to run as root: as root the cluster belongs to the
# unprivileged "postgres" account Debian's postgresql package creates.
set -eu

action=${1:-}
dir=${2:-}
if [ -z "$action" ] || [ -z "$dir" ]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi

bindir=${PLANNER_PG_BINDIR:-}
if [ -z "$bindir" ]; then
    for candidate in /usr/lib/postgresql/*/bin; do
        [ -x "$candidate/initdb" ] && bindir=$candidate
    done
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/pg_ctl" ]; then
    echo "pgcluster: PostgreSQL server binaries not found (install the postgresql package)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    if [ -f "$dir/data/postmaster.pid" ]; then
        # A cluster left behind by an interrupted run: stop it first.
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
        chown postgres: "$dir"
    fi
    as_owner "$bindir/initdb" -D "$dir/data" --auth=trust --encoding=UTF8 --locale=C -U postgres \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    # The socket path must stay under the 107-byte limit of sun_path.
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c max_connections=100" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    printf 'postgresql://postgres@/postgres?host=%s\n' "$dir" >"$dir/url"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
