#!/usr/bin/env bash
# Makes the zt4mcp MSI from a staged install tree with msitools (wixl-heat, wixl).
#   windows/make-msi.sh STAGE_DIR VERSION OUT.msi
# STAGE_DIR is the tree that becomes C:\Program Files\zt4mcp (bin\zt4mcp-desktop.exe, share\...).
# Runs in MSYS2 (build-msys2.sh calls it) and on Linux (docs/packaging.md: how it was checked).
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

[ $# = 3 ] || { echo "usage: $0 STAGE_DIR VERSION OUT.msi" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
stage=$(cd "$1" && pwd)
version=$2
out=$3
for tool in wixl wixl-heat; do
  command -v "$tool" >/dev/null || { echo "make-msi: $tool not found (msitools)" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One component a file, all in the group CG.zt4mcp under INSTALLDIR (see zt4mcp.wxs).
find "$stage" -type f | LC_ALL=C sort |
  wixl-heat --prefix "$stage/" --component-group CG.zt4mcp --var var.SourceDir \
            --directory-ref INSTALLDIR --win64 > "$work/files.wxs"

# wixl looks sources up relative to the current directory (it rejects absolute paths).
out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
(cd "$stage" && wixl --arch x64 -D SourceDir=. -D Version="$version" -D Win64=yes \
                    -o "$out" "$here/zt4mcp.wxs" "$work/files.wxs")
echo "make-msi: $out"
