"""The Lambda packages, built once for the deploy suites by the real `scripts/package`."""
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]
FUNCTIONS = ["api", "draft", "refine", "finalize"]


@pytest.fixture(scope="session")
def packages():
    result = subprocess.run([str(ROOT / "scripts" / "package")], cwd=ROOT, capture_output=True, text=True, timeout=3000)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return {name: ROOT / ".build" / "lambda" / f"{name}.zip" for name in FUNCTIONS}
