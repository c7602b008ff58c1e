#!/bin/sh
# with-xvfb.sh: runs a program on an X server of its own (Xvfb), on a display Xvfb picks itself
# (-displayfd), so that tests run side by side never race for one (as xvfb-run -a can).
#   with-xvfb.sh PROGRAM [ARGS...]
# The program's exit status is this script's; Xvfb is stopped when it ends.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
dir=$(mktemp -d)
xpid=
cleanup () {
  [ -n "$xpid" ] && kill "$xpid" 2>/dev/null && wait "$xpid" 2>/dev/null
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
mkfifo "$dir/display"
# Xvfb writes the display's number on fd 3 once it accepts connections; -nolisten tcp: only
# the local socket
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$dir/display" >"$dir/xvfb.log" 2>&1 &
xpid=$!
read -r number <"$dir/display" || number=
if [ -z "$number" ]; then
  echo "with-xvfb.sh: Xvfb did not start:" >&2
  cat "$dir/xvfb.log" >&2
  exit 1
fi
export DISPLAY=":$number"
unset WAYLAND_DISPLAY
status=0
"$@" || status=$?
exit "$status"
