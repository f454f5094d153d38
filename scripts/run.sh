#!/usr/bin/env bash
# Installs what is missing, builds Signaali and starts it on the database in
# the user's data folder. On the very first start, when there is no database
# yet, it loads the example class list docs/examples/luokka-8a.csv into
# "Esimerkkikoulu" so there is a class to screen (birthdays 1.1. to 8.1.);
# Signaali then opens its set-up wizard.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
build_signaali
CLI="$BUILD_DIR/app/signaali-cli"
DATA_DIR="${SIGNAALI_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/signaali}"
DB="${SIGNAALI_DB:-$DATA_DIR/signaali.db}"
if [[ ! -e "$DB" ]]; then
    mkdir -p "$(dirname "$DB")"
    "$CLI" init --db "$DB" >/dev/null
    "$CLI" import-roster "$ROOT/docs/examples/luokka-8a.csv" --school "Esimerkkikoulu" --db "$DB" | tail -1
    "$CLI" rounds --create "syksy 2026 (esimerkki)" --starts 2026-09-01 --db "$DB" >/dev/null
fi
exec "$BUILD_DIR/ui/signaali" --db "$DB" "$@"
