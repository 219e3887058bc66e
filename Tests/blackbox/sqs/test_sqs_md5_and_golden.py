"""MD5 digests computed as AWS does, and key responses compared with responses recorded against AWS."""

import base64
import json
import time

import pytest

VECTORS = [
    ({"attribName1": {"DataType": "String", "StringValue": "attribValue 1"}}, "19e27d4e946b072f3f58da80d94fd778"),
    ({"customNumberTypeAttrib": {"DataType": "Number.float", "StringValue": "4563442423554324324264524243.32543234"}},
     "9fe1b90bbd9965bdf77bac517c7d2495"),
    ({"binaryAttribute": {"DataType": "Binary", "BinaryValue": b"Hello binary world!"}}, "31a92b15d92f8db860eda32aceb656c3"),
    ({"timestamp": {"DataType": "Number", "StringValue": "1493147359900"}}, "235c5c510d26fb653d073faed50ae77c"),
]


@pytest.mark.parametrize("attributes,expected", VECTORS)
def test_md5_of_message_attributes(sqs, queue, attributes, expected):
    sent = sqs.send_message(QueueUrl=queue, MessageBody="hi", MessageAttributes=attributes)
    assert sent["MD5OfMessageAttributes"] == expected
    assert sent["MD5OfMessageBody"] == "49f68a5c8493ec2c0bf489821c21fc3b"
    got = sqs.receive_message(QueueUrl=queue, MessageAttributeNames=["All"])["Messages"][0]
    assert got["MD5OfMessageAttributes"] == expected
    assert got["MD5OfBody"] == "49f68a5c8493ec2c0bf489821c21fc3b"


def test_md5_of_all_three(sqs, queue):
    merged = {}
    for attributes, _ in VECTORS[:3]:
        merged.update(attributes)
    assert sqs.send_message(QueueUrl=queue, MessageBody="hi", MessageAttributes=merged)["MD5OfMessageAttributes"] == "c932db14a896c663f83c260297d594ff"


def recorded(golden, test, key):
    entry = next((entry for name, entry in golden.items() if name.endswith("::" + test)), None)
    assert entry is not None, f"{test} is not in fixtures/aws_recorded.json: add it to extract_aws_recordings.py"
    return entry["recorded-content"][key]


def test_receive_attribute_filter_md5s_match_aws(sqs, queue, golden):
    """AWS computes MD5OfMessageAttributes over the returned subset; the recorded digests must match ours."""
    content = next(v for k, v in golden.items() if k.endswith("test_receive_message_message_attribute_names_filters[sqs]"))["recorded-content"]
    attributes = {
        "General": {"DataType": "String", "StringValue": "Kenobi"},
        "Hello": {"DataType": "String", "StringValue": "There"},
        "Help.Me": {"DataType": "String", "StringValue": "Me"},
    }
    sent = sqs.send_message(QueueUrl=queue, MessageBody="msg", MessageAttributes=attributes)
    assert sent["MD5OfMessageAttributes"] == content["send_message_response"]["MD5OfMessageAttributes"]
    checked = 0
    for key, response in content.items():
        message = response["Messages"][0] if "Messages" in response else response
        if "MessageAttributes" not in message:
            continue
        names = sorted(message["MessageAttributes"])
        got = sqs.receive_message(QueueUrl=queue, MessageAttributeNames=names, VisibilityTimeout=0)["Messages"][0]
        assert got["MessageAttributes"] == message["MessageAttributes"], key
        assert got["MD5OfMessageAttributes"] == message["MD5OfMessageAttributes"], key
        assert got["MD5OfBody"] == message["MD5OfBody"]
        checked += 1
    assert checked >= 4
    for pattern, expected_key in [(["Hel.*"], "prefix_filter"), (["All"], "all_name"), ([".*"], "all_wildcard")]:
        got = sqs.receive_message(QueueUrl=queue, MessageAttributeNames=pattern, VisibilityTimeout=0)["Messages"][0]
        expected = content[expected_key]["Messages"][0] if "Messages" in content[expected_key] else content[expected_key]
        assert got["MD5OfMessageAttributes"] == expected["MD5OfMessageAttributes"], pattern


def test_default_attributes_match_aws(sqs, queue, golden):
    expected = recorded(golden, "TestSqsProvider::test_set_queue_attributes_default_values[sqs]", "get-queue-attributes-initial-values")["Attributes"]
    actual = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["All"])["Attributes"]
    assert set(actual) == set(expected)
    for name, value in expected.items():
        if value not in ("timestamp",) and not value.startswith("arn:"):
            assert actual[name] == value, name


def test_kms_attributes_match_aws(sqs, queue, golden):
    after = recorded(golden, "TestSqsProvider::test_set_queue_attributes_default_values[sqs]", "get-queue-attributes-after-update")["Attributes"]
    reset = recorded(golden, "TestSqsProvider::test_set_queue_attributes_default_values[sqs]", "get-queue-attributes-after-set-to-defaults")["Attributes"]
    sqs.set_queue_attributes(QueueUrl=queue, Attributes={"KmsMasterKeyId": "testKeyId", "KmsDataKeyReusePeriodSeconds": "6000"})
    actual = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["All"])["Attributes"]
    assert set(actual) == set(after) and actual["SqsManagedSseEnabled"] == after["SqsManagedSseEnabled"]
    sqs.set_queue_attributes(QueueUrl=queue, Attributes={"KmsMasterKeyId": "", "KmsDataKeyReusePeriodSeconds": "300"})
    actual = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["All"])["Attributes"]
    assert set(actual) - {"KmsDataKeyReusePeriodSeconds"} == set(reset)


@pytest.mark.parametrize("test,key,call", [
    ("test_send_receive_max_number_of_messages[sqs]", "send_max_number_of_messages",
     lambda sqs, q: sqs.receive_message(QueueUrl=q, MaxNumberOfMessages=11)),
    ("test_send_empty_message[sqs]", "send_empty_message", lambda sqs, q: sqs.send_message(QueueUrl=q, MessageBody="")),
    ("test_send_oversized_message[sqs]", "send_oversized_message",
     lambda sqs, q: sqs.send_message(QueueUrl=q, MessageBody="a" * (1024 * 1024 + 1))),
    ("test_too_many_entries_in_batch_request[sqs]", None,
     lambda sqs, q: sqs.send_message_batch(QueueUrl=q, Entries=[{"Id": str(i), "MessageBody": "x"} for i in range(20)])),
    ("test_send_message_with_empty_string_attribute[sqs]", "empty-string-attr",
     lambda sqs, q: sqs.send_message(QueueUrl=q, MessageBody="x", MessageAttributes={"ErrorDetails": {"DataType": "String", "StringValue": ""}})),
])
def test_errors_match_aws(sqs, queue, golden, test, key, call):
    content = next(v for k, v in golden.items() if k.endswith("::" + test))["recorded-content"]
    expected = content[key] if key else next(v for v in content.values() if isinstance(v, dict) and "Error" in v)
    with pytest.raises(sqs.exceptions.ClientError) as error:
        call(sqs, queue)
    response = error.value.response
    assert response["Error"]["Code"] == expected["Error"]["Code"]
    assert response["Error"]["Message"] == expected["Error"]["Message"]
    assert response["Error"].get("QueryErrorCode") == expected["Error"].get("QueryErrorCode")
    assert response["ResponseMetadata"]["HTTPStatusCode"] == expected["ResponseMetadata"]["HTTPStatusCode"]


def move_task_setup(sqs):
    stamp = time.monotonic_ns() % 10**9
    dlq = sqs.create_queue(QueueName=f"golden-dlq-{stamp}")["QueueUrl"]
    dlq_arn = sqs.get_queue_attributes(QueueUrl=dlq, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    source = sqs.create_queue(QueueName=f"golden-src-{stamp}", Attributes={
        "RedrivePolicy": json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": 1})})["QueueUrl"]
    plain = sqs.create_queue(QueueName=f"golden-plain-{stamp}")["QueueUrl"]
    plain_arn = sqs.get_queue_attributes(QueueUrl=plain, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    sqs.send_message(QueueUrl=source, MessageBody="m")
    sqs.receive_message(QueueUrl=source, VisibilityTimeout=0)
    sqs.receive_message(QueueUrl=source)
    return dlq_arn, plain_arn


def handle_for(task_id, source_arn):
    return base64.b64encode(json.dumps({"taskId": task_id, "sourceArn": source_arn}).encode()).decode()


@pytest.mark.parametrize("test,call", [
    ("test_source_needs_redrive_policy", lambda sqs, dlq, plain: sqs.start_message_move_task(SourceArn=plain)),
    ("test_cancel_with_invalid_task_handle", lambda sqs, dlq, plain: sqs.cancel_message_move_task(TaskHandle="foobared")),
    ("test_cancel_with_invalid_source_arn_in_task_handle",
     lambda sqs, dlq, plain: sqs.cancel_message_move_task(TaskHandle=handle_for("10f1f89d", dlq + "-absent"))),
    ("test_cancel_with_invalid_task_id_in_task_handle",
     lambda sqs, dlq, plain: sqs.cancel_message_move_task(TaskHandle=handle_for("10f1f89d", dlq))),
    ("test_destination_needs_to_exist",
     lambda sqs, dlq, plain: sqs.start_message_move_task(SourceArn=dlq, DestinationArn=plain + "-absent")),
])
def test_move_task_errors_match_aws(sqs, golden, test, call):
    expected = next(v for k, v in golden.items() if k.endswith("test_sqs_move_task.py::" + test))["recorded-content"]["error"]
    dlq_arn, plain_arn = move_task_setup(sqs)
    with pytest.raises(sqs.exceptions.ClientError) as error:
        call(sqs, dlq_arn, plain_arn)
    response = error.value.response
    for field in ("Code", "Message", "QueryErrorCode", "Type"):
        assert response["Error"].get(field) == expected["Error"].get(field), field
    assert response["ResponseMetadata"]["HTTPStatusCode"] == expected["ResponseMetadata"]["HTTPStatusCode"]


def test_move_task_listing_matches_aws(sqs, golden):
    expected = next(v for k, v in golden.items() if k.endswith("test_basic_move_task_workflow"))["recorded-content"]
    dlq_arn, plain_arn = move_task_setup(sqs)
    handle = sqs.start_message_move_task(SourceArn=dlq_arn, DestinationArn=plain_arn)["TaskHandle"]
    assert set(json.loads(base64.b64decode(handle))) == {"taskId", "sourceArn"}
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        result = sqs.list_message_move_tasks(SourceArn=dlq_arn)["Results"][0]
        if result["Status"] == "COMPLETED":
            break
        time.sleep(0.05)
    recorded = expected["list-message-move-task-response"]["Results"][0]
    assert set(result) == set(recorded)
    assert result["ApproximateNumberOfMessagesMoved"] == 1 and result["ApproximateNumberOfMessagesToMove"] == 1


def test_tag_untag_matches_aws(sqs, queue, golden):
    recorded_content = next(v for k, v in golden.items() if k.endswith("test_tag_untag_queue[sqs]"))["recorded-content"]
    sqs.tag_queue(QueueUrl=queue, Tags={"tag1": "value1", "tag2": "value2", "tag3": ""})
    assert sqs.list_queue_tags(QueueUrl=queue)["Tags"] == recorded_content["get-tag-1"]["Tags"]
    sqs.untag_queue(QueueUrl=queue, TagKeys=["tag1", "tag3"])
    assert sqs.list_queue_tags(QueueUrl=queue)["Tags"] == recorded_content["get-tag-2"]["Tags"]
    sqs.untag_queue(QueueUrl=queue, TagKeys=["tag2"])
    after = sqs.list_queue_tags(QueueUrl=queue)
    assert set(after) == set(recorded_content["get-tag-after-untag"])
