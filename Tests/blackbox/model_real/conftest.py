"""The real-model tier's servers: llama.cpp's server with Gemma 3 270M behind a recording proxy, and the
stack under local-runtime asking it. Skipped, with the reason, where the model packages are missing."""
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "e2e"))
sys.path.insert(0, str(HERE.parent / "lambda"))
from lambda_support import REPO, Stack  # noqa: E402
from llama_server import ALIAS, LlamaServer, model_file, unavailable  # noqa: E402
from recording_proxy import RecordingProxy  # noqa: E402
from tier_limits import ATTEMPT_SECONDS, FUNCTION_SECONDS  # noqa: E402



@pytest.fixture(scope="module")
def gemma():
    reason = unavailable()
    if reason:
        pytest.skip(f"real-model tier skipped: {reason}")
    server = LlamaServer(model_file())
    try:
        server.wait_ready()
        # JSON mode makes llama.cpp check every candidate token against a JSON grammar; over Gemma's
        # 262k-token vocabulary that ran at about 4 tokens/s on two cores, so no answer came inside an
        # attempt. The endpoint declines it, and the stages ask for JSON in words and parse strictly.
        proxy = RecordingProxy(f"http://127.0.0.1:{server.port}", json_mode=False)
        yield proxy
        proxy.stop()
    finally:
        server.stop()


@pytest.fixture(scope="module")
def gemma_stack(tmp_path_factory, gemma):
    overrides = [
        f"ModelBaseUrl={gemma.base_url}", f"ModelName={ALIAS}", f"ModelTimeoutSeconds={ATTEMPT_SECONDS}",
        # A local server that timed out will not be faster on a second try: one attempt, then the offline engine.
        "ModelMaxAttempts=1", "ModelBreakerFailures=5", "ModelBreakerCoolDownSeconds=30", "ModelLocalOnly=true",
        f"FunctionTimeout={FUNCTION_SECONDS}", f"QueueVisibilityTimeout={FUNCTION_SECONDS * 6}",
    ]
    stack = Stack(REPO / "template.yaml", tmp_path_factory.mktemp("stack"), record_log=False, tied=True,
                  extra_args=("--parameter-overrides", *overrides))
    try:
        stack.wait_ready(timeout=90)
        yield stack
    finally:
        stack.stop()
