"""Helpers of the end-to-end suites (a module of its own, not conftest, so tests import it unambiguously)."""
import subprocess


def redis_cli(url, *args) -> str:
    return subprocess.run(["redis-cli", "-u", url, *args], capture_output=True, text=True, timeout=30).stdout
