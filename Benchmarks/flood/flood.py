#!/usr/bin/env python3
"""Flood benchmark (bounded, loopback only), not a test: five teachers each open 100 event streams and
submit 50 tasks at once, as a class's worth of tabs and a careless client would, while a sixth teacher
submits one task at a time and follows it to its end. Every refused call is retried as a client
should (after its Retry-After). Prints the sixth teacher's submit → completed p50/p99, the 429s by
error code, and whether every task of every teacher ended.

    swift build && python3 Benchmarks/flood/flood.py [--bin-dir .build/release] [--api-concurrency 100]
"""
import argparse
import collections
import http.client
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "Tests" / "blackbox" / "lambda"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "Tests" / "blackbox" / "e2e"))
from lambda_support import REPO, Stack, teacher_token  # noqa: E402
from lifecycle_support import Redis  # noqa: E402

NOTES = ("수학 동아리에서 확률 단원 문제를 친구들에게 설명하는 멘토 역할을 맡아 매주 풀이 자료를 만들었다.\n\n"
         "동아리 발표회에서 원주율을 추정하는 과정을 시연하고 오차가 줄어드는 이유를 설명했다.")
SECRET = "flood-benchmark-signing-secret-0123456789abcdef"


class Tally:
    """Answers counted by status and error code, from every thread."""

    def __init__(self):
        self.lock = threading.Lock()
        self.counts = collections.Counter()

    def add(self, key):
        with self.lock:
            self.counts[key] += 1


def request(port, method, path, token, body=None, headers=None, timeout=120):
    """(status, headers, connection, response), the body left unread: a stream is read as it comes."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    all_headers = {"Authorization": f"Bearer {token}", **(headers or {})}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        all_headers["Content-Type"] = "application/json"
    connection.request(method, path, body=data, headers=all_headers)
    response = connection.getresponse()
    return response.status, response.headers, connection, response


def refusal_code(response):
    raw = response.read()
    try:
        return json.loads(raw).get("error", {}).get("code") or "gateway_throttle"
    except ValueError:
        return "gateway_throttle"


def submit(port, token, tally, deadline):
    """POSTs one task until it is accepted; returns its id."""
    while time.monotonic() < deadline:
        status, headers, connection, response = request(port, "POST", "/v1/tasks", token, {"section": "club", "activities": NOTES})
        if status == 202:
            task_id = json.loads(response.read())["taskId"]
            connection.close()
            return task_id
        code = refusal_code(response)
        connection.close()
        tally.add(f"{status} {code}")
        if status != 429:
            raise RuntimeError(f"POST answered {status} {code}")
        time.sleep(int(headers.get("Retry-After") or 1))
    raise RuntimeError("a task was never accepted")


def follow(port, token, task_id, tally, deadline):
    """Reads the task's stream to its `completed` event, reconnecting with Last-Event-ID after the
    stream's lifetime and after a 429 (once its Retry-After has passed)."""
    last = None
    while time.monotonic() < deadline:
        status, headers, connection, response = request(
            port, "GET", f"/v1/tasks/{task_id}/events", token, headers={"Last-Event-ID": last} if last else None)
        if status == 204:
            connection.close()
            return True
        if status != 200:
            code = refusal_code(response)
            connection.close()
            tally.add(f"{status} {code}")
            time.sleep(int(headers.get("Retry-After") or 1))
            continue
        for raw in response:
            line = raw.decode().rstrip("\n")
            if line.startswith("id: "):
                last = line[4:]
            elif line == "event: completed":
                connection.close()
                return True
        connection.close()
    return False


def flooding_teacher(port, name, tasks, streams, tally, ids, deadline):
    token = teacher_token(SECRET, name)
    mine = []
    first = threading.Event()

    def open_stream():
        first.wait()
        follow(port, token, random.choice(mine), tally, deadline)

    openers = [threading.Thread(target=open_stream) for _ in range(streams)]
    for opener in openers:
        opener.start()
    for _ in range(tasks):
        mine.append(submit(port, token, tally, deadline))
        first.set()
    for opener in openers:
        opener.join()
    ids.extend((name, task_id) for task_id in mine)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--teachers", type=int, default=5)
    parser.add_argument("--streams", type=int, default=100, help="streams each flooding teacher opens")
    parser.add_argument("--tasks", type=int, default=50, help="tasks each flooding teacher submits")
    parser.add_argument("--api-concurrency", type=int, default=100)
    parser.add_argument("--bin-dir", default=str(REPO / ".build" / "debug"))
    parser.add_argument("--pace", type=float, default=2.0, help="seconds from one of the sixth teacher's submissions to the next, at least")
    parser.add_argument("--timeout", type=float, default=600)
    args = parser.parse_args()

    os.environ["RECORDLINE_BIN_DIR"] = args.bin_dir
    workdir = Path(tempfile.mkdtemp(prefix="flood-"))
    (workdir / "stack").mkdir()
    redis = Redis(workdir)
    stack = Stack(REPO / "template.yaml", workdir / "stack", record_log=False,
                  env={"REDIS_URL": redis.url, "RECORDLINE_JWT_SECRET": SECRET},
                  extra_args=("--parameter-overrides", f"ApiConcurrency={args.api_concurrency}", "FunctionTimeout=60",
                              "QueueVisibilityTimeout=360"))
    tally = Tally()
    sixth = Tally()
    ids = []
    latencies = []
    try:
        stack.wait_ready(timeout=120)
        deadline = time.monotonic() + args.timeout
        began = time.monotonic()
        flooders = [threading.Thread(target=flooding_teacher, args=(stack.port, f"flood-{index}", args.tasks, args.streams, tally, ids, deadline))
                    for index in range(args.teachers)]
        for flooder in flooders:
            flooder.start()
        single = teacher_token(SECRET, "single")
        sixth = Tally()
        # The sixth teacher keeps submitting, one task at a time, for as long as the flood lasts, a task
        # at most every `--pace` seconds as a teacher typing one student's notes after another would:
        # their own requests then stay within their rate limit, and what they wait for is the flood.
        while any(flooder.is_alive() for flooder in flooders) and time.monotonic() < deadline:
            started = time.monotonic()
            task_id = submit(stack.port, single, sixth, deadline)
            if follow(stack.port, single, task_id, sixth, deadline):
                latencies.append(time.monotonic() - started)
            ids.append(("single", task_id))
            time.sleep(max(0.0, started + args.pace - time.monotonic()))
        for flooder in flooders:
            flooder.join()
        wall = time.monotonic() - began
        # Every task ends: none is left queued or running (Redis is the benchmark's own, so it is asked directly).
        ended = collections.Counter()
        while time.monotonic() < deadline:
            ended = collections.Counter(redis("HGET", f"task:{{{task_id}}}", "status").strip() for _, task_id in ids)
            if not ended["queued"] and not ended["running"]:
                break
            time.sleep(0.5)
    finally:
        stack.stop()
        redis.stop()

    flood_tasks = sum(1 for name, _ in ids if name != "single")
    print(f"{args.teachers} teachers × {args.streams} streams and {args.tasks} tasks, a sixth submitting one task at a time; "
          f"api concurrency {args.api_concurrency}, binaries {args.bin_dir}; wall time {wall:.1f} s")
    if latencies:
        milliseconds = [value * 1000 for value in latencies]
        print(f"sixth teacher: {len(latencies)} tasks, submit → completed p50 {statistics.median(milliseconds):.0f} ms, "
              f"p99 {percentile(milliseconds, 0.99):.0f} ms, max {max(milliseconds):.0f} ms")
    for who, counts in (("flooding teachers", tally.counts), ("sixth teacher", sixth.counts)):
        print(f"refusals of the {who}: " + (", ".join(f"{key}: {count}" for key, count in sorted(counts.items())) or "none"))
    print(f"tasks: {flood_tasks} of the flooding teachers (expected {args.teachers * args.tasks}), {len(ids) - flood_tasks} of the sixth; "
          f"ended: {dict(ended)}")
    every_task_ended = flood_tasks == args.teachers * args.tasks and set(ended) <= {"completed", "failed"}
    print("every task of every teacher ended" if every_task_ended else "NOT every task ended")
    return 0 if every_task_ended and latencies else 1


if __name__ == "__main__":
    sys.exit(main())
