#!/bin/sh
# zt4mcp.app/Contents/MacOS/zt4mcp-desktop: points GTK, GIO and GSettings at the bundle's
# copies, then runs the real binary (gtk-mac-bundler names it zt4mcp-desktop-bin).
# SPDX-License-Identifier: GPL-3.0-or-later
macos=$(cd "$(dirname "$0")" && pwd)
contents=$(dirname "$macos")
res=$contents/Resources

export XDG_DATA_DIRS="$res/share"
export GSETTINGS_SCHEMA_DIR="$res/share/glib-2.0/schemas"
export GDK_PIXBUF_MODULE_FILE="$res/lib/gdk-pixbuf-2.0/2.10.0/loaders.cache"
export GIO_MODULE_DIR="$res/lib/gio/modules"
export GTK_DATA_PREFIX="$res"
export GTK_EXE_PREFIX="$res"
export GTK_PATH="$res"
# The zt4mcp command line tool beside the app.
export PATH="$res/bin:$macos:$PATH"

exec "$macos/zt4mcp-desktop-bin" "$@"
