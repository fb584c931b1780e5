#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fuzzes the three file readers (scenario JSON, CSV, XLSX) with libFuzzer:
# a separate clang build with AddressSanitizer and UndefinedBehaviorSanitizer
# in $PLANNER_FUZZ_BUILD_DIR (default build-fuzz/), each target run for
# $PLANNER_FUZZ_SECONDS (default 60) seconds from its seed corpus in
# tests/fuzz/corpus/. Fails on any crash, leak or sanitizer report; prints
# the executions of each target. A crashing input is left in the build dir:
# copy it to tests/fuzz/regressions/ and fix the reader.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PLANNER_FUZZ_BUILD_DIR:-$here/build-fuzz}"
seconds="${PLANNER_FUZZ_SECONDS:-60}"

packages=(clang-14 libclang-rt-14-dev)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}"
    else
        echo "fuzz: missing Debian packages; run: sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
fi

# The readers' library is instrumented for coverage (fuzzer-no-link) and the
# sanitizers; the fuzz targets link libFuzzer. Warnings stay on but are not
# errors here: this build uses another compiler than the project's own.
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_CXX_FLAGS="$flags" \
    -DPLANNER_BUILD_FUZZERS=ON -DPLANNER_BUILD_TESTS=OFF -DPLANNER_BUILD_BENCHMARKS=OFF \
    -DPLANNER_WARNINGS_AS_ERRORS=OFF >/dev/null
cmake --build "$build" --target fuzz_scenariofile fuzz_csv fuzz_xlsx

status=0
summary=()
for target in scenariofile csv xlsx; do
    case "$target" in
        scenariofile) seeds=scenario ;;
        *) seeds=$target ;;
    esac
    corpus="$build/corpus/$target"
    mkdir -p "$corpus"
    log="$build/fuzz_$target.log"
    echo "fuzz: $target for ${seconds}s"
    set +e
    (cd "$build" && UBSAN_OPTIONS=print_stacktrace=1 ./tests/fuzz/fuzz_$target -max_total_time="$seconds" \
        -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 "$corpus" "$here/tests/fuzz/corpus/$seeds" >"$log" 2>&1)
    rc=$?
    set -e
    execs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}' | tail -1)
    summary+=("$target: ${execs:-?} executions, exit $rc")
    if [ $rc -ne 0 ]; then
        status=1
        echo "fuzz: $target FAILED (exit $rc); the end of its log:" >&2
        tail -40 "$log" >&2
    fi
done
printf 'fuzz: %s\n' "${summary[@]}"
exit $status
