#!/usr/bin/env python3
"""Pipeline overhead with the offline engine, through local-runtime (bounded, loopback only):
submit → completed for single tasks at low load (p50/p99), then sustained throughput with many
concurrent teachers (tasks/s until every task has completed), and the CPU each process of the stack
spent per task in that run (functions, local-runtime, redis-server; not the benchmark's own clients).

With `--model` the stages ask the scripted OpenAI-compatible server (Tests/blackbox/e2e/scripted_model.py,
answering at once unless `--model-delay` says otherwise) and validate and repair every answer: the
figures are then the model path's own overhead, and the model calls and tokens each task cost (from
the task's `usage`) are printed per task: median, smallest and largest.

    scripts/package && swift build -c release --product local-runtime
    python3 Benchmarks/pipeline/pipeline_bench.py [--sequential 100] [--tasks 400] [--clients 32] [--model]
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

SCRIPTED_MODEL = REPO / "Tests" / "blackbox" / "e2e" / "scripted_model.py"
NOTES = ("산화환원 단원 수행평가에서 전지 실험을 설계함. 조원 4명 중 측정을 담당함.\n\n"
         "결과 발표 때 오차 원인을 그래프로 설명했다.\n\n수업 후 충전 횟수에 따른 용량 변화를 조사함.")


def run_task(endpoint, token, usage=None):
    """Seconds from submitting a task to its `completed` event; with `usage` (a list), the task's model
    calls and tokens are appended to it as (calls, tokens)."""
    started = time.monotonic()
    body = json.dumps({"section": "subject", "subject": "과학", "activities": NOTES}).encode()
    request = urllib.request.Request(f"{endpoint}/v1/tasks", method="POST", data=body,
                                     headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        task_id = json.loads(response.read())["taskId"]
    stream = urllib.request.Request(f"{endpoint}/v1/tasks/{task_id}/events", headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(stream, timeout=60) as response:
        for raw in response:
            if raw.decode().strip() == "event: completed":
                elapsed = time.monotonic() - started
                break
        else:
            raise RuntimeError(f"task {task_id} ended without completing")
    if usage is not None:
        status = urllib.request.Request(f"{endpoint}/v1/tasks/{task_id}", headers={"Authorization": f"Bearer {token}"})
        with urllib.request.urlopen(status, timeout=60) as response:
            entries = json.loads(response.read()).get("usage", [])
        usage.append((sum(e["calls"] for e in entries), sum(e["promptTokens"] + e["completionTokens"] for e in entries)))
    return elapsed


class CPUSampler:
    """CPU time (user + system) of local-runtime and every process under it (functions, redis-server),
    from /proc, sampled in the background so that processes which exit are counted up to their last
    sample. Linux only; elsewhere it measures nothing."""

    def __init__(self, root_pid, interval=0.25):
        self.root, self.interval = root_pid, interval
        self.latest = {}  # pid -> (name, seconds)
        self.lock = threading.Lock()
        self.stopped = threading.Event()
        self.ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
        threading.Thread(target=self._run, daemon=True).start()

    def _processes(self):
        table = {}
        for entry in os.listdir("/proc") if os.path.isdir("/proc") else ():
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as file:
                    stat = file.read()
                with open(f"/proc/{entry}/cmdline", "rb") as file:
                    command = file.read().split(b"\0")[0].decode(errors="replace")
            except OSError:
                continue
            comm, fields = stat[stat.index("(") + 1:stat.rindex(")")], stat[stat.rindex(")") + 2:].split()
            path = Path(command.split()[0]) if command.strip() else Path(comm)
            name = comm if comm.startswith("lr-keeper") else (path.parent.name if path.name == "bootstrap" else path.name)
            table[int(entry)] = (int(fields[1]), name, (int(fields[11]) + int(fields[12])) / self.ticks)
        return table

    def sample(self):
        table = self._processes()
        tree, grew = {self.root}, True
        while grew:
            grew = False
            for pid, (parent, _, _) in table.items():
                if parent in tree and pid not in tree:
                    tree.add(pid)
                    grew = True
        with self.lock:
            for pid in tree & table.keys():
                self.latest[pid] = table[pid][1:]
            return dict(self.latest)

    def _run(self):
        while not self.stopped.wait(self.interval):
            self.sample()

    def stop(self):
        self.stopped.set()


def cpu_by_process(start, end):
    """Seconds of CPU per process name between two samples (a process started since counts whole)."""
    totals = {}
    for pid, (name, seconds) in end.items():
        if name.startswith("lr-keeper"):
            continue
        totals[name] = totals.get(name, 0) + seconds - start.get(pid, (name, 0))[1]
    return totals


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sequential", type=int, default=100, help="tasks one after another (low load)")
    parser.add_argument("--tasks", type=int, default=400, help="tasks for the throughput run")
    parser.add_argument("--clients", type=int, default=32, help="concurrent teachers in the throughput run")
    parser.add_argument("--bin-dir", default=str(REPO / ".build" / "release"))
    parser.add_argument("--model", action="store_true", help="the stages ask the scripted model server")
    parser.add_argument("--model-delay", type=float, default=0, help="seconds the scripted model takes per answer")
    args = parser.parse_args()

    os.environ["RECORDLINE_BIN_DIR"] = args.bin_dir
    workdir = Path(tempfile.mkdtemp(prefix="pipeline-bench-"))
    overrides = ["FunctionTimeout=60", "QueueVisibilityTimeout=360"]
    model = None
    if args.model:
        model = subprocess.Popen([sys.executable, str(SCRIPTED_MODEL), "--port", "0"], stdout=subprocess.PIPE, text=True)
        port = int(model.stdout.readline().split()[1])
        if args.model_delay:
            request = urllib.request.Request(f"http://127.0.0.1:{port}/_script", method="POST",
                                             data=json.dumps({"delay": args.model_delay}).encode())
            urllib.request.urlopen(request, timeout=10).close()
        overrides += [f"ModelBaseUrl=http://127.0.0.1:{port}/v1", "ModelName=scripted"]
    stack = Stack(REPO / "template.yaml", workdir, record_log=False,
                  extra_args=("--concurrency", str(args.clients + 8), "--parameter-overrides", *overrides))
    sampler = None
    cpu = {}
    try:
        stack.wait_ready(timeout=120)
        sampler = CPUSampler(stack.process.pid)
        secret = (workdir / "data" / "jwt-secret").read_text().strip()
        # A teacher per task keeps every request within the per-teacher limits.
        for index in range(5):  # warm every function's first environment
            run_task(stack.endpoint, teacher_token(secret, f"warm-{index}"))
        usage = [] if args.model else None
        latencies = [run_task(stack.endpoint, teacher_token(secret, f"sequential-{index}"), usage) * 1000
                     for index in range(args.sequential)]

        tokens = [teacher_token(secret, f"teacher-{i}") for i in range(args.clients)]
        remaining = list(range(args.tasks))
        lock = threading.Lock()
        failures = []

        def worker(token):
            while True:
                with lock:
                    if not remaining:
                        return
                    remaining.pop()
                try:
                    run_task(stack.endpoint, token)
                except Exception as error:  # noqa: BLE001 - counted and reported
                    failures.append(str(error))

        began = time.monotonic()
        cpu_start = sampler.sample()
        threads = [threading.Thread(target=worker, args=(token,)) for token in tokens]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(600)
        elapsed = time.monotonic() - began
        cpu = cpu_by_process(cpu_start, sampler.sample())
    finally:
        if sampler:
            sampler.stop()
        stack.stop()
        if model:
            model.kill()

    print("engine: " + ("scripted model" + (f", {args.model_delay} s per answer" if args.model_delay else "") if args.model else "offline"))
    print(f"low load, {args.sequential} tasks one after another: submit → completed "
          f"p50 {statistics.median(latencies):.1f} ms, p99 {percentile(latencies, 0.99):.1f} ms")
    if usage:
        calls, tokens = [c for c, _ in usage], [t for _, t in usage]
        print(f"model per task ({len(usage)} low-load tasks): calls median {statistics.median(calls):g} "
              f"(min {min(calls)}, max {max(calls)}), tokens median {statistics.median(tokens):g} "
              f"(min {min(tokens)}, max {max(tokens)})")
    done = args.tasks - len(failures)
    print(f"sustained, {args.tasks} tasks from {args.clients} concurrent teachers: {done / elapsed:.1f} tasks/s "
          f"({elapsed:.1f} s; {len(failures)} failed)")
    if cpu and done:
        parts = ", ".join(f"{name} {seconds / done * 1000:.2f}" for name, seconds in sorted(cpu.items(), key=lambda item: -item[1]))
        print(f"CPU per task in the sustained run (ms; local-runtime and every process under it): {parts}; "
              f"total {sum(cpu.values()) / done * 1000:.2f} ({sum(cpu.values()):.1f} s)")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
