"""`local-runtime sqs --idle-timeout`: connections that send no whole request header in time are closed,
requests being answered (long polls) are not, and the option's value is checked."""

import selectors
import socket
import subprocess
import time

from sqs_harness import binary_path, make_client


def test_idle_timeout_is_validated():
    for value in ("0", "3601", "-2", "never"):
        result = subprocess.run([str(binary_path()), "sqs", f"--idle-timeout={value}"], capture_output=True, text=True, timeout=30)
        assert result.returncode != 0
        assert "--idle-timeout" in result.stderr and f"'{value}'" in result.stderr


def test_the_queue_service_alone_closes_half_open_connections(fresh_server):
    server = fresh_server("--idle-timeout", "1")
    selector = selectors.DefaultSelector()
    for index in range(200):
        connection = socket.create_connection(("127.0.0.1", server.port), timeout=30)
        if index % 2:
            connection.sendall(b"POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Tar")
        connection.setblocking(False)
        selector.register(connection, selectors.EVENT_READ)
    open_connections = len(selector.get_map())
    deadline = time.monotonic() + 60
    while selector.get_map() and time.monotonic() < deadline:
        for key, _ in selector.select(timeout=1):
            try:
                data = key.fileobj.recv(4096)
            except ConnectionResetError:
                data = b""
            if not data:
                selector.unregister(key.fileobj)
                key.fileobj.close()
    assert open_connections == 200
    assert not selector.get_map(), f"{len(selector.get_map())} of 200 connections were still held"
    # A long poll longer than the timeout is a request being answered, not an idle connection.
    sqs = make_client(server.endpoint)
    url = sqs.create_queue(QueueName="idle-alone")["QueueUrl"]
    started = time.monotonic()
    assert "Messages" not in sqs.receive_message(QueueUrl=url, WaitTimeSeconds=2)
    assert time.monotonic() - started >= 1.8
