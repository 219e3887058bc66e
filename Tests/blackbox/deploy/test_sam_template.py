"""template.yaml as AWS would take it: cfn-lint clean, and transformed by aws-sam-translator (what
`sam validate` and CloudFormation run) into the resources the architecture describes."""
import copy
import os
import pathlib
import re
import subprocess

import pytest
import yaml
from samtranslator.translator.transform import transform

ROOT = pathlib.Path(__file__).resolve().parents[3]
TEMPLATE = ROOT / "template.yaml"


class CloudFormationLoader(yaml.SafeLoader):
    """Reads the short-form intrinsic tags (!Ref, !GetAtt, !Sub …) into their long form."""


def _intrinsic(loader, suffix, node):
    name = suffix if suffix in ("Ref", "Condition") else f"Fn::{suffix}"
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


# --- The two Redis choices and the VPC: what CloudFormation would create for given parameters. ---

VPC = {"VpcId": "vpc-0123456789abcdef0", "SubnetIds": "subnet-0123456789abcdef0,subnet-0123456789abcdef1"}
CREATED_REDIS = {"CreateRedis": "true", **VPC}
EXTERNAL_REDIS = {"RedisUrl": "rediss://default:secret@redis.example.com:6379"}
EXTERNAL_REDIS_IN_VPC = {**EXTERNAL_REDIS, **VPC, "SecurityGroupIds": "sg-0123456789abcdef0,sg-0123456789abcdef1"}
CHOICES = {"created redis": CREATED_REDIS, "external redis": EXTERNAL_REDIS, "external redis in a vpc": EXTERNAL_REDIS_IN_VPC}
NO_VALUE = object()


class Stack:
    """The translated template as CloudFormation evaluates it for parameter values: conditions decided,
    resources of false conditions left out, Ref to parameters, Fn::If, Fn::Join and Fn::Select evaluated
    (Fn::GetAtt and Fn::Sub of resources stay as written: they are resolved only on AWS)."""

    def __init__(self, template, translated, values):
        self.parameters = {}
        for name, declaration in template["Parameters"].items():
            value = str(values.get(name, declaration.get("Default", "")))
            self.parameters[name] = value.split(",") if declaration["Type"] == "CommaDelimitedList" else value
        self.conditions = {}
        for name, expression in translated.get("Conditions", {}).items():
            self.conditions[name] = self.condition(expression, translated["Conditions"])
        self.resources = {}
        for logical_id, resource in translated["Resources"].items():
            if "Condition" in resource and not self.conditions[resource["Condition"]]:
                continue
            self.resources[logical_id] = {**resource, "Properties": self.evaluate(resource.get("Properties", {}))}

    def condition(self, expression, declared):
        (name, argument), = expression.items()
        if name == "Condition":
            if argument not in self.conditions:
                self.conditions[argument] = self.condition(declared[argument], declared)
            return self.conditions[argument]
        if name == "Fn::Equals":
            return self.evaluate(argument[0]) == self.evaluate(argument[1])
        if name == "Fn::Not":
            return not self.condition(argument[0], declared)
        if name == "Fn::And":
            return all(self.condition(item, declared) for item in argument)
        if name == "Fn::Or":
            return any(self.condition(item, declared) for item in argument)
        raise AssertionError(f"unexpected condition function {name}")

    def evaluate(self, value):
        if isinstance(value, list):
            return [item for item in (self.evaluate(v) for v in value) if item is not NO_VALUE]
        if not isinstance(value, dict):
            return value
        if len(value) == 1:
            (name, argument), = value.items()
            if name == "Ref" and argument == "AWS::NoValue":
                return NO_VALUE
            if name == "Ref" and argument in self.parameters:
                return self.parameters[argument]
            if name == "Fn::If":
                return self.evaluate(argument[1] if self.conditions[argument[0]] else argument[2])
            if name in ("Fn::Join", "Fn::Select"):
                items = self.evaluate(argument[1])
                if isinstance(items, list) and all(isinstance(item, str) for item in items):
                    return argument[0].join(items) if name == "Fn::Join" else items[int(argument[0])]
        return {key: item for key, item in ((k, self.evaluate(v)) for k, v in value.items()) if item is not NO_VALUE}

    def of_type(self, resource_type):
        return {logical_id: r for logical_id, r in self.resources.items() if r["Type"] == resource_type}

    def functions(self):
        return self.of_type("AWS::Lambda::Function")


@pytest.fixture(scope="module")
def stacks(template, translated):
    return {name: Stack(template, translated, values) for name, values in {**CHOICES, "defaults": {}}.items()}


@pytest.mark.parametrize("choice", sorted(CHOICES))
def test_cfn_lint_passes_for_each_choice(choice):
    parameters = [f"{key}={value}" for key, value in CHOICES[choice].items()]
    result = subprocess.run(["cfn-lint", str(TEMPLATE), "--parameters", *parameters], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def with_defaults(text, values):
    """The template with other parameter defaults (`sam validate` takes no parameter values)."""
    for name, value in values.items():
        pattern = re.compile(rf"(\n  {name}:\n    Type: [^\n]+\n    Default: )[^\n]*\n")
        text, count = pattern.subn(lambda match: f"{match.group(1)}'{value}'\n", text)
        assert count == 1, f"parameter {name} has no Default line under its Type"
    return text


@pytest.mark.parametrize("choice", ["defaults", *sorted(CHOICES)])
def test_sam_validate_lint_passes_for_each_choice(choice, tmp_path):
    text = TEMPLATE.read_text(encoding="utf-8")
    variant = tmp_path / "template.yaml"
    variant.write_text(with_defaults(text, CHOICES.get(choice, {})), encoding="utf-8")
    result = subprocess.run(["sam", "validate", "--lint", "--template", str(variant), "--region", "ap-northeast-2"],
                            capture_output=True, text=True, timeout=300, cwd=tmp_path,
                            env={**os.environ, "SAM_CLI_TELEMETRY": "0"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "is a valid SAM Template" in result.stdout + result.stderr


def test_the_default_stack_uses_the_given_redis_outside_any_vpc(stacks):
    stack = stacks["external redis"]
    assert not stack.of_type("AWS::ElastiCache::ServerlessCache")
    assert not stack.of_type("AWS::EC2::VPCEndpoint")
    assert not stack.of_type("AWS::EC2::SecurityGroup")
    for logical_id, function in stack.functions().items():
        assert "VpcConfig" not in function["Properties"], logical_id
        assert function["Properties"]["Environment"]["Variables"]["REDIS_URL"] == EXTERNAL_REDIS["RedisUrl"]
    # With no value at all the variable is left out (local-runtime then supplies its own Redis).
    for function in stacks["defaults"].functions().values():
        assert "VpcConfig" not in function["Properties"]
        assert "REDIS_URL" not in function["Properties"]["Environment"]["Variables"]


def test_created_redis_is_a_tls_cache_in_the_vpc_wired_into_every_function(stacks):
    stack = stacks["created redis"]
    (cache_id, cache), = stack.of_type("AWS::ElastiCache::ServerlessCache").items()
    properties = cache["Properties"]
    assert properties["Engine"] in ("valkey", "redis")
    assert properties["SubnetIds"] == VPC["SubnetIds"].split(",")
    (cache_group,) = properties["SecurityGroupIds"]
    redis_group = stack.resources[cache_group["Ref"]]
    (ingress,) = redis_group["Properties"]["SecurityGroupIngress"]
    assert (ingress["FromPort"], ingress["ToPort"]) == (6379, 6379)
    # The cache admits the functions' security group (created: no SecurityGroupIds were given).
    assert ingress["SourceSecurityGroupId"] == {"Fn::GetAtt": ["FunctionSecurityGroup", "GroupId"]}
    assert stack.resources["FunctionSecurityGroup"]["Properties"]["VpcId"] == VPC["VpcId"]
    for logical_id, function in stack.functions().items():
        variables = function["Properties"]["Environment"]["Variables"]
        # rediss:// (a serverless cache takes TLS only) from the cache's own endpoint.
        assert variables["REDIS_URL"] == {"Fn::Sub": f"rediss://${{{cache_id}.Endpoint.Address}}:${{{cache_id}.Endpoint.Port}}"}, logical_id
        vpc = function["Properties"]["VpcConfig"]
        assert vpc["SubnetIds"] == VPC["SubnetIds"].split(",")
        assert vpc["SecurityGroupIds"] == [{"Ref": "FunctionSecurityGroup"}]


@pytest.mark.parametrize("choice", ["created redis", "external redis in a vpc"])
def test_functions_in_a_vpc_reach_the_queues_through_an_sqs_endpoint(stacks, choice):
    stack = stacks[choice]
    (endpoint,) = stack.of_type("AWS::EC2::VPCEndpoint").values()
    properties = endpoint["Properties"]
    assert properties["VpcEndpointType"] == "Interface"
    assert properties["ServiceName"] == {"Fn::Sub": "com.amazonaws.${AWS::Region}.sqs"}
    assert properties["PrivateDnsEnabled"] is True
    assert properties["VpcId"] == VPC["VpcId"]
    assert properties["SubnetIds"] == VPC["SubnetIds"].split(",")
    (group,) = properties["SecurityGroupIds"]
    (ingress,) = stack.resources[group["Ref"]]["Properties"]["SecurityGroupIngress"]
    assert (ingress["FromPort"], ingress["ToPort"]) == (443, 443)
    function_groups = {str(g) for f in stack.functions().values() for g in f["Properties"]["VpcConfig"]["SecurityGroupIds"]}
    assert str(ingress["SourceSecurityGroupId"]) in function_groups or ingress["SourceSecurityGroupId"] == {
        "Fn::GetAtt": ["FunctionSecurityGroup", "GroupId"]}


def test_given_security_groups_are_used_instead_of_a_created_one(stacks):
    stack = stacks["external redis in a vpc"]
    assert "FunctionSecurityGroup" not in stack.resources
    assert not stack.of_type("AWS::ElastiCache::ServerlessCache")
    for function in stack.functions().values():
        assert function["Properties"]["VpcConfig"]["SecurityGroupIds"] == EXTERNAL_REDIS_IN_VPC["SecurityGroupIds"].split(",")
        assert function["Properties"]["Environment"]["Variables"]["REDIS_URL"] == EXTERNAL_REDIS["RedisUrl"]


def test_an_existing_sqs_endpoint_can_be_kept(template, translated):
    stack = Stack(template, translated, {**EXTERNAL_REDIS_IN_VPC, "CreateSqsEndpoint": "false"})
    assert not stack.of_type("AWS::EC2::VPCEndpoint")
    assert all("VpcConfig" in f["Properties"] for f in stack.functions().values())


def test_every_function_has_reserved_concurrency_and_the_stages_sources_stay_within_it(template, translated):
    stack = Stack(template, translated, {})
    reserved = {logical_id: int(f["Properties"]["ReservedConcurrentExecutions"]) for logical_id, f in stack.functions().items()}
    assert reserved == {"ApiFunction": 100, "DraftFunction": 10, "RefineFunction": 20, "FinalizeFunction": 20}
    for mapping in stack.of_type("AWS::Lambda::EventSourceMapping").values():
        function = mapping["Properties"]["FunctionName"]["Ref"]
        assert int(mapping["Properties"]["ScalingConfig"]["MaximumConcurrency"]) == reserved[function]
    unreserved = Stack(template, translated, {"ReserveConcurrency": "false"})
    for function in unreserved.functions().values():
        assert "ReservedConcurrentExecutions" not in function["Properties"]
    for mapping in unreserved.of_type("AWS::Lambda::EventSourceMapping").values():
        assert int(mapping["Properties"]["ScalingConfig"]["MaximumConcurrency"]) >= 2


def test_the_api_gets_the_token_secret_which_is_no_echo(template, translated):
    assert template["Parameters"]["JwtSecret"]["NoEcho"] is True
    assert template["Parameters"]["ApiTokens"]["NoEcho"] is True
    secret = "s" * 32
    stack = Stack(template, translated, {"JwtSecret": secret})
    variables = stack.resources["ApiFunction"]["Properties"]["Environment"]["Variables"]
    assert variables["RECORDLINE_JWT_SECRET"] == secret
    assert "RECORDLINE_API_TOKENS" not in variables
    for logical_id in ("DraftFunction", "RefineFunction", "FinalizeFunction"):
        assert "RECORDLINE_JWT_SECRET" not in stack.resources[logical_id]["Properties"]["Environment"]["Variables"]
    assert re.fullmatch(template["Parameters"]["JwtSecret"]["AllowedPattern"], "short") is None
