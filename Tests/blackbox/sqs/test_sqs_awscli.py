"""The aws CLI against the server: the same wire protocol through another client."""

import json
import os
import subprocess
import time

import pytest

from sqs_harness import has_tool


def aws(server, *args):
    env = dict(os.environ, AWS_ACCESS_KEY_ID="test", AWS_SECRET_ACCESS_KEY="test", AWS_DEFAULT_REGION="us-east-1")
    result = subprocess.run(["aws", "sqs", *args, "--endpoint-url", server.endpoint, "--output", "json"],
                            capture_output=True, text=True, env=env, timeout=60)
    return result


@pytest.mark.skipif(not has_tool("aws"), reason="aws CLI not installed")
def test_cli_round_trip(server):
    name = f"cli-{time.monotonic_ns() % 10**8}"
    created = aws(server, "create-queue", "--queue-name", name)
    assert created.returncode == 0, created.stderr
    url = json.loads(created.stdout)["QueueUrl"]
    sent = aws(server, "send-message", "--queue-url", url, "--message-body", "from the cli",
               "--message-attributes", '{"k":{"DataType":"String","StringValue":"v"}}')
    assert sent.returncode == 0, sent.stderr
    assert json.loads(sent.stdout)["MD5OfMessageBody"]
    received = aws(server, "receive-message", "--queue-url", url, "--message-attribute-names", "All", "--wait-time-seconds", "2")
    message = json.loads(received.stdout)["Messages"][0]
    assert message["Body"] == "from the cli" and message["MessageAttributes"]["k"]["StringValue"] == "v"
    assert aws(server, "delete-message", "--queue-url", url, "--receipt-handle", message["ReceiptHandle"]).returncode == 0
    missing = aws(server, "get-queue-url", "--queue-name", name + "-absent")
    assert missing.returncode != 0 and "AWS.SimpleQueueService.NonExistentQueue" in missing.stderr
    assert aws(server, "delete-queue", "--queue-url", url).returncode == 0


def test_sdk_endpoint_from_environment(server):
    """boto3 picks the endpoint from AWS_ENDPOINT_URL_SQS, as the functions do under local-runtime."""
    script = "import boto3; c = boto3.client('sqs'); print(c.meta.endpoint_url); print(len(c.list_queues().get('QueueUrls', [])) >= 0)"
    env = dict(os.environ, AWS_ACCESS_KEY_ID="test", AWS_SECRET_ACCESS_KEY="test", AWS_DEFAULT_REGION="us-east-1",
               AWS_ENDPOINT_URL_SQS=server.endpoint)
    result = subprocess.run(["python3", "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [server.endpoint, "True"]
