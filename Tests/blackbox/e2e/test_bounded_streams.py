"""Event streams are bounded (issue 13, finding 1). One teacher's task and 100 event streams used every
api environment: other teachers got 429 even for `/` long after the client had gone, and a stream whose
Last-Event-ID was past the end never completed. Now each stream holds a lease in Redis: at most 3 per
teacher and, across teachers, at most three quarters of the api function's environments (here 8, so
6 streams); beyond either the answer is 429 `too_many_streams` with Retry-After, and the remaining
environments keep answering everyone. A Last-Event-ID past the task's last event is a 400 naming the
header. A stream gives its place back when it ends, and under local-runtime also when its client hangs
up: the gateway ends the invocation and the api function stops at once, not when the stream's lifetime
(here 120 s) runs out.

The tasks are held at the draft stage with its fault switch, so their streams stay open for as long as
the test needs them; they end when the test appends the task's `completed` event."""
import hashlib
import sys
import time
import urllib.request
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lambda"))
from lambda_support import teacher_token  # noqa: E402
from lifecycle_support import SECRET, call  # noqa: E402
from limits_support import OpenStream, limits_stack  # noqa: E402

NOTES = {"section": "club", "activities": "과학 동아리에서 센서로 미세먼지를 측정함."}


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    with limits_stack(tmp_path_factory, "ApiConcurrency=8", "StreamSeconds=120", "FunctionTimeout=150", "QueueVisibilityTimeout=900",
                      "MaxReceiveCount=100") as (stack, redis):
        redis("SET", "fault:draft", "held for the stream tests", "PX", "600000")
        try:
            stack.wait_ready(timeout=90)
            yield stack, redis
        finally:
            redis("DEL", "fault:draft")


def new_task(stack, teacher):
    token = teacher_token(SECRET, teacher)
    status, answer = call(stack, "POST", "/v1/tasks", token, NOTES)
    assert status == 202, answer
    return token, answer["taskId"]


def complete(redis, task_id):
    """Ends the task's streams as its last stage would: with its `completed` event."""
    redis("XADD", f"task:{{{task_id}}}:events", "*", "type", "completed", "data", '{"status":"completed"}')


def expect_too_many_streams(stream):
    assert stream.status == 429, (stream.status, stream.error)
    assert stream.error["code"] == "too_many_streams", stream.error
    assert int(stream.headers["Retry-After"]) >= 1


def test_one_teachers_streams_cannot_take_the_api_from_others(lab):
    stack, redis = lab
    token, task_id = new_task(stack, "streamer")
    opened = []  # (stream, task id) of every stream the test holds open
    try:
        for _ in range(100):
            stream = OpenStream(stack, token, task_id)
            if stream.status == 200:
                opened.append((stream, task_id))
            else:
                expect_too_many_streams(stream)
        assert len(opened) == 3

        # Another teacher is served in full, a stream of their own included.
        other_token, other_task = new_task(stack, "bystander")
        with urllib.request.urlopen(f"{stack.endpoint}/", timeout=30) as page:
            assert page.status == 200
        assert call(stack, "GET", "/v1/sections", other_token)[0] == 200
        bystander = OpenStream(stack, other_token, other_task)
        assert bystander.status == 200, bystander.error
        opened.append((bystander, other_task))

        # Two more teachers' streams bring all streams to 6 of the 8 environments; the next is refused,
        # and the 2 environments left still answer every other call.
        for teacher in ("second", "third"):
            more_token, more_task = new_task(stack, teacher)
            stream = OpenStream(stack, more_token, more_task)
            assert stream.status == 200, stream.error
            opened.append((stream, more_task))
        late_token, late_task = new_task(stack, "late")
        expect_too_many_streams(OpenStream(stack, late_token, late_task))
        assert call(stack, "GET", "/v1/sections", late_token)[0] == 200
        assert call(stack, "GET", f"/v1/tasks/{late_task}", late_token)[0] == 200

        # A stream that ends gives its place back: the late teacher gets one once a task completes.
        stream, finished_task = opened.pop()
        complete(redis, finished_task)
        assert stream.read_until_end()[-1] == "completed"
        late = OpenStream(stack, late_token, late_task)
        assert late.status == 200, late.error
        opened.append((late, late_task))
    finally:
        for stream, task in opened:
            complete(redis, task)
            stream.close()


def test_a_last_event_id_past_the_end_is_refused_naming_the_header(lab):
    stack, _ = lab
    token, task_id = new_task(stack, "resumer")
    for past in ("99999999999999-0", "18446744073709551615-18446744073709551615"):
        stream = OpenStream(stack, token, task_id, last_event_id=past)
        assert stream.status == 400, stream.error
        assert stream.error["field"] == "Last-Event-ID"
        assert "past the task's last event" in stream.error["message"]


def test_a_stream_whose_client_hangs_up_gives_its_place_back_at_once(lab):
    stack, redis = lab
    token, task_id = new_task(stack, "leaver")
    leases = f"teacher:{{{hashlib.sha256(b'leaver').hexdigest()[:32]}}}:streams"
    opened = [OpenStream(stack, token, task_id) for _ in range(3)]
    try:
        assert [stream.status for stream in opened] == [200, 200, 200], [stream.error for stream in opened]
        expect_too_many_streams(OpenStream(stack, token, task_id))
        assert int(redis("ZCARD", leases)) == 3

        # The client goes away without a word while its stream waits for the task's next event.
        opened.pop().close()

        # The lease goes as soon as local-runtime has told the function; a stream that kept it would
        # hold it for its whole lifetime (120 s), past this wait.
        deadline = time.monotonic() + 60
        while int(redis("ZCARD", leases)) != 2:
            assert time.monotonic() < deadline, "the hung-up stream still holds its place after 60 s"
            time.sleep(0.1)
        again = OpenStream(stack, token, task_id)
        assert again.status == 200, again.error
        opened.append(again)
    finally:
        complete(redis, task_id)
        for stream in opened:
            stream.close()
