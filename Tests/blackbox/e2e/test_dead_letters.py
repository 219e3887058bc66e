"""A poison message (a body no stage can read) on each queue ends in that queue's dead-letter queue
after maxReceiveCount deliveries, with its reason recorded, while the functions go on completing tasks."""
import json
import re
import sys
import time
import urllib.request
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lambda"))
from e2e_support import redis_cli  # noqa: E402
from lambda_support import REPO, Stack, client  # noqa: E402

QUEUES = ["recordline-draft", "recordline-refine", "recordline-finalize"]


@pytest.fixture(scope="module")
def stack(tmp_path_factory, redis):
    # Short timeouts so failed deliveries come back within seconds.
    stack = Stack(REPO / "template.yaml", tmp_path_factory.mktemp("stack"), record_log=False, env={"REDIS_URL": redis},
                  extra_args=("--parameter-overrides", "FunctionTimeout=3", "QueueVisibilityTimeout=3", "MaxReceiveCount=2"))
    try:
        stack.wait_ready(timeout=90)
        yield stack
    finally:
        stack.stop()


def test_poison_messages_reach_their_dead_letter_queues_and_others_still_complete(stack, redis):
    sqs = client("sqs", stack.sqs_endpoint)
    sent = {}
    for name in QUEUES:
        url = sqs.get_queue_url(QueueName=name)["QueueUrl"]
        sent[name] = sqs.send_message(QueueUrl=url, MessageBody=f"poison for {name}: not a stage message")["MessageId"]

    stack.wait_for_output(lambda out: "token for " in out, timeout=10)
    token = re.search(r"token for \S+ \(30 days\): (\S+)", stack.output()).group(1)
    request = urllib.request.Request(f"{stack.endpoint}/v1/tasks", method="POST",
                                     data=json.dumps({"section": "club", "activities": "수학 동아리에서 풀이 자료를 만듦.\n\n발표회에서 원리를 설명함."}).encode(),
                                     headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        task_id = json.loads(response.read())["taskId"]

    arrived = {}
    deadline = time.monotonic() + 90
    while len(arrived) < len(QUEUES) and time.monotonic() < deadline:
        for name in QUEUES:
            if name in arrived:
                continue
            dlq = sqs.get_queue_url(QueueName=f"{name}-dlq")["QueueUrl"]
            messages = sqs.receive_message(QueueUrl=dlq, MaxNumberOfMessages=10, WaitTimeSeconds=1,
                                           VisibilityTimeout=30, MessageSystemAttributeNames=["All"]).get("Messages", [])
            if messages:
                arrived[name] = messages
        time.sleep(0.2)
    assert set(arrived) == set(QUEUES), "\n".join(stack.lines[-60:])
    for name, messages in arrived.items():
        assert [m["MessageId"] for m in messages] == [sent[name]]
        assert int(messages[0]["Attributes"]["ApproximateReceiveCount"]) >= 2
        reason = redis_cli(redis, "GET", f"msg:{sent[name]}:reason")
        assert "malformed message" in reason

    request = urllib.request.Request(f"{stack.endpoint}/v1/tasks/{task_id}", headers={"Authorization": f"Bearer {token}"})
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with urllib.request.urlopen(request, timeout=30) as response:
            task = json.loads(response.read())
        if task["status"] == "completed":
            break
        time.sleep(0.3)
    assert task["status"] == "completed"
    assert all(v["status"] == "completed" for v in task["versions"])
