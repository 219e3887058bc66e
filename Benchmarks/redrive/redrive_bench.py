#!/usr/bin/env python3
"""Dead-letter redrive benchmark: fills a dead-letter queue of `local-runtime sqs` with N messages the
way the pipeline does (each received past its queue's maxReceiveCount), redrives them with
`recordline dlq redrive`, then counts what arrived back in the source queue: none lost, none twice.

Both ways are measured, each on its own N messages: `--all` (StartMessageMoveTask, progress from
ListMessageMoveTasks) and a selection (`--stage refine`: send each message, delete it only after the
send succeeded). Prints the figures; exits 1 if a message was lost or duplicated.

    swift build
    python3 Benchmarks/redrive/redrive_bench.py --messages 10000
"""

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import boto3
from botocore.config import Config

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def sqs_client(endpoint: str):
    return boto3.client("sqs", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="bench",
                        aws_secret_access_key="bench", config=Config(retries={"max_attempts": 3}, max_pool_connections=16))


def depth(sqs, url: str) -> int:
    attributes = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"])["Attributes"]
    return int(attributes["ApproximateNumberOfMessages"]) + int(attributes["ApproximateNumberOfMessagesNotVisible"])


def fill_dead_letter_queue(sqs, name: str, count: int) -> tuple[str, str, set[str]]:
    """Creates `<name>` (maxReceiveCount 1) and `<name>-dlq`, sends `count` stage messages and receives
    each twice, so the service dead-letters it. Returns both URLs and the bodies sent."""
    dlq_url = sqs.create_queue(QueueName=f"{name}-dlq")["QueueUrl"]
    dlq_arn = sqs.get_queue_attributes(QueueUrl=dlq_url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    source_url = sqs.create_queue(QueueName=name, Attributes={
        "RedrivePolicy": json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": "1"}), "VisibilityTimeout": "60"})["QueueUrl"]
    bodies = {json.dumps({"stage": "refine", "taskId": f"{name}-task-{i:06d}", "version": 1 + i % 3, "text": f"초안 {i}: 실험을 설계함."},
                         ensure_ascii=False, sort_keys=True) for i in range(count)}
    ordered = sorted(bodies)

    def send(chunk):
        sqs.send_message_batch(QueueUrl=source_url, Entries=[{"Id": str(i), "MessageBody": body} for i, body in enumerate(chunk)])

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(send, [ordered[i:i + 10] for i in range(0, len(ordered), 10)]))

    def drain(_):
        # First receive: delivered (count 1) and visible again at once; the next one dead-letters it.
        while True:
            messages = sqs.receive_message(QueueUrl=source_url, MaxNumberOfMessages=10, VisibilityTimeout=0, WaitTimeSeconds=0).get("Messages", [])
            if not messages and depth(sqs, source_url) == 0:
                return

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(drain, range(4)))
    deadline = time.monotonic() + 60
    while depth(sqs, dlq_url) < count and time.monotonic() < deadline:
        time.sleep(0.1)
    assert depth(sqs, dlq_url) == count, f"{depth(sqs, dlq_url)} of {count} reached {name}-dlq"
    return source_url, dlq_url, bodies


def collect(sqs, url: str, expected: int) -> list[str]:
    """Receives and deletes everything in the queue; returns the bodies, repeats included."""
    received: list[str] = []
    idle_since = None
    while True:
        messages = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=1, VisibilityTimeout=120).get("Messages", [])
        if messages:
            idle_since = None
            received += [m["Body"] for m in messages]
            sqs.delete_message_batch(QueueUrl=url, Entries=[{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(messages)])
            continue
        if len(received) >= expected and depth(sqs, url) == 0:
            return received
        idle_since = idle_since or time.monotonic()
        if time.monotonic() - idle_since > 5:
            return received


def run_redrive(recordline: Path, endpoint: str, arguments: list[str]) -> tuple[float, int, dict, int]:
    environment = {**os.environ, "AWS_ENDPOINT_URL_SQS": endpoint, "AWS_REGION": "us-east-1", "AWS_ACCESS_KEY_ID": "bench",
                   "AWS_SECRET_ACCESS_KEY": "bench", "REDIS_URL": "redis://127.0.0.1:1"}
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as directory:
        result = subprocess.run([str(recordline), "dlq", "redrive", *arguments, "--yes", "--json"], capture_output=True, text=True,
                                env=environment, cwd=directory, timeout=1800)
    seconds = time.monotonic() - started
    if result.returncode != 0:
        sys.exit(f"recordline dlq redrive {' '.join(arguments)} exited {result.returncode}:\n{result.stderr[-2000:]}")
    progress = [line for line in result.stderr.splitlines() if " moved" in line]
    return seconds, len(progress), json.loads(result.stdout), result.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--rate", type=int, help="--rate for both redrives (messages per second)")
    parser.add_argument("--bin-dir", type=Path, default=Path(os.environ.get("RECORDLINE_BIN_DIR", REPO / ".build" / "debug")))
    arguments = parser.parse_args()

    port = free_port()
    server = subprocess.Popen([str(arguments.bin_dir / "local-runtime"), "sqs", "--port", str(port), "--log-level", "warning"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    endpoint = f"http://127.0.0.1:{port}"
    sqs = sqs_client(endpoint)
    try:
        for _ in range(200):
            try:
                sqs.list_queues()
                break
            except Exception:  # noqa: BLE001 - not up yet
                time.sleep(0.05)
        rate = ["--rate", str(arguments.rate)] if arguments.rate else []
        failures = 0
        for label, name, selection in (("--all (move task)", "bench-all", ["--all"]),
                                       ("--stage refine (send, then delete)", "bench-selected", ["--stage", "refine"])):
            source_url, dlq_url, bodies = fill_dead_letter_queue(sqs, name, arguments.messages)
            seconds, progress_lines, summary, _ = run_redrive(arguments.bin_dir / "recordline", endpoint, [f"{name}-dlq", *selection, *rate])
            received = collect(sqs, source_url, arguments.messages)
            unique = set(received)
            lost = len(bodies - unique)
            duplicated = len(received) - len(unique)
            left = depth(sqs, dlq_url)
            failures += lost + duplicated + left
            print(f"redrive {label}: {arguments.messages} messages in {seconds:.2f} s ({arguments.messages / seconds:,.0f} msg/s), "
                  f"{progress_lines} progress lines, reported moved {summary['moved']}; "
                  f"counted back {len(unique)}, lost {lost}, duplicated {duplicated}, left in the DLQ {left}")
        return 1 if failures else 0
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    sys.exit(main())
