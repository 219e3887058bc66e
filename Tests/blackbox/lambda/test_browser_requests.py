"""Web pages cannot drive local-runtime: the Invoke API, the queue service's admin paths and the Runtime
API refuse requests a browser marks as coming from another site, and the Invoke API refuses the body
types a page can post without a preflight. The functions' own HTTP routes are not affected."""

import http.client
import json
import re
import urllib.request

import pytest

INVOKE = "/2015-03-31/functions/echo/invocations"
STREAM = "/2021-11-15/functions/Streamer/response-streaming-invocations"
EVIL = "https://evil.example"


def raw(port: int, method: str, path: str, body: bytes = b"", headers=None):
    """One request exactly as given (http.client adds no Content-Type of its own)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def invocations(stack, function: str) -> float:
    with urllib.request.urlopen(f"{stack.sqs_endpoint}/metrics", timeout=10) as response:
        text = response.read().decode()
    match = re.search(rf'^lambda_invocations_total{{function="{function}"}} (\S+)$', text, re.M)
    return float(match.group(1)) if match else 0.0


@pytest.mark.parametrize("headers", [
    {"Origin": EVIL, "Content-Type": "application/json"},
    {"Origin": "null", "Content-Type": "application/json"},
    {"Sec-Fetch-Site": "cross-site", "Content-Type": "application/json"},
    {"Sec-Fetch-Site": "same-site", "Origin": "http://127.0.0.1:1", "Content-Type": "application/json"},
])
def test_invoke_from_a_web_page_is_refused_and_nothing_runs(stack, headers):
    before = invocations(stack, "echo")
    for path in (INVOKE, STREAM):
        status, answer, body = raw(stack.port, "POST", path, b"{}", headers)
        assert status == 403, body
        assert answer["x-amzn-errortype"] == "AccessDeniedException"
        message = json.loads(body)["message"]
        assert "web pages" in message
        assert ("Origin" in message) if "Origin" in headers else ("Sec-Fetch-Site" in message)
    assert invocations(stack, "echo") == before


@pytest.mark.parametrize("content_type", [
    "text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
])
def test_invoke_refuses_bodies_a_page_can_post_unasked(stack, content_type):
    before = invocations(stack, "echo")
    status, answer, body = raw(stack.port, "POST", INVOKE, b'{"x": 1}', {"Content-Type": content_type})
    assert status == 415
    assert answer["x-amzn-errortype"] == "UnsupportedMediaTypeException"
    message = json.loads(body)["message"]
    assert content_type in message and "application/json" in message
    assert invocations(stack, "echo") == before


def test_invoke_from_programs_still_runs(stack, lam):
    own = {"Origin": f"http://127.0.0.1:{stack.port}", "Sec-Fetch-Site": "same-origin", "Content-Type": "application/json"}
    for headers in ({"Content-Type": "application/json"}, {}, own, {"Origin": f"http://localhost:{stack.port}"}):
        status, _, body = raw(stack.port, "POST", INVOKE, b'{"from": "program"}', headers)
        assert status == 200, body
        assert json.loads(body)["event"] == {"from": "program"}
    assert json.loads(lam.invoke(FunctionName="echo", Payload=b'{"sdk": 1}')["Payload"].read())["event"] == {"sdk": 1}


def test_the_functions_http_routes_keep_their_own_rules(stack):
    # The HttpApi route serves browsers (the teacher page) and answers by its function, not the guard.
    status, _, body = raw(stack.port, "POST", "/items/7", b"plain", {"Origin": EVIL, "Content-Type": "text/plain"})
    assert status == 201
    assert json.loads(body)["body"] == "plain"


@pytest.mark.parametrize("path", ["/metrics", "/health"])
def test_admin_paths_refuse_foreign_origins(stack, path):
    status, _, body = raw(stack.sqs_port, "GET", path, headers={"Origin": EVIL})
    assert status == 403 and EVIL.encode() in body
    status, _, _ = raw(stack.sqs_port, "GET", path, headers={"Sec-Fetch-Site": "cross-site"})
    assert status == 403
    status, _, _ = raw(stack.sqs_port, "GET", path)
    assert status == 200


def test_the_runtime_api_refuses_any_origin(lam):
    answer = json.loads(lam.invoke(FunctionName="Sleeper", Payload=b'{"seconds": 0}')["Payload"].read())
    host, port = answer["runtimeApi"].split(":")
    assert host == "127.0.0.1"
    for headers in ({"Origin": f"http://127.0.0.1:{port}"}, {"Origin": EVIL}, {"Sec-Fetch-Site": "cross-site"}):
        status, _, body = raw(int(port), "GET", "/2018-06-01/runtime/invocation/next", headers=headers)
        assert status == 403, body
        assert json.loads(body)["errorType"] == "Forbidden"
    # The environment is untouched: it still answers.
    again = json.loads(lam.invoke(FunctionName="Sleeper", Payload=b'{"seconds": 0}')["Payload"].read())
    assert again["pid"] > 0
