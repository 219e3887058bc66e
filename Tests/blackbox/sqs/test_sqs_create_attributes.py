"""CreateQueue's attributes as SQS takes them: FIFO attributes refused on a standard queue (AWS-recorded
texts, `FifoQueue=false` included, as SQS answers it), the retention range, names taken as given."""

import time

import pytest

from sqs_rawhttp import query_error, query_xml


def unique(prefix):
    return f"{prefix}-{time.monotonic_ns() % 10**9}"


def recorded(golden):
    return next(v for k, v in golden.items() if k.endswith("::test_create_standard_queue_with_fifo_attribute_raises_error[sqs]"))["recorded-content"]


@pytest.mark.parametrize("attribute,value,key", [
    ("FifoQueue", "false", "invalid-attribute-fifo-queue"),
    ("ContentBasedDeduplication", "false", "invalid-attribute-content-based-deduplication"),
    ("DeduplicationScope", "queue", "invalid-attribute-deduplication-scope"),
    ("FifoThroughputLimit", "perQueue", "invalid-attribute-throughput-limit"),
])
def test_fifo_attributes_refused_on_standard_queue(sqs, golden, attribute, value, key):
    wanted = recorded(golden)[key]["Error"]
    name = unique("standard")
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.create_queue(QueueName=name, Attributes={attribute: value})
    assert {k: error.value.response["Error"][k] for k in ("Code", "Message")} == {k: wanted[k] for k in ("Code", "Message")}
    assert "QueueUrls" not in sqs.list_queues(QueueNamePrefix=name)


def test_fifo_attributes_refused_on_standard_queue_through_query(server):
    name = unique("standard-query")
    assert query_error(server.endpoint, {"Action": "CreateQueue", "QueueName": name, "Attribute.1.Name": "FifoQueue",
                                         "Attribute.1.Value": "false"}) == (400, "InvalidAttributeName", "Unknown Attribute FifoQueue.")
    assert query_error(server.endpoint, {"Action": "CreateQueue", "QueueName": name, "Attribute.1.Name": "DeduplicationScope",
                                         "Attribute.1.Value": "queue"}) == (
        400, "InvalidAttributeName", "You can specify the DeduplicationScope only when FifoQueue is set to true.")


def test_fifo_queue_still_takes_them(sqs):
    name = unique("both") + ".fifo"
    url = sqs.create_queue(QueueName=name, Attributes={"FifoQueue": "true", "DeduplicationScope": "messageGroup",
                                                       "FifoThroughputLimit": "perMessageGroupId"})["QueueUrl"]
    attributes = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["All"])["Attributes"]
    assert (attributes["FifoQueue"], attributes["DeduplicationScope"], attributes["FifoThroughputLimit"]) == ("true", "messageGroup", "perMessageGroupId")
    with pytest.raises(sqs.exceptions.ClientError):
        sqs.create_queue(QueueName=unique("nofifo"), Attributes={"FifoQueue": "true"})
    sqs.delete_queue(QueueUrl=url)


@pytest.mark.parametrize("value,accepted", [("60", True), ("1209600", True), ("59", False), ("1209601", False), ("1.5", False)])
def test_retention_range(sqs, server, value, accepted):
    """MessageRetentionPeriod: 60 s to 1,209,600 s (14 days), as the CreateQueue reference gives it."""
    name = unique("retention")
    if accepted:
        url = sqs.create_queue(QueueName=name, Attributes={"MessageRetentionPeriod": value})["QueueUrl"]
        assert sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["MessageRetentionPeriod"])["Attributes"] == {"MessageRetentionPeriod": value}
        status, _ = query_xml(server.endpoint, {"Action": "SetQueueAttributes", "QueueUrl": url, "Attribute.1.Name": "MessageRetentionPeriod",
                                                "Attribute.1.Value": value})
        assert status == 200
        sqs.delete_queue(QueueUrl=url)
    else:
        with pytest.raises(sqs.exceptions.InvalidAttributeValue) as error:
            sqs.create_queue(QueueName=name, Attributes={"MessageRetentionPeriod": value})
        assert error.value.response["Error"]["Message"] == "Invalid value for the parameter MessageRetentionPeriod."
        assert query_error(server.endpoint, {"Action": "CreateQueue", "QueueName": name, "Attribute.1.Name": "MessageRetentionPeriod",
                                             "Attribute.1.Value": value}) == (
            400, "InvalidAttributeValue", "Invalid value for the parameter MessageRetentionPeriod.")


@pytest.mark.parametrize("spaced", [" VisibilityTimeout ", "VisibilityTimeout ", "\tVisibilityTimeout", " All"])
def test_attribute_name_with_spaces_is_named_in_the_refusal(server, sqs, queue, spaced):
    """Attribute names are SQS's QueueAttributeName values, matched as given: the API reference lists
    them exactly and neither it nor any AWS recording trims them, so a name with whitespace around it is
    an unknown attribute in CreateQueue, SetQueueAttributes and GetQueueAttributes, and the error shows it."""
    wanted = f"Unknown Attribute {spaced}."
    name = unique("spaced")
    with pytest.raises(sqs.exceptions.InvalidAttributeName) as error:
        sqs.create_queue(QueueName=name, Attributes={spaced: "40"})
    assert error.value.response["Error"]["Message"] == wanted
    with pytest.raises(sqs.exceptions.InvalidAttributeName) as error:
        sqs.set_queue_attributes(QueueUrl=queue, Attributes={spaced: "40"})
    assert error.value.response["Error"]["Message"] == wanted
    with pytest.raises(sqs.exceptions.InvalidAttributeName) as error:
        sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=[spaced])
    assert error.value.response["Error"]["Message"] == wanted
    for params in [{"Action": "CreateQueue", "QueueName": name, "Attribute.1.Name": spaced, "Attribute.1.Value": "40"},
                   {"Action": "SetQueueAttributes", "QueueUrl": queue, "Attribute.1.Name": spaced, "Attribute.1.Value": "40"},
                   {"Action": "GetQueueAttributes", "QueueUrl": queue, "AttributeName.1": spaced}]:
        assert query_error(server.endpoint, params) == (400, "InvalidAttributeName", wanted), params["Action"]
    # Nothing was created or changed.
    assert "QueueUrls" not in sqs.list_queues(QueueNamePrefix=name)
    assert sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["VisibilityTimeout"])["Attributes"] == {"VisibilityTimeout": "30"}
