"""The cost ledger: price arithmetic, unknown models, user overrides, cached and reasoning tokens."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from summarize import InvalidOutputError, summarize
from summarize.engine.prices import BUILT_IN, PRICES_ENV, Price, cost_usd, price_for, price_table, user_prices_path
from summarize.engine.run import Ledger
from summarize.engine.transport import check_completion
from summarize.errors import ConfigurationError
from summarize.testing import Answer, RawText, completion_body
from tests.conftest import article, gold_draft, scripted

NAME = "court-ruling"


def test_cost_of_a_known_model() -> None:
    # gpt-4o-mini: $0.15 in, $0.075 cached in, $0.60 out per 1M tokens
    assert cost_usd("gpt-4o-mini", 1_000_000, 0) == 0.15
    assert cost_usd("gpt-4o-mini", 0, 1_000_000) == 0.60
    # 10,000 in of which 4,000 cached, 2,000 out: 6000*0.15 + 4000*0.075 + 2000*0.60 = 2400 per 1M
    assert cost_usd("gpt-4o-mini", 10_000, 2_000, cached_input_tokens=4_000) == pytest.approx(0.0024)


def test_snapshots_and_provider_prefixes_use_the_base_price() -> None:
    assert price_for("gpt-4o-mini-2024-07-18") == price_for("openai/gpt-4o-mini") == BUILT_IN["gpt-4o-mini"]
    assert price_for("gpt-4o-mini-tts") is None  # a different model, not a snapshot


def test_an_unknown_model_has_no_cost() -> None:
    assert price_for("llama3.1:8b") is None and price_for(None) is None
    assert cost_usd("llama3.1:8b", 1000, 1000) is None


def test_cached_tokens_never_exceed_the_input() -> None:
    assert Price(1.0, 0.5, 2.0).cost(100, 0, cached_input_tokens=500) == pytest.approx(100 * 0.5 / 1e6)


def write_prices(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_user_file_adds_and_overrides_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_prices(
        tmp_path / "p.toml",
        '[models."llama3.1"]\ninput = 0.1\noutput = 0.2\n\n[models."gpt-4o-mini"]\ninput = 1\noutput = 2\n',
    )
    monkeypatch.setenv(PRICES_ENV, str(path))
    assert price_for("llama3.1") == Price(0.1, 0.1, 0.2)  # cached input defaults to the input price
    assert cost_usd("gpt-4o-mini", 1_000_000, 1_000_000) == 3.0
    assert price_for("gpt-4.1") == BUILT_IN["gpt-4.1"]  # the rest of the table stays


def test_the_user_config_folder_is_read_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    # conftest points XDG_CONFIG_HOME at a temporary folder
    write_prices(user_prices_path(), '[models."house-model"]\ninput = 3\ncached_input = 1\noutput = 4\n')
    assert price_for("house-model") == Price(3.0, 1.0, 4.0)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("models = [", "not valid TOML"),
        ('[models."m"]\ninput = 1\n', "needs input = and output ="),
        ('[models."m"]\ninput = -1\noutput = 1\n', "non-negative number"),
        ('[models."m"]\ninput = "cheap"\noutput = 1\n', "non-negative number"),
        ('[models."m"]\ninput = 1\noutput = 1\ncurrency = "EUR"\n', "unknown key"),
    ],
)
def test_a_bad_prices_file_is_a_configuration_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, fragment: str
) -> None:
    monkeypatch.setenv(PRICES_ENV, str(write_prices(tmp_path / "p.toml", text)))
    with pytest.raises(ConfigurationError, match=fragment) as caught:
        price_table()
    assert caught.value.exit_code == 78


def test_a_missing_prices_file_named_by_the_environment_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PRICES_ENV, str(tmp_path / "absent.toml"))
    with pytest.raises(ConfigurationError, match="no such prices file"):
        price_table()


def test_the_ledger_reads_cached_and_reasoning_tokens() -> None:
    body: dict[str, Any] = completion_body({"messages": []}, RawText("{}"))
    body["usage"].update(
        prompt_tokens=1000,
        completion_tokens=300,
        prompt_tokens_details={"cached_tokens": 600},
        completion_tokens_details={"reasoning_tokens": 120},
    )
    import openai.types.chat as chat

    ledger = Ledger()
    check_completion(chat.ChatCompletion.model_validate(body), ledger)
    check_completion(chat.ChatCompletion.model_validate(completion_body({"messages": []}, RawText("{}"))), ledger)
    assert (ledger.cached_input_tokens, ledger.reasoning_tokens) == (600, 120)  # absent details count 0
    assert ledger.input_tokens > 1000 and ledger.completions == 2


def test_a_briefing_carries_its_cost() -> None:
    summarizer, _ = scripted(Answer(gold_draft(NAME)), model="gpt-4o-mini")
    usage = summarizer.summarize(article(NAME)).meta.usage
    expected = (usage.input_tokens * 0.15 + usage.output_tokens * 0.60) / 1e6
    assert usage.cost_usd == pytest.approx(expected, abs=1e-6) and usage.cost_usd > 0


def test_unknown_model_cost_is_null_and_offline_is_free() -> None:
    summarizer, _ = scripted(Answer(gold_draft(NAME)), model="my-local-model")
    assert summarizer.summarize(article(NAME)).meta.usage.cost_usd is None
    assert summarize(article(NAME), backend="offline").meta.usage.cost_usd == 0.0


def test_a_failed_run_reports_what_it_spent() -> None:
    summarizer, model = scripted(RawText("not json"), RawText("still not"), model="gpt-4o-mini", max_reasks=1)
    with pytest.raises(InvalidOutputError) as caught:
        summarizer.summarize(article(NAME))
    usage = caught.value.usage
    assert usage.requests == model.request_count == 2 and usage.reasks == 1
    assert usage.cost_usd == pytest.approx((usage.input_tokens * 0.15 + usage.output_tokens * 0.60) / 1e6, abs=1e-6)


def test_a_broken_prices_file_stops_the_run_before_anything_is_paid_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "prices.toml"
    broken.write_text("[models.x\ninput = ", encoding="utf-8")
    monkeypatch.setenv(PRICES_ENV, str(broken))
    summarizer, model = scripted(Answer(gold_draft("chipmaker-recall")), model="gpt-4o-mini")
    with pytest.raises(ConfigurationError):
        summarizer.summarize(article("chipmaker-recall"))
    assert model.requests == []
