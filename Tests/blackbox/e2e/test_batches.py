"""A whole class at once through local-runtime (issue 14): a generated 30-student .xlsx roster is
uploaded, every student's task is followed to its end by its event stream, and the class is exported
as .xlsx and as CSV in CP949. The rows come back in roster order (which is not number order here),
with each student's name beside their draft and in no draft; another teacher finds none of it.

Waiting is on events (each task's `completed`), never on the clock: the timeouts are only bounds on a
hang, as long as a loaded machine may need."""
import csv
import io
import json
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import openpyxl
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lambda"))
from lambda_support import bin_dir, teacher_token  # noqa: E402
from lifecycle_support import SECRET  # noqa: E402
from limits_support import limits_stack, wait_for_end  # noqa: E402

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SURNAMES = "김이박최정강조윤장임"
GIVEN = ["민지", "서연", "지훈", "도윤", "하은", "예준", "시우", "지아", "수아", "주원", "서준", "하준", "지호", "유나", "채원",
         "윤서", "민서", "건우", "현우", "지유", "서윤", "예은", "은우", "승민", "태윤", "소율", "가윤", "준서", "도현", "수빈"]
ACTIVITIES = [
    "전지 실험에서 전압과 전류의 관계를 가설로 세우고 측정함.\n\n측정값이 튀자 세 번 반복 측정해 평균을 구함.",
    "미세먼지 센서를 교실 세 곳에 설치하고 일주일 동안 값을 기록함.\n\n기록한 값을 그래프로 그려 환기 시간과 비교함.",
    "광합성 속도와 빛의 세기의 관계를 알아보는 실험을 설계함.\n\n결과를 모둠 친구들에게 발표하고 질문에 답함.",
    "산과 염기의 중화 반응에서 지시약의 색 변화를 관찰함.\n\n관찰 결과를 표로 정리하고 오차 원인을 찾아 보고서에 씀.",
    "자유 낙하 운동을 스마트폰 영상으로 찍어 위치를 분석함.\n\n분석한 값으로 중력 가속도를 구하고 이론값과 비교함.",
]


def roster():
    """30 students whose numbers run backwards from 30 (so roster order is not number order); every
    third one named in their own notes, as teachers do."""
    students = []
    for index, given in enumerate(GIVEN):
        name = SURNAMES[index % len(SURNAMES)] + given
        notes = ACTIVITIES[index % len(ACTIVITIES)]
        if index % 3 == 0:
            notes = f"{name} 학생은 {notes}"
        students.append({"number": 30 - index, "name": name, "given": given, "notes": notes})
    return students


def workbook(students) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "2학년 3반"
    sheet.append(["출석번호", "성명", "관찰 내용"])
    for student in students:
        sheet.append([student["number"], student["name"], student["notes"]])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def request(stack, method, path, token, body=None, content_type=None):
    """(status, headers, raw body), errors included."""
    headers = {"Authorization": f"Bearer {token}"}
    if content_type:
        headers["Content-Type"] = content_type
    call = urllib.request.Request(f"{stack.endpoint}{path}", method=method, data=body, headers=headers)
    try:
        with urllib.request.urlopen(call, timeout=120) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    with limits_stack(tmp_path_factory, "RequestsPerMinute=1000") as (stack, redis):
        stack.wait_ready(timeout=90)
        yield stack, redis


@pytest.fixture(scope="module")
def finished_class(lab):
    """The class uploaded and every student's task ended: (stack, redis, token, students, batch id)."""
    stack, redis = lab
    token = teacher_token(SECRET, "homeroom-2-3")
    students = roster()
    query = urllib.parse.urlencode({"section": "subject", "subject": "과학"})
    status, _, raw = request(stack, "POST", f"/v1/batches?{query}", token, workbook(students), XLSX)
    assert status == 202, raw
    accepted = json.loads(raw)
    assert [task["number"] for task in accepted["tasks"]] == [student["number"] for student in students]
    for task in accepted["tasks"]:
        wait_for_end(stack, token, task["taskId"], timeout=1800)
    return stack, redis, token, students, accepted["batchId"]


def test_the_class_completes_and_no_name_is_in_any_draft(finished_class):
    stack, _, token, students, batch_id = finished_class
    status, _, raw = request(stack, "GET", f"/v1/batches/{batch_id}", token)
    assert status == 200
    batch = json.loads(raw)
    assert batch["status"] == "completed", batch["progress"]
    assert batch["progress"]["completed"] == 30
    assert [student["number"] for student in batch["students"]] == [student["number"] for student in students]
    for student, shown in zip(students, batch["students"]):
        assert shown["name"] == student["name"]
        texts = [version["text"] for version in shown["versions"] if version.get("text")]
        assert texts, shown
        for text in texts:
            assert student["name"] not in text and student["given"] not in text, (student["name"], text)


def test_the_xlsx_export_has_one_row_per_student_in_roster_order(finished_class):
    stack, _, token, students, batch_id = finished_class
    status, headers, raw = request(stack, "GET", f"/v1/batches/{batch_id}/export?format=xlsx", token)
    assert status == 200 and headers["Content-Type"] == XLSX
    assert "attachment" in headers["Content-Disposition"]
    rows = list(openpyxl.load_workbook(io.BytesIO(raw)).worksheets[0].iter_rows(values_only=True))
    assert rows[0] == ("번호", "이름", "버전", "초안", "NEIS 바이트", "점검 결과")
    assert [(row[0], row[1]) for row in rows[1:]] == [(student["number"], student["name"]) for student in students]
    for student, row in zip(students, rows[1:]):
        draft = row[3]
        assert draft and student["name"] not in draft and student["given"] not in draft, row
        assert row[2] in (1, 2, 3) and isinstance(row[4], int) and 0 < row[4] <= 1500, row
        assert row[5], row


def test_the_cp949_csv_export_matches_the_xlsx(finished_class):
    stack, _, token, students, batch_id = finished_class
    status, _, workbook_raw = request(stack, "GET", f"/v1/batches/{batch_id}/export?format=xlsx", token)
    assert status == 200
    expected = [[("" if cell is None else str(cell)) for cell in row]
                for row in openpyxl.load_workbook(io.BytesIO(workbook_raw)).worksheets[0].iter_rows(values_only=True)]
    status, headers, raw = request(stack, "GET", f"/v1/batches/{batch_id}/export?format=csv&encoding=cp949", token)
    assert status == 200 and headers["Content-Type"] == "text/csv; charset=cp949"
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    rows = list(csv.reader(io.StringIO(raw.decode("cp949"), newline="")))
    assert rows == expected
    assert [int(row[0]) for row in rows[1:]] == [student["number"] for student in students]


def test_another_teachers_batch_is_not_found_anywhere(finished_class):
    stack, _, token, _, batch_id = finished_class
    other = teacher_token(SECRET, "another-school-teacher")
    for method, path in (("GET", f"/v1/batches/{batch_id}"), ("GET", f"/v1/batches/{batch_id}/export?format=csv"),
                         ("DELETE", f"/v1/batches/{batch_id}")):
        status, _, raw = request(stack, method, path, other)
        assert status == 404, (method, path, raw)
        assert json.loads(raw)["error"]["code"] == "not_found"
    status, _, raw = request(stack, "GET", "/v1/batches", other)
    assert status == 200 and json.loads(raw)["batches"] == []
    status, _, raw = request(stack, "GET", "/v1/batches", token)
    assert [batch["batchId"] for batch in json.loads(raw)["batches"]] == [batch_id]
    assert request(stack, "GET", f"/v1/batches/{batch_id}", token)[0] == 200


def test_a_roster_without_a_notes_column_is_refused_naming_it(lab):
    stack, _ = lab
    token = teacher_token(SECRET, "roster-typo")
    book = openpyxl.Workbook()
    book.active.append(["번호", "이름", "비고"])
    book.active.append([1, "김민지", "실험을 설계함."])
    buffer = io.BytesIO()
    book.save(buffer)
    status, _, raw = request(stack, "POST", "/v1/batches?section=club", token, buffer.getvalue(), XLSX)
    assert status == 400
    error = json.loads(raw)["error"]
    assert error["field"] == "file" and "no 메모 column" in error["message"], error


def recordline(stack, token, *args):
    """`recordline batch …` against the stack: (exit code, standard output, standard error)."""
    result = subprocess.run([str(bin_dir() / "recordline"), "batch", *args, "--api", stack.endpoint, "--token", token],
                            capture_output=True, text=True, timeout=300)
    return result.returncode, result.stdout, result.stderr


def test_the_cli_submits_follows_and_exports_a_cp949_csv_roster(lab, tmp_path):
    stack, _ = lab
    token = teacher_token(SECRET, "cli-teacher")
    students = roster()[:4]
    roster_file = tmp_path / "2-3.csv"
    with open(roster_file, "w", encoding="cp949", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["번호", "이름", "메모"])
        for student in students:
            writer.writerow([student["number"], student["name"], student["notes"]])
    code, out, err = recordline(stack, token, "submit", str(roster_file), "--section", "subject", "--subject", "과학", "--json")
    assert code == 0, err
    accepted = json.loads(out)
    for task in accepted["tasks"]:
        wait_for_end(stack, token, task["taskId"], timeout=900)
    code, out, err = recordline(stack, token, "status", accepted["batchId"])
    assert code == 0, err
    assert out.startswith("completed: 4/4 completed"), out
    exported = tmp_path / "class.csv"
    code, out, err = recordline(stack, token, "export", accepted["batchId"], "--format", "csv", "--encoding", "cp949",
                                "--output", str(exported))
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(exported.read_bytes().decode("cp949"), newline="")))
    assert [(int(row[0]), row[1]) for row in rows[1:]] == [(student["number"], student["name"]) for student in students]

    code, _, err = recordline(stack, teacher_token(SECRET, "someone-else"), "status", accepted["batchId"])
    assert code == 3 and "no batch" in err, err
    bad = tmp_path / "bad.csv"
    bad.write_text("번호,이름\n1,김민지\n", encoding="utf-8")
    code, _, err = recordline(stack, token, "submit", str(bad), "--section", "club")
    assert code == 65 and "no 메모 column" in err, err
