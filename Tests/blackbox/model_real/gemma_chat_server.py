"""Runs llama.cpp's OpenAI-compatible server (llama_cpp.server) with Gemma 3's own chat format.

The GGUF carries no chat template, so the server would fall back to Llama 2's format, and its built-in
`gemma` format drops the system message: either way the model would never see the record rules the
stages send as the system message. Gemma 3 has no system turn; its template puts the system text at
the start of the first user turn, which this format does.

    python3 gemma_chat_server.py <llama_cpp.server arguments>   # --chat_format gemma3 is added
"""
import sys

from llama_cpp.llama_chat_format import ChatFormatterResponse, register_chat_format

START, END = "<start_of_turn>", "<end_of_turn>\n"


@register_chat_format("gemma3")
def format_gemma3(messages, **kwargs):
    system = "\n\n".join(m["content"] for m in messages if m["role"] == "system" and isinstance(m["content"], str))
    prompt, first_user = "", True
    for message in messages:
        if message["role"] not in ("user", "assistant"):
            continue
        content = message["content"] if isinstance(message["content"], str) else ""
        if message["role"] == "user" and first_user and system:
            content, first_user = f"{system}\n\n{content}", False
        role = "user" if message["role"] == "user" else "model"
        prompt += f"{START}{role}\n{content}{END}"
    return ChatFormatterResponse(prompt=prompt + f"{START}model\n", stop=END.strip())


if __name__ == "__main__":
    from llama_cpp.server.__main__ import main

    sys.argv = [sys.argv[0], *sys.argv[1:], "--chat_format", "gemma3"]
    main()
