#!/usr/bin/env python3
"""Streams against a small account (bounded, loopback only), not a test: 300 teachers each submit a task
and follow it the way the page does, while the whole stack has only 100 execution environments: the
api function's ApiConcurrency plus each stage's reserved concurrency (local-runtime gives each function
its ReservedConcurrentExecutions as environments; it has no account-wide pool, so the account's 100 is
the sum of the reservations, as on an account whose whole quota is reserved). The page's way: open the
task's event stream; on a refusal or a broken stream try again after half a second; after three
failures in a row, poll `GET /v1/tasks/<id>` every two seconds until the task has ended. Submissions
refused with 429 are retried after their Retry-After.

Prints: every task ended or not, submit → completed p50/p99, streams answered 200 and refused
(429 by error code, each with or without Retry-After), how many teachers fell back to polling, the
most streams open at once, and the stage functions' throttles from local-runtime's metrics. With
`--model-delay S` the stages ask the scripted model server (Tests/blackbox/e2e/scripted_model.py), which
takes S seconds per answer, so tasks take seconds and streams are held as long as a model would hold them.

    swift build && python3 Benchmarks/streams/streams_cap.py [--teachers 300] [--api-concurrency 50] \
        [--stage-concurrency 10,20,20] [--model-delay 0.5] [--bin-dir .build/release]
"""
import argparse
import collections
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "flood"))
from flood import REPO, Stack, Tally, percentile, refusal_code, request, teacher_token  # noqa: E402
from lifecycle_support import Redis  # noqa: E402

NOTES = ("수학 동아리에서 확률 단원 문제를 친구들에게 설명하는 멘토 역할을 맡아 매주 풀이 자료를 만들었다.\n\n"
         "동아리 발표회에서 원주율을 추정하는 과정을 시연하고 오차가 줄어드는 이유를 설명했다.")
SECRET = "streams-benchmark-signing-secret-0123456789abcdef"
SCRIPTED_MODEL = REPO / "Tests" / "blackbox" / "e2e" / "scripted_model.py"


class Gauge:
    """Streams open right now, and the most at once."""

    def __init__(self):
        self.lock = threading.Lock()
        self.now = 0
        self.most = 0

    def change(self, delta):
        with self.lock:
            self.now += delta
            self.most = max(self.most, self.now)


def submit(port, token, tally, deadline):
    while time.monotonic() < deadline:
        status, headers, connection, response = request(port, "POST", "/v1/tasks", token, {"section": "club", "activities": NOTES})
        if status == 202:
            task_id = json.loads(response.read())["taskId"]
            connection.close()
            return task_id
        code = refusal_code(response)
        connection.close()
        tally.add(f"POST {status} {code}")
        if status < 500 and status != 429:
            raise RuntimeError(f"POST answered {status} {code}")
        # A 429 after its Retry-After; a 5xx (an environment that failed) after a second, as a client retries.
        time.sleep(float(headers.get("Retry-After") or 1))
    raise RuntimeError("a task was never accepted")


def stream_once(port, token, task_id, last, tally, gauge):
    """One stream attempt: ("ended" | "closed" | "refused", last event id)."""
    status, headers, connection, response = request(
        port, "GET", f"/v1/tasks/{task_id}/events", token, headers={"Last-Event-ID": last} if last else None)
    if status == 204:
        connection.close()
        return "ended", last
    if status != 200:
        code = refusal_code(response)
        connection.close()
        retry_after = "with Retry-After" if headers.get("Retry-After") else "without Retry-After"
        tally.add(f"stream {status} {code} {retry_after}")
        return "refused", last
    tally.add("stream 200")
    gauge.change(+1)
    try:
        for raw in response:
            line = raw.decode().rstrip("\n")
            if line.startswith("id: "):
                last = line[4:]
            elif line == "event: completed":
                return "ended", last
        return "closed", last
    finally:
        gauge.change(-1)
        connection.close()


def poll(port, token, task_id, tally, deadline):
    while time.monotonic() < deadline:
        status, headers, connection, response = request(port, "GET", f"/v1/tasks/{task_id}", token)
        raw = response.read()
        connection.close()
        if status == 200:
            if json.loads(raw)["status"] in ("completed", "failed"):
                return True
        else:
            tally.add(f"poll {status}")
        time.sleep(2)
    return False


def teacher(port, name, tally, gauge, results, deadline):
    token = teacher_token(SECRET, name)
    started = time.monotonic()
    task_id = submit(port, token, tally, deadline)
    last, failures, polled, ended = None, 0, False, False
    while failures < 3 and time.monotonic() < deadline:
        outcome, last = stream_once(port, token, task_id, last, tally, gauge)
        if outcome == "ended":
            ended = True
            break
        if outcome == "refused":
            failures += 1
            time.sleep(0.5)
        else:
            failures = 0
    if not ended:
        polled = True
        ended = poll(port, token, task_id, tally, deadline)
    results.append((task_id, ended, polled, time.monotonic() - started))


def metric(text, name, function):
    match = re.search(rf'^{name}\{{[^}}]*function="{re.escape(function)}"[^}}]*\}} (\S+)$', text, re.MULTILINE)
    return float(match.group(1)) if match else 0.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--teachers", type=int, default=300)
    parser.add_argument("--api-concurrency", type=int, default=50)
    parser.add_argument("--stage-concurrency", default="10,20,20", help="draft,refine,finalize reserved concurrency")
    parser.add_argument("--stream-seconds", type=int, default=20)
    parser.add_argument("--bin-dir", default=str(REPO / ".build" / "debug"))
    parser.add_argument("--model-delay", type=float, default=None, help="the stages ask the scripted model, this many seconds per answer")
    parser.add_argument("--timeout", type=float, default=900)
    args = parser.parse_args()
    draft, refine, finalize = (int(value) for value in args.stage_concurrency.split(","))
    environments = args.api_concurrency + draft + refine + finalize

    os.environ["RECORDLINE_BIN_DIR"] = args.bin_dir
    workdir = Path(tempfile.mkdtemp(prefix="streams-"))
    (workdir / "stack").mkdir()
    redis = Redis(workdir)
    model_overrides = ()
    model = None
    if args.model_delay is not None:
        model = subprocess.Popen([sys.executable, str(SCRIPTED_MODEL), "--port", "0"], stdout=subprocess.PIPE, text=True)
        model_port = int(model.stdout.readline().split()[1])
        script = urllib.request.Request(f"http://127.0.0.1:{model_port}/_script", method="POST",
                                        data=json.dumps({"delay": args.model_delay}).encode())
        urllib.request.urlopen(script, timeout=10).close()
        model_overrides = (f"ModelBaseUrl=http://127.0.0.1:{model_port}/v1", "ModelName=scripted")
    stack = Stack(REPO / "template.yaml", workdir / "stack", record_log=False,
                  env={"REDIS_URL": redis.url, "RECORDLINE_JWT_SECRET": SECRET},
                  extra_args=("--parameter-overrides", f"ApiConcurrency={args.api_concurrency}", f"DraftConcurrency={draft}",
                              f"RefineConcurrency={refine}", f"FinalizeConcurrency={finalize}",
                              f"StreamSeconds={args.stream_seconds}", "FunctionTimeout=60", "QueueVisibilityTimeout=360",
                              *model_overrides))
    tally, gauge, results = Tally(), Gauge(), []
    try:
        stack.wait_ready(timeout=120)
        deadline = time.monotonic() + args.timeout
        began = time.monotonic()
        threads = [threading.Thread(target=teacher, args=(stack.port, f"teacher-{index}", tally, gauge, results, deadline))
                   for index in range(args.teachers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.monotonic() - began
        statuses = collections.Counter(redis("HGET", f"task:{task_id}", "status").strip() for task_id, *_ in results)
        with urllib.request.urlopen(f"{stack.sqs_endpoint}/metrics", timeout=30) as response:
            metrics = response.read().decode()
    finally:
        stack.stop()
        redis.stop()
        failures = [line for line in stack.lines
                    if '"_aws"' not in line and re.search(r"timed out|Runtime\.|exited|error", line, re.IGNORECASE)]
        if model:
            model.kill()
            model.wait(5)

    seconds = [duration for _, ended, _, duration in results if ended]
    print(f"{args.teachers} teachers, one task each, following it as the page does; {environments} environments in all "
          f"(api {args.api_concurrency}, of which streams {int(args.api_concurrency * 0.75)}; draft {draft}, refine {refine}, "
          f"finalize {finalize}); StreamSeconds {args.stream_seconds}; "
          + (f"scripted model, {args.model_delay} s per answer" if model else "offline engine")
          + f"; binaries {args.bin_dir}; wall time {wall:.1f} s")
    print(f"tasks: {len(results)} submitted, status in Redis {dict(statuses)}, followed to their end: {sum(1 for r in results if r[1])}")
    if seconds:
        print(f"submit → end seen: p50 {statistics.median(seconds):.1f} s, p99 {percentile(seconds, 0.99):.1f} s, max {max(seconds):.1f} s")
    print("answers: " + ", ".join(f"{key}: {count}" for key, count in sorted(tally.counts.items())))
    print(f"teachers that fell back to polling: {sum(1 for r in results if r[2])}; most streams open at once: {gauge.most}")
    for function in ("recordline-api", "recordline-draft", "recordline-refine", "recordline-finalize"):
        print(f"{function}: invocations {metric(metrics, 'lambda_invocations_total', function):.0f}, "
              f"throttles {metric(metrics, 'lambda_throttles_total', function):.0f}, "
              f"errors {metric(metrics, 'lambda_errors_total', function):.0f}")
    # The same failure told by many invocations once, its request ids, times and ports left out.
    kinds = collections.Counter(re.sub(r"\[[0-9a-f-]{36}\] |\"timestamp\":\"[^\"]*\",|\"requestId\":\"[^\"]*\"|\d+", "", line)[:240]
                                for line in failures)
    print(f"stack lines telling of failures: {len(failures)}" + "".join(f"\n  {count} × {kind}" for kind, count in kinds.most_common(12)))
    every_task_ended = len(results) == args.teachers and set(statuses) <= {"completed"} and all(r[1] for r in results)
    print("every task completed and was seen to end" if every_task_ended else "NOT every task completed")
    return 0 if every_task_ended else 1


if __name__ == "__main__":
    sys.exit(main())
