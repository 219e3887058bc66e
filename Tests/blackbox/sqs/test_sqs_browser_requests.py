"""The queue service refuses what a web page could send it: a foreign Origin or a cross-site fetch (403)
on both protocols and the admin paths, and, where JSON is expected, the body types a page can post
without a preflight (415). The Query protocol keeps its form posts from programs; refused requests
change nothing."""

import http.client
import json
import os
import subprocess
import urllib.parse

import pytest

EVIL = "https://evil.example"


def raw(server, method, path, body=b"", headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def json_send(queue, content_type="application/x-amz-json-1.0", **headers):
    body = json.dumps({"QueueUrl": queue, "MessageBody": "from a page"}).encode()
    return body, {"X-Amz-Target": "AmazonSQS.SendMessage", "Content-Type": content_type, **headers}


def query_send(queue, content_type="application/x-www-form-urlencoded", **headers):
    body = urllib.parse.urlencode({"Action": "SendMessage", "QueueUrl": queue, "MessageBody": "from a page"}).encode()
    return body, {"Content-Type": content_type, **headers}


def assert_empty(sqs, queue):
    attributes = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["ApproximateNumberOfMessages"])["Attributes"]
    assert attributes["ApproximateNumberOfMessages"] == "0"


@pytest.mark.parametrize("marker", [{"Origin": EVIL}, {"Origin": "null"}, {"Sec-Fetch-Site": "cross-site"},
                                    {"Sec-Fetch-Site": "same-site"}])
def test_requests_from_web_pages_are_refused_on_both_protocols(server, sqs, queue, marker):
    body, headers = json_send(queue, **marker)
    status, answer, text = raw(server, "POST", "/", body, headers)
    assert status == 403
    error = json.loads(text)
    assert error["__type"].endswith("#AccessDenied") and "web pages" in error["message"]
    assert answer["x-amzn-query-error"] == "AccessDenied;Sender"

    body, headers = query_send(queue, **marker)
    status, _, text = raw(server, "POST", "/", body, headers)
    assert status == 403
    assert b"<Code>AccessDenied</Code>" in text and b"web pages" in text

    # A GET of the Query protocol is what an <img> on any page could send.
    status, _, _ = raw(server, "GET", "/?" + urllib.parse.urlencode({"Action": "PurgeQueue", "QueueUrl": queue}), headers=marker)
    assert status == 403
    assert_empty(sqs, queue)


@pytest.mark.parametrize("path", ["/metrics", "/health"])
def test_admin_paths_refuse_foreign_origins(server, path):
    status, _, text = raw(server, "GET", path, headers={"Origin": EVIL})
    assert status == 403 and EVIL.encode() in text
    assert raw(server, "GET", path, headers={"Sec-Fetch-Site": "cross-site"})[0] == 403
    assert raw(server, "GET", path, headers={"Origin": f"http://localhost:{server.port}"})[0] == 200
    assert raw(server, "GET", path)[0] == 200


@pytest.mark.parametrize("content_type", ["text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
                                          "multipart/form-data; boundary=b"])
def test_json_requests_refuse_bodies_a_page_can_post_unasked(server, sqs, queue, content_type):
    body, headers = json_send(queue, content_type)
    status, _, text = raw(server, "POST", "/", body, headers)
    assert status == 415
    error = json.loads(text)
    assert error["__type"].endswith("#UnsupportedMediaType")
    assert content_type in error["message"] and "application/x-amz-json-1.0" in error["message"]
    assert_empty(sqs, queue)


@pytest.mark.parametrize("content_type", ["text/plain", "multipart/form-data; boundary=b"])
def test_query_requests_refuse_other_simple_bodies(server, sqs, queue, content_type):
    body, headers = query_send(queue, content_type)
    status, _, text = raw(server, "POST", "/", body, headers)
    assert status == 415
    assert b"<Code>UnsupportedMediaType</Code>" in text and b"application/x-www-form-urlencoded" in text
    assert_empty(sqs, queue)


def test_programs_keep_both_protocols(server, sqs, queue):
    own = {"Origin": f"http://127.0.0.1:{server.port}", "Sec-Fetch-Site": "same-origin"}
    for headers in ({}, own):
        body, request_headers = query_send(queue, **headers)
        assert raw(server, "POST", "/", body, request_headers)[0] == 200
        body, request_headers = json_send(queue, **headers)
        assert raw(server, "POST", "/", body, request_headers)[0] == 200
    got = sqs.receive_message(QueueUrl=queue, MaxNumberOfMessages=10)["Messages"]
    assert len(got) == 4


def test_aws_cli_and_boto3_still_work(server, sqs, queue, tmp_path):
    # The Query protocol through an older botocore is test_sqs_query_protocol's; these are today's clients.
    env = {"AWS_ACCESS_KEY_ID": "local", "AWS_SECRET_ACCESS_KEY": "local", "AWS_DEFAULT_REGION": "us-east-1",
           "PATH": os.environ["PATH"], "HOME": str(tmp_path)}
    sent = subprocess.run(["aws", "sqs", "send-message", "--endpoint-url", server.endpoint, "--queue-url", queue,
                           "--message-body", "cli"], capture_output=True, text=True, env=env, timeout=60)
    assert sent.returncode == 0, sent.stderr
    sqs.send_message(QueueUrl=queue, MessageBody="sdk")
    bodies = sorted(m["Body"] for m in sqs.receive_message(QueueUrl=queue, MaxNumberOfMessages=10)["Messages"])
    assert bodies == ["cli", "sdk"]
