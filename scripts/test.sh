#!/usr/bin/env bash
# Installs what is missing, builds Signaali and runs the whole test suite.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
build_signaali
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
cd "$BUILD_DIR"
ctest --output-on-failure --parallel "$(nproc)" "$@"
