"""Dead-letter redrive on receive, RedriveAllowPolicy, and message move tasks back to the sources."""

import base64
import json
import time

import pytest


def make_queue(sqs, label, **attributes):
    name = f"{label}-{time.monotonic_ns() % 10**9}"
    url = sqs.create_queue(QueueName=name, Attributes={k: str(v) for k, v in attributes.items()})["QueueUrl"]
    arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    return url, arn


def with_dlq(sqs, max_receive_count=1):
    dlq, dlq_arn = make_queue(sqs, "dlq")
    source, source_arn = make_queue(sqs, "src", RedrivePolicy=json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": max_receive_count}))
    return source, source_arn, dlq, dlq_arn


def test_message_moves_on_receive_past_max_count(sqs):
    source, source_arn, dlq, dlq_arn = with_dlq(sqs)
    attributes = {"MyAttribute": {"DataType": "String", "StringValue": "foobar"}}
    sent = sqs.send_message(QueueUrl=source, MessageBody="message-1", MessageAttributes=attributes,
                            MessageSystemAttributes={"AWSTraceHeader": {"DataType": "String", "StringValue": "Root=1-abc"}})
    first = sqs.receive_message(QueueUrl=source, VisibilityTimeout=0, AttributeNames=["All"])["Messages"][0]
    assert first["Attributes"]["ApproximateReceiveCount"] == "1"
    # The receive that would exceed maxReceiveCount moves it instead of returning it.
    assert "Messages" not in sqs.receive_message(QueueUrl=source)
    moved = sqs.receive_message(QueueUrl=dlq, AttributeNames=["All"], MessageAttributeNames=["All"], WaitTimeSeconds=2)["Messages"][0]
    assert moved["MessageId"] == sent["MessageId"] and moved["Body"] == "message-1"
    assert moved["MessageAttributes"] == attributes
    assert moved["MD5OfMessageAttributes"] == sent["MD5OfMessageAttributes"]
    assert moved["Attributes"]["ApproximateReceiveCount"] == "2"
    assert moved["Attributes"]["DeadLetterQueueSourceArn"] == source_arn
    assert moved["Attributes"]["AWSTraceHeader"] == "Root=1-abc"
    assert sqs.list_dead_letter_source_queues(QueueUrl=dlq)["queueUrls"] == [source]


def test_redrive_policy_validation(sqs):
    url, _ = make_queue(sqs, "policy")
    missing_arn = "arn:aws:sqs:us-east-1:000000000000:does-not-exist"
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.set_queue_attributes(QueueUrl=url, Attributes={"RedrivePolicy": json.dumps({"deadLetterTargetArn": missing_arn, "maxReceiveCount": 3})})
    assert error.value.response["Error"]["Code"] == "InvalidParameterValue"
    _, dlq_arn = make_queue(sqs, "policy-dlq")
    with pytest.raises(sqs.exceptions.ClientError):
        sqs.set_queue_attributes(QueueUrl=url, Attributes={"RedrivePolicy": json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": 0})})
    sqs.set_queue_attributes(QueueUrl=url, Attributes={"RedrivePolicy": json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": "5"})})
    policy = json.loads(sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["RedrivePolicy"])["Attributes"]["RedrivePolicy"])
    assert policy == {"deadLetterTargetArn": dlq_arn, "maxReceiveCount": 5}
    sqs.set_queue_attributes(QueueUrl=url, Attributes={"RedrivePolicy": ""})
    assert "Attributes" not in sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["RedrivePolicy"])


def test_redrive_allow_policy_deny_all(sqs):
    dlq, dlq_arn = make_queue(sqs, "deny-dlq", RedriveAllowPolicy=json.dumps({"redrivePermission": "denyAll"}))
    url, _ = make_queue(sqs, "deny-src")
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.set_queue_attributes(QueueUrl=url, Attributes={"RedrivePolicy": json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": 2})})
    assert error.value.response["Error"]["Code"] == "InvalidParameterValue"


def drive_to_dlq(sqs, source, dlq, count):
    sqs.send_message_batch(QueueUrl=source, Entries=[{"Id": str(i), "MessageBody": f"m{i}"} for i in range(count)])
    for _ in range(count * 4):
        sqs.receive_message(QueueUrl=source, MaxNumberOfMessages=10, VisibilityTimeout=0)
        attributes = sqs.get_queue_attributes(QueueUrl=dlq, AttributeNames=["ApproximateNumberOfMessages"])["Attributes"]
        if attributes["ApproximateNumberOfMessages"] == str(count):
            return
    raise AssertionError("messages did not reach the dead-letter queue")


def wait_for_status(sqs, dlq_arn, status, timeout=15):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        results = sqs.list_message_move_tasks(SourceArn=dlq_arn)["Results"]
        if results and results[0]["Status"] == status:
            return results[0]
        time.sleep(0.1)
    raise AssertionError(f"move task did not reach {status}: {results}")


def test_move_task_back_to_source(sqs):
    source, source_arn, dlq, dlq_arn = with_dlq(sqs)
    drive_to_dlq(sqs, source, dlq, 4)
    handle = sqs.start_message_move_task(SourceArn=dlq_arn)["TaskHandle"]
    decoded = json.loads(base64.b64decode(handle))
    assert decoded["sourceArn"] == dlq_arn and decoded["taskId"]
    task = wait_for_status(sqs, dlq_arn, "COMPLETED")
    assert task["ApproximateNumberOfMessagesMoved"] == 4 and task["ApproximateNumberOfMessagesToMove"] == 4
    assert "TaskHandle" not in task
    bodies = []
    for _ in range(10):
        bodies += [m["Body"] for m in sqs.receive_message(QueueUrl=source, MaxNumberOfMessages=10).get("Messages", [])]
        if len(bodies) == 4:
            break
    assert sorted(bodies) == ["m0", "m1", "m2", "m3"]


def test_move_task_to_destination_with_rate_and_cancel(sqs):
    source, source_arn, dlq, dlq_arn = with_dlq(sqs)
    destination, destination_arn = make_queue(sqs, "dest")
    drive_to_dlq(sqs, source, dlq, 6)
    handle = sqs.start_message_move_task(SourceArn=dlq_arn, DestinationArn=destination_arn, MaxNumberOfMessagesPerSecond=2)["TaskHandle"]
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.start_message_move_task(SourceArn=dlq_arn)
    assert "There is already a task running" in error.value.response["Error"]["Message"]
    running = sqs.list_message_move_tasks(SourceArn=dlq_arn)["Results"][0]
    assert running["Status"] == "RUNNING" and running["TaskHandle"] == handle
    assert running["MaxNumberOfMessagesPerSecond"] == 2 and running["DestinationArn"] == destination_arn
    time.sleep(1.2)
    moved = sqs.cancel_message_move_task(TaskHandle=handle)["ApproximateNumberOfMessagesMoved"]
    assert 1 <= moved < 6
    assert wait_for_status(sqs, dlq_arn, "CANCELLED")["ApproximateNumberOfMessagesMoved"] >= moved


def test_move_task_errors(sqs):
    plain, plain_arn = make_queue(sqs, "not-a-dlq")
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.start_message_move_task(SourceArn=plain_arn)
    assert error.value.response["Error"]["Message"] == "Source queue must be configured as a Dead Letter Queue."
    with pytest.raises(sqs.exceptions.ResourceNotFoundException) as error:
        sqs.start_message_move_task(SourceArn="arn:aws:sqs:us-east-1:000000000000:no-such-queue")
    assert error.value.response["ResponseMetadata"]["HTTPStatusCode"] == 404
    _, _, _, dlq_arn = with_dlq(sqs)
    with pytest.raises(sqs.exceptions.ResourceNotFoundException):
        sqs.start_message_move_task(SourceArn=dlq_arn, DestinationArn="arn:aws:sqs:us-east-1:000000000000:no-such-queue")
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.cancel_message_move_task(TaskHandle="not-a-handle")
    assert error.value.response["Error"]["Message"] == "Value for parameter TaskHandle is invalid."
    fake = base64.b64encode(json.dumps({"taskId": "nope", "sourceArn": dlq_arn}).encode()).decode()
    with pytest.raises(sqs.exceptions.ResourceNotFoundException) as error:
        sqs.cancel_message_move_task(TaskHandle=fake)
    assert error.value.response["Error"]["Message"] == "Task does not exist."
