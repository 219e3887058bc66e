"""The packages on a Linux that has nothing but the kernel: each zip is unpacked alone into an empty
root at /var/task (no /lib, no /usr, no /etc, no shell) with only the kernel's /proc mounted in it
(every Linux has it, Lambda too; libdispatch reads its threads' states there), and local-runtime
starts its `bootstrap` there under chroot. The api function answers `GET /v1/sections` and accepts a task, and
draft, refine and finalize carry it through the real queue service and a redis-server on loopback to
completed, with Redis over TLS only and a model served over HTTPS (both with a test CA's certificates,
the CA named by SSL_CERT_FILE): every library each function loads, the TLS ones included, came out of
its own package."""
import json
import os
import re
import shutil
import ssl
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lambda"))
from lambda_support import REPO, Stack  # noqa: E402

FUNCTIONS = ["api", "draft", "refine", "finalize"]

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="chroot needs root (CAP_SYS_CHROOT)")


@pytest.fixture(scope="module")
def model(certificates):
    """The scripted cooperative model, over HTTPS only."""
    process = subprocess.Popen([sys.executable, str(REPO / "Tests" / "blackbox" / "e2e" / "scripted_model.py"), "--port", "0",
                                "--tls-cert", str(certificates / "server.pem"), "--tls-key", str(certificates / "server.key")],
                               stdout=subprocess.PIPE, text=True)
    port = int(process.stdout.readline().split()[1])
    yield f"https://127.0.0.1:{port}"
    process.kill()
    process.wait(5)


@pytest.fixture(scope="module")
def roots(packages, certificates, tmp_path_factory):
    """An empty root per function with only its package in it, at Lambda's task root, and the test CA."""
    base = tmp_path_factory.mktemp("roots")
    roots = {}
    for name in FUNCTIONS:
        task = base / name / "var" / "task"
        task.mkdir(parents=True)
        (base / name / "proc").mkdir()
        (base / name / "ca").mkdir()
        shutil.copy(certificates / "ca.pem", base / name / "ca" / "test-ca.pem")
        with zipfile.ZipFile(packages[name]) as archive:
            for member in archive.infolist():
                archive.extract(member, task)
                mode = member.external_attr >> 16
                if mode:
                    (task / member.filename).chmod(mode & 0o7777)
        roots[name] = base / name
    return roots


@pytest.fixture(scope="module")
def stack(roots, redis, model, tmp_path_factory):
    """template.yaml with each function's CodeUri a folder whose bootstrap enters that function's root."""
    workdir = tmp_path_factory.mktemp("stack")
    template = (REPO / "template.yaml").read_text(encoding="utf-8")
    for name in FUNCTIONS:
        entry = workdir / "entries" / name
        entry.mkdir(parents=True)
        # A mount namespace of its own, so its /proc goes when it does; the host's tools by their paths, as
        # local-runtime hands functions Lambda's environment, not the test's PATH.
        unshare, mount, chroot = (shutil.which(tool) for tool in ("unshare", "mount", "chroot"))
        (entry / "bootstrap").write_text(
            f"#!/bin/sh\nexec {unshare} --mount /bin/sh -c "
            f"'{mount} -t proc proc {roots[name]}/proc && exec {chroot} {roots[name]} /var/task/bootstrap'\n")
        (entry / "bootstrap").chmod(0o755)
        template, count = re.subn(rf"CodeUri: \.build/lambda/{name}\n", f"CodeUri: {entry}\n", template)
        assert count == 1, f"template.yaml has no CodeUri .build/lambda/{name}"
    (workdir / "template.yaml").write_text(template, encoding="utf-8")
    # SSL_CERT_FILE is a path inside the roots: local-runtime hands it on to the functions.
    stack = Stack(workdir / "template.yaml", workdir, record_log=False,
                  env={"REDIS_URL": redis, "SSL_CERT_FILE": "/ca/test-ca.pem"},
                  extra_args=("--parameter-overrides", f"ModelBaseUrl={model}/v1", "ModelName=scripted-main",
                              "ModelTimeoutSeconds=20", "ModelMaxAttempts=1", "FunctionTimeout=30"))
    try:
        stack.wait_ready(timeout=120)
        yield stack
    finally:
        stack.stop()


def call(stack, method, path, token, body=None):
    request = urllib.request.Request(f"{stack.endpoint}{path}", method=method,
                                     data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status, json.loads(response.read() or b"{}")


def token_of(stack) -> str:
    assert stack.wait_for_output(lambda out: "token for " in out, timeout=30)
    return re.search(r"token for \S+ \(30 days\): (\S+)", stack.output()).group(1)


def processes_rooted_in(root: Path) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if os.readlink(entry / "root") == str(root):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def test_each_root_holds_only_its_package(roots):
    for name, root in roots.items():
        top = sorted(path.name for path in root.iterdir())
        assert top == ["ca", "proc", "var"], f"{name}'s root holds {top}"
        assert sorted(path.name for path in (root / "var" / "task").iterdir()) == sorted(["bootstrap", "certs", "lib", name])


def test_the_api_answers_sections_from_its_bare_root(stack, roots):
    status, answer = call(stack, "GET", "/v1/sections", token_of(stack))
    assert status == 200
    assert {section["id"] for section in answer["sections"]} == {"subject", "autonomous", "club", "career", "behavior"}
    assert processes_rooted_in(roots["api"]), "no api process runs inside its root"


def test_a_task_goes_through_the_stages_each_in_its_bare_root(stack, roots, model, certificates):
    token = token_of(stack)
    status, answer = call(stack, "POST", "/v1/tasks", token, {
        "section": "club", "activities": "수학 동아리에서 확률 문제를 친구들에게 설명하는 멘토 역할을 맡음.\n\n"
                                         "동아리 발표회에서 원주율 추정 과정을 시연함."})
    assert status == 202
    task_id = answer["taskId"]
    deadline = time.monotonic() + 180
    while True:
        _, task = call(stack, "GET", f"/v1/tasks/{task_id}", token)
        if task["status"] in ("completed", "failed") or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert task["status"] == "completed", json.dumps(task, ensure_ascii=False)[:2000] + "\n" + stack.output()[-3000:]
    assert [version["version"] for version in task["versions"]] == [1, 2, 3]
    assert all(version["status"] == "completed" and version["text"] for version in task["versions"])
    for name in FUNCTIONS:
        assert processes_rooted_in(roots[name]), f"no {name} process runs inside its root"
    # The drafts came from the model over TLS, not from the offline engine.
    context = ssl.create_default_context(cafile=str(certificates / "ca.pem"))
    with urllib.request.urlopen(f"{model}/_requests", timeout=30, context=context) as response:
        requests = json.loads(response.read())
    # The model writes the drafts; refine and finalize ask it only when the rules find what it should fix.
    assert len(requests) >= 1, requests
    assert all(version["producers"]["draft"] == "model:scripted-main" for version in task["versions"]), task["versions"]
