#!/bin/sh
# install-deps.sh: install the Debian 12 packages HIT Study Planner needs to build, run and test.
# Copyright 2026 The HIT Study Planner authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Quick when everything is there already: dpkg is asked first, apt only for what is missing.
set -eu

PACKAGES="
  gcc pkg-config meson ninja-build
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libgtk-4-bin libxml2-dev libxml2-utils
  gettext desktop-file-utils appstream shared-mime-info
  xvfb xauth x11-utils dbus-daemon fonts-cantarell fonts-dejavu-core adwaita-icon-theme hicolor-icon-theme
  time python3 python3-icalendar
"

missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

[ -z "$missing" ] && exit 0

echo "Installing missing packages:$missing"
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
