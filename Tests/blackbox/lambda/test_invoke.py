"""The Invoke API and the Runtime API through independent clients: boto3, the aws CLI, awslambdaric."""

import base64
import json
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from lambda_support import client


def invoke(lam, name, payload=None, **kwargs):
    response = lam.invoke(FunctionName=name, Payload=json.dumps(payload or {}).encode(), **kwargs)
    return response, response["Payload"].read()


def test_awslambdaric_success_with_context_and_environment(lam, stack):
    response, body = invoke(lam, "echo", {"hello": "세특"})
    assert response["StatusCode"] == 200
    assert "FunctionError" not in response
    result = json.loads(body)
    assert result["event"] == {"hello": "세특"}
    assert result["functionName"] == "echo"
    assert result["functionArn"] == "arn:aws:lambda:us-east-1:000000000000:function:echo"
    assert result["memory"] == "256"
    assert 0 < result["remainingMs"] <= 5000
    env = result["env"]
    assert env["AWS_LAMBDA_FUNCTION_NAME"] == "echo"
    assert env["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] == "256"
    assert env["AWS_LAMBDA_FUNCTION_VERSION"] == "$LATEST"
    assert env["AWS_REGION"] == "us-east-1"
    assert env["AWS_ENDPOINT_URL_SQS"] == stack.sqs_endpoint
    assert env["REDIS_URL"].startswith("redis://127.0.0.1:")
    assert env["STAGE"] == "test"
    assert env["QUEUE_URL"] == f"{stack.sqs_endpoint}/000000000000/work-queue"


def test_redis_started_for_the_functions_answers(lam):
    url = json.loads(invoke(lam, "echo")[1])["env"]["REDIS_URL"]
    host, port = url.removeprefix("redis://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as connection:
        connection.sendall(b"PING\r\n")
        assert connection.recv(64) == b"+PONG\r\n"


def test_init_that_never_reaches_next_fails_after_10_seconds(lam):
    started = time.monotonic()
    response, body = invoke(lam, "Hangs")
    elapsed = time.monotonic() - started
    assert response["FunctionError"] == "Unhandled"
    assert json.loads(body) == {"errorType": "Sandbox.Timedout", "errorMessage": "Init phase timed out after 10 seconds",
                                "stackTrace": []}
    assert 9.5 < elapsed < 15


def test_warm_instance_is_reused(lam):
    pids = {json.loads(invoke(lam, "echo")[1])["pid"] for _ in range(5)}
    assert len(pids) == 1


def test_client_context_reaches_the_handler(lam):
    context = base64.b64encode(json.dumps({"custom": {"teacher": "kim"}}).encode()).decode()
    _, body = invoke(lam, "echo", ClientContext=context)
    assert json.loads(body)["clientContext"] == {"teacher": "kim"}


def test_handler_error_is_returned_as_function_error(lam):
    response, body = invoke(lam, "Fails")
    assert response["FunctionError"] == "Unhandled"
    error = json.loads(body)
    assert error["errorType"] == "ValueError"
    assert error["errorMessage"] == "kaboom"
    # The environment survives a handled error.
    again, _ = invoke(lam, "Fails")
    assert again["FunctionError"] == "Unhandled"


def test_init_error_is_served_to_the_invocation(lam):
    response, body = invoke(lam, "BadInit")
    assert response["FunctionError"] == "Unhandled"
    assert json.loads(body)["errorType"] == "Runtime.ImportModuleError"


def test_timeout_kills_and_replaces_the_instance(lam, stack):
    started = time.monotonic()
    response, body = invoke(lam, "Sleeper", {"seconds": 10})
    assert time.monotonic() - started < 6
    assert response["FunctionError"] == "Unhandled"
    assert "Task timed out after 2.00 seconds" in json.loads(body)["errorMessage"]
    assert stack.wait_for_output(lambda output: "Task timed out after 2.00 seconds; replacing the instance" in output)
    after, _ = invoke(lam, "Sleeper", {"seconds": 0.1})
    assert "FunctionError" not in after


def test_concurrency_scales_up_to_reserved_limit(lam):
    # boto3 retries Lambda's throttles: every call lands, never more than three at once.
    patient = client("lambda", lam.meta.endpoint_url, retries={"mode": "standard", "max_attempts": 10})
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(lambda _: json.loads(invoke(patient, "Sleeper", {"seconds": 1})[1]), range(6)))
    elapsed = time.monotonic() - started
    pids = {result["pid"] for result in results}
    assert 2 <= len(pids) <= 3, pids  # ReservedConcurrentExecutions: 3
    assert elapsed < 15
    spans = sorted((r["started"], r["ended"]) for r in results)
    overlap = max(sum(1 for s, e in spans if s <= t < e) for t, _ in spans)
    assert overlap <= 3


def test_response_over_6_mb_is_refused(lam):
    response, body = invoke(lam, "Big", {"bytes": 7 * 1024 * 1024})
    assert response["FunctionError"] == "Unhandled"
    assert json.loads(body)["errorType"] == "Function.ResponseSizeTooLarge"


def test_swift_handler_runs_from_the_bin_dir(lam):
    response, body = invoke(lam, "SwiftEcho", {"from": "swift"})
    assert response["StatusCode"] == 200 and "FunctionError" not in response
    assert json.loads(body) == {"from": "swift"}


def test_runtime_api_status_codes(lam):
    first = json.loads(invoke(lam, "Probe")[1])
    now = first["now"]
    assert now["next"] == 200
    assert {"lambda-runtime-aws-request-id", "lambda-runtime-deadline-ms", "lambda-runtime-invoked-function-arn",
            "lambda-runtime-trace-id", "lambda-runtime-invocation-id"} <= set(now["headers"])
    assert now["wrongId"] == 400
    assert now["badMode"] == 400
    assert now["staleInvocationId"] == 410
    assert now["unknownPath"] == 404
    second = json.loads(invoke(lam, "Probe")[1])
    assert second["previous"] == {"answered": 202, "again": 400, "noInvocation": 403, "lateInitError": 403}


def test_event_invocation_is_accepted_and_retried_twice_on_error(lam, stack):
    response = lam.invoke(FunctionName="echo", InvocationType="Event", Payload=b'{"async": true}')
    assert response["StatusCode"] == 202
    failing = lam.invoke(FunctionName="Fails", InvocationType="Event", Payload=b"{}")
    assert failing["StatusCode"] == 202
    request_id = failing["ResponseMetadata"]["RequestId"]
    line = f"[Fails] [{request_id}] [ERROR] ValueError: kaboom"
    assert stack.wait_for_output(lambda output: output.count(line) >= 3, timeout=15), stack.output()[-2000:]
    time.sleep(0.5)
    assert stack.output().count(line) == 3
    dry = lam.invoke(FunctionName="echo", InvocationType="DryRun", Payload=b"{}")
    assert dry["StatusCode"] == 204


def test_unknown_function_is_not_found(lam):
    with pytest.raises(lam.exceptions.ResourceNotFoundException):
        lam.invoke(FunctionName="nope", Payload=b"{}")


def test_malformed_and_oversized_bodies(stack):
    def post(path, data, headers=None):
        # urllib would label the body a form post, which the Invoke API refuses as a browser's.
        request = urllib.request.Request(
            stack.endpoint + path, data=data, method="POST", headers={"Content-Type": "application/json", **(headers or {})})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    status, headers, _ = post("/2015-03-31/functions/echo/invocations", b"{not json")
    assert status == 400 and headers["x-amzn-ErrorType"] == "InvalidRequestContentException"
    status, headers, _ = post("/2015-03-31/functions/echo/invocations", b'"' + b"x" * (6 * 1024 * 1024 + 10) + b'"')
    assert status == 413 and headers["x-amzn-ErrorType"] == "RequestTooLargeException"
    status, headers, _ = post("/2015-03-31/functions/echo/invocations", b"{}", {"X-Amz-Invocation-Type": "Sometimes"})
    assert status == 400
    status, headers, _ = post("/2015-03-31/functions/echo/invocations", b"{}", {"X-Amz-Client-Context": "%%%"})
    assert status == 400
    # The server is still fine.
    status, _, body = post("/2015-03-31/functions/echo/invocations", b'{"ok": 1}')
    assert status == 200 and json.loads(body)["event"] == {"ok": 1}


def test_aws_cli_invoke(stack, tmp_path):
    out = tmp_path / "out.json"
    env = {"AWS_ACCESS_KEY_ID": "local", "AWS_SECRET_ACCESS_KEY": "local", "AWS_DEFAULT_REGION": "us-east-1",
           "PATH": os.environ["PATH"], "HOME": str(tmp_path)}
    result = subprocess.run(
        ["aws", "lambda", "invoke", "--endpoint-url", stack.endpoint, "--function-name", "echo",
         "--cli-binary-format", "raw-in-base64-out", "--payload", '{"cli": true}', str(out)],
        capture_output=True, text=True, env=env, timeout=60)
    if "cli-binary-format" in result.stderr:  # AWS CLI v1 has no --cli-binary-format
        result = subprocess.run(
            ["aws", "lambda", "invoke", "--endpoint-url", stack.endpoint, "--function-name", "echo",
             "--payload", '{"cli": true}', str(out)], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["StatusCode"] == 200
    assert json.loads(out.read_text())["event"] == {"cli": True}
    failed = subprocess.run(
        ["aws", "lambda", "invoke", "--endpoint-url", stack.endpoint, "--function-name", "Fails", str(out)],
        capture_output=True, text=True, env=env, timeout=60)
    assert json.loads(failed.stdout)["FunctionError"] == "Unhandled"
