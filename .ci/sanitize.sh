#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the whole project with AddressSanitizer, LeakSanitizer and
# UndefinedBehaviorSanitizer (CMake option PLANNER_SANITIZE) in a build folder
# of its own and runs the whole ctest suite under them. Any report fails:
# ASan and LSan stop the program, UBSan is built with
# -fno-sanitize-recover=undefined. The only leak reports suppressed are the
# system libraries' listed, with reasons, in .ci/lsan.supp.
#
#   .ci/sanitize.sh                 build in build-asan/ (or $SANITIZE_BUILD_DIR)
#   SANITIZE_BUILD_DIR=/tmp/asan .ci/sanitize.sh
#   .ci/sanitize.sh -R tst_store    extra arguments go to ctest
#
# Needs what installer/quickstart.sh installs (GCC's libasan and libubsan
# come with g++).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SANITIZE_BUILD_DIR:-$root/build-asan}"
jobs="${SANITIZE_JOBS:-$(nproc)}"

launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

start=$SECONDS
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLANNER_SANITIZE=ON "${launcher[@]}"
cmake --build "$build" --parallel "$jobs"
built=$SECONDS
# A clean run means something only if the programs are instrumented.
if ! ldd "$build/bin/jilin-planner" | grep -q libasan; then
    echo "sanitize.sh: $build/bin/jilin-planner is not built with AddressSanitizer" >&2
    exit 1
fi

# halt_on_error: the first report ends the program; detect_leaks: LSan at exit
# (on by default on Linux, said here so that nobody turns it off unnoticed).
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$root/.ci/lsan.supp:print_suppressions=0"

status=0
(cd "$build" && ctest --output-on-failure --parallel "$jobs" "$@") || status=$?
echo "sanitize.sh: build $((built - start)) s, tests $((SECONDS - built)) s, exit status $status"
exit "$status"
