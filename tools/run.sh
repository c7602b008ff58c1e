#!/usr/bin/env bash
# Installs what is needed, builds zt4mcp, and starts it: the desktop app with its embedded
# agent where there is a display, else the headless agent on 127.0.0.1:7777.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

./tools/install-deps.sh
[ -f build/build.ninja ] || meson setup build >/dev/null
meson compile -C build

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x build/src/gui/zt4mcp-desktop ]; then
  echo "run: starting the desktop app (it runs the agent inside)"
  exec build/src/gui/zt4mcp-desktop "$@"
fi
echo "run: no display found: starting the headless agent (stop it with Ctrl+C)"
exec build/src/cli/zt4mcp agent serve "$@"
