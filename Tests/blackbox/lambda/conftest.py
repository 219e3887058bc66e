"""Fixtures for the Lambda emulator black-box suite: the fixture template (Python handlers under
awslambdaric, a hand-written streaming runtime, the Swift RuntimeEcho) served by one `local-runtime`
per test module."""

import pytest

from lambda_support import FIXTURES, Stack, bin_dir, client


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    missing = [name for name in ("local-runtime", "RuntimeEcho") if not (bin_dir() / name).exists()]
    if missing:
        pytest.fail(f"{bin_dir()} lacks {missing}: run `swift build` first (scripts/test does)")
    running = Stack(FIXTURES / "template.yaml", tmp_path_factory.mktemp("lambda-stack"))
    running.wait_ready()
    yield running
    code = running.stop()
    assert code == 0, running.output()[-3000:]


@pytest.fixture(scope="module")
def lam(stack):
    return client("lambda", stack.endpoint)


@pytest.fixture(scope="module")
def sqs(stack):
    return client("sqs", stack.sqs_endpoint)
