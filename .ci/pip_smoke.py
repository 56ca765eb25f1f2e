"""The first commands a pip user runs, against one freshly installed extra (called by .ci/pip-smoke).

    VENV/bin/python .ci/pip_smoke.py EXTRA        EXTRA: html, mcp, llm or all

It runs with the fresh virtual environment's interpreter and drives that environment's console
scripts, from a temporary folder, with no key and no endpoint configured, and a temporary home,
cache and llm user directory, so nothing of this machine's setup or of the source tree is used.

- html: a saved news page briefed by ``summarize`` (offline backend), written with ``-o``;
- mcp:  ``summarize mcp`` over stdio, spoken to in raw JSON-RPC lines: ``initialize``, the
        ``initialized`` notification, ``tools/list``, one ``summarize_article`` call (offline);
- llm:  ``llm plugins`` lists the plugin; ``llm summarize`` briefs an article with a model that
        llm reaches on loopback (summarize.testing's scripted model, answering with the offline
        backend's draft), so the plugin's real path runs: llm's OpenAI client, validation, assembly.

Every failure is one line naming the extra; the exit status is 1 then.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "tests" / "pages" / "news.html"
ARTICLE = ROOT / "examples" / "ceasefire-talks.txt"
BIN = Path(sys.executable).parent
TIMEOUT = 120  # seconds for one command: a first start compiles bytecode
MCP_PROTOCOL = "2025-11-25"  # the newest revision an initialize handshake offers

# A scripted OpenAI-compatible endpoint on loopback that answers every request with the offline
# backend's draft of the article in it; prints its base URL, then serves until stdin closes.
SCRIPTED_SERVER = """
import sys
from summarize import offline
from summarize.sources.document import Document
from summarize.testing import Derived, ScriptedModel, serve_scripted

draft = Derived(lambda text: offline.extract(Document.from_text(text)).model_dump())
server, url = serve_scripted(ScriptedModel([draft], repeat_last=True))
print(url, flush=True)
sys.stdin.read()
server.shutdown()
"""


class SmokeError(Exception):
    pass


def clean_env(home: Path) -> dict[str, str]:
    """This machine's environment without any model configuration, with a throwaway home."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZE_", "LLM_", "PYTHON"))}
    env.update(
        HOME=str(home),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_CONFIG_HOME=str(home / ".config"),
        SUMMARIZE_CACHE_DIR=str(home / "summarize-cache"),
        LLM_USER_PATH=str(home / "llm"),
    )
    return env


def run(args: list[str], work: Path, env: dict[str, str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    try:
        done = subprocess.run(
            args, cwd=work, env=env, input=stdin, capture_output=True, text=True, timeout=TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired:
        raise SmokeError(f"`{' '.join(args[:3])} ...` did not finish in {TIMEOUT} s") from None
    if done.returncode != 0 or "Traceback" in done.stderr:
        last = (done.stderr.strip().splitlines() or ["(nothing on stderr)"])[-1]
        raise SmokeError(f"`{Path(args[0]).name} {' '.join(args[1:3])} ...` exited {done.returncode}: {last}")
    return done


def briefed(text: str, what: str) -> dict[str, Any]:
    """``text`` parsed as a briefing with claims, or a failure saying what it was."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SmokeError(f"{what}: not JSON ({exc})") from None
    if not isinstance(data, dict) or data.get("schema_version") != "1" or not data.get("claims"):
        raise SmokeError(f"{what}: not a briefing with claims: {text[:120]!r}")
    return data


def check_html(work: Path, env: dict[str, str]) -> str:
    out = work / "page-briefing.json"
    run([str(BIN / "summarize"), str(PAGE), "--backend", "offline", "--format", "json", "-o", str(out)], work, env)
    data = briefed(out.read_text(encoding="utf-8"), "summarize news.html -o")
    article = data["meta"].get("article") or {}
    if not article.get("title"):
        raise SmokeError(f"summarize news.html: the page's title is not in meta.article: {article!r}")
    return f"a web page briefed offline ({len(data['claims'])} claims, title {article['title'][:40]!r})"


class JsonRpcPipe:
    """Newline-delimited JSON-RPC to a child's stdin and from its stdout, with a deadline per answer."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self.lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line)
        self.lines.put(None)

    def send(self, message: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"jsonrpc": "2.0", **message}) + "\n")
        self.process.stdin.flush()

    def call(self, ident: int, method: str, params: dict[str, Any]) -> dict[str, Any]:
        self.send({"id": ident, "method": method, "params": params})
        while True:
            try:
                line = self.lines.get(timeout=TIMEOUT)
            except queue.Empty:
                raise SmokeError(f"summarize mcp: no answer to {method} in {TIMEOUT} s") from None
            if line is None:
                raise SmokeError(f"summarize mcp: the server closed stdout before answering {method}")
            message = json.loads(line)
            if message.get("id") != ident:
                continue  # a notification or log message from the server
            if "error" in message:
                raise SmokeError(f"summarize mcp: {method} failed: {message['error']}")
            result: dict[str, Any] = message["result"]
            return result


def check_mcp(work: Path, env: dict[str, str]) -> str:
    articles = work / "articles"
    articles.mkdir()
    shutil.copy(ARTICLE, articles / ARTICLE.name)
    process = subprocess.Popen(
        [str(BIN / "summarize"), "mcp", "--root", str(articles)],
        cwd=work,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        pipe = JsonRpcPipe(process)
        hello = pipe.call(
            1,
            "initialize",
            {
                "protocolVersion": MCP_PROTOCOL,
                "capabilities": {},
                "clientInfo": {"name": "pip-smoke", "version": "1"},
            },
        )
        if hello.get("serverInfo", {}).get("name") != "summarize":
            raise SmokeError(f"summarize mcp: initialize answered {hello!r}")
        pipe.send({"method": "notifications/initialized"})
        tools = {tool["name"] for tool in pipe.call(2, "tools/list", {}).get("tools", [])}
        if "summarize_article" not in tools:
            raise SmokeError(f"summarize mcp: tools/list has no summarize_article: {sorted(tools)}")
        arguments = {"path": str(articles / ARTICLE.name), "backend": "offline", "format": "json"}
        answer = pipe.call(3, "tools/call", {"name": "summarize_article", "arguments": arguments})
        if answer.get("isError"):
            raise SmokeError(f"summarize mcp: summarize_article failed: {answer.get('content')}")
        data = briefed(answer["content"][0]["text"], "summarize_article's text")
        if answer.get("structuredContent", {}).get("claims") != data["claims"]:
            raise SmokeError("summarize mcp: structuredContent is not the briefing in the text")
    finally:
        if process.stdin is not None:
            process.stdin.close()  # end of input: a stdio server exits
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if process.stderr is not None and "Traceback" in (err := process.stderr.read()):
        raise SmokeError(f"summarize mcp: a traceback on stderr: {err.strip().splitlines()[-1]}")
    return f"MCP stdio initialize, tools/list and an offline summarize_article ({len(data['claims'])} claims)"


def check_llm(work: Path, env: dict[str, str]) -> str:
    listed = json.loads(run([str(BIN / "llm"), "plugins"], work, env).stdout)
    if "summarize" not in {plugin.get("name") for plugin in listed}:
        raise SmokeError(f"llm plugins does not list summarize: {listed!r}")
    server = subprocess.Popen(
        [sys.executable, "-c", SCRIPTED_SERVER],
        cwd=work,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()  # the server prints it at once, or dies
        if not url.startswith("http://127.0.0.1:"):
            raise SmokeError(f"the scripted model did not start (it printed {url!r})")
        user = Path(env["LLM_USER_PATH"])
        user.mkdir(parents=True, exist_ok=True)
        (user / "extra-openai-models.yaml").write_text(
            f"- model_id: smoke-scripted\n  model_name: smoke-scripted\n  api_base: {url!r}\n  supports_schema: true\n",
            encoding="utf-8",
        )
        done = run([str(BIN / "llm"), "summarize", str(ARTICLE), "-m", "smoke-scripted", "--format", "json"], work, env)
        data = briefed(done.stdout, "llm summarize")
    finally:
        if server.stdin is not None:
            server.stdin.close()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    return f"llm summarize through the plugin on a loopback model ({len(data['claims'])} claims)"


CHECKS: dict[str, list[Callable[[Path, dict[str, str]], str]]] = {
    "html": [check_html],
    "mcp": [check_mcp],
    "llm": [check_llm],
    "all": [check_html, check_mcp, check_llm],
}


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in CHECKS:
        print(f"usage: pip_smoke.py {{{','.join(CHECKS)}}}", file=sys.stderr)
        return 2
    extra = argv[0]
    failed = False
    for check in CHECKS[extra]:
        with tempfile.TemporaryDirectory(prefix=f"pip-smoke-{extra}-") as folder:
            work = Path(folder)
            (work / "home").mkdir()
            try:
                print(f"pip-smoke [{extra}] ok: {check(work, clean_env(work / 'home'))}")
            except SmokeError as exc:
                print(f"pip-smoke [{extra}] FAILED: {exc}", file=sys.stderr)
                failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
