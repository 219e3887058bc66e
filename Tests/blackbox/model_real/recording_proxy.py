"""A loopback proxy between the stack and the model server that keeps every exchange: what the server
really generated (its own `usage`, or for a streamed answer the pieces it sent: llama.cpp's Python server
streams one token an event and reports no usage then) to hold the stack's accounting against, how long
each answer took, and the bodies themselves, which the tier keeps as the parser's fixtures. A streamed
answer is relayed event by event as it arrives, so the stack can cut it off; it is kept as the chat
completion its pieces make."""
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
                        if response.headers.get("Content-Type", "").startswith("text/event-stream"):
                            return self.relay(response, json.loads(body or b"{}"), started)
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

            def relay(self, response, request, started):
                """Passes the events on as they come, and keeps what they carried. When the stack stops
                reading (it cut the answer off, or its attempt timed out) the upstream connection is closed,
                which stops the server generating."""
                self.send_response(response.status)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                content, pieces, usage, finish, abandoned = "", 0, None, None, False
                while True:
                    try:
                        line = response.readline()
                    except OSError:
                        break
                    if not line:
                        break
                    data = line.decode("utf-8", "replace").strip()
                    if data.startswith("data:") and data[5:].strip() != "[DONE]":
                        chunk = json.loads(data[5:])
                        usage = chunk.get("usage") or usage
                        for choice in chunk.get("choices") or []:
                            piece = (choice.get("delta") or {}).get("content")
                            if piece:
                                content, pieces = content + piece, pieces + 1
                            finish = choice.get("finish_reason") or finish
                    try:
                        self.wfile.write(f"{len(line):x}\r\n".encode() + line + b"\r\n")
                        self.wfile.flush()
                    except OSError:
                        abandoned = True
                        break
                if not abandoned:
                    try:
                        self.wfile.write(b"0\r\n\r\n")
                        self.wfile.flush()
                    except OSError:
                        abandoned = True
                self.close_connection = True
                generated = usage or {"completion_tokens": pieces}
                answer = {"choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                                       "finish_reason": finish}], "usage": generated}
                exchange = {"path": self.path, "request": request, "status": response.status,
                            "response": json.dumps(answer, ensure_ascii=False), "seconds": time.monotonic() - started,
                            "streamed": True, "abandoned": abandoned}
                with lock:
                    proxy.exchanges.append(exchange)

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
