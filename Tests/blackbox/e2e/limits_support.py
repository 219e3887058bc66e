"""Helpers of the limits suites (bounded streams, admission and fairness): event streams held open as
raw connections, the teacher API with the gateway's own throttling retried, and waiting for a task's
end through as many reconnections as its stream's lifetime takes."""
import contextlib
import http.client
import json
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lambda"))
from lambda_support import REPO, Stack  # noqa: E402
from lifecycle_support import SECRET, Redis  # noqa: E402


@contextlib.contextmanager
def limits_stack(tmp_path_factory, *overrides):
    """local-runtime with its own redis-server and the template's parameters overridden; yields both."""
    redis = Redis(tmp_path_factory.mktemp("redis"))
    stack = Stack(REPO / "template.yaml", tmp_path_factory.mktemp("stack"), record_log=False,
                  env={"REDIS_URL": redis.url, "RECORDLINE_JWT_SECRET": SECRET},
                  extra_args=("--parameter-overrides", *overrides))
    try:
        yield stack, redis
    finally:
        stack.stop()
        redis.stop()


class OpenStream:
    """One `GET /v1/tasks/<id>/events` whose status and headers have arrived; its body is read only
    when asked, so an accepted stream stays open (and holds its place) until closed."""

    def __init__(self, stack, token, task_id, last_event_id=None, timeout=60):
        self.connection = http.client.HTTPConnection("127.0.0.1", stack.port, timeout=timeout)
        headers = {"Authorization": f"Bearer {token}"}
        if last_event_id:
            headers["Last-Event-ID"] = last_event_id
        self.connection.request("GET", f"/v1/tasks/{task_id}/events", headers=headers)
        self.response = self.connection.getresponse()
        self.status = self.response.status
        self.headers = self.response.headers
        self.error = None
        if self.status != 200:
            raw = self.response.read()
            self.error = json.loads(raw).get("error") if raw.startswith(b"{") else None
            self.connection.close()

    def read_until_end(self):
        """Every event name the stream sends until it ends on its own."""
        names = []
        for raw in self.response:
            line = raw.decode().rstrip("\n")
            if line.startswith("event: "):
                names.append(line[7:])
        self.connection.close()
        return names

    def close(self):
        self.connection.close()


def post_task(stack, token, body, timeout=120):
    """POST /v1/tasks as an SDK sends it: what the gateway throttled before the api function saw it (every
    api environment busy: a 429 without an error code) is sent again after its Retry-After.
    (status, headers, answer)."""
    deadline = time.monotonic() + timeout
    while True:
        request = urllib.request.Request(f"{stack.endpoint}/v1/tasks", method="POST", data=json.dumps(body).encode(),
                                         headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                status, headers, raw = response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            status, headers, raw = error.code, error.headers, error.read()
        answer = json.loads(raw) if raw else None
        if status == 429 and "error" not in (answer or {}) and time.monotonic() < deadline:
            time.sleep(int(headers.get("Retry-After") or 1))
            continue
        return status, headers, answer


def wait_for_event(stack, token, task_id, name, timeout=120):
    """Follows the task's stream, reconnecting with Last-Event-ID whenever its lifetime ends it, until an
    event called `name`; returns that event's id."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        stream = OpenStream(stack, token, task_id, last_event_id=last)
        if stream.status == 204:
            return last
        assert stream.status == 200, (stream.status, stream.error)
        found = None
        for raw in stream.response:
            line = raw.decode().rstrip("\n")
            if line.startswith("id: "):
                last = line[4:]
            elif line == f"event: {name}":
                found = last
                break
        stream.close()
        if found:
            return found
    raise AssertionError(f"task {task_id} sent no {name} event within {timeout} s")


def wait_for_end(stack, token, task_id, timeout=120):
    """The id of the task's `completed` event, once it has come."""
    return wait_for_event(stack, token, task_id, "completed", timeout)
