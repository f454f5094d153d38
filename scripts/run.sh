#!/usr/bin/env bash
# Installs what is missing, builds Signaali and starts it on the database in
# the user's data folder. On the very first start, when there is no database
# yet, it loads the example class list docs/examples/luokka-8a.csv into
# "Esimerkkikoulu" so there is a class to screen (birthdays 1.1. to 8.1.).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
build_signaali
CLI="$BUILD_DIR/app/signaali-cli"
DB="${SIGNAALI_DB:-$("$CLI" init | sed -n 's/: Signaali database.*//p')}"
if [[ -z "$("$CLI" pupils --db "$DB" --format csv | sed -n 2p)" ]]; then
    "$CLI" import-roster "$ROOT/docs/examples/luokka-8a.csv" --school "Esimerkkikoulu" --db "$DB" | tail -1
    "$CLI" rounds --create "syksy 2026 (esimerkki)" --starts 2026-09-01 --db "$DB" >/dev/null
fi
exec "$BUILD_DIR/ui/signaali" --db "$DB" "$@"
