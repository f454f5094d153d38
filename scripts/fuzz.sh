#!/usr/bin/env bash
# Builds the libFuzzer harnesses (clang, ASan, UBSan) into build-fuzz/ and runs
# each for SECONDS (default 60), seeded from tests/data. Prints each harness's
# executions and result; exits non-zero when one finds a crash, whose input is
# left in build-fuzz/crashes/<harness>/ to become a regression test.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_EACH="${1:-60}"
"$ROOT/scripts/install-deps.sh" clang-14 libclang-rt-14-dev
BUILD="$ROOT/build-fuzz"
if [[ ! -f "$BUILD/build.ninja" ]]; then
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++-14 -DSIGNAALI_FUZZ=ON >/dev/null
fi
cmake --build "$BUILD" --parallel "$(nproc)" >"$BUILD/build.log" 2>&1 || { cat "$BUILD/build.log"; exit 1; }

seeds() {
    case "$1" in
    fuzz_instrument) echo "$ROOT/tests/data/instruments" "$ROOT/resources/instruments" ;;
    fuzz_answers) echo "$ROOT/tests/data/answers" ;;
    fuzz_roster) echo "$ROOT/tests/data/rosters" ;;
    fuzz_wording) echo "$ROOT/tests/data/wording" ;;
    fuzz_keyheader) echo "$ROOT/tests/data/keyheaders" ;;
    fuzz_bundle) echo "$ROOT/tests/data/bundles" ;;
    esac
}

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
status=0
for harness in fuzz_instrument fuzz_answers fuzz_roster fuzz_wording fuzz_keyheader fuzz_bundle; do
    corpus="$BUILD/corpus/$harness" crashes="$BUILD/crashes/$harness"
    mkdir -p "$corpus" "$crashes"
    for seed in $(seeds "$harness"); do
        find "$seed" -type f -size -1M -exec cp -n {} "$corpus/" \; 2>/dev/null || true
    done
    log="$BUILD/$harness.log"
    if "$BUILD/tests/fuzz/$harness" -max_total_time="$SECONDS_EACH" -max_len=65536 \
        -rss_limit_mb=2048 -artifact_prefix="$crashes/" -print_final_stats=1 "$corpus" \
        >"$log" 2>&1; then
        result=ok
    else
        result="CRASH (see $log and $crashes)"
        status=1
    fi
    runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')
    printf '%-16s %12s executions in %ss: %s\n' "$harness" "$runs" "$SECONDS_EACH" "$result"
done
exit $status
