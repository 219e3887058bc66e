"""Delete wins (issue 13, finding 3). A task deleted while its messages were still in flight came back:
the stages went on writing its keys (versions with text, events, attempts), with a fresh TTL, and the
teacher could no longer see or delete them. Now the delete leaves a tombstone that every stage write
checks atomically, and the in-flight messages of a deleted task are dropped.

The test holds the task between stages with the fault switch (a delivery that fails comes back after
the visibility timeout), deletes it there, lets the stage run again, and waits for the queues to be quiet:
then nothing of the task but its tombstone may exist."""
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lambda"))
from lambda_support import REPO, Stack, teacher_token  # noqa: E402
from lifecycle_support import SECRET, Redis, call, dead_letter_bodies, events, wait_for_quiet_queues  # noqa: E402

NOTES = "과학 동아리에서 DELETEWINS 센서로 미세먼지를 측정하고 결과를 발표함.\n\n측정값의 오차 원인을 그래프로 설명함."


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    redis = Redis(tmp_path_factory.mktemp("redis"))
    stack = Stack(REPO / "template.yaml", tmp_path_factory.mktemp("stack"), record_log=False,
                  env={"REDIS_URL": redis.url, "RECORDLINE_JWT_SECRET": SECRET},
                  extra_args=("--parameter-overrides", "FunctionTimeout=3", "QueueVisibilityTimeout=3", "MaxReceiveCount=100"))
    try:
        stack.wait_ready(timeout=90)
        yield stack, redis
    finally:
        stack.stop()
        redis.stop()


def task_keys(redis, task_id):
    return sorted(redis("KEYS", f"task:{{{task_id}}}*").split())


@pytest.mark.parametrize("held", ["refine", "finalize"])
def test_a_task_deleted_between_stages_stays_deleted(lab, held):
    stack, redis = lab
    token = teacher_token(SECRET, f"delete-{held}")
    redis("SET", f"fault:{held}", "held for the delete test", "PX", "600000")
    try:
        status, answer = call(stack, "POST", "/v1/tasks", token, {"section": "club", "activities": NOTES})
        assert status == 202
        task_id = answer["taskId"]
        # The stage before the held one has sent all three versions on.
        before = "drafted" if held == "refine" else "refined"
        events(stack, token, task_id, until=(before,), count=3)
        # …and the held stage has taken (and failed) a delivery, so its messages are in flight.
        attempts = f"task:{{{task_id}}}:attempts"
        deadline = time.monotonic() + 60
        while not any(field.startswith(f"{held}:") for field in redis("HKEYS", attempts).split()):
            assert time.monotonic() < deadline, f"the {held} stage never took a delivery"
            time.sleep(0.05)
        status, _ = call(stack, "DELETE", f"/v1/tasks/{task_id}", token)
        assert status == 204
    finally:
        redis("DEL", f"fault:{held}")
    # The held deliveries come back and find the task deleted; wait until every one has been answered.
    wait_for_quiet_queues(stack)
    assert task_keys(redis, task_id) == [f"task:{{{task_id}}}:deleted"]
    assert int(redis("PTTL", f"task:{{{task_id}}}:deleted")) > 0
    assert "DELETEWINS" not in redis("GET", f"task:{{{task_id}}}:deleted")
    assert call(stack, "GET", f"/v1/tasks/{task_id}", token)[0] == 404
    assert not any(task_id in body for body in dead_letter_bodies(stack))
    assert "task deleted, message dropped" in stack.output()
