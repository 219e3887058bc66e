"""SQS event source mappings: partial batch failures, crashes, scaling with queue depth."""

import json
import time


def records(stack):
    if not stack.records.exists():
        return []
    return [json.loads(line) for line in stack.records.read_text().splitlines() if line.strip()]


def wait_for(predicate, timeout, interval=0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    return predicate()


def queue_url(sqs, name):
    return sqs.get_queue_url(QueueName=name)["QueueUrl"]


def counts(sqs, name):
    attributes = sqs.get_queue_attributes(QueueUrl=queue_url(sqs, name), AttributeNames=["All"])["Attributes"]
    return int(attributes["ApproximateNumberOfMessages"]), int(attributes["ApproximateNumberOfMessagesNotVisible"])


def test_template_queues_exist_with_attributes(sqs):
    url = queue_url(sqs, "work-queue")
    attributes = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["All"])["Attributes"]
    assert attributes["VisibilityTimeout"] == "6"
    assert json.loads(attributes["RedrivePolicy"])["maxReceiveCount"] == 2
    assert "work-dlq" in json.loads(attributes["RedrivePolicy"])["deadLetterTargetArn"]


def test_only_the_failing_record_returns(sqs, stack):
    url = queue_url(sqs, "work-queue")
    for body in ("ok-1", "fail-2", "ok-3", "ok-4"):
        sqs.send_message(QueueUrl=url, MessageBody=body)
    # The failing record is delivered twice (maxReceiveCount 2) and then lands in the dead-letter queue.
    dlq = queue_url(sqs, "work-dlq")
    moved = wait_for(lambda: sqs.receive_message(QueueUrl=dlq, WaitTimeSeconds=1).get("Messages"), timeout=30)
    assert moved and moved[0]["Body"] == "fail-2"
    seen = [r for r in records(stack) if r["body"] in ("ok-1", "fail-2", "ok-3", "ok-4")]
    by_body = {}
    for record in seen:
        by_body.setdefault(record["body"], []).append(record["count"])
    assert by_body["ok-1"] == ["1"] and by_body["ok-3"] == ["1"] and by_body["ok-4"] == ["1"]
    assert by_body["fail-2"] == ["1", "2"]
    record = next(r for r in seen if r["body"] == "ok-1")
    assert record["source"] == "aws:sqs"
    assert record["arn"] == "arn:aws:sqs:us-east-1:000000000000:work-queue"
    assert record["keys"] == sorted(["messageId", "receiptHandle", "body", "attributes", "messageAttributes", "md5OfBody",
                                     "eventSource", "eventSourceARN", "awsRegion"])
    assert wait_for(lambda: counts(sqs, "work-queue") == (0, 0), timeout=10)


def test_crash_returns_the_batch_and_replaces_the_instance(sqs, stack):
    url = queue_url(sqs, "crash-queue")
    sqs.send_message_batch(QueueUrl=url, Entries=[
        {"Id": "a", "MessageBody": "before"}, {"Id": "b", "MessageBody": "crash"}, {"Id": "c", "MessageBody": "after"}])

    def redelivered():
        mine = [r for r in records(stack) if r["body"] in ("before", "crash", "after")]
        return [r for r in mine if r["count"] == "2"]

    second = wait_for(lambda: len(redelivered()) >= 1 and [r for r in records(stack) if r["body"] == "crash" and r["count"] == "2"], timeout=30)
    assert second, records(stack)
    first = [r for r in records(stack) if r["body"] == "crash" and r["count"] == "1"]
    assert first[0]["pid"] != second[0]["pid"]
    assert "exited (exit status 3); replacing it" in stack.output()
    assert wait_for(lambda: counts(sqs, "crash-queue") == (0, 0), timeout=15)


def test_pollers_scale_with_depth_up_to_maximum_concurrency(sqs, stack):
    url = queue_url(sqs, "slow-queue")
    for start in range(0, 12, 10):
        sqs.send_message_batch(QueueUrl=url, Entries=[
            {"Id": str(i), "MessageBody": f"slow-{i}"} for i in range(start, min(start + 10, 12))])
    done = wait_for(lambda: len([r for r in records(stack) if r["body"].startswith("slow-")]) >= 12, timeout=40)
    assert done
    spans = [(r["started"], r["ended"]) for r in records(stack) if r["body"].startswith("slow-")]
    overlap = max(sum(1 for s, e in spans if s <= t < e) for t, _ in spans)
    assert overlap == 3, spans  # ScalingConfig.MaximumConcurrency: 3, below the reserved 4
    assert 3 <= len({r["pid"] for r in records(stack) if r["body"].startswith("slow-")}) <= 4  # reserved concurrency
