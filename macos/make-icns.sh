#!/bin/sh
# Makes macos/zt4mcp.icns from the app's SVG icon, on macOS (rsvg-convert from librsvg,
# iconutil from Xcode's command line tools). Run before gtk-mac-bundler.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
here=$(cd "$(dirname "$0")" && pwd)
svg=$here/../data/icons/hicolor/scalable/apps/io.github.zt4mcp.Zt4mcp.svg
set_dir=$(mktemp -d)/zt4mcp.iconset
mkdir -p "$set_dir"
for size in 16 32 128 256 512; do
  rsvg-convert -w "$size" -h "$size" "$svg" -o "$set_dir/icon_${size}x${size}.png"
  double=$((size * 2))
  rsvg-convert -w "$double" -h "$double" "$svg" -o "$set_dir/icon_${size}x${size}@2x.png"
done
iconutil -c icns -o "$here/zt4mcp.icns" "$set_dir"
echo "make-icns: $here/zt4mcp.icns"
