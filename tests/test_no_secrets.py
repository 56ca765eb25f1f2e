"""No cassette, fixture or doc may hold a credential or a provider's identifying header."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarize.errors import AuthenticationError
from summarize.testing import HttpError, ScriptedModel
from tests.cassette_format import scrub_request, scrub_response
from tests.conftest import ROOT

CREDENTIAL = re.compile(
    r"sk-(?!dummy|test|no-key)[A-Za-z0-9_-]{16,}"  # OpenAI-style keys, bar our named placeholders
    r"|Bearer\s+[A-Za-z0-9._-]{12,}"
    r'|"(authorization|api-key|openai-organization|openai-project|set-cookie|cookie)"\s*:'
    r"|[?&](api-key|key|token)=",
    re.IGNORECASE,
)


def tracked_text_files() -> list[Path]:
    roots = [ROOT / "cassettes", ROOT / "tests", ROOT / "examples", ROOT / "README.md"]
    files: list[Path] = []
    for root in roots:
        files += (
            [root]
            if root.is_file()
            else [p for p in root.rglob("*") if p.is_file() and p.suffix in {".json", ".md", ".txt", ".yaml"}]
        )
    return files


def test_no_cassette_holds_a_credential() -> None:
    cassettes = list((ROOT / "cassettes").glob("*.json"))
    assert cassettes, "the cassettes folder is empty"
    for path in tracked_text_files():
        hit = CREDENTIAL.search(path.read_text(encoding="utf-8", errors="replace"))
        assert hit is None, f"{path.relative_to(ROOT)} holds {hit.group(0)[:24]!r}"


def test_the_detector_catches_what_it_should() -> None:
    token = "abcdefghijklmnop"  # built at run time so the repository itself holds no key-shaped text
    assert CREDENTIAL.search(f'"Authorization": "Bearer {token}"')
    assert CREDENTIAL.search(f"key sk-proj-{token.upper()}")
    assert CREDENTIAL.search("https://x.openai.azure.com/openai?api-key=abc")
    assert not CREDENTIAL.search("sk-dummy-key-for-tests")


class _Request:
    def __init__(self) -> None:
        self.headers = {
            "Authorization": f"Bearer {'sk-fake-' + '1234567890' * 2}",
            "Content-Type": "application/json",
            "OpenAI-Organization": "org-123",
            "User-Agent": "OpenAI/Python",
        }
        self.uri = "https://example.openai.azure.com/openai/v1/chat/completions?api-key=secret"


def test_scrubbers_keep_only_the_allow_list() -> None:
    request = scrub_request(_Request())
    assert request.headers == {"Content-Type": "application/json"}
    assert "secret" not in request.uri
    response = scrub_response(
        {
            "headers": {
                "Set-Cookie": ["a=b"],
                "openai-organization": ["org"],
                "Retry-After": ["2"],
                "x-request-id": ["r"],
            },
            "body": {"string": ""},
        }
    )
    assert response["headers"] == {"Retry-After": ["2"]}


def test_errors_never_carry_the_key() -> None:
    from summarize import Summarizer

    secret = "sk-fake-abcdefghijklmnopqrstuvwx"
    model = ScriptedModel([HttpError(401, code="invalid_api_key", message=f"Incorrect API key provided: {secret}")])
    with pytest.raises(AuthenticationError) as caught:
        Summarizer(model="m", api_key=secret, http_client=model.http_client()).summarize("Someone said something.")
    assert secret not in str(caught.value) and secret not in repr(caught.value.usage)
    assert caught.value.__cause__ is None
