"""The teacher page counts NEIS bytes in JavaScript (`neisBytes`) while the service counts them with
`NEISByteCounter` in Swift: two copies of one rule. The page's own function, run in Chromium on the
page as served, and `recordline bytes --json` (the Swift counter) must give the same count for every
string of a generated set: Hangul, jamo that NFC composes and jamo it leaves alone, Latin, digits,
punctuation, every kind of line end, emoji sequences, CJK in and beyond the BMP, characters NFC
rewrites, and random mixes of them all."""
import json
import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lambda"))
from lambda_support import bin_dir  # noqa: E402
# The page is served by a stack and opened in Chromium exactly as the page's own tests do.
from test_teacher_page import browser, stack  # noqa: E402,F401

SEED = 17
# Hangul 3, ASCII 1, CRLF one Enter, and NFC first: 가 + final ᆨ is 각, the ohm sign is Ω (2 bytes).
KNOWN = {"\r\n": 1, "가\u11a8": 3, "\u2126": 2, "😀": 4, "e\u0301": 2, "한글 abc\r\n": 11}


def pools() -> dict[str, list[str]]:
    rng = random.Random(SEED)
    span = lambda first, last, n: [chr(rng.randint(first, last)) for _ in range(n)]  # noqa: E731
    leading, vowels, trailing = range(0x1100, 0x1113), range(0x1161, 0x1176), range(0x11A8, 0x11C3)
    return {
        "hangul": span(0xAC00, 0xD7A3, 40),
        # Compatibility jamo (ㄱ, ㅏ) stay as they are under NFC.
        "compatibility jamo": span(0x3131, 0x318E, 20),
        # Conjoining jamo: a leading consonant and a vowel (and a final) compose into one syllable.
        "composing jamo": [chr(rng.choice(leading)) + chr(rng.choice(vowels)) + (chr(rng.choice(trailing)) if rng.random() < 0.5 else "")
                           for _ in range(20)],
        # A syllable without a final followed by a final jamo composes too (가 + ᆨ = 각).
        "syllable and final": [chr(0xAC00 + 28 * rng.randrange(399)) + chr(rng.choice(trailing)) for _ in range(10)],
        # Lone and archaic jamo NFC cannot compose.
        "lone jamo": span(0x1100, 0x11FF, 15) + span(0xA960, 0xA97C, 5) + span(0xD7B0, 0xD7C6, 5),
        "latin": list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        "digits": list("0123456789"),
        "ascii punctuation": list(" !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\t"),
        "other punctuation": list("·…「」『』《》〈〉、。※○●□■△▲→←↑↓∼～—–‘’“”·°±×÷©®§¶€£¥\u00a0"),
        "line ends": ["\n", "\r\n", "\r", "\r\r\n", "\n\r", "\r\n\r\n"],
        "emoji": ["😀", "👍🏽", "👨\u200d👩\u200d👧", "🇰🇷", "❤\ufe0f", "✅", "1\ufe0f\u20e3", "🧪", "📚", "☺"],
        "cjk": span(0x4E00, 0x9FFF, 15) + span(0x3400, 0x4DBF, 5) + span(0x20000, 0x2A6DF, 5),
        # Characters NFC rewrites: compatibility ideographs, the ohm and angstrom signs, decomposed accents.
        "rewritten by NFC": span(0xF900, 0xFA0D, 5) + ["\u2126", "\u212b", "e\u0301", "A\u030a", "n\u0303", "\u1e9b\u0323"],
        "two-byte": span(0x0391, 0x03C9, 5) + span(0x0410, 0x044F, 5) + ["é", "ü", "ß"],
        "fullwidth and halfwidth": span(0xFF01, 0xFF5E, 8) + span(0xFF66, 0xFF9D, 4),
    }


def generated_strings() -> list[str]:
    rng = random.Random(SEED + 1)
    groups = pools()
    texts = ["", *KNOWN]
    for pool in groups.values():
        texts += pool
        texts.append("".join(pool))
    everything = [piece for pool in groups.values() for piece in pool]
    for _ in range(300):
        texts.append("".join(rng.choice(everything) for _ in range(rng.randint(1, 40))))
    # Record-like text: sentences in 음슴체 with an English term, a number and line ends of both kinds.
    texts += ["수학 동아리에서 확률 단원 문제를 설명함.\r\n\r\n발표에서 π ≈ 3.14를 추정함.",
              "실험 결과 31.2℃에서 40% → 85%로 늘어남.\n『코스모스』를 읽음. (약 500자)"]
    return texts


def swift_counts(texts: list[str]) -> list[int]:
    result = subprocess.run([str(bin_dir() / "recordline"), "bytes", "--json"], input=json.dumps(texts).encode(),
                            capture_output=True, timeout=60, check=True)
    return json.loads(result.stdout)


def test_the_page_counts_bytes_as_the_swift_counter_does(stack, browser):  # noqa: F811
    texts = generated_strings()
    expected = swift_counts(texts)
    assert len(expected) == len(texts)
    # The generated set exercises what the two must agree on, not only ASCII.
    # Both sides are measured against a few counts known by hand, so agreeing on nonsense fails too.
    for text, count in KNOWN.items():
        assert expected[texts.index(text)] == count, f"{text!r}: Swift {expected[texts.index(text)]}, expected {count}"
    browser.get(stack.endpoint + "/index.html")
    assert browser.execute_script("return typeof neisBytes") == "function"
    counted = browser.execute_script("return arguments[0].map((text) => neisBytes(text))", texts)
    disagreements = [(text, swift, page) for text, swift, page in zip(texts, expected, counted) if swift != page]
    assert not disagreements, "\n".join(f"{text!r}: Swift {swift}, page {page}" for text, swift, page in disagreements[:20])
