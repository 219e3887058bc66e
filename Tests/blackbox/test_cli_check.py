"""`recordline check` as teachers and scripts use it: every finding named, exit 1 when one blocks."""
import json
import subprocess


def run(bin_dir, *args, stdin: bytes = b""):
    return subprocess.run([str(bin_dir / "recordline"), "check", *args], input=stdin, capture_output=True, timeout=60)


def test_a_clean_record_passes_with_exit_zero(bin_dir):
    result = run(bin_dir, "--section", "club", stdin="실험 보고서를 모둠원과 나누어 작성함.\n".encode())
    assert result.returncode == 0, result.stderr
    assert "규칙 통과" in result.stdout.decode()


def test_forbidden_content_is_named_and_exits_one(bin_dir):
    text = "중간고사에서 98점을 받아 학년 1등을 함. 방학 중 미국 보스턴에서 열린 캠프에 참가함."
    result = run(bin_dir, "--section", "subject", "--subject", "역사", "--json", stdin=text.encode())
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    categories = {violation["category"] for violation in report["violations"]}
    assert {"exam_score", "overseas_activity"} <= categories, categories
    assert report["passes"] is False


def test_with_notes_a_paragraph_left_out_is_reported(bin_dir, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("전지 실험을 설계함.\n\n오차 원인을 그래프로 설명함.", encoding="utf-8")
    result = run(bin_dir, "--section", "subject", "--subject", "과학", "--notes-file", str(notes), stdin="전지 실험을 설계함.".encode())
    assert result.returncode == 1
    assert "[coverage]" in result.stdout.decode()


def test_bad_arguments_name_what_is_wrong(bin_dir, tmp_path):
    result = run(bin_dir, "--section", "bogus", stdin=b"x")
    assert result.returncode == 64 and b"unknown section" in result.stderr
    result = run(bin_dir, "--section", "club", str(tmp_path / "missing.txt"))
    assert result.returncode == 66 and b"cannot read" in result.stderr
    result = run(bin_dir, "--section", "club", stdin=b"\xff\xfe")
    assert result.returncode == 65 and b"not valid UTF-8" in result.stderr


def test_the_rule_year_sets_the_limit_the_text_is_checked_against(bin_dir):
    text = ("학급 회의에서 안건을 정리하고 친구들의 의견을 모아 발표함. " * 12).strip()
    result = run(bin_dir, "--section", "behavior", "--json", stdin=text.encode())
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["limitBytes"] == 900 and "byte_limit" in {v["category"] for v in report["violations"]}
    result = run(bin_dir, "--section", "behavior", "--rule-year", "2025", "--json", stdin=text.encode())
    report = json.loads(result.stdout)
    assert report["ruleYear"] == 2025 and report["limitBytes"] == 1500, report
    assert "byte_limit" not in {v["category"] for v in report["violations"]}
