"""The rules a teacher meets in practice, through local-runtime (issue 14): a 학년도's limits chosen per
request (`ruleYear`: the 2025 edition's 진로 700자 and 행특 500자, the 2026 edition's by default), and
the 2026 rule that 공통과목 1 and 2 share one 500자 (1,500 bytes), so a request for part 2 that carries
part 1's record is drafted to what part 1 leaves, and is refused clearly when nothing is left.

Waiting is on each task's `completed` event; the timeouts only bound a hang."""
import csv
import io
import json
import sys
import urllib.parse
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lambda"))
from e2e_support import neis_bytes  # noqa: E402
from lambda_support import teacher_token  # noqa: E402
from lifecycle_support import SECRET, call  # noqa: E402
from limits_support import limits_stack, wait_for_end  # noqa: E402
from test_batches import request  # noqa: E402

NOTES = ("전지 실험에서 전압과 전류의 관계를 가설로 세우고 측정함.\n\n"
         "측정값이 튀자 세 번 반복 측정해 평균을 구하고 결과를 발표함.")


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    with limits_stack(tmp_path_factory, "RequestsPerMinute=1000") as (stack, redis):
        stack.wait_ready(timeout=90)
        yield stack


def finished(stack, token, task_id):
    wait_for_end(stack, token, task_id, timeout=600)
    status, task = call(stack, "GET", f"/v1/tasks/{task_id}", token)
    assert status == 200 and task["status"] == "completed", task
    return task


def test_part_two_is_drafted_to_what_part_one_leaves(lab):
    token = teacher_token(SECRET, "korean-teacher")
    part1 = "문학 작품의 갈등 구조를 분석하고 모둠 토론에서 근거를 들어 해석을 발표함. " * 6
    used = neis_bytes(part1)
    assert 600 < used < 1500
    status, accepted = call(lab, "POST", "/v1/tasks", token,
                            {"section": "subject", "subject": "공통국어2", "activities": NOTES, "part1Text": part1})
    assert status == 202, accepted
    task = finished(lab, token, accepted["taskId"])
    completed = [version for version in task["versions"] if version["status"] == "completed"]
    assert completed, task
    for version in completed:
        report = version["report"]
        assert (report["ruleYear"], report["limitBytes"], report["part1Bytes"], report["targetBytes"]) == (2026, 1500, used, 1500 - used)
        assert version["bytes"] <= 1500 - used, version
    # The teacher's edit is checked against the same remainder.
    status, choice = call(lab, "PUT", f"/v1/tasks/{accepted['taskId']}/choice", token,
                          {"version": completed[0]["version"], "text": "가" * ((1500 - used) // 3 + 1) + "."})
    assert status == 200, choice
    assert any(violation["category"] == "byte_limit" for violation in choice["report"]["violations"]), choice


def test_the_2025_rules_are_used_when_asked(lab):
    token = teacher_token(SECRET, "homeroom-last-year")
    status, accepted = call(lab, "POST", "/v1/tasks", token,
                            {"section": "behavior", "activities": NOTES, "ruleYear": 2025, "targetBytes": 1200})
    assert status == 202, accepted
    for version in finished(lab, token, accepted["taskId"])["versions"]:
        if version["status"] == "completed":
            assert version["report"]["ruleYear"] == 2025 and version["report"]["limitBytes"] == 1500
            assert version["bytes"] <= 1200
    status, answer = call(lab, "POST", "/v1/check", token, {"text": "진로 탐색 활동에 참여함.", "section": "career", "ruleYear": 2025})
    assert status == 200 and (answer["targetBytes"], answer["ruleYear"]) == (2100, 2025), answer
    status, answer = call(lab, "POST", "/v1/check", token, {"text": "진로 탐색 활동에 참여함.", "section": "career"})
    assert status == 200 and (answer["targetBytes"], answer["ruleYear"]) == (1500, 2026), answer


@pytest.mark.parametrize("body,field,words", [
    ({"section": "club", "ruleYear": 2027}, "ruleYear", "no rules for 학년도 2027"),
    ({"section": "behavior", "targetBytes": 1200}, "targetBytes", "900"),
    ({"section": "subject", "subject": "공통수학2", "part1Text": "가" * 500}, "part1Text", "nothing remains for 공통수학2"),
    ({"section": "subject", "subject": "공통수학2", "part1Text": "가" * 510}, "part1Text", "30 bytes over"),
    ({"section": "subject", "subject": "물리학", "part1Text": "가"}, "part1Text", "is not a 공통과목"),
    ({"section": "subject", "subject": "공통수학2", "ruleYear": 2025, "part1Text": "가"}, "part1Text", "2025 rules"),
    ({"section": "subject", "subject": "공통수학2", "part1Text": "가" * 400, "targetBytes": 400}, "targetBytes", "300 bytes left"),
])
def test_a_request_outside_its_budget_is_refused_and_names_the_field(lab, body, field, words):
    token = teacher_token(SECRET, "budget-errors")
    for path, extra in (("/v1/tasks", {"activities": NOTES}), ("/v1/check", {"text": "실험을 설계함."})):
        status, answer = call(lab, "POST", path, token, {**body, **extra})
        assert status == 400, (path, answer)
        assert answer["error"]["field"] == field and words in answer["error"]["message"], (path, answer)


def test_a_class_for_part_two_gets_each_students_remainder(lab):
    """A CSV roster with each student's part-1 record in a column of its own, the year in the query."""
    token = teacher_token(SECRET, "science-1-2")
    part1 = ["", "탐구 보고서를 작성함. " * 20, "실험 결과를 발표함. " * 40]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["번호", "이름", "메모", "1학기 세특"])
    for number, record in enumerate(part1, start=1):
        writer.writerow([number, f"학생{number}", NOTES, record])
    query = urllib.parse.urlencode({"section": "subject", "subject": "통합과학2", "ruleYear": 2026})
    status, _, raw = request(lab, "POST", f"/v1/batches?{query}", token, buffer.getvalue().encode("cp949"), "text/csv")
    assert status == 202, raw
    accepted = json.loads(raw)
    for task, record in zip(accepted["tasks"], part1):
        left = 1500 - neis_bytes(record.strip())
        for version in finished(lab, token, task["taskId"])["versions"]:
            if version["status"] == "completed":
                assert version["report"]["targetBytes"] == left and version["bytes"] <= left, (record, version)
    status, _, raw = request(lab, "GET", f"/v1/batches/{accepted['batchId']}", token)
    assert json.loads(raw)["ruleYear"] == 2026

    # The same roster under the 2025 rules, where each part has its own limit, is refused at its first record.
    query = urllib.parse.urlencode({"section": "subject", "subject": "통합과학2", "ruleYear": 2025})
    status, _, raw = request(lab, "POST", f"/v1/batches?{query}", token, buffer.getvalue().encode("cp949"), "text/csv")
    assert status == 400
    assert json.loads(raw)["error"]["field"] == "row 3.part1Text", raw


def test_sections_list_each_years_limits(lab):
    token = teacher_token(SECRET, "sections")
    status, _, raw = request(lab, "GET", "/v1/sections?ruleYear=2025", token)
    answer = json.loads(raw)
    assert status == 200 and answer["ruleYear"] == 2025 and "combinedSubjects" not in answer
    limits = {section["id"]: section["maxCharacters"] for section in answer["sections"]}
    assert limits == {"subject": 500, "autonomous": 500, "club": 500, "career": 700, "behavior": 500}
    status, _, raw = request(lab, "GET", "/v1/sections", token)
    answer = json.loads(raw)
    assert answer["ruleYear"] == 2026 and answer["ruleYears"] == [2025, 2026]
    assert answer["combinedSubjects"]["byteLimit"] == 1500 and "과학탐구실험" in answer["combinedSubjects"]["names"]
