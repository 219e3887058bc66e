"""What SendMessage and SendMessageBatch refuse as SQS does: delays past 900 s, FIFO messages without
a group or deduplication id (a batch refused whole, as AWS-recorded), through both protocols."""

import time

import pytest

from sqs_rawhttp import query_error, query_xml


@pytest.fixture
def fifo(sqs):
    name = f"strict-{time.monotonic_ns() % 10**9}.fifo"
    url = sqs.create_queue(QueueName=name, Attributes={"FifoQueue": "true", "ContentBasedDeduplication": "false"})["QueueUrl"]
    yield url
    sqs.delete_queue(QueueUrl=url)


def error_of(error):
    return error.value.response["Error"]["Code"], error.value.response["Error"]["Message"]


def recorded_error(golden, test):
    content = next(v for k, v in golden.items() if k.endswith(f"::{test}"))["recorded-content"]
    error = next(iter(content.values()))["Error"]
    return error["Code"], error["Message"]


def test_delay_above_900_refused(sqs, queue):
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.send_message(QueueUrl=queue, MessageBody="late", DelaySeconds=901)
    assert error_of(error) == ("InvalidParameterValue", "Value 901 for parameter DelaySeconds is invalid. Reason: DelaySeconds must be >= 0 and <= 900.")
    result = sqs.send_message_batch(QueueUrl=queue, Entries=[{"Id": "ok", "MessageBody": "a", "DelaySeconds": 900},
                                                              {"Id": "late", "MessageBody": "b", "DelaySeconds": 901}])
    assert [e["Id"] for e in result["Successful"]] == ["ok"]
    assert [(e["Id"], e["Code"], e["SenderFault"]) for e in result["Failed"]] == [("late", "InvalidParameterValue", True)]
    attributes = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["ApproximateNumberOfMessagesDelayed"])["Attributes"]
    assert attributes["ApproximateNumberOfMessagesDelayed"] == "1"


def test_delay_above_900_refused_through_query(server, queue):
    assert query_error(server.endpoint, {"Action": "SendMessage", "QueueUrl": queue, "MessageBody": "late", "DelaySeconds": "901"}) == (
        400, "InvalidParameterValue", "Value 901 for parameter DelaySeconds is invalid. Reason: DelaySeconds must be >= 0 and <= 900.")


def test_fifo_send_needs_group_and_deduplication_id(sqs, fifo, golden):
    content = next(v for k, v in golden.items() if k.endswith("::test_posting_to_fifo_requires_deduplicationid_group_id[sqs]"))["recorded-content"]
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.send_message(QueueUrl=fifo, MessageBody="x", MessageDeduplicationId="d")
    assert error_of(error) == (content["missing-parameter"]["Error"]["Code"], content["missing-parameter"]["Error"]["Message"])
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.send_message(QueueUrl=fifo, MessageBody="x", MessageGroupId="g")
    assert error_of(error) == (content["invalid-parameter-value"]["Error"]["Code"], content["invalid-parameter-value"]["Error"]["Message"])


@pytest.mark.parametrize("missing,test", [
    ("MessageGroupId", "test_send_batch_missing_message_group_id_for_fifo_queue[sqs]"),
    ("MessageDeduplicationId", "test_send_batch_missing_deduplication_id_for_fifo_queue[sqs]"),
])
def test_fifo_batch_refused_whole(sqs, fifo, golden, missing, test):
    complete = {"Id": "first", "MessageBody": "one", "MessageGroupId": "g", "MessageDeduplicationId": "d1"}
    lacking = {"Id": "second", "MessageBody": "two", "MessageGroupId": "g", "MessageDeduplicationId": "d2"}
    del lacking[missing]
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.send_message_batch(QueueUrl=fifo, Entries=[complete, lacking])
    assert error_of(error) == recorded_error(golden, test)
    assert error.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    # Nothing of the batch was sent, not even its complete entry.
    assert "Messages" not in sqs.receive_message(QueueUrl=fifo, MaxNumberOfMessages=10)


def test_fifo_batch_refused_whole_through_query(server, fifo, sqs):
    params = {"Action": "SendMessageBatch", "QueueUrl": fifo,
              "SendMessageBatchRequestEntry.1.Id": "first", "SendMessageBatchRequestEntry.1.MessageBody": "one",
              "SendMessageBatchRequestEntry.1.MessageGroupId": "g", "SendMessageBatchRequestEntry.1.MessageDeduplicationId": "d1",
              "SendMessageBatchRequestEntry.2.Id": "second", "SendMessageBatchRequestEntry.2.MessageBody": "two",
              "SendMessageBatchRequestEntry.2.MessageGroupId": "g"}
    assert query_error(server.endpoint, params) == (
        400, "InvalidParameterValue",
        "The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly")
    params["SendMessageBatchRequestEntry.2.MessageDeduplicationId"] = "d2"
    status, root = query_xml(server.endpoint, params)
    assert status == 200 and len(root.findall("SendMessageBatchResult/SendMessageBatchResultEntry")) == 2
    got = sqs.receive_message(QueueUrl=fifo, MaxNumberOfMessages=10)["Messages"]
    assert [m["Body"] for m in got] == ["one", "two"]


def test_queue_name_where_a_url_is_expected(server, sqs, queue):
    """AWS-validated (LocalStack test_posting_to_queue_via_queue_name): a bare queue name works as QueueUrl."""
    name = queue.rsplit("/", 1)[1]
    sent = sqs.send_message(QueueUrl=name, MessageBody="Using name instead of URL")
    assert sent["MD5OfMessageBody"] == "86a83f96652a1bfad3891e7d523750cb"
    assert sqs.receive_message(QueueUrl=name)["Messages"][0]["MessageId"] == sent["MessageId"]
    assert query_xml(server.endpoint, {"Action": "SendMessage", "QueueUrl": name, "MessageBody": "by name"})[0] == 200
    status, root = query_xml(server.endpoint, {"Action": "ReceiveMessage", "QueueUrl": name})
    assert status == 200 and root.findtext("ReceiveMessageResult/Message/Body") == "by name"
