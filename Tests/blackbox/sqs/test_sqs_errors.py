"""Bad input gets the error SQS sends: `__type`, `message`, `x-amzn-query-error` and the status."""

import json

import pytest

from sqs_rawhttp import json_call, query_call


def error_of(status, headers, body):
    lowered = {k.lower(): v for k, v in headers.items()}
    return status, json.loads(body), lowered.get("x-amzn-query-error")


def test_unknown_queue_json(server):
    status, body, query_error = error_of(*json_call(server.endpoint, "GetQueueUrl", {"QueueName": "absent"}))
    assert status == 400
    assert body == {"__type": "com.amazonaws.sqs#QueueDoesNotExist", "message": "The specified queue does not exist."}
    assert query_error == "AWS.SimpleQueueService.NonExistentQueue;Sender"


def test_boto3_error_codes(sqs, queue):
    with pytest.raises(sqs.exceptions.QueueDoesNotExist) as error:
        sqs.send_message(QueueUrl=queue + "-missing", MessageBody="x")
    assert error.value.response["Error"]["Code"] == "AWS.SimpleQueueService.NonExistentQueue"
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.receive_message(QueueUrl=queue, MaxNumberOfMessages=11)
    assert error.value.response["Error"] == {
        "Code": "InvalidParameterValue", "QueryErrorCode": "InvalidParameterValueException", "Type": "Sender",
        "Message": "Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided."}
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.receive_message(QueueUrl=queue, WaitTimeSeconds=21)
    assert error.value.response["Error"]["Message"] == "Value 21 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided."
    with pytest.raises(sqs.exceptions.ReceiptHandleIsInvalid):
        sqs.delete_message(QueueUrl=queue, ReceiptHandle="garbage")
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.send_message(QueueUrl=queue, MessageBody="")
    assert error.value.response["Error"]["Code"] == "MissingParameter"
    assert error.value.response["Error"]["Message"] == "The request must contain the parameter MessageBody."
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.send_message(QueueUrl=queue, MessageBody="x" * (1024 * 1024 + 1))
    assert error.value.response["Error"]["Message"] == "One or more parameters are invalid. Reason: Message must be shorter than 1048576 bytes."
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.send_message(QueueUrl=queue, MessageBody="x", MessageAttributes={"ErrorDetails": {"DataType": "String", "StringValue": ""}})
    assert error.value.response["Error"]["Message"] == "Message (user) attribute 'ErrorDetails' must contain a non-empty value of type 'String'."
    with pytest.raises(sqs.exceptions.InvalidMessageContents):
        sqs.send_message(QueueUrl=queue, MessageBody="bad \x00 char")


def test_batch_errors(sqs, queue):
    with pytest.raises(sqs.exceptions.TooManyEntriesInBatchRequest) as error:
        sqs.send_message_batch(QueueUrl=queue, Entries=[{"Id": str(i), "MessageBody": "x"} for i in range(20)])
    assert error.value.response["Error"]["Message"] == "Maximum number of entries per request are 10. You have sent 20."
    with pytest.raises(sqs.exceptions.EmptyBatchRequest):
        sqs.delete_message_batch(QueueUrl=queue, Entries=[])
    with pytest.raises(sqs.exceptions.BatchEntryIdsNotDistinct):
        sqs.send_message_batch(QueueUrl=queue, Entries=[{"Id": "a", "MessageBody": "x"}, {"Id": "a", "MessageBody": "y"}])
    for bad_id in ["invalid:id", "x" * 81]:
        with pytest.raises(sqs.exceptions.InvalidBatchEntryId):
            sqs.delete_message_batch(QueueUrl=queue, Entries=[{"Id": bad_id, "ReceiptHandle": "r"}])


def test_attribute_errors(sqs, queue):
    with pytest.raises(sqs.exceptions.InvalidAttributeName) as error:
        sqs.set_queue_attributes(QueueUrl=queue, Attributes={"FifoQueue": "true"})
    assert error.value.response["Error"]["Message"] == "Unknown Attribute FifoQueue."
    with pytest.raises(sqs.exceptions.InvalidAttributeValue):
        sqs.set_queue_attributes(QueueUrl=queue, Attributes={"VisibilityTimeout": "43201"})
    with pytest.raises(sqs.exceptions.InvalidAttributeName):
        sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["NoSuchAttribute"])
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.set_queue_attributes(QueueUrl=queue, Attributes={"RedrivePolicy": json.dumps({"maxReceiveCount": 1})})
    assert error.value.response["Error"]["Code"] == "InvalidParameterValue"


def test_unknown_action(server):
    status, body, query_error = error_of(*json_call(server.endpoint, "DoSomethingElse", {}))
    assert status == 400 and body["__type"].endswith("#UnknownOperationException")
    status, _, body = query_call(server.endpoint, {"Action": "DoSomethingElse", "Version": "2012-11-05"})
    assert status == 400 and b"<Code>InvalidAction</Code>" in body and b"<Type>Sender</Type>" in body


@pytest.mark.parametrize("raw", [b"{", b"[1,2]", b"\"text\"", b"\xff\xfe", b"{\"QueueName\": 5}", b"{\"QueueName\": null}"])
def test_malformed_json(server, raw):
    status, headers, body = json_call(server.endpoint, "CreateQueue", None, raw=raw)
    assert status == 400
    decoded = json.loads(body)
    assert decoded["__type"].split("#")[1] in {"SerializationException", "MissingRequiredParameterException"}


def test_wrong_types(server, queue):
    status, _, body = json_call(server.endpoint, "ReceiveMessage", {"QueueUrl": queue, "MaxNumberOfMessages": "ten"})
    assert status == 400 and json.loads(body)["__type"].endswith("#SerializationException")
    status, _, body = json_call(server.endpoint, "ReceiveMessage", {"QueueUrl": queue, "MaxNumberOfMessages": True})
    assert status == 400
    status, _, body = json_call(server.endpoint, "SendMessage", {"QueueUrl": queue, "MessageBody": ["list"]})
    assert status == 400
    status, _, body = json_call(server.endpoint, "SendMessageBatch", {"QueueUrl": queue, "Entries": {"not": "a list"}})
    assert status == 400


def test_oversized_request_body(server, queue):
    status, headers, body = json_call(server.endpoint, "SendMessage", None, raw=b"{\"QueueUrl\": \"%s\", \"MessageBody\": \"%s\"}" % (queue.encode(), b"x" * (7 * 1024 * 1024)))
    assert status in (400, 413)
    assert "#" in json.loads(body)["__type"]


def test_missing_parameters(server):
    status, body, query_error = error_of(*json_call(server.endpoint, "SendMessage", {}))
    assert status == 400 and body["message"] == "The request must contain the parameter QueueUrl."
    assert query_error == "MissingParameter;Sender"


def test_change_visibility_of_deleted_message(sqs, queue):
    sqs.send_message(QueueUrl=queue, MessageBody="gone")
    handle = sqs.receive_message(QueueUrl=queue)["Messages"][0]["ReceiptHandle"]
    sqs.delete_message(QueueUrl=queue, ReceiptHandle=handle)
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.change_message_visibility(QueueUrl=queue, ReceiptHandle=handle, VisibilityTimeout=10)
    assert error.value.response["Error"]["Code"] == "InvalidParameterValue"
    assert "Message does not exist or is not available for visibility timeout change." in error.value.response["Error"]["Message"]


def test_missing_queue_worded_per_protocol(server, golden):
    """AWS-recorded: JSON says the queue does not exist; Query adds "for this wsdl version"."""
    content = next(v for k, v in golden.items() if k.endswith("::test_non_existent_queue"))["recorded-content"]
    _, body, _ = error_of(*json_call(server.endpoint, "GetQueueUrl", {"QueueName": "absent"}))
    assert body["message"] == content["queue-does-not-exist"]["Error"]["Message"]
    wanted = content["queue-does-not-exist-query"]["Error"]
    for params in [{"Action": "GetQueueUrl", "QueueName": "absent"},
                   {"Action": "GetQueueAttributes", "QueueUrl": f"{server.endpoint}/000000000000/absent", "AttributeName.1": "All"}]:
        status, _, raw = query_call(server.endpoint, {**params, "Version": "2012-11-05"})
        assert status == 400
        assert f"<Code>{wanted['Code']}</Code>" in raw.decode() and f"<Message>{wanted['Message']}</Message>" in raw.decode()


@pytest.mark.parametrize("action,entry", [
    ("SendMessageBatch", "SendMessageBatchRequestEntry"), ("DeleteMessageBatch", "DeleteMessageBatchRequestEntry"),
    ("ChangeMessageVisibilityBatch", "ChangeMessageVisibilityBatchRequestEntry")])
def test_empty_batch_names_its_entry_type(server, sqs, queue, action, entry):
    """SQS's wording, as its SDK users report it: `There should be at least one SendMessageBatchRequestEntry …`."""
    wanted = f"There should be at least one {entry} in the request."
    method = {"SendMessageBatch": sqs.send_message_batch, "DeleteMessageBatch": sqs.delete_message_batch,
              "ChangeMessageVisibilityBatch": sqs.change_message_visibility_batch}[action]
    with pytest.raises(sqs.exceptions.EmptyBatchRequest) as error:
        method(QueueUrl=queue, Entries=[])
    assert error.value.response["Error"]["Message"] == wanted
    status, _, body = query_call(server.endpoint, {"Action": action, "QueueUrl": queue, "Version": "2012-11-05"})
    assert status == 400 and f"<Message>{wanted}</Message>" in body.decode()
    assert "<Code>AWS.SimpleQueueService.EmptyBatchRequest</Code>" in body.decode()


@pytest.mark.parametrize("body,named", [("bad \x00 char", "#x0"), ("bell \x07", "#x7"), ("tab\tok then \x1b", "#x1B"), ("non\ufffechar", "#xFFFE")])
def test_invalid_body_character_named(server, sqs, queue, body, named):
    """SQS names the first character it refuses (wording as its SDK users report it)."""
    wanted = (f"Invalid binary character '{named}' was found in the message body, the set of allowed characters is "
              "#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].")
    with pytest.raises(sqs.exceptions.InvalidMessageContents) as error:
        sqs.send_message(QueueUrl=queue, MessageBody=body)
    assert error.value.response["Error"]["Message"] == wanted
    status, _, raw = query_call(server.endpoint, {"Action": "SendMessage", "QueueUrl": queue, "MessageBody": body, "Version": "2012-11-05"})
    assert status == 400 and "<Code>InvalidMessageContents</Code>" in raw.decode()
    assert "Messages" not in sqs.receive_message(QueueUrl=queue)


def test_invalid_receipt_handle_worded_as_aws(sqs, queue):
    """AWS-validated wording (LocalStack test_delete_message_with_illegal_receipt_handle)."""
    with pytest.raises(sqs.exceptions.ReceiptHandleIsInvalid) as error:
        sqs.delete_message(QueueUrl=queue, ReceiptHandle="garbage")
    assert error.value.response["Error"]["Message"] == 'The input receipt handle "garbage" is not a valid receipt handle.'
