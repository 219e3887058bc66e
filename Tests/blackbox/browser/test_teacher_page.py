"""The teacher page in a real browser (headless Chromium driven by selenium) against local-runtime:
paste notes, submit, and watch three drafts arrive with their byte counts; a screenshot is saved. The
page works under its strict Content-Security-Policy: the browser reports no violation of it while the
page is used, and does report (and refuse) an inline handler planted in it."""
import re
import shutil
import sys
import urllib.request
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lambda"))
from lambda_support import REPO, Stack  # noqa: E402

ARTIFACTS = REPO / "artifacts"
NOTES = "수학 동아리에서 확률 단원 문제를 친구들에게 설명하는 멘토 역할을 맡아 매주 풀이 자료를 만들었다.\n\n" \
        "동아리 발표회에서 원주율을 추정하는 과정을 시연하고 시행 횟수가 늘수록 오차가 줄어드는 이유를 설명했다. 토플 110점."


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    stack = Stack(REPO / "template.yaml", tmp_path_factory.mktemp("stack"), record_log=False,
                  extra_args=("--parameter-overrides", "FunctionTimeout=10", "QueueVisibilityTimeout=60"))
    try:
        stack.wait_ready(timeout=90)
        yield stack
    finally:
        stack.stop()


@pytest.fixture(scope="module")
def browser():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    assert chromium and driver_path, "chromium and chromium-driver are installed by scripts/setup --with-test-tools"
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600", "--lang=ko-KR"):
        options.add_argument(argument)
    # The console, where Chromium reports what the Content-Security-Policy refused.
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    yield driver
    driver.quit()


def test_three_drafts_arrive_in_the_page(stack, browser):
    assert stack.wait_for_output(lambda out: "teacher page: " in out, timeout=10)
    page = re.search(r"teacher page: (\S+)", stack.output()).group(1)
    # A token an earlier version of the page left in localStorage (set from another address of the
    # page: going from "/" to "/#token=…" would only change the fragment, not load the page again).
    browser.get(stack.endpoint + "/index.html")
    browser.execute_script("localStorage.setItem('recordline-token', 'left-by-an-earlier-version')")
    browser.get(page)
    # The token from the address is kept for this tab only and removed from the URL.
    assert "#token=" not in browser.current_url
    token = browser.find_element(By.ID, "token").get_attribute("value")
    assert token and token != "left-by-an-earlier-version"
    assert browser.execute_script("return sessionStorage.getItem('recordline-token')") == token
    assert browser.execute_script("return localStorage.getItem('recordline-token')") is None

    Select(browser.find_element(By.ID, "section")).select_by_value("club")
    assert browser.find_element(By.ID, "targetBytes").get_attribute("value") == "1500"
    notes = browser.find_element(By.ID, "notes")
    notes.send_keys(NOTES)
    counter = browser.find_element(By.ID, "notesCounter").text
    assert "바이트" in counter and not counter.startswith("메모 0바이트")
    browser.find_element(By.ID, "submit").click()

    wait = WebDriverWait(browser, 60)
    # With no model configured the page says the notes stay with the service's rule engine.
    wait.until(expected_conditions.text_to_be_present_in_element((By.ID, "engineNote"), "규칙 엔진만 읽고"))
    wait.until(expected_conditions.text_to_be_present_in_element((By.ID, "status"), "초안 3개가 준비되었습니다"))
    cards = browser.find_elements(By.CSS_SELECTOR, "#cards article")
    assert len(cards) == 3
    texts = []
    for card in cards:
        text = card.find_element(By.CSS_SELECTOR, "[data-role=text]").text
        assert text.endswith(".") and "토플" not in text
        assert "/ 1,500바이트" in card.find_element(By.CSS_SELECTOR, "[data-role=bytes]").text
        assert card.find_element(By.CSS_SELECTOR, "[data-role=copy]").is_enabled()
        assert len(card.find_elements(By.CSS_SELECTOR, ".steps span.done")) == 3
        # No model is configured: the rule engine wrote every stage, and the card says so.
        wait.until(lambda _: card.find_element(By.CSS_SELECTOR, "[data-role=producer]").text == "작성: 규칙 엔진")
        texts.append(text)
    assert len(set(texts)) == 3

    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "teacher-page.png"))


def test_each_draft_sentence_shows_its_source_in_the_notes(stack, browser):
    # The notes panel lists the notes sentence by sentence, numbered as the reports number them.
    items = browser.find_elements(By.CSS_SELECTOR, "#notesList li")
    assert [item.text for item in items][:2] == [
        "수학 동아리에서 확률 단원 문제를 친구들에게 설명하는 멘토 역할을 맡아 매주 풀이 자료를 만들었다.",
        "동아리 발표회에서 원주율을 추정하는 과정을 시연하고 시행 횟수가 늘수록 오차가 줄어드는 이유를 설명했다.",
    ]
    for card in browser.find_elements(By.CSS_SELECTOR, "#cards article"):
        sentences = card.find_elements(By.CSS_SELECTOR, "[data-role=text] .sentence")
        assert sentences, "the draft is not split into traced sentences"
        # The rule engine states only what the notes say: every sentence has a source.
        assert not card.find_elements(By.CSS_SELECTOR, "[data-role=text] .sentence.unsourced")
        for sentence in sentences:
            sentence.click()
            sources = sentence.get_attribute("data-sources").split(",")
            lit = [item.get_attribute("data-source") for item in browser.find_elements(By.CSS_SELECTOR, "#notesList li.on")]
            assert lit == sources
            source_line = card.find_element(By.CSS_SELECTOR, "[data-role=source]").text
            assert source_line.startswith("근거: ")
            assert all(items[int(i)].text in source_line for i in sources)
        # The language-test score was left out, and the card says so.
        omitted = card.find_element(By.CSS_SELECTOR, "[data-role=omitted]").get_attribute("textContent")
        assert "토플" in omitted or "공인어학시험" in omitted, omitted


def test_an_edit_is_rechecked(stack, browser):
    card = browser.find_elements(By.CSS_SELECTOR, "#cards article")[0]
    card.find_element(By.TAG_NAME, "summary").click()
    edit = card.find_element(By.CSS_SELECTOR, "[data-role=edit]")
    edit.clear()
    edit.send_keys("토플 점수가 올랐다.")
    WebDriverWait(browser, 20).until(lambda _: "공인어학시험" in card.find_element(By.CSS_SELECTOR, "[data-role=editIssues]").text)
    assert "확인 필요" in card.find_element(By.CSS_SELECTOR, "[data-role=editBytes]").text


def test_the_years_limits_and_a_common_subjects_shared_limit(stack, browser):
    """The 학년도 picker shows and applies that year's limits; a 세특 for part 2 of a 공통과목 asks for part
    1's record and drafts to what it leaves of the 1,500 bytes both share."""
    year = Select(browser.find_element(By.ID, "ruleYear"))
    section = Select(browser.find_element(By.ID, "section"))
    target = browser.find_element(By.ID, "targetBytes")
    assert year.first_selected_option.text == "2026학년도 (기본)"
    section.select_by_value("behavior")
    assert target.get_attribute("value") == "900"
    year.select_by_value("2025")
    assert section.first_selected_option.text.endswith("(500자 · 1500바이트)")
    assert target.get_attribute("value") == "1500"
    career = browser.find_element(By.CSS_SELECTOR, "#section option[value=career]").text
    assert career.endswith("(700자 · 2100바이트)"), career
    year.select_by_value("2026")
    section.select_by_value("subject")
    block = browser.find_element(By.ID, "part1Block")
    assert not block.is_displayed()
    subject = browser.find_element(By.ID, "subject")
    subject.clear()
    subject.send_keys("공통국어 2")
    assert block.is_displayed() and "공통국어1·2" in browser.find_element(By.ID, "part1Hint").text
    part1 = "문학 작품의 갈등 구조를 분석하고 근거를 들어 해석함. " * 12
    browser.find_element(By.ID, "part1Text").send_keys(part1)
    used = sum(3 if "가" <= c <= "힣" else 1 for c in part1)
    left = 1500 - used
    assert target.get_attribute("value") == str(left)
    assert f"남은 바이트 {left:,}" in browser.find_element(By.ID, "part1Counter").text
    browser.find_element(By.ID, "submit").click()

    def drafted(_):
        cards = browser.find_elements(By.CSS_SELECTOR, "#cards article")
        shown = [card.find_element(By.CSS_SELECTOR, "[data-role=bytes]").text for card in cards]
        return len(shown) == 3 and all(f"/ {left:,}바이트" in text for text in shown)
    # The cards are drawn anew for the new task: one found just before that is stale.
    WebDriverWait(browser, 60, ignored_exceptions=(StaleElementReferenceException,)).until(drafted)
    for card in browser.find_elements(By.CSS_SELECTOR, "#cards article"):
        shown = card.find_element(By.CSS_SELECTOR, "[data-role=bytes]").text
        assert int(shown.split(" / ")[0].replace(",", "")) <= left, shown
    # Another subject has no part 1 to count.
    subject.clear()
    subject.send_keys("과학")
    assert not block.is_displayed() and target.get_attribute("value") == "1500"


def policy_violations(browser) -> list[str]:
    """Console messages (drained) in which Chromium reports a Content-Security-Policy refusal."""
    return [entry["message"] for entry in browser.get_log("browser") if "Content Security Policy" in entry["message"]]


def test_the_page_runs_under_a_strict_policy(stack, browser):
    with urllib.request.urlopen(stack.endpoint + "/", timeout=30) as response:
        policy = response.headers["Content-Security-Policy"]
        assert response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "no-referrer"
    directives = {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}
    assert directives["frame-ancestors"] == ["'none'"]
    assert len(directives["script-src"]) == 1 and directives["script-src"][0].startswith("'sha256-"), policy
    assert "unsafe-inline" not in policy

    # Everything the tests above did (load, submit, stream, point at sentences, edit and re-check)
    # ran the page's own script and style: none of it was refused.
    assert len(browser.find_elements(By.CSS_SELECTOR, "#section option")) == 5
    assert len(browser.find_elements(By.CSS_SELECTOR, "#cards article")) == 3
    assert policy_violations(browser) == []

    # What the policy is for: an injected inline handler does not run, and the browser says so.
    browser.execute_script(
        "const b = document.createElement('div'); b.id = 'planted';"
        "b.innerHTML = '<button onclick=\"document.title = \\'injected\\'\">x</button>';"
        "document.body.append(b); b.firstChild.click();")
    WebDriverWait(browser, 10).until(lambda _: any("inline event handler" in m for m in policy_violations(browser)))
    assert browser.title != "injected"
