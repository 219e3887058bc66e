"""The HTTP gateway: HttpApi routes with the 2.0 payload, and streamed responses relayed as written."""

import http.client
import json
import time


def test_http_api_route_with_payload_v2(stack):
    connection = http.client.HTTPConnection("127.0.0.1", stack.port, timeout=20)
    connection.request("POST", "/items/42?x=1&x=2&y=z", body=b'{"a": 1}',
                       headers={"Content-Type": "application/json", "Cookie": "s=1; t=2"})
    response = connection.getresponse()
    body = json.loads(response.read())
    assert response.status == 201
    assert response.getheader("x-route") == "POST /items/{id}"
    assert response.getheader("set-cookie") == "a=1"
    assert stack.wait_for_output(lambda output: any(
        line.startswith("[Web] [") and line.endswith("] http POST /items/42") for line in output.splitlines()))
    assert body == {"path": "/items/42", "query": {"x": "1,2", "y": "z"}, "params": {"id": "42"}, "body": '{"a": 1}',
                    "base64": False, "cookies": ["s=1", "t=2"]}


def test_binary_body_is_base64(stack):
    connection = http.client.HTTPConnection("127.0.0.1", stack.port, timeout=20)
    connection.request("POST", "/items/7", body=bytes(range(5)), headers={"Content-Type": "application/octet-stream"})
    body = json.loads(connection.getresponse().read())
    assert body["base64"] is True and body["body"] == "AAECAwQ="


def test_paths_without_a_route_go_to_the_function_url(stack):
    connection = http.client.HTTPConnection("127.0.0.1", stack.port, timeout=20)
    connection.request("DELETE", "/items/7")
    response = connection.getresponse()
    response.read()
    # No HttpApi route takes DELETE /items/7; Streamer's Function URL is the catch-all.
    assert response.status == 200
    assert response.getheader("content-type") == "text/event-stream"




def test_server_sent_events_arrive_as_written(stack):
    connection = http.client.HTTPConnection("127.0.0.1", stack.port, timeout=20)
    connection.request("GET", "/events", headers={"Accept": "text/event-stream"})
    response = connection.getresponse()
    assert response.status == 200
    assert response.getheader("content-type") == "text/event-stream"
    assert response.getheader("cache-control") == "no-cache"
    arrivals = []
    buffer = b""
    while True:
        chunk = response.read1(65536)
        if not chunk:
            break
        buffer += chunk
        while b"\n\n" in buffer:
            event, buffer = buffer.split(b"\n\n", 1)
            arrivals.append((time.time(), event.decode()))
    assert [event.split()[1] for _, event in arrivals] == ["0", "1", "2", "3", "4"]
    # Each event reached the client long before the stream ended: within 0.25 s of being written.
    for received, event in arrivals:
        written = float(event.split()[2])
        assert received - written < 0.25, (received - written, event)
    assert arrivals[-1][0] - arrivals[0][0] > 1.0


def test_stream_error_trailer_ends_the_stream(stack, lam):
    connection = http.client.HTTPConnection("127.0.0.1", stack.port, timeout=20)
    connection.request("GET", "/events", body=None, headers={})
    response = connection.getresponse()
    assert len(response.read().split(b"\n\n")) >= 5
    # Through the Invoke API the error from the trailers is reported as the function error.
    result = lam.invoke(FunctionName="Streamer", Payload=json.dumps({"body": json.dumps({"fail": True})}).encode())
    assert result["FunctionError"] == "Function.StreamBroke"
    assert b"data: 4" in result["Payload"].read()
