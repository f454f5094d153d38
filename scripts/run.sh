#!/usr/bin/env bash
# Installs what is missing, builds Signaali and starts it.
# Until the kiosk window lands this shows signaali-cli scoring a sample questionnaire.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
build_signaali
CLI="$BUILD_DIR/app/signaali-cli"
echo "== Instruments Signaali knows"
"$CLI" instruments
echo
echo "== Scoring a sample signaali-youth questionnaire ($ROOT/docs/examples/youth-answers.json)"
"$CLI" score --instrument signaali-youth --answers "$ROOT/docs/examples/youth-answers.json" --language "${SIGNAALI_LANGUAGE:-en}"
