#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: once with the default compiler
# (what users build), once with clang under AddressSanitizer and UndefinedBehaviorSanitizer
# (which also finds leaks), so GCC-only and clang-only coroutine bugs both show up; then
# fuzzes the parser, the interpreter, the trace reader and the timeline for a short while.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

jobs=$(nproc)
# Relative paths in ccache's keys let a fresh clone (as CI makes) reuse earlier objects.
export CCACHE_BASEDIR="$PWD"
# ccache also hashes the build directory into objects with debug info unless told not to,
# which made every fresh clone a full rebuild.
export CCACHE_NOHASHDIR=true

echo "== Build with the default compiler (GCC: what users build with)"
cmake -S . -B build-debug -G Ninja -DCMAKE_BUILD_TYPE=Debug
cmake --build build-debug -j"$jobs"
QT_QPA_PLATFORM=offscreen ctest --test-dir build-debug --output-on-failure -j"$jobs"

echo "== Sanitizer build (clang, ASan + UBSan + LSan)"
CXX=clang++ cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DAWAITSCOPE_SANITIZE=ON
cmake --build build-asan -j"$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  LSAN_OPTIONS=suppressions="$PWD/tests/lsan.supp" \
  QT_QPA_PLATFORM=offscreen ctest --test-dir build-asan --output-on-failure -j"$jobs"

echo "== Fuzzing (libFuzzer, a short bounded run of each target; scripts/fuzz.sh for longer)"
scripts/fuzz.sh 20

echo "== Reference harness (CPython)"
python3 -m unittest tests/reference/test_cpython_ref.py
