"""Synchronous calls over a function's concurrency limit are throttled as Lambda throttles them, the
InvokeWithResponseStream API relays a function's chunks as boto3 expects them, and `/metrics` counts
both."""

import http.client
import json
import re
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from botocore.exceptions import ClientError


def test_sync_invokes_over_the_reserved_limit_get_429_with_the_reason(lam):
    def call(_):
        try:
            response = lam.invoke(FunctionName="Sleeper", Payload=json.dumps({"seconds": 1.5}).encode())
            return "ok", json.loads(response["Payload"].read())
        except ClientError as error:
            return "error", error.response

    with ThreadPoolExecutor(max_workers=6) as pool:
        outcomes = list(pool.map(call, range(6)))
    succeeded = [result for kind, result in outcomes if kind == "ok"]
    throttled = [result for kind, result in outcomes if kind == "error"]
    # ReservedConcurrentExecutions: 3. The calls arrive well inside the 1.5 s the first three take.
    assert len(succeeded) == 3, outcomes
    assert len(throttled) == 3
    for answer in throttled:
        assert answer["Error"]["Code"] == "TooManyRequestsException"
        assert answer["ResponseMetadata"]["HTTPStatusCode"] == 429
        assert answer["Reason"] == "ReservedFunctionConcurrentInvocationLimitExceeded"
        assert answer["ResponseMetadata"]["HTTPHeaders"]["retry-after"] == "1"


def test_gateway_calls_over_the_limit_get_429_and_then_succeed(stack):
    # NarrowStreamer (ReservedConcurrentExecutions: 1) holds its one environment for the 1.5 s of a stream.
    first = http.client.HTTPConnection("127.0.0.1", stack.port, timeout=20)
    first.request("GET", "/narrow")
    streaming = first.getresponse()
    assert streaming.status == 200
    second = http.client.HTTPConnection("127.0.0.1", stack.port, timeout=20)
    second.request("GET", "/narrow")
    refused = second.getresponse()
    assert refused.status == 429
    assert refused.getheader("retry-after") == "1"
    assert json.loads(refused.read()) == {"message": "Too Many Requests"}
    assert streaming.read().count(b"data: ") == 5
    # The environment is free again once the stream ended.
    third = http.client.HTTPConnection("127.0.0.1", stack.port, timeout=20)
    third.request("GET", "/narrow")
    again = third.getresponse()
    assert again.status == 200 and again.read().count(b"data: ") == 5


def read_stream(response):
    chunks, complete = [], None
    for event in response["EventStream"]:
        if "PayloadChunk" in event:
            chunks.append((time.time(), event["PayloadChunk"]["Payload"]))
        elif "InvokeComplete" in event:
            complete = event["InvokeComplete"]
    return chunks, complete


def test_invoke_with_response_stream_relays_chunks_as_written(lam):
    response = lam.invoke_with_response_stream(FunctionName="Streamer", Payload=json.dumps({"body": "{}"}).encode())
    assert response["StatusCode"] == 200
    assert response["ExecutedVersion"] == "$LATEST"
    chunks, complete = read_stream(response)
    body = b"".join(payload for _, payload in chunks)
    # The bytes are the function's own: its HTTP-integration prelude comes first, as Lambda relays it.
    prelude, events_text = body.split(b"\0" * 8, 1)
    assert json.loads(prelude)["statusCode"] == 200
    events = [line for line in events_text.split(b"\n\n") if line]
    assert [event.split()[1] for event in events] == [b"0", b"1", b"2", b"3", b"4"]
    assert len(chunks) >= 5
    # The runtime writes an event every 0.3 s: they arrive spread out, not all at the end.
    assert chunks[-1][0] - chunks[0][0] > 1.0
    assert complete is not None and "ErrorCode" not in complete


def test_invoke_with_response_stream_reports_a_mid_stream_error(lam):
    response = lam.invoke_with_response_stream(
        FunctionName="Streamer", Payload=json.dumps({"body": json.dumps({"fail": True})}).encode())
    chunks, complete = read_stream(response)
    assert b"data: 4" in b"".join(payload for _, payload in chunks)
    assert complete["ErrorCode"] == "Function.StreamBroke"
    assert complete["ErrorDetails"] == "midway"


def test_invoke_with_response_stream_of_buffered_and_failing_functions(lam):
    chunks, complete = read_stream(lam.invoke_with_response_stream(FunctionName="echo", Payload=b'{"s": 1}'))
    assert json.loads(b"".join(payload for _, payload in chunks))["event"] == {"s": 1}
    assert "ErrorCode" not in complete
    chunks, complete = read_stream(lam.invoke_with_response_stream(FunctionName="Fails", Payload=b"{}"))
    assert chunks == []
    assert complete["ErrorCode"] == "ValueError"
    assert "kaboom" in complete["ErrorDetails"]
    with pytest.raises(lam.exceptions.ResourceNotFoundException):
        lam.invoke_with_response_stream(FunctionName="nope", Payload=b"{}")
    with pytest.raises(ClientError) as refused:
        lam.invoke_with_response_stream(FunctionName="echo", InvocationType="Event", Payload=b"{}")
    assert refused.value.response["Error"]["Code"] == "InvalidParameterValueException"


def metric(text, name, **labels):
    wanted = ",".join(f'{key}="{value}"' for key, value in sorted(labels.items()))
    for line in text.splitlines():
        match = re.match(r"^(\w+)\{([^}]*)\} (\S+)$", line)
        if match and match.group(1) == name and ",".join(sorted(match.group(2).split(","))) == wanted:
            return float(match.group(3))
    return None


def test_metrics_count_invocations_errors_throttles_and_dead_letters(lam, sqs, stack):
    lam.invoke(FunctionName="echo", Payload=b"{}")
    lam.invoke(FunctionName="Fails", Payload=b"{}")
    dlq = sqs.get_queue_url(QueueName="work-dlq")["QueueUrl"]
    sqs.send_message(QueueUrl=dlq, MessageBody="parked")
    with urllib.request.urlopen(f"{stack.sqs_endpoint}/metrics", timeout=10) as response:
        text = response.read().decode()
    assert metric(text, "lambda_invocations_total", function="echo") >= 1
    assert metric(text, "lambda_errors_total", function="Fails") >= 1
    assert metric(text, "lambda_errors_total", function="echo") in (None, 0.0)
    assert metric(text, "lambda_throttles_total", function="Sleeper") >= 3
    assert metric(text, "lambda_duration_seconds_count", function="echo") >= 1
    assert metric(text, "lambda_environments_count", function="echo") >= 1
    assert metric(text, "sqs_queue_dead_letter_messages_count", queue="work-queue", dead_letter_queue="work-dlq") >= 1


def test_invoke_with_response_stream_ends_when_the_client_hangs_up(stack):
    """A client that closes its socket mid-stream ends the invocation: the function's response writer
    sees the disconnect and its one environment (NarrowStreamer, ReservedConcurrentExecutions: 1) serves
    the next invocation at once, not after the 30 s the stream would have run (or its 10 s timeout)."""
    import socket

    payload = json.dumps({"body": json.dumps({"count": 100})}).encode()
    client = socket.create_connection(("127.0.0.1", stack.port), timeout=20)
    client.sendall(
        b"POST /2021-11-15/functions/NarrowStreamer/response-streaming-invocations HTTP/1.1\r\n"
        + f"Host: 127.0.0.1:{stack.port}\r\nContent-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n".encode()
        + payload)
    received = b""
    while b"PayloadChunk" not in received or received.count(b"data: ") < 2:
        data = client.recv(65536)
        assert data, received
        received += data
    assert received.startswith(b"HTTP/1.1 200")
    client.close()
    hung_up = time.monotonic()

    # The environment is released as soon as local-runtime notices; a call that comes too early is 429.
    while True:
        connection = http.client.HTTPConnection("127.0.0.1", stack.port, timeout=20)
        connection.request("GET", "/narrow")
        answer = connection.getresponse()
        body = answer.read()
        if answer.status != 429:
            break
        assert time.monotonic() - hung_up < 3, "the environment was still busy 3 s after the client hung up"
        time.sleep(0.1)
    assert answer.status == 200 and body.count(b"data: ") == 5
    assert time.monotonic() - hung_up < 5
    deadline = time.monotonic() + 5
    while "stream cut:" not in stack.output() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert "stream cut:" in stack.output(), "the function's writer never saw the disconnect"
