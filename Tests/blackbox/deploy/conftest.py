"""The Lambda packages, built once for the deploy suites by the real `scripts/package`; a test CA and a
redis-server that speaks TLS only, with a certificate that CA signed."""
import pathlib
import subprocess
import sys
import time

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]
FUNCTIONS = ["api", "draft", "refine", "finalize"]

sys.path.insert(0, str(ROOT / "Tests" / "blackbox" / "lambda"))
from lambda_support import free_port  # noqa: E402


@pytest.fixture(scope="session")
def packages():
    result = subprocess.run([str(ROOT / "scripts" / "package")], cwd=ROOT, capture_output=True, text=True, timeout=3000)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return {name: ROOT / ".build" / "lambda" / f"{name}.zip" for name in FUNCTIONS}


@pytest.fixture(scope="module")
def redis(certificates, tmp_path_factory):
    """A redis-server that speaks TLS only, with the test CA's certificate."""
    port = free_port()
    process = subprocess.Popen(["redis-server", "--port", "0", "--tls-port", str(port), "--bind", "127.0.0.1",
                                "--tls-cert-file", str(certificates / "server.pem"),
                                "--tls-key-file", str(certificates / "server.key"),
                                "--tls-ca-cert-file", str(certificates / "ca.pem"), "--tls-auth-clients", "no",
                                "--dir", str(tmp_path_factory.mktemp("redis")), "--save", ""],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ping = ["redis-cli", "--tls", "--cacert", str(certificates / "ca.pem"), "-h", "127.0.0.1", "-p", str(port), "PING"]
    deadline = time.monotonic() + 60
    while subprocess.run(ping, capture_output=True, text=True, timeout=30).stdout.strip() != "PONG":
        assert process.poll() is None and time.monotonic() < deadline, "redis-server did not start"
        time.sleep(0.05)
    yield f"rediss://127.0.0.1:{port}"
    process.kill()
    process.wait(5)


@pytest.fixture(scope="module")
def certificates(tmp_path_factory):
    """A test CA and a certificate for 127.0.0.1 it signed."""
    directory = tmp_path_factory.mktemp("tls")

    def openssl(*args):
        subprocess.run(["openssl", *args], cwd=directory, check=True, capture_output=True, timeout=60)

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
            "-subj", "/CN=Recordline test CA")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1")
    (directory / "san.ext").write_text("subjectAltName=IP:127.0.0.1\n")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
            "-out", "server.pem", "-days", "2", "-extfile", "san.ext")
    return directory
