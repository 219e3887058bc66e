"""The running stack (local-runtime, its gateway and the api function) as a client probing it sees it:
every answer carries the strict headers; a token whose header names another algorithm is refused; and
bad input (bytes that are not UTF-8, a repeated field, a control character, a number out of range, a
form post, an impossible Last-Event-ID) gets the 4xx error the OpenAPI document lists for the call,
naming what is wrong, never a 5xx."""
import base64
import hashlib
import hmac
import json
import re
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lambda"))
from lambda_support import REPO, Stack  # noqa: E402

NOTES = "수학 동아리에서 풀이 자료를 만듦."


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    stack = Stack(REPO / "template.yaml", tmp_path_factory.mktemp("stack"), record_log=False,
                  extra_args=("--parameter-overrides", "FunctionTimeout=10"))
    try:
        stack.wait_ready(timeout=90)
        assert stack.wait_for_output(lambda out: "token for " in out, timeout=10)
        yield stack
    finally:
        stack.stop()


@pytest.fixture(scope="module")
def token(stack) -> str:
    return re.search(r"token for \S+ \(30 days\): (\S+)", stack.output()).group(1)


@pytest.fixture(scope="module")
def document(stack) -> dict:
    with urllib.request.urlopen(f"{stack.endpoint}/openapi.json", timeout=30) as response:
        return json.loads(response.read())


def send(stack, method, path, token=None, body: bytes | None = None, headers=None):
    """(status, headers, JSON body or None) for one request, errors included."""
    all_headers = dict(headers or {})
    if token:
        all_headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(f"{stack.endpoint}{path}", method=method, data=body, headers=all_headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, answer_headers, raw = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, answer_headers, raw = error.code, error.headers, error.read()
    content_type = answer_headers.get("Content-Type") or ""
    return status, answer_headers, json.loads(raw) if raw and content_type.startswith("application/json") else None


def expect_error(document, answer, method, template, status, field, *words):
    """The answer is `status`, listed for the call in the document, and its error names `field`."""
    from openapi_schema_validator import OAS31Validator

    code, headers, body = answer
    assert code == status, body
    assert str(status) in document["paths"][template][method.lower()]["responses"], f"{status} not listed for {method} {template}"
    OAS31Validator({"$ref": "#/components/schemas/Error", "components": document["components"]}).validate(body)
    assert body["error"]["field"] == field, body
    for word in words:
        assert word in body["error"]["message"], body
    expect_strict_headers(headers)


def expect_strict_headers(headers):
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]


def post_json(stack, token, path, raw: bytes, content_type="application/json"):
    return send(stack, "POST", path, token, raw, {"Content-Type": content_type})


def test_bad_bodies_are_named_through_the_gateway(stack, token, document):
    not_utf8 = '{"section":"club","activities":"수학 '.encode() + b"\xff\xfe" + ' 동아리"}'.encode()
    expect_error(document, post_json(stack, token, "/v1/tasks", not_utf8), "POST", "/v1/tasks", 400, "activities", "UTF-8")
    repeated = json.dumps({"section": "club", "activities": NOTES})[:-1].encode() + b',"section":"behavior"}'
    expect_error(document, post_json(stack, token, "/v1/tasks", repeated), "POST", "/v1/tasks", 400, "section", "more than once")
    control = json.dumps({"section": "club", "activities": NOTES + "\u0007"}).encode()
    expect_error(document, post_json(stack, token, "/v1/tasks", control), "POST", "/v1/tasks", 400, "activities", "U+0007")
    huge = json.dumps({"text": "설계함.", "section": "club"})[:-1].encode() + b',"targetBytes":99999999999999999999}'
    expect_error(document, post_json(stack, token, "/v1/check", huge), "POST", "/v1/check", 400, "targetBytes", "out of range")
    form = b"section=club&activities=x"
    expect_error(document, post_json(stack, token, "/v1/tasks", form, "application/x-www-form-urlencoded"),
                 "POST", "/v1/tasks", 415, "Content-Type")
    # The same request, well formed, is a task: the refusals above are about what was wrong with them.
    status, headers, accepted = post_json(stack, token, "/v1/tasks", json.dumps({"section": "club", "activities": NOTES}).encode())
    assert status == 202, accepted
    expect_strict_headers(headers)

    events = f"/v1/tasks/{accepted['taskId']}/events"
    answer = send(stack, "GET", events, token, headers={"Last-Event-ID": "99999999999999999999-0"})
    expect_error(document, answer, "GET", "/v1/tasks/{taskId}/events", 400, "Last-Event-ID")


def test_a_token_for_another_algorithm_is_refused(stack, token, document):
    secret = (stack.workdir / "data" / "jwt-secret").read_text().strip()

    def encode(raw: bytes) -> str:
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    # The stack's own token's claims, re-signed with its secret under a header that says "none".
    signing_input = encode(b'{"alg":"none","typ":"JWT"}') + "." + token.split(".")[1]
    forged = signing_input + "." + encode(hmac.new(secret.encode(), signing_input.encode(), hashlib.sha256).digest())
    answer = send(stack, "GET", "/v1/sections", forged)
    code, headers, body = answer
    assert code == 401 and "HS256" in body["error"]["message"], body
    assert "invalid_token" in headers["WWW-Authenticate"]
    expect_strict_headers(headers)
    assert send(stack, "GET", "/v1/sections", token)[0] == 200
