#!/usr/bin/env bash
# Installs what zt4mcp needs to build and test on Debian 12 (apt as root, npm for test peers).
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)

APT_PKGS=(
  build-essential meson ninja-build pkg-config clang libclang-rt-14-dev gettext
  libglib2.0-dev libglib2.0-bin libsoup-3.0-dev libgnutls28-dev gnutls-bin libjson-glib-dev
  libsqlite3-dev libsecret-1-dev libgtk-4-dev libadwaita-1-dev libgtksourceview-5-dev libmd4c-dev
  xvfb xauth dbus-daemon dbus-x11 gnome-keyring libsecret-tools nftables iproute2
  desktop-file-utils appstream at-spi2-core python3-pyatspi python3-dogtail msitools wixl imagemagick
  curl ca-certificates sqlite3 gdb
)
# The machine image ships Node.js and npm; take Debian's only where there is none.
command -v npm >/dev/null || APT_PKGS+=(nodejs npm)

need_apt=0
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || { need_apt=1; break; }
done

if [ "$need_apt" = 1 ]; then
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null; then SUDO=sudo; else
      echo "install-deps: missing packages and not root; run as root: $0" >&2; exit 1
    fi
  else SUDO=; fi
  echo "install-deps: installing Debian packages (a few minutes the first time)..."
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${APT_PKGS[@]}" >/dev/null
fi

# Test peers from npm: real MCP servers, the SDK client, the inspector, the conformance suite.
if [ "${ZT4MCP_SKIP_NPM:-0}" != 1 ]; then
  cd "$here/tests/node"
  if [ ! -d node_modules ] || [ package.json -nt node_modules/.stamp ]; then
    echo "install-deps: installing npm test peers..."
    npm install --no-audit --no-fund --loglevel=error
    touch node_modules/.stamp
  fi
fi
echo "install-deps: done"
