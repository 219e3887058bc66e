"""Fixtures for the queue service black-box tests."""

import json
import time
from pathlib import Path

import pytest

from sqs_harness import Server, make_client


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
    """Responses recorded against AWS SQS (LocalStack snapshot format), as `fixtures/aws_recorded.json`
    keeps them: see `fixtures/extract_aws_recordings.py` for where they come from."""
    return json.loads((Path(__file__).parent / "fixtures" / "aws_recorded.json").read_text())
