#!/usr/bin/env python3
# Checks of the desktop app's data files that no validator does (suite data).
# SPDX-License-Identifier: GPL-3.0-or-later
#   check-data.py icon FILE SIZE [symbolic]   the SVG parses, is SIZExSIZE, and a symbolic
#                                             icon uses one colour and no strokes
#   check-data.py schema SCHEMADIR            the compiled schema has exactly the keys and
#                                             defaults the GUI code relies on
#   check-data.py flatpak MANIFEST            the Flatpak manifest parses, with our id, command
#                                             and sandbox (and flatpak-builder reads it cleanly)
#   check-data.py plist INFO.PLIST            the macOS Info.plist parses, with our id
#   check-data.py xml FILE...                 the files are well-formed XML
import json
import plistlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

SVG = '{http://www.w3.org/2000/svg}'
APP_ID = 'io.github.zt4mcp.Zt4mcp'
KEYS = {
    'listen': "'127.0.0.1:7777'",
    'start-at-login': 'false',
    'color-scheme': "'default'",
    'hub-listen': "'0.0.0.0:7443'",
    'window-width': '980',
    'window-height': '680',
    'window-maximized': 'false',
    'run-in-background': 'true',
    'background-notice-shown': 'false',
}


def fail(msg):
    print('FAIL: ' + msg)
    sys.exit(1)


def check_icon(path, size, symbolic):
    root = ET.parse(path).getroot()
    if root.tag != SVG + 'svg':
        fail(f'{path}: the root element is {root.tag}, not svg')
    want = str(size)
    if root.get('width') != want or root.get('height') != want:
        fail(f'{path}: {root.get("width")}x{root.get("height")}, not {want}x{want}')
    if root.get('viewBox') != f'0 0 {size} {size}':
        fail(f'{path}: viewBox {root.get("viewBox")!r}, not "0 0 {size} {size}"')
    if symbolic:
        colours = set()
        for el in root.iter():
            if el.get('stroke') not in (None, 'none'):
                fail(f'{path}: a symbolic icon draws with fills only (GTK recolours fills)')
            fill = el.get('fill')
            if fill not in (None, 'none'):
                colours.add(fill.lower())
            if el.tag in (SVG + 'linearGradient', SVG + 'radialGradient', SVG + 'image'):
                fail(f'{path}: a symbolic icon has no {el.tag[len(SVG):]}')
        if len(colours) != 1:
            fail(f'{path}: a symbolic icon uses one colour, not {sorted(colours)}')
    print(f'ok: {path}')


def check_schema(schemadir):
    out = subprocess.run(['gsettings', '--schemadir', schemadir, 'list-recursively', APP_ID],
                         check=True, capture_output=True, text=True).stdout
    got = {}
    for line in out.splitlines():
        m = re.match(r'^(\S+) (\S+) (.*)$', line)
        if not m or m.group(1) != APP_ID:
            fail(f'unexpected line from gsettings: {line!r}')
        got[m.group(2)] = m.group(3)
    if got != KEYS:
        fail(f'the schema has {got}, the GUI code expects {KEYS}')
    out = subprocess.run(['gsettings', '--schemadir', schemadir, 'range', APP_ID, 'color-scheme'],
                         check=True, capture_output=True, text=True).stdout.split()
    if out != ['enum', "'default'", "'light'", "'dark'"]:
        fail(f'color-scheme range is {out}')
    print(f'ok: {APP_ID} in {schemadir}')


FINISH_ARGS = ['--share=ipc', '--socket=fallback-x11', '--socket=wayland', '--device=dri',
               '--share=network']


def check_flatpak(path):
    with open(path, encoding='utf-8') as f:
        m = json.load(f)
    for key, want in (('id', APP_ID), ('command', 'zt4mcp-desktop'), ('sdk', 'org.gnome.Sdk'),
                      ('runtime', 'org.gnome.Platform')):
        if m.get(key) != want:
            fail(f'{path}: {key} is {m.get(key)!r}, not {want!r}')
    # libsecret reaches secrets through the portal in the sandbox: no talk-name for them.
    if sorted(m.get('finish-args', [])) != sorted(FINISH_ARGS):
        fail(f'{path}: finish-args {m.get("finish-args")}, not {FINISH_ARGS}')
    last = m['modules'][-1]
    if last.get('name') != 'zt4mcp' or last.get('buildsystem') != 'meson':
        fail(f'{path}: the last module is not zt4mcp built with meson')
    builder = shutil.which('flatpak-builder')
    if builder:
        r = subprocess.run([builder, '--show-manifest', path], capture_output=True, text=True)
        if r.returncode != 0 or r.stderr.strip():
            fail(f'{path}: flatpak-builder --show-manifest: {r.returncode} {r.stderr.strip()}')
    print(f'ok: {path}' + (' (and flatpak-builder reads it)' if builder else ''))


def check_plist(path):
    with open(path, 'rb') as f:
        d = plistlib.load(f)
    for key, want in (('CFBundleIdentifier', APP_ID), ('CFBundleExecutable', 'zt4mcp-desktop'),
                      ('LSMinimumSystemVersion', '11.0'), ('NSHighResolutionCapable', True)):
        if d.get(key) != want:
            fail(f'{path}: {key} is {d.get(key)!r}, not {want!r}')
    print(f'ok: {path}')


def check_xml(paths):
    for path in paths:
        ET.parse(path)
        print(f'ok: {path}')


if __name__ == '__main__':
    if len(sys.argv) >= 4 and sys.argv[1] == 'icon':
        check_icon(sys.argv[2], int(sys.argv[3]), len(sys.argv) > 4 and sys.argv[4] == 'symbolic')
    elif len(sys.argv) == 3 and sys.argv[1] == 'schema':
        check_schema(sys.argv[2])
    elif len(sys.argv) == 3 and sys.argv[1] == 'flatpak':
        check_flatpak(sys.argv[2])
    elif len(sys.argv) == 3 and sys.argv[1] == 'plist':
        check_plist(sys.argv[2])
    elif len(sys.argv) >= 3 and sys.argv[1] == 'xml':
        check_xml(sys.argv[2:])
    else:
        fail('usage: check-data.py icon FILE SIZE [symbolic] | schema SCHEMADIR | '
             'flatpak MANIFEST | plist INFO.PLIST | xml FILE...')
