"""The response cache: what the key holds, hits that cost nothing, failures never stored, many writers."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import multiprocessing
import secrets
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from summarize import SummarizeError, Summarizer
from summarize.__main__ import main
from summarize.engine.response_cache import CACHE_FILE, BriefingCache, ResponseCache, fingerprint
from summarize.errors import ConfigurationError
from summarize.settings import Settings
from summarize.testing import Answer, HttpError, RawText, ScriptedModel, serve_scripted
from tests.cache_writer import PUTS, write_entries
from tests.conftest import article, gold_draft, scripted

NAME = "court-ruling"
ARTICLE_FILE = f"examples/{NAME}.txt"
SHA = "a" * 64
LOOPBACK = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


def key(sha: str = SHA, model: str = "m", prompt: str = "p1", **options: Any) -> str:
    return fingerprint(sha, Settings(**options), model, prompt)


def cache_files(directory: Path) -> bytes:
    """Every byte the cache keeps on disk: the database, its WAL and shared-memory files."""
    return b"".join(p.read_bytes() for p in directory.glob(f"{CACHE_FILE}*"))


def entries(directory: Path) -> int:
    with sqlite3.connect(directory / CACHE_FILE) as connection:
        return int(connection.execute("SELECT COUNT(*) FROM briefings").fetchone()[0])


# --- the key -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "changed",
    [
        {"sha": "b" * 64},
        {"model": "other"},
        {"prompt": "p2"},
        {"mode": "json"},
        {"temperature": 0.3},
        {"max_output_tokens": 500},
        {"base_url": "http://localhost:11434/v1"},
        {"base_url": "https://api.openai.com:8443/v1"},
    ],
)
def test_the_key_changes_with_what_changes_the_answer(changed: dict[str, Any]) -> None:
    assert key(**changed) != key()


def test_the_key_changes_with_the_schema_and_package_versions(monkeypatch: pytest.MonkeyPatch) -> None:
    before = key()
    monkeypatch.setattr("summarize.engine.response_cache.SCHEMA_VERSION", "2")
    after_schema = key()
    monkeypatch.setattr("summarize.engine.response_cache.__version__", "99.0")
    assert len({before, after_schema, key()}) == 3


@pytest.mark.parametrize(
    "same",
    [
        {"api_key": "sk-test-one"},
        {"timeout": 5.0},
        {"max_reasks": 0},
        {"base_url": "https://user:sk-test-in-url@API.openai.com/v2?api-key=sk-test-q"},  # host only
    ],
)
def test_the_key_ignores_keys_and_what_only_changes_whether_an_answer_arrives(same: dict[str, Any]) -> None:
    assert key(**same) == key(api_key="sk-test-two")


def test_the_cache_option_is_checked() -> None:
    with pytest.raises(ConfigurationError, match="cache must be"):
        Summarizer(cache=3)
    assert ResponseCache(False).store is None and ResponseCache(None).store is None


def test_cache_true_uses_the_env_folder_then_the_user_cache_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    store = ResponseCache(True).store
    assert store is not None and store.path == tmp_path / "cache" / "summarize" / CACHE_FILE  # XDG_CACHE_HOME
    monkeypatch.setenv("SUMMARIZE_CACHE_DIR", str(tmp_path / "elsewhere"))
    store = ResponseCache(True).store
    assert store is not None and store.path == tmp_path / "elsewhere" / CACHE_FILE


# --- hits and misses through the library ----------------------------------------------------------


def test_a_second_identical_run_makes_no_request(tmp_path: Path) -> None:
    summarizer, model = scripted(Answer(gold_draft(NAME)), cache=tmp_path)
    first = summarizer.summarize(article(NAME), source="first.txt")
    again, model_again = scripted(cache=tmp_path)  # a new summarizer, as a new process would be
    second = again.summarize(article(NAME), source="second.txt")
    assert model.request_count == 1 and model_again.requests == []
    assert first.meta.usage.cached is False and first.meta.usage.requests == 1
    assert second.meta.usage.cached is True
    assert (second.meta.usage.requests, second.meta.usage.input_tokens, second.meta.usage.output_tokens) == (0, 0, 0)
    assert second.meta.article.source == "second.txt" and second.meta.article.sha256 == first.meta.article.sha256
    assert second.meta.duration_ms < first.meta.duration_ms
    assert second.model_dump(exclude={"meta"}) == first.model_dump(exclude={"meta"})
    assert second.meta.model == "m" and second.meta.created_at == first.meta.created_at


def test_a_hit_does_not_load_the_llm_stack(tmp_path: Path) -> None:
    summarizer, _ = scripted(Answer(gold_draft(NAME)), cache=tmp_path)
    summarizer.summarize(article(NAME))
    code = (
        "import sys; from summarize import Summarizer; "
        f"s = Summarizer(model='m', api_key='sk-test', cache={str(tmp_path)!r}); "
        f"b = s.summarize(open({ARTICLE_FILE!r}, encoding='utf-8').read()); "
        "print(b.meta.usage.cached, sorted(m for m in ('openai', 'instructor', 'httpx2') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "True []"


def test_threads_sharing_a_summarizer_share_its_cache(tmp_path: Path) -> None:
    summarizer, model = scripted(Answer(gold_draft(NAME)), cache=tmp_path)
    summarizer.summarize(article(NAME))
    results: list[bool] = []
    threads = [
        threading.Thread(target=lambda: results.append(summarizer.summarize(article(NAME)).meta.usage.cached))
        for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [True] * 8 and model.request_count == 1


def test_a_changed_option_misses(tmp_path: Path) -> None:
    summarizer, _ = scripted(Answer(gold_draft(NAME)), cache=tmp_path)
    summarizer.summarize(article(NAME))
    other, model = scripted(Answer(gold_draft(NAME)), cache=tmp_path, temperature=0.5)
    assert other.summarize(article(NAME)).meta.usage.cached is False and model.request_count == 1
    assert entries(tmp_path) == 2


def test_the_library_does_not_cache_unless_asked(tmp_path: Path) -> None:
    for _ in range(2):
        summarizer, model = scripted(Answer(gold_draft(NAME)))
        assert summarizer.summarize(article(NAME)).meta.usage.cached is False and model.request_count == 1
    assert not (tmp_path / "cache").exists()


def test_the_offline_backend_is_not_cached(tmp_path: Path) -> None:
    Summarizer(backend="offline", cache=tmp_path).summarize(article(NAME))
    assert list(tmp_path.iterdir()) == []


def test_async_runs_share_the_cache(tmp_path: Path) -> None:
    model = ScriptedModel([Answer(gold_draft(NAME))])

    async def twice() -> list[bool]:
        summarizer = Summarizer(
            model="m", api_key="sk-test", async_http_client=model.async_http_client(), cache=tmp_path
        )
        return [(await summarizer.asummarize(article(NAME))).meta.usage.cached for _ in range(2)]

    assert asyncio.run(twice()) == [False, True] and model.request_count == 1


@pytest.mark.parametrize(
    "failure",
    [HttpError(401, code="invalid_api_key"), RawText("not json")],
    ids=["provider", "invalid-output"],
)
def test_a_failed_run_is_not_cached(tmp_path: Path, failure: HttpError | RawText) -> None:
    summarizer, model = scripted(failure, Answer(gold_draft(NAME)), cache=tmp_path, max_reasks=0, mode="tools")
    with pytest.raises(SummarizeError):
        summarizer.summarize(article(NAME))
    assert not (tmp_path / CACHE_FILE).exists() or entries(tmp_path) == 0
    briefing = summarizer.summarize(article(NAME))
    assert briefing.meta.usage.cached is False and model.request_count == 2
    assert entries(tmp_path) == 1


def test_an_entry_that_no_longer_validates_is_a_miss(tmp_path: Path) -> None:
    summarizer, model = scripted(Answer(gold_draft(NAME)), Answer(gold_draft(NAME)), cache=tmp_path)
    summarizer.summarize(article(NAME))
    with sqlite3.connect(tmp_path / CACHE_FILE) as connection:
        connection.execute('UPDATE briefings SET briefing = \'{"title": ""}\'')
    assert summarizer.summarize(article(NAME)).meta.usage.cached is False and model.request_count == 2
    assert summarizer.summarize(article(NAME)).meta.usage.cached is True  # the bad entry was replaced


def test_no_secret_lands_in_the_cache(tmp_path: Path) -> None:
    fake_key = "sk-fake-" + secrets.token_hex(16)
    model = ScriptedModel([Answer(gold_draft(NAME))])
    summarizer = Summarizer(
        model="m",
        api_key=fake_key,
        base_url=f"http://reader:{fake_key}@127.0.0.1:9/v1",
        http_client=model.http_client(),
        cache=tmp_path,
    )
    summarizer.summarize(article(NAME), source=f"/private/{fake_key}.txt")
    assert summarizer.summarize(article(NAME)).meta.usage.cached is True
    assert model.request_count == 1
    stored = cache_files(tmp_path)
    assert stored and fake_key.encode() not in stored and b"Bearer" not in stored
    assert b"/private/" not in stored  # the source is set per hit, never stored


# --- a broken cache never breaks a run ------------------------------------------------------------


def test_a_corrupt_cache_file_gives_a_warning_and_the_run_succeeds(tmp_path: Path) -> None:
    (tmp_path / CACHE_FILE).write_bytes(b"\x00garbage, not a database\xff" * 200)
    summarizer, model = scripted(Answer(gold_draft(NAME)), Answer(gold_draft(NAME)), cache=tmp_path)
    first = summarizer.summarize(article(NAME))
    second = summarizer.summarize(article(NAME))
    assert model.request_count == 2 and not second.meta.usage.cached
    for briefing in (first, second):
        assert any("response cache" in w and "summarize cache clear" in w for w in briefing.meta.warnings)
    assert summarizer.cache.problem is not None and summarizer.cache.store is None


def test_an_unwritable_cache_folder_gives_a_warning(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    summarizer, _ = scripted(Answer(gold_draft(NAME)), cache=blocker / "cache")
    briefing = summarizer.summarize(article(NAME))
    assert any("not usable" in w for w in briefing.meta.warnings)


class Served:
    """Scripted servers on loopback for CLI runs; ``models`` holds what each one was asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch, self.models, self.servers = monkeypatch, list[ScriptedModel](), list[Any]()

    def __call__(self, *replies: Any) -> str:
        model = ScriptedModel(list(replies))
        server, base_url = serve_scripted(model)
        self.models.append(model)
        self.servers.append(server)
        self.monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
        return base_url


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Iterator[Served]:
    started = Served(monkeypatch)
    yield started
    for server in started.servers:
        server.shutdown()
        server.server_close()


@LOOPBACK
def test_the_cli_warns_on_stderr_and_still_writes_the_briefing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], served: Served
) -> None:
    (tmp_path / CACHE_FILE).write_bytes(b"garbage" * 100)
    base_url = served(Answer(gold_draft(NAME)))
    code = main([ARTICLE_FILE, "--base-url", base_url, "--model", "m", "-f", "json", "--cache-dir", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 0 and json.loads(out)["meta"]["backend"] == "llm"
    assert err.startswith("summarize: warning: the response cache") and len(err.splitlines()) == 1


# --- the command line -----------------------------------------------------------------------------


@LOOPBACK
def test_the_cli_caches_by_default_and_no_cache_asks_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], served: Served
) -> None:
    base_url = served(Answer(gold_draft(NAME)), Answer(gold_draft(NAME)))
    model = served.models[0]
    args = [ARTICLE_FILE, "--base-url", base_url, "--model", "m", "-f", "json"]
    usages = []
    for extra in ([], [], ["--no-cache"]):
        assert main([*args, *extra]) == 0
        usages.append(json.loads(capsys.readouterr().out)["meta"]["usage"])
    assert [u["cached"] for u in usages] == [False, True, False]
    assert [u["requests"] for u in usages] == [1, 0, 1] and model.request_count == 2
    assert (tmp_path / "cache" / "summarize" / CACHE_FILE).is_file()  # XDG_CACHE_HOME, set by conftest


@LOOPBACK
def test_the_cli_cache_dir_option(tmp_path: Path, capsys: pytest.CaptureFixture[str], served: Served) -> None:
    base_url = served(Answer(gold_draft(NAME)))
    folder = tmp_path / "my-cache"
    assert main([ARTICLE_FILE, "--base-url", base_url, "--model", "m", "--cache-dir", str(folder)]) == 0
    assert entries(folder) == 1 and not (tmp_path / "cache").exists()


def test_cache_stats_and_clear(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(tmp_path)
    assert main(["cache", "stats", "--cache-dir", folder]) == 0
    assert "entries: 0 (no cache file yet)" in capsys.readouterr().out
    for model_name in ("m", "m", "other"):
        summarizer, _ = scripted(Answer(gold_draft(NAME)), cache=tmp_path, model=model_name, temperature=0.1)
        summarizer.summarize(article(NAME))  # the second "m" run is a hit: two entries in all
    assert main(["cache", "stats", "--cache-dir", folder]) == 0
    out = capsys.readouterr().out
    assert f"path:    {tmp_path / CACHE_FILE}" in out
    assert "entries: 2" in out and "model:   m: 1" in out and "model:   other: 1" in out
    assert "KiB on disk" in out and "oldest:  20" in out

    with sqlite3.connect(tmp_path / CACHE_FILE) as connection:  # make one entry ten days old
        connection.execute("UPDATE briefings SET created_at = created_at - 10 * 86400 WHERE model = 'other'")
    assert main(["cache", "clear", "--older-than", "5", "--cache-dir", folder]) == 0
    assert "removed 1 cached briefing(s) older than 5 day(s)" in capsys.readouterr().out
    assert entries(tmp_path) == 1
    assert main(["cache", "clear", "--cache-dir", folder]) == 0
    assert "removed 1 cached briefing(s)" in capsys.readouterr().out
    assert entries(tmp_path) == 0


def test_cache_commands_on_a_corrupt_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / CACHE_FILE).write_bytes(b"garbage" * 100)
    assert main(["cache", "stats", "--cache-dir", str(tmp_path)]) == 65
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "summarize cache clear" in err
    assert main(["cache", "clear", "--cache-dir", str(tmp_path)]) == 0
    assert "removed the unreadable cache file" in capsys.readouterr().out
    assert not (tmp_path / CACHE_FILE).exists()


def test_cache_without_a_subcommand_shows_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cache"]) in (0, 2)
    captured = capsys.readouterr()
    assert "stats" in captured.out + captured.err and "clear" in captured.out + captured.err


# --- many writers ---------------------------------------------------------------------------------


def test_concurrent_processes_write_one_cache_safely(tmp_path: Path) -> None:
    # fork is fast; each child opens its own connection, as separate commands would (spawn elsewhere)
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    start = context.Barrier(4)  # all four write at once: contention, not a relay
    workers = [context.Process(target=write_entries, args=(str(tmp_path), w, start)) for w in range(4)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(timeout=60)
    assert [p.exitcode for p in workers] == [0, 0, 0, 0]
    cache = BriefingCache(tmp_path)
    for worker in range(4):
        for n in range(PUTS):
            stored = cache.get(f"w{worker}-{n}")
            assert stored is not None and json.loads(stored)["n"] == n
    found = cache.stats()
    assert found.entries == 4 * PUTS and found.by_model == {f"model-{w}": PUTS for w in range(4)}


def test_concurrent_threads_share_one_cache(tmp_path: Path) -> None:
    cache = BriefingCache(tmp_path)
    failures: list[BaseException] = []

    def write(worker: int) -> None:
        try:
            for n in range(PUTS):
                cache.put(f"t{worker}-{n}", f'{{"n": {n}}}', None)
                cache.get(f"t{worker}-{max(0, n - 1)}")
        except BaseException as exc:  # reported below; a thread's exception is otherwise lost
            failures.append(exc)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == [] and cache.stats().entries == 8 * PUTS


def test_every_setting_is_either_in_the_key_or_left_out_on_purpose() -> None:
    from summarize.engine.response_cache import ANSWER_OPTIONS, KEYED_OTHERWISE, NOT_IN_KEY

    decided = [*ANSWER_OPTIONS, *KEYED_OTHERWISE, *NOT_IN_KEY]
    assert sorted(decided) == sorted(f.name for f in dataclasses.fields(Settings)), (
        "a Settings field was added or removed: decide whether it changes the answer "
        "(summarize/engine/response_cache.py)"
    )


# --- housekeeping: the size cap, least recently used first; --refresh --------------------------------


def test_the_cap_evicts_the_least_recently_used_entries(tmp_path: Path) -> None:
    cache = BriefingCache(tmp_path, max_bytes=2500)
    body = json.dumps({"pad": "x" * 990})  # 1,001 bytes: two fit under the cap, three do not
    cache.put("a", body, None)
    cache.put("b", body, None)
    with sqlite3.connect(tmp_path / CACHE_FILE) as connection:  # "a" older than "b" by a minute, whatever the clock
        connection.execute("UPDATE briefings SET last_used = last_used - 60 WHERE key = 'a'")
    assert cache.get("a") == body  # a hit: "a" is now the most recently used, "b" the least
    cache.put("c", body, None)
    assert cache.get("b") is None and cache.get("a") == body and cache.get("c") == body
    found = cache.stats()
    assert found.entries == 2 and found.stored_bytes == 2 * len(body) <= 2500 * 0.95  # down to 95% of the cap


def test_without_a_cap_nothing_is_evicted(tmp_path: Path) -> None:
    cache = BriefingCache(tmp_path)
    for n in range(5):
        cache.put(f"k{n}", "x" * 1000, None)
    assert cache.stats().entries == 5


def test_a_cache_file_from_before_the_cap_gains_its_column(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / CACHE_FILE) as connection:  # the table as the previous version made it
        connection.execute(
            "CREATE TABLE briefings (key TEXT PRIMARY KEY, briefing TEXT NOT NULL, model TEXT, "
            "created_at REAL NOT NULL, size INTEGER NOT NULL)"
        )
        connection.execute("INSERT INTO briefings VALUES ('old', '{}', 'm', 1.0, 1000)")
    cache = BriefingCache(tmp_path, max_bytes=1500)
    assert cache.get("old") == "{}"
    cache.put("new", "x" * 1000, None)  # over the cap: the old entry goes, not the new one
    assert cache.get("old") is None and cache.get("new") == "x" * 1000


def test_the_cache_options_are_checked() -> None:
    with pytest.raises(ConfigurationError, match="cache_max_mb"):
        Summarizer(cache=True, cache_max_mb=-1)
    with pytest.raises(ConfigurationError, match="refresh"):
        Summarizer(cache=True, refresh="yes")
    store = ResponseCache(True).store
    assert store is not None and store.max_bytes == 500 * 1024 * 1024  # the default cap
    uncapped = ResponseCache(True, max_mb=0).store
    assert uncapped is not None and uncapped.max_bytes is None


def test_refresh_asks_again_and_replaces_the_entry(tmp_path: Path) -> None:
    first, _ = scripted(Answer(gold_draft(NAME)), cache=tmp_path)
    first.summarize(article(NAME))
    with sqlite3.connect(tmp_path / CACHE_FILE) as connection:
        (made,) = connection.execute("SELECT created_at FROM briefings").fetchone()
        connection.execute("UPDATE briefings SET created_at = created_at - 100")
    refreshed, model = scripted(Answer(gold_draft(NAME)), cache=tmp_path, refresh=True)
    briefing = refreshed.summarize(article(NAME))
    assert model.request_count == 1 and briefing.meta.usage.cached is False
    with sqlite3.connect(tmp_path / CACHE_FILE) as connection:
        rows = connection.execute("SELECT created_at FROM briefings").fetchall()
    assert len(rows) == 1 and rows[0][0] > made - 100  # one entry, the new answer's
    again, model_again = scripted(cache=tmp_path)
    assert again.summarize(article(NAME)).meta.usage.cached is True and model_again.requests == []


@LOOPBACK
def test_the_cli_refresh_and_cache_max_mb_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], served: Served
) -> None:
    base_url = served(Answer(gold_draft(NAME)), Answer(gold_draft(NAME)), Answer(gold_draft(NAME)))
    args = [ARTICLE_FILE, "--base-url", base_url, "--model", "m", "-f", "json", "--cache-dir", str(tmp_path)]
    cached = []
    for extra in ([], ["--refresh"], []):
        assert main([*args, *extra]) == 0
        cached.append(json.loads(capsys.readouterr().out)["meta"]["usage"]["cached"])
    assert cached == [False, False, True] and served.models[0].request_count == 2 and entries(tmp_path) == 1
    assert main([*args, "--refresh", "--cache-max-mb", "0.001"]) == 0  # a briefing is more than 1 KiB
    assert json.loads(capsys.readouterr().out)["meta"]["backend"] == "llm" and entries(tmp_path) == 0


def test_cache_stats_shows_what_the_cap_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    BriefingCache(tmp_path).put("k", "x" * 3000, "m")
    assert main(["cache", "stats", "--cache-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "entries: 1" in out and "2.9 KiB of briefings" in out and "--cache-max-mb, 500 MiB by default" in out
