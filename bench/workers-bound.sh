#!/bin/bash
# workers-bound.sh: how many calls/s two workers could give at most on this machine (issue 13,
# aim 5): one agent serving 16 clients, against two agents serving 8 each at the same time.
# Two whole agents share nothing (two audit logs, two writers, two sets of sessions), so this
# is an upper bound for two worker threads in one agent, not a figure of them.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# usage: bench/workers-bound.sh [ROUNDS=3] [SECONDS=3] [BUILD=build]
set -euo pipefail
rounds=${1:-3}
seconds=${2:-3}
build=${3:-build}
bench="$build/bench/zt-bench"
[ -x "$bench" ] || { echo "workers-bound: $bench is missing; build first (meson compile -C $build)" >&2; exit 2; }

rate () {  # zt-bench --json output on stdin: the agent case's calls/s
  python3 -c 'import json,sys; print(json.load(sys.stdin)["cases"][0]["calls_per_s"])'
}

ones=() twos=()
for r in $(seq "$rounds"); do
  one=$("$bench" --only agent --clients 16 --seconds "$seconds" --json 2>/dev/null | rate)
  a=$(mktemp) b=$(mktemp)
  "$bench" --only agent --clients 8 --seconds "$seconds" --json >"$a" 2>/dev/null &
  "$bench" --only agent --clients 8 --seconds "$seconds" --json >"$b" 2>/dev/null &
  wait
  two=$(( $(rate <"$a") + $(rate <"$b") ))
  rm -f "$a" "$b"
  echo "round $r: one agent, 16 clients: $one calls/s; two agents, 8 clients each: $two calls/s"
  ones+=("$one") twos+=("$two")
done
python3 - "${ones[*]}" "${twos[*]}" <<'PY'
import statistics, sys
one = statistics.median(map(int, sys.argv[1].split()))
two = statistics.median(map(int, sys.argv[2].split()))
print(f"median: one agent {one:.0f} calls/s, two agents {two:.0f} calls/s: {two / one:.2f}x (an upper bound for two workers)")
PY
