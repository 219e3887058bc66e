"""Durability: acknowledged messages survive kill -9 and a restart; so do in-flight receipts."""

import threading
import time

import pytest

from sqs_harness import make_client


def test_kill_mid_stream_loses_nothing(fresh_server):
    srv = fresh_server()
    sqs = make_client(srv.endpoint)
    url = sqs.create_queue(QueueName="durable")["QueueUrl"]
    acknowledged = set()
    stop = threading.Event()

    def sender(worker):
        client = make_client(srv.endpoint)
        n = 0
        while not stop.is_set() and n < 5000:
            entries = [{"Id": str(i), "MessageBody": f"w{worker}-{n + i}"} for i in range(10)]
            try:
                result = client.send_message_batch(QueueUrl=url, Entries=entries)
            except Exception:
                return  # the server died under this request: not acknowledged
            acknowledged.update(e["MessageId"] for e in result.get("Successful", []))
            n += 10

    threads = [threading.Thread(target=sender, args=(w,)) for w in range(3)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 20
    while len(acknowledged) < 1500 and time.monotonic() < deadline:
        time.sleep(0.01)
    srv.kill()
    stop.set()
    for thread in threads:
        thread.join(30)
    assert len(acknowledged) >= 1500

    srv.start()
    sqs = make_client(srv.endpoint)
    seen = {}
    empty = 0
    for _ in range(10000):
        got = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=1).get("Messages", [])
        if not got:
            empty += 1
            if empty >= 2:
                break
            continue
        empty = 0
        for message in got:
            seen[message["MessageId"]] = seen.get(message["MessageId"], 0) + 1
        sqs.delete_message_batch(QueueUrl=url, Entries=[{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(got)])
    missing = acknowledged - set(seen)
    assert not missing, f"{len(missing)} acknowledged messages lost"
    # After a full drain with deletes, every message was received exactly once.
    assert all(count == 1 for count in seen.values())


def test_in_flight_receipts_survive_restart(fresh_server):
    srv = fresh_server()
    sqs = make_client(srv.endpoint)
    url = sqs.create_queue(QueueName="inflight")["QueueUrl"]
    sqs.send_message(QueueUrl=url, MessageBody="held")
    sqs.send_message(QueueUrl=url, MessageBody="deleted-after-restart")
    held = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=1, VisibilityTimeout=3)["Messages"][0]
    other = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=1, VisibilityTimeout=60)["Messages"][0]
    srv.kill()
    srv.start()
    sqs = make_client(srv.endpoint)
    attributes = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["All"])["Attributes"]
    assert attributes["ApproximateNumberOfMessagesNotVisible"] == "2"
    # A receipt handle issued before the restart still deletes.
    sqs.delete_message(QueueUrl=url, ReceiptHandle=other["ReceiptHandle"])
    assert "Messages" not in sqs.receive_message(QueueUrl=url)
    again = sqs.receive_message(QueueUrl=url, WaitTimeSeconds=6, AttributeNames=["ApproximateReceiveCount"])["Messages"]
    assert again[0]["MessageId"] == held["MessageId"]
    assert again[0]["Attributes"]["ApproximateReceiveCount"] == "2"


def test_queues_attributes_and_tags_survive_restart(fresh_server):
    srv = fresh_server()
    sqs = make_client(srv.endpoint)
    url = sqs.create_queue(QueueName="kept", Attributes={"VisibilityTimeout": "45"}, tags={"k": "v"})["QueueUrl"]
    sqs.send_message(QueueUrl=url, MessageBody="d", DelaySeconds=2, MessageAttributes={"a": {"DataType": "Binary", "BinaryValue": b"\x01\x02"}})
    srv.kill()
    srv.start()
    sqs = make_client(srv.endpoint)
    assert sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["VisibilityTimeout"])["Attributes"]["VisibilityTimeout"] == "45"
    assert sqs.list_queue_tags(QueueUrl=url)["Tags"] == {"k": "v"}
    got = sqs.receive_message(QueueUrl=url, WaitTimeSeconds=5, MessageAttributeNames=["All"])["Messages"][0]
    assert got["MessageAttributes"] == {"a": {"DataType": "Binary", "BinaryValue": b"\x01\x02"}}


def test_duplicate_rate_redelivers(fresh_server):
    srv = fresh_server("--duplicate-rate", "0.5")
    sqs = make_client(srv.endpoint)
    url = sqs.create_queue(QueueName="dups")["QueueUrl"]
    ids = set()
    for batch in range(10):
        result = sqs.send_message_batch(QueueUrl=url, Entries=[{"Id": str(i), "MessageBody": f"{batch}-{i}"} for i in range(10)])
        ids.update(e["MessageId"] for e in result["Successful"])
    deliveries = []
    empty = 0
    for _ in range(1000):
        got = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", [])
        if not got:
            empty += 1
            if empty >= 3:
                break
            continue
        deliveries += [m["MessageId"] for m in got]
        sqs.delete_message_batch(QueueUrl=url, Entries=[{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(got)])
    assert set(deliveries) == ids
    duplicates = len(deliveries) - len(ids)
    # Binomial(100, 0.5): far outside [20, 80] would mean the option does nothing or everything.
    assert 20 <= duplicates <= 80
    assert max(deliveries.count(i) for i in ids) == 2


def test_second_server_on_same_data_refuses(fresh_server):
    from sqs_harness import Server
    srv = fresh_server()
    other = Server(srv.data_dir)
    try:
        with pytest.raises(RuntimeError, match="server exited"):
            other.start()
    finally:
        other.stop()
    # The first one is unaffected.
    assert make_client(srv.endpoint).list_queues().get("QueueUrls") is None
