#!/usr/bin/env bash
# Formats every C++ source with the committed .clang-format (the suite checks it).
cd "$(dirname "${BASH_SOURCE[0]}")/.."
git ls-files -co --exclude-standard -- '*.cpp' '*.h' | xargs clang-format -i
