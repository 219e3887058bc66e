#!/usr/bin/env python3
"""Cold start of the Lambda packages scripts/package wrote: for each function, exec → first GET /next
through the package's `bootstrap` (bundled loader and libraries) and of the same binary started directly
on the host's libraries, runs interleaved so other load on the machine falls on both alike.

    python3 Benchmarks/package/coldstart.py [RUNS]      # after scripts/package; RUNS defaults to 15

The functions get a complete environment whose Redis and queues are unreachable ports: start-up does not
touch them, and the run ends at the first /next.
"""
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

PACKAGES = Path(__file__).resolve().parents[2] / ".build" / "lambda"
FUNCTIONS = ["api", "draft", "refine", "finalize"]
UNREACHABLE_QUEUE = "http://127.0.0.1:9/000000000000/unreachable"


def first_next_ms(command, name) -> float:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(4)
        server.settimeout(60)
        env = dict(os.environ, AWS_LAMBDA_RUNTIME_API=f"127.0.0.1:{server.getsockname()[1]}", AWS_REGION="us-east-1",
                   AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench", AWS_LAMBDA_FUNCTION_NAME=name,
                   REDIS_URL="redis://127.0.0.1:9", RECORDLINE_JWT_SECRET="b" * 40,
                   **{f"{queue}_URL": UNREACHABLE_QUEUE for queue in (
                       "DRAFT_QUEUE", "REFINE_QUEUE", "FINALIZE_QUEUE", "DRAFT_DEAD_LETTER_QUEUE",
                       "REFINE_DEAD_LETTER_QUEUE", "FINALIZE_DEAD_LETTER_QUEUE")})
        start = time.perf_counter_ns()
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while True:
                connection, _ = server.accept()
                with connection:
                    if connection.recv(65536).startswith(b"GET /2018-06-01/runtime/invocation/next"):
                        return (time.perf_counter_ns() - start) / 1e6
        finally:
            process.kill()
            process.wait()


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    for name in FUNCTIONS:
        variants = {"package bootstrap": [str(PACKAGES / name / "bootstrap")],
                    "binary on host libraries": [str(PACKAGES / name / name)]}
        times = {label: [] for label in variants}
        for command in variants.values():
            first_next_ms(command, name)  # page cache warm for every measured run
        for _ in range(runs):
            for label, command in variants.items():
                times[label].append(first_next_ms(command, name))
        for label, values in times.items():
            values.sort()
            print(f"{name:8} {label:25} exec -> first /next ms: min {values[0]:.1f}  median {statistics.median(values):.1f}"
                  f"  max {values[-1]:.1f}  ({runs} runs)")


if __name__ == "__main__":
    main()
