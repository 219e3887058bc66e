"""Shared fixtures for the black-box suites: where the built executables are."""
import os
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def bin_dir() -> pathlib.Path:
    """Directory of the built products (`swift build` output); RECORDLINE_BIN_DIR overrides."""
    path = pathlib.Path(os.environ.get("RECORDLINE_BIN_DIR", ROOT / ".build" / "debug"))
    if not (path / "recordline").exists():
        pytest.fail(f"{path}/recordline is missing: run `swift build` first (scripts/test does)")
    return path
