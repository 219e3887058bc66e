"""Long polls wake at once on a send, a visibility change or a delay expiry, and time out on schedule."""

import threading
import time


def receive_in_background(sqs, queue, wait=10):
    result = {}

    def run():
        start = time.monotonic()
        result["messages"] = sqs.receive_message(QueueUrl=queue, WaitTimeSeconds=wait).get("Messages", [])
        result["elapsed"] = time.monotonic() - start

    thread = threading.Thread(target=run)
    thread.start()
    time.sleep(0.3)
    return thread, result


def test_wakes_on_send(sqs, queue):
    thread, result = receive_in_background(sqs, queue)
    sent_at = time.monotonic()
    sqs.send_message(QueueUrl=queue, MessageBody="wake")
    thread.join(15)
    assert [m["Body"] for m in result["messages"]] == ["wake"]
    assert result["elapsed"] < 0.3 + (time.monotonic() - sent_at) + 0.5


def test_wakes_on_visibility_change(sqs, queue):
    sqs.send_message(QueueUrl=queue, MessageBody="held")
    handle = sqs.receive_message(QueueUrl=queue, VisibilityTimeout=300)["Messages"][0]["ReceiptHandle"]
    thread, result = receive_in_background(sqs, queue)
    sqs.change_message_visibility(QueueUrl=queue, ReceiptHandle=handle, VisibilityTimeout=0)
    thread.join(15)
    assert [m["Body"] for m in result["messages"]] == ["held"]
    assert result["elapsed"] < 2.5


def test_wakes_on_delay_expiry_and_visibility_expiry(sqs, queue):
    sqs.send_message(QueueUrl=queue, MessageBody="delayed", DelaySeconds=1)
    start = time.monotonic()
    got = sqs.receive_message(QueueUrl=queue, WaitTimeSeconds=10)["Messages"]
    elapsed = time.monotonic() - start
    assert got[0]["Body"] == "delayed" and 0.8 < elapsed < 2.5
    sqs.change_message_visibility(QueueUrl=queue, ReceiptHandle=got[0]["ReceiptHandle"], VisibilityTimeout=1)
    start = time.monotonic()
    again = sqs.receive_message(QueueUrl=queue, WaitTimeSeconds=10)["Messages"]
    assert again[0]["Body"] == "delayed" and time.monotonic() - start < 2.5


def test_times_out_empty(sqs, queue):
    start = time.monotonic()
    assert "Messages" not in sqs.receive_message(QueueUrl=queue, WaitTimeSeconds=1)
    assert 0.9 < time.monotonic() - start < 3


def test_queue_default_wait(sqs, queue):
    sqs.set_queue_attributes(QueueUrl=queue, Attributes={"ReceiveMessageWaitTimeSeconds": "1"})
    start = time.monotonic()
    assert "Messages" not in sqs.receive_message(QueueUrl=queue)
    assert 0.9 < time.monotonic() - start < 3


def test_many_waiters_each_get_a_message(sqs, queue):
    results = []
    lock = threading.Lock()

    def run():
        got = sqs.receive_message(QueueUrl=queue, WaitTimeSeconds=10).get("Messages", [])
        with lock:
            results.extend(m["Body"] for m in got)

    threads = [threading.Thread(target=run) for _ in range(5)]
    for thread in threads:
        thread.start()
    time.sleep(0.3)
    for i in range(5):
        sqs.send_message(QueueUrl=queue, MessageBody=f"w{i}")
    for thread in threads:
        thread.join(15)
    assert sorted(results) == [f"w{i}" for i in range(5)]
