#!/usr/bin/env bash
# Installs what is missing, builds, and runs Awaitscope on a scenario (the bundled default
# when none is given). Until the window exists (issue 4) this runs headless and prints the
# scenario's output.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh >&2

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
cmake --build build -j"$(nproc)" --target awaitscope >&2

scenario="${1:-scenarios/default.py}"
exec build/gui/awaitscope run "$scenario"
