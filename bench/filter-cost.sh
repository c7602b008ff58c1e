#!/usr/bin/env bash
# filter-cost.sh: the cost of the filter chain: zt-bench through an agent with no filter and
# with N filters that allow everything, alternating in one run; prints medians and ratios.
# With N_FILTERS "audit": the audit filter's cost, agents without it (0) and with it (audit).
# With N_FILTERS "policy-audit": both filters deciding: an administrator's calls without the
# audit log (0: the policy lets the owner through at once) against a client token that a grant
# restricts, with the audit log (the policy matches the grant, its tool glob and a constraint).
# With N_FILTERS "schema": the schema filter's cost: every call checked against the echo tool's
# inputSchema (the client lists the tools first), against agents that check nothing (0).
# With N_FILTERS "results": the result filter's cost: every echo answer scanned (tag mode, the
# default) against agents that scan no result (0). SIZE=N (an answer of N bytes) or
# MESSAGE=TEXT (what the echo tool answers) in the environment, for larger or wordier answers.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# usage: bench/filter-cost.sh [BUILD_DIR] [N_FILTERS|audit|policy-audit|schema|results] [ROUNDS]   (defaults: build 5 3)
set -euo pipefail

build=${1:-build}
n=${2:-5}
rounds=${3:-3}
bench="$build/bench/zt-bench"
[ -x "$bench" ] || { echo "filter-cost: no $bench; build first (meson compile -C $build)" >&2; exit 2; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for r in $(seq 1 "$rounds"); do
  for f in 0 "$n"; do
    if [ "$n" = policy-audit ]; then
      args=(--no-audit); [ "$f" = policy-audit ] && args=(--grant)
    elif [ "$n" = schema ]; then
      args=(--no-audit --no-schema); [ "$f" = schema ] && args=(--no-audit)
    elif [ "$n" = results ]; then
      args=(--no-audit --no-result-scan); [ "$f" = results ] && args=(--no-audit)
    elif [ "$n" = audit ]; then
      # the baseline runs without the audit log; "audit" is the default agent
      args=(--no-audit); [ "$f" = audit ] && args=()
    else
      args=(--no-audit --filters "$f")
    fi
    [ -n "${SIZE:-}" ] && args+=(--size "$SIZE")
    [ -n "${MESSAGE:-}" ] && args+=(--message "$MESSAGE")
    "$bench" --only agent --clients 1,16 --seconds 3 --warmup 0.5 "${args[@]}" --json \
      >"$out/f$f-r$r.json" 2>/dev/null
    echo "filter-cost: round $r with $f filter(s) done" >&2
  done
done

python3 - "$out" "$n" "$rounds" <<'PY'
import json, statistics, sys
out, n, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
def load(f):
    rows = {}
    for r in range(1, rounds + 1):
        for c in json.load(open(f"{out}/f{f}-r{r}.json"))["cases"]:
            rows.setdefault(c["clients"], []).append(c)
    return {k: (statistics.median(x["p50_us"] for x in v), statistics.median(x["calls_per_s"] for x in v))
            for k, v in rows.items()}
base, filt = load(0), load(n)
print(f"{'clients':>8} {'p50 us (0)':>11} {'p50 us ('+n+')':>11} {'ratio':>6} {'calls/s (0)':>12} {'calls/s ('+n+')':>12} {'ratio':>6}")
for k in sorted(base):
    b, f = base[k], filt[k]
    print(f"{k:>8} {b[0]:>11.1f} {f[0]:>11.1f} {f[0]/b[0]:>6.3f} {b[1]:>12.0f} {f[1]:>12.0f} {f[1]/b[1]:>6.3f}")
PY
