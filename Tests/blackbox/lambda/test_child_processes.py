"""Function processes inherit no descriptor of local-runtime (no listener, so an environment receives
only its own invocations), local-runtime's listeners are close-on-exec, and every process local-runtime
starts (functions, Redis, each under a keeper of its own) dies with local-runtime, however it ends, and
so do helper processes a function starts itself, even one that left its process group."""

import json
import signal
import subprocess

from lambda_support import FIXTURES, Stack, client, start_environments
from process_support import alive, close_on_exec, descriptors, descendants, listening_inodes, socket_inodes, wait_for, wait_until_gone


def test_children_inherit_no_descriptor_and_each_environment_gets_only_its_own_invocations(stack):
    lam = client("lambda", stack.endpoint)
    # Hangs never asks for work: `exec sleep 60` holds exactly what it inherited.
    lam.invoke(FunctionName="Hangs", InvocationType="Event", Payload=b"{}")
    parent = stack.process.pid
    sleeper = wait_for(lambda: [pid for pid, name in descendants(parent).items() if name == "sleep"], timeout=30)
    assert sleeper, descendants(parent)
    assert sorted(descriptors(sleeper[0])) == [0, 1, 2]

    seen = {}
    for _ in range(3):
        for answer in start_environments(stack, 3):
            seen.setdefault(answer["pid"], set()).add(answer["runtimeApi"])
    # One endpoint per process and one process per endpoint.
    assert all(len(endpoints) == 1 for endpoints in seen.values()), seen
    endpoints = [next(iter(e)) for e in seen.values()]
    assert len(set(endpoints)) == len(endpoints)

    listeners = listening_inodes()
    ours = socket_inodes(parent) & set(listeners)
    # A child between fork and exec still runs local-runtime's code, with descriptors that close at exec.
    kids = {pid: name for pid, name in descendants(parent).items() if name != "local-runtime"}
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
    assert {stack.port, stack.sqs_port} <= {listeners[i] for i in ours}
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
    answer = json.loads(lam.invoke(FunctionName="helpers", Payload=b"{}")["Payload"].read())
    lam.invoke(FunctionName="Hangs", InvocationType="Event", Payload=b"{}")
    parent = running.process.pid

    def with_hangs_running():
        found = descendants(parent)
        return found if "sleep" in found.values() else None

    kids = wait_for(with_hangs_running, timeout=30)
    assert kids and "redis-server" in kids.values(), descendants(parent)
    assert list(kids.values()).count("python3") >= 5, kids
    # The helpers the function started itself: one in its group, one in a session of its own.
    helpers = answer["helpers"]
    assert all(alive(pid) for pid in helpers) and all(pid in kids for pid in helpers), (helpers, kids)
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


def test_a_timed_out_environment_takes_helpers_that_left_its_group_along(stack):
    """local-runtime kills an environment whose invocation timed out, and with it a helper the function
    started with setsid (a session and process group of its own), which a kill of the process group
    would miss."""
    import re
    import time

    lam = client("lambda", stack.endpoint)
    started = time.monotonic()
    answer = lam.invoke(FunctionName="TimesOut", Payload=b"{}")
    assert answer.get("FunctionError") == "Unhandled"
    assert "Task timed out" in answer["Payload"].read().decode()
    assert time.monotonic() - started < 10
    found = wait_for(lambda: re.findall(r"escaped helper (\d+)", stack.output()), timeout=10)
    assert found, stack.output()[-3000:]
    helper = int(found[-1])
    left = wait_until_gone({helper: "sleep"}, timeout=10)
    assert not left, f"the setsid helper {helper} outlived its timed-out environment"
