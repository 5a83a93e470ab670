#!/bin/sh
# Builds tests/io/fuzz-csv.c with clang's libFuzzer and the address and
# undefined-behaviour sanitizers, and runs it for a bounded time over a copy
# of the seed corpus. Meson cannot build one target with another compiler,
# so the test drives this script.
#
#   run-fuzz.sh SOURCE_ROOT BUILD_ROOT [SECONDS]
#
# Exits 77 (skip) when clang or its libFuzzer runtime is missing, unless
# RK_REQUIRE_FUZZ=1; non-zero on any crash, sanitizer report or leak. A
# crashing input is kept as BUILD_ROOT/tests/io/fuzz-out/crash-*.
set -eu

src=$1
build=$2
seconds=${3:-${RK_FUZZ_SECONDS:-20}}
out=$build/tests/io/fuzz-out
CC=${CLANG:-clang}

skip () {
  echo "SKIP: $*"
  if [ "${RK_REQUIRE_FUZZ:-0}" = 1 ]; then exit 1; fi
  exit 77
}

command -v "$CC" >/dev/null 2>&1 || skip "$CC not found (apt-get install clang)"
command -v pkg-config >/dev/null 2>&1 || skip "pkg-config not found"

rm -rf "$out"
mkdir -p "$out/corpus"
cp "$src"/tests/io/fuzz-corpus/* "$out/corpus/"

# The test environment's G_DEBUG=fatal-warnings and MALLOC_CHECK_ are for
# the g_test programs; the sanitizers do that job here.
unset MALLOC_CHECK_ || true

if ! "$CC" -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
     -I"$build" -I"$src/src/io" $(pkg-config --cflags glib-2.0) \
     "$src/tests/io/fuzz-csv.c" "$src/src/io/rk-csv.c" "$src/src/io/rk-csv-decode.c" \
     $(pkg-config --libs glib-2.0) -o "$out/fuzz-csv" 2>"$out/build.log"; then
  cat "$out/build.log"
  if grep -q 'libclang_rt.fuzzer\|cannot find -l\|unsupported option' "$out/build.log"; then
    skip "clang has no libFuzzer runtime"
  fi
  exit 1
fi

cd "$out"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
./fuzz-csv -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=1024 \
  -print_final_stats=1 corpus 2>&1 | tail -n 25
status=$?
# POSIX sh has no pipefail: libFuzzer leaves crash-*/leak-*/timeout-* behind.
if ls crash-* leak-* timeout-* oom-* >/dev/null 2>&1; then
  echo "FAIL: the fuzzer found a problem; inputs kept in $out"
  exit 1
fi
exit $status
