"""Helpers for the Lambda emulator black-box suite: the real `local-runtime` on free loopback ports,
stopped with SIGTERM. A module of its own (not conftest) so tests can import it unambiguously."""

import base64
import hashlib
import hmac
import json
import os
import signal
import socket
import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import boto3
from botocore.config import Config

REPO = Path(__file__).resolve().parents[3]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def bin_dir() -> Path:
    return Path(os.environ.get("RECORDLINE_BIN_DIR", REPO / ".build" / "debug"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Stack:
    """One `local-runtime` process and the lines it printed."""

    def __init__(self, template: Path, workdir: Path, extra_args=(), env=None, record_log=True, tied=False):
        """`tied`: the kernel kills local-runtime if the thread that started it dies (setpriv --pdeathsig),
        for a stack started on the test's main thread that must not outlive a killed test run."""
        self.port = free_port()
        self.sqs_port = free_port()
        self.workdir = workdir
        self.lines: list[str] = []
        self.ready = threading.Event()
        self.records = workdir / "records.jsonl"
        command = [
            *(("setpriv", "--pdeathsig", "KILL", "--") if tied else ()),
            str(bin_dir() / "local-runtime"), "--template", str(template), "--port", str(self.port),
            "--sqs-port", str(self.sqs_port), "--data", str(workdir / "data"), "--bin-dir", str(bin_dir()),
            *(("--parameter-overrides", f"RecordLog={self.records}") if record_log else ()), *extra_args,
        ]
        environment = dict(os.environ)
        # The stack starts its own Redis unless the test hands it one.
        environment.pop("REDIS_URL", None)
        environment.update(env or {})
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=environment, text=True)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))
            if line.startswith("local-runtime ready:"):
                self.ready.set()

    def wait_ready(self, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.ready.wait(0.2):
                return
            if self.process.poll() is not None:
                time.sleep(0.2)
                raise RuntimeError("local-runtime exited:\n" + "\n".join(self.lines[-40:]))
        raise RuntimeError("local-runtime never became ready:\n" + "\n".join(self.lines[-40:]))

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def sqs_endpoint(self) -> str:
        return f"http://127.0.0.1:{self.sqs_port}"

    def output(self) -> str:
        return "\n".join(self.lines)

    def wait_for_output(self, predicate, timeout=5) -> bool:
        """Waits (bounded) until predicate(output) holds: the output is read on another thread."""
        deadline = time.monotonic() + timeout
        while not predicate(self.output()) and time.monotonic() < deadline:
            time.sleep(0.05)
        return predicate(self.output())

    def stop(self, timeout=30) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        return self.process.returncode


def client(service: str, endpoint: str, retries=None):
    """A boto3 client for the local endpoints; no retries unless asked, so tests see every answer."""
    return boto3.client(
        service, endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="local", aws_secret_access_key="local",
        config=Config(retries=retries or {"max_attempts": 1}, read_timeout=30, connect_timeout=5))


def start_environments(stack, count=3):
    """`count` Sleeper environments at once (its limit is 3) and what each said about itself."""
    lam = client("lambda", stack.endpoint)
    with ThreadPoolExecutor(max_workers=count) as pool:
        answers = list(pool.map(
            lambda _: json.loads(lam.invoke(FunctionName="Sleeper", Payload=b'{"seconds": 0.5}')["Payload"].read()),
            range(count)))
    return answers


def teacher_token(secret: str, teacher: str, lifetime: int = 3600) -> str:
    """An HS256 token as `recordline token` issues them, signed with the stack's secret (its data
    directory's `jwt-secret`): tests and load scripts act as many teachers, each with its own limits."""
    def encode(value) -> str:
        return base64.urlsafe_b64encode(json.dumps(value, separators=(",", ":")).encode()).rstrip(b"=").decode()
    now = int(time.time())
    signing_input = encode({"alg": "HS256", "typ": "JWT"}) + "." + encode(
        {"sub": teacher, "iss": "recordline", "iat": now, "exp": now + lifetime})
    signature = hmac.new(secret.encode(), signing_input.encode(), hashlib.sha256).digest()
    return signing_input + "." + base64.urlsafe_b64encode(signature).rstrip(b"=").decode()
