"""Template handling at start-up: broken templates fail with the line at fault, unsupported resources
are reported by name, parameters take overrides from the command line and the environment."""

import json
import os
import signal
import subprocess
import threading
import time

import pytest

from lambda_support import FIXTURES, Stack, bin_dir, client


def start(template_text, tmp_path, *args, env=None):
    template = tmp_path / "template.yaml"
    template.write_text(template_text)
    return subprocess.run(
        [str(bin_dir() / "local-runtime"), "--template", str(template), "--port", "1", "--sqs-port", "1",
         "--data", str(tmp_path / "data"), *args],
        capture_output=True, text=True, timeout=30, env=env)


MINIMAL = """\
Parameters:
  Stage:
    Type: String
    AllowedValues: [dev, prod]
    Default: dev
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: pyfunc/
      Handler: handler.echo
"""


def test_yaml_syntax_error_names_the_line(tmp_path):
    result = start("Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n  Properties: {\n    CodeUri: x\n", tmp_path)
    assert result.returncode == 2
    assert "not valid YAML" in result.stderr and "line " in result.stderr


def test_missing_type_names_the_line(tmp_path):
    result = start("Resources:\n  Fn:\n    Properties: {}\n", tmp_path)
    assert result.returncode == 2
    assert "line 3: resource 'Fn' has no Type" in result.stderr


def test_parameter_not_allowed_names_the_line(tmp_path):
    result = start(MINIMAL, tmp_path, "--parameter-overrides", "Stage=staging")
    assert result.returncode == 2
    assert "line 3: parameter 'Stage' must be one of dev, prod, got 'staging'" in result.stderr


def test_environment_override_uses_the_documented_prefix(tmp_path):
    result = start(MINIMAL, tmp_path, env={**os.environ, "LOCAL_RUNTIME_PARAMETER_Stage": "qa"})
    assert result.returncode == 2
    assert "qa" in result.stderr


def test_bad_override_syntax(tmp_path):
    result = start(MINIMAL, tmp_path, "--parameter-overrides", "Stage")
    assert result.returncode == 2
    assert "Key=Value" in result.stderr


def test_visibility_timeout_shorter_than_function_timeout_is_refused(tmp_path):
    text = """\
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: pyfunc/
      Timeout: 60
      Events:
        Q:
          Type: SQS
          Properties:
            Queue: !GetAtt Q.Arn
  Q:
    Type: AWS::SQS::Queue
    Properties:
      VisibilityTimeout: 30
"""
    result = start(text, tmp_path)
    assert result.returncode == 2
    assert "Queue visibility timeout: 30 seconds is less than Function timeout: 60 seconds" in result.stderr


def test_unsupported_resource_is_reported_by_name(stack):
    lines = (FIXTURES / "template.yaml").read_text().splitlines()
    line = next(number for number, text in enumerate(lines, 1) if text.strip() == "Type: AWS::DynamoDB::Table")
    assert f"Table (AWS::DynamoDB::Table, line {line}) is not emulated" in stack.output()


def test_environment_and_command_line_overrides(tmp_path):
    (tmp_path / "pyfunc").symlink_to(FIXTURES / "pyfunc")
    template = tmp_path / "template.yaml"
    template.write_text(MINIMAL.replace("      Handler: handler.echo\n", "      Handler: handler.echo\n      Environment:\n        Variables:\n          STAGE: !Ref Stage\n"))
    running = Stack(template, tmp_path, extra_args=("--parameter-overrides", "Stage=prod"), env={"LOCAL_RUNTIME_PARAMETER_Stage": "dev"}, record_log=False)
    try:
        running.wait_ready()
        body = json.loads(client("lambda", running.endpoint).invoke(FunctionName="Fn", Payload=b"{}")["Payload"].read())
        assert body["env"]["STAGE"] == "prod"
    finally:
        assert running.stop() == 0


def test_sigterm_drains_invocations_in_flight(tmp_path):
    running = Stack(FIXTURES / "template.yaml", tmp_path)
    try:
        running.wait_ready()
        lam = client("lambda", running.endpoint)
        results = []
        caller = threading.Thread(target=lambda: results.append(
            lam.invoke(FunctionName="Sleeper", Payload=json.dumps({"seconds": 1.5}).encode())))
        caller.start()
        time.sleep(1.0)  # cold start done, the handler is sleeping
        running.process.send_signal(signal.SIGTERM)
        caller.join(30)
        assert results and "FunctionError" not in results[0], running.output()[-2000:]
        assert json.loads(results[0]["Payload"].read())["ended"] > 0
        assert running.process.wait(30) == 0
        assert "local-runtime: stopped" in running.output()
    finally:
        running.stop()


def test_port_in_use_fails_the_start(tmp_path):
    import socket
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        (tmp_path / "pyfunc").symlink_to(FIXTURES / "pyfunc")
        template = tmp_path / "template.yaml"
        template.write_text(MINIMAL)
        result = subprocess.run(
            [str(bin_dir() / "local-runtime"), "--template", str(template), "--port", str(port), "--sqs-port", "0",
             "--data", str(tmp_path / "data")], capture_output=True, text=True, timeout=30)
    assert result.returncode == 1
    assert f"gateway on 127.0.0.1:{port}" in result.stderr
