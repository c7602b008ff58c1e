#!/usr/bin/env bash
# Builds the zt4mcp MSI on Windows, in an MSYS2 UCRT64 shell:
#   windows/build-msys2.sh            -> _build-win/zt4mcp-VERSION-x64.msi
# Not run on Linux (there is no MSYS2 there); docs/packaging.md says what was checked where.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

[ "${MSYSTEM:-}" = UCRT64 ] || { echo "build-msys2: run this in an MSYS2 UCRT64 shell" >&2; exit 1; }
src=$(cd "$(dirname "$0")/.." && pwd)
build=$src/_build-win
stage=$build/stage                  # what becomes C:\Program Files\zt4mcp
version=$(sed -n "s/^ *version: '\([^']*\)'.*/\1/p" "$src/meson.build" | head -1)

# 1. The toolchain and the libraries (glib-networking: TLS for GIO; librsvg: the SVG pixbuf
#    loader for the icons; adwaita-icon-theme: the symbolic icons GTK and libadwaita draw;
#    msitools: wixl for the last step).
P=mingw-w64-ucrt-x86_64
pacman -S --needed --noconfirm \
  $P-gtk4 $P-libadwaita $P-libsoup3 $P-json-glib $P-gnutls $P-sqlite3 $P-libsecret \
  $P-gtksourceview5 $P-md4c \
  $P-glib-networking $P-librsvg $P-adwaita-icon-theme \
  $P-meson $P-gcc $P-pkgconf $P-gettext $P-msitools

# 2. Build, and install into the staging tree. The prefix is where the staged tree lands
#    inside DESTDIR; GLib and GTK find their data relative to the executables at run time.
rm -rf "$build"
meson setup "$build/b" "$src" --prefix=/zt4mcp --buildtype=release -Dgui=enabled
meson compile -C "$build/b"
DESTDIR="$build/destdir" meson install -C "$build/b"
mv "$build/destdir/zt4mcp" "$stage"

# 3. What the libraries need at run time: the DLLs the executables and modules link to,
#    GDK pixbuf loaders, GIO modules (TLS), GLib/GTK schemas, icon themes.
u=/ucrt64
mkdir -p "$stage/lib" "$stage/share/glib-2.0/schemas" "$stage/share/icons"
cp -r "$u/lib/gdk-pixbuf-2.0" "$stage/lib/"
mkdir -p "$stage/lib/gio"
cp -r "$u/lib/gio/modules" "$stage/lib/gio/"
cp "$u"/share/glib-2.0/schemas/org.gtk.gtk4.*.gschema.xml "$stage/share/glib-2.0/schemas/" 2>/dev/null || true
cp "$u"/share/glib-2.0/schemas/gschema.dtd "$stage/share/glib-2.0/schemas/" 2>/dev/null || true
cp -r "$u/share/icons/Adwaita" "$u/share/icons/hicolor" "$stage/share/icons/" 2>/dev/null || true
# the chat pane's code blocks: GtkSourceView's language definitions and style schemes
cp -r "$u/share/gtksourceview-5" "$stage/share/" 2>/dev/null || true
cp "$u/bin/gdbus.exe" "$stage/bin/"          # GApplication uses it on Windows

# Every DLL from UCRT64 that anything staged loads, found with ldd, into bin/.
copy_dlls() {
  find "$stage" \( -name '*.exe' -o -name '*.dll' \) -print0 |
    xargs -0 -n1 ldd 2>/dev/null | grep -i '/ucrt64/' | awk '{print $3}' | sort -u |
    while read -r dll; do [ -e "$stage/bin/$(basename "$dll")" ] || cp "$dll" "$stage/bin/"; done
}
copy_dlls; copy_dlls                          # twice: the DLLs' own DLLs

# The caches the run time reads, built for the staged tree.
glib-compile-schemas "$stage/share/glib-2.0/schemas"
gtk4-update-icon-cache -q -t -f "$stage/share/icons/hicolor"
[ -d "$stage/share/icons/Adwaita" ] && gtk4-update-icon-cache -q -t -f "$stage/share/icons/Adwaita"
GDK_PIXBUF_MODULEDIR="$stage/lib/gdk-pixbuf-2.0/2.10.0/loaders" \
  gdk-pixbuf-query-loaders > "$stage/lib/gdk-pixbuf-2.0/2.10.0/loaders.cache"
sed -i "s|$(cygpath -m "$stage")/||g; s|$stage/||g" "$stage/lib/gdk-pixbuf-2.0/2.10.0/loaders.cache"

# 4. The MSI: wixl-heat lists the staged files, wixl builds the package from zt4mcp.wxs.
"$src/windows/make-msi.sh" "$stage" "$version" "$build/zt4mcp-$version-x64.msi"
