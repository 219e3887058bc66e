#!/usr/bin/env python3
"""A scripted OpenAI-compatible chat-completions server, for the Swift suites and the end-to-end tests.

    python3 scripted_model.py [--port 0] [--tls-cert chain.pem --tls-key key.pem]
                                              # prints "listening <port>" once it accepts

`POST <anything>/chat/completions` answers with the next scripted reply, or by default as a cooperative
model: for a draft request (its first user message asks for "versions") three drafts made of the
`<notes>`; for refine and finalize the `<draft>` it was given, as {"text"}. Usage is counted from the
characters sent and returned. A request with `"stream": true` is answered as OpenAI streams: server-sent
events in HTTP chunks, one `data: {chunk}` per piece of the message (`choices[0].delta.content`, a few
characters each), the finish reason, the usage in a chunk of its own when `stream_options.include_usage`
asks for it, and `data: [DONE]`.

Control:
    POST /_script  {"replies": [reply, …], "default": reply | null, "rejectResponseFormat": bool, "delay": seconds,
                    "ignoreStream": bool}
                   replies are queued (appended); "default" answers once the queue is empty
                   (null restores the cooperative model); "delay" holds back each cooperative answer;
                   "ignoreStream" answers every request with one JSON body, as a server that does not stream
    POST /_reset   empties the queue, the log and the default
    GET  /_requests  every chat request received: {"path", "headers", "body", "raw", "pieces", "ended"}; "raw" is
                     the body's bytes as sent (UTF-8), to look for a value however the client escaped it;
                     "pieces" counts the message pieces streamed so far, and "ended" says how the answer
                     ended: "done", "disconnected" (the client stopped reading), or null while it runs

A reply: {"status": 200, "content": "…"} (wrapped in a chat completion), or "body": "…" (sent as it
is), "headers": {…}, "delay": seconds before answering, "usage": {"prompt_tokens", "completion_tokens"},
"drop": true (close the connection without answering). For a streamed answer: "piece": characters per
piece (4), "interval": seconds between pieces, "forever": text written again and again, never finishing
(a model in a loop), "stall": seconds of silence after the content before the answer ends (a server
that stops mid-answer), "ignoreStream": true (this answer as one JSON body).
"""
import argparse
import json
import re
import ssl
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
STATE = {"replies": [], "default": None, "requests": [], "reject_format": False, "delay": 0, "ignore_stream": False}


def tagged(text, tag):
    match = re.search(rf"<{tag}>\n(.*?)\n</{tag}>", text, re.S)
    if not match:
        return None
    return match.group(1).replace("‹", "<").replace("›", ">")


def cooperative(body):
    """Answers as a model that follows the prompt: the notes as drafts, the draft as it was given."""
    messages = body.get("messages", [])
    first_user = next((m["content"] for m in messages if m.get("role") == "user"), "")
    if '"versions"' in first_user:
        notes = tagged(first_user, "notes") or ""
        paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", notes) if p.strip()]
        texts = [" ".join(paragraphs), " ".join(reversed(paragraphs)), " ".join(paragraphs)]
        return json.dumps({"versions": [{"version": i + 1, "text": t} for i, t in enumerate(texts)]}, ensure_ascii=False)
    return json.dumps({"text": tagged(first_user, "draft") or ""}, ensure_ascii=False)


def completion(model, content, usage, prompt_chars):
    usage = usage or {"prompt_tokens": max(1, prompt_chars // 2), "completion_tokens": max(1, len(content) // 2)}
    return {
        "id": "chatcmpl-scripted",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": dict(usage, total_tokens=usage["prompt_tokens"] + usage["completion_tokens"]),
    }


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _send(self, status, payload, headers=None):
        data = payload.encode() if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, str(value))
        self.end_headers()
        self.wfile.write(data)

    def _body(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.raw = self.rfile.read(length) if length else b""
        return json.loads(self.raw) if self.raw else {}

    def do_GET(self):
        if self.path == "/_requests":
            with LOCK:
                return self._send(200, STATE["requests"])
        self._send(404, {"error": {"message": "not found"}})

    def do_POST(self):
        body = self._body()
        if self.path == "/_script":
            with LOCK:
                STATE["replies"].extend(body.get("replies", []))
                if "default" in body:
                    STATE["default"] = body["default"]
                if "rejectResponseFormat" in body:
                    STATE["reject_format"] = bool(body["rejectResponseFormat"])
                if "delay" in body:
                    STATE["delay"] = float(body["delay"])
                if "ignoreStream" in body:
                    STATE["ignore_stream"] = bool(body["ignoreStream"])
            return self._send(200, {"queued": len(STATE["replies"])})
        if self.path == "/_reset":
            with LOCK:
                STATE.update(replies=[], default=None, requests=[], reject_format=False, delay=0, ignore_stream=False)
            return self._send(200, {})
        if not self.path.endswith("/chat/completions"):
            return self._send(404, {"error": {"message": f"no route {self.path}"}})
        record = {"path": self.path, "headers": dict(self.headers), "body": body,
                  "raw": self.raw.decode("utf-8", "replace"), "pieces": 0, "ended": None}
        with LOCK:
            STATE["requests"].append(record)
            if STATE["reject_format"] and "response_format" in body:
                reply = {"status": 400, "body": json.dumps({"error": {
                    "message": "Invalid parameter: 'response_format' of type 'json_object' is not supported with this model.",
                    "type": "invalid_request_error", "param": "response_format"}})}
            elif STATE["replies"]:
                reply = STATE["replies"].pop(0)
            else:
                reply = STATE["default"]
            delay = STATE["delay"]
            ignore_stream = STATE["ignore_stream"]
        reply = reply or {"status": 200, "content": cooperative(body), "delay": delay}
        if reply.get("delay"):
            time.sleep(reply["delay"])
        if reply.get("drop"):
            self.close_connection = True
            return
        status = reply.get("status", 200)
        if "body" in reply:
            return self._send(status, reply["body"], reply.get("headers"))
        prompt_chars = sum(len(m.get("content", "")) for m in body.get("messages", []))
        if status == 200 and body.get("stream") and not ignore_stream and not reply.get("ignoreStream"):
            return self._stream(body, reply, prompt_chars, record)
        payload = completion(body.get("model", ""), reply.get("content", ""), reply.get("usage"), prompt_chars)
        self._send(status, payload, reply.get("headers"))

    def _stream(self, body, reply, prompt_chars, record):
        """The reply as server-sent events in HTTP chunks, piece by piece, until it ends or the client goes."""
        model, content = body.get("model", ""), reply.get("content", "")
        size, interval = int(reply.get("piece", 4)), float(reply.get("interval", 0))

        def event(payload):
            data = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
            frame = f"data: {data}\n\n".encode()
            self.wfile.write(f"{len(frame):x}\r\n".encode() + frame + b"\r\n")
            self.wfile.flush()

        def chunk(delta, finish=None):
            return {"id": "chatcmpl-scripted", "object": "chat.completion.chunk", "created": int(time.time()), "model": model,
                    "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}

        def pieces():
            if "forever" in reply:
                while True:
                    yield from (reply["forever"][i:i + size] for i in range(0, len(reply["forever"]), size))
            yield from (content[i:i + size] for i in range(0, len(content), size))

        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        for name, value in (reply.get("headers") or {}).items():
            self.send_header(name, str(value))
        self.end_headers()
        try:
            event(chunk({"role": "assistant"}))
            for piece in pieces():
                if interval:
                    time.sleep(interval)
                event(chunk({"content": piece}))
                with LOCK:
                    record["pieces"] += 1
            if reply.get("stall"):
                time.sleep(reply["stall"])
            event(chunk({}, "stop"))
            if (body.get("stream_options") or {}).get("include_usage"):
                usage = reply.get("usage") or {"prompt_tokens": max(1, prompt_chars // 2),
                                               "completion_tokens": max(1, len(content) // 2)}
                event({"id": "chatcmpl-scripted", "object": "chat.completion.chunk", "model": model, "choices": [],
                       "usage": dict(usage, total_tokens=usage["prompt_tokens"] + usage["completion_tokens"])})
            event("[DONE]")
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
            record["ended"] = "done"
        except OSError:
            record["ended"] = "disconnected"
            self.close_connection = True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--tls-cert", help="serve HTTPS with this PEM certificate chain (needs --tls-key)")
    parser.add_argument("--tls-key")
    args = parser.parse_args()
    server = ThreadingHTTPServer((args.host, args.port), Handler)
    server.daemon_threads = True
    if args.tls_cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.tls_cert, args.tls_key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    print(f"listening {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
