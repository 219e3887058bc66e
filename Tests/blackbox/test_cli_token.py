"""`recordline token`: an HS256 token any JWT library accepts, for the teacher named, expiring as asked."""
import base64
import hashlib
import hmac
import json
import os
import subprocess
import time

SECRET = "blackbox-secret-blackbox-secret-0123"


def run(bin_dir, *args, secret=SECRET):
    env = {k: v for k, v in os.environ.items() if k != "RECORDLINE_JWT_SECRET"}
    if secret is not None:
        env["RECORDLINE_JWT_SECRET"] = secret
    return subprocess.run([str(bin_dir / "recordline"), "token", *args], capture_output=True, text=True, env=env, timeout=60)


def b64decode(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def test_token_is_a_valid_hs256_jwt_for_the_teacher(bin_dir):
    result = run(bin_dir, "--teacher", "김교사", "--days", "2")
    assert result.returncode == 0, result.stderr
    token = result.stdout.strip()
    header, payload, signature = token.split(".")
    assert json.loads(b64decode(header))["alg"] == "HS256"
    claims = json.loads(b64decode(payload))
    assert claims["sub"] == "김교사"
    assert claims["iss"] == "recordline"
    assert abs(claims["exp"] - (time.time() + 2 * 86400)) < 120
    expected = hmac.new(SECRET.encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest()
    assert hmac.compare_digest(b64decode(signature), expected)


def test_hash_flag_prints_the_configured_token_line(bin_dir):
    result = run(bin_dir, "--teacher", "a", "--hash")
    token, line = result.stdout.strip().splitlines()
    assert line == "a:" + hashlib.sha256(token.encode()).hexdigest()


def test_missing_secret_is_a_clear_error(bin_dir):
    result = run(bin_dir, "--teacher", "a", secret=None)
    assert result.returncode == 78
    assert "RECORDLINE_JWT_SECRET" in result.stderr


def test_bad_arguments_are_refused(bin_dir):
    assert run(bin_dir, "--teacher", " ").returncode != 0
    assert run(bin_dir, "--teacher", "a", "--days", "0").returncode != 0


def test_lifetime_is_at_most_what_the_api_accepts(bin_dir):
    longest = run(bin_dir, "--teacher", "a", "--days", "366")
    assert longest.returncode == 0, longest.stderr
    claims = json.loads(b64decode(longest.stdout.strip().split(".")[1]))
    assert claims["exp"] - claims["iat"] == 366 * 86400
    too_long = run(bin_dir, "--teacher", "a", "--days", "367")
    assert too_long.returncode != 0
    assert "366" in too_long.stderr
