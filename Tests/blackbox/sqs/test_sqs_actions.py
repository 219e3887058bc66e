"""Every SQS action through boto3 (JSON protocol) against a real server."""

import base64
import json
import time

import pytest


def test_create_get_list_delete_queue(sqs):
    prefix = f"lifecycle-{time.monotonic_ns() % 10**8}"
    urls = [sqs.create_queue(QueueName=f"{prefix}-{i}")["QueueUrl"] for i in range(3)]
    assert all(url.endswith(f"/{prefix}-{i}") for i, url in enumerate(urls))
    assert sqs.get_queue_url(QueueName=f"{prefix}-1")["QueueUrl"] == urls[1]
    assert sqs.list_queues(QueueNamePrefix=prefix)["QueueUrls"] == urls
    # Creating again with the same attributes returns the same URL.
    assert sqs.create_queue(QueueName=f"{prefix}-0")["QueueUrl"] == urls[0]
    sqs.delete_queue(QueueUrl=urls[0])
    assert sqs.list_queues(QueueNamePrefix=prefix)["QueueUrls"] == urls[1:]
    with pytest.raises(sqs.exceptions.QueueDoesNotExist):
        sqs.get_queue_url(QueueName=f"{prefix}-0")


def test_list_queues_pagination(sqs):
    prefix = f"page-{time.monotonic_ns() % 10**8}"
    urls = [sqs.create_queue(QueueName=f"{prefix}-{i}")["QueueUrl"] for i in range(5)]
    first = sqs.list_queues(QueueNamePrefix=prefix, MaxResults=2)
    assert first["QueueUrls"] == urls[:2] and "NextToken" in first
    second = sqs.list_queues(QueueNamePrefix=prefix, MaxResults=2, NextToken=first["NextToken"])
    assert second["QueueUrls"] == urls[2:4]
    third = sqs.list_queues(QueueNamePrefix=prefix, MaxResults=2, NextToken=second["NextToken"])
    assert third["QueueUrls"] == urls[4:] and "NextToken" not in third
    assert "QueueUrls" not in sqs.list_queues(QueueNamePrefix="no-such-prefix-at-all")


def test_create_queue_with_different_attributes_fails(sqs, queue):
    name = queue.rsplit("/", 1)[1]
    with pytest.raises(sqs.exceptions.QueueNameExists) as error:
        sqs.create_queue(QueueName=name, Attributes={"VisibilityTimeout": "5"})
    assert error.value.response["Error"]["Code"] == "QueueAlreadyExists"


def test_queue_attributes_defaults_and_update(sqs, queue):
    attributes = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["All"])["Attributes"]
    assert attributes["VisibilityTimeout"] == "30"
    assert attributes["MaximumMessageSize"] == "1048576"
    assert attributes["MessageRetentionPeriod"] == "345600"
    assert attributes["SqsManagedSseEnabled"] == "true"
    assert attributes["QueueArn"].endswith(":" + queue.rsplit("/", 1)[1])
    sqs.set_queue_attributes(QueueUrl=queue, Attributes={"VisibilityTimeout": "7", "DelaySeconds": "1"})
    only = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["VisibilityTimeout", "DelaySeconds"])["Attributes"]
    assert only == {"VisibilityTimeout": "7", "DelaySeconds": "1"}
    assert "Attributes" not in sqs.get_queue_attributes(QueueUrl=queue)


def test_send_receive_delete(sqs, queue):
    sent = sqs.send_message(QueueUrl=queue, MessageBody="hi")
    assert sent["MD5OfMessageBody"] == "49f68a5c8493ec2c0bf489821c21fc3b"
    got = sqs.receive_message(QueueUrl=queue, AttributeNames=["All"])["Messages"]
    assert len(got) == 1 and got[0]["MessageId"] == sent["MessageId"] and got[0]["Body"] == "hi"
    assert got[0]["Attributes"]["ApproximateReceiveCount"] == "1"
    assert {"SenderId", "SentTimestamp", "ApproximateFirstReceiveTimestamp"} <= set(got[0]["Attributes"])
    sqs.delete_message(QueueUrl=queue, ReceiptHandle=got[0]["ReceiptHandle"])
    # Deleting again with the same handle succeeds, as on SQS.
    sqs.delete_message(QueueUrl=queue, ReceiptHandle=got[0]["ReceiptHandle"])
    assert "Messages" not in sqs.receive_message(QueueUrl=queue)


def test_batches(sqs, queue):
    result = sqs.send_message_batch(QueueUrl=queue, Entries=[{"Id": f"m{i}", "MessageBody": f"body {i}"} for i in range(10)])
    assert sorted(e["Id"] for e in result["Successful"]) == sorted(f"m{i}" for i in range(10))
    assert not result.get("Failed")
    got = []
    for _ in range(20):
        got += sqs.receive_message(QueueUrl=queue, MaxNumberOfMessages=10, VisibilityTimeout=60).get("Messages", [])
        if len(got) == 10:
            break
    assert sorted(m["Body"] for m in got) == sorted(f"body {i}" for i in range(10))
    changed = sqs.change_message_visibility_batch(
        QueueUrl=queue, Entries=[{"Id": f"c{i}", "ReceiptHandle": m["ReceiptHandle"], "VisibilityTimeout": 100} for i, m in enumerate(got)])
    assert len(changed["Successful"]) == 10
    deleted = sqs.delete_message_batch(
        QueueUrl=queue, Entries=[{"Id": f"d{i}", "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(got[:9])]
        + [{"Id": "bad", "ReceiptHandle": "garbage"}])
    assert len(deleted["Successful"]) == 9
    sqs.delete_message(QueueUrl=queue, ReceiptHandle=got[9]["ReceiptHandle"])
    assert deleted["Failed"] == [{"Id": "bad", "SenderFault": True, "Code": "ReceiptHandleIsInvalid",
                                  "Message": 'The input receipt handle "garbage" is not a valid receipt handle.'}]
    attributes = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["All"])["Attributes"]
    assert attributes["ApproximateNumberOfMessages"] == "0" and attributes["ApproximateNumberOfMessagesNotVisible"] == "0"


def test_batch_partial_failure(sqs, queue):
    sqs.set_queue_attributes(QueueUrl=queue, Attributes={"MaximumMessageSize": "1024"})
    result = sqs.send_message_batch(QueueUrl=queue, Entries=[
        {"Id": "ok", "MessageBody": "fine"},
        {"Id": "big", "MessageBody": "x" * 1025},
    ])
    assert [e["Id"] for e in result["Successful"]] == ["ok"]
    assert result["Failed"] == [{"Id": "big", "SenderFault": True, "Code": "InvalidParameterValue",
                                 "Message": "One or more parameters cannot be validated. Reason: Message must be shorter than 1024 bytes."}]


def test_batch_too_long(sqs, queue):
    with pytest.raises(sqs.exceptions.BatchRequestTooLong) as error:
        sqs.send_message_batch(QueueUrl=queue, Entries=[
            {"Id": "a", "MessageBody": "x" * (512 * 1024)}, {"Id": "b", "MessageBody": "x" * (512 * 1024 + 1)}])
    assert error.value.response["Error"]["Message"] == "Batch requests cannot be longer than 1048576 bytes. You have sent 1048577 bytes."


def test_visibility_timeout_and_receive_count(sqs, queue):
    sqs.send_message(QueueUrl=queue, MessageBody="again")
    first = sqs.receive_message(QueueUrl=queue, VisibilityTimeout=1)["Messages"][0]
    assert "Messages" not in sqs.receive_message(QueueUrl=queue)
    time.sleep(1.2)
    second = sqs.receive_message(QueueUrl=queue, AttributeNames=["ApproximateReceiveCount"])["Messages"][0]
    assert second["MessageId"] == first["MessageId"]
    assert second["Attributes"] == {"ApproximateReceiveCount": "2"}
    assert second["ReceiptHandle"] != first["ReceiptHandle"]
    sqs.change_message_visibility(QueueUrl=queue, ReceiptHandle=second["ReceiptHandle"], VisibilityTimeout=0)
    third = sqs.receive_message(QueueUrl=queue)["Messages"][0]
    assert third["MessageId"] == first["MessageId"]


def test_delay_seconds(sqs, queue):
    sqs.send_message(QueueUrl=queue, MessageBody="later", DelaySeconds=1)
    attributes = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["ApproximateNumberOfMessagesDelayed"])["Attributes"]
    assert attributes["ApproximateNumberOfMessagesDelayed"] == "1"
    assert "Messages" not in sqs.receive_message(QueueUrl=queue)
    start = time.monotonic()
    got = sqs.receive_message(QueueUrl=queue, WaitTimeSeconds=5)["Messages"]
    assert got[0]["Body"] == "later" and time.monotonic() - start < 2


def test_message_attributes_selection(sqs, queue):
    attributes = {
        "General": {"DataType": "String", "StringValue": "Test"},
        "Hello": {"DataType": "Number", "StringValue": "42"},
        "Help.Me": {"DataType": "Binary", "BinaryValue": b"\x00\x01binary"},
    }
    sent = sqs.send_message(QueueUrl=queue, MessageBody="attrs", MessageAttributes=attributes)
    got = sqs.receive_message(QueueUrl=queue, MessageAttributeNames=["All"], VisibilityTimeout=0)["Messages"][0]
    assert got["MessageAttributes"] == attributes
    assert got["MD5OfMessageAttributes"] == sent["MD5OfMessageAttributes"]
    some = sqs.receive_message(QueueUrl=queue, MessageAttributeNames=["Help.*"], VisibilityTimeout=0)["Messages"][0]
    assert set(some["MessageAttributes"]) == {"Help.Me"}
    assert some["MD5OfMessageAttributes"] != sent["MD5OfMessageAttributes"]
    none = sqs.receive_message(QueueUrl=queue, VisibilityTimeout=0)["Messages"][0]
    assert "MessageAttributes" not in none and "MD5OfMessageAttributes" not in none


def test_purge_queue(sqs, queue):
    sqs.send_message_batch(QueueUrl=queue, Entries=[{"Id": str(i), "MessageBody": "p"} for i in range(5)])
    sqs.purge_queue(QueueUrl=queue)
    assert "Messages" not in sqs.receive_message(QueueUrl=queue, MaxNumberOfMessages=10)
    with pytest.raises(sqs.exceptions.PurgeQueueInProgress) as error:
        sqs.purge_queue(QueueUrl=queue)
    assert error.value.response["ResponseMetadata"]["HTTPStatusCode"] == 403


def test_tags(sqs, queue):
    sqs.tag_queue(QueueUrl=queue, Tags={"team": "records", "env": "test"})
    assert sqs.list_queue_tags(QueueUrl=queue)["Tags"] == {"team": "records", "env": "test"}
    sqs.untag_queue(QueueUrl=queue, TagKeys=["env"])
    assert sqs.list_queue_tags(QueueUrl=queue)["Tags"] == {"team": "records"}
    name = f"tagged-{time.monotonic_ns() % 10**8}"
    url = sqs.create_queue(QueueName=name, tags={"created": "yes"})["QueueUrl"]
    assert sqs.list_queue_tags(QueueUrl=url)["Tags"] == {"created": "yes"}


def test_permissions(sqs, queue):
    sqs.add_permission(QueueUrl=queue, Label="l1", AWSAccountIds=["111122223333"], Actions=["SendMessage"])
    sqs.remove_permission(QueueUrl=queue, Label="l1")


def test_trace_header_becomes_system_attribute(sqs, queue):
    sqs.send_message(QueueUrl=queue, MessageBody="traced",
                     MessageSystemAttributes={"AWSTraceHeader": {"DataType": "String", "StringValue": "Root=1-abc"}})
    got = sqs.receive_message(QueueUrl=queue, MessageSystemAttributeNames=["AWSTraceHeader"])["Messages"][0]
    assert got["Attributes"] == {"AWSTraceHeader": "Root=1-abc"}


def test_json_request_to_queue_url_path(server, queue):
    """JSON requests are routed by X-Amz-Target whatever the path, as some SDKs post to the queue URL."""
    import urllib.request
    body = json.dumps({"QueueUrl": queue, "MessageBody": "via path"}).encode()
    request = urllib.request.Request(queue, data=body, method="POST", headers={
        "X-Amz-Target": "AmazonSQS.SendMessage", "Content-Type": "application/x-amz-json-1.0"})
    with urllib.request.urlopen(request) as response:
        assert json.loads(response.read())["MD5OfMessageBody"]


def test_fifo_queue_order_and_dedup(sqs):
    name = f"ordered-{time.monotonic_ns() % 10**8}.fifo"
    url = sqs.create_queue(QueueName=name, Attributes={"FifoQueue": "true", "ContentBasedDeduplication": "true"})["QueueUrl"]
    for i in range(3):
        sqs.send_message(QueueUrl=url, MessageBody=f"m{i}", MessageGroupId="g")
    duplicate = sqs.send_message(QueueUrl=url, MessageBody="m0", MessageGroupId="g")
    got = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10)["Messages"]
    assert [m["Body"] for m in got] == ["m0", "m1", "m2"]
    assert duplicate["MessageId"] == got[0]["MessageId"]
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.send_message(QueueUrl=url, MessageBody="x")
    assert error.value.response["Error"]["Code"] == "MissingParameter"


def test_metrics_endpoint(server, sqs, queue):
    import urllib.request
    sqs.send_message(QueueUrl=queue, MessageBody="counted")
    text = urllib.request.urlopen(f"{server.endpoint}/metrics").read().decode()
    name = queue.rsplit("/", 1)[1]
    assert f'sqs_queue_messages_visible_count{{queue="{name}"}} 1' in text
    assert 'sqs_requests_total{action="SendMessage"}' in text
