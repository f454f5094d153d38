# Shared by run.sh and test.sh: install what is missing, configure once, build.
# SIGNAALI_SANITIZE=1 builds with ASan/UBSan into build-asan/.
# SIGNAALI_TARGETS="a b" builds only those targets (and what they need).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

build_signaali() {
    "$ROOT/scripts/install-deps.sh"
    local sanitize="${SIGNAALI_SANITIZE:-0}"
    BUILD_DIR="$ROOT/build"
    [[ "$sanitize" == 1 ]] && BUILD_DIR="$ROOT/build-asan"
    if [[ ! -f "$BUILD_DIR/build.ninja" ]]; then
        cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DSIGNAALI_WERROR=ON -DSIGNAALI_SANITIZE="$([[ $sanitize == 1 ]] && echo ON || echo OFF)" >/dev/null
    fi
    local targets=()
    for target in ${SIGNAALI_TARGETS:-}; do targets+=(--target "$target"); done
    cmake --build "$BUILD_DIR" --parallel "$(nproc)" "${targets[@]}" -- --quiet
}
