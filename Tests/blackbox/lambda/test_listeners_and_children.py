"""Every listener closes connections that send no request in time; function processes inherit no
descriptor of local-runtime (no listener, so an environment receives only its own invocations); and
every child process (functions, Redis) dies with local-runtime, however it ends."""

import json
import selectors
import signal
import socket
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from lambda_support import FIXTURES, Stack, bin_dir, client
from process_support import children, close_on_exec, descriptors, listening_inodes, socket_inodes, wait_for, wait_until_gone

IDLE = 1.0


@pytest.fixture(scope="module")
def idle_stack(tmp_path_factory):
    running = Stack(FIXTURES / "template.yaml", tmp_path_factory.mktemp("idle-stack"), extra_args=("--idle-timeout", str(IDLE)))
    running.wait_ready()
    yield running
    assert running.stop() == 0, running.output()[-3000:]


def start_environments(stack, count=3):
    """`count` Sleeper environments at once (its limit is 3) and what each said about itself."""
    lam = client("lambda", stack.endpoint)
    with ThreadPoolExecutor(max_workers=count) as pool:
        answers = list(pool.map(
            lambda _: json.loads(lam.invoke(FunctionName="Sleeper", Payload=b'{"seconds": 0.5}')["Payload"].read()),
            range(count)))
    return answers


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


def test_children_inherit_no_descriptor_and_each_environment_gets_only_its_own_invocations(idle_stack):
    lam = client("lambda", idle_stack.endpoint)
    # Hangs never asks for work: `exec sleep 60` holds exactly what it inherited.
    lam.invoke(FunctionName="Hangs", InvocationType="Event", Payload=b"{}")
    parent = idle_stack.process.pid
    sleeper = wait_for(lambda: [pid for pid, name in children(parent).items() if name == "sleep"], timeout=30)
    assert sleeper, children(parent)
    assert sorted(descriptors(sleeper[0])) == [0, 1, 2]

    seen = {}
    for _ in range(3):
        for answer in start_environments(idle_stack, 3):
            seen.setdefault(answer["pid"], set()).add(answer["runtimeApi"])
    # One endpoint per process and one process per endpoint.
    assert all(len(endpoints) == 1 for endpoints in seen.values()), seen
    endpoints = [next(iter(e)) for e in seen.values()]
    assert len(set(endpoints)) == len(endpoints)

    listeners = listening_inodes()
    ours = socket_inodes(parent) & set(listeners)
    # A child between fork and exec still runs local-runtime's code, with descriptors that close at exec.
    kids = {pid: name for pid, name in children(parent).items() if name != "local-runtime"}
    assert len(kids) >= 4, kids
    for pid, name in kids.items():
        shared = socket_inodes(pid) & ours
        assert not shared, f"{pid} ({name}) holds local-runtime's listeners on ports {sorted(listeners[i] for i in shared)}"
        if name != "redis-server":  # Redis listens on its own port; functions listen on none
            held = socket_inodes(pid) & set(listeners)
            assert not held, f"{pid} ({name}) holds listeners on ports {sorted(listeners[i] for i in held)}"
    # Every listener of local-runtime (gateway, queue service, Runtime APIs) is close-on-exec.
    for descriptor, target in descriptors(parent).items():
        if target.startswith("socket:[") and int(target[8:-1]) in ours:
            assert close_on_exec(parent, descriptor), f"listener fd {descriptor} on port {listeners[int(target[8:-1])]}"
    assert {idle_stack.port, idle_stack.sqs_port} <= {listeners[i] for i in ours}
    # Each Runtime API port listens in local-runtime alone, and ss agrees.
    ports = {int(e.split(":")[1]) for e in endpoints}
    assert ports <= {listeners[i] for i in ours}
    table = subprocess.run(["ss", "-ltnpH"], capture_output=True, text=True, timeout=30).stdout
    for line in table.splitlines():
        if any(f"127.0.0.1:{port} " in line for port in ports):
            assert f"pid={parent}," in line and line.count("pid=") == 1, line


def stack_with_children(tmp_path):
    running = Stack(FIXTURES / "template.yaml", tmp_path)
    running.wait_ready()
    lam = client("lambda", running.endpoint)
    start_environments(running, 3)
    lam.invoke(FunctionName="echo", Payload=b"{}")
    lam.invoke(FunctionName="Hangs", InvocationType="Event", Payload=b"{}")
    parent = running.process.pid

    def with_hangs_running():
        found = children(parent)
        return found if "sleep" in found.values() else None

    kids = wait_for(with_hangs_running, timeout=30)
    assert kids and "redis-server" in kids.values(), children(parent)
    assert list(kids.values()).count("python3") >= 4, kids
    return running, kids


def test_sigkill_of_local_runtime_leaves_no_child(tmp_path):
    running, kids = stack_with_children(tmp_path)
    running.process.send_signal(signal.SIGKILL)
    running.process.wait(30)
    left = wait_until_gone(kids, timeout=60)
    assert not left, {pid: kids[pid] for pid in left}


def test_sigterm_of_local_runtime_leaves_no_child(tmp_path):
    running, kids = stack_with_children(tmp_path)
    running.process.send_signal(signal.SIGTERM)
    assert running.process.wait(60) == 0, running.output()[-3000:]
    left = wait_until_gone(kids, timeout=60)
    assert not left, {pid: kids[pid] for pid in left}
