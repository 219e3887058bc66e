"""The teacher page's 학급 view in a real browser (headless Chromium driven by selenium) against
local-runtime: a generated CSV roster of five students is chosen, previewed, submitted; the class table
fills in as the drafts complete; the two students whose notes are the same activity reworded are marked
and compared; an edited choice naming its student comes back with that finding; the CSV export is
downloaded and read; the batch is listed and reopened; a roster the server refuses is shown next to
the file; and nothing of it is refused by the page's Content-Security-Policy.

Waiting is on the page's state, never on the clock: the timeouts only bound a hang."""
import csv
import re
import shutil
import sys
from pathlib import Path

import openpyxl
import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lambda"))
from lambda_support import REPO, Stack  # noqa: E402

ARTIFACTS = REPO / "artifacts"
# Students 1 and 3 are one activity lightly reworded (a copied record the batch flags); the others
# are unrelated. Roster order is not number order.
STUDENTS = [
    (3, "박지훈", "전지 실험에서 레몬과 감자로 전지를 만들어 전압을 비교했음. 감자 전지 전압이 낮은 까닭을 전해질 농도로 설명함.\n\n"
                "모둠 발표 때 실험 결과를 그래프로 정리해서 발표하고 친구들 질문에 답변함."),
    (1, "김민지", "전지 실험에서 레몬과 감자로 전지를 만들어 전압을 비교함. 감자 전지의 전압이 낮은 이유를 전해질 농도로 설명함.\n\n"
                "모둠 발표에서 실험 결과를 그래프로 정리해 발표하고 친구들의 질문에 답함."),
    (2, "이서연", "광합성 단원에서 빛의 세기에 따른 산소 발생량을 측정하는 실험을 설계함. 수초의 기포 수를 세어 변인을 통제함.\n\n"
                "실험 보고서에서 오차 원인으로 온도 변화를 꼽고 개선 방안을 제시함."),
    (4, "최도윤", "지진파 단원에서 P파와 S파의 속도 차이를 이용해 진앙 거리를 구하는 방법을 친구들에게 설명함.\n\n"
                "지역의 지진 대비 시설을 조사하여 내진 설계의 원리를 포스터로 만들어 게시함."),
    (5, "정하은", "자유 낙하 운동을 스마트폰 영상으로 찍어 위치를 분석함.\n\n분석한 값으로 중력 가속도를 구하고 이론값과 비교함."),
]

# Notes as Korean Excel saves them: CP949, CRLF line ends, a comma inside the quoted field.
CP949_NOTES = "발표 준비, 자료 조사를 맡음.\r\n\r\n질문에 답함."


def neis_bytes(text: str) -> int:
    """NEIS bytes: Hangul 3, ASCII 1, an Enter (CRLF or LF) 1."""
    text = text.replace("\r\n", "\n")
    return sum(1 if ord(c) < 0x80 else 3 if 0xAC00 <= ord(c) <= 0xD7A3 else len(c.encode()) for c in text)


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    stack = Stack(REPO / "template.yaml", tmp_path_factory.mktemp("stack"), record_log=False,
                  extra_args=("--parameter-overrides", "FunctionTimeout=10", "QueueVisibilityTimeout=60", "RequestsPerMinute=1000"))
    try:
        stack.wait_ready(timeout=90)
        yield stack
    finally:
        stack.stop()


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """A directory for the rosters written and the exports downloaded."""
    root = tmp_path_factory.mktemp("class-page")
    (root / "downloads").mkdir()
    return root


@pytest.fixture(scope="module")
def browser(files):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    assert chromium and driver_path, "chromium and chromium-driver are installed by scripts/setup --with-test-tools"
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1800", "--lang=ko-KR"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {
        "download.default_directory": str(files / "downloads"), "download.prompt_for_download": False,
    })
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(files / "downloads")})
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def opened(stack, browser):
    """The page with its token, on the 학급 tab."""
    assert stack.wait_for_output(lambda out: "teacher page: " in out, timeout=10)
    browser.get(re.search(r"teacher page: (\S+)", stack.output()).group(1))
    assert not browser.find_element(By.ID, "classView").is_displayed()
    browser.find_element(By.ID, "tabClass").click()
    assert browser.find_element(By.ID, "classView").is_displayed()
    assert not browser.find_element(By.ID, "singleView").is_displayed()
    return browser


def rows(browser):
    return browser.find_elements(By.CSS_SELECTOR, "#classRows tr")


def row(browser, number):
    return browser.find_element(By.CSS_SELECTOR, f"#classRows tr[data-number='{number}']")


def test_a_bad_roster_is_explained_before_and_after_sending(opened, files):
    browser = opened
    missing = files / "no-notes.csv"
    missing.write_text("번호,이름\n1,김민지\n", encoding="utf-8")
    browser.find_element(By.ID, "rosterFile").send_keys(str(missing))
    error = browser.find_element(By.ID, "rosterError")
    WebDriverWait(browser, 10).until(lambda _: error.is_displayed() and "메모 열이 없습니다" in error.text)
    assert "번호 | 이름" in error.text
    assert not browser.find_element(By.ID, "classSubmit").is_enabled()

    # A file that looks like a workbook is sent as it is; the server's refusal names the field.
    broken = files / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    browser.find_element(By.ID, "rosterFile").send_keys(str(broken))
    submit = browser.find_element(By.ID, "classSubmit")
    WebDriverWait(browser, 10).until(lambda _: submit.is_enabled())
    Select(browser.find_element(By.ID, "classSection")).select_by_value("subject")
    browser.find_element(By.ID, "classSubject").send_keys("과학")
    submit.click()
    WebDriverWait(browser, 30).until(lambda _: "(400)" in error.text)
    assert "[file]" in error.text and "xlsx" in error.text
    assert not browser.find_element(By.ID, "batchPanel").is_displayed()


def test_an_xlsx_roster_is_previewed_in_the_page(opened, files):
    browser = opened
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "2학년 3반"
    sheet.append(["출석번호", "성명", "관찰 내용(1학기)"])
    for number, name, notes in STUDENTS[:2]:
        sheet.append([number, name, notes])
    workbook = files / "2-3반.xlsx"
    book.save(workbook)
    browser.find_element(By.ID, "rosterFile").send_keys(str(workbook))
    WebDriverWait(browser, 10).until(lambda _: len(browser.find_elements(By.CSS_SELECTOR, "#previewTable tbody tr")) == 2)
    assert not browser.find_element(By.ID, "rosterError").is_displayed()
    for (number, name, notes), shown in zip(STUDENTS, browser.find_elements(By.CSS_SELECTOR, "#previewTable tbody tr")):
        assert [cell.text for cell in shown.find_elements(By.TAG_NAME, "td")] == [
            str(number), name, shown.find_elements(By.TAG_NAME, "td")[2].text, f"{neis_bytes(notes):,}"]
        assert shown.find_elements(By.TAG_NAME, "td")[2].text.startswith(notes[:20])
    assert browser.find_element(By.ID, "classSubmit").is_enabled()

    # A row the server would refuse is refused in the page already, named by its row.
    sheet.append(["칠", "정하은", "메모"])
    refused = files / "2-3반-칠.xlsx"
    book.save(refused)
    browser.find_element(By.ID, "rosterFile").send_keys(str(refused))
    error = browser.find_element(By.ID, "rosterError")
    WebDriverWait(browser, 10).until(lambda _: error.is_displayed() and '4행: 번호가 "칠"' in error.text)
    assert not browser.find_element(By.ID, "classSubmit").is_enabled()


def test_a_cp949_csv_is_previewed_and_markup_in_it_stays_text(opened, files):
    browser = opened
    roster = files / "cp949.csv"
    roster.write_bytes(f'번호,성명,메모\r\n7,"<img src=x>한결","{CP949_NOTES}"\r\n'.encode("cp949"))
    browser.find_element(By.ID, "rosterFile").send_keys(str(roster))
    WebDriverWait(browser, 10).until(lambda _: len(browser.find_elements(By.CSS_SELECTOR, "#previewTable tbody tr")) == 1)
    cells = [cell.text for cell in browser.find_elements(By.CSS_SELECTOR, "#previewTable tbody td")]
    assert cells == ["7", "<img src=x>한결", "발표 준비, 자료 조사를 맡음. 질문에 답함.", f"{neis_bytes(CP949_NOTES):,}"]
    assert not browser.find_elements(By.CSS_SELECTOR, "#previewTable img")

    unclosed = files / "unclosed.csv"
    unclosed.write_text('번호,이름,메모\n1,김민지,"따옴표가 닫히지 않음\n', encoding="utf-8")
    browser.find_element(By.ID, "rosterFile").send_keys(str(unclosed))
    error = browser.find_element(By.ID, "rosterError")
    WebDriverWait(browser, 10).until(lambda _: error.is_displayed() and "따옴표" in error.text)
    assert not browser.find_elements(By.CSS_SELECTOR, "#previewTable")


def test_the_roster_is_previewed_then_drafted_for_the_whole_class(opened, files):
    browser = opened
    roster = files / "2-3반.csv"
    with roster.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["번호", "이름", "관찰 내용"])
        writer.writerows(STUDENTS)
    browser.find_element(By.ID, "rosterFile").send_keys(str(roster))
    WebDriverWait(browser, 10).until(lambda _: len(browser.find_elements(By.CSS_SELECTOR, "#previewTable tbody tr")) == 5)
    assert not browser.find_element(By.ID, "rosterError").is_displayed()
    for (number, name, notes), shown in zip(STUDENTS, browser.find_elements(By.CSS_SELECTOR, "#previewTable tbody tr")):
        cells = [cell.text for cell in shown.find_elements(By.TAG_NAME, "td")]
        assert cells[0] == str(number) and cells[1] == name
        assert cells[2].startswith(notes[:20])
        assert cells[3] == f"{neis_bytes(notes):,}"

    browser.find_element(By.ID, "classSubmit").click()
    panel = browser.find_element(By.ID, "batchPanel")
    WebDriverWait(browser, 300).until(lambda _: panel.get_attribute("data-status") == "completed")
    assert [r.get_attribute("data-number") for r in rows(browser)] == [str(n) for n, _, _ in STUDENTS]
    for (number, name, _), shown in zip(STUDENTS, rows(browser)):
        assert shown.get_attribute("data-status") == "completed"
        assert shown.find_elements(By.TAG_NAME, "td")[1].text == name
        versions = shown.find_elements(By.CSS_SELECTOR, "[data-version]")
        assert len(versions) == 3 and all(v.is_enabled() for v in versions)
        # The name is the page's alone: no draft carries it.
        text = shown.find_element(By.CSS_SELECTOR, "[data-role=choiceText]").get_attribute("value")
        assert text.endswith(".") and name not in text and name[1:] not in text
    assert "모든 학생의 초안이 준비되었습니다" in browser.find_element(By.ID, "classStatus").text
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "teacher-page-class.png"))


def test_the_reworded_copy_is_marked_and_compared(opened):
    browser = opened
    marked = [r.get_attribute("data-number") for r in browser.find_elements(By.CSS_SELECTOR, "#classRows tr.same")]
    assert sorted(marked) == ["1", "3"]
    assert "1쌍" in browser.find_element(By.ID, "samenessSummary").text
    row(browser, 1).find_element(By.CSS_SELECTOR, "button.sameness").click()
    compare = browser.find_element(By.ID, "comparePanel")
    WebDriverWait(browser, 10).until(lambda _: compare.is_displayed())
    assert browser.find_element(By.ID, "compareTitle").text.startswith("1번 ↔ 3번")
    left = compare.find_element(By.CSS_SELECTOR, "[data-role=leftText]").text
    right = compare.find_element(By.CSS_SELECTOR, "[data-role=rightText]").text
    assert left == row(browser, 1).find_element(By.CSS_SELECTOR, "[data-role=choiceText]").get_attribute("value")
    assert right == row(browser, 3).find_element(By.CSS_SELECTOR, "[data-role=choiceText]").get_attribute("value")
    assert left and right and left != right
    browser.find_element(By.ID, "compareClose").click()
    assert not compare.is_displayed()


def test_an_edited_choice_naming_the_student_shows_the_finding(opened):
    browser = opened
    student = row(browser, 3)
    student.find_element(By.CSS_SELECTOR, "[data-version='2']").click()
    assert student.find_element(By.CSS_SELECTOR, "[data-version='2']").get_attribute("aria-pressed") == "true"
    edit = student.find_element(By.CSS_SELECTOR, "[data-role=choiceText]")
    second = edit.get_attribute("value")
    edit.send_keys(Keys.CONTROL, Keys.END)
    edit.send_keys(" 박지훈 학생은 토론에도 참여함.")
    student.find_element(By.CSS_SELECTOR, "[data-role=choose]").click()
    WebDriverWait(browser, 30).until(lambda _: student.get_attribute("data-choice") == "2")
    findings = student.find_element(By.CSS_SELECTOR, "[data-role=findings]").text
    assert "학생 이름은 기재하지 않음" in findings
    state = student.find_element(By.CSS_SELECTOR, "[data-role=choiceState]").text
    assert "초안 2 (수정함)" in state and "확인 필요" in state
    assert edit.get_attribute("value") == second + " 박지훈 학생은 토론에도 참여함."


def test_the_csv_export_is_downloaded_with_the_choice(opened, files):
    browser = opened
    expected_texts = {int(r.get_attribute("data-number")): r.find_element(By.CSS_SELECTOR, "[data-role=choiceText]").get_attribute("value")
                      for r in rows(browser)}
    browser.find_element(By.CSS_SELECTOR, "[data-export=csv][data-encoding='utf-8']").click()
    downloads = files / "downloads"
    WebDriverWait(browser, 30).until(lambda _: [p for p in downloads.glob("*.csv")] and not list(downloads.glob("*.crdownload")))
    (exported,) = downloads.glob("*.csv")
    assert exported.name.startswith("batch-")
    assert "내려받았습니다" in browser.find_element(By.ID, "exportStatus").text
    with exported.open(encoding="utf-8-sig", newline="") as source:
        table = list(csv.reader(source))
    assert table[0] == ["번호", "이름", "버전", "초안", "NEIS 바이트", "점검 결과"]
    assert [(int(r[0]), r[1]) for r in table[1:]] == [(n, name) for n, name, _ in STUDENTS]
    by_number = {int(r[0]): r for r in table[1:]}
    assert by_number[3][2] == "2" and by_number[3][3] == expected_texts[3]
    assert "personal_information" in by_number[3][5]
    for number in (1, 2, 4, 5):
        assert by_number[number][2] == "1" and by_number[number][3] == expected_texts[number]


def test_the_batch_is_listed_and_reopens_with_its_choice(opened):
    browser = opened
    batch_id = browser.find_element(By.ID, "batchPanel").get_attribute("data-batch-id")
    edited = row(browser, 3).find_element(By.CSS_SELECTOR, "[data-role=choiceText]").get_attribute("value")
    browser.find_element(By.ID, "batchListRefresh").click()

    def reopen(_):
        # The list is drawn anew by every refresh: an item found just before a redraw is stale.
        item = browser.find_element(By.CSS_SELECTOR, f"#batchItems button[data-batch='{batch_id}']")
        assert "5명" in item.text and "과학" in item.text
        item.click()
        return True
    WebDriverWait(browser, 10, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException)).until(reopen)
    WebDriverWait(browser, 30).until(lambda _: len(rows(browser)) == 5
                                     and "초안 2 (수정함)" in row(browser, 3).find_element(By.CSS_SELECTOR, "[data-role=choiceState]").text)
    reopened = row(browser, 3)
    WebDriverWait(browser, 30).until(lambda _: reopened.find_element(By.CSS_SELECTOR, "[data-role=choiceText]").get_attribute("value") == edited)
    assert reopened.find_element(By.CSS_SELECTOR, "[data-version='2']").get_attribute("aria-pressed") == "true"
    assert "학생 이름은 기재하지 않음" in reopened.find_element(By.CSS_SELECTOR, "[data-role=findings]").text


def test_a_flagged_pair_offers_its_next_most_different_version(opened, files):
    """Two students with the same notes (a copied record): the pair view offers a version less alike,
    and its button makes it that student's choice."""
    browser = opened
    roster = files / "copied.csv"
    with roster.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["번호", "이름", "메모"])
        writer.writerows([(1, "한가람", STUDENTS[1][2]), (2, "윤보라", STUDENTS[1][2]), (3, "서다온", STUDENTS[3][2])])
    browser.find_element(By.ID, "rosterFile").send_keys(str(roster))
    WebDriverWait(browser, 10).until(lambda _: len(browser.find_elements(By.CSS_SELECTOR, "#previewTable tbody tr")) == 3)
    browser.find_element(By.ID, "classSubmit").click()
    panel = browser.find_element(By.ID, "batchPanel")
    WebDriverWait(browser, 300).until(lambda _: panel.get_attribute("data-status") == "completed" and len(rows(browser)) == 3)
    WebDriverWait(browser, 30).until(lambda _: row(browser, 1).find_elements(By.CSS_SELECTOR, "button.sameness"))
    row(browser, 1).find_element(By.CSS_SELECTOR, "button.sameness").click()
    compare = browser.find_element(By.ID, "comparePanel")
    WebDriverWait(browser, 10).until(lambda _: compare.is_displayed())
    offer = browser.find_element(By.ID, "compareAlternative")
    assert offer.is_displayed(), "no alternative offered for identical drafts"
    number, version = offer.get_attribute("data-number"), offer.get_attribute("data-version")
    before, after = (float(score) for score in re.findall(r"\d\.\d\d", offer.text)[-2:])
    assert number in ("1", "2") and version in ("2", "3") and after < before, offer.text
    offer.send_keys(Keys.ENTER)  # by keyboard, as a teacher tabbing through the page would
    student = row(browser, int(number))
    WebDriverWait(browser, 30).until(lambda _: student.get_attribute("data-choice") == version)
    assert f"초안 {version}" in student.find_element(By.CSS_SELECTOR, "[data-role=choiceState]").text
    assert student.find_element(By.CSS_SELECTOR, f"[data-version='{version}']").get_attribute("aria-pressed") == "true"
    assert "바꿨습니다" in browser.find_element(By.ID, "compareStatus").text and not offer.is_displayed()
    side = "leftText" if number == "1" else "rightText"
    assert compare.find_element(By.CSS_SELECTOR, f"[data-role={side}]").text == \
        student.find_element(By.CSS_SELECTOR, "[data-role=choiceText]").get_attribute("value")

    def compared_again(_):
        # The table follows the batch again: the pair is gone, or as alike as the offer said.
        buttons = row(browser, 1).find_elements(By.CSS_SELECTOR, "button.sameness")
        return not buttons or float(re.search(r"\((\d\.\d\d)\)", buttons[0].text).group(1)) == after
    WebDriverWait(browser, 30, ignored_exceptions=(StaleElementReferenceException,)).until(compared_again)
    browser.save_screenshot(str(ARTIFACTS / "teacher-page-alternative.png"))


def test_no_policy_violation_while_the_class_view_was_used(opened):
    messages = [entry["message"] for entry in opened.get_log("browser") if "Content Security Policy" in entry["message"]]
    assert messages == []
