#!/usr/bin/env python3
"""Batch benchmark (loopback only), not a test: one teacher uploads a class of 200 students as an .xlsx
roster to local-runtime and follows every student's task to its `completed` event. Prints the time
from upload to the last student done, the Lambda invocations per student (by function, from the
stack's own `lambda_invocations_total`), and whether every student has a draft.

    swift build && python3 Benchmarks/batch/batch.py [--students 200] [--bin-dir .build/debug]
"""
import argparse
import io
import json
import os
import re
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "Tests" / "blackbox" / "lambda"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "Tests" / "blackbox" / "e2e"))
from lambda_support import REPO, Stack, teacher_token  # noqa: E402
from lifecycle_support import Redis  # noqa: E402
from limits_support import wait_for_end  # noqa: E402

SECRET = "batch-benchmark-signing-secret-0123456789abcdef"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ACTIVITIES = [
    "전지 실험에서 전압과 전류의 관계를 가설로 세우고 측정함.\n\n측정값이 튀자 세 번 반복 측정해 평균을 구함.",
    "미세먼지 센서를 교실 세 곳에 설치하고 일주일 동안 값을 기록함.\n\n기록한 값을 그래프로 그려 환기 시간과 비교함.",
    "광합성 속도와 빛의 세기의 관계를 알아보는 실험을 설계함.\n\n결과를 모둠 친구들에게 발표하고 질문에 답함.",
    "산과 염기의 중화 반응에서 지시약의 색 변화를 관찰함.\n\n관찰 결과를 표로 정리하고 오차 원인을 찾아 보고서에 씀.",
    "자유 낙하 운동을 스마트폰 영상으로 찍어 위치를 분석함.\n\n분석한 값으로 중력 가속도를 구하고 이론값과 비교함.",
]


def roster(count) -> bytes:
    book = openpyxl.Workbook()
    book.active.append(["번호", "이름", "메모"])
    for number in range(1, count + 1):
        book.active.append([number, f"학생{number:03d}", ACTIVITIES[number % len(ACTIVITIES)]])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def invocations(stack) -> dict:
    """lambda_invocations_total by function, from the queue service's /metrics."""
    with urllib.request.urlopen(f"{stack.sqs_endpoint}/metrics", timeout=30) as response:
        text = response.read().decode()
    counts = {}
    for match in re.finditer(r'^lambda_invocations_total\{[^}]*function="([^"]+)"[^}]*\} ([0-9.e+]+)$', text, re.MULTILINE):
        counts[match.group(1)] = counts.get(match.group(1), 0) + float(match.group(2))
    return counts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=200)
    parser.add_argument("--bin-dir", default=str(REPO / ".build" / "debug"))
    arguments = parser.parse_args()
    os.environ["RECORDLINE_BIN_DIR"] = arguments.bin_dir
    with tempfile.TemporaryDirectory() as directory:
        redis = Redis(Path(directory))
        stack = Stack(REPO / "template.yaml", Path(directory) / "stack", record_log=False,
                      env={"REDIS_URL": redis.url, "RECORDLINE_JWT_SECRET": SECRET},
                      extra_args=("--parameter-overrides", "RequestsPerMinute=100000"))
        try:
            stack.wait_ready(timeout=120)
            token = teacher_token(SECRET, "benchmark-teacher")
            before = invocations(stack)
            query = urllib.parse.urlencode({"section": "subject", "subject": "과학"})
            request = urllib.request.Request(f"{stack.endpoint}/v1/batches?{query}", method="POST", data=roster(arguments.students),
                                             headers={"Authorization": f"Bearer {token}", "Content-Type": XLSX})
            started = time.monotonic()
            with urllib.request.urlopen(request, timeout=300) as response:
                accepted = json.loads(response.read())
            uploaded = time.monotonic() - started
            for task in accepted["tasks"]:
                wait_for_end(stack, token, task["taskId"], timeout=7200)
            elapsed = time.monotonic() - started
            after = invocations(stack)
            with urllib.request.urlopen(urllib.request.Request(
                    f"{stack.endpoint}/v1/batches/{accepted['batchId']}", headers={"Authorization": f"Bearer {token}"}), timeout=120) as response:
                batch = json.loads(response.read())
            students = arguments.students
            print(f"students: {students}, upload answered in {uploaded:.2f} s, last student done after {elapsed:.1f} s "
                  f"({elapsed / students:.2f} s a student)")
            per_function = {name: (after.get(name, 0) - before.get(name, 0)) / students for name in sorted(after)}
            print("Lambda invocations per student: " + ", ".join(f"{name} {count:.2f}" for name, count in per_function.items())
                  + f"; all {sum(per_function.values()):.2f}")
            print(f"batch {batch['status']}: {batch['progress']}")
        finally:
            stack.stop()
            redis.stop()


if __name__ == "__main__":
    main()
