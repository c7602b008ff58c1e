#!/bin/sh
# run-with-keyring.sh: runs a test program against a throwaway gnome-keyring in a private D-Bus session
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: run-with-keyring.sh PROGRAM [ARGS...]
# Exits 77 (a skip, for meson and automake) when gnome-keyring or dbus-run-session is missing.
# Nothing here touches the user's own keyring: HOME and the XDG directories point into a
# temporary directory, and the bus is a fresh one that dies with the program.
set -eu

for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "run-with-keyring: $tool not found; skipping (apt install dbus-daemon gnome-keyring)" >&2
    exit 77
  fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/zt-keyring-XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -m 700 "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/run"

export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
       XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/run"
# No X11 or Wayland: the daemon must not find a desktop session to attach prompts to, and
# GLib must not autolaunch another bus.
unset DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL DBUS_SESSION_BUS_ADDRESS
# Tells the test program that the keyring on this bus is a throwaway one it may write to.
export ZT4MCP_TEST_PRIVATE_KEYRING=1

rc=0
dbus-run-session -- sh -c '
  # --unlock creates the "login" keyring with this password (it becomes the default
  # collection) and unlocks it, so no prompt is ever needed.
  printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  # The daemon forks; the parent can return before the child owns org.freedesktop.secrets.
  if command -v dbus-send >/dev/null 2>&1; then
    i=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
          | grep -q "boolean true"; do
      i=$((i + 1))
      if [ "$i" -ge 100 ]; then
        echo "run-with-keyring: gnome-keyring did not take org.freedesktop.secrets within 10 s" >&2
        break
      fi
      sleep 0.1
    done
  else
    sleep 1
  fi
  exec "$@"
' sh "$@" || rc=$?
exit "$rc"
