"""Tasks through the teacher API of a stack whose stages ask a model: the notes the model suites submit,
submitting them, and waiting for the tasks to end (shared by the scripted-model and the real-model suites)."""
import json
import time
import urllib.request

NOTES = [
    ("subject", "과학", "산화환원 단원 수행평가에서 전지 실험을 설계함. 조원 4명 중 측정을 담당함.\n\n결과 발표 때 오차 원인을 그래프로 설명했다."),
    ("club", None, "수학 동아리에서 확률 문제를 친구들에게 설명하는 멘토 역할을 맡음.\n\n동아리 발표회에서 원주율 추정 과정을 시연함. 토플 110점."),
    ("behavior", None, "2학기 학급 환경부장을 맡아 분리수거를 꼼꼼히 챙김.\n\n친구의 고민을 잘 들어 줌."),
    ("career", None, "건축 설계에 관심을 보임.\n\n지역의 오래된 건물을 답사하고 구조의 특징을 기록함."),
]


def call(stack, method, path, token, body=None):
    request = urllib.request.Request(f"{stack.endpoint}{path}", method=method,
                                     data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, json.loads(response.read() or b"{}")


def submit(stack, token, index):
    section, subject, notes = NOTES[index % len(NOTES)]
    body = {"section": section, "activities": notes}
    if subject:
        body["subject"] = subject
    status, answer = call(stack, "POST", "/v1/tasks", token, body)
    assert status == 202
    return answer["taskId"]


def finished(stack, tokens_by_id, timeout=120, ended=None, poll=0.3):
    """The tasks once each has ended; `ended`, when given, gets each task's time.monotonic() when it was seen to end.
    Each teacher may ask 120 times a minute: a wait of minutes polls every `poll` seconds of 0.5 or more."""
    tasks, pending = {}, dict(tokens_by_id)
    deadline = time.monotonic() + timeout
    while pending and time.monotonic() < deadline:
        for task_id, token in list(pending.items()):
            _, task = call(stack, "GET", f"/v1/tasks/{task_id}", token)
            if task["status"] in ("completed", "failed"):
                tasks[task_id] = task
                del pending[task_id]
                if ended is not None:
                    ended[task_id] = time.monotonic()
        time.sleep(poll)
    assert not pending, f"{len(pending)} tasks did not finish:\n" + stack.output()[-3000:]
    return tasks


def secret_of(stack):
    return (stack.workdir / "data" / "jwt-secret").read_text().strip()
