"""What the drafting fidelity suite measures, written independently of the product.

Everything here reads the notes and the drafts on its own terms: its own sentence splitting, its own
morphological analysis (Kiwi, `kiwipiepy`), its own notion of which notes sentence a draft sentence
comes from. Nothing is imported from or modelled on the engine's code, so an engine bug is not
mirrored by the test.
"""
from __future__ import annotations

import collections
import dataclasses
import json
import pathlib
import re
import unicodedata

NOTES_SETS = pathlib.Path(__file__).resolve().parent / "notes_sets.json"


def load_sets() -> list[dict]:
    return json.loads(NOTES_SETS.read_text(encoding="utf-8"))

# ── sentences ────────────────────────────────────────────────────────────────

# A bullet or number at the start of a notes line: "- ", "• ", "· ", "* ", "1. ", "2) ", "(3) ", "①".
BULLET = re.compile(r"^\s*(?:[-•·*▪◦‣→]|\d{1,2}[.)]|\(\d{1,2}\)|[\u2460-\u2473])\s*")
# A sentence ends at . ! ? 。 followed by white space (so 2025.03. and 3.5 stay whole).
NOTES_BOUNDARY = re.compile(r"(?<=[.!?。])\s+")
DRAFT_BOUNDARY = re.compile(r"(?<=\.)\s+")


@dataclasses.dataclass(frozen=True)
class NotesSentence:
    index: int
    paragraph: int
    text: str


def notes_paragraphs(notes: str) -> list[str]:
    """Blank lines separate paragraphs; notes with no blank line at all have one paragraph per line
    (the README's rule for notes)."""
    text = unicodedata.normalize("NFC", notes.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if re.search(r"\n[ \t]*\n", text):
        blocks = re.split(r"\n[ \t]*\n", text)
    else:
        blocks = text.split("\n")
    return [block.strip() for block in blocks if block.strip()]


def notes_sentences(notes: str) -> list[NotesSentence]:
    """Every notes sentence, numbered across the notes: lines (개조식 line breaks, bullets, numbered
    items) and sentence-final punctuation both end a sentence."""
    out: list[NotesSentence] = []
    for paragraph, block in enumerate(notes_paragraphs(notes)):
        for line in block.split("\n"):
            line = BULLET.sub("", line).strip()
            for piece in _rejoin(NOTES_BOUNDARY.split(line)):
                out.append(NotesSentence(len(out), paragraph, piece))
    return out


def draft_sentences(text: str) -> list[str]:
    """A draft is one paragraph; its sentences end with a period followed by a space (or the end),
    outside parentheses (so a period "(2025.03. ~ 2025.07.)" does not end a sentence)."""
    text = unicodedata.normalize("NFC", text).strip()
    return _rejoin(DRAFT_BOUNDARY.split(text))


DATE_END = re.compile(r"\d{4}\.\s?\d{1,2}\.$")


def _rejoin(pieces: list[str]) -> list[str]:
    """Glue back what a boundary split wrongly: a period inside parentheses, or after a date
    (2025.03. ~ 2025.07.)."""
    out: list[str] = []
    current = ""
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        current = f"{current} {piece}" if current else piece
        if current.count("(") <= current.count(")") and not DATE_END.search(current):
            out.append(current)
            current = ""
    if current:
        out.append(current)
    return out


def normalised(sentence: str) -> str:
    """A sentence for comparison across drafts: no spaces, no punctuation."""
    return re.sub(r"[\s.,·'\"「」『』()\[\]~!?]", "", unicodedata.normalize("NFC", sentence))


def utf16_slice(text: str, start: int, end: int) -> str:
    encoded = text.encode("utf-16-le")
    return encoded[2 * start:2 * end].decode("utf-16-le", errors="replace")


# ── 음슴체, confirmed by Kiwi ──────────────────────────────────────────────────
#
# What Kiwi 0.24 outputs for the endings a 생기부 sentence uses (printed while writing this suite):
#   작성함.  → 작성/NNG 하/XSV ᆷ/ETN       성실한 학생임. → 이/VCP ᆷ/ETN      선정됨. → 되/XSV ᆷ/ETN
#   만듦.    → 만들/VV ᆷ/ETN               이끎.         → 이끌/VV ᆷ/ETN     있음.  → 있/VV 음/ETN
#   깨달음.  → 깨닫/VV-I 음/ETN            지음.         → 짓/VV-I 음/ETN    돋보임. → 돋보이/VV ᆷ/ETN
#   참여함.  → 하/XSV ᆷ/EF   (the same -ㅁ, tagged as a final ending when the sentence is short)
#   기대됨.  → 되/XSV ᆷ/EF (in "…할 것으로 기대됨.")   설계하였음. → 었/EP 음/EF   탐구 중임. → 이/VCP ᆷ/EF
#   도움.    → 도움/NNG   (lexicalised noun; the 2nd/3rd analyses are 돕/VV-I 음/ETN)
#   가르침.  → 가르치/VV ᆷ/ETN (a lexicalised 가르침/NNG only as the 2nd analysis)
#   작성했다. → 었/EP 다/EF   작성해요. → 어요/EF   작성합니다. → ᆸ니다/EF   다양한 관점에서 탐구. → 탐구/NNG
#   모둠 활동의 중심. → 중심/NNG (final ㅁ, but no analysis has a nominal ending: a bare noun)
# The rule: the last morpheme before the final period is the nominal ending -ㅁ/-음, tagged ETN or
# (same form) EF; or the best analysis ends in a noun whose last syllable has ㅁ/ㄻ and one of the
# top three analyses reads it as a predicate + ETN/EF -ㅁ/-음 (도움, 가르침, 어려움).
NOMINAL_FORMS = {"ᆷ", "음", "ㅁ"}
NOMINAL_TAGS = {"ETN", "EF"}
PREDICATE_TAGS = {"VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA", "EP"}
TRAILING_TAGS = {"SF", "SP", "SS", "SSO", "SSC", "SE", "SO"}
UNPARSEABLE_TAGS = {"UN", "SW"}
# A sentence whose first word is a bare particle is a spliced fragment ("으로 매주 … 진행함."); Kiwi
# has no sensible analysis for it (으로 → 으/NNG 로/JKB, 를 → 르/NNG ᆯ/JKO).
BARE_PARTICLES = {"으로", "로", "으로서", "로서", "을", "를", "가", "은", "는", "에", "에서", "에게", "와", "과",
                  "의", "도", "만", "하며", "하고", "하여", "및"}


def base_tag(tag: str) -> str:
    return tag.split("-")[0]


def _core(tokens):
    core = list(tokens)
    while core and base_tag(core[-1].tag) in TRAILING_TAGS:
        core.pop()
    return core


def _ends_nominal(tokens) -> bool:
    core = _core(tokens)
    if len(core) < 2:
        return False
    last, before = core[-1], core[-2]
    return last.tag in NOMINAL_TAGS and last.form in NOMINAL_FORMS and base_tag(before.tag) in PREDICATE_TAGS


def has_final_m(syllable: str) -> bool:
    code = ord(syllable) - 0xAC00
    return 0 <= code < 11172 and code % 28 in (16, 10)  # ㅁ, ㄻ


@dataclasses.dataclass
class EndingVerdict:
    ok: bool
    why: str
    morphemes: str


def check_ending(kiwi, sentence: str) -> EndingVerdict:
    """Is this draft sentence in 음슴체, as Kiwi reads it? Also flags what Kiwi cannot parse."""
    analyses = kiwi.analyze(sentence, top_n=3)
    best = analyses[0][0]
    shown = " ".join(f"{t.form}/{t.tag}" for t in best)
    if not sentence.endswith("."):
        return EndingVerdict(False, "no final period", shown)
    strange = [t for t in best if base_tag(t.tag) in UNPARSEABLE_TAGS or t.oov]
    words = [t for t in best if base_tag(t.tag) not in TRAILING_TAGS]
    if len(strange) >= 2 and len(strange) * 4 >= len(words):
        return EndingVerdict(False, f"Kiwi cannot parse it ({len(strange)} of {len(words)} morphemes unknown)", shown)
    first_word = sentence.split()[0].strip("\"'")
    if best and (base_tag(best[0].tag)[:1] in {"J", "E"} or base_tag(best[0].tag) in {"XSV", "XSA", "XSN", "SSC", "SO"}
                 or first_word in BARE_PARTICLES):
        return EndingVerdict(False, "a fragment: it begins with a particle, ending or closing bracket", shown)
    if _ends_nominal(best):
        return EndingVerdict(True, "", shown)
    core = _core(best)
    if not core:
        return EndingVerdict(False, "no words", shown)
    last = core[-1]
    if base_tag(last.tag) in {"NNG", "NNP"} and has_final_m(last.form[-1]):
        if any(_ends_nominal(tokens) for tokens, _ in analyses[1:]):
            return EndingVerdict(True, "", shown)
    return EndingVerdict(False, f"ends in {last.form}/{last.tag}, not a nominal ending -ㅁ/-음", shown)


# ── content lemmas and traceability ───────────────────────────────────────────

CONTENT_TAGS = {"NNG", "NNP", "NR", "SN", "SL", "VV", "VA", "XR"}
# Light verbs carry no content of their own.
LIGHT_VERBS = {"하", "되", "있", "없", "않", "같", "이러하", "그러하", "어떠하"}
# The closed set of framing lemmas a reframed negative observation may add (an effort, an
# expectation): 기대 성장 보완 노력 발전 기르 습관 모습 태도 보이 가능성 앞 향후.
# 더욱, 꾸준히, 점차 are adverbs (MAG) and never count as content anyway.
FRAMING_LEMMAS = frozenset({"기대", "성장", "보완", "노력", "발전", "기르", "습관", "모습", "태도", "보이", "가능성", "앞", "향후", "크", "단계", "차근차근", "조금씩"})
# Words that mark a notes sentence as a negative observation (besides the set's own `negatives`).
NEGATIVE_MARKERS = re.compile(
    r"지각|졸 |졸았|졸음|조는|늦|작아|작음|작은|다툼|다투|다툰|말다툼|소극|부족|미흡|못|않|산만|장난|지적|어려워|깨뜨|"
    r"비워|빠지|게으|불성실|휴대폰|지도받|조용하지만")
THRESHOLD = 0.70
# The closing expectation for a shortcoming with no recorded change ("… 보완한다면 더욱 성장할 것으로 기대됨.").
EXPECTATION = re.compile(r"보완.*기대됨\.?$")


@dataclasses.dataclass(frozen=True)
class Lemma:
    form: str
    tag: str


def content_lemmas(kiwi, text: str) -> list[Lemma]:
    tokens = kiwi.tokenize(text)
    out: list[Lemma] = []
    for i, token in enumerate(tokens):
        tag = base_tag(token.tag)
        following = base_tag(tokens[i + 1].tag) if i + 1 < len(tokens) else ""
        root_of_hada = following in {"XSV", "XSA"} and tag in {"NNG", "XR", "MAG", "NNP"}
        if tag not in CONTENT_TAGS and not root_of_hada:
            continue
        form = token.form.lower() if tag == "SL" else token.form
        if tag in {"VV", "VA"} and form in LIGHT_VERBS:
            continue
        out.append(Lemma(form, "N" if tag not in {"VV", "VA"} else "V"))
    return out


@dataclasses.dataclass
class Candidate:
    sources: tuple[int, ...]
    text: str
    lemmas: frozenset[str]
    negative: bool


@dataclasses.dataclass
class Trace:
    sentence: str
    lemmas: list[str]
    score: float
    best: Candidate | None
    covered: list[str]
    missing: list[str]
    framing_used: list[str]

    @property
    def ok(self) -> bool:
        return self.best is not None and self.score >= THRESHOLD

    def explain(self) -> str:
        if self.best is None:
            return f"no content lemma to trace (lemmas: {self.lemmas})"
        return (f"best source {list(self.best.sources)} {self.best.text!r} covers {self.score:.0%} "
                f"of {sorted(set(self.lemmas))}; missing {self.missing}"
                + (f"; framing allowed for a negative source: {self.framing_used}" if self.framing_used else ""))


class NotesIndex:
    """The notes as candidate sources: each sentence, and each adjacent pair in one paragraph."""

    def __init__(self, kiwi, notes: str, negatives: list[str], sentences: list[NotesSentence] | None = None):
        """`sentences` replaces this suite's own split, e.g. to score the product's numbering."""
        self.sentences = sentences if sentences is not None else notes_sentences(notes)
        self.lemmas = [frozenset(l.form for l in content_lemmas(kiwi, s.text)) for s in self.sentences]
        self.compact = [re.sub(r"\s", "", s.text).lower() for s in self.sentences]
        self.negative = negative = [bool(NEGATIVE_MARKERS.search(s.text)) or any(n in s.text for n in negatives)
                                    for s in self.sentences]
        self.candidates: list[Candidate] = []
        for i, sentence in enumerate(self.sentences):
            self.candidates.append(Candidate((i,), sentence.text, self.lemmas[i], negative[i]))
            if i + 1 < len(self.sentences) and self.sentences[i + 1].paragraph == sentence.paragraph:
                self.candidates.append(Candidate(
                    (i, i + 1), sentence.text + " " + self.sentences[i + 1].text,
                    self.lemmas[i] | self.lemmas[i + 1], negative[i] or negative[i + 1]))

    def _present(self, lemma: str, candidate: Candidate) -> bool:
        if lemma in candidate.lemmas:
            return True
        # Kiwi may split a compound differently in the notes and in the draft (모둠장 / 모둠+장):
        # a lemma spelled out in the source text counts as present.
        return any(lemma.lower() in self.compact[i] for i in candidate.sources)

    def score(self, lemmas: list[str], candidate: Candidate, expectation: bool = False) -> tuple[float, list[str], list[str], list[str]]:
        wanted = sorted(set(lemmas))
        framing: list[str] = []
        # No draft names a competency: a competency's words are content like any other, and count
        # against a sentence whose notes do not say them.
        allowed = FRAMING_LEMMAS if candidate.negative else frozenset()
        if candidate.negative and expectation:
            # An expectation names what the student can grow in (발표 전달력, 갈등 조정) in words of its
            # own, not the notes' (목소리가 작아, 말다툼): it states no fact, so a negative observation
            # is all it needs as its source.
            return 1.0, [], [], wanted
        if allowed:
            framing = [l for l in wanted if l in allowed and not self._present(l, candidate)]
            wanted = [l for l in wanted if l not in framing]
        if not wanted:
            return 0.0, [], [], framing
        covered = [l for l in wanted if self._present(l, candidate)]
        missing = [l for l in wanted if l not in covered]
        return len(covered) / len(wanted), covered, missing, framing

    def trace(self, kiwi, sentence: str) -> Trace:
        lemmas = [l.form for l in content_lemmas(kiwi, sentence)]
        best = Trace(sentence, lemmas, 0.0, None, [], sorted(set(lemmas)), [])
        if not lemmas:
            return best
        expectation = bool(EXPECTATION.search(sentence.strip()))
        for candidate in self.candidates:
            score, covered, missing, framing = self.score(lemmas, candidate, expectation)
            # a single sentence wins a tie with a pair
            if score > best.score + 1e-9:
                best = Trace(sentence, lemmas, score, candidate, covered, missing, framing)
        return best

    def support(self, kiwi, sentence: str, sources: list[int]) -> float:
        """How well the given notes sentences support a draft sentence, by this suite's measure."""
        lemmas = [l.form for l in content_lemmas(kiwi, sentence)]
        if not lemmas or not sources or any(i >= len(self.sentences) for i in sources):
            return 0.0
        candidate = Candidate(tuple(sources), " ".join(self.sentences[i].text for i in sources),
                              frozenset().union(*(self.lemmas[i] for i in sources)),
                              any(self.negative[i] for i in sources))
        return self.score(lemmas, candidate, bool(EXPECTATION.search(sentence.strip())))[0]

    def recordable(self, blocked: list[str]) -> int:
        """Notes sentences with content that no rule keeps out (no forbidden string, no instruction)."""
        return sum(1 for s, lemmas in zip(self.sentences, self.lemmas)
                   if lemmas and not any(b in s.text for b in blocked))


def sets_per_sentence(texts_by_set: dict[str, list[str]]) -> dict[str, set[str]]:
    """Normalised draft sentence → the sets whose drafts hold it; held by 3 or more, it is a stock line."""
    seen: dict[str, set[str]] = collections.defaultdict(set)
    for name, texts in texts_by_set.items():
        for text in texts:
            for sentence in draft_sentences(text):
                seen[normalised(sentence)].add(name)
    return seen


STOCK_SETS = 3


# ── results, for the summary ─────────────────────────────────────────────────

CHECKS = ("passes", "forbidden", "ending", "trace", "stock", "distinct", "report_sources")


class Ledger:
    """Which (set, version, check) ran and what failed, for the end-of-run summary."""

    def __init__(self):
        self.ran: set[tuple[str, int, str]] = set()
        self.failures: dict[tuple[str, int, str], list[tuple[str, str]]] = collections.defaultdict(list)

    def ran_check(self, name: str, versions, check: str):
        for version in versions:
            self.ran.add((name, version, check))

    def fail(self, name: str, version: int, check: str, kind: str, message: str):
        self.failures[(name, version, check)].append((kind, message))

    def summary_lines(self) -> list[str]:
        if not self.ran:
            return []
        sets = sorted({name for name, _, _ in self.ran})
        lines = [f"drafting fidelity: {len(sets)} sets"]
        for version in (1, 2, 3):
            ran = [n for n in sets if any((n, version, c) in self.ran for c in CHECKS)]
            clean = [n for n in ran if not any((n, version, c) in self.failures for c in CHECKS)]
            lines.append(f"  version {version}: {len(clean)}/{len(ran)} sets pass every check")
        lines.append("  per check (sets failing in v1 / v2 / v3, of sets checked):")
        for check in CHECKS:
            counts = []
            checked = 0
            for version in (1, 2, 3):
                ran = [n for n in sets if (n, version, check) in self.ran]
                checked = max(checked, len(ran))
                counts.append(sum(1 for n in ran if (n, version, check) in self.failures))
            if checked:
                lines.append(f"    {check:<15} {counts[0]:>3} / {counts[1]:>3} / {counts[2]:>3}   of {checked}")
        occurrences = collections.Counter(kind for entries in self.failures.values() for kind, _ in entries)
        versions = collections.Counter(kind for (name, version, _), entries in self.failures.items()
                                       for kind in {k for k, _ in entries})
        if versions:
            lines.append("  top failure kinds (set-versions hit, occurrences):")
            for kind, count in versions.most_common(12):
                lines.append(f"    {count:>4} {occurrences[kind]:>5}  {kind}")
        return lines


LEDGER = Ledger()
