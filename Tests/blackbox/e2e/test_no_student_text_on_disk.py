"""No student text on disk (issue 13, finding 5). Stage messages carried draft text into the queue
service's SQLite database and its WAL (never checkpointed), the Redis append-only file kept every write
and the dead-letter queues kept messages for 14 days, all world-readable.

The stack here is local-runtime with its own Redis and queue database in its data directory. Tasks are
deleted at every stage (as soon as accepted, once drafted, once refined, once completed), each with a
marker of its own in its notes; another is left to complete. Once the queues are quiet, and again after
the stack has stopped, no file in the data directory may hold any marker; every file is 0600 and every
directory 0700."""
import os
import stat
import sys
import uuid
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lambda"))
from lambda_support import REPO, Stack, teacher_token  # noqa: E402
from lifecycle_support import SECRET, call, dead_letter_bodies, events, wait_for_quiet_queues  # noqa: E402

# When each task is deleted: the event whose arrival triggers it (None: at once).
MOMENTS = {"accepted": None, "drafted": ("drafted", 1), "refined": ("refined", 1), "completed": ("completed", 1)}


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("stack")
    stack = Stack(REPO / "template.yaml", workdir, record_log=False, env={"RECORDLINE_JWT_SECRET": SECRET},
                  extra_args=("--parameter-overrides", "FunctionTimeout=3", "QueueVisibilityTimeout=3"))
    try:
        stack.wait_ready(timeout=90)
        yield stack
    finally:
        stack.stop()


def notes(marker):
    return f"과학 동아리에서 {marker} 센서로 미세먼지를 측정하고 결과를 발표함.\n\n{marker} 측정값의 오차 원인을 그래프로 설명함."


def files_holding(directory: Path, markers):
    """(file, marker) for every file under `directory` that holds a marker, as UTF-8 or UTF-16."""
    found = []
    for path in directory.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for marker in markers:
                if marker.encode() in data or marker.encode("utf-16-le") in data:
                    found.append((str(path.relative_to(directory)), marker))
    return found


def test_deleted_tasks_leave_no_text_on_disk_and_the_files_are_private(stack):
    data = stack.workdir / "data"
    token = teacher_token(SECRET, "private")
    markers = {moment: f"MK{uuid.uuid4().hex[:12]}" for moment in MOMENTS}
    kept = f"MK{uuid.uuid4().hex[:12]}"
    for moment, trigger in MOMENTS.items():
        status, answer = call(stack, "POST", "/v1/tasks", token, {"section": "club", "activities": notes(markers[moment])})
        assert status == 202
        if trigger:
            seen = events(stack, token, answer["taskId"], until=(trigger[0],), count=trigger[1])
            assert seen[-1][0] == trigger[0], seen
        assert call(stack, "DELETE", f"/v1/tasks/{answer['taskId']}", token)[0] == 204
    status, answer = call(stack, "POST", "/v1/tasks", token, {"section": "club", "activities": notes(kept)})
    assert events(stack, token, answer["taskId"])[-1][0] == "completed"
    wait_for_quiet_queues(stack)

    # What is searched: the queue database with its WAL and Redis's directory.
    assert (data / "sqs" / "queues.sqlite").is_file() and (data / "redis").is_dir()
    # The queues held ids only, so not even the task that was kept is on disk.
    everything = list(markers.values()) + [kept]
    assert files_holding(data, everything) == []
    assert not any(marker in body for body in dead_letter_bodies(stack) for marker in everything)
    for path in [data, *data.rglob("*")]:
        mode = stat.S_IMODE(os.stat(path).st_mode)
        assert mode & 0o077 == 0, f"{path} is {oct(mode)}"
        if path.is_dir():
            assert mode == 0o700, f"{path} is {oct(mode)}"

    # Stopping flushes whatever is buffered: still nothing.
    assert stack.stop() == 0
    assert files_holding(data, everything) == []
