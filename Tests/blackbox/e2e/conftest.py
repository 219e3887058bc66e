"""The end-to-end suites' own Redis: a real redis-server on a free loopback port, handed to the stack,
so the tests can read what the stages wrote."""
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lambda"))
from e2e_support import redis_cli  # noqa: E402
from lambda_support import free_port  # noqa: E402


@pytest.fixture(scope="module")
def redis(tmp_path_factory):
    port = free_port()
    process = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--dir",
                                str(tmp_path_factory.mktemp("redis")), "--save", ""],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}"
    for _ in range(200):
        if redis_cli(url, "PING").strip() == "PONG":
            break
        time.sleep(0.05)
    yield url
    process.kill()
    process.wait(5)
