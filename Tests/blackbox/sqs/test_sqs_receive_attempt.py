"""ReceiveRequestAttemptId on FIFO queues: a retried receive gets the same messages and receipt handles
while none of them changed; a new id, or a change, is a new receive. Standard queues ignore it."""

import time

import pytest

from sqs_rawhttp import query_xml


@pytest.fixture
def fifo(sqs):
    url = sqs.create_queue(QueueName=f"attempts-{time.monotonic_ns() % 10**9}.fifo",
                           Attributes={"FifoQueue": "true", "ContentBasedDeduplication": "true"})["QueueUrl"]
    for i in range(3):
        sqs.send_message(QueueUrl=url, MessageBody=f"m{i}", MessageGroupId="g")
    yield url
    sqs.delete_queue(QueueUrl=url)


def handles(response):
    return [(m["MessageId"], m["ReceiptHandle"]) for m in response.get("Messages", [])]


def test_retry_gets_the_same_messages(sqs, fifo):
    first = sqs.receive_message(QueueUrl=fifo, MaxNumberOfMessages=2, ReceiveRequestAttemptId="attempt-1", AttributeNames=["All"])
    assert [m["Body"] for m in first["Messages"]] == ["m0", "m1"]
    retried = sqs.receive_message(QueueUrl=fifo, MaxNumberOfMessages=2, ReceiveRequestAttemptId="attempt-1", AttributeNames=["All"])
    assert handles(retried) == handles(first)
    assert [m["Attributes"]["ApproximateReceiveCount"] for m in retried["Messages"]] == ["1", "1"]
    # Another attempt is a new receive: the group is in flight, so nothing.
    assert "Messages" not in sqs.receive_message(QueueUrl=fifo, ReceiveRequestAttemptId="attempt-2")
    # Once one of them is deleted the retry is a new receive too.
    sqs.delete_message(QueueUrl=fifo, ReceiptHandle=first["Messages"][0]["ReceiptHandle"])
    assert "Messages" not in sqs.receive_message(QueueUrl=fifo, MaxNumberOfMessages=2, ReceiveRequestAttemptId="attempt-1")
    sqs.change_message_visibility(QueueUrl=fifo, ReceiptHandle=first["Messages"][1]["ReceiptHandle"], VisibilityTimeout=0)
    again = sqs.receive_message(QueueUrl=fifo, MaxNumberOfMessages=2, ReceiveRequestAttemptId="attempt-1", AttributeNames=["All"])
    assert [m["Body"] for m in again["Messages"]] == ["m1", "m2"]
    assert again["Messages"][0]["Attributes"]["ApproximateReceiveCount"] == "2"
    assert again["Messages"][0]["ReceiptHandle"] != first["Messages"][1]["ReceiptHandle"]


def test_retry_through_query(server, fifo):
    params = {"Action": "ReceiveMessage", "QueueUrl": fifo, "MaxNumberOfMessages": "3", "ReceiveRequestAttemptId": "q-attempt"}
    _, first = query_xml(server.endpoint, params)
    _, retried = query_xml(server.endpoint, params)
    read = lambda root: [(m.findtext("Body"), m.findtext("ReceiptHandle")) for m in root.iter("Message")]
    assert [body for body, _ in read(first)] == ["m0", "m1", "m2"]
    assert read(retried) == read(first)


def test_standard_queue_ignores_attempt_id(sqs, queue):
    sqs.send_message(QueueUrl=queue, MessageBody="once")
    assert len(sqs.receive_message(QueueUrl=queue, ReceiveRequestAttemptId="a")["Messages"]) == 1
    assert "Messages" not in sqs.receive_message(QueueUrl=queue, ReceiveRequestAttemptId="a")
