"""The operators' CLI against the whole stack: a fault switch makes refine fail, the task's three
versions end in the refine dead-letter queue with their reason (and an alert each), `dlq list` shows
them, the fault is cleared, `dlq redrive --all` brings them back, and the task completes with three
versions, none produced twice."""
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
from lambda_support import REPO, Stack  # noqa: E402
from ops_support import Webhook, recordline, recordline_json, slack_fields  # noqa: E402

NOTES = "과학 동아리에서 전지 실험을 설계함. 측정을 맡아 자료를 정리함.\n\n발표회에서 오차 원인을 그래프로 설명함."


@pytest.fixture(scope="module")
def webhook():
    hook = Webhook()
    yield hook
    hook.stop()


@pytest.fixture(scope="module")
def stack(tmp_path_factory, redis, webhook):
    stack = Stack(REPO / "template.yaml", tmp_path_factory.mktemp("ops-stack"), record_log=False, env={"REDIS_URL": redis},
                  extra_args=("--parameter-overrides", "FunctionTimeout=3", "QueueVisibilityTimeout=3", "MaxReceiveCount=2",
                              f"AlertWebhookUrl={webhook.url}"))
    try:
        stack.wait_ready(timeout=90)
        yield stack
    finally:
        stack.stop()


def submit(stack) -> str:
    stack.wait_for_output(lambda out: "token for " in out, timeout=10)
    token = re.search(r"token for \S+ \(30 days\): (\S+)", stack.output()).group(1)
    request = urllib.request.Request(f"{stack.endpoint}/v1/tasks", method="POST",
                                     data=json.dumps({"section": "club", "activities": NOTES}).encode(),
                                     headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())["taskId"]


def wait_for(predicate, timeout, message):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.3)
    raise AssertionError(message)


def queue_row(status, name):
    return next(q for q in status["queues"] if q["name"] == name)


def test_a_faulted_stage_is_dead_lettered_listed_and_redriven_to_completion(stack, redis, webhook):
    sqs = stack.sqs_endpoint
    set_fault = recordline(sqs, redis, "fault", "set", "refine", "--reason", "rehearsal", "--ttl", "10m")
    assert set_fault.returncode == 0, set_fault.stderr
    assert recordline_json(sqs, redis, "fault", "list")["faults"][0]["stage"] == "refine"

    task_id = submit(stack)

    def dead_lettered():
        status = recordline_json(sqs, redis, "queues", "--no-peek")
        return queue_row(status, "recordline-refine-dlq")["visible"] == 3 and status
    status = wait_for(dead_lettered, 90, "the three versions never reached recordline-refine-dlq:\n" + "\n".join(stack.lines[-40:]))
    assert queue_row(status, "recordline-refine")["deadLetterQueue"] == "recordline-refine-dlq"
    assert queue_row(status, "recordline-refine")["deadLetterDepth"] == 3

    listed = recordline_json(sqs, redis, "dlq", "list", "refine")
    assert listed["queue"] == "recordline-refine-dlq"
    messages = listed["messages"]
    assert sorted(m["version"] for m in messages) == [1, 2, 3]
    for message in messages:
        assert message["taskId"] == task_id and message["stage"] == "refine"
        assert message["reason"] == "refine failed: fault switch on: rehearsal"
        assert message["receiveCount"] >= 2 and message["attempts"] == 2 and message["lastAttemptAt"]
        assert message["sourceQueue"] == "recordline-refine"
    # Peeking consumed nothing.
    assert queue_row(recordline_json(sqs, redis, "queues"), "recordline-refine-dlq")["visible"] == 3
    table = recordline(sqs, redis, "dlq", "list", "recordline-refine-dlq", "--task", task_id)
    assert table.returncode == 0 and task_id in table.stdout and "fault switch on: rehearsal" in table.stdout
    assert "3 message(s) in recordline-refine-dlq" in table.stdout
    assert recordline_json(sqs, redis, "dlq", "list", "refine", "--task", "someone-else")["messages"] == []

    shown = recordline_json(sqs, redis, "dlq", "show", "refine", messages[0]["messageId"])
    # Messages carry ids only: a dead letter holds no student text, so revealing shows nothing more.
    assert "설계" not in json.dumps(shown, ensure_ascii=False)
    assert set(json.loads(shown["body"])) == {"stage", "taskId", "version"}
    assert shown["task"]["status"] == "failed" and shown["task"]["taskId"] == task_id
    revealed = recordline_json(sqs, redis, "dlq", "show", "refine", messages[0]["messageId"], "--reveal")
    assert json.loads(revealed["body"]) == json.loads(shown["body"])

    # An alert per version: always a log line, and the webhook.
    assert len(re.findall(r'"alert":"version_failed"', stack.output())) >= 3
    wait_for(lambda: len(webhook.posts) >= 3, 10, "the webhook got no alerts")
    fields = [slack_fields(post) for post in webhook.posts]
    assert sorted(f["versions"] for f in fields) == ["1", "2", "3"]
    assert all(f["task"] == task_id and f["stage"] == "refine" and f["dead-letter queue"] == "recordline-refine-dlq"
               and f["reason"] == "refine failed: fault switch on: rehearsal" for f in fields)
    # Embedded metric lines count the dead-lettered records per stage.
    metrics = [json.loads(line[line.index("{"):]) for line in stack.lines if "\"_aws\"" in line]
    assert sum(m.get("Failures", 0) for m in metrics if m.get("Stage") == "refine") == 3
    assert any(m.get("FunctionName") == "recordline-api" and m["Invocations"] == 1 for m in metrics)

    failed = recordline_json(sqs, redis, "task", task_id)
    assert failed["status"] == "failed"
    refine_attempts = [a for a in failed["attempts"] if a["stage"] == "refine"]
    assert sorted(a["version"] for a in refine_attempts) == [1, 2, 3]
    assert all(a["attempts"] == 2 and a["lastOutcome"] == "failed" for a in refine_attempts)

    assert recordline_json(sqs, redis, "fault", "clear", "refine")["cleared"] == ["refine"]
    assert recordline_json(sqs, redis, "fault", "list")["faults"] == []
    dry = recordline_json(sqs, redis, "dlq", "redrive", "refine", "--all", "--dry-run")
    assert dry["messages"] == 3 and dry["destination"] == "recordline-refine"
    unconfirmed = recordline(sqs, redis, "dlq", "redrive", "refine", "--all")
    assert unconfirmed.returncode == 4 and "--yes" in unconfirmed.stderr

    redriven = recordline(sqs, redis, "dlq", "redrive", "refine", "--all", "--yes", "--json")
    assert redriven.returncode == 0, redriven.stderr
    summary = json.loads(redriven.stdout)
    assert summary["method"] == "move-task" and summary["status"] == "COMPLETED" and summary["moved"] == 3
    assert "3/3 moved (100%)" in redriven.stderr

    completed = wait_for(lambda: (t := recordline_json(sqs, redis, "task", task_id))["status"] == "completed" and t, 60,
                         "the redriven task never completed:\n" + "\n".join(stack.lines[-40:]))
    assert [v["status"] for v in completed["versions"]] == ["completed"] * 3
    assert queue_row(recordline_json(sqs, redis, "queues"), "recordline-refine-dlq")["visible"] == 0

    # No version was produced twice: one version event each, finalize ran once per version, done markers set.
    events = [e["type"] for e in completed["events"]]
    assert events.count("version") == 3 and events.count("refined") == 3 and events.count("drafted") == 3
    finalize_attempts = [a for a in completed["attempts"] if a["stage"] == "finalize"]
    assert sorted(a["version"] for a in finalize_attempts) == [1, 2, 3] and all(a["attempts"] == 1 for a in finalize_attempts)
    assert all(a["attempts"] == 3 and a["lastOutcome"] == "done" for a in completed["attempts"] if a["stage"] == "refine")
    for version in (1, 2, 3):
        for stage in ("refine", "finalize"):
            assert redis_cli(redis, "EXISTS", f"task:{{{task_id}}}:v{version}:{stage}:done").strip() == "1"
    stream = redis_cli(redis, "XRANGE", f"task:{{{task_id}}}:events", "-", "+")
    assert stream.count("version_failed") == 3
    human = recordline(sqs, redis, "task", task_id)
    assert human.returncode == 0 and "completed" in human.stdout and "설계" not in human.stdout


def test_errors_have_the_documented_exit_codes(stack, redis, tmp_path):
    sqs = stack.sqs_endpoint
    unknown = recordline(sqs, redis, "dlq", "list", "no-such-dlq")
    assert unknown.returncode == 3 and "no queue named no-such-dlq" in unknown.stderr
    closed = recordline("http://127.0.0.1:9", redis, "queues")
    assert closed.returncode == 69 and "cannot reach the SQS endpoint" in closed.stderr
    not_sqs = recordline(stack.endpoint, redis, "queues")
    assert not_sqs.returncode == 69 and "is AWS_ENDPOINT_URL_SQS right?" in not_sqs.stderr
    anonymous = recordline(sqs, redis, "queues", env={"AWS_ACCESS_KEY_ID": None, "AWS_SECRET_ACCESS_KEY": None, "HOME": str(tmp_path)})
    assert anonymous.returncode == 77 and "no AWS credentials" in anonymous.stderr
    missing_task = recordline(sqs, redis, "task", "no-such-task")
    assert missing_task.returncode == 3
    no_redis = recordline(sqs, "redis://127.0.0.1:9", "task", "some-task")
    assert no_redis.returncode == 69 and "REDIS_URL" in no_redis.stderr
    usage = recordline(sqs, redis, "dlq", "redrive", "refine")
    assert usage.returncode == 64
    purge = recordline(sqs, redis, "dlq", "purge", "draft")
    assert purge.returncode == 4
