"""The running stack fuzzed from its own `/openapi.json`: schemathesis generates requests for every
operation the document lists, valid ones and ones the document says are wrong, sends them through the
gateway as an authenticated teacher, and checks each answer against the document: never a 5xx, only
statuses the document lists for the call, the content type and headers it promises, and bodies that
match its schemas. Whatever tasks the fuzzing created must end, as any teacher's task must.

The examples are derandomized and bounded, so a run sends the same requests every time and finishes
in a few minutes on two cores; a failure names the request that caused it."""
import json
import re
import sys
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lambda"))
from lambda_support import REPO, Stack, teacher_token  # noqa: E402
from e2e_support import neis_bytes  # noqa: E402
from lifecycle_support import SECRET, Redis, call, events  # noqa: E402

# Per operation and generation mode. Enough to reach every field's limits and the usual wrong types,
# few enough that the module stays within a few minutes on a shared two-core machine.
MAX_EXAMPLES = 100
# A teacher makes this many fuzzed requests before the next teacher takes over. With the two requests
# per created task of the final check that stays well under the 120 a minute the API allows one
# teacher, and under the 20 tasks one teacher may have in flight; a 429 the check of the tasks' ends
# still meets (a loaded machine can bunch one teacher's requests) is asked again as a client would.
REQUESTS_PER_TEACHER = 20
NOTES = "과학 동아리에서 센서로 미세먼지를 측정하고 결과를 발표함.\n\n측정값이 튀자 필터를 적용해 다시 분석함."
OPERATIONS = [("GET", "/v1/sections"), ("POST", "/v1/check"), ("POST", "/v1/tasks"), ("GET", "/v1/tasks/{taskId}"),
              ("GET", "/v1/tasks/{taskId}/events"), ("PUT", "/v1/tasks/{taskId}/choice"), ("DELETE", "/v1/tasks/{taskId}"), ("GET", "/v1/tasks"), ("GET", "/v1/batches"),
              ("GET", "/v1/batches/{batchId}"), ("GET", "/v1/batches/{batchId}/events"), ("GET", "/v1/batches/{batchId}/export"), ("DELETE", "/v1/batches/{batchId}"),
              ("GET", "/v1/engine")]
FINAL = ("completed", "failed")


class Teachers:
    """Hands out tokens, a new teacher every REQUESTS_PER_TEACHER requests, and remembers which
    teacher created which task."""

    def __init__(self):
        self.requests = 0
        self.created: dict[str, str] = {}
        # (operation, status) → answers: printed at the end, so a run shows what the fuzzing reached.
        self.answers: Counter = Counter()

    def token(self) -> str:
        self.requests += 1
        return teacher_token(SECRET, f"fuzz-{self.requests // REQUESTS_PER_TEACHER}")


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    redis = Redis(tmp_path_factory.mktemp("redis"))
    stack = Stack(REPO / "template.yaml", tmp_path_factory.mktemp("stack"), record_log=False,
                  env={"REDIS_URL": redis.url, "RECORDLINE_JWT_SECRET": SECRET},
                  extra_args=("--parameter-overrides", "FunctionTimeout=10"))
    try:
        stack.wait_ready(timeout=90)
        stack.redis = redis
        yield stack
    finally:
        stack.stop()
        redis.stop()


@pytest.fixture(scope="module")
def schema(stack):
    return schemathesis.openapi.from_url(f"{stack.endpoint}/openapi.json")


@pytest.fixture(scope="module")
def teachers():
    return Teachers()


class Owners:
    """Tasks that exist and have ended, each of its own teacher, so the task calls are also fuzzed on a
    task that exists: its body, its event stream (which ends, having `completed`) and its deletion. A
    new owner and task every REQUESTS_PER_TEACHER requests, for the rate limit as in Teachers."""

    def __init__(self, stack, teachers):
        self.stack, self.teachers, self.requests, self.current, self.last_event = stack, teachers, 0, None, None

    def next(self) -> tuple[str, str]:
        if self.current is None or self.requests % REQUESTS_PER_TEACHER == 0:
            token = teacher_token(SECRET, f"fuzz-owner-{self.requests // REQUESTS_PER_TEACHER}")
            status, answer = call(self.stack, "POST", "/v1/tasks", token, {"section": "club", "activities": NOTES})
            assert status == 202, answer
            self.teachers.created[answer["taskId"]] = token
            assert events(self.stack, token, answer["taskId"], timeout=120)[-1][0] == "completed"
            self.current = answer["taskId"], token
            # The id of the task's last event: a Last-Event-ID after it is refused (400), as documented.
            self.last_event = self.stack.redis("XREVRANGE", f"task:{{{answer['taskId']}}}:events", "+", "-", "COUNT", "1").split()[0]
        self.requests += 1
        return self.current


@pytest.fixture(scope="module")
def owners(stack, teachers):
    return Owners(stack, teachers)


def fuzz(schema, teachers, method, path, mode, *, owners=None):
    strategy = schema[path][method].as_strategy(generation_mode=mode)

    # No example database and no shrinking: the same requests every run, and a failing one is
    # reported as generated. Health checks about generation speed depend on the machine's load.
    @settings(max_examples=MAX_EXAMPLES, derandomize=True, database=None, deadline=None,
              phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
    @given(case=strategy)
    def run(case):
        if owners:
            case.path_parameters["taskId"], token = owners.next()
        else:
            token = teachers.token()
        headers = {"Authorization": f"Bearer {token}"}
        # An event stream that did not end would hold the test until the stream's own lifetime.
        response = case.call(headers=headers, timeout=60)
        teachers.answers[(f"{method} {path}", response.status_code)] += 1
        if response.status_code == 202:
            teachers.created[response.json()["taskId"]] = headers["Authorization"][7:]
        excluded = []
        if owners and path.endswith("/events") and response.status_code == 400:
            # A Last-Event-ID the pattern allows may still be past the task's last event, which the
            # document lists as a 400 that no schema can express: such a refusal must name the header
            # and really be about an id after the last one, and only then is it no rejected valid request.
            sent = (case.headers or {}).get("Last-Event-ID")
            assert response.json()["error"]["field"] == "Last-Event-ID" and sent is not None, response.text
            assert stream_id(sent) > stream_id(owners.last_event), (sent, owners.last_event)
            excluded = [positive_data_acceptance]
        if response.status_code == 400 and over_part_one(case, response):
            excluded = [positive_data_acceptance]
        case.validate_response(response, headers=headers, excluded_checks=excluded,
                               transport_kwargs={"headers": headers, "timeout": 60})

    run()


def over_part_one(case, response) -> bool:
    """Part 2 of a 공통과목 gets what part 1 leaves of the 1500 bytes both share: a part1Text of 1500
    bytes or more, or a targetBytes over what it leaves, is a 400 the document lists in words but no
    schema can express (it counts NEIS bytes). Such a refusal must name that member and really be over,
    and only then is it no rejected valid request."""
    body = case.body if isinstance(case.body, dict) else {}
    part1 = body.get("part1Text")
    if not isinstance(part1, str):
        return False
    error = response.json()["error"]
    field, message = error.get("field"), error["message"]
    used = neis_bytes(part1)
    if field == "part1Text" and "nothing remains" in message:
        assert used >= 1500, (used, response.text)
        return True
    if field == "targetBytes" and "bytes left" in message:
        assert isinstance(body.get("targetBytes"), int) and body["targetBytes"] > 1500 - used, (used, body.get("targetBytes"), response.text)
        return True
    return False


def as_a_client(request, attempts=3):
    """What `request` returns, asked again as a client would after a 429 once its Retry-After has
    passed: the fuzzing may have left the teacher's minute or stream places spent, which the check of
    the tasks' ends is not about. Any other answer, or a third 429, is raised with its body."""
    for attempt in range(attempts):
        try:
            return request()
        except urllib.error.HTTPError as error:
            if error.code != 429 or attempt == attempts - 1:
                error.msg = f"{error.msg}: {error.read().decode(errors='replace')}"
                raise
            time.sleep(int(error.headers.get("Retry-After", "1")))


def task_view(stack, token, task_id) -> dict:
    """The task's JSON; an answer other than 200 is raised."""
    request = urllib.request.Request(f"{stack.endpoint}/v1/tasks/{task_id}", headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def stream_id(text: str) -> tuple[int, int]:
    milliseconds, sequence = text.split("-")
    return int(milliseconds), int(sequence)


@pytest.mark.parametrize("mode", ["positive", "negative"])
@pytest.mark.parametrize("method,path", OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_every_operation_answers_as_documented(schema, teachers, method, path, mode):
    fuzz(schema, teachers, method, path, schemathesis.GenerationMode(mode))


@pytest.mark.parametrize("method", ["GET", "GET events", "PUT choice", "DELETE"])
def test_an_existing_task_answers_as_documented(schema, teachers, owners, method):
    """Random ids are all unknown (404): here the owner asks about a task that exists, with
    schemathesis choosing the rest (Last-Event-ID for the stream, the choice's version and text)."""
    path = {"GET events": "/v1/tasks/{taskId}/events", "PUT choice": "/v1/tasks/{taskId}/choice"}.get(method, "/v1/tasks/{taskId}")
    fuzz(schema, teachers, method.split()[0], path, schemathesis.GenerationMode.POSITIVE, owners=owners)


def test_every_task_the_fuzzing_created_ends(stack, teachers):
    """No input the API accepted leaves a task running: each one's stream reaches `completed` and the
    task and all its versions are in a final state. Redis is asked too, so a task created without its
    202 being seen would not escape."""
    stored = {key.split(":")[1].strip("{}") for key in stack.redis("--scan", "--pattern", "task:*").split()
              if re.fullmatch(r"task:\{[0-9a-f]{32}\}", key)}
    assert stored <= set(teachers.created), f"tasks nobody was told about: {stored - set(teachers.created)}"
    assert teachers.created, "the fuzzing created no task at all"
    started = time.monotonic()
    for task_id in sorted(stored):
        token = teachers.created[task_id]
        try:
            seen = as_a_client(lambda: events(stack, token, task_id, timeout=300))
        except urllib.error.HTTPError as error:
            if error.code == 404:
                continue  # deleted by the fuzzing: nothing of it is left to end
            raise
        # A stream of a task that has ended and sent everything answers 204, with no events.
        assert not seen or seen[-1][0] == "completed", (task_id, seen)
        task = as_a_client(lambda: task_view(stack, token, task_id))
        assert task["status"] in FINAL, (task_id, task)
        assert all(version["status"] in FINAL for version in task["versions"]), (task_id, task)
    print(f"{len(stored)} fuzzed tasks checked in {time.monotonic() - started:.1f} s; answers: "
          + ", ".join(f"{operation} {status}: {count}" for (operation, status), count in sorted(teachers.answers.items())))
