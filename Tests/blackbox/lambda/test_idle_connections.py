"""Every listener (gateway, queue service, each Runtime API) closes a connection that sends no whole
request header within --idle-timeout, or idles that long between requests; a request being answered
(a parked /next, a long poll, a running handler) is not idle."""

import json
import selectors
import socket
import subprocess
import time

import pytest

from lambda_support import FIXTURES, Stack, bin_dir, client, start_environments

IDLE = 1.0


@pytest.fixture(scope="module")
def idle_stack(tmp_path_factory):
    running = Stack(FIXTURES / "template.yaml", tmp_path_factory.mktemp("idle-stack"), extra_args=("--idle-timeout", str(IDLE)))
    running.wait_ready()
    yield running
    assert running.stop() == 0, running.output()[-3000:]


def half_open(port: int, count: int, partial: bytes):
    """`count` connections that send `partial` (nothing, or half a header) and then wait; returns, per
    connection, its connect time and when the server closed it (None if it never did within the bound)."""
    selector = selectors.DefaultSelector()
    opened = {}
    for _ in range(count):
        # Taken before connecting, so it is never later than the moment the server starts counting.
        started = time.monotonic()
        connection = socket.create_connection(("127.0.0.1", port), timeout=30)
        if partial:
            connection.sendall(partial)
        connection.setblocking(False)
        opened[connection] = started
        selector.register(connection, selectors.EVENT_READ)
    closed = {}
    deadline = time.monotonic() + 60 + IDLE
    while len(closed) < count and time.monotonic() < deadline:
        for key, _ in selector.select(timeout=1):
            try:
                data = key.fileobj.recv(4096)
            except ConnectionResetError:
                data = b""
            if not data:
                closed[key.fileobj] = time.monotonic()
                selector.unregister(key.fileobj)
    result = [(opened[c], closed.get(c)) for c in opened]
    for connection in opened:
        connection.close()
    return result


@pytest.mark.parametrize("partial", [b"", b"POST /2015-03-31/functions/echo/invocations HTTP/1.1\r\nHost: x\r\nContent-Ty"])
def test_gateway_and_queue_service_close_half_open_connections(idle_stack, partial):
    for port in (idle_stack.port, idle_stack.sqs_port):
        outcomes = half_open(port, 1000, partial)
        never = [o for o in outcomes if o[1] is None]
        assert not never, f"{len(never)} of 1000 connections to {port} were still held"
        # Closed for being idle, not at once: never before the timeout.
        assert min(closed - opened for opened, closed in outcomes) >= IDLE * 0.9
    # Still serving.
    assert json.loads(client("lambda", idle_stack.endpoint).invoke(FunctionName="echo", Payload=b"{}")["Payload"].read())["event"] == {}


def test_runtime_api_closes_half_open_connections_but_not_a_waiting_runtime(idle_stack):
    answers = start_environments(idle_stack, 1)
    port = int(answers[0]["runtimeApi"].split(":")[1])
    outcomes = half_open(port, 50, b"GET /2018-06-01/runtime/invocation/ne")
    assert all(closed is not None for _, closed in outcomes)
    assert min(closed - opened for opened, closed in outcomes) >= IDLE * 0.9
    # The runtime's own /next waited far longer than the timeout and still gets its invocation; a
    # handler that runs past the timeout (Sleeper's own limit is 2 s) still posts its answer.
    again = json.loads(client("lambda", idle_stack.endpoint).invoke(
        FunctionName="Sleeper", Payload=json.dumps({"seconds": IDLE * 1.3}).encode())["Payload"].read())
    assert again["pid"] == answers[0]["pid"]
    assert again["ended"] - again["started"] >= IDLE * 1.3


def test_queue_long_polls_outlast_the_idle_timeout(idle_stack):
    sqs = client("sqs", idle_stack.sqs_endpoint)
    url = sqs.create_queue(QueueName="long-poll-idle")["QueueUrl"]
    started = time.monotonic()
    answer = sqs.receive_message(QueueUrl=url, WaitTimeSeconds=int(IDLE * 2))
    assert "Messages" not in answer
    assert time.monotonic() - started >= IDLE * 2 * 0.9


def test_idle_timeout_is_validated():
    for value in ("0", "-1", "3601", "soon"):
        result = subprocess.run([str(bin_dir() / "local-runtime"), f"--idle-timeout={value}", "--template", "/nonexistent"],
                                capture_output=True, text=True, timeout=30)
        assert result.returncode != 0
        assert "--idle-timeout" in result.stderr and f"'{value}'" in result.stderr and "3600" in result.stderr
        result = subprocess.run([str(bin_dir() / "local-runtime"), "sqs", f"--idle-timeout={value}"],
                                capture_output=True, text=True, timeout=30)
        assert result.returncode != 0 and "--idle-timeout" in result.stderr
