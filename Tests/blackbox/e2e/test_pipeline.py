"""The whole system under local-runtime, as a teacher's client sees it: 200 tasks submitted over HTTP
through the gateway run through draft → refine → finalize with queue messages delivered twice at a
30% rate and one function instance killed with SIGKILL mid-run, and every (task, version, stage)
completes exactly once."""
import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lambda"))
from e2e_support import redis_cli  # noqa: E402
from lambda_support import REPO, Stack, client, teacher_token  # noqa: E402

NOTES = [
    ("subject", "과학", "산화환원 단원 수행평가에서 전지 실험을 설계함. 조원 4명 중 측정을 담당함.\n\n결과 발표 때 오차 원인을 그래프로 설명했다."),
    ("club", None, "수학 동아리에서 확률 문제를 친구들에게 설명하는 멘토 역할을 맡음.\n\n동아리 발표회에서 원주율 추정 과정을 시연함. 토플 110점."),
    ("behavior", None, "2학기 학급 환경부장을 맡아 분리수거를 꼼꼼히 챙김.\n\n친구의 고민을 잘 들어 줌."),
    ("career", None, "건축 설계에 관심을 보임.\n\n지역의 오래된 건물을 답사하고 구조의 특징을 기록함."),
]
TASKS = 200


@pytest.fixture(scope="module")
def stack(tmp_path_factory, redis):
    workdir = tmp_path_factory.mktemp("stack")
    stack = Stack(REPO / "template.yaml", workdir, record_log=False, env={"REDIS_URL": redis}, extra_args=(
        "--sqs-duplicate-rate", "0.3",
        "--parameter-overrides", "FunctionTimeout=10", "QueueVisibilityTimeout=12"))
    try:
        stack.wait_ready(timeout=90)
        yield stack
    finally:
        stack.stop()


def token_of(stack) -> str:
    assert stack.wait_for_output(lambda out: "token for " in out, timeout=10)
    return re.search(r"token for \S+ \(30 days\): (\S+)", stack.output()).group(1)


def call(stack, method, path, token, body=None):
    request = urllib.request.Request(f"{stack.endpoint}{path}", method=method,
                                     data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, json.loads(response.read() or b"{}")


def kill_one_instance(name: str) -> bool:
    """SIGKILL one running instance of a function, as a crash would."""
    # A package's bootstrap execs the bundled loader, whose command line ends with the function's binary.
    found = subprocess.run(["pgrep", "-f", f"lambda/{name}/{name}$|debug/{name}$"], capture_output=True, text=True).stdout.split()
    if not found:
        return False
    subprocess.run(["kill", "-9", found[0]])
    return True


def test_tasks_complete_exactly_once_under_duplicate_delivery_and_a_crash(stack, redis):
    secret = (stack.workdir / "data" / "jwt-secret").read_text().strip()
    # One teacher per task: each stays within its own rate and in-flight limits.
    tokens = [teacher_token(secret, f"teacher-{index}") for index in range(TASKS)]
    ids = []
    killed = False
    for index in range(TASKS):
        if index == TASKS // 2:
            killed = kill_one_instance("refine") or kill_one_instance("finalize")
        section, subject, notes = NOTES[index % len(NOTES)]
        body = {"section": section, "activities": notes}
        if subject:
            body["subject"] = subject
        status, answer = call(stack, "POST", "/v1/tasks", tokens[index], body)
        assert status == 202
        ids.append(answer["taskId"])

    deadline = time.monotonic() + 180
    pending = set(ids)
    while pending and time.monotonic() < deadline:
        for task_id in list(pending):
            if redis_cli(redis, "HGET", f"task:{{{task_id}}}", "status").strip() in ("completed", "failed"):
                pending.discard(task_id)
        time.sleep(0.5)
    assert not pending, f"{len(pending)} tasks did not finish:\n" + stack.output()[-3000:]
    assert killed, "no function instance was running to kill"
    # A stage killed after forwarding and before its done marker has its message delivered again once
    # the visibility timeout (12 s) has passed; the done marker comes then. Wait until the queues are empty.
    sqs = client("sqs", stack.sqs_endpoint)
    urls = [sqs.get_queue_url(QueueName=f"recordline-{stage}")["QueueUrl"] for stage in ("draft", "refine", "finalize")]
    quiet_by = time.monotonic() + 60
    while time.monotonic() < quiet_by:
        counts = [sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"])["Attributes"]
                  for url in urls]
        if all(c["ApproximateNumberOfMessages"] == "0" and c["ApproximateNumberOfMessagesNotVisible"] == "0" for c in counts):
            break
        time.sleep(0.5)
    else:
        pytest.fail(f"the stage queues never emptied: {counts}")
    # Nothing gave up: a redelivery after the crash was not refused until its receive count ran out.
    for stage in ("draft", "refine", "finalize"):
        dlq = sqs.get_queue_url(QueueName=f"recordline-{stage}-dlq")["QueueUrl"]
        depth = sqs.get_queue_attributes(QueueUrl=dlq, AttributeNames=["ApproximateNumberOfMessages"])["Attributes"]
        assert depth["ApproximateNumberOfMessages"] == "0", f"{stage} dead-lettered messages"

    for task_id, token in zip(ids, tokens):
        _, task = call(stack, "GET", f"/v1/tasks/{task_id}", token)
        assert task["status"] == "completed"
        assert [v["version"] for v in task["versions"]] == [1, 2, 3]
        for version in task["versions"]:
            assert version["status"] == "completed", version
            assert version["report"]["passes"], version
            assert "토플" not in version["text"]
        # Each stage of each version finished once: one done marker, one result event.
        for stage_key in ["draft"] + [f"v{n}:{stage}" for n in (1, 2, 3) for stage in ("refine", "finalize")]:
            assert redis_cli(redis, "EXISTS", f"task:{{{task_id}}}:{stage_key}:done").strip() == "1", stage_key
        events = [line for line in redis_cli(redis, "XRANGE", f"task:{{{task_id}}}:events", "-", "+").splitlines()]
        assert events.count("version") == 3
        assert events.count("drafted") == 3
        assert events.count("refined") == 3
        assert events.count("completed") == 1
        # Every key the task has expires.
        for key in redis_cli(redis, "KEYS", f"task:{{{task_id}}}*").split():
            assert int(redis_cli(redis, "TTL", key)) > 0, key


def read_events(stack, token, task_id, last_event_id=None, stop_after=None):
    """(id, name) of each event the stream sends, through the gateway; stops after `stop_after` events."""
    headers = {"Authorization": f"Bearer {token}"}
    if last_event_id:
        headers["Last-Event-ID"] = last_event_id
    request = urllib.request.Request(f"{stack.endpoint}/v1/tasks/{task_id}/events", headers=headers)
    events = []
    with urllib.request.urlopen(request, timeout=60) as response:
        if response.status == 204:
            return events
        assert response.headers["Content-Type"].startswith("text/event-stream")
        block = {}
        for raw in response:
            line = raw.decode().rstrip("\n")
            if line.startswith("id: "):
                block["id"] = line[4:]
            elif line.startswith("event: "):
                block["event"] = line[7:]
            elif line == "" and "event" in block:
                events.append((block["id"], block["event"]))
                block = {}
                if (stop_after and len(events) >= stop_after) or events[-1][1] == "completed":
                    break
    return events


def test_a_reconnecting_event_stream_resumes_without_loss_or_duplicates(stack):
    token = token_of(stack)
    _, answer = call(stack, "POST", "/v1/tasks", token, {"section": "club", "activities": NOTES[1][2]})
    task_id = answer["taskId"]
    first = read_events(stack, token, task_id, stop_after=2)
    assert len(first) == 2
    rest = read_events(stack, token, task_id, last_event_id=first[-1][0])
    complete = read_events(stack, token, task_id)
    assert first + rest == complete
    assert len({event_id for event_id, _ in complete}) == len(complete)
    assert [name for _, name in complete].count("version") == 3
    assert complete[-1][1] == "completed"
    # Nothing is left after the last event: the server says so with 204.
    assert read_events(stack, token, task_id, last_event_id=complete[-1][0]) == []


def test_live_responses_match_the_openapi_document(stack):
    from openapi_schema_validator import OAS31Validator

    token = token_of(stack)
    with urllib.request.urlopen(f"{stack.endpoint}/openapi.json", timeout=30) as response:
        document = json.loads(response.read())

    def validate(name, value):
        # Refs resolve against the root, so the components travel with the schema.
        OAS31Validator({"$ref": f"#/components/schemas/{name}", "components": document["components"]}).validate(value)

    def error_of(method, path, body=None, token=token):
        request = urllib.request.Request(f"{stack.endpoint}{path}", method=method,
                                         data=json.dumps(body).encode() if body is not None else None,
                                         headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
        try:
            urllib.request.urlopen(request, timeout=30)
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read())
        raise AssertionError(f"{method} {path} succeeded")

    status, accepted = call(stack, "POST", "/v1/tasks", token, {"section": "behavior", "activities": NOTES[2][2]})
    assert status == 202
    validate("TaskAccepted", accepted)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        _, task = call(stack, "GET", f"/v1/tasks/{accepted['taskId']}", token)
        if task["status"] == "completed":
            break
        time.sleep(0.3)
    validate("Task", task)
    assert task["status"] == "completed"
    # No model is configured: the offline engine wrote every stage, and the functions said so at start.
    assert task["usage"] == []
    assert all(set(v["producers"].values()) == {"offline"} for v in task["versions"])
    assert "no model configured (RECORDLINE_MODEL_BASE_URL unset): the offline engine drafts" in stack.output()
    validate("Sections", call(stack, "GET", "/v1/sections", token)[1])
    validate("RuleReport", call(stack, "POST", "/v1/check", token, {"text": "토플 점수가 올랐다.", "section": "club", "notes": "메모"})[1])
    for method, path, body, expected in [
        ("POST", "/v1/tasks", {"section": "club"}, 400),
        ("GET", "/v1/tasks/" + "0" * 32, None, 404),
        ("POST", "/v1/check", {"text": "x", "section": "club", "unknown": 1}, 400),
    ]:
        code, error = error_of(method, path, body)
        assert code == expected
        validate("Error", error)
    code, error = error_of("GET", "/v1/sections", token="not-a-token")
    assert code == 401
    validate("Error", error)
