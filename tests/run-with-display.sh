#!/bin/sh
# run-with-display.sh: run a command that needs a display, or skip (exit 77) without one
# Copyright 2026 The HIT Study Planner authors
# SPDX-License-Identifier: GPL-3.0-or-later
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "no display: run the tests inside xvfb-run (see the README's test command)"
  exit 77
fi
exec "$@"
