#!/usr/bin/env python3
# triage.py: sorts ThreadSanitizer reports into those where zt4mcp's own code makes both racing
# accesses (listed, exit status 1) and those inside GLib and its libraries, whose own
# synchronisation TSan cannot see (counted by pattern).
# SPDX-License-Identifier: GPL-3.0-or-later
#
# usage: tools/tsan/triage.py DIR   (DIR holds the r.PID files of TSAN_OPTIONS=log_path=DIR/r)
import collections, glob, re, sys

def accesses(report):
    return re.findall(r"\n  ((?:Previous )?(?:[Rr]ead|[Ww]rite|Atomic)[^\n]*):\n((?:    #[^\n]*\n)+)", report)


# what a caller asks of the C library or of GLib's allocator: the access is the caller's
PASS_THROUGH = {"malloc", "calloc", "realloc", "free", "memcpy", "memmove", "memset", "memcmp", "strlen",
                "strcmp", "strncmp", "g_malloc", "g_malloc0", "g_realloc", "g_free", "g_strdup", "g_memdup2"}


def ours(stack):
    """The access is made by zt4mcp's code: its first frame that is not the sanitizer's, the C
    library's or GLib's allocator is in src/ (an access inside GLib, such as its queue's
    links, is GLib's own, whoever called it)."""
    for name, where in re.findall(r"#\d+ (\S+) (\S+)", stack):
        if "libsanitizer" in where or name in PASS_THROUGH:
            continue
        return where.startswith("../src/")
    return False


def key(stack):
    names = [n for n in re.findall(r"#\d+ (\S+)", stack) if n != "<null>"]
    return " / ".join(names[:4])


theirs = collections.Counter()
mine = {}
for path in sorted(glob.glob(sys.argv[1] + "/r.*")):
    for report in open(path, errors="replace").read().split("WARNING: ThreadSanitizer: ")[1:]:
        acc = accesses(report)
        kind = report.split(" (pid", 1)[0]
        if len(acc) >= 2 and ours(acc[0][1]) and ours(acc[1][1]):
            mine.setdefault(kind + ": " + key(acc[0][1]) + " || " + key(acc[1][1]), (path, report))
        else:
            theirs[kind + ": " + " || ".join(key(a[1]) for a in acc[:2])] += 1

print(f"{sum(theirs.values())} reports inside GLib and its libraries, {len(theirs)} patterns:")
for k, n in theirs.most_common(12):
    print(f"  {n:4} {k[:150]}")
print(f"{len(mine)} races in zt4mcp's own code")
for k, (path, report) in mine.items():
    print(f"--- {k} ({path})\n{report[:3000]}")
sys.exit(1 if mine else 0)
