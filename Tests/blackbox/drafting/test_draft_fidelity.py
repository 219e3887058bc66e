"""Acceptance test of what a draft may say (ARCHITECTURE.md, "What a draft may say"), black-box.

For every set of teacher notes in notes_sets.json, `recordline draft --json` runs once and each of
the three versions must:
1. pass its own rule report;
2. contain no forbidden string, no raw negative phrase and no instruction text from the notes;
3. be 음슴체 as an independent analyser (Kiwi) reads it, sentence by sentence;
4. be traceable: each sentence maps to ONE notes sentence (or two adjacent ones of one paragraph),
   ≥ 70 % of its content lemmas found there; a reframed negative observation may add only the closed
   set of framing lemmas in fidelity_support.FRAMING_LEMMAS;
5. hold no stock line (a sentence in the drafts of 3 or more sets): the same notes sentence may be
   stated in several versions, since the versions differ by what they select and how they order it;
6. differ from the other versions.
Where the report says which notes sentences each draft sentence comes from (`sentences`), that
claim must agree with this suite's own measure.
"""
import pytest

from fidelity_support import (
    LEDGER,
    THRESHOLD,
    NotesIndex,
    STOCK_SETS,
    NotesSentence,
    check_ending,
    draft_sentences,
    load_sets,
    normalised,
    sets_per_sentence,
    utf16_slice,
)

SETS = load_sets()
NAMES = [s["name"] for s in SETS]
BY_NAME = {s["name"]: s for s in SETS}
SECTIONS = {"subject", "autonomous", "club", "career", "behavior"}


def versions_of(drafts, name):
    run = drafts[name]
    if run.returncode != 0 or len(run.versions) != 3:
        for version in (1, 2, 3):
            LEDGER.fail(name, version, "passes", f"cli exit {run.returncode}", run.stderr.strip()[:200])
        pytest.fail(f"[{name}] recordline draft exited {run.returncode}, {len(run.versions)} versions: {run.stderr.strip()}")
    return run.versions


def finish(name, check, versions, problems):
    """Record what failed for the summary, then fail with every problem listed."""
    LEDGER.ran_check(name, [v["version"] for v in versions], check)
    for version, kind, message in problems:
        LEDGER.fail(name, version, check, kind, message)
    if problems:
        pytest.fail(f"[{name}] {len(problems)} problem(s):\n" + "\n".join(f"  v{v}: {m}" for v, _, m in problems))


def sentence_with(text, needle):
    for sentence in draft_sentences(text):
        if needle in sentence:
            return sentence
    return text


@pytest.fixture(scope="session")
def notes_indexes(kiwi):
    return {s["name"]: NotesIndex(kiwi, s["notes"], s["negatives"]) for s in SETS}


def recordable(index, notes_set):
    # Outside 행동특성 a sentence with a shortcoming is left out (only 행특 closes with an expectation):
    # it gives a version nothing to differ by.
    shortcomings = notes_set["negatives"] if notes_set["section"] != "behavior" else []
    return index.recordable(notes_set["mustNotContain"] + notes_set["instructions"] + shortcomings)


# ── the data itself ──────────────────────────────────────────────────────────

def test_notes_sets_are_well_formed():
    assert len(SETS) >= 44
    assert len(set(NAMES)) == len(NAMES), "set names must be unique"
    assert {s["section"] for s in SETS} == SECTIONS
    for s in SETS:
        assert set(s) <= {"name", "section", "subject", "style", "notes", "forbid", "studentNames", "mustNotContain", "negatives", "instructions"}, s["name"]
        assert (s["section"] == "subject") == bool(s.get("subject")), s["name"]
        for field in ("negatives", "instructions", "forbid"):
            for phrase in s.get(field, []):
                assert phrase in s["notes"], f"[{s['name']}] {field} phrase {phrase!r} is not in the notes"
        for term in s["mustNotContain"]:
            assert term in s["notes"], f"[{s['name']}] mustNotContain {term!r} is not in the notes"


# ── per set ──────────────────────────────────────────────────────────────────

@pytest.mark.parametrize("name", NAMES)
def test_report_passes(drafts, name):
    versions = versions_of(drafts, name)
    problems = []
    for v in versions:
        report = v["report"]
        if report.get("passes") is not True:
            blocking = [x for x in report.get("violations", []) if x.get("severity") == "block"] or report.get("violations", [])
            for violation in blocking or [{}]:
                problems.append((v["version"], f"report: {violation.get('category', 'passes false')}",
                                 f"report.passes is false: {violation.get('category')} «{violation.get('excerpt')}» {violation.get('reason', '')}"))
    finish(name, "passes", versions, problems)


@pytest.mark.parametrize("name", NAMES)
def test_nothing_forbidden_negative_or_instructed_leaks(drafts, name):
    notes_set = BY_NAME[name]
    versions = versions_of(drafts, name)
    problems = []
    for v in versions:
        for field, kind in (("mustNotContain", "leak: forbidden string"), ("negatives", "leak: raw negative"),
                            ("instructions", "leak: instruction text")):
            for phrase in notes_set[field]:
                if phrase in v["text"]:
                    problems.append((v["version"], kind, f"{field} {phrase!r} in «{sentence_with(v['text'], phrase)}»"))
    finish(name, "forbidden", versions, problems)


@pytest.mark.parametrize("name", NAMES)
def test_every_sentence_is_eumseumche_by_kiwi(drafts, kiwi, name):
    versions = versions_of(drafts, name)
    problems = []
    for v in versions:
        for sentence in draft_sentences(v["text"]):
            verdict = check_ending(kiwi, sentence)
            if not verdict.ok:
                kind = "ending: " + (verdict.why.split(",")[0] if verdict.why.startswith("ends in") else verdict.why.split(" (")[0])
                problems.append((v["version"], kind, f"«{sentence}» {verdict.why} [{verdict.morphemes}]"))
    finish(name, "ending", versions, problems)


@pytest.mark.parametrize("name", NAMES)
def test_every_sentence_traces_to_one_notes_sentence(drafts, kiwi, notes_indexes, name):
    versions = versions_of(drafts, name)
    index = notes_indexes[name]
    problems = []
    for v in versions:
        for sentence in draft_sentences(v["text"]):
            trace = index.trace(kiwi, sentence)
            if not trace.ok:
                kind = "trace: no content" if trace.best is None else f"trace: below {THRESHOLD:.0%} of one source"
                problems.append((v["version"], kind, f"«{sentence}» {trace.explain()}"))
    finish(name, "trace", versions, problems)


@pytest.fixture(scope="session")
def sentence_sets(drafts):
    return sets_per_sentence({name: [v["text"] for v in run.versions] for name, run in drafts.items()})


@pytest.mark.parametrize("name", NAMES)
def test_no_stock_sentence(drafts, sentence_sets, notes_indexes, name):
    versions = versions_of(drafts, name)
    problems = []
    for v in versions:
        for sentence in draft_sentences(v["text"]):
            sets = sentence_sets[normalised(sentence)]
            if len(sets) >= STOCK_SETS:
                others = sorted(sets - {name})
                problems.append((v["version"], "stock line (in 3+ sets)",
                                 f"«{sentence}» is a stock line: also in {len(others)} other sets ({', '.join(others[:4])}…)"))
    finish(name, "stock", versions, problems)


@pytest.mark.parametrize("name", NAMES)
def test_versions_differ(drafts, notes_indexes, name):
    versions = versions_of(drafts, name)
    problems = []
    if recordable(notes_indexes[name], BY_NAME[name]) > 1:
        for a in range(3):
            for b in range(a + 1, 3):
                if normalised(versions[a]["text"]) == normalised(versions[b]["text"]):
                    for version in (a + 1, b + 1):
                        problems.append((version, "identical versions", f"v{a + 1} and v{b + 1} are identical: «{versions[a]['text']}»"))
    finish(name, "distinct", versions, problems)


@pytest.mark.parametrize("name", NAMES)
def test_report_sentences_agree_with_own_mapping(drafts, kiwi, notes_indexes, name):
    versions = versions_of(drafts, name)
    if not any("sentences" in v["report"] for v in versions):
        pytest.skip("the report has no `sentences` yet")
    notes_set = BY_NAME[name]
    product_notes = (drafts[name].output or {}).get("notes")
    if product_notes:
        # Score the report's claims against the product's own numbering of the notes.
        numbered = [NotesSentence(n["index"], n["paragraph"], n["text"]) for n in product_notes]
        claimed = NotesIndex(kiwi, notes_set["notes"], notes_set["negatives"], sentences=numbered)
    else:
        claimed = notes_indexes[name]
    own = notes_indexes[name]
    problems = []
    for v in versions:
        entries = v["report"].get("sentences")
        if entries is None:
            problems.append((v["version"], "report: no sentences", "this version's report has no `sentences`"))
            continue
        by_text = {}
        for entry in entries:
            span = utf16_slice(v["text"], entry["span"]["start"], entry["span"]["end"]).strip()
            by_text.setdefault(span, []).append(entry["sources"])
        for sentence in draft_sentences(v["text"]):
            claims = by_text.get(sentence)
            if claims is None:
                problems.append((v["version"], "report: sentence without a span", f"«{sentence}» has no span in report.sentences"))
                continue
            sources = claims[0]
            mine = own.trace(kiwi, sentence)
            if not sources:
                if mine.ok:
                    problems.append((v["version"], "report: no source, but traceable",
                                     f"«{sentence}» report names no source; this suite maps it: {mine.explain()}"))
                continue
            paragraphs = [claimed.sentences[i].paragraph for i in sources if i < len(claimed.sentences)]
            if len(sources) > 2 or len(paragraphs) != len(sources) or (
                    len(sources) == 2 and (sources[1] - sources[0] != 1 or paragraphs[0] != paragraphs[1])):
                problems.append((v["version"], "report: sources not one or two adjacent",
                                 f"«{sentence}» report sources {sources} (paragraphs {paragraphs})"))
                continue
            support = claimed.support(kiwi, sentence, sources)
            # Agreement: the claimed sources support the sentence by this suite's measure, or they
            # overlap the source(s) this suite maps it to (the same notes sentence by its text).
            own_texts = {normalised(own.sentences[i].text) for i in mine.best.sources} if mine.ok else set()
            claimed_texts = {normalised(claimed.sentences[i].text) for i in sources}
            if support < THRESHOLD and not own_texts & claimed_texts:
                texts = [claimed.sentences[i].text for i in sources]
                problems.append((v["version"], "report: claimed source does not support it",
                                 f"«{sentence}» report sources {sources} {texts} cover {support:.0%}; this suite: {mine.explain()}"))
    finish(name, "report_sources", versions, problems)
