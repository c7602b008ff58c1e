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

status=0
for f in $fuzzers; do
  exe="$build/tests/fuzz/fuzz-$f"
  work="$build/fuzz-corpus/$f"
  artifacts="$build/fuzz-artifacts/$f/"
  log="$build/fuzz-$f.log"
  mkdir -p "$work" "$artifacts"

  # New inputs go to the work corpus (kept between runs); the seeds are read only.
  "$exe" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix="$artifacts" "$work" "$here/corpus/$f" >"$log" 2>&1
  rc=$?

  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  corpus=$(find "$work" -type f | wc -l)
  known=$(LC_ALL=C sed -n 's/^zt-fuzz: known bug \([^ ]*\) .*/\1/p' "$log" | sort -u | tr '\n' ' ')
  if [ $rc -eq 0 ]; then
    echo "fuzz-$f: ok: ${execs:-?} execs in ${seconds} s, corpus ${corpus} inputs, cov ${cov:-?}${known:+, known bugs hit: $known}"
  else
    crash=$(ls -t "$artifacts" 2>/dev/null | head -1)
    why=$(grep -m1 -E 'ERROR: (AddressSanitizer|libFuzzer|LeakSanitizer)|runtime error|INVARIANT FAILED|known bug hit' "$log")
    echo "fuzz-$f: CRASH (exit $rc) after ${execs:-?} execs: ${why:-see $log}; input: $artifacts$crash"
    status=1
  fi
done
exit $status
