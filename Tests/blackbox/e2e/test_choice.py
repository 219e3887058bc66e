"""A teacher's choice and a class's sameness through local-runtime (issue 14): a class of four where
two students' notes are the same activity lightly reworded is drafted by the real stack; the batch
flags that pair and no other; the teacher picks and edits a version, the edit is checked against the
task's rules (its student's name included), shown with the task, and is what the export writes.

Waiting is on events (each task's `completed`), never on the clock: the timeouts only bound a hang."""
import io
import json
import sys
import urllib.error
import urllib.request
from pathlib import Path

import openpyxl
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lambda"))
from lambda_support import teacher_token  # noqa: E402
from lifecycle_support import SECRET  # noqa: E402
from limits_support import limits_stack, wait_for_end  # noqa: E402

STUDENTS = [
    {"number": 1, "name": "김민지", "activities": "전지 실험에서 레몬과 감자로 전지를 만들어 전압을 비교함. 감자 전지의 전압이 낮은 이유를 전해질 농도로 설명함.\n\n모둠 발표에서 실험 결과를 그래프로 정리해 발표하고 친구들의 질문에 답함."},
    {"number": 2, "name": "이서연", "activities": "광합성 단원에서 빛의 세기에 따른 산소 발생량을 측정하는 실험을 설계함. 수초의 기포 수를 세어 변인을 통제함.\n\n실험 보고서에서 오차 원인으로 온도 변화를 꼽고 개선 방안을 제시함."},
    {"number": 3, "name": "박지훈", "activities": "전지 실험에서 레몬과 감자로 전지를 만들어 전압을 비교했음. 감자 전지 전압이 낮은 까닭을 전해질 농도로 설명함.\n\n모둠 발표 때 실험 결과를 그래프로 정리해서 발표하고 친구들 질문에 답변함."},
    {"number": 4, "name": "최도윤", "activities": "지진파 단원에서 P파와 S파의 속도 차이를 이용해 진앙 거리를 구하는 방법을 친구들에게 설명함.\n\n지역의 지진 대비 시설을 조사하여 내진 설계의 원리를 포스터로 만들어 게시함."},
]


def call(stack, method, path, token, body=None):
    """(status, parsed JSON or raw bytes)."""
    headers = {"Authorization": f"Bearer {token}"}
    data = None
    if body is not None:
        headers["Content-Type"] = "application/json"
        data = json.dumps(body, ensure_ascii=False).encode()
    request = urllib.request.Request(f"{stack.endpoint}{path}", method=method, data=data, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            raw = response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        raw, status = error.read(), error.code
    try:
        return status, json.loads(raw)
    except ValueError:
        return status, raw


@pytest.fixture(scope="module")
def drafted_class(tmp_path_factory):
    with limits_stack(tmp_path_factory, "RequestsPerMinute=1000") as (stack, _):
        stack.wait_ready(timeout=90)
        token = teacher_token(SECRET, "science-teacher")
        status, accepted = call(stack, "POST", "/v1/batches", token, {"section": "subject", "subject": "과학", "students": STUDENTS})
        assert status == 202, accepted
        for task in accepted["tasks"]:
            wait_for_end(stack, token, task["taskId"], timeout=600)
        yield stack, token, accepted


def test_the_reworded_copy_is_flagged_and_nothing_else(drafted_class):
    stack, token, accepted = drafted_class
    status, batch = call(stack, "GET", f"/v1/batches/{accepted['batchId']}", token)
    assert status == 200 and batch["status"] == "completed", batch["progress"]
    sameness = batch["sameness"]
    assert sameness["method"] == "character-trigram-jaccard" and sameness["compared"] == 4
    assert sameness["flagged"] == 1, sameness
    assert sameness["pairs"][0]["numbers"] == [1, 3]
    assert sameness["threshold"] <= sameness["pairs"][0]["score"] <= 1


def test_an_edited_choice_is_checked_shown_and_exported(drafted_class):
    stack, token, accepted = drafted_class
    task_id = accepted["tasks"][2]["taskId"]
    status, task = call(stack, "GET", f"/v1/tasks/{task_id}", token)
    assert status == 200 and "choice" not in task
    second = task["versions"][1]["text"]
    # The edit brings back what the drafts never carry: the student's name and a language test.
    edited = "박지훈 학생은 " + second + " 토익 900점을 받음."

    assert call(stack, "PUT", f"/v1/tasks/{task_id}/choice", token, {"version": 4})[1]["error"]["field"] == "version"
    other = teacher_token(SECRET, "another-teacher")
    assert call(stack, "PUT", f"/v1/tasks/{task_id}/choice", other, {"version": 2})[0] == 404

    status, choice = call(stack, "PUT", f"/v1/tasks/{task_id}/choice", token, {"version": 2, "text": edited, "final": True})
    assert status == 200, choice
    assert choice["edited"] and choice["final"] and not choice["passes"]
    assert {"language_test", "personal_information"} <= {violation["category"] for violation in choice["report"]["violations"]}

    status, task = call(stack, "GET", f"/v1/tasks/{task_id}", token)
    assert task["choice"]["text"] == edited and task["choice"]["version"] == 2

    status, batch = call(stack, "GET", f"/v1/batches/{accepted['batchId']}", token)
    assert batch["students"][2]["choice"] == {"version": 2, "edited": True, "final": True, "bytes": choice["bytes"], "passes": False}

    status, raw = call(stack, "GET", f"/v1/batches/{accepted['batchId']}/export?format=xlsx", token)
    assert status == 200
    rows = list(openpyxl.load_workbook(io.BytesIO(raw)).worksheets[0].iter_rows(values_only=True))
    assert rows[3][:5] == (3, "박지훈", 2, edited, choice["bytes"])
    assert "language_test" in rows[3][5]
