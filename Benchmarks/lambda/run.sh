#!/usr/bin/env bash
# Lambda emulator benchmark: warm invocation round trip through the Runtime API (emulator + runtime
# client + handler, in-process caller) and cold start (exec to first /next), Swift vs Python.
# Usage: Benchmarks/lambda/run.sh [--warm N] [--cold N]   (builds release products first)
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 -c "import awslambdaric" 2>/dev/null || python3 -m pip install -q -r Tests/requirements.txt
swift build -c release --product RuntimeEcho >/dev/null
swift build -c release --product lambda-benchmark >/dev/null
mkdir -p .build/minimal-runtime
"$(command -v cc || command -v clang)" -O2 -D_GNU_SOURCE -o .build/minimal-runtime/bootstrap Benchmarks/lambda/minimal-runtime/bootstrap.c
exec .build/release/lambda-benchmark --bin-dir .build/release --python-folder Tests/blackbox/lambda/fixtures/pyfunc \
  --minimal-folder .build/minimal-runtime "$@"
