"""Schemathesis's boundary (coverage) phase against the running stack's own `/openapi.json`: for every
operation, the values at and just past each limit the document states (lengths, ranges, enums,
patterns, required members, wrong types, unknown members), sent with the schemathesis CLI, every
answer checked as documented: never a 5xx, only listed statuses, the promised content type and
headers, bodies matching their schemas, valid requests accepted and invalid ones refused.

Bounded and reliable: the phase is enumerative (about 750 requests, some 10 s on two cores),
derandomized, one worker (schemathesis's generation is not thread-safe: two workers fail with
`AST constructor recursion depth mismatch`), a 10 s request timeout and a whole-run limit. The stack
is this module's own, with limits no fuzz run reaches (one teacher's token sends every request; the
default 120 a minute would turn most answers into 429s), so nothing waits on a Retry-After.

Why an earlier attempt at this phase ran for over 900 s and seemed to stall: strings with both a
`pattern` and an `allOf` `\\S` pattern (activities, a choice's text, 20,000 characters at most) made
the phase search for 20,000-character strings matching two regexes at once, minutes of CPU per
operation before the first request. The document now states each as one pattern.

Two refusals the document states in words but no schema can express are taken as refusals of valid
data: a JSON roster with spreadsheet settings in the query (POST /v1/batches, 400 naming the
parameter; `TeacherAPITests`), and a Last-Event-ID the phase sends outside the exact UInt64 pattern it
cannot follow (the generated `0`; `test_openapi_fuzz` checks such refusals one by one)."""
import json
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lambda"))
from lambda_support import teacher_token  # noqa: E402
from lifecycle_support import SECRET  # noqa: E402
from limits_support import limits_stack  # noqa: E402

RUN_LIMIT = 600
FINAL = ("completed", "failed")
# The statuses positive_data_acceptance allows by default, with the 400 of the two refusals above.
WITH_400 = '["2xx", "3xx", "400", "401", "403", "404", "409", "429"]'
CONFIG = f"""
[[operations]]
include-name = "POST /v1/batches"
checks.positive_data_acceptance.expected-statuses = {WITH_400}

[[operations]]
include-name = "GET /v1/tasks/{{taskId}}/events"
checks.positive_data_acceptance.expected-statuses = {WITH_400}

[[operations]]
include-name = "GET /v1/batches/{{batchId}}/events"
checks.positive_data_acceptance.expected-statuses = {WITH_400}
"""


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    with limits_stack(tmp_path_factory, "FunctionTimeout=10", "RequestsPerMinute=1000000", "MaxTasksInFlight=100000",
                      "MaxStreamsPerTeacher=1000") as (stack, redis):
        stack.wait_ready(timeout=90)
        stack.redis = redis
        yield stack


def test_every_operation_answers_its_boundaries_as_documented(stack, tmp_path):
    token = teacher_token(SECRET, "boundaries", lifetime=7200)
    config = tmp_path / "schemathesis.toml"
    config.write_text(CONFIG)
    started = time.monotonic()
    try:
        run = subprocess.run(
            ["st", "--no-color", "--config-file", str(config), "run", f"{stack.endpoint}/openapi.json",
             "--phases", "examples,coverage", "--max-examples", "50", "--generation-deterministic", "--workers", "1",
             "--request-timeout", "10", "--header", f"Authorization: Bearer {token}",
             "--report", "ndjson", "--report-ndjson-path", str(tmp_path / "run.ndjson")],
            capture_output=True, text=True, timeout=RUN_LIMIT, cwd=tmp_path)  # its cache stays out of the checkout
    except subprocess.TimeoutExpired as expired:
        pytest.fail(f"the boundary phase ran past {RUN_LIMIT} s: {(expired.stdout or b'')[-3000:]!r}")
    output = run.stdout + run.stderr
    summary = output[output.find("SUMMARY"):] if "SUMMARY" in output else output[-3000:]
    print(f"boundary phase in {time.monotonic() - started:.1f} s:\n{summary}")
    assert run.returncode == 0, output[-12000:]
    assert re.search(r"Tested: 15\b", output), summary
    cases = re.search(r"(\d+) generated, \1 passed", output)
    assert cases and int(cases.group(1)) > 300, summary

    # Every task the phase created ends, as any task must.
    deadline = time.monotonic() + 300
    for key in stack.redis("--scan", "--pattern", "task:*").split():
        if not re.fullmatch(r"task:\{[0-9a-f]{32}\}", key):
            continue
        task_id = key[6:-1]
        while True:
            request = urllib.request.Request(f"{stack.endpoint}/v1/tasks/{task_id}", headers={"Authorization": f"Bearer {token}"})
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    task = json.loads(response.read())
            except urllib.error.HTTPError as error:
                assert error.code == 404, (task_id, error.code)
                break  # deleted by the phase
            if task["status"] in FINAL and all(v["status"] in FINAL for v in task["versions"]):
                break
            assert time.monotonic() < deadline, (task_id, task)
            time.sleep(0.5)
