"""Failure alerts from a stage executable: when a version fails on its last attempt (here through the
fault switch), the refine function posts a Slack-compatible alert, retries a failing webhook, and a
webhook that hangs delays its answer by a few seconds at most."""
import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lambda"))
from e2e_support import RuntimeAPI, redis_cli  # noqa: E402
from lambda_support import bin_dir  # noqa: E402
from ops_support import Webhook, slack_fields  # noqa: E402


@pytest.fixture
def webhook():
    hook = Webhook()
    yield hook
    hook.stop()


@pytest.fixture
def refine(redis, webhook):
    runtime = RuntimeAPI()
    queues = {f"{stage}_QUEUE_URL": f"http://127.0.0.1:9/000000000000/recordline-{stage.lower()}" for stage in ("DRAFT", "REFINE", "FINALIZE")}
    environment = {"PATH": os.environ["PATH"], "AWS_REGION": "us-east-1", "AWS_ACCESS_KEY_ID": "x", "AWS_SECRET_ACCESS_KEY": "x",
                   "REDIS_URL": redis, "RECORDLINE_ALERT_WEBHOOK": webhook.url, "AWS_LAMBDA_RUNTIME_API": f"127.0.0.1:{runtime.port}",
                   "AWS_LAMBDA_FUNCTION_NAME": "recordline-refine", "RECORDLINE_MAX_RECEIVE_COUNT": "3",
                   "REFINE_DEAD_LETTER_QUEUE_URL": "http://127.0.0.1:9/000000000000/recordline-refine-dlq", **queues}
    process = subprocess.Popen([str(bin_dir() / "refine")], env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    yield runtime
    process.kill()
    process.wait(5)
    runtime.server.shutdown()


def failing_record(redis, receive_count):
    task_id = uuid.uuid4().hex
    redis_cli(redis, "HSET", f"task:{{{task_id}}}", "status", "running", "versionCount", "3", "request", "{}", "createdAt", "0")
    redis_cli(redis, "EXPIRE", f"task:{{{task_id}}}", "600")
    redis_cli(redis, "SET", "fault:refine", "rehearsal", "PX", "60000")
    redis_cli(redis, "HSET", f"task:{{{task_id}}}:v2", "status", "running", "input:refine", "실험을 설계함.")
    redis_cli(redis, "EXPIRE", f"task:{{{task_id}}}:v2", "600")
    body = json.dumps({"stage": "refine", "taskId": task_id, "version": 2})
    record = {"messageId": str(uuid.uuid4()), "receiptHandle": "rh", "body": body, "md5OfBody": "",
              "attributes": {"ApproximateReceiveCount": str(receive_count)}, "messageAttributes": {},
              "eventSource": "aws:sqs", "eventSourceARN": "arn:aws:sqs:us-east-1:000000000000:recordline-refine", "awsRegion": "us-east-1"}
    return task_id, {"Records": [record]}


def test_the_last_attempt_alerts_and_a_failing_webhook_is_retried(redis, webhook, refine):
    task_id, event = failing_record(redis, receive_count=1)
    assert refine.invoke(event) == {"batchItemFailures": [{"itemIdentifier": event["Records"][0]["messageId"]}]}
    assert webhook.posts == []

    webhook.status = 500
    task_id, event = failing_record(redis, receive_count=3)
    started = time.monotonic()
    refine.invoke(event)
    assert len(webhook.posts) == 3 and time.monotonic() - started < 6
    fields = slack_fields(webhook.posts[0])
    assert fields == {"task": task_id, "stage": "refine", "versions": "2", "dead-letter queue": "recordline-refine-dlq",
                      "message": event["Records"][0]["messageId"], "receive count": "3", "reason": "refine failed: fault switch on: rehearsal"}
    assert task_id in webhook.posts[0]["text"] and "recordline-refine-dlq" in webhook.posts[0]["text"]
    assert "설계" not in json.dumps(webhook.posts[0], ensure_ascii=False)

    webhook.status = 404
    webhook.posts.clear()
    refine.invoke(failing_record(redis, receive_count=3)[1])
    assert len(webhook.posts) == 1


def test_a_hanging_webhook_holds_the_answer_up_for_seconds_at_most(redis, webhook, refine):
    webhook.delay = 30
    _, event = failing_record(redis, receive_count=3)
    started = time.monotonic()
    refine.invoke(event)
    # Two-second attempts within a five-second budget.
    assert time.monotonic() - started < 7.5
    assert 1 <= len(webhook.posts) <= 3
