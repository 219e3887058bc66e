"""Tasks through local-runtime with a real model: llama.cpp's server running Gemma 3 270M. The model is
small and weak, which is the point: whatever it writes (cut-off JSON, invented facts, the prompt repeated),
every task ends within a stated bound with three passing versions, the usage counts the tokens the server
really generated, a stage shows the model as its producer only where the model answered it, and the task's
event stream names the stage and model before each call. Answers stream, and the stages cut off those
that show themselves wrong as they arrive (the prompt's rules repeated, a loop, far too long).

`RECORDLINE_RECORD_MODEL_ANSWERS=<dir>` keeps the first answers of each stage there as the parser's
fixtures (Tests/Fixtures/model-answers is where the Swift suites read them)."""
import json
import os
import re
import time
from pathlib import Path

from lambda_support import teacher_token
from lifecycle_support import events
from llama_server import ALIAS
from model_support import NOTES, call, finished, secret_of
from tier_limits import ATTEMPT_SECONDS, TASK_BOUND_SECONDS

# The model suites' notes, and one with a target its versions are over: the deterministic fit would cut
# a sentence, so finalize asks the model to compress.
TASKS = [(section, subject, notes, None) for section, subject, notes in NOTES] + [
    ("subject", "과학", "광합성 단원에서 빛의 세기에 따른 기포 수를 세는 실험을 조원과 함께 설계함.\n\n"
     "측정값을 표로 정리하고 그래프의 기울기로 광합성 속도를 비교함.\n\n실험 후 보고서에 변인 통제의 한계를 적음.", 250),
]


def collapsed(text):
    return " ".join(text.split())


def test_every_task_ends_in_bound_with_passing_versions_and_real_usage(gemma_stack, gemma):
    secret = secret_of(gemma_stack)
    started, tokens, notes_of = {}, {}, {}
    for index, (section, subject, notes, target) in enumerate(TASKS):
        token = teacher_token(secret, f"gemma-teacher-{index}")
        body = {"section": section, "activities": notes, **({"subject": subject} if subject else {}),
                **({"targetBytes": target} if target else {})}
        status, answer = call(gemma_stack, "POST", "/v1/tasks", token, body)
        assert status == 202, answer
        task_id = answer["taskId"]
        started[task_id], tokens[task_id], notes_of[task_id] = time.monotonic(), token, collapsed(notes)
    ended = {}
    tasks = finished(gemma_stack, tokens, timeout=TASK_BOUND_SECONDS + 30, ended=ended, poll=1)
    seconds = {task_id: ended[task_id] - started[task_id] for task_id in tasks}

    answered = gemma.answered()
    generated = sum(e["usage"].get("completion_tokens", 0) for e in answered)
    cut_off = [(re.search(r'"cutOff":"(\w+)"', line).group(1), int(re.search(r'"completionTokens":"(\d+)"', line).group(1)))
               for line in gemma_stack.output().splitlines() if '"cutOff":' in line]
    print(f"\nreal-model tier: {len(tasks)} tasks, slowest {max(seconds.values()):.1f} s "
          f"(bound {TASK_BOUND_SECONDS} s), {len(answered)} answers, {generated} tokens generated, "
          f"slowest answer {max((e['seconds'] for e in answered), default=0):.1f} s, "
          f"finish reasons {sorted({str(e['finish_reason']) for e in answered})}, "
          f"cut off {len(cut_off)} {sorted({reason for reason, _ in cut_off})} after "
          f"{sorted(tokens for _, tokens in cut_off)} tokens")

    counted_calls = counted_tokens = announced_calls = 0
    for task_id, task in tasks.items():
        assert seconds[task_id] <= TASK_BOUND_SECONDS, (task_id, seconds[task_id])
        assert task["status"] == "completed", task
        asked = [e for e in answered if e["notes"] == notes_of[task_id]]
        usage_stages = {entry["stage"] for entry in task["usage"]}
        for version in task["versions"]:
            assert version["status"] == "completed" and version["report"]["passes"], version
            assert "토플" not in version["text"], version["text"]
            assert set(version["producers"]) == {"draft", "refine", "finalize"}
            for stage, producer in version["producers"].items():
                assert producer in ("offline", f"model:{ALIAS}"), version["producers"]
                # A stage shows the model only where the model answered it (and was paid for it).
                if producer != "offline":
                    assert stage in usage_stages, (stage, task["usage"])
                    assert any(e["stage"] == stage for e in asked), (stage, [e["stage"] for e in asked])
        # The stream told the teacher which stage waited on the model, before each call and before the
        # stage's own event; a call that timed out was announced too, so at least every counted one.
        stream = events(gemma_stack, tokens[task_id], task_id)
        waits = [(index, data) for index, (name, data) in enumerate(stream) if name == "model_call"]
        announced_calls += len(waits)
        assert all(data["model"] == ALIAS and data["stage"] in ("draft", "refine", "finalize") for _, data in waits), waits
        for entry in task["usage"]:
            announced = [(index, data) for index, data in waits if data["stage"] == entry["stage"]]
            assert len(announced) >= entry["calls"], (entry, waits)
        drafted = next(index for index, (name, _) in enumerate(stream) if name == "drafted")
        assert all(index < drafted for index, data in waits if data["stage"] == "draft"), stream
        for entry in task["usage"]:
            assert entry["model"] == ALIAS and entry["calls"] >= 1, entry
            # llama.cpp's Python server reports no usage when it streams: the completion tokens are the
            # pieces the stack read (one token each), and the prompt's are not known. A call the idle
            # watch ended before its first piece (a loaded machine) counts none; the tier's total must
            # count some (below).
            # Usage is counted for answers this task's stages received.
            assert any(e["stage"] == entry["stage"] for e in asked), (entry, [e["stage"] for e in asked])
            counted_calls += entry["calls"]
            counted_tokens += entry["completionTokens"]

    # The model really wrote: the stack counted tokens the server generated, no more than it generated,
    # and every answer the server gave well inside an attempt's limit reached a stage and was counted.
    assert counted_tokens > 0 and announced_calls >= counted_calls
    surely_delivered = [e for e in answered if e["seconds"] < ATTEMPT_SECONDS - 5 and not e.get("abandoned")]
    assert len(surely_delivered) <= counted_calls <= len(answered)
    assert sum(e["usage"]["completion_tokens"] for e in surely_delivered) <= counted_tokens <= generated
    # Student text never reaches the info-level log.
    assert "산화환원" not in gemma_stack.output()

    record = os.environ.get("RECORDLINE_RECORD_MODEL_ANSWERS")
    if record:
        keep(answered, Path(record))


def keep(answered, directory, per_stage=4):
    """The first answers of each stage as fixtures: what was asked (stage, section, notes, target, the draft
    given to refine and finalize, whether it answered a repair request) and the body as the server sent it."""
    directory.mkdir(parents=True, exist_ok=True)
    by_notes = {collapsed(notes): (section, subject, notes, target) for section, subject, notes, target in TASKS}
    counts = {}
    for exchange in answered:
        if exchange["notes"] not in by_notes or counts.get(exchange["stage"], 0) >= per_stage:
            continue
        section, subject, notes, target = by_notes[exchange["notes"]]
        counts[exchange["stage"]] = counts.get(exchange["stage"], 0) + 1
        prompt = next(m["content"] for m in exchange["request"]["messages"] if m["role"] == "user")
        draft = re.search(r"<draft>\n(.*?)\n</draft>", prompt, re.S)
        fixture = {"stage": exchange["stage"], "repair": exchange["repair"], "section": section, "subject": subject,
                   "notes": notes, "targetBytes": target, "draft": draft.group(1) if draft else None, "maxTokens": exchange["request"].get("max_tokens"),
                   "seconds": round(exchange["seconds"], 1), "response": exchange["response"]}
        name = f"{exchange['stage']}-{counts[exchange['stage']]}.json"
        (directory / name).write_text(json.dumps(fixture, ensure_ascii=False, indent=1) + "\n")
    assert counts, "no answer to keep"


def test_the_page_names_the_local_model_and_endpoint(gemma_stack, gemma):
    token = teacher_token(secret_of(gemma_stack), "gemma-teacher-engine")
    _, engine = call(gemma_stack, "GET", "/v1/engine", token)
    assert engine["engine"] == "model" and engine["model"] == ALIAS and engine["localOnly"] is True, engine
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", engine["endpoint"]), engine
