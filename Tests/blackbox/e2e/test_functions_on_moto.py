"""The function executables against an independent SQS implementation: moto_server. Each function
runs behind a small stand-in for the Lambda Runtime API; its queue client talks to moto. A task goes
from the api function through draft, refine and finalize, every hop a real message in moto."""
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import boto3
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lambda"))
from e2e_support import RuntimeAPI  # noqa: E402
from lambda_support import bin_dir, free_port, teacher_token  # noqa: E402

SECRET = "moto-test-secret-moto-test-secret-01"
REGION = "us-east-1"


@pytest.fixture(scope="module")
def moto():
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "moto.server", "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = boto3.client("sqs", endpoint_url=f"http://127.0.0.1:{port}", region_name=REGION,
                          aws_access_key_id="testing", aws_secret_access_key="testing")
    for _ in range(200):
        try:
            client.list_queues()
            break
        except Exception:  # noqa: BLE001 - not up yet
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}", client
    process.kill()
    process.wait(5)


@pytest.fixture(scope="module")
def functions(moto, redis):
    endpoint, sqs = moto
    urls = {name: sqs.create_queue(QueueName=f"recordline-{name}")["QueueUrl"] for name in ("draft", "refine", "finalize")}
    environment = {
        "PATH": os.environ["PATH"], "AWS_REGION": REGION, "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_ENDPOINT_URL_SQS": endpoint, "REDIS_URL": redis, "RECORDLINE_JWT_SECRET": SECRET,
        "DRAFT_QUEUE_URL": urls["draft"], "REFINE_QUEUE_URL": urls["refine"], "FINALIZE_QUEUE_URL": urls["finalize"],
    }
    started = {}
    for name in ("api", "draft", "refine", "finalize"):
        runtime = RuntimeAPI()
        process = subprocess.Popen([str(bin_dir() / name)], env={**environment, "AWS_LAMBDA_RUNTIME_API": f"127.0.0.1:{runtime.port}",
                                                                  "AWS_LAMBDA_FUNCTION_NAME": name},
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        started[name] = (runtime, process)
    yield {name: runtime for name, (runtime, _) in started.items()}, sqs, urls
    for runtime, process in started.values():
        process.kill()
        process.wait(5)
        runtime.server.shutdown()


def http_event(method, path, token, body=None):
    return {"version": "2.0", "routeKey": "$default", "rawPath": path, "rawQueryString": "",
            "headers": {"authorization": f"Bearer {token}", "content-type": "application/json"},
            "requestContext": {"http": {"method": method, "path": path, "sourceIp": "127.0.0.1"}, "routeKey": "$default", "stage": "$default"},
            "body": json.dumps(body) if body is not None else None, "isBase64Encoded": False}


def take(sqs, url, count, timeout=30):
    """Receives `count` messages from moto as the SQS event Lambda would build, and deletes them."""
    records, deadline = [], time.monotonic() + timeout
    while len(records) < count and time.monotonic() < deadline:
        for message in sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=1,
                                           MessageSystemAttributeNames=["All"]).get("Messages", []):
            records.append({"messageId": message["MessageId"], "receiptHandle": message["ReceiptHandle"], "body": message["Body"],
                            "attributes": message.get("Attributes", {}), "messageAttributes": {}, "md5OfBody": message["MD5OfBody"],
                            "eventSource": "aws:sqs", "eventSourceARN": f"arn:aws:sqs:{REGION}:123456789012:queue", "awsRegion": REGION})
            sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
    assert len(records) == count
    return {"Records": records}


def test_a_task_runs_through_the_functions_on_moto(functions):
    runtimes, sqs, urls = functions
    token = teacher_token(SECRET, "moto-teacher")
    accepted = runtimes["api"].invoke(http_event("POST", "/v1/tasks", token, {
        "section": "club", "activities": "수학 동아리에서 풀이 자료를 만듦.\n\n발표회에서 원리를 설명함. 토플 110점."}))
    assert accepted["statusCode"] == 202, accepted
    task_id = json.loads(accepted["body"])["taskId"]

    assert runtimes["draft"].invoke(take(sqs, urls["draft"], 1)) == {"batchItemFailures": []}
    assert runtimes["refine"].invoke(take(sqs, urls["refine"], 3)) == {"batchItemFailures": []}
    assert runtimes["finalize"].invoke(take(sqs, urls["finalize"], 3)) == {"batchItemFailures": []}

    answer = runtimes["api"].invoke(http_event("GET", f"/v1/tasks/{task_id}", token))
    task = json.loads(answer["body"])
    assert task["status"] == "completed", task
    assert [v["status"] for v in task["versions"]] == ["completed"] * 3
    assert all(v["report"]["passes"] and "토플" not in v["text"] for v in task["versions"])
