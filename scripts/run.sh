#!/usr/bin/env bash
# Installs what is missing, builds, and opens Awaitscope's window on a scenario (the bundled
# default when none is given). Without a display it runs the scenario headless and prints
# its output.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh >&2

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
cmake --build build -j"$(nproc)" --target awaitscope >&2

scenario="${1:-scenarios/default.py}"
exec build/gui/awaitscope "$scenario"
