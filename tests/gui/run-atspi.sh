#!/bin/sh
# run-atspi.sh: runs an AT-SPI test (dogtail / pyatspi) on its own X server (Xvfb) and D-Bus
# session bus, with toolkit-accessibility on in a private HOME. Unlike run-gui.sh, accessibility
# stays on: never GTK_A11Y=none here.
#   run-atspi.sh PROGRAM [ARGS...]
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
unset GTK_A11Y NO_AT_BRIDGE
# a private home: nothing of the user's (keyring, settings, agent) is touched
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache"
export XDG_RUNTIME_DIR="$tmp/runtime"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# dogtail reads org.gnome.desktop.interface toolkit-accessibility through GSettings: keep it in
# a keyfile in the private home (the app itself gets GSETTINGS_BACKEND=memory from the test)
export GSETTINGS_BACKEND=keyfile
gsettings set org.gnome.desktop.interface toolkit-accessibility true
# Xvfb first, then the bus inside it: the services the bus starts (the AT-SPI registry, which
# synthesizes mouse and key events with XTest) must see DISPLAY
exec "$(dirname "$0")/with-xvfb.sh" dbus-run-session -- "$@"
