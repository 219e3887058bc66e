"""Random and mutated requests: every answer is a well-formed SQS error or success, never a 500, and
the server stays up. Seeded, bounded in count."""

import json
import random
import urllib.parse

from sqs_rawhttp import post

ACTIONS = [
    "CreateQueue", "GetQueueUrl", "ListQueues", "DeleteQueue", "SendMessage", "SendMessageBatch", "ReceiveMessage",
    "DeleteMessage", "DeleteMessageBatch", "ChangeMessageVisibility", "ChangeMessageVisibilityBatch", "GetQueueAttributes",
    "SetQueueAttributes", "PurgeQueue", "ListDeadLetterSourceQueues", "StartMessageMoveTask", "ListMessageMoveTasks",
    "CancelMessageMoveTask", "TagQueue", "UntagQueue", "ListQueueTags", "AddPermission", "RemovePermission",
]


def valid_requests(queue_url):
    entry = {"Id": "a", "MessageBody": "hello", "MessageAttributes": {"n": {"DataType": "Number", "StringValue": "1"}}}
    return [
        ("SendMessage", {"QueueUrl": queue_url, "MessageBody": "body", "DelaySeconds": 0,
                         "MessageAttributes": {"k": {"DataType": "String", "StringValue": "v"}}}),
        ("SendMessageBatch", {"QueueUrl": queue_url, "Entries": [entry, dict(entry, Id="b")]}),
        ("ReceiveMessage", {"QueueUrl": queue_url, "MaxNumberOfMessages": 3, "VisibilityTimeout": 0,
                            "AttributeNames": ["All"], "MessageAttributeNames": ["All"]}),
        ("ChangeMessageVisibility", {"QueueUrl": queue_url, "ReceiptHandle": "cXVldWUKMQox", "VisibilityTimeout": 3}),
        ("DeleteMessageBatch", {"QueueUrl": queue_url, "Entries": [{"Id": "x", "ReceiptHandle": "abc"}]}),
        ("SetQueueAttributes", {"QueueUrl": queue_url, "Attributes": {"VisibilityTimeout": "10"}}),
        ("GetQueueAttributes", {"QueueUrl": queue_url, "AttributeNames": ["All"]}),
        ("TagQueue", {"QueueUrl": queue_url, "Tags": {"a": "b"}}),
        ("ListQueues", {"QueueNamePrefix": "fuzz", "MaxResults": 5}),
        ("StartMessageMoveTask", {"SourceArn": "arn:aws:sqs:us-east-1:000000000000:fuzz-target"}),
    ]


def mutate_value(rng, value):
    choices = [None, "", "x" * rng.randint(1, 3000), -1, 2**40, 3.5, True, [], {}, [1, "a"], {"a": [None]},
               "\u0000", "\ud7ff\ue000", "arn:aws:sqs:::", "💥" * 10]
    if isinstance(value, dict) and value and rng.random() < 0.5:
        key = rng.choice(list(value))
        return {**value, key: mutate_value(rng, value[key])}
    if isinstance(value, list) and value and rng.random() < 0.5:
        index = rng.randrange(len(value))
        return value[:index] + [mutate_value(rng, value[index])] + value[index + 1:]
    return rng.choice(choices)


def mutate(rng, payload):
    payload = dict(payload)
    operation = rng.random()
    if operation < 0.4 and payload:
        key = rng.choice(list(payload))
        payload[key] = mutate_value(rng, payload[key])
    elif operation < 0.6 and payload:
        payload.pop(rng.choice(list(payload)))
    else:
        payload[rng.choice(["Extra", "QueueUrl", "Entries", "MaxNumberOfMessages", "Attributes"])] = mutate_value(rng, None)
    return payload


def check_response(status, headers, body, is_json):
    assert status != 500 and status < 500, (status, body[:300])
    if status == 200:
        if is_json:
            json.loads(body)
        else:
            assert body.startswith(b"<?xml")
        return
    lowered = {k.lower(): v for k, v in headers.items()}
    assert ";Sender" in lowered.get("x-amzn-query-error", "")
    if is_json:
        decoded = json.loads(body)
        assert "#" in decoded["__type"] and isinstance(decoded["message"], str)
    else:
        assert b"<ErrorResponse" in body and b"<Code>" in body


def test_fuzz_json_and_query(server, sqs, queue):
    rng = random.Random(20261121)
    templates = valid_requests(queue)
    for _ in range(600):
        kind = rng.random()
        if kind < 0.6:
            action, payload = rng.choice(templates)
            body = json.dumps(mutate(rng, payload)).encode()
        elif kind < 0.75:
            action = rng.choice(ACTIONS + ["Bogus", ""])
            body = bytes(rng.randrange(256) for _ in range(rng.randint(0, 200)))
        else:
            action, payload = rng.choice(templates)
            text = json.dumps(payload).encode()
            position = rng.randrange(len(text))
            body = text[:position] + bytes([rng.randrange(256)]) + text[position + 1:]
        status, headers, response = post(server.endpoint, body, {"X-Amz-Target": f"AmazonSQS.{action}",
                                                                 "Content-Type": "application/x-amz-json-1.0"})
        check_response(status, headers, response, True)
    for _ in range(300):
        action = rng.choice(ACTIONS + ["Bogus"])
        params = {"Action": action, "Version": "2012-11-05", "QueueUrl": queue}
        for _ in range(rng.randint(0, 6)):
            key = rng.choice(["QueueName", "MessageBody", "MaxNumberOfMessages", "Attribute.1.Name", "Attribute.1.Value",
                              "SendMessageBatchRequestEntry.1.Id", "SendMessageBatchRequestEntry.1.MessageBody",
                              "MessageAttribute.1.Name", "MessageAttribute.1.Value.DataType", "ReceiptHandle",
                              "AttributeName.1", "VisibilityTimeout", "Tag.1.Key", "DelaySeconds", "x.y.z.1"])
            params[key] = rng.choice(["", "1", "-5", "abc", "All", "String", "x" * 300, "%00", "99999999999999999999"])
        body = urllib.parse.urlencode(params).encode()
        if rng.random() < 0.2:
            body = body.replace(b"%", b"%%")
        status, headers, response = post(server.endpoint, body, {"Content-Type": "application/x-www-form-urlencoded"})
        check_response(status, headers, response, False)
    # Still serving real requests afterwards (the fuzzed DeleteQueue may have removed the test's queue).
    url = sqs.create_queue(QueueName="after-fuzz")["QueueUrl"]
    sqs.send_message(QueueUrl=url, MessageBody="alive")
    assert sqs.receive_message(QueueUrl=url)["Messages"][0]["Body"] == "alive"
