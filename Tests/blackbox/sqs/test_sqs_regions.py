"""Queues are regional, as on SQS: the server holds the queues of one region (`--region`, default
us-east-1), and a request signed for another region finds none of them, by name or by URL, whatever
QueueOwnerAWSAccountId says; asking for another account's queue finds none either. Through boto3 (JSON
protocol) and SigV4-signed Query requests."""

import time

import pytest

from sqs_harness import make_client
from sqs_rawhttp import signed_query_xml


def recorded_missing(golden):
    """How SQS words a missing queue: over JSON, and over Query (AWS-recorded)."""
    content = next(v for k, v in golden.items() if k.endswith("::test_non_existent_queue"))["recorded-content"]
    return content["queue-does-not-exist"]["Error"], content["queue-does-not-exist-query"]["Error"]


def name_of(url):
    return url.rsplit("/", 1)[1]


def test_get_queue_url_from_another_region_finds_nothing(server, sqs, queue, golden):
    json_error, _ = recorded_missing(golden)
    elsewhere = make_client(server.endpoint, region="eu-west-1")
    for owner in [{}, {"QueueOwnerAWSAccountId": "000000000000"}]:
        with pytest.raises(elsewhere.exceptions.QueueDoesNotExist) as error:
            elsewhere.get_queue_url(QueueName=name_of(queue), **owner)
        assert error.value.response["Error"]["Message"] == json_error["Message"]
        assert error.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    # In its own region the queue is there, named with or without its owner.
    assert sqs.get_queue_url(QueueName=name_of(queue))["QueueUrl"] == queue
    assert sqs.get_queue_url(QueueName=name_of(queue), QueueOwnerAWSAccountId="000000000000")["QueueUrl"] == queue


def test_another_accounts_queue_is_not_found(sqs, queue, golden):
    json_error, _ = recorded_missing(golden)
    for account in ["111111111111", "not-an-account"]:
        with pytest.raises(sqs.exceptions.QueueDoesNotExist) as error:
            sqs.get_queue_url(QueueName=name_of(queue), QueueOwnerAWSAccountId=account)
        assert error.value.response["Error"]["Message"] == json_error["Message"]


def test_another_region_sees_no_queue_at_all(server, sqs, queue):
    elsewhere = make_client(server.endpoint, region="ap-northeast-2")
    assert "QueueUrls" not in elsewhere.list_queues(QueueNamePrefix=name_of(queue))
    with pytest.raises(elsewhere.exceptions.QueueDoesNotExist):
        elsewhere.send_message(QueueUrl=queue, MessageBody="to the wrong region")
    with pytest.raises(elsewhere.exceptions.QueueDoesNotExist):
        elsewhere.get_queue_attributes(QueueUrl=queue, AttributeNames=["All"])
    with pytest.raises(elsewhere.exceptions.QueueDoesNotExist):
        elsewhere.receive_message(QueueUrl=queue)
    with pytest.raises(elsewhere.exceptions.QueueDoesNotExist):
        elsewhere.delete_queue(QueueUrl=queue)
    # Nothing reached the queue, which is still there for its own region.
    assert sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["ApproximateNumberOfMessages"])["Attributes"] == {
        "ApproximateNumberOfMessages": "0"}


def test_creating_in_another_region_is_refused_clearly(server, sqs):
    name = f"elsewhere-{time.monotonic_ns() % 10**9}"
    elsewhere = make_client(server.endpoint, region="eu-west-1")
    with pytest.raises(elsewhere.exceptions.ClientError) as error:
        elsewhere.create_queue(QueueName=name)
    got = error.value.response["Error"]
    assert got["Code"] == "AWS.SimpleQueueService.UnsupportedOperation"
    assert "us-east-1" in got["Message"] and "eu-west-1" in got["Message"] and "--region" in got["Message"]
    assert "QueueUrls" not in sqs.list_queues(QueueNamePrefix=name)


def test_regions_through_query(server, queue, golden):
    _, query_error = recorded_missing(golden)
    name = name_of(queue)
    status, root = signed_query_xml(server.endpoint, {"Action": "GetQueueUrl", "QueueName": name}, "us-east-1")
    assert status == 200 and root.findtext("GetQueueUrlResult/QueueUrl") == queue
    for params in [{"Action": "GetQueueUrl", "QueueName": name},
                   {"Action": "GetQueueUrl", "QueueName": name, "QueueOwnerAWSAccountId": "000000000000"},
                   {"Action": "SendMessage", "QueueUrl": queue, "MessageBody": "to the wrong region"}]:
        status, root = signed_query_xml(server.endpoint, params, "eu-west-1")
        assert (status, root.findtext("Error/Code"), root.findtext("Error/Message")) == (400, query_error["Code"], query_error["Message"])
    status, root = signed_query_xml(server.endpoint, {"Action": "GetQueueUrl", "QueueName": name, "QueueOwnerAWSAccountId": "111111111111"},
                                    "us-east-1")
    assert (status, root.findtext("Error/Code")) == (400, query_error["Code"])
    status, root = signed_query_xml(server.endpoint, {"Action": "ListQueues", "QueueNamePrefix": name}, "eu-west-1")
    assert status == 200 and root.findall("ListQueuesResult/QueueUrl") == []
    # A request missing what it needs is refused for that first, in any region.
    status, root = signed_query_xml(server.endpoint, {"Action": "GetQueueUrl"}, "eu-west-1")
    assert (status, root.findtext("Error/Code"), root.findtext("Error/Message")) == (
        400, "MissingParameter", "The request must contain the parameter QueueName.")


def test_the_region_the_server_holds(fresh_server):
    """`--region eu-west-1`: its queues are eu-west-1's, in ARNs too; us-east-1 finds none of them."""
    srv = fresh_server("--region", "eu-west-1")
    home = make_client(srv.endpoint, region="eu-west-1")
    url = home.create_queue(QueueName="european")["QueueUrl"]
    assert home.get_queue_url(QueueName="european")["QueueUrl"] == url
    arn = home.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    assert arn == "arn:aws:sqs:eu-west-1:000000000000:european"
    with pytest.raises(home.exceptions.QueueDoesNotExist):
        make_client(srv.endpoint, region="us-east-1").get_queue_url(QueueName="european")
    status, root = signed_query_xml(srv.endpoint, {"Action": "GetQueueUrl", "QueueName": "european"}, "eu-west-1")
    assert status == 200 and root.findtext("GetQueueUrlResult/QueueUrl") == url
