"""`recordline draft` as teachers and scripts use it: three drafts, JSON for scripts, clear errors."""
import json
import subprocess

NOTES = (
    "산화환원 단원 수행평가에서 전지 실험을 설계함. 조원 4명 중 측정을 담당함.\n\n"
    "결과 발표 때 오차 원인을 그래프로 설명했다. 토플 110점을 받음."
)


def run(bin_dir, *args, stdin: bytes = b""):
    return subprocess.run([str(bin_dir / "recordline"), "draft", *args], input=stdin, capture_output=True, timeout=60)


def test_json_output_has_three_passing_versions(bin_dir):
    result = run(bin_dir, "--section", "subject", "--subject", "과학", "--json", stdin=NOTES.encode())
    assert result.returncode == 0, result.stderr
    versions = json.loads(result.stdout)["versions"]
    assert [v["version"] for v in versions] == [1, 2, 3]
    for version in versions:
        assert set(version) == {"version", "text", "bytes", "report"}
        assert version["report"]["passes"] is True
        assert version["bytes"] <= 1500
        assert "토플" not in version["text"]
        assert version["text"].endswith(".")


def test_reads_a_file_and_prints_a_human_readable_summary(bin_dir, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES, encoding="utf-8")
    result = run(bin_dir, "--section", "subject", "--subject", "과학", "--target-bytes", "600", str(notes))
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert out.count("── 초안") == 3
    assert "/600 바이트" in out


def test_target_bytes_is_honoured(bin_dir):
    result = run(bin_dir, "--section", "subject", "--subject", "과학", "--target-bytes", "120", "--json", stdin=NOTES.encode())
    assert result.returncode == 0, result.stderr
    for version in json.loads(result.stdout)["versions"]:
        assert version["bytes"] <= 120


def test_extra_forbidden_terms_are_removed(bin_dir):
    notes = "한빛고 과학 동아리에서 수질을 측정함.\n\n측정 결과를 그래프로 정리해 발표함."
    result = run(bin_dir, "--section", "club", "--forbid", "한빛고", "--json", stdin=notes.encode())
    assert result.returncode == 0, result.stderr
    assert all("한빛고" not in v["text"] for v in json.loads(result.stdout)["versions"])


def assert_fails(result, *words):
    assert result.returncode != 0
    message = result.stderr.decode()
    for word in words:
        assert word in message, message
    assert result.stdout == b""


def test_empty_notes_are_refused(bin_dir):
    assert_fails(run(bin_dir, "--section", "club", stdin=b"  \n\n "), "activities", "empty")


def test_unknown_section_is_refused_naming_the_valid_ones(bin_dir):
    assert_fails(run(bin_dir, "--section", "math", stdin=NOTES.encode()), "section", "subject, autonomous, club, career, behavior")


def test_target_above_the_section_limit_is_refused(bin_dir):
    assert_fails(run(bin_dir, "--section", "behavior", "--target-bytes", "1000", stdin=NOTES.encode()), "targetBytes", "900")


def test_subject_section_needs_a_subject(bin_dir):
    assert_fails(run(bin_dir, "--section", "subject", stdin=NOTES.encode()), "subject")


def test_notes_over_twenty_thousand_characters_are_refused(bin_dir):
    assert_fails(run(bin_dir, "--section", "club", stdin=("가" * 20_001).encode()), "20000")


def test_invalid_utf8_is_refused(bin_dir):
    result = run(bin_dir, "--section", "club", stdin=b"\xff\xfe\x00 notes")
    assert result.returncode == 65
    assert b"UTF-8" in result.stderr


def test_missing_file_is_refused(bin_dir, tmp_path):
    result = run(bin_dir, "--section", "club", str(tmp_path / "absent.txt"))
    assert result.returncode == 66
    assert b"cannot read" in result.stderr


def test_notes_with_nothing_recordable_exit_with_a_reason(bin_dir):
    result = run(bin_dir, "--section", "club", stdin="교외 수학 올림피아드 은상. 토플 110점.".encode())
    assert result.returncode == 3
    assert "기재" in result.stderr.decode()


def test_the_2025_rules_give_behavior_its_old_limit(bin_dir):
    assert_fails(run(bin_dir, "--section", "behavior", "--target-bytes", "1500", stdin=NOTES.encode()), "targetBytes", "900")
    result = run(bin_dir, "--section", "behavior", "--rule-year", "2025", "--target-bytes", "1500", "--json", stdin=NOTES.encode())
    assert result.returncode == 0, result.stderr
    for version in json.loads(result.stdout)["versions"]:
        assert version["report"]["ruleYear"] == 2025 and version["report"]["targetBytes"] == 1500
    assert_fails(run(bin_dir, "--section", "club", "--rule-year", "2024", stdin=NOTES.encode()), "ruleYear", "2025, 2026")


def test_part_two_of_a_common_subject_fits_what_part_one_leaves(bin_dir, tmp_path):
    part1 = tmp_path / "part1.txt"
    part1.write_text("가" * 300, encoding="utf-8")  # 900 bytes of the 1500 공통국어1·2 share
    result = run(bin_dir, "--section", "subject", "--subject", "공통국어2", "--part1-file", str(part1), "--json", stdin=NOTES.encode())
    assert result.returncode == 0, result.stderr
    for version in json.loads(result.stdout)["versions"]:
        report = version["report"]
        assert (report["limitBytes"], report["part1Bytes"], report["targetBytes"]) == (1500, 900, 600)
        assert version["bytes"] <= 600
    part1.write_text("가" * 501, encoding="utf-8")
    assert_fails(run(bin_dir, "--section", "subject", "--subject", "공통국어2", "--part1-file", str(part1), stdin=NOTES.encode()),
                 "part1Text", "1503 bytes", "nothing remains for 공통국어2")
    part1.write_text("가", encoding="utf-8")
    assert_fails(run(bin_dir, "--section", "subject", "--subject", "과학", "--part1-file", str(part1), stdin=NOTES.encode()),
                 "part1Text", "is not a 공통과목")
