#!/usr/bin/env python3
"""Times function binaries' cold start against a minimal fake Runtime API on 127.0.0.1.

    coldstart.py RUNS BINARY [BINARY ...]

Runs are interleaved (one run of each binary per round, in rotating order) so that load from other
processes on the machine falls on every binary alike. For each run: listen, exec the binary with
AWS_LAMBDA_RUNTIME_API pointing here, and record
  - first /next: from just before exec until the GET /next request line has arrived,
  - first response: until the POST .../response for the one event handed out has arrived.
Then the process is killed. Prints min / median / p90 / max in milliseconds.
"""
import os
import socket
import statistics
import subprocess
import sys
import time


def read_head(conn):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            raise RuntimeError("connection closed before a full request head")
        data += chunk
    return data


def one_run(binary):
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    port = server.getsockname()[1]
    env = dict(os.environ, AWS_LAMBDA_RUNTIME_API=f"127.0.0.1:{port}", AWS_LAMBDA_FUNCTION_NAME="echo")
    start = time.perf_counter_ns()
    process = subprocess.Popen([binary], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        conn, _ = server.accept()
        head = read_head(conn)
        first_next = time.perf_counter_ns()
        if not head.startswith(b"GET /2018-06-01/runtime/invocation/next"):
            raise RuntimeError(f"unexpected first request: {head[:80]!r}")
        body = b'{"ping":1}'
        deadline = int(time.time() * 1000) + 30000
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: bench-1\r\n"
            + f"Lambda-Runtime-Deadline-Ms: {deadline}\r\n".encode()
            + b"Lambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-1:000000000000:function:echo\r\n"
            + f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        conn.settimeout(10)
        head = read_head(conn)
        responded = time.perf_counter_ns()
        if b"/bench-1/response" not in head.split(b"\r\n", 1)[0]:
            raise RuntimeError(f"unexpected second request: {head[:80]!r}")
        conn.close()
        return (first_next - start) / 1e6, (responded - start) / 1e6
    finally:
        process.kill()
        process.wait()
        server.close()


def summary(values):
    ordered = sorted(values)
    p90 = ordered[max(0, int(round(0.9 * len(ordered))) - 1)]
    return f"min {ordered[0]:.2f}  median {statistics.median(ordered):.2f}  p90 {p90:.2f}  max {ordered[-1]:.2f}"


def main():
    runs = int(sys.argv[1])
    binaries = sys.argv[2:]
    results = {binary: [] for binary in binaries}
    for binary in binaries:
        one_run(binary)  # warm the page cache so every measured run starts from the same state
    for round_index in range(runs):
        shift = round_index % len(binaries)
        for binary in binaries[shift:] + binaries[:shift]:
            results[binary].append(one_run(binary))
    for binary in binaries:
        print(f"{binary} ({runs} runs, ms)")
        print(f"  exec -> first /next:    {summary([r[0] for r in results[binary]])}")
        print(f"  exec -> first response: {summary([r[1] for r in results[binary]])}")


if __name__ == "__main__":
    main()
