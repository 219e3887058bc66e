"""Helpers of the end-to-end suites (a module of its own, not conftest, so tests import it unambiguously)."""
import json
import queue
import subprocess
import threading
import time
import unicodedata
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from lambda_support import free_port


def neis_bytes(text: str) -> int:
    """NEIS bytes as the 2026 기재요령 counts them (the API's official profile): Hangul 3, ASCII 1, a
    line break (CRLF, CR or LF) 1, anything else its UTF-8 length, after NFC normalisation."""
    total, previous_cr = 0, False
    for character in unicodedata.normalize("NFC", text):
        code = ord(character)
        if code == 0x0A and previous_cr:
            previous_cr = False
            continue
        previous_cr = code == 0x0D
        total += 1 if code < 0x80 else 3 if 0xAC00 <= code <= 0xD7A3 else len(character.encode())
    return total


def redis_cli(url, *args) -> str:
    return subprocess.run(["redis-cli", "-u", url, *args], capture_output=True, text=True, timeout=30).stdout


class RuntimeAPI:
    """Hands events to one function process over the Runtime API and collects its answers."""

    def __init__(self):
        self.events: queue.Queue = queue.Queue()
        self.answers: queue.Queue = queue.Queue()
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                if not self.path.endswith("/invocation/next"):
                    return self.reply(404, b"{}")
                event = api.events.get()
                body = json.dumps(event).encode()
                self.send_response(200)
                for name, value in (("Content-Type", "application/json"), ("Lambda-Runtime-Aws-Request-Id", str(uuid.uuid4())),
                                    ("Lambda-Runtime-Deadline-Ms", str(int(time.time() * 1000) + 30_000)),
                                    ("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:123456789012:function:f"),
                                    ("Content-Length", str(len(body)))):
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                kind = "response" if self.path.endswith("/response") else "error"
                api.answers.put((kind, body))
                self.reply(202, b'{"status":"OK"}')

            def reply(self, status, body):
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.port = free_port()
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def invoke(self, event, timeout=60):
        self.events.put(event)
        kind, body = self.answers.get(timeout=timeout)
        assert kind == "response", body
        return json.loads(body)
