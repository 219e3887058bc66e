#!/usr/bin/env python3
"""Queue service benchmark: send -> receive -> delete throughput and send-to-receive latency with
concurrent clients, against `local-runtime sqs` and `moto_server` side by side, plus an optional
memory run that pushes many messages through and compares the server's RSS before and after.

Every request goes over a raw keep-alive HTTP/1.1 connection speaking the JSON protocol, so the
client costs little next to the server and both servers get the same client.
"""

import argparse
import json
import multiprocessing
import os
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
AUTH = b"AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/sqs/aws4_request, SignedHeaders=host;x-amz-target, Signature=0"


class RawClient:
    """One keep-alive connection; reconnects when the server closes it."""

    def __init__(self, port: int):
        self.port = port
        self.sock = None
        self.pending = b""

    def connect(self):
        self.sock = socket.create_connection(("127.0.0.1", self.port), timeout=60)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.pending = b""

    def call(self, action: str, payload: dict) -> dict:
        data = self.call_raw(action, json.dumps(payload).encode())
        return json.loads(data) if data else {}

    def call_raw(self, action: str, body: bytes) -> bytes:
        """Sends a prepared JSON body and returns the raw response body, so the hot loop parses nothing."""
        if self.sock is None:
            self.connect()
        head = (
            b"POST / HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nX-Amz-Target: AmazonSQS.%s\r\n"
            b"Content-Type: application/x-amz-json-1.0\r\nAuthorization: %s\r\nContent-Length: %d\r\n\r\n"
            % (self.port, action.encode(), AUTH, len(body))
        )
        self.sock.sendall(head + body)
        status, headers, data = self.read_response()
        if headers.get("connection", "").lower() == "close":
            self.sock.close()
            self.sock = None
        if status != 200:
            raise RuntimeError(f"{action} -> {status}: {data[:300]!r}")
        return data

    def recv_more(self) -> bytes:
        chunk = self.sock.recv(262144)
        if not chunk:
            raise ConnectionError("server closed the connection")
        return chunk

    def read_response(self):
        while b"\r\n\r\n" not in self.pending:
            self.pending += self.recv_more()
        head, _, rest = self.pending.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        if "content-length" in headers:
            length = int(headers["content-length"])
            while len(rest) < length:
                rest += self.recv_more()
            self.pending = rest[length:]
            return status, headers, rest[:length]
        if headers.get("transfer-encoding", "").lower() == "chunked":
            data = b""
            while True:
                while b"\r\n" not in rest:
                    rest += self.recv_more()
                size_line, _, rest = rest.partition(b"\r\n")
                size = int(size_line.split(b";")[0], 16)
                while len(rest) < size + 2:
                    rest += self.recv_more()
                data += rest[:size]
                rest = rest[size + 2:]
                if size == 0:
                    self.pending = rest
                    return status, headers, data
        try:
            while True:
                rest += self.recv_more()
        except ConnectionError:
            pass
        headers["connection"] = "close"
        return status, headers, rest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_ready(port: int, path: str, process):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("server exited during start-up")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=1).read()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("server did not start")


def start_local(binary: str, data_dir: str):
    port = free_port()
    process = subprocess.Popen(
        [binary, "sqs", "--port", str(port), "--data", data_dir, "--log-level", "warning"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    wait_ready(port, "/health", process)
    return process, port


def start_moto():
    exe = shutil.which("moto_server")
    if exe is None:
        return None, None
    port = free_port()
    process = subprocess.Popen([exe, "-H", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_ready(port, "/moto-api/", process)
    return process, port


def create_queue(port: int, name: str) -> str:
    return RawClient(port).call("CreateQueue", {"QueueName": name, "Attributes": {"VisibilityTimeout": "60"}})["QueueUrl"]


RECEIPT = re.compile(rb'"ReceiptHandle":\s*"([^"]+)"')


def pipeline_bodies(url: str, batch: int, body_size: int):
    send = json.dumps({"QueueUrl": url, "Entries": [{"Id": str(i), "MessageBody": "x" * body_size} for i in range(batch)]}).encode()
    receive = json.dumps({"QueueUrl": url, "MaxNumberOfMessages": 10, "WaitTimeSeconds": 1}).encode()
    delete_head = b'{"QueueUrl":' + json.dumps(url).encode() + b',"Entries":['
    return send, receive, delete_head


def delete_body(delete_head: bytes, handles) -> bytes:
    return delete_head + b",".join(b'{"Id":"%d","ReceiptHandle":"%s"}' % (i, h) for i, h in enumerate(handles)) + b"]}"


def pipeline_worker(port, url, deadline, batch, result_queue):
    """Send a batch, receive a batch, delete what was received, until the deadline."""
    client = RawClient(port)
    send, receive, delete_head = pipeline_bodies(url, batch, 100)
    moved = 0
    while time.monotonic() < deadline:
        client.call_raw("SendMessageBatch", send)
        handles = RECEIPT.findall(client.call_raw("ReceiveMessage", receive))
        if handles:
            client.call_raw("DeleteMessageBatch", delete_body(delete_head, handles))
            moved += len(handles)
    result_queue.put(moved)


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process (all its threads)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def throughput(port: int, pid: int, clients: int, seconds: float, batch: int):
    """Messages per second through send -> receive -> delete, and the CPU seconds per message spent by
    the server and by the clients (the machine may be shared, so CPU cost is the steadier figure)."""
    url = create_queue(port, f"bench-throughput-{time.monotonic_ns()}")
    results = multiprocessing.Queue()
    deadline = time.monotonic() + seconds
    workers = [multiprocessing.Process(target=pipeline_worker, args=(port, url, deadline, batch, results)) for _ in range(clients)]
    server_start = cpu_seconds(pid)
    children_start = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    for worker in workers:
        worker.start()
    total = sum(results.get(timeout=seconds + 60) for _ in workers)
    elapsed = time.monotonic() - start
    for worker in workers:
        worker.join(timeout=30)
    server_cpu = cpu_seconds(pid) - server_start
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    client_cpu = (children.ru_utime - children_start.ru_utime) + (children.ru_stime - children_start.ru_stime)
    moved = max(total, 1)
    return total / elapsed, server_cpu / moved, client_cpu / moved


def latency_consumer(port, url, count, result_queue):
    client = RawClient(port)
    samples = []
    while len(samples) < count:
        got = client.call("ReceiveMessage", {"QueueUrl": url, "MaxNumberOfMessages": 10, "WaitTimeSeconds": 20}).get("Messages", [])
        now = time.monotonic_ns()
        for message in got:
            samples.append((now - int(message["Body"])) / 1e6)
        if got:
            client.call("DeleteMessageBatch", {
                "QueueUrl": url,
                "Entries": [{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(got)],
            })
    result_queue.put(samples)


def latency(port: int, count: int, interval: float):
    """p50/p99 in ms from just before SendMessage to ReceiveMessage returning in a waiting long poll."""
    url = create_queue(port, f"bench-latency-{time.monotonic_ns()}")
    results = multiprocessing.Queue()
    consumer = multiprocessing.Process(target=latency_consumer, args=(port, url, count, results))
    consumer.start()
    time.sleep(0.5)
    producer = RawClient(port)
    for _ in range(count):
        producer.call("SendMessage", {"QueueUrl": url, "MessageBody": str(time.monotonic_ns())})
        time.sleep(interval)
    samples = sorted(results.get(timeout=120))
    consumer.join(timeout=30)
    return statistics.median(samples), samples[int(len(samples) * 0.99) - 1]


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def memory_worker(port, url, count, result_queue):
    client = RawClient(port)
    send, receive, delete_head = pipeline_bodies(url, 10, 200)
    moved = 0
    while moved < count:
        client.call_raw("SendMessageBatch", send)
        handles = RECEIPT.findall(client.call_raw("ReceiveMessage", receive))
        if handles:
            client.call_raw("DeleteMessageBatch", delete_body(delete_head, handles))
            moved += len(handles)
    result_queue.put(moved)


def memory_run(process, port: int, total: int, clients: int):
    """Pushes `total` messages through; RSS after a 50,000-message warm-up versus at the end."""
    url = create_queue(port, f"bench-memory-{time.monotonic_ns()}")

    def push(count):
        results = multiprocessing.Queue()
        per = max(1, count // clients)
        workers = [multiprocessing.Process(target=memory_worker, args=(port, url, per, results)) for _ in range(clients)]
        for worker in workers:
            worker.start()
        moved = sum(results.get(timeout=3600) for _ in workers)
        for worker in workers:
            worker.join(timeout=30)
        return moved

    push(50_000)
    start_rss = rss_kib(process.pid)
    started = time.monotonic()
    moved = push(total)
    elapsed = time.monotonic() - started
    end_rss = rss_kib(process.pid)
    return start_rss, end_rss, moved, elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=str(REPO / ".build" / "release" / "local-runtime"))
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--moto-seconds", type=float, default=5)
    parser.add_argument("--batch", type=int, default=10)
    parser.add_argument("--latency-count", type=int, default=2000)
    parser.add_argument("--memory-messages", type=int, default=0, help="also run the memory check with this many messages (e.g. 1000000)")
    parser.add_argument("--skip-moto", action="store_true")
    args = parser.parse_args()

    if not Path(args.binary).exists():
        sys.exit(f"{args.binary} not found: build it with `swift build -c release --product local-runtime`")

    report = {}
    with tempfile.TemporaryDirectory() as data_dir:
        process, port = start_local(args.binary, data_dir)
        try:
            local_rate, server_cost, client_cost = throughput(port, process.pid, args.clients, args.seconds, args.batch)
            p50, p99 = latency(port, args.latency_count, 0.002)
            cores = os.cpu_count() or 1
            capacity = cores / (server_cost + client_cost)
            report["local"] = {
                "throughput_msgs_per_s": round(local_rate), "latency_p50_ms": round(p50, 3), "latency_p99_ms": round(p99, 3),
                "server_cpu_us_per_msg": round(server_cost * 1e6, 1), "client_cpu_us_per_msg": round(client_cost * 1e6, 1),
                "capacity_msgs_per_s_on_idle_cores": round(capacity), "load_average": os.getloadavg()[0],
            }
            print(f"local-runtime sqs: {local_rate:,.0f} messages/s (send+receive+delete, batches of {args.batch}, {args.clients} clients); "
                  f"send-to-receive p50 {p50:.3f} ms, p99 {p99:.3f} ms", flush=True)
            print(f"  CPU per message: server {server_cost * 1e6:.1f} us, clients {client_cost * 1e6:.1f} us -> "
                  f"{capacity:,.0f} messages/s if all {cores} cores served this run (load average now {os.getloadavg()[0]:.1f})", flush=True)
            if args.memory_messages:
                start_rss, end_rss, moved, elapsed = memory_run(process, port, args.memory_messages, args.clients)
                ratio = end_rss / start_rss
                report["memory"] = {"messages": moved, "rss_start_kib": start_rss, "rss_end_kib": end_rss, "ratio": round(ratio, 3)}
                print(f"memory: {moved:,} messages in {elapsed:.0f} s, RSS {start_rss/1024:.1f} MiB -> {end_rss/1024:.1f} MiB "
                      f"(x{ratio:.2f}, limit x1.50: {'ok' if ratio <= 1.5 else 'EXCEEDED'})", flush=True)
        finally:
            process.terminate()
            process.wait(timeout=30)

    if not args.skip_moto:
        moto, moto_port = start_moto()
        if moto is None:
            print("moto_server not found; skipping the comparison")
        else:
            try:
                moto_rate, moto_server_cost, moto_client_cost = throughput(moto_port, moto.pid, args.clients, args.moto_seconds, args.batch)
                m50, m99 = latency(moto_port, min(200, args.latency_count), 0.005)
                report["moto"] = {"throughput_msgs_per_s": round(moto_rate), "latency_p50_ms": round(m50, 3), "latency_p99_ms": round(m99, 3),
                                  "server_cpu_us_per_msg": round(moto_server_cost * 1e6, 1)}
                print(f"moto_server:       {moto_rate:,.0f} messages/s; send-to-receive p50 {m50:.3f} ms, p99 {m99:.3f} ms; "
                      f"server CPU per message {moto_server_cost * 1e6:.1f} us")
                print(f"ratio local/moto: throughput x{local_rate / max(moto_rate, 1):.1f}, "
                      f"p50 latency x{m50 / max(p50, 1e-6):.1f} lower, server CPU per message x{moto_server_cost / max(server_cost, 1e-9):.1f} lower")
            finally:
                moto.terminate()
                moto.wait(timeout=30)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
