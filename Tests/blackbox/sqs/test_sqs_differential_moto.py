"""The same calls against this server and moto_server (an independent implementation started here):
the error codes and the client-visible shapes must agree. Move tasks are left out: moto lacks them; so is
ListQueueTags on an untagged queue, where moto returns an empty map and AWS (recorded) returns none."""

import json
import shutil
import subprocess
import time
import urllib.request

import pytest

from sqs_harness import free_port, make_client


@pytest.fixture(scope="module")
def moto():
    exe = shutil.which("moto_server")
    if exe is None:
        pytest.skip("moto_server not installed")
    port = free_port()
    process = subprocess.Popen([exe, "-H", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/moto-api/", timeout=1).read()
            break
        except OSError:
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail("moto_server did not start")
    yield make_client(f"http://127.0.0.1:{port}")
    process.terminate()
    process.wait(timeout=10)


def outcome(call):
    """The error code and status, or the sorted top-level keys of a success (metadata left out)."""
    try:
        response = call()
    except Exception as error:  # botocore ClientError carries the parsed error
        info = getattr(error, "response", {})
        return ("error", info.get("Error", {}).get("Code"), info.get("ResponseMetadata", {}).get("HTTPStatusCode"))
    return ("ok", sorted(k for k in response if k != "ResponseMetadata"))


SCENARIOS = {
    "missing queue": lambda c, q: c.get_queue_url(QueueName="definitely-absent"),
    "receive too many": lambda c, q: c.receive_message(QueueUrl=q, MaxNumberOfMessages=11),
    "bad receipt handle": lambda c, q: c.change_message_visibility(QueueUrl=q, ReceiptHandle="garbage", VisibilityTimeout=5),
    "too many batch entries": lambda c, q: c.send_message_batch(QueueUrl=q, Entries=[{"Id": str(i), "MessageBody": "x"} for i in range(11)]),
    "duplicate batch ids": lambda c, q: c.send_message_batch(QueueUrl=q, Entries=[{"Id": "a", "MessageBody": "x"}, {"Id": "a", "MessageBody": "y"}]),
    "unknown attribute": lambda c, q: c.get_queue_attributes(QueueUrl=q, AttributeNames=["Nonsense"]),
    "oversized message": lambda c, q: c.send_message(QueueUrl=q, MessageBody="x" * (1024 * 1024 + 1)),
    "send": lambda c, q: c.send_message(QueueUrl=q, MessageBody="hi", MessageAttributes={"a": {"DataType": "String", "StringValue": "b"}}),
    "receive empty": lambda c, q: c.receive_message(QueueUrl=q + "-empty-twin"),
    "purge": lambda c, q: c.purge_queue(QueueUrl=q),
}


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_same_outcome_as_moto(sqs, moto, name):
    results = []
    for client in (sqs, moto):
        stamp = time.monotonic_ns() % 10**9
        url = client.create_queue(QueueName=f"diff-{stamp}")["QueueUrl"]
        client.create_queue(QueueName=f"diff-{stamp}-empty-twin")
        results.append(outcome(lambda: SCENARIOS[name](client, url)))
    assert results[0] == results[1]


def test_md5s_agree_with_moto(sqs, moto):
    attributes = {"n": {"DataType": "Number.int", "StringValue": "12"}, "b": {"DataType": "Binary", "BinaryValue": b"\x00\xff"},
                  "s": {"DataType": "String", "StringValue": "한국어"}}
    digests = []
    for client in (sqs, moto):
        url = client.create_queue(QueueName=f"diff-md5-{time.monotonic_ns() % 10**9}")["QueueUrl"]
        sent = client.send_message(QueueUrl=url, MessageBody="생활기록부", MessageAttributes=attributes)
        digests.append((sent["MD5OfMessageBody"], sent["MD5OfMessageAttributes"]))
    assert digests[0] == digests[1]
