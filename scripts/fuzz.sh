#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for a bounded time.
#
#     scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default 60 s, every target)
#
# Seeds: scenarios/*.py and the bad-input cases for the parser and the interpreter, and
# JSONL traces recorded from scenarios for the trace reader and the timeline. New inputs
# found are kept in build-fuzz/corpus/ between runs; a crash, hang or leak leaves its input
# in build-fuzz/artifacts/ and fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(fuzz_parser fuzz_interp fuzz_trace fuzz_timeline)

export CCACHE_BASEDIR="$PWD"
# ccache also hashes the build directory into objects with debug info unless told not to,
# which made every fresh clone a full rebuild.
export CCACHE_NOHASHDIR=true
build=build-fuzz
CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAWAITSCOPE_FUZZ=ON >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${targets[@]}" fuzz_trace_seeds

corpus="$build/corpus"
artifacts="$build/artifacts"
mkdir -p "$artifacts"
for t in parser interp; do
  mkdir -p "$corpus/$t"
  cp scenarios/*.py tests/bad_inputs/cases/*.py "$corpus/$t/"
done
mkdir -p "$corpus/trace"
# A trace per scenario that exercises many event kinds (locks, queues, executors, cancels).
ASAN_OPTIONS=detect_leaks=0 "$build/tests/fuzz/fuzz_trace_seeds" "$corpus/trace" \
  scenarios/api_lock_event.py scenarios/api_producer_consumer.py scenarios/api_barrier.py \
  scenarios/api_executor_prints.py scenarios/api_cancel_message.py scenarios/api_condition_wait_for.py \
  scenarios/api_semaphore_bounded.py scenarios/api_uncaught_exception.py scenarios/default.py \
  tests/bad_inputs/cases/deadlock_lock.py tests/bad_inputs/cases/deadlock_tasks_await_each_other.py
# The timeline starts from the same traces and the saved traces that once broke it.
mkdir -p "$corpus/timeline"
cp "$corpus"/trace/*.jsonl tests/gui_timeline/hostile_traces/*.jsonl "$corpus/timeline/"

status=0
for target in "${targets[@]}"; do
  name=${target#fuzz_}
  # Scenarios are small; recorded traces are not.
  max_len=4096
  dict=()
  case $name in trace | timeline) max_len=65536 dict=(-dict=tests/fuzz/trace.dict) ;; esac
  echo "== $target: ${seconds}s"
  # -rss_limit_mb bounds the process; the interpreter target's own memory limit is far
  # below it, so reaching it is a bug. -timeout flags any single input running over 10 s.
  if ! ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS=suppressions="$PWD/tests/lsan.supp" \
    "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
    -print_final_stats=1 -artifact_prefix="$artifacts/$name-" "${dict[@]}" "$corpus/$name" 2>"$build/$target.log"; then
    status=1
    tail -60 "$build/$target.log"
  fi
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+.*DONE" "$build/$target.log" || true
done
exit $status
