"""The operators' CLI against an independent SQS implementation, moto_server, for what it supports:
queue depths and dead-letter pairing, peeking, showing, redriving selected messages (send, then
delete), redriving all (moto has no message move tasks, so send-then-delete too), deleting, purging."""
import json
import subprocess
import sys
import time
from pathlib import Path

import boto3
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lambda"))
from e2e_support import redis_cli  # noqa: E402
from lambda_support import REPO, bin_dir, free_port  # noqa: E402
from ops_support import environment_for, recordline, recordline_json  # noqa: E402

STAGES = ("draft", "refine", "finalize")


@pytest.fixture(scope="module")
def moto_sqs():
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "moto.server", "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    endpoint = f"http://127.0.0.1:{port}"
    sqs = boto3.client("sqs", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="local", aws_secret_access_key="local")
    for _ in range(200):
        try:
            sqs.list_queues()
            break
        except Exception:  # noqa: BLE001 - not up yet
            time.sleep(0.1)
    urls = {}
    for stage in STAGES:
        dlq = sqs.create_queue(QueueName=f"recordline-{stage}-dlq")["QueueUrl"]
        arn = sqs.get_queue_attributes(QueueUrl=dlq, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        source = sqs.create_queue(QueueName=f"recordline-{stage}", Attributes={
            "RedrivePolicy": json.dumps({"deadLetterTargetArn": arn, "maxReceiveCount": "1"})})["QueueUrl"]
        urls[stage], urls[f"{stage}-dlq"] = source, dlq
    yield endpoint, sqs, urls
    process.kill()
    process.wait(5)


def dead_letter(sqs, urls, bodies):
    """Sends the bodies to recordline-refine and receives past maxReceiveCount, so moto dead-letters them."""
    for body in bodies:
        sqs.send_message(QueueUrl=urls["refine"], MessageBody=body)
    for _ in range(20):
        sqs.receive_message(QueueUrl=urls["refine"], MaxNumberOfMessages=10, VisibilityTimeout=0)
        if int(sqs.get_queue_attributes(QueueUrl=urls["refine-dlq"], AttributeNames=["ApproximateNumberOfMessages"])
               ["Attributes"]["ApproximateNumberOfMessages"]) >= len(bodies):
            return
    raise AssertionError("moto did not dead-letter the messages")


def body(task, version):
    return json.dumps({"stage": "refine", "taskId": task, "version": version, "text": f"학생 {task} 초안 {version}: 실험을 설계함."}, ensure_ascii=False)


def drain(sqs, url):
    bodies = []
    while messages := sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=1).get("Messages", []):
        bodies += [m["Body"] for m in messages]
        for m in messages:
            sqs.delete_message(QueueUrl=url, ReceiptHandle=m["ReceiptHandle"])
    return bodies


def test_the_ops_commands_on_moto(moto_sqs, redis):
    endpoint, sqs, urls = moto_sqs
    dead_letter(sqs, urls, [body("task-a", 1), body("task-a", 2), body("task-b", 1)])

    status = recordline_json(endpoint, redis, "queues")
    refine = next(q for q in status["queues"] if q["name"] == "recordline-refine")
    assert refine["deadLetterQueue"] == "recordline-refine-dlq" and refine["deadLetterDepth"] == 3
    dlq_row = next(q for q in status["queues"] if q["name"] == "recordline-refine-dlq")
    assert dlq_row["visible"] == 3 and dlq_row["oldestAgeSeconds"] is not None

    watch = subprocess.Popen([str(bin_dir() / "recordline"), "queues", "--watch", "--interval", "0.3", "--no-peek", "--json"],
                             stdout=subprocess.PIPE, text=True, env=environment_for(endpoint, redis), cwd=REPO)
    try:
        refreshes = [json.loads(watch.stdout.readline()) for _ in range(2)]
    finally:
        watch.terminate()
        watch.wait(5)
    assert [next(q for q in r["queues"] if q["name"] == "recordline-refine-dlq")["visible"] for r in refreshes] == [3, 3]

    listed = recordline_json(endpoint, redis, "dlq", "list", "refine")["messages"]
    assert sorted((m["taskId"], m["version"]) for m in listed) == [("task-a", 1), ("task-a", 2), ("task-b", 1)]
    first = next(m for m in listed if m["taskId"] == "task-b")
    redis_cli(redis, "SET", f"msg:{first['messageId']}:reason", "refine failed: model timed out", "EX", "600")
    again = recordline_json(endpoint, redis, "dlq", "list", "refine", "--task", "task-b")["messages"]
    assert [m["reason"] for m in again] == ["refine failed: model timed out"]

    shown = recordline_json(endpoint, redis, "dlq", "show", "refine", first["messageId"])
    assert "학생" not in shown["body"] and json.loads(shown["body"])["taskId"] == "task-b"
    assert shown["message"]["reason"] == "refine failed: model timed out"
    assert recordline(endpoint, redis, "dlq", "show", "refine", "no-such-id").returncode == 3

    dry = recordline_json(endpoint, redis, "dlq", "redrive", "refine", "--message-id", first["messageId"], "--dry-run")
    assert [m["messageId"] for m in dry["selected"]] == [first["messageId"]]
    one = recordline_json(endpoint, redis, "dlq", "redrive", "refine", "--message-id", first["messageId"], "--yes")
    assert one["moved"] == 1 and one["method"] == "send-then-delete" and one["notFound"] == []
    assert drain(sqs, urls["refine"]) == [body("task-b", 1)]
    assert recordline(endpoint, redis, "dlq", "redrive", "refine", "--message-id", first["messageId"], "--yes").returncode == 3

    everything = recordline(endpoint, redis, "dlq", "redrive", "refine", "--all", "--yes", "--rate", "50", "--json")
    assert everything.returncode == 0, everything.stderr
    assert json.loads(everything.stdout)["moved"] == 2 and "send-then-delete" in everything.stderr
    assert sorted(drain(sqs, urls["refine"])) == sorted([body("task-a", 1), body("task-a", 2)])

    dead_letter(sqs, urls, [body("task-c", 1), body("task-c", 2)])
    doomed = recordline_json(endpoint, redis, "dlq", "list", "refine")["messages"][0]["messageId"]
    deleted = recordline_json(endpoint, redis, "dlq", "delete", "refine", doomed, "--yes")
    assert deleted["deleted"] == [doomed] and deleted["notFound"] == []
    assert len(recordline_json(endpoint, redis, "dlq", "list", "refine")["messages"]) == 1
    purged = recordline_json(endpoint, redis, "dlq", "purge", "refine", "--yes")
    assert purged["purged"] == 1
    assert recordline_json(endpoint, redis, "dlq", "list", "refine")["messages"] == []
