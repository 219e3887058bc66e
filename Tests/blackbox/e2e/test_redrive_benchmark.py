"""The redrive benchmark, run small: every dead-lettered message comes back exactly once, by move task
and by send-then-delete, with progress lines."""
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lambda"))
from lambda_support import REPO, bin_dir  # noqa: E402


def test_a_redrive_loses_and_duplicates_nothing():
    result = subprocess.run([sys.executable, str(REPO / "Benchmarks" / "redrive" / "redrive_bench.py"), "--messages", "300",
                             "--bin-dir", str(bin_dir())], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("redrive ")]
    assert len(lines) == 2
    for line in lines:
        assert "counted back 300, lost 0, duplicated 0, left in the DLQ 0" in line
        assert int(re.search(r"(\d+) progress lines", line).group(1)) >= 1
