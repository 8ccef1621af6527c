#!/bin/sh
# run.sh: install what is missing, build, and launch HIT Study Planner on the bundled sample plan
# Copyright 2026 The HIT Study Planner authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
./build-aux/install-deps.sh
[ -f _build/build.ninja ] || meson setup _build
meson compile -C _build
# Without a file the app opens the bundled sample plan as an untitled copy.
exec meson devenv -C _build ./src/app/hitplanner "$@"
