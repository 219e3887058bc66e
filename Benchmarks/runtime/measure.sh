#!/usr/bin/env bash
# Reproduces docs/http-transport.md: builds the minimal echo function twice in release mode, once on
# the project's LambdaRuntime (libcurl) and once on async-http-client, then prints each binary's size
# (as built, stripped and zipped) and the cold start of the stripped binaries against a fake
# Runtime API (coldstart.py, runs interleaved).
#
#   Benchmarks/runtime/measure.sh            # static Swift runtime, as packaged for provided.al2023
#   LINK=dynamic Benchmarks/runtime/measure.sh
#   RUNS=50 Benchmarks/runtime/measure.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/recordline-runtime-bench}"
runs="${RUNS:-30}"
flags=(-c release)
[ "${LINK:-static}" = "static" ] && flags+=(--static-swift-stdlib)

mkdir -p "$work"
(cd "$root" && swift build "${flags[@]}" --product RuntimeEcho --scratch-path "$work/curl-build")
"$root/Benchmarks/runtime/ahc-variant.sh" "$work/ahc"
(cd "$work/ahc" && swift build "${flags[@]}" --scratch-path "$work/ahc-build")

for pair in "libcurl:$work/curl-build/release/RuntimeEcho" "async-http-client:$work/ahc-build/release/AHCEcho"; do
  name="${pair%%:*}" binary="${pair#*:}"
  strip -o "$work/$name" "$binary"
  (cd "$work" && zip -q -9 -j "$name.zip" "$name")
  echo "$name: $(stat -c %s "$binary") bytes as built, $(stat -c %s "$work/$name") stripped," \
    "$(stat -c %s "$work/$name.zip") zipped, $(ldd "$binary" | grep -c '=>') shared libraries loaded"
  rm "$work/$name.zip"
done
python3 "$root/Benchmarks/runtime/coldstart.py" "$runs" "$work/libcurl" "$work/async-http-client"
