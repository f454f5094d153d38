"""Checks that the JSON Schema agrees with the loader: every shipped instrument and
the complete example pass it, and the bad fixtures the schema can express fail it.
Prints a ctest-readable closing line."""
import json
import pathlib
import sys

import jsonschema

instruments, fixtures = map(pathlib.Path, sys.argv[1:3])
schema = json.loads((instruments / "instrument.schema.json").read_text(encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

# Bad fixtures whose fault is a cross-reference only the loader can see.
LOADER_ONLY = {"unknown-domain-item", "overlapping-bands", "cutoff-outside-range",
               "condition-later-item", "unknown-scale", "duplicate-item",
               "band-not-from-lowest", "critical-unknown-item", "missing-translation",
               "malformed"}

passed = failed = 0
def expect(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what)

good = [p for p in instruments.glob("*.json") if not p.name.endswith(".schema.json")]
good.append(fixtures / "example-complete.json")
for path in good:
    errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
    expect(not errors, f"{path.name} should pass the schema: {errors[:1]}")
for path in sorted((fixtures / "bad").glob("*.json")):
    if path.stem in LOADER_ONLY:
        continue
    document = json.loads(path.read_text(encoding="utf-8"))
    expect(not validator.is_valid(document), f"{path.name} should fail the schema")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
