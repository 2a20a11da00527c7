#!/usr/bin/env bash
# Builds a Release build in build-bench/ (only what the benchmarks need), runs every
# benchmark and prints one table of figures, also written to build-bench/bench.json.
#
#   scripts/bench.sh
#   BENCH_REPEAT=5 BENCH_SIZES=1000,10000 scripts/bench.sh
#
# BENCH_REPEAT: runs of each measurement, of which the median is shown (default 3; the
# machine is shared, so single runs are noisy). BENCH_SIZES: task counts of the engine
# workload (default 1000,10000,100000). See "Benchmarks" in README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

# Relative paths in ccache's keys let other checkouts' objects be reused.
export CCACHE_BASEDIR="$PWD"
# ccache also hashes the build directory into objects with debug info unless told not to,
# which made every fresh clone a full rebuild.
export CCACHE_NOHASHDIR=true
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-bench -j"$(nproc)" --target awaitscope bench_trace bench_timeline bench_export bench_startup

python3 tests/bench/run_benchmarks.py build-bench
