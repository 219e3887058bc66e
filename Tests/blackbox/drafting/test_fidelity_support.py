"""The fidelity suite's own measures on fixed examples, so a pass or a failure of the drafts means what
it says. No product binary is needed here."""
import pytest

from fidelity_support import (
    FRAMING_LEMMAS,
    Ledger,
    NotesIndex,
    check_ending,
    draft_sentences,
    notes_sentences,
    normalised,
    sets_per_sentence,
    utf16_slice,
)

NOMINAL = ["탐구 보고서를 작성함.", "성실한 학생임.", "모둠장으로 선정됨.", "연표를 만듦.", "토론을 이끎.", "친구를 도움.",
           "관심이 있음.", "성장이 기대됨.", "앞으로 더욱 성장할 것으로 기대됨.", "참여함.", "실험을 설계하였음.",
           "과학 탐구 중임.", "원리를 깨달음.", "친구들에게 가르침.", "시를 지음.", "수학적 사고력이 뛰어남.",
           "꼼꼼하게 정리하는 모습이 돋보임.", "이 과정에서 오차 원인을 찾음.", "자료를 나눠 줌.", "관찰력이 좋음.", "학급 회장(2025.03.~2025.07.)으로 활동함."]
NOT_NOMINAL = ["보고서를 작성했다.", "보고서를 작성해요.", "보고서를 작성합니다.", "다양한 관점에서 탐구.",
               "모둠 활동의 중심.", "리더십이 뛰어나다는 식으로 써 주셈.", "중간고사 수학 95점.", "보고서를 작성함",
               "뷁뷁 퉯퉯 쀍쀍 함.", "ㅋㅋ ㅁㄴㅇ 함.",
               "으로 매주 학급회의를 진행함.", "를 정리함.", "~2025.07.).", "에게 설명함."]


@pytest.mark.parametrize("sentence", NOMINAL)
def test_nominal_endings_pass(kiwi, sentence):
    verdict = check_ending(kiwi, sentence)
    assert verdict.ok, (sentence, verdict.why, verdict.morphemes)


@pytest.mark.parametrize("sentence", NOT_NOMINAL)
def test_other_endings_and_garbage_fail(kiwi, sentence):
    verdict = check_ending(kiwi, sentence)
    assert not verdict.ok, (sentence, verdict.morphemes)


def test_notes_split_on_punctuation_lines_bullets_and_numbers():
    notes = ("실험을 설계했다. 측정을 맡았어요! 왜 다른지 물었다?\n\n"
             "- 연표 정리 우수\n• 모둠장\n1. 발표함\n2) 보고서 작성\n① 질문함\n\n"
             "2025.03.~2025.07. 학급 회장. 3.5배 늘었다.")
    sentences = notes_sentences(notes)
    assert [s.text for s in sentences] == [
        "실험을 설계했다.", "측정을 맡았어요!", "왜 다른지 물었다?", "연표 정리 우수", "모둠장", "발표함", "보고서 작성",
        "질문함", "2025.03.~2025.07. 학급 회장.", "3.5배 늘었다."]
    assert [s.paragraph for s in sentences] == [0, 0, 0, 1, 1, 1, 1, 1, 2, 2]


def test_notes_without_blank_lines_have_one_paragraph_per_line():
    sentences = notes_sentences("역사 신문 만들기 모둠장\n근현대사 연표 정리 우수")
    assert [s.paragraph for s in sentences] == [0, 1]


def test_draft_split_keeps_parentheses_whole():
    text = "학급 회장(2025.03. ~ 2025.07.)으로 활동함. 회의를 이끎."
    assert draft_sentences(text) == ["학급 회장(2025.03. ~ 2025.07.)으로 활동함.", "회의를 이끎."]


def test_normalised_ignores_spaces_and_punctuation():
    assert normalised("회의를  이끎.") == normalised("회의를 이끎")


def test_utf16_offsets():
    assert utf16_slice("가나 다.", 3, 5) == "다."


NOTES = ("산화환원 단원 수행평가에서 전지 실험을 설계했다. 조원 4명 중 측정을 담당했다.\n\n"
         "발표할 때 목소리가 작아 뒷자리 학생들이 잘 듣지 못했다.\n\n"
         "수업 후 전지의 수명을 조사해 친구들과 자료를 공유했다.")


@pytest.fixture(scope="module")
def index(kiwi):
    return NotesIndex(kiwi, NOTES, ["목소리가 작아"])


def test_a_faithful_sentence_traces_to_its_source(kiwi, index):
    trace = index.trace(kiwi, "산화환원 단원 수행평가에서 전지 실험을 설계함.")
    assert trace.ok and trace.best.sources == (0,), trace.explain()


def test_two_adjacent_sentences_of_one_paragraph_may_merge(kiwi, index):
    trace = index.trace(kiwi, "산화환원 단원 수행평가에서 전지 실험을 설계하고 조원 4명 중 측정을 담당함.")
    assert trace.ok and trace.best.sources == (0, 1), trace.explain()


def test_a_splice_across_paragraphs_fails(kiwi, index):
    trace = index.trace(kiwi, "전지 실험을 설계하고 수명을 조사해 친구들과 자료를 공유하며 측정을 담당함.")
    assert not trace.ok, trace.explain()


def test_an_invented_competency_beside_a_fact_fails(kiwi, index):
    trace = index.trace(kiwi, "측정을 담당하며 뛰어난 창의적 사고력과 리더십, 협업 역량을 발휘함.")
    assert not trace.ok, trace.explain()
    # A competency named on its evidence is still the tool's judgement, not the notes'.
    claimed = index.trace(kiwi, "측정을 담당하며 탐구 역량을 보임.")
    assert not claimed.ok, claimed.explain()


def test_a_reframed_negative_may_add_framing_words_only(kiwi, index):
    ok = index.trace(kiwi, "발표할 때 뒷자리 학생들도 잘 들을 수 있도록 노력하는 모습을 보이며 성장이 기대됨.")
    assert ok.ok, ok.explain()
    assert set(ok.framing_used) <= FRAMING_LEMMAS
    invented = index.trace(kiwi, "발표할 때 자신감 있는 태도로 청중을 압도하며 성장이 기대됨.")
    assert not invented.ok, invented.explain()


def test_framing_words_are_not_free_for_a_positive_source(kiwi, index):
    trace = index.trace(kiwi, "수명을 조사하며 꾸준히 노력하는 모습을 보이고 성장이 기대됨.")
    assert not trace.ok, trace.explain()


def test_a_pure_closing_line_traces_to_nothing(kiwi, index):
    assert not index.trace(kiwi, "앞으로 더욱 성장할 것으로 기대됨.").ok


def test_recordable_sentences_leave_out_blocked_ones(index):
    assert index.recordable([]) == 4
    assert index.recordable(["목소리가 작아", "수명"]) == 2


def test_the_summary_counts_versions_checks_and_kinds():
    ledger = Ledger()
    ledger.ran_check("a", [1, 2, 3], "ending")
    ledger.ran_check("b", [1, 2, 3], "ending")
    ledger.fail("a", 2, "ending", "ending: ends in 다/EF", "«…했다.»")
    text = "\n".join(ledger.summary_lines())
    assert "version 1: 2/2 sets pass every check" in text
    assert "version 2: 1/2 sets pass every check" in text
    assert "1     1  ending: ends in 다/EF" in text


def test_a_sentence_in_three_sets_is_a_stock_line():
    seen = sets_per_sentence({
        "a": ["연표를 정리함. 앞으로의 성장이 기대됨.", "앞으로의 성장이 기대됨."],
        "b": ["실험을 설계함. 앞으로의  성장이 기대됨."],
        "c": ["앞으로의 성장이 기대됨"],
        "d": ["연표를 정리함."],
    })
    assert seen[normalised("앞으로의 성장이 기대됨.")] == {"a", "b", "c"}
    assert seen[normalised("연표를 정리함.")] == {"a", "d"}
