#!/usr/bin/env python3
"""Load test (bounded, loopback only): N concurrent teachers' clients, each submitting its own task and
following its Server-Sent Events through the local-runtime gateway. Prints p50/p99 time from submit to
the first event and to the last (`completed`) event, and how many clients received their completion.

    swift build -c release && python3 Benchmarks/sse/sse_load.py --clients 200 [--api-concurrency 280]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "Tests" / "blackbox" / "lambda"))
from lambda_support import REPO, Stack, teacher_token  # noqa: E402

NOTES = ("수학 동아리에서 확률 단원 문제를 친구들에게 설명하는 멘토 역할을 맡아 매주 풀이 자료를 만들었다.\n\n"
         "동아리 발표회에서 원주율을 추정하는 과정을 시연하고 오차가 줄어드는 이유를 설명했다.")


def client(endpoint, token, results, index, timeout):
    started = time.monotonic()
    first = last = None
    try:
        request = urllib.request.Request(f"{endpoint}/v1/tasks", method="POST",
                                         data=json.dumps({"section": "club", "activities": NOTES}).encode(),
                                         headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            task_id = json.loads(response.read())["taskId"]
        stream = urllib.request.Request(f"{endpoint}/v1/tasks/{task_id}/events", headers={"Authorization": f"Bearer {token}"})
        with urllib.request.urlopen(stream, timeout=timeout) as response:
            for raw in response:
                line = raw.decode()
                if line.startswith("event: "):
                    now = time.monotonic() - started
                    first = first if first is not None else now
                    if line.strip() == "event: completed":
                        last = now
                        break
    except Exception as error:  # noqa: BLE001 - every failure is counted, not raised
        results[index] = ("error", str(error))
        return
    results[index] = ("ok", first, last)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--api-concurrency", type=int, help="the api function's environments (default: enough that the "
                        "three quarters of them streams may hold take every client's stream, plus 16; each open stream "
                        "holds an environment and calls beyond the limit are throttled)")
    parser.add_argument("--bin-dir", default=str(REPO / ".build" / "release"))
    parser.add_argument("--timeout", type=float, default=120)
    args = parser.parse_args()
    args.api_concurrency = args.api_concurrency or args.clients * 4 // 3 + 16

    os.environ["RECORDLINE_BIN_DIR"] = args.bin_dir
    workdir = Path(tempfile.mkdtemp(prefix="sse-load-"))
    stack = Stack(REPO / "template.yaml", workdir, record_log=False,
        extra_args=("--parameter-overrides", f"ApiConcurrency={args.api_concurrency}", "FunctionTimeout=60", "QueueVisibilityTimeout=360"))
    try:
        stack.wait_ready(timeout=120)
        secret = (workdir / "data" / "jwt-secret").read_text().strip()
        results = [None] * args.clients
        threads = [threading.Thread(target=client, args=(stack.endpoint, teacher_token(secret, f"teacher-{i}"), results, i, args.timeout))
                   for i in range(args.clients)]
        began = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(args.timeout + 30)
        wall = time.monotonic() - began
    finally:
        stack.stop()

    ok = [r for r in results if r and r[0] == "ok" and r[2] is not None]
    errors = [r for r in results if not r or r[0] == "error"]
    print(f"{args.clients} concurrent SSE clients, each with its own task, through the local-runtime gateway "
          f"(--api-concurrency {args.api_concurrency}); wall time {wall:.1f} s")
    print(f"received their completed event: {len(ok)}/{args.clients}; errors: {len(errors)}")
    if ok:
        firsts = [r[1] * 1000 for r in ok]
        lasts = [r[2] * 1000 for r in ok]
        print(f"submit → first event: p50 {statistics.median(firsts):.0f} ms, p99 {percentile(firsts, 0.99):.0f} ms")
        print(f"submit → completed:   p50 {statistics.median(lasts):.0f} ms, p99 {percentile(lasts, 0.99):.0f} ms")
    for error in errors[:5]:
        print("error:", error)
    return 0 if len(ok) == args.clients else 1


if __name__ == "__main__":
    sys.exit(main())
