"""Starting and stopping a real `local-runtime sqs` on a free loopback port, and clients for it."""

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import boto3
from botocore.config import Config

REPO = Path(__file__).resolve().parents[3]


def binary_path() -> Path:
    """The built `local-runtime`: RECORDLINE_BIN_DIR, else .build/debug (built first if missing)."""
    bin_dir = Path(os.environ.get("RECORDLINE_BIN_DIR", REPO / ".build" / "debug"))
    path = bin_dir / "local-runtime"
    if not path.exists():
        subprocess.run(["swift", "build", "--product", "local-runtime"], cwd=REPO, check=True)
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """One server process; can be killed and restarted on the same port and data directory."""

    def __init__(self, data_dir: Path, extra_args=()):
        self.data_dir = data_dir
        self.port = free_port()
        self.extra_args = list(extra_args)
        self.process = None
        self.log_path = data_dir.parent / f"server-{self.port}.log"

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self):
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen(
            [str(binary_path()), "sqs", "--port", str(self.port), "--data", str(self.data_dir), *self.extra_args],
            stdout=log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.log_path.read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{self.endpoint}/health", timeout=1) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("server did not start within 30 s")

    def kill(self):
        """SIGKILL: no chance to flush anything."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()


def make_client(endpoint: str, service: str = "sqs", region: str = "us-east-1", **kwargs):
    """A client signing for `region` (the region the server holds by default)."""
    return boto3.client(
        service,
        endpoint_url=endpoint,
        region_name=region,
        aws_access_key_id="test",
        aws_secret_access_key="test",
        config=Config(retries={"max_attempts": 1, "mode": "standard"}, read_timeout=30, **kwargs),
    )




def has_tool(name: str) -> bool:
    return shutil.which(name) is not None
