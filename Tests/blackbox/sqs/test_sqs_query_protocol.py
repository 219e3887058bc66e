"""The legacy Query/XML protocol, through an older botocore (1.29.x) in a virtualenv the test creates,
and through raw form posts."""

import hashlib
import json
import os
import subprocess
import sys
import textwrap
import venv
from pathlib import Path

import pytest

from sqs_rawhttp import query_call

OLD_BOTOCORE = "botocore==1.29.126"
OLD_BOTO3 = "boto3==1.26.126"


@pytest.fixture(scope="session")
def old_python(tmp_path_factory):
    """A virtualenv with botocore 1.29 (Query protocol); kept across runs in the build folder."""
    root = Path(__file__).resolve().parents[3] / ".build" / "venv-botocore-1.29"
    python = root / "bin" / "python"
    marker = root / "installed.txt"
    if not marker.exists():
        venv.create(root, with_pip=True, clear=True)
        result = subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", OLD_BOTOCORE, OLD_BOTO3],
                                capture_output=True, text=True)
        if result.returncode != 0:
            pytest.fail(f"could not install {OLD_BOTOCORE}: {result.stderr[-2000:]}")
        marker.write_text(OLD_BOTOCORE)
    return python


SCRIPT = textwrap.dedent('''
    import base64, json, sys, time
    import boto3, botocore
    endpoint = sys.argv[1]
    sqs = boto3.client("sqs", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="t", aws_secret_access_key="t")
    assert sqs.meta.service_model.protocol == "query", sqs.meta.service_model.protocol
    out = {"botocore": botocore.__version__}
    name = "query-%d" % (time.time_ns() % 10**9)
    url = sqs.create_queue(QueueName=name, Attributes={"VisibilityTimeout": "40"}, tags={"t": "1"})["QueueUrl"]
    dlq = sqs.create_queue(QueueName=name + "-dlq")["QueueUrl"]
    dlq_arn = sqs.get_queue_attributes(QueueUrl=dlq, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    sqs.set_queue_attributes(QueueUrl=url, Attributes={"RedrivePolicy": json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": 2})})
    out["url"] = url
    out["get_url"] = sqs.get_queue_url(QueueName=name)["QueueUrl"]
    out["listed"] = sqs.list_queues(QueueNamePrefix=name)["QueueUrls"]
    out["attributes"] = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["All"])["Attributes"]
    sent = sqs.send_message(QueueUrl=url, MessageBody="hi <&> there", MessageAttributes={
        "attribName1": {"DataType": "String", "StringValue": "attribValue 1"},
        "binaryAttribute": {"DataType": "Binary", "BinaryValue": b"Hello binary world!"}})
    out["sent"] = {k: sent[k] for k in ("MD5OfMessageBody", "MD5OfMessageAttributes", "MessageId")}
    batch = sqs.send_message_batch(QueueUrl=url, Entries=[{"Id": "a", "MessageBody": "one"}, {"Id": "b", "MessageBody": "two", "DelaySeconds": 0}])
    out["batch_ids"] = sorted(e["Id"] for e in batch["Successful"])
    got = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, AttributeNames=["All"], MessageAttributeNames=["All"], WaitTimeSeconds=1)["Messages"]
    first = [m for m in got if m["MessageId"] == sent["MessageId"]][0]
    out["received"] = {"Body": first["Body"], "MD5OfBody": first["MD5OfBody"], "MD5OfMessageAttributes": first["MD5OfMessageAttributes"],
                       "MessageAttributes": {k: {kk: (base64.b64encode(vv).decode() if isinstance(vv, bytes) else vv) for kk, vv in v.items()} for k, v in first["MessageAttributes"].items()},
                       "ReceiveCount": first["Attributes"]["ApproximateReceiveCount"]}
    out["received_count"] = len(got)
    change = sqs.change_message_visibility_batch(QueueUrl=url, Entries=[{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"], "VisibilityTimeout": 0} for i, m in enumerate(got)])
    out["changed"] = len(change["Successful"])
    sqs.change_message_visibility(QueueUrl=url, ReceiptHandle=got[0]["ReceiptHandle"], VisibilityTimeout=0)
    again = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10)["Messages"]
    deleted = sqs.delete_message_batch(QueueUrl=url, Entries=[{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(again)] + [{"Id": "bad", "ReceiptHandle": "garbage"}])
    out["deleted"] = len(deleted["Successful"])
    out["delete_failed"] = deleted["Failed"]
    sqs.send_message(QueueUrl=url, MessageBody="single")
    single = sqs.receive_message(QueueUrl=url)["Messages"][0]
    sqs.delete_message(QueueUrl=url, ReceiptHandle=single["ReceiptHandle"])
    sqs.tag_queue(QueueUrl=url, Tags={"u": "2"})
    sqs.untag_queue(QueueUrl=url, TagKeys=["t"])
    out["tags"] = sqs.list_queue_tags(QueueUrl=url)["Tags"]
    out["dlq_sources"] = sqs.list_dead_letter_source_queues(QueueUrl=dlq)["queueUrls"]
    sqs.purge_queue(QueueUrl=url)
    errors = {}
    try:
        sqs.get_queue_url(QueueName="absent-queue")
    except sqs.exceptions.QueueDoesNotExist as e:
        errors["missing"] = e.response["Error"]
    try:
        sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=11)
    except botocore.exceptions.ClientError as e:
        errors["range"] = e.response["Error"]
    try:
        sqs.delete_message(QueueUrl=url, ReceiptHandle="garbage")
    except botocore.exceptions.ClientError as e:
        errors["handle"] = e.response["Error"]
    out["errors"] = errors
    sqs.delete_queue(QueueUrl=url)
    out["after_delete"] = sqs.list_queues(QueueNamePrefix=name).get("QueueUrls", [])
    print(json.dumps(out))
''')


def test_old_botocore_uses_query_protocol(old_python, server, tmp_path):
    script = tmp_path / "query_client.py"
    script.write_text(SCRIPT)
    result = subprocess.run([str(old_python), str(script), server.endpoint], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    out = json.loads(result.stdout)
    assert out["botocore"].startswith("1.29.")
    assert out["get_url"] == out["url"] and out["listed"][0] == out["url"]
    assert out["attributes"]["VisibilityTimeout"] == "40" and "RedrivePolicy" in out["attributes"]
    assert out["sent"]["MD5OfMessageBody"] == hashlib.md5(b"hi <&> there").hexdigest()
    assert out["received"]["Body"] == "hi <&> there"
    assert out["received"]["MD5OfMessageAttributes"] == out["sent"]["MD5OfMessageAttributes"]
    assert out["received"]["MessageAttributes"]["binaryAttribute"]["BinaryValue"] == "SGVsbG8gYmluYXJ5IHdvcmxkIQ=="
    assert out["received"]["ReceiveCount"] == "1" and out["received_count"] == 3
    assert out["batch_ids"] == ["a", "b"] and out["changed"] == 3 and out["deleted"] == 3
    assert out["delete_failed"][0]["Code"] == "ReceiptHandleIsInvalid"
    assert out["tags"] == {"u": "2"}
    assert len(out["dlq_sources"]) == 1
    assert out["errors"]["missing"]["Code"] == "AWS.SimpleQueueService.NonExistentQueue"
    assert out["errors"]["range"]["Code"] == "InvalidParameterValue"
    assert out["errors"]["handle"]["Code"] == "ReceiptHandleIsInvalid"
    assert out["url"] not in out["after_delete"]


def test_query_post_to_queue_path(server, sqs, queue):
    path = "/" + "/".join(queue.split("/")[-2:])
    status, _, body = query_call(server.endpoint, {"Action": "SendMessage", "MessageBody": "by path", "Version": "2012-11-05"}, path)
    assert status == 200 and b"<MD5OfMessageBody>" in body
    assert sqs.receive_message(QueueUrl=queue)["Messages"][0]["Body"] == "by path"


def test_query_error_shape(server):
    status, _, body = query_call(server.endpoint, {"Action": "GetQueueUrl", "QueueName": "absent", "Version": "2012-11-05"})
    assert status == 400
    text = body.decode()
    assert "<ErrorResponse" in text and "<Code>AWS.SimpleQueueService.NonExistentQueue</Code>" in text and "<RequestId>" in text
