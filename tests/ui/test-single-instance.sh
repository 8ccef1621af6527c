#!/bin/sh
# test-single-instance.sh: a second launch hands its file to the running window and exits
# Copyright 2026 The HIT Study Planner authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Needs a display and a private session bus (dbus-run-session), where GApplication
# finds the first instance.  Prints TAP.
set -u
app=$1
sample=$2
if [ -z "${DISPLAY:-}" ]; then echo "1..0 # SKIP no display"; exit 77; fi
if [ -n "${XDG_RUNTIME_DIR:-}" ]; then mkdir -p -m 0700 "$XDG_RUNTIME_DIR"; fi
if [ -z "${HP_INSIDE_BUS:-}" ]; then
  HP_INSIDE_BUS=1 exec dbus-run-session -- "$0" "$@" 2>"${TMPDIR:-/tmp}/hitplanner-single-instance.log"
fi
work=$(mktemp -d)
trap 'kill "$first" 2>/dev/null; rm -rf "$work"' EXIT
cp "$sample" "$work/second-plan.hitplan"

titles() { xwininfo -root -tree | grep -o '"[^"]*HIT Study Planner[^"]*"'; }
# Generous: a loaded machine can take seconds to start a GTK app.
wait_for_title() {
  for _ in $(seq 300); do titles | grep -q "$1" && return 0; sleep 0.1; done
  return 1
}

echo "1..3"
"$app" "$sample" 2>"$work/first.log" & first=$!
if wait_for_title "sample.hitplan"; then echo "ok 1 first launch shows the sample plan"
else
  echo "not ok 1 first launch shows the sample plan"
  titles | sed 's/^/# window: /'
  sed 's/^/# app: /' "$work/first.log"
  exit 1
fi

if timeout 10 "$app" "$work/second-plan.hitplan"; then echo "ok 2 second launch exits at once"
else echo "not ok 2 second launch exits at once"; exit 1; fi

if wait_for_title "second-plan.hitplan" && kill -0 "$first" &&
   [ "$(titles | grep -c 'hitplan — HIT Study Planner')" -eq 1 ]; then
  echo "ok 3 the running window opened the second file"
else echo "not ok 3 the running window opened the second file"; titles; exit 1; fi
