"""A whole class followed through one event stream (issue 14): `GET /v1/batches/<id>/events` sends
every student's task events, each naming the student, and ends with `batch_completed` once no task
is queued or running. A client that goes away mid-way resumes with Last-Event-ID and misses nothing
and sees nothing twice; after the end it is told 204. The stream is leased as a task's is (3 per
teacher), lives at most StreamSeconds, and another teacher's batch is a 404.

Waiting is on events, never on the clock: the timeouts only bound a hang."""
import http.client
import json
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lambda"))
from lambda_support import teacher_token  # noqa: E402
from lifecycle_support import SECRET, call  # noqa: E402
from limits_support import limits_stack  # noqa: E402

NOTES = ["전지 실험에서 전압과 전류의 관계를 가설로 세우고 측정함.\n\n측정값이 튀자 세 번 반복 측정해 평균을 구함.",
         "미세먼지 센서를 교실 세 곳에 설치하고 일주일 동안 값을 기록함.\n\n기록한 값을 그래프로 그려 환기 시간과 비교함.",
         "광합성 속도와 빛의 세기의 관계를 알아보는 실험을 설계함.\n\n결과를 모둠 친구들에게 발표하고 질문에 답함."]
STUDENTS = 6


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    # A short stream lifetime: following a class takes several connections, as it does on Lambda.
    with limits_stack(tmp_path_factory, "RequestsPerMinute=1000", "StreamSeconds=4") as (stack, redis):
        stack.wait_ready(timeout=90)
        yield stack, redis


class BatchStream:
    """One `GET /v1/batches/<id>/events`: its status, then its events as (id, name, data) as they come."""

    def __init__(self, stack, token, batch_id, last_event_id=None):
        self.connection = http.client.HTTPConnection("127.0.0.1", stack.port, timeout=60)
        headers = {"Authorization": f"Bearer {token}"}
        if last_event_id:
            headers["Last-Event-ID"] = last_event_id
        self.connection.request("GET", f"/v1/batches/{batch_id}/events", headers=headers)
        self.response = self.connection.getresponse()
        self.status = self.response.status
        self.error = None
        if self.status != 200:
            raw = self.response.read()
            self.error = json.loads(raw).get("error") if raw.startswith(b"{") else None
            self.connection.close()

    def events(self, limit=None):
        """Events until the stream ends on its own, or `limit` of them (then the client goes away)."""
        seen, block = [], {}
        for raw in self.response:
            line = raw.decode().rstrip("\n")
            if line.startswith(("id: ", "event: ", "data: ")):
                key, value = line.split(": ", 1)
                block[key] = value
            elif line == "" and "event" in block:
                seen.append((block.get("id"), block["event"], json.loads(block["data"])))
                block = {}
                if limit is not None and len(seen) >= limit:
                    break
        self.connection.close()
        return seen


def follow(stack, token, batch_id, last=None, timeout=600):
    """Every event from `last` on, through as many connections as the stream's lifetime takes, until
    `batch_completed`; then the 204 a client resuming after it is told."""
    seen, deadline = [], time.monotonic() + timeout
    while time.monotonic() < deadline:
        stream = BatchStream(stack, token, batch_id, last)
        assert stream.status == 200, (stream.status, stream.error)
        for event in stream.events():
            seen.append(event)
            last = event[0]
        if seen and seen[-1][1] == "batch_completed":
            assert BatchStream(stack, token, batch_id, last).status == 204
            return seen
    raise AssertionError(f"batch {batch_id} did not complete within {timeout} s; seen {[name for _, name, _ in seen]}")


def submit(stack, token):
    students = [{"number": 10 + index, "name": f"학생{index}", "activities": NOTES[index % len(NOTES)]} for index in range(STUDENTS)]
    status, accepted = call(stack, "POST", "/v1/batches", token, {"section": "club", "students": students})
    assert status == 202, accepted
    return accepted


def test_a_class_is_followed_to_its_end_and_resumed_mid_way(lab):
    stack, _ = lab
    token = teacher_token(SECRET, "follow-the-class")
    accepted = submit(stack, token)
    batch_id, tasks = accepted["batchId"], {task["taskId"]: task["number"] for task in accepted["tasks"]}

    # The teacher's page goes away after a few events, then comes back where it left off.
    first = BatchStream(stack, token, batch_id)
    assert first.status == 200 and first.response.getheader("Content-Type").startswith("text/event-stream")
    before = first.events(limit=STUDENTS + 2)
    assert len(before) == STUDENTS + 2
    after = follow(stack, token, batch_id, last=before[-1][0])
    events = before + after

    ids = [event_id for event_id, _, _ in events]
    assert all(ids) and len(set(ids)) == len(ids), "an event missing its id, or sent twice"
    assert ids == sorted(ids, key=lambda text: tuple(int(part) for part in text.split("-"))), "out of order"
    # Every student's task, each event naming the student: accepted first, completed last, once each.
    for task_id, number in tasks.items():
        own = [(name, data) for _, name, data in events if name != "batch_completed" and data["taskId"] == task_id]
        assert all(data["number"] == number for _, data in own)
        names = [name for name, _ in own]
        assert names[0] == "accepted" and names.count("accepted") == 1, names
        assert names[-1] == "completed" and names.count("completed") == 1, names
        assert names.count("version") + names.count("version_failed") == 3, names
    # The end is the batch's, after every student's, with the same count the batch reports.
    assert [name for _, name, _ in events].count("batch_completed") == 1 and events[-1][1] == "batch_completed"
    end = events[-1][2]
    status, batch = call(stack, "GET", f"/v1/batches/{batch_id}", token)
    assert status == 200 and batch["status"] == "completed"
    assert end == {"batchId": batch_id, "progress": {key: batch["progress"][key] for key in ("total", "completed", "failed", "deleted")}}

    # A page opened afterwards replays the whole class and ends.
    replay = BatchStream(stack, token, batch_id).events()
    assert [event_id for event_id, _, _ in replay] == ids


def test_another_teachers_batch_stream_is_not_found(lab):
    stack, _ = lab
    token = teacher_token(SECRET, "owner-of-the-class")
    batch_id = submit(stack, token)["batchId"]
    stranger = BatchStream(stack, teacher_token(SECRET, "another-school"), batch_id)
    assert stranger.status == 404 and stranger.error["code"] == "not_found"
    bad = BatchStream(stack, token, batch_id, last_event_id="18446744073709551615-0")
    assert bad.status == 400 and bad.error["field"] == "Last-Event-ID"
    follow(stack, token, batch_id)


def test_batch_streams_count_against_the_teachers_streams(lab):
    stack, redis = lab
    token = teacher_token(SECRET, "many-tabs")
    # Held at the draft stage, the class stays open, and so do its streams.
    redis("SET", "fault:draft", "held for the stream limit", "PX", "60000")
    try:
        batch_id = submit(stack, token)["batchId"]
        streams = [BatchStream(stack, token, batch_id) for _ in range(3)]
        assert [stream.status for stream in streams] == [200, 200, 200]
        fourth = BatchStream(stack, token, batch_id)
        assert fourth.status == 429 and fourth.error["code"] == "too_many_streams"
        assert fourth.response.getheader("Retry-After")
        for stream in streams:
            stream.connection.close()
    finally:
        redis("DEL", "fault:draft")
    status, _ = call(stack, "DELETE", f"/v1/batches/{batch_id}", token)
    assert status == 204
