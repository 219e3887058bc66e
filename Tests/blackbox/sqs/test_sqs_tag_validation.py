"""TagQueue and UntagQueue refuse an empty request, and a queue holds at most 50 tags, through both protocols."""

import pytest

from sqs_rawhttp import query_error


def test_empty_tag_requests_refused(sqs, queue):
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.tag_queue(QueueUrl=queue, Tags={})
    assert error.value.response["Error"]["Code"] == "MissingParameter"
    assert error.value.response["Error"]["Message"] == "The request must contain the parameter Tags."
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.untag_queue(QueueUrl=queue, TagKeys=[])
    assert error.value.response["Error"]["Code"] == "InvalidParameterValue"
    assert error.value.response["Error"]["Message"] == "Tag keys must be between 1 and 128 characters in length."
    with pytest.raises(sqs.exceptions.ClientError):
        sqs.untag_queue(QueueUrl=queue, TagKeys=[""])
    assert "Tags" not in sqs.list_queue_tags(QueueUrl=queue)


def test_empty_tag_requests_refused_through_query(server, queue):
    assert query_error(server.endpoint, {"Action": "TagQueue", "QueueUrl": queue}) == (
        400, "MissingParameter", "The request must contain the parameter Tags.")
    assert query_error(server.endpoint, {"Action": "UntagQueue", "QueueUrl": queue}) == (
        400, "InvalidParameterValue", "Tag keys must be between 1 and 128 characters in length.")


def test_at_most_50_tags(sqs, queue):
    sqs.tag_queue(QueueUrl=queue, Tags={f"k{i}": "v" for i in range(50)})
    sqs.tag_queue(QueueUrl=queue, Tags={"k0": "replaced"})
    name = queue.rsplit("/", 1)[1]
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.tag_queue(QueueUrl=queue, Tags={"one-more": "v"})
    assert error.value.response["Error"]["Message"] == f"Too many tags added for queue {name}."
    tags = sqs.list_queue_tags(QueueUrl=queue)["Tags"]
    assert len(tags) == 50 and tags["k0"] == "replaced" and "one-more" not in tags
