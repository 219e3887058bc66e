"""AddPermission and RemovePermission keep the queue's Policy attribute as SQS does, compared with
the AWS-recorded permission lifecycle, and refuse what SQS refuses, through both protocols."""

import json

import pytest

from sqs_rawhttp import query_error, query_xml

OTHER = "668614515564"


def policy_of(sqs, queue):
    attributes = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["Policy"]).get("Attributes", {})
    return json.loads(attributes["Policy"]) if "Policy" in attributes else None


def recorded_policies(golden, queue):
    """The recorded lifecycle with its placeholders filled in for this server (account 000000000000)."""
    content = next(v for k, v in golden.items() if k.endswith("test_sqs_permission_lifecycle[sqs]"))["recorded-content"]
    text = json.dumps(content)
    for placeholder, value in [("arn:<partition>", "arn:aws"), ("<region>", "us-east-1"), ("111111111111", "000000000000"),
                               ("<resource:1>", "SQSDefaultPolicy"), ("<resource:2>", queue.rsplit("/", 1)[1]), ("<resource:3>", "root")]:
        text = text.replace(placeholder, value)
    return json.loads(text)


def comparable(policy):
    """Principals as a set: AWS recorded them in an order of its own."""
    if policy is None:
        return None
    for statement in policy["Statement"]:
        principal = statement["Principal"]["AWS"]
        statement["Principal"]["AWS"] = sorted(principal) if isinstance(principal, list) else principal
    return policy


def test_permission_lifecycle_matches_aws(sqs, queue, golden):
    recorded = recorded_policies(golden, queue)
    account = "000000000000"

    def expect(key):
        wanted = recorded[key].get("Attributes", {}).get("Policy")
        assert comparable(policy_of(sqs, queue)) == comparable(wanted), key

    sqs.add_permission(QueueUrl=queue, AWSAccountIds=[account, OTHER], Actions=["ReceiveMessage"], Label="crossaccountpermission")
    expect("get-queue-policy-attribute")
    sqs.remove_permission(QueueUrl=queue, Label="crossaccountpermission")
    expect("get-queue-policy-attribute-after-removal")
    sqs.add_permission(QueueUrl=queue, AWSAccountIds=[account], Actions=["ReceiveMessage"], Label="crossaccountpermission")
    expect("get-queue-policy-attribute-first-account-same-label")
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.add_permission(QueueUrl=queue, AWSAccountIds=[OTHER], Actions=["ReceiveMessage"], Label="crossaccountpermission")
    wanted = recorded["get-queue-policy-attribute-second-account-same-label"]["Error"]
    assert {k: error.value.response["Error"][k] for k in wanted} == wanted
    sqs.add_permission(QueueUrl=queue, AWSAccountIds=[account], Actions=["ReceiveMessage"], Label="crossaccountpermission2")
    expect("get-queue-policy-attribute-second-account-different-label")
    sqs.remove_permission(QueueUrl=queue, Label="crossaccountpermission")
    expect("get-queue-policy-attribute-delete-first-permission")
    sqs.remove_permission(QueueUrl=queue, Label="crossaccountpermission2")
    expect("get-queue-policy-attribute-delete-second-permission")
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.remove_permission(QueueUrl=queue, Label="crossaccountpermission2")
    wanted = recorded["get-queue-policy-attribute-delete-non-existent-label"]["Error"]
    assert {k: error.value.response["Error"][k] for k in wanted} == wanted


def test_several_actions_and_a_policy_of_ones_own(sqs, queue):
    own = {"Version": "2012-10-17", "Statement": [{"Sid": "mine", "Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": "*"}]}
    sqs.set_queue_attributes(QueueUrl=queue, Attributes={"Policy": json.dumps(own)})
    sqs.add_permission(QueueUrl=queue, AWSAccountIds=[OTHER], Actions=["SendMessage", "DeleteMessage"], Label="two")
    policy = policy_of(sqs, queue)
    assert policy["Version"] == "2012-10-17" and [s["Sid"] for s in policy["Statement"]] == ["mine", "two"]
    assert policy["Statement"][1]["Action"] == ["SQS:SendMessage", "SQS:DeleteMessage"]
    assert policy["Statement"][1]["Principal"] == {"AWS": f"arn:aws:iam::{OTHER}:root"}
    sqs.remove_permission(QueueUrl=queue, Label="two")
    assert policy_of(sqs, queue) == own


def test_permission_survives_restart(fresh_server):
    from sqs_harness import make_client
    srv = fresh_server()
    sqs = make_client(srv.endpoint)
    url = sqs.create_queue(QueueName="kept-policy")["QueueUrl"]
    sqs.add_permission(QueueUrl=url, AWSAccountIds=[OTHER], Actions=["*"], Label="kept")
    srv.kill()
    srv.start()
    assert policy_of(make_client(srv.endpoint), url)["Statement"][0]["Sid"] == "kept"


@pytest.mark.parametrize("arguments,code,message", [
    ({"AWSAccountIds": [OTHER], "Actions": []}, "MissingParameter", "The request must contain the parameter Actions."),
    ({"AWSAccountIds": [], "Actions": ["SendMessage"]}, "InvalidParameterValue",
     "Value [] for parameter PrincipalId is invalid. Reason: Unable to verify."),
    ({"AWSAccountIds": ["not-an-account"], "Actions": ["SendMessage"]}, "InvalidParameterValue",
     "Value [not-an-account] for parameter PrincipalId is invalid. Reason: Unable to verify."),
    ({"AWSAccountIds": [OTHER], "Actions": ["SendMessage"] * 8}, "OverLimit", "8 Actions were found, maximum allowed is 7."),
    ({"AWSAccountIds": [OTHER], "Actions": ["RemovePermission"]}, "InvalidParameterValue",
     "Value SQS:RemovePermission for parameter ActionName is invalid. Reason: Only the queue owner is allowed to invoke this action."),
])
def test_add_permission_refusals(sqs, queue, arguments, code, message):
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.add_permission(QueueUrl=queue, Label="refused", **arguments)
    assert (error.value.response["Error"]["Code"], error.value.response["Error"]["Message"]) == (code, message)
    assert policy_of(sqs, queue) is None


def test_bad_label_and_bad_policy(sqs, queue):
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.add_permission(QueueUrl=queue, Label="has space", AWSAccountIds=[OTHER], Actions=["SendMessage"])
    assert error.value.response["Error"]["Message"] == (
        "Value has space for parameter Label is invalid. Reason: Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length.")
    with pytest.raises(sqs.exceptions.ClientError) as error:
        sqs.remove_permission(QueueUrl=queue, Label="never-added")
    assert error.value.response["Error"]["Message"] == "Value never-added for parameter Label is invalid. Reason: can't find label."
    with pytest.raises(sqs.exceptions.InvalidAttributeValue) as error:
        sqs.set_queue_attributes(QueueUrl=queue, Attributes={"Policy": "not json"})
    assert error.value.response["Error"]["Message"] == "Invalid value for the parameter Policy."


def test_permissions_through_query(server, queue):
    status, _ = query_xml(server.endpoint, {
        "Action": "AddPermission", "QueueUrl": queue, "Label": "q1", "AWSAccountId.1": OTHER, "ActionName.1": "SendMessage",
        "ActionName.2": "ReceiveMessage"})
    assert status == 200
    status, root = query_xml(server.endpoint, {"Action": "GetQueueAttributes", "QueueUrl": queue, "AttributeName.1": "Policy"})
    policy = json.loads(root.findtext("GetQueueAttributesResult/Attribute/Value"))
    assert policy["Statement"] == [{"Sid": "q1", "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{OTHER}:root"},
                                    "Action": ["SQS:SendMessage", "SQS:ReceiveMessage"], "Resource": policy["Statement"][0]["Resource"]}]
    assert policy["Id"] == policy["Statement"][0]["Resource"] + "/SQSDefaultPolicy"
    assert query_error(server.endpoint, {"Action": "AddPermission", "QueueUrl": queue, "Label": "q1", "AWSAccountId.1": OTHER,
                                         "ActionName.1": "SendMessage"}) == (
        400, "InvalidParameterValue", "Value q1 for parameter Label is invalid. Reason: Already exists.")
    assert query_error(server.endpoint, {"Action": "AddPermission", "QueueUrl": queue, "Label": "q2", "AWSAccountId.1": OTHER}) == (
        400, "MissingParameter", "The request must contain the parameter Actions.")
    assert query_xml(server.endpoint, {"Action": "RemovePermission", "QueueUrl": queue, "Label": "q1"})[0] == 200
    assert query_error(server.endpoint, {"Action": "RemovePermission", "QueueUrl": queue, "Label": "q1"}) == (
        400, "InvalidParameterValue", "Value q1 for parameter Label is invalid. Reason: can't find label.")
