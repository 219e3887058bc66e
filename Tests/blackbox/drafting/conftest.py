"""The drafting fidelity suite: the notes sets, one `recordline draft --json` run per set, one Kiwi
for the whole session, and a summary of what failed at the end of the run."""
import json
import pathlib
import subprocess
import sys

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from fidelity_support import LEDGER, load_sets  # noqa: E402


@pytest.fixture(scope="session")
def kiwi():
    try:
        import kiwipiepy
    except ImportError:
        pytest.fail("kiwipiepy is missing: pip install -r Tests/requirements.txt (scripts/setup does)")
    return kiwipiepy.Kiwi()


class DraftRun:
    def __init__(self, notes_set: dict, returncode: int, stdout: bytes, stderr: bytes):
        self.set = notes_set
        self.returncode = returncode
        self.stderr = stderr.decode("utf-8", errors="replace")
        self.output = json.loads(stdout) if returncode == 0 and stdout.strip() else None

    @property
    def versions(self) -> list[dict]:
        return self.output["versions"] if self.output else []


def run_draft(bin_dir: pathlib.Path, notes_set: dict) -> DraftRun:
    args = [str(bin_dir / "recordline"), "draft", "--section", notes_set["section"], "--json"]
    if notes_set.get("subject"):
        args += ["--subject", notes_set["subject"]]
    for term in notes_set.get("forbid", []):
        args += ["--forbid", term]
    for name in notes_set.get("studentNames", []):
        args += ["--student-name", name]
    result = subprocess.run(args, input=notes_set["notes"].encode("utf-8"), capture_output=True, timeout=120)
    return DraftRun(notes_set, result.returncode, result.stdout, result.stderr)


@pytest.fixture(scope="session")
def drafts(bin_dir) -> dict[str, DraftRun]:
    """Every set drafted once: the stock-line check compares drafts across sets."""
    return {notes_set["name"]: run_draft(bin_dir, notes_set) for notes_set in load_sets()}


def pytest_terminal_summary(terminalreporter):
    lines = LEDGER.summary_lines()
    if lines:
        terminalreporter.section("drafting fidelity summary")
        for line in lines:
            terminalreporter.write_line(line)
