#!/bin/sh
# test.sh: install what is missing, build with warnings as errors, and run every test suite
# (unit, cli, ui, validate); the ui and validate suites run on a private Xvfb.
# Copyright 2026 The HIT Study Planner authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
./build-aux/install-deps.sh
if [ -f _build/build.ninja ]; then
  meson configure _build -Dwerror=true -Dwarning_level=3
else
  meson setup _build -Dwerror=true -Dwarning_level=3
fi
meson compile -C _build
status=0
xvfb-run -a -s "-screen 0 1400x1000x24 -nolisten tcp -noreset" \
  meson test -C _build --print-errorlogs "$@" || status=$?
# One closing line any reader of the log understands.
python3 - "$top/_build/meson-logs/testlog.json" <<'PY' || true
import json, sys
passed = failed = skipped = 0
for line in open(sys.argv[1]):
    result = json.loads(line)["result"]
    if result in ("OK", "EXPECTEDFAIL"):
        passed += 1
    elif result == "SKIP":
        skipped += 1
    else:
        failed += 1
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
echo "Screenshots of every view: _build/tests/screenshots/"
exit $status
