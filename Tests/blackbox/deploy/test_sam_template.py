"""template.yaml as AWS would take it: cfn-lint clean, and transformed by aws-sam-translator (what
`sam validate` and CloudFormation run) into the resources the architecture describes."""
import copy
import pathlib
import subprocess

import pytest
import yaml
from samtranslator.translator.transform import transform

ROOT = pathlib.Path(__file__).resolve().parents[3]
TEMPLATE = ROOT / "template.yaml"


class CloudFormationLoader(yaml.SafeLoader):
    """Reads the short-form intrinsic tags (!Ref, !GetAtt, !Sub …) into their long form."""


def _intrinsic(loader, suffix, node):
    name = "Ref" if suffix in ("Ref", "Condition") else f"Fn::{suffix}"
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
        if suffix == "GetAtt":
            value = value.split(".", 1)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)
    return {name: value}


CloudFormationLoader.add_multi_constructor("!", _intrinsic)


class NoManagedPolicies:
    """The translator resolves AWS managed policy names through IAM; the template uses none."""

    def load(self):
        return {}


@pytest.fixture(scope="module")
def template():
    return yaml.load(TEMPLATE.read_text(encoding="utf-8"), Loader=CloudFormationLoader)


@pytest.fixture(scope="module")
def translated(template, monkeypatch_module):
    # The translator reads the region the way boto3 does.
    monkeypatch_module.setenv("AWS_DEFAULT_REGION", "ap-northeast-2")
    # `sam package` uploads each local CodeUri and writes its S3 location; `sam validate` does the same
    # substitution before translating.
    packaged = copy.deepcopy(template)
    for resource in packaged["Resources"].values():
        properties = resource.get("Properties", {})
        if resource["Type"] == "AWS::Serverless::Function" and not str(properties.get("CodeUri", "")).startswith("s3://"):
            properties["CodeUri"] = f"s3://recordline-artifacts/{pathlib.PurePath(properties['CodeUri']).name}.zip"
    return transform(packaged, {}, NoManagedPolicies())


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def test_cfn_lint_passes():
    result = subprocess.run(["cfn-lint", str(TEMPLATE)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_sam_translation_yields_the_stack(translated):
    resources = translated["Resources"]
    by_type = {}
    for logical_id, resource in resources.items():
        by_type.setdefault(resource["Type"], []).append(logical_id)
    assert len(by_type["AWS::Lambda::Function"]) == 4
    assert len(by_type["AWS::SQS::Queue"]) == 6
    assert len(by_type["AWS::Lambda::EventSourceMapping"]) == 3
    assert "AWS::Lambda::Url" in by_type
    assert "AWS::ApiGatewayV2::Api" in by_type


def test_functions_are_custom_runtime_bootstraps(translated):
    for resource in translated["Resources"].values():
        if resource["Type"] == "AWS::Lambda::Function":
            properties = resource["Properties"]
            assert properties["Runtime"] == "provided.al2023"
            assert properties["Handler"] == "bootstrap"


def test_every_work_queue_has_a_dead_letter_queue_and_a_long_enough_visibility(template):
    resources = template["Resources"]
    parameters = template["Parameters"]
    timeout = int(parameters["FunctionTimeout"]["Default"])
    visibility = int(parameters["QueueVisibilityTimeout"]["Default"])
    assert visibility >= 6 * timeout
    work_queues = [name for name in ("DraftQueue", "RefineQueue", "FinalizeQueue")]
    for name in work_queues:
        policy = resources[name]["Properties"]["RedrivePolicy"]
        dead_letter = policy["deadLetterTargetArn"]["Fn::GetAtt"][0]
        assert resources[dead_letter]["Type"] == "AWS::SQS::Queue"
        assert policy["maxReceiveCount"] == {"Ref": "MaxReceiveCount"}


def test_sqs_events_report_batch_item_failures(translated):
    mappings = [r for r in translated["Resources"].values() if r["Type"] == "AWS::Lambda::EventSourceMapping"]
    for mapping in mappings:
        assert mapping["Properties"]["FunctionResponseTypes"] == ["ReportBatchItemFailures"]


def test_the_api_streams_through_its_function_url(translated):
    urls = [r for r in translated["Resources"].values() if r["Type"] == "AWS::Lambda::Url"]
    assert [u["Properties"]["InvokeMode"] for u in urls] == ["RESPONSE_STREAM"]


def test_the_model_key_is_no_echo(template):
    assert template["Parameters"]["ModelApiKey"]["NoEcho"] is True


def test_both_architectures_are_allowed(template):
    assert set(template["Parameters"]["Architecture"]["AllowedValues"]) == {"arm64", "x86_64"}
