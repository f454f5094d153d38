#!/usr/bin/env bash
# Refreshes docs/screenshots from the real kiosk, dashboard and workspace windows under Xvfb.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
build_signaali
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1280x720x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb' EXIT
sleep 1
mkdir -p "$ROOT/docs/screenshots"
DISPLAY="$display" QT_QPA_PLATFORM=xcb "$BUILD_DIR/tests/ui/screenshot_tour" "$ROOT/docs/screenshots"
DISPLAY="$display" QT_QPA_PLATFORM=xcb "$BUILD_DIR/tests/ui/dashboard_tour" "$ROOT/docs/screenshots"
DISPLAY="$display" QT_QPA_PLATFORM=xcb "$BUILD_DIR/tests/ui/workspace_tour" "$ROOT/docs/screenshots"
