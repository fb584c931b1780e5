#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The repository is self-contained: no tracked file reads, cites or names
# anything outside it (a folder beside the clone, or the team's working notes
# by file name). A user's clone has nothing beside it. Prints each offending
# line and exits 1 when there is one.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# The patterns are spelled with a character class so that this file does not
# match itself.
if git grep -nI -E -e '\.\./[s]hared' -e '[B]ASELINES\.md' -e '[T]ARGETS\.md' -e 'PLANNER_[S]HARED_DIR' -e '[D]EVELOPERS\.md' -- . ; then
    echo "self-contained: the lines above name something outside the repository" >&2
    exit 1
fi
echo "self-contained: no tracked file names anything outside the repository"
