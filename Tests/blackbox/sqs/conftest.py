"""Fixtures for the queue service black-box tests."""

import json
import time

import pytest

from sqs_harness import REPO, Server, make_client


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    data = tmp_path_factory.mktemp("sqs-data")
    srv = Server(data / "db").start()
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def sqs(server):
    return make_client(server.endpoint)


@pytest.fixture
def queue(sqs, request):
    """A fresh standard queue named after the test."""
    name = "q-" + "".join(c if c.isalnum() else "-" for c in request.node.name)[:60] + f"-{time.monotonic_ns() % 100000}"
    url = sqs.create_queue(QueueName=name)["QueueUrl"]
    yield url
    try:
        sqs.delete_queue(QueueUrl=url)
    except sqs.exceptions.QueueDoesNotExist:
        pass


@pytest.fixture
def fresh_server(tmp_path):
    """A server of the test's own, for kill and restart."""
    servers = []

    def start(*extra_args):
        srv = Server(tmp_path / "db", extra_args).start()
        servers.append(srv)
        return srv

    yield start
    for srv in servers:
        srv.stop()


@pytest.fixture(scope="session")
def golden():
    """AWS-recorded responses (LocalStack snapshot format) from the shared reference data, when present."""
    for folder in [REPO.parent / "shared" / "reference" / "sqs"]:
        path = folder / "aws-recorded-test_sqs.snapshot.json"
        if path.exists():
            data = json.loads(path.read_text())
            move = folder / "aws-recorded-test_sqs_move_task.snapshot.json"
            if move.exists():
                data.update(json.loads(move.read_text()))
            return data
    pytest.skip("AWS-recorded reference data not found")
