#!/usr/bin/env bash
# Installs what is needed, builds zt4mcp, and runs the whole test suite: a normal build, then
# an ASan/UBSan build, then the fuzzers briefly, then the HTTP front workers' e2e tests under
# ThreadSanitizer. Ends with "N passed, N failed".
# SPDX-License-Identifier: GPL-3.0-or-later
set -uo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

FUZZ_SECONDS=${FUZZ_SECONDS:-20}
SANITIZE=${SANITIZE:-1}
TSAN=${TSAN:-1}

phase () {  # the phase that starts now; says how long the last one took
  [ -n "${phase_name:-}" ] && echo "test: $phase_name took $((SECONDS - phase_start)) s"
  phase_name=$1; phase_start=$SECONDS
  [ -n "$1" ] && echo "=== $1"
}
phase "dependencies"
./tools/install-deps.sh || { echo "test: installing dependencies failed"; echo "0 passed, 1 failed"; exit 1; }

results=()  # testlog.json files to count

# A test that is not built must not vanish: the built set is compared with the list in
# tests/expected-tests.txt (suites that a build leaves out on purpose are named here).
check_test_set () {  # build-dir, suites left out...
  local dir=$1; shift
  local expected actual
  expected=$(grep -v '^#' tests/expected-tests.txt | sort)
  for suite in "$@"; do expected=$(printf '%s\n' "$expected" | grep -v "^$suite / "); done
  actual=$(meson test -C "$dir" --list 2>/dev/null | grep '^zt4mcp:' | sed 's/^zt4mcp://' | sort)
  if [ "$expected" != "$actual" ]; then
    echo "test: the tests built in $dir differ from tests/expected-tests.txt (< expected, > built):"
    diff <(printf '%s\n' "$expected") <(printf '%s\n' "$actual")
    return 1
  fi
  echo "test: $dir builds the $(printf '%s\n' "$actual" | wc -l) expected tests"
}

run_suite () {  # build-dir, suites left out, meson options...
  local dir=$1 left_out=$2; shift 2
  if [ ! -f "$dir/build.ninja" ]; then
    meson setup "$dir" "$@" >"$dir.setup.log" 2>&1 || { cat "$dir.setup.log"; return 1; }
  fi
  # setup warnings (a dependency not found, a test not built) are shown, never swallowed
  grep -i 'warning' "$dir.setup.log" 2>/dev/null | sed "s|^|test: meson setup $dir: |"
  meson compile -C "$dir" || return 1
  # shellcheck disable=SC2086
  check_test_set "$dir" $left_out || return 1
  meson test -C "$dir" --print-errorlogs --num-processes 2 || true
  results+=("$dir/meson-logs/testlog.json")
}

build_failures=0
phase "normal build"
run_suite build "" || build_failures=$((build_failures + 1))

if [ "$SANITIZE" = 1 ]; then
  phase "ASan + UBSan build"
  # the desktop app too, where the normal build has it: its tests run under Xvfb as there
  # (tests/gui/meson.build turns only LeakSanitizer off for them, for GTK's own caches)
  gui_opt=-Dgui=disabled; gui_left=gui
  if meson introspect build --buildoptions 2>/dev/null | python3 -c 'import json,sys; sys.exit(0 if any(o["name"]=="gui" and o["value"]!="disabled" for o in json.load(sys.stdin)) else 1)' \
     && meson test -C build --list 2>/dev/null | grep '^zt4mcp:gui / ' >/dev/null; then  # not -q: with pipefail, meson's SIGPIPE would fail it
    gui_opt=-Dgui=enabled; gui_left=""
  fi
  run_suite build-sanitize "$gui_left" -Db_sanitize=address,undefined -Db_lundef=false "$gui_opt" \
    || build_failures=$((build_failures + 1))
fi

extra_failures=0
extra_passes=0
if [ -x tests/fuzz/run-fuzzers.sh ] && command -v clang >/dev/null && [ "$FUZZ_SECONDS" != 0 ]; then
  phase "fuzzers, ${FUZZ_SECONDS} s each"
  # bugs once reported are fixed: hitting one again fails the run
  if ZT_FUZZ_STRICT=1 tests/fuzz/run-fuzzers.sh "$FUZZ_SECONDS"; then
    extra_passes=1
  else
    extra_failures=1
  fi
fi

# The agent with its HTTP on two front workers, built with ThreadSanitizer: eight e2e tests,
# then the races in zt4mcp's own code (tools/tsan/run.sh; GLib's own hand-offs are sorted out).
# One result: passed when every test passed and no race of ours was reported.
if [ "$TSAN" = 1 ]; then
  phase "ThreadSanitizer: the HTTP front workers"
  if ZT_TSAN_OUT="$top/build-tsan/tsan" tools/tsan/run.sh; then
    extra_passes=$((extra_passes + 1))
  else
    extra_failures=$((extra_failures + 1))
  fi
fi

# Count from meson's own test logs (one JSON object a line).
phase ""
python3 - "$build_failures" "$extra_passes" "$extra_failures" "${results[@]}" <<'PY'
import json, sys
build_failures, extra_passes, extra_failures = map(int, sys.argv[1:4])
passed = extra_passes  # the fuzzers and ThreadSanitizer, one result each
failed = build_failures + extra_failures
skipped = 0
for path in sys.argv[4:]:
    try:
        with open(path) as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line).get("result")
                if r in ("OK", "EXPECTEDFAIL"):
                    passed += 1
                elif r == "SKIP":
                    skipped += 1
                else:
                    failed += 1
    except FileNotFoundError:
        failed += 1
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or passed == 0 else 0)
PY
