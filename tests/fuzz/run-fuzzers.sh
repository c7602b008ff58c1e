#!/bin/bash
# run-fuzzers.sh: build the libFuzzer targets (clang, ASan+UBSan) and run each for SECONDS
# SPDX-License-Identifier: GPL-3.0-or-later
#
# usage: tests/fuzz/run-fuzzers.sh [SECONDS]     (default 30 per fuzzer)
# env:   BUILD_FUZZ=dir (default <repo>/build-fuzz), FUZZERS="jsonrpc sse" (default: all of
#        tests/fuzz/meson.build's fuzz_targets; the parsers of outside bytes: JSON-RPC, SSE,
#        control messages, invitations, REST bodies, CSRs, WebSocket and line framing, the
#        JSON Schemas of tools with the instances they check, tool definitions through
#        the scanner, the zt4mcp-llm/1 framing of model requests, text through the secret
#        detector, tool results through the result filter),
#        ZT_FUZZ_STRICT=1 to crash on bugs already reported too (see zt-fuzz-util.h)
#        FUZZ_JOBS=n fuzzers at once (default: the number of cores)
# Exits non-zero when a fuzzer crashed (or failed to run); the input is left in
# $BUILD_FUZZ/fuzz-artifacts/<name>/ and can be replayed with ./fuzz-<name> FILE.
set -u

seconds=${1:-30}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${BUILD_FUZZ:-$root/build-fuzz}
# every target meson.build lists, so that a new one is never left out
all=$(sed -n "s/^ *'\([a-z0-9_-]*\)': files('fuzz-.*/\1/p" "$here/meson.build" | tr '\n' ' ')
fuzzers=${FUZZERS:-$all}

if ! command -v clang >/dev/null; then
  echo "run-fuzzers: clang is needed (apt-get install clang)" >&2
  exit 2
fi

if [ ! -f "$build/build.ninja" ]; then
  setup_log=$(mktemp)
  CC=clang meson setup "$build" "$root" -Dfuzzing=true -Db_sanitize=address,undefined \
    -Db_lundef=false -Dgui=disabled >"$setup_log" 2>&1 || {
      cat "$setup_log" >&2
      rm -f "$setup_log"
      exit 2
    }
  rm -f "$setup_log"
fi
targets=()
for f in $fuzzers; do targets+=("tests/fuzz/fuzz-$f"); done
# The machine has two cores and other builds may be running: keep this one modest.
ninja -C "$build" -j 2 "${targets[@]}" >"$build/fuzz-build.log" 2>&1 || {
  tail -40 "$build/fuzz-build.log" >&2
  exit 2
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

# Each fuzzer is one process on one core: as many run at once as there are cores (FUZZ_JOBS),
# each for the same SECONDS, so a run fuzzes as long per target in less time.
jobs=${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 1)}
[ "$jobs" -ge 1 ] 2>/dev/null || jobs=1

# Runs fuzzer $1; its line of results goes to $build/fuzz-$1.result, its exit status first.
run_one () {
  local f=$1
  local exe="$build/tests/fuzz/fuzz-$f"
  local work="$build/fuzz-corpus/$f"
  local artifacts="$build/fuzz-artifacts/$f/"
  local log="$build/fuzz-$f.log"
  local rc execs cov corpus known crash why
  mkdir -p "$work" "$artifacts"

  # New inputs go to the work corpus (kept between runs); the seeds are read only.
  "$exe" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix="$artifacts" "$work" "$here/corpus/$f" >"$log" 2>&1
  rc=$?

  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  corpus=$(find "$work" -type f | wc -l)
  known=$(LC_ALL=C sed -n 's/^zt-fuzz: known bug \([^ ]*\) .*/\1/p' "$log" | sort -u | tr '\n' ' ')
  {
    echo "$rc"
    if [ $rc -eq 0 ]; then
      echo "fuzz-$f: ok: ${execs:-?} execs in ${seconds} s, corpus ${corpus} inputs, cov ${cov:-?}${known:+, known bugs hit: $known}"
    else
      crash=$(ls -t "$artifacts" 2>/dev/null | head -1)
      why=$(grep -m1 -E 'ERROR: (AddressSanitizer|libFuzzer|LeakSanitizer)|runtime error|INVARIANT FAILED|known bug hit' "$log")
      echo "fuzz-$f: CRASH (exit $rc) after ${execs:-?} execs: ${why:-see $log}; input: $artifacts$crash"
    fi
  } >"$build/fuzz-$f.result"
}

for f in $fuzzers; do
  rm -f "$build/fuzz-$f.result"
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
    wait -n
  done
  run_one "$f" &
done
wait

# the results in the order of the list; a fuzzer that left none failed to run
status=0
for f in $fuzzers; do
  if [ -s "$build/fuzz-$f.result" ]; then
    sed -n 2p "$build/fuzz-$f.result"
    [ "$(sed -n 1p "$build/fuzz-$f.result")" = 0 ] || status=1
  else
    echo "fuzz-$f: did not run (see $build/fuzz-$f.log)"
    status=1
  fi
done
exit $status
