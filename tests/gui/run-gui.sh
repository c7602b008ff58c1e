#!/bin/sh
# run-gui.sh: runs a GUI test program on its own X server (Xvfb) and D-Bus session bus
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
export GTK_A11Y=${GTK_A11Y:-none}
export G_DEBUG=${G_DEBUG:-gc-friendly}
export NO_AT_BRIDGE=1
# a private home: nothing of the user's (keyring, settings, agent) is touched
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache"
# ZT_GUI_GDB=1: under gdb, which prints every thread's backtrace if the test crashes (and
# still fails it: gdb returns 255 then, else the test's own status)
if [ "${ZT_GUI_GDB:-0}" = 1 ] && command -v gdb >/dev/null; then
  set -- gdb -q -batch -return-child-result -ex run -ex 'thread apply all bt 25' --args "$@"
fi
exec dbus-run-session -- "$(dirname "$0")/with-xvfb.sh" "$@"
