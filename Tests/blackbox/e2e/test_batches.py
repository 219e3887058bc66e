"""A whole class at once through local-runtime (issue 14): a generated 30-student .xlsx roster is
uploaded, every student's task is followed to its end by its event stream, and the class is exported
as .xlsx and as CSV in CP949. The rows come back in roster order (which is not number order here),
with each student's name beside their draft and in no draft; thirty different activities give no pair
the sameness check calls alike; another teacher finds none of it.

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
# Thirty different activities, one per student: a class whose drafts no sameness check may pair.
ACTIVITIES = [
    "전지 실험에서 전압과 전류의 관계를 가설로 세우고 측정함.\n\n측정값이 튀자 세 번 반복 측정해 평균을 구함.",
    "미세먼지 센서를 교실 세 곳에 설치하고 일주일 동안 값을 기록함.\n\n기록한 값을 그래프로 그려 환기 시간과 비교함.",
    "광합성 속도와 빛의 세기의 관계를 알아보는 실험을 설계함.\n\n결과를 모둠 친구들에게 발표하고 질문에 답함.",
    "산과 염기의 중화 반응에서 지시약의 색 변화를 관찰함.\n\n관찰 결과를 표로 정리하고 오차 원인을 찾아 보고서에 씀.",
    "자유 낙하 운동을 스마트폰 영상으로 찍어 위치를 분석함.\n\n분석한 값으로 중력 가속도를 구하고 이론값과 비교함.",
    "양파 뿌리 끝 세포를 염색해 현미경으로 체세포 분열 단계를 찾음.\n\n단계별 세포 수를 세어 각 시기의 길이를 추정함.",
    "지역 하천의 돌 밑에 사는 수서 곤충을 채집해 종류를 분류함.\n\n분류 결과로 하천의 수질 등급을 판정함.",
    "달의 위상을 한 달 동안 매일 같은 시각에 관측해 스케치함.\n\n스케치를 모아 위상 변화와 공전의 관계를 설명함.",
    "용수철에 추를 매달아 늘어난 길이를 재고 훅의 법칙을 확인함.\n\n기울기로 용수철 상수를 구해 두 용수철을 비교함.",
    "효모의 발효로 생기는 이산화탄소 양을 설탕 농도별로 측정함.\n\n풍선의 둘레 변화로 기체 양을 비교하는 방법을 고안함.",
    "화산 활동과 판의 경계의 관계를 세계 지도에 표시해 정리함.\n\n우리나라 주변의 지진 분포를 조사해 발표함.",
    "소리의 진동수와 관의 길이의 관계를 빨대 피리로 실험함.\n\n측정 앱으로 음의 높이를 재어 공명 조건과 비교함.",
    "식물의 증산 작용을 잎의 수가 다른 가지로 비교함.\n\n물의 감소량을 하루 간격으로 재어 그래프로 나타냄.",
    "금속의 반응성 순서를 금속판과 수용액의 반응으로 알아봄.\n\n석출된 물질을 관찰해 이온화 경향을 설명함.",
    "빛의 굴절을 반원형 유리로 실험해 입사각과 굴절각을 측정함.\n\n스넬 법칙으로 유리의 굴절률을 구함.",
    "혈액형 판정 모형 실험으로 응집 반응의 원리를 익힘.\n\n항원과 항체의 관계를 그림으로 정리해 친구들에게 설명함.",
    "교내 나무 열 그루의 키를 삼각비로 측정하는 방법을 고안함.\n\n측정 오차를 줄이려고 관측 거리를 바꿔 가며 비교함.",
    "정전기 유도를 검전기로 확인하고 대전 순서를 실험으로 정함.\n\n실생활의 정전기 방지 방법을 조사해 보고서를 씀.",
    "물의 전기 분해로 생긴 기체의 부피 비를 측정함.\n\n기체 검출 반응으로 수소와 산소임을 확인함.",
    "토양 산성도가 강낭콩 싹의 성장에 주는 영향을 3주간 관찰함.\n\n싹의 길이를 매일 기록해 평균 성장 속도를 비교함.",
    "태양 고도와 그림자 길이의 관계를 운동장에서 측정함.\n\n시간별 그림자 길이로 남중 시각을 추정함.",
    "DNA 이중 나선 모형을 색종이로 만들어 염기 짝을 표현함.\n\n복제 과정을 모형으로 시연하며 반보존적 복제를 설명함.",
    "마찰력이 접촉면의 재질에 따라 달라지는지 나무 도막으로 실험함.\n\n용수철저울 값으로 마찰 계수를 구해 재질별로 비교함.",
    "탄산음료의 이산화탄소 양을 온도별로 비교하는 실험을 함.\n\n기체의 용해도와 온도의 관계를 그래프로 설명함.",
    "학교 주변 지층의 사진을 찍어 층리와 단층을 찾아봄.\n\n지층이 쌓인 순서를 추론해 지사 해석 보고서를 씀.",
    "심장 박동 수를 운동 전후로 측정해 변화를 기록함.\n\n회복 시간을 비교해 심폐 지구력과의 관계를 설명함.",
    "렌즈의 초점 거리를 촛불과 스크린으로 측정함.\n\n물체 거리를 바꿔 가며 상의 크기 변화를 표로 정리함.",
    "천연 지시약을 적양배추로 만들어 생활 속 용액의 pH를 비교함.\n\n색 변화표를 만들어 학급 게시판에 안내함.",
    "개미의 이동 경로를 관찰해 페로몬 길의 역할을 추론함.\n\n관찰 일지를 2주 동안 쓰고 행동 변화를 정리함.",
    "전자석의 감은 횟수와 자기력의 관계를 클립 수로 측정함.\n\n전류의 세기도 바꿔 두 변인의 영향을 비교함.",
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


def test_a_class_of_different_notes_has_no_pair_flagged_alike(finished_class):
    """Thirty students who did thirty different things: the sameness check compares every draft with
    every other and pairs none of them."""
    stack, _, token, _, batch_id = finished_class
    status, _, raw = request(stack, "GET", f"/v1/batches/{batch_id}", token)
    assert status == 200
    sameness = json.loads(raw)["sameness"]
    assert sameness["compared"] == 30, sameness
    assert sameness["flagged"] == 0 and sameness["pairs"] == [], sameness


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
