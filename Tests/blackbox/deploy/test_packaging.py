"""scripts/package: one zip per function holding an executable `bootstrap` that starts, and without a
Runtime API fails cleanly (a message and a non-zero exit, no crash, no hang)."""
import os
import pathlib
import stat
import subprocess
import zipfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]
FUNCTIONS = ["api", "draft", "refine", "finalize"]


@pytest.fixture(scope="module")
def packages():
    result = subprocess.run([str(ROOT / "scripts" / "package")], cwd=ROOT, capture_output=True, text=True, timeout=3000)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return {name: ROOT / ".build" / "lambda" / f"{name}.zip" for name in FUNCTIONS}


@pytest.mark.parametrize("name", FUNCTIONS)
def test_zip_holds_an_executable_bootstrap(packages, name, tmp_path):
    with zipfile.ZipFile(packages[name]) as archive:
        assert archive.namelist() == ["bootstrap"]
        mode = archive.getinfo("bootstrap").external_attr >> 16
        assert mode & stat.S_IXUSR
        archive.extractall(tmp_path)
    bootstrap = tmp_path / "bootstrap"
    bootstrap.chmod(0o755)
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path)}
    result = subprocess.run([str(bootstrap)], capture_output=True, text=True, env=env, timeout=30)
    assert result.returncode != 0
    assert result.returncode < 128, "killed by a signal"
    assert "AWS_LAMBDA_RUNTIME_API" in result.stdout + result.stderr


@pytest.mark.parametrize("name", FUNCTIONS)
def test_bootstrap_reports_an_unreachable_runtime_api(packages, name, tmp_path):
    with zipfile.ZipFile(packages[name]) as archive:
        archive.extractall(tmp_path)
    bootstrap = tmp_path / "bootstrap"
    bootstrap.chmod(0o755)
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "AWS_LAMBDA_RUNTIME_API": "127.0.0.1:9",
           "AWS_LAMBDA_FUNCTION_NAME": name, "AWS_REGION": "us-east-1"}
    result = subprocess.run([str(bootstrap)], capture_output=True, text=True, env=env, timeout=60)
    assert 0 < result.returncode < 128
