"""A loopback proxy between the stack and the model server that keeps every exchange: what the server
really generated (its own `usage`) to hold the stack's accounting against, how long each answer took,
and the bodies themselves, which `record_fixtures.py` keeps as the parser's fixtures."""
import json
import re
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from lambda_support import free_port


class RecordingProxy:
    def __init__(self, upstream: str, json_mode=True):
        """`upstream`: the server's root, e.g. http://127.0.0.1:8080 (paths are forwarded as they come).
        `json_mode=False` answers a request carrying `response_format` with a 400 naming it, as a server
        without JSON mode does, and the client asks again in words only."""
        self.exchanges: list[dict] = []
        self.declined = 0
        lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                if not json_mode and "response_format" in json.loads(body or b"{}"):
                    with lock:
                        proxy.declined += 1
                    refusal = json.dumps({"error": {"message": "response_format is not supported"}}).encode()
                    self.send_response(400)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(refusal)))
                    self.end_headers()
                    self.wfile.write(refusal)
                    return
                started = time.monotonic()
                request = urllib.request.Request(upstream + self.path, data=body, method="POST",
                                                 headers={"Content-Type": "application/json"})
                try:
                    with urllib.request.urlopen(request, timeout=600) as response:
                        status, answer = response.status, response.read()
                except urllib.error.HTTPError as error:
                    status, answer = error.code, error.read()
                except OSError as error:
                    # The server went away mid-answer (it is stopped when the module's tests end).
                    status, answer = 502, json.dumps({"error": {"message": f"model server: {error}"}}).encode()
                exchange = {"path": self.path, "request": json.loads(body or b"{}"), "status": status,
                            "response": answer.decode("utf-8", "replace"), "seconds": time.monotonic() - started}
                with lock:
                    proxy.exchanges.append(exchange)
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(answer)))
                    self.end_headers()
                    self.wfile.write(answer)
                except OSError:
                    # The stack gave up on this answer (its attempt timed out): it never counted it.
                    exchange["abandoned"] = True

        self.port = free_port()
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}/v1"

    @staticmethod
    def stage(request: dict) -> str:
        """Which stage asked, by what its prompt asks for (a repair request continues its stage's prompt)."""
        users = [m["content"] for m in request.get("messages", []) if m.get("role") == "user"]
        first = users[0] if users else ""
        if '"versions"' in first:
            return "draft"
        return "finalize" if "바이트 이하로 맞추고" in first else "refine"

    @staticmethod
    def notes(request: dict) -> str:
        """The notes the prompt carries, whitespace collapsed (to tell which task asked)."""
        users = [m["content"] for m in request.get("messages", []) if m.get("role") == "user"]
        match = re.search(r"<notes>\n(.*?)\n</notes>", users[0] if users else "", re.S)
        return " ".join(match.group(1).split()) if match else ""

    def answered(self):
        """The exchanges the server answered with a chat completion, and what each generated."""
        done = []
        for exchange in list(self.exchanges):
            if exchange["status"] != 200:
                continue
            body = json.loads(exchange["response"])
            done.append(dict(exchange, stage=self.stage(exchange["request"]), notes=self.notes(exchange["request"]),
                             repair=sum(m.get("role") == "user" for m in exchange["request"]["messages"]) > 1,
                             usage=body.get("usage") or {}, content=body["choices"][0]["message"]["content"],
                             finish_reason=body["choices"][0].get("finish_reason")))
        return done

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
