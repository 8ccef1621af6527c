#!/bin/sh
# validate-ui.sh: gtk4-builder-tool validate on every .ui file the resource manifest lists
# Copyright 2026 The HIT Study Planner authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: validate-ui.sh BUILDER-TOOL MANIFEST UI-DIR.  The manifest is the one list of .ui
# files; this reads it, so a new file is validated without being named again.  Prints TAP.
set -u
tool=$1 manifest=$2 dir=$3
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "1..0 # SKIP no display: run the tests inside xvfb-run (see the README's test command)"
  exit 0
fi
files=$(sed -n 's|.*<file[^>]*>\([^<]*\.ui\)</file>.*|\1|p' "$manifest")
n=$(echo "$files" | wc -l)
echo "1..$n"
i=0 failed=0
for f in $files; do
  i=$((i + 1))
  out=$("$tool" validate "$dir/$f" 2>&1)
  status=$?
  if [ $status -eq 0 ]; then
    echo "ok $i $f"
  else
    echo "not ok $i $f"
    echo "# exit status $status"
    echo "$out" | sed 's/^/# /'
    failed=1
  fi
done
exit $failed
