"""local-runtime runs template.yaml as it is for either Redis choice, against a Redis that speaks TLS only:
with CreateRedis=true (and the VPC it needs) it names each resource it does not emulate (the security
groups, the SQS endpoint, the ElastiCache cache) and runs the functions against the Redis it was given;
with the default (an external RedisUrl, no VPC) nothing is left out. The Redis's certificate is signed by
a test CA that only RECORDLINE_REDIS_CA_FILE names (SSL_CERT_FILE names the system's bundle): local-runtime
hands that file to the functions, and without it they cannot reach Redis."""
import json
import re
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lambda"))
from lambda_support import REPO, Stack  # noqa: E402

SYSTEM_CERTIFICATES = "/etc/ssl/certs/ca-certificates.crt"
CHOICES = {
    "external redis": (),
    "created redis": ("CreateRedis=true", "VpcId=vpc-0123456789abcdef0",
                      "SubnetIds=subnet-0123456789abcdef0,subnet-0123456789abcdef1"),
}
NOT_EMULATED = {
    "FunctionSecurityGroup": "AWS::EC2::SecurityGroup", "EndpointSecurityGroup": "AWS::EC2::SecurityGroup",
    "SqsEndpoint": "AWS::EC2::VPCEndpoint", "RedisSecurityGroup": "AWS::EC2::SecurityGroup",
    "RedisCache": "AWS::ElastiCache::ServerlessCache",
}


def start(tmp_path, redis, overrides, ca_file):
    env = {"REDIS_URL": redis, "SSL_CERT_FILE": SYSTEM_CERTIFICATES}
    if ca_file:
        env["RECORDLINE_REDIS_CA_FILE"] = str(ca_file)
    stack = Stack(REPO / "template.yaml", tmp_path, record_log=False, env=env,
                  extra_args=("--parameter-overrides", "FunctionTimeout=10", "QueueVisibilityTimeout=60", *overrides))
    stack.wait_ready(timeout=90)
    assert stack.wait_for_output(lambda out: "token for " in out, timeout=10)
    return stack, re.search(r"token for \S+ \(30 days\): (\S+)", stack.output()).group(1)


def call(stack, method, path, token, body=None):
    request = urllib.request.Request(f"{stack.endpoint}{path}", method=method,
                                     data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def line_of(resource):
    """The line of the resource's Type, which local-runtime names."""
    lines = (REPO / "template.yaml").read_text(encoding="utf-8").splitlines()
    return next(number for number, text in enumerate(lines, 1) if text == f"  {resource}:") + 1


@pytest.mark.parametrize("choice", sorted(CHOICES))
def test_the_stack_runs_a_task_with_either_redis_choice_over_tls(choice, tmp_path, redis, certificates):
    stack, token = start(tmp_path, redis, CHOICES[choice], certificates / "ca.pem")
    try:
        notes = [line.removeprefix("local-runtime: ") for line in stack.lines if line.endswith(" is not emulated")]
        if choice == "created redis":
            assert sorted(notes) == sorted(f"{resource} ({kind}, line {line_of(resource)}) is not emulated"
                                           for resource, kind in NOT_EMULATED.items()), notes
        else:
            assert notes == []
        status, answer = call(stack, "POST", "/v1/tasks", token, {
            "section": "club", "activities": "수학 동아리에서 확률 문제를 친구들에게 설명하는 멘토 역할을 맡음.\n\n"
                                             "동아리 발표회에서 원주율 추정 과정을 시연함."})
        assert status == 202, answer
        deadline = time.monotonic() + 120
        while True:
            _, task = call(stack, "GET", f"/v1/tasks/{answer['taskId']}", token)
            if task.get("status") in ("completed", "failed") or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert task["status"] == "completed", json.dumps(task, ensure_ascii=False)[:2000] + "\n" + stack.output()[-3000:]
        assert all(version["status"] == "completed" for version in task["versions"])
    finally:
        assert stack.stop() == 0


def test_without_the_ca_file_the_functions_refuse_the_redis_certificate(tmp_path, redis):
    stack, token = start(tmp_path, redis, (), None)
    try:
        status, answer = call(stack, "POST", "/v1/tasks", token, {"section": "club", "activities": "수학 동아리 멘토 역할을 맡음."})
        assert status >= 500, answer
        assert stack.wait_for_output(lambda out: "certificate not trusted" in out, timeout=10), stack.output()[-3000:]
    finally:
        stack.stop()
