"""On a FIFO queue a receipt handle expires with its visibility timeout (AWS-recorded
test_fifo_delete_after_visibility_timeout and its _extended variant); a standard queue still deletes."""

import time

import pytest

from sqs_rawhttp import query_error, query_xml


def recorded(golden, test):
    return next(v for k, v in golden.items() if k.endswith(f"::{test}[sqs]"))["recorded-content"]


@pytest.fixture
def fifo(sqs):
    url = sqs.create_queue(QueueName=f"expiring-{time.monotonic_ns() % 10**9}.fifo",
                           Attributes={"FifoQueue": "true", "ContentBasedDeduplication": "true"})["QueueUrl"]
    yield url
    sqs.delete_queue(QueueUrl=url)


def test_expired_handle_refused_on_fifo(sqs, fifo, golden):
    wanted = recorded(golden, "test_fifo_delete_after_visibility_timeout")["delete_after_timeout_fifo"]["Error"]
    sqs.send_message(QueueUrl=fifo, MessageBody="foobar", MessageGroupId="g")
    handle = sqs.receive_message(QueueUrl=fifo)["Messages"][0]["ReceiptHandle"]
    # Ending the visibility timeout now stands in for waiting it out.
    sqs.change_message_visibility(QueueUrl=fifo, ReceiptHandle=handle, VisibilityTimeout=0)
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.delete_message(QueueUrl=fifo, ReceiptHandle=handle)
    got = error.value.response["Error"]
    assert (got["Code"], got["Message"]) == (wanted["Code"], wanted["Message"].replace("<receipt-handle:1>", handle))
    # The message is still there, for the next receive, whose handle deletes it.
    again = sqs.receive_message(QueueUrl=fifo)["Messages"][0]
    assert again["Body"] == "foobar" and again["ReceiptHandle"] != handle
    with pytest.raises(sqs.exceptions.ClientError):
        sqs.delete_message(QueueUrl=fifo, ReceiptHandle=handle)
    sqs.delete_message(QueueUrl=fifo, ReceiptHandle=again["ReceiptHandle"])
    assert "Messages" not in sqs.receive_message(QueueUrl=fifo)


def test_extended_handle_deletes_on_fifo(sqs, fifo, golden):
    assert recorded(golden, "test_fifo_delete_after_visibility_timeout_extended")["delete_after_timeout_fifo_extended"]["ResponseMetadata"]["HTTPStatusCode"] == 200
    sqs.send_message(QueueUrl=fifo, MessageBody="foobar", MessageGroupId="g")
    handle = sqs.receive_message(QueueUrl=fifo, VisibilityTimeout=1)["Messages"][0]["ReceiptHandle"]
    sqs.change_message_visibility(QueueUrl=fifo, ReceiptHandle=handle, VisibilityTimeout=60)
    sqs.delete_message(QueueUrl=fifo, ReceiptHandle=handle)
    assert "Messages" not in sqs.receive_message(QueueUrl=fifo, VisibilityTimeout=0)


def test_expired_handle_through_query_and_batch(server, sqs, fifo):
    sqs.send_message(QueueUrl=fifo, MessageBody="q", MessageGroupId="g")
    handle = sqs.receive_message(QueueUrl=fifo)["Messages"][0]["ReceiptHandle"]
    sqs.change_message_visibility(QueueUrl=fifo, ReceiptHandle=handle, VisibilityTimeout=0)
    status, code, message = query_error(server.endpoint, {"Action": "DeleteMessage", "QueueUrl": fifo, "ReceiptHandle": handle})
    assert (status, code) == (400, "InvalidParameterValue") and message.endswith("Reason: The receipt handle has expired.")
    result = sqs.delete_message_batch(QueueUrl=fifo, Entries=[{"Id": "old", "ReceiptHandle": handle}])
    assert [(f["Id"], f["Code"]) for f in result["Failed"]] == [("old", "InvalidParameterValue")]


def test_standard_queue_deletes_after_timeout(sqs, queue, golden):
    assert recorded(golden, "test_delete_after_visibility_timeout")["delete_after_timeout_queue_empty"]["ResponseMetadata"]["HTTPStatusCode"] == 200
    sqs.send_message(QueueUrl=queue, MessageBody="standard")
    handle = sqs.receive_message(QueueUrl=queue)["Messages"][0]["ReceiptHandle"]
    sqs.change_message_visibility(QueueUrl=queue, ReceiptHandle=handle, VisibilityTimeout=0)
    sqs.delete_message(QueueUrl=queue, ReceiptHandle=handle)
    assert "Messages" not in sqs.receive_message(QueueUrl=queue)
