#!/bin/sh
# potfiles.sh: the files with translatable strings, as po/POTFILES must list them
# Copyright 2026 The HIT Study Planner authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: potfiles.sh SRCDIR          prints the list
#        potfiles.sh SRCDIR --check  TAP: does po/POTFILES match it?
#        potfiles.sh SRCDIR --write  rewrites po/POTFILES
# A file is listed when it calls gettext (_, N_, C_, ngettext) or has a
# translatable="yes" property; the list is sorted, data files first.
set -eu
cd "$1"
list() {
  ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml
  grep -rlE '(^|[^A-Za-z0-9_])(_|N_|C_|g_dngettext|ngettext)\(' src --include='*.c' | LC_ALL=C sort
  grep -rl 'translatable="yes"' ui | LC_ALL=C sort
}
case "${2:-}" in
  --write) list > po/POTFILES ;;
  --check)
    echo "1..1"
    if out=$(list | diff -u po/POTFILES -); then
      echo "ok 1 po/POTFILES lists every file with translatable strings"
    else
      echo "not ok 1 po/POTFILES is out of date: run build-aux/potfiles.sh . --write"
      echo "$out" | sed 's/^/# /'
      exit 1
    fi ;;
  *) list ;;
esac
