#!/usr/bin/env bash
# tools/tsan/run.sh: builds zt4mcp with ThreadSanitizer (build-tsan) and runs end-to-end tests
# against it, by default the ones the suite also runs with the agent's HTTP on two front
# workers (agent serve --http-workers 2), then sorts the reports (tools/tsan/triage.py): races
# in zt4mcp's own code are listed and make the exit status 1. tools/test.sh runs it as the
# suite's last phase (about seven minutes here, the tests one at a time; TSAN_JOBS=N runs N at
# once, by default one per core); GLib's own hand-offs, which TSan cannot see,
# leave hundreds of reports, counted by pattern (docs/performance.md, "Thread safety of the
# workers").
#
# usage: tools/tsan/run.sh [--no-workers] [TEST.mjs[:ARG,ARG]...]
# SPDX-License-Identifier: GPL-3.0-or-later
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=$top/build-tsan
out=${ZT_TSAN_OUT:-$top/build-tsan/tsan}
workers=2

if [ "${1:-}" = "--no-workers" ]; then
  workers=
  shift
fi
tests=("$@")
if [ ${#tests[@]} -eq 0 ]; then
  tests=(e2e-everything.mjs:stdio,http e2e-everything.mjs:stdio,sse e2e-modern.mjs e2e-errors.mjs
         e2e-attack-resources.mjs e2e-seam.mjs e2e-llm.mjs e2e-desktop-api.mjs)
fi

libtsan=$(gcc -print-file-name=libtsan.so)
libtsan=$(readlink -f "$libtsan")
if [ ! -e "$libtsan" ]; then
  echo "tsan: gcc's libtsan is missing; install it with: apt install libgcc-12-dev" >&2
  exit 2
fi
if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" -Dgui=disabled -Dbuildtype=debugoptimized -Db_sanitize=thread >"$build.setup.log" 2>&1 \
    || { cat "$build.setup.log"; echo "tsan: meson setup $build failed" >&2; exit 2; }
fi
# only what the tests start: the agent and CLI, and the echo server
ninja -C "$build" src/cli/zt4mcp bench/zt-echo-server >"$build/tsan-ninja.log" 2>&1 \
  || { tail -n 40 "$build/tsan-ninja.log"; echo "tsan: the build failed (ninja -C $build)" >&2; exit 2; }
mkdir -p "$out"
rm -f "$out"/r.* "$out"/*.log
gcc -O1 -g -shared -fPIC -fsanitize=thread "$top/tools/tsan/glib-tsan.c" -o "$out/glib-tsan.so" \
  $(pkg-config --cflags --libs gio-2.0) -ldl || exit 2

# the agent and the CLI, as the tests start them, with TSan's runtime and the annotations first
cat >"$out/zt4mcp" <<EOF
#!/bin/sh
export G_SLICE=always-malloc
export LD_PRELOAD=$libtsan:$out/glib-tsan.so
export TSAN_OPTIONS="log_path=$out/r halt_on_error=0 exitcode=0 report_signal_unsafe=0 history_size=4"
exec "$build/src/cli/zt4mcp" "\$@"
EOF
chmod +x "$out/zt4mcp"

# Each test file with its own agent; TSAN_JOBS of them at once (default: the number of cores),
# as their agents mostly wait on timers and on each other
log_of () {  # test[:args] -> its log file
  echo "$out/$(echo "$1" | tr ':,/' '___').log"
}
run_one () {  # test[:args]; prints its result line, leaves its exit status in $(log_of TEST).rc
  local t=$1 script=${1%%:*} args=() log rc
  [ "$script" != "$t" ] && IFS=, read -r -a args <<<"${t#*:}"
  log=$(log_of "$t")
  (cd "$top/tests/node" &&
    env ZT4MCP="$out/zt4mcp" ZT_ECHO_SERVER="$build/bench/zt-echo-server" ZT_SANITIZE=thread \
    ${workers:+ZT_TEST_HTTP_WORKERS=$workers} timeout 900 node "$script" "${args[@]}") >"$log" 2>&1
  rc=$?
  # TSan runs the agent 5-15 times slower: a case that failed on a timing once is run again
  # (its races, if any, were reported by the first run all the same)
  if [ $rc -ne 0 ]; then
    echo "tsan: $t: $(tail -n 1 "$log") (exit $rc); once more"
    (cd "$top/tests/node" &&
      env ZT4MCP="$out/zt4mcp" ZT_ECHO_SERVER="$build/bench/zt-echo-server" ZT_SANITIZE=thread \
      ${workers:+ZT_TEST_HTTP_WORKERS=$workers} timeout 900 node "$script" "${args[@]}") >"$log.again" 2>&1
    rc=$?
    log=$log.again
  fi
  echo "tsan: $t: $(tail -n 1 "$log") (exit $rc)"
  echo $rc >"${log%.again}.rc"
}

jobs_max=${TSAN_JOBS:-$(nproc 2>/dev/null || echo 1)}
[ "$jobs_max" -ge 1 ] 2>/dev/null || jobs_max=1
rm -f "$out"/*.rc
for t in "${tests[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs_max" ]; do wait -n; done
  run_one "$t" &
done
wait
failed=0
for t in "${tests[@]}"; do
  rc=$(cat "$(log_of "$t").rc" 2>/dev/null || echo missing)
  [ "$rc" = 0 ] || { failed=1; echo "tsan: $t: failed (exit $rc)"; }
done
python3 "$top/tools/tsan/triage.py" "$out" || failed=1
exit $failed
