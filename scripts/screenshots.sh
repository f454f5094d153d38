#!/usr/bin/env bash
# Refreshes docs/screenshots from the real kiosk, dashboard and workspace windows under Xvfb.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
build_signaali
number=90
while [[ -e /tmp/.X$number-lock ]]; do number=$((number + 1)); done
display=:$number
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
kill -0 $xvfb || { echo "Xvfb did not start on $display" >&2; exit 1; }
mkdir -p "$ROOT/docs/screenshots"
DISPLAY="$display" QT_QPA_PLATFORM=xcb "$BUILD_DIR/tests/ui/screenshot_tour" "$ROOT/docs/screenshots"
DISPLAY="$display" QT_QPA_PLATFORM=xcb "$BUILD_DIR/tests/ui/dashboard_tour" "$ROOT/docs/screenshots"
DISPLAY="$display" QT_QPA_PLATFORM=xcb "$BUILD_DIR/tests/ui/workspace_tour" "$ROOT/docs/screenshots"
