"""The stack under local-runtime with the scripted OpenAI-compatible server as its model: tasks complete
with the model's drafts (guarded by the rules), GET /v1/tasks/<id> shows which engine wrote each stage
and the usage with its estimated cost; answers stream, and a model that writes on and on is cut off early
and its tasks completed by the offline engine; with the model server killed mid-run every task still
completes through the fallback to the offline engine, and no message ends in a dead-letter queue."""
import json
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lambda"))
from lambda_support import REPO, Stack, client, teacher_token  # noqa: E402
from model_support import call, finished, secret_of, submit  # noqa: E402
from ops_support import recordline, recordline_json  # noqa: E402

SCRIPT = Path(__file__).resolve().parent / "scripted_model.py"
QUEUES = ["recordline-draft", "recordline-refine", "recordline-finalize"]


class ModelServer:
    def __init__(self):
        self.process = subprocess.Popen([sys.executable, str(SCRIPT), "--port", "0"], stdout=subprocess.PIPE, text=True)
        self.port = int(self.process.stdout.readline().split()[1])

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}/v1"

    def slow_down(self, seconds):
        self.script(delay=seconds)

    def script(self, **control):
        """POST /_script (see scripted_model.py): `default=` a reply for every request, None for the cooperative model."""
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}/_script", method="POST",
                                         data=json.dumps(control).encode())
        urllib.request.urlopen(request, timeout=10).close()

    def requests(self):
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/_requests", timeout=10) as response:
            return json.loads(response.read())

    def kill(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(5)


@pytest.fixture(scope="module")
def model():
    server = ModelServer()
    yield server
    server.kill()


@pytest.fixture(scope="module")
def stack(tmp_path_factory, redis, model):
    overrides = " ".join([
        f"ModelBaseUrl={model.base_url}", "ModelName=scripted-main", "FallbackModelName=scripted-backup",
        "ModelApiKey=sk-e2e", "ModelPrices=scripted-main=1.5/6", "ModelTimeoutSeconds=3", "ModelMaxAttempts=2",
        "ModelRetryBaseMs=50", "ModelRetryCapMs=200", "ModelBreakerFailures=3", "ModelBreakerCoolDownSeconds=5",
        "FunctionTimeout=20", "QueueVisibilityTimeout=120",
    ])
    stack = Stack(REPO / "template.yaml", tmp_path_factory.mktemp("stack"), record_log=False, env={"REDIS_URL": redis},
                  extra_args=("--parameter-overrides", *overrides.split()))
    try:
        stack.wait_ready(timeout=90)
        yield stack
    finally:
        stack.stop()


def test_tasks_complete_with_the_model_and_show_producers_and_usage(stack, model, redis):
    from openapi_schema_validator import OAS31Validator

    secret = secret_of(stack)
    tokens = {}
    for index in range(8):
        token = teacher_token(secret, f"model-teacher-{index}")
        tokens[submit(stack, token, index)] = token
    tasks = finished(stack, tokens)

    with urllib.request.urlopen(f"{stack.endpoint}/openapi.json", timeout=30) as response:
        document = json.loads(response.read())
    validator = OAS31Validator({"$ref": "#/components/schemas/Task", "components": document["components"]})
    for task in tasks.values():
        validator.validate(task)
        assert task["status"] == "completed"
        for version in task["versions"]:
            assert version["status"] == "completed" and version["report"]["passes"], version
            assert "토플" not in version["text"]
            assert set(version["producers"]) == {"draft", "refine", "finalize"}
            assert all(re.fullmatch(r"offline|model:scripted-main", p) for p in version["producers"].values()), version
        # The cooperative model's drafts are the notes themselves, which the guards accept.
        assert any(v["producers"]["draft"] == "model:scripted-main" for v in task["versions"])
        # The cooperative model's drafts pass refine's checks and fit the budget: only the draft asks.
        stages = {entry["stage"] for entry in task["usage"]}
        assert stages == {"draft"}, task["usage"]
        assert sum(entry["calls"] for entry in task["usage"]) <= 2, task["usage"]
        for entry in task["usage"]:
            assert entry["model"] == "scripted-main" and entry["calls"] >= 1
            assert entry["promptTokens"] > 0 and entry["completionTokens"] > 0
            expected = (entry["promptTokens"] * 1.5 + entry["completionTokens"] * 6) / 1_000_000
            assert entry["estimatedCostUSD"] == pytest.approx(expected)
        assert task["estimatedCostUSD"] == pytest.approx(sum(e["estimatedCostUSD"] for e in task["usage"]))

    # The operator's view of one task agrees with the teacher's.
    task_id, task = next(iter(tasks.items()))
    shown = recordline_json(stack.sqs_endpoint, redis, "task", task_id, "--prices", "scripted-main=1.5/6")
    assert [v["producers"] for v in shown["versions"]] == [v["producers"] for v in task["versions"]]
    assert [(u["stage"], u["model"], u["calls"], u["promptTokens"], u["completionTokens"]) for u in shown["usage"]] == \
        [(u["stage"], u["model"], u["calls"], u["promptTokens"], u["completionTokens"]) for u in task["usage"]]
    assert shown["estimatedCostUSD"] == pytest.approx(task["estimatedCostUSD"])
    table = recordline(stack.sqs_endpoint, redis, "task", task_id, "--prices", "scripted-main=1.5/6")
    assert table.returncode == 0 and "model:scripted-main" in table.stdout and "estimated cost:" in table.stdout
    unpriced = recordline(stack.sqs_endpoint, redis, "task", task_id, "--prices", "nonsense")
    assert unpriced.returncode == 64 and "--prices" in unpriced.stderr

    # Every call the server answered is counted in some task's usage, and carried the key.
    answered = model.requests()
    assert sum(e["calls"] for task in tasks.values() for e in task["usage"]) == len(answered)
    assert all(r["headers"].get("Authorization") == "Bearer sk-e2e" for r in answered)
    # Student text never reaches the info-level log.
    assert "산화환원" not in stack.output()


IDENTIFYING_NOTES = (
    "김민지 학생은 한빛고등학교 과학 동아리에서 전지 실험을 설계함. 측정 결과를 010-1234-5678 문자로 조원에게 공유함.\n\n"
    "짝인 이서준과 함께 결과 발표 때 오차 원인을 그래프로 설명함. 수업 시간에 자주 졸았으나 실험 보고서의 형식을 스스로 정리함.\n\n"
    "민지는 푸른별 탐구 모임에서 배운 회로 내용을 정리함. 연락처 minji@example.com, 주민번호 080417-4123456, "
    "마포구 월드컵로12길 34, 2학년 3반 15번.")
IDENTITIES = ["김민지", "민지", "이서준", "한빛고", "010-1234-5678", "1234-5678", "minji@example.com", "080417", "4123456",
              "월드컵로", "3반 15번", "푸른별"]


def test_no_identity_reaches_the_model_server_and_the_drafts_cover_every_paragraph(stack, model):
    secret = secret_of(stack)
    before = len(model.requests())
    tokens = {}
    for index in range(3):
        token = teacher_token(secret, f"identity-teacher-{index}")
        # A tight target for one of them: finalize then asks the model to compress.
        body = {"section": "subject", "subject": "과학", "activities": IDENTIFYING_NOTES, "studentNames": ["김민지"],
                "extraForbiddenTerms": ["푸른별"], **({"targetBytes": 300} if index == 0 else {})}
        status, answer = call(stack, "POST", "/v1/tasks", token, body)
        assert status == 202
        tokens[answer["taskId"]] = token
    tasks = finished(stack, tokens)
    for task in tasks.values():
        assert task["status"] == "completed", task
        for version in task["versions"]:
            report = version["report"]
            assert version["status"] == "completed" and report["passes"], version
            assert all(p["covered"] for p in report["paragraphs"] if p["admissible"]), report["paragraphs"]
            assert not [value for value in IDENTITIES if value in version["text"]], version["text"]
    # The teacher is told which model and endpoint see the notes, and what they never see.
    _, engine = call(stack, "GET", "/v1/engine", next(iter(tokens.values())))
    assert engine["engine"] == "model" and engine["model"] == "scripted-main" and engine["fallbackModel"] == "scripted-backup"
    assert engine["endpoint"] == f"http://127.0.0.1:{model.port}" and engine["localOnly"] is False
    assert {"student_names", "phone_numbers", "school_names", "extra_forbidden_terms"} <= set(engine["redacted"])
    received = model.requests()[before:]
    assert received, "the model was never asked"
    leaks = {value for request in received for value in IDENTITIES
             if value in request["raw"] or value in json.dumps(request["body"], ensure_ascii=False)}
    assert not leaks, leaks


def test_a_model_that_streams_on_and_on_is_cut_off_and_the_task_completes_offline(stack, model):
    secret = secret_of(stack)
    before = len(model.requests())
    # Every answer: one sentence, slowly, again and again, never finishing.
    model.script(default={"forever": "전지 실험을 설계하고 측정함. ", "interval": 0.02})
    try:
        tokens = {}
        for index in range(2):
            token = teacher_token(secret, f"looping-teacher-{index}")
            tokens[submit(stack, token, index)] = token
        tasks = finished(stack, tokens)
    finally:
        model.script(default=None)
    for task in tasks.values():
        assert task["status"] == "completed", task
        for version in task["versions"]:
            assert version["status"] == "completed" and version["report"]["passes"], version
            assert set(version["producers"].values()) == {"offline"}, version["producers"]
    # The server sees a stopped reader at its next write.
    deadline = time.monotonic() + 30
    while any(r["ended"] is None for r in model.requests()[before:]) and time.monotonic() < deadline:
        time.sleep(0.05)
    received = model.requests()[before:]
    # Each answer was cut off (the stack stopped reading it) after a bounded part of its token limit,
    # inside the attempt's 3 s: never retried, never repaired, every one counted with the pieces it read.
    assert received and all(r["ended"] == "disconnected" for r in received), [r["ended"] for r in received]
    assert all(r["pieces"] < r["body"]["max_tokens"] / 4 for r in received), [(r["pieces"], r["body"]["max_tokens"]) for r in received]
    usage = [entry for task in tasks.values() for entry in task["usage"]]
    assert sum(entry["calls"] for entry in usage) == len(received)
    assert 0 < sum(entry["completionTokens"] for entry in usage) <= sum(r["pieces"] for r in received)
    assert "cut_off" in stack.output() and "loop" in stack.output()


def test_with_the_model_server_killed_mid_run_every_task_still_completes(stack, model):
    secret = secret_of(stack)
    # Slow answers keep calls in flight, so the kill cuts some of them off mid-answer.
    model.slow_down(0.3)
    tokens = {}
    for index in range(24):
        token = teacher_token(secret, f"outage-teacher-{index}")
        tokens[submit(stack, token, index)] = token
    time.sleep(1.5)
    model.kill()
    tasks = finished(stack, tokens, timeout=240)

    producers = []
    for task in tasks.values():
        assert task["status"] == "completed", task
        for version in task["versions"]:
            assert version["status"] == "completed" and version["report"]["passes"], version
            producers += version["producers"].values()
    # Stages before the outage were the model's, the ones after it the offline engine's.
    assert "model:scripted-main" in producers and "offline" in producers
    # Only answered calls are counted.
    assert all(e["model"] == "scripted-main" for task in tasks.values() for e in task["usage"])

    sqs = client("sqs", stack.sqs_endpoint)
    for name in QUEUES:
        url = sqs.get_queue_url(QueueName=f"{name}-dlq")["QueueUrl"]
        attributes = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["ApproximateNumberOfMessages",
                                                                            "ApproximateNumberOfMessagesNotVisible"])
        assert attributes["Attributes"]["ApproximateNumberOfMessages"] == "0", name
        assert attributes["Attributes"]["ApproximateNumberOfMessagesNotVisible"] == "0", name
    assert "the offline engine drafts" not in stack.output()
