"""`--account-id` chooses the account that queue URLs, ARNs, SenderId and permissions carry (default
000000000000); anything but twelve digits is refused at start-up."""

import json
import subprocess

from sqs_harness import binary_path, make_client
from sqs_rawhttp import query_xml


def test_chosen_account_everywhere(fresh_server):
    srv = fresh_server("--account-id", "123456789012")
    sqs = make_client(srv.endpoint)
    url = sqs.create_queue(QueueName="accounted")["QueueUrl"]
    assert url == f"{srv.endpoint}/123456789012/accounted"
    assert sqs.get_queue_url(QueueName="accounted")["QueueUrl"] == url
    arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    assert arn == "arn:aws:sqs:us-east-1:123456789012:accounted"
    sqs.send_message(QueueUrl=url, MessageBody="who")
    got = sqs.receive_message(QueueUrl=url, AttributeNames=["SenderId"])["Messages"][0]
    assert got["Attributes"]["SenderId"] == "123456789012"
    sqs.add_permission(QueueUrl=url, Label="own", AWSAccountIds=["123456789012"], Actions=["SendMessage"])
    policy = json.loads(sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["Policy"])["Attributes"]["Policy"])
    assert policy["Id"] == arn + "/SQSDefaultPolicy" and policy["Statement"][0]["Resource"] == arn
    status, root = query_xml(srv.endpoint, {"Action": "GetQueueUrl", "QueueName": "accounted"})
    assert status == 200 and root.findtext("GetQueueUrlResult/QueueUrl") == url
    status, root = query_xml(srv.endpoint, {"Action": "ListQueues"})
    assert [e.text for e in root.iter("QueueUrl")] == [url]


def test_default_account(sqs, queue):
    assert queue.split("/")[-2] == "000000000000"


def test_bad_account_id_refused():
    for bad in ["12345", "12345678901a", "1234567890123"]:
        result = subprocess.run([str(binary_path()), "sqs", "--port", "0", "--account-id", bad], capture_output=True, text=True, timeout=30)
        assert result.returncode != 0
        assert "--account-id must be 12 digits" in result.stderr, result.stderr
