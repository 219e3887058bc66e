"""Helpers of the ops CLI suites: running `recordline` against an SQS endpoint and a Redis, and a
stand-in for a Slack incoming webhook that records what it is sent."""
import json
import os
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from lambda_support import REPO, bin_dir, free_port


def environment_for(endpoint, redis_url, env=None) -> dict:
    """The AWS environment pointing at `endpoint`, and `REDIS_URL`; a None value in `env` unsets a variable."""
    environment = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp"), "AWS_ENDPOINT_URL_SQS": endpoint,
                   "AWS_REGION": "us-east-1", "AWS_ACCESS_KEY_ID": "local", "AWS_SECRET_ACCESS_KEY": "local", "REDIS_URL": redis_url}
    environment.update(env or {})
    return {key: value for key, value in environment.items() if value is not None}


def recordline(endpoint, redis_url, *args, env=None, timeout=120, cwd=REPO):
    """Runs `recordline` against `endpoint` and `redis_url`; returns the finished process."""
    return subprocess.run([str(bin_dir() / "recordline"), *args], capture_output=True, text=True, env=environment_for(endpoint, redis_url, env),
                          timeout=timeout, cwd=cwd, stdin=subprocess.DEVNULL)


def recordline_json(endpoint, redis_url, *args, **kwargs):
    result = recordline(endpoint, redis_url, *args, "--json", **kwargs)
    assert result.returncode == 0, f"recordline {' '.join(args)} exited {result.returncode}: {result.stderr}"
    return json.loads(result.stdout)


class Webhook:
    """Answers POSTs with `status` (200 unless told otherwise) after `delay` seconds and keeps their JSON bodies."""

    def __init__(self):
        self.posts: list[dict] = []
        self.status = 200
        self.delay = 0.0
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                hook.posts.append(json.loads(body))
                time.sleep(hook.delay)
                self.send_response(hook.status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

        self.port = free_port()
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    def stop(self):
        self.server.shutdown()


def slack_fields(post: dict) -> dict:
    return {field["title"]: field["value"] for field in post["attachments"][0]["fields"]}
