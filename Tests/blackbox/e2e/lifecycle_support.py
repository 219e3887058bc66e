"""Helpers of the data-lifecycle suites (every task ends, delete wins, no student text on disk): a Redis
of the test's own, the teacher API through the gateway, event streams and quiet queues."""
import json
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from e2e_support import redis_cli
from lambda_support import client, free_port

SECRET = "lifecycle-tests-signing-secret-0123456789abcdef"
STAGES = ("draft", "refine", "finalize")


class Redis:
    """A redis-server on a free loopback port that persists nothing, for one stack."""

    def __init__(self, directory):
        port = free_port()
        self.process = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--dir", str(directory),
                                         "--save", "", "--appendonly", "no"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.url = f"redis://127.0.0.1:{port}"
        for _ in range(200):
            if redis_cli(self.url, "PING").strip() == "PONG":
                return
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def __call__(self, *args) -> str:
        return redis_cli(self.url, *args)

    def stop(self):
        self.process.kill()
        self.process.wait(5)


def call(stack, method, path, token, body=None):
    """(status, JSON answer or None), errors included."""
    request = urllib.request.Request(f"{stack.endpoint}{path}", method=method,
                                     data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, raw = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, raw = error.code, error.read()
    return status, json.loads(raw) if raw else None


def events(stack, token, task_id, until=("completed",), count=1, timeout=60):
    """(name, data) of each event the task's stream sends, through the gateway, until `count` events
    named in `until` have arrived (the stream's own end otherwise)."""
    request = urllib.request.Request(f"{stack.endpoint}/v1/tasks/{task_id}/events", headers={"Authorization": f"Bearer {token}"})
    seen = []
    with urllib.request.urlopen(request, timeout=timeout) as response:
        if response.status == 204:
            return seen
        block = {}
        for raw in response:
            line = raw.decode().rstrip("\n")
            if line.startswith("event: "):
                block["event"] = line[7:]
            elif line.startswith("data: "):
                block["data"] = json.loads(line[6:])
            elif line == "" and "event" in block:
                seen.append((block["event"], block.get("data")))
                block = {}
                if sum(1 for name, _ in seen if name in until) >= count:
                    break
    return seen


def wait_for_quiet_queues(stack, timeout=90):
    """Returns once no stage queue holds a message, visible or in flight: every delivery has been
    answered for good."""
    sqs = client("sqs", stack.sqs_endpoint)
    urls = [sqs.get_queue_url(QueueName=f"recordline-{stage}")["QueueUrl"] for stage in STAGES]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        counts = [sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible",
                                                                         "ApproximateNumberOfMessagesDelayed"])["Attributes"]
                  for url in urls]
        if all(value == "0" for attributes in counts for value in attributes.values()):
            return
        time.sleep(0.2)
    pytest.fail(f"the stage queues never emptied: {counts}")


def dead_letter_bodies(stack):
    """Every body in the dead-letter queues, peeked (released at once)."""
    sqs = client("sqs", stack.sqs_endpoint)
    bodies = []
    for stage in STAGES:
        url = sqs.get_queue_url(QueueName=f"recordline-{stage}-dlq")["QueueUrl"]
        messages = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, VisibilityTimeout=0).get("Messages", [])
        bodies += [message["Body"] for message in messages]
    return bodies
