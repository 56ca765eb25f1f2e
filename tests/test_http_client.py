"""A plain-http endpoint's client builds no TLS set-up it never uses; https is verified as before."""

from __future__ import annotations

import ssl

import httpx2
import pytest

import summarize
from summarize.engine.http_client import VerifiedOnFirstUse, plain_http, plain_http_client
from summarize.engine.llm import Endpoint
from summarize.settings import Settings
from summarize.testing import Answer, ScriptedModel, serve_scripted
from tests.conftest import article, gold_draft

PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def _context(transport: httpx2.BaseTransport) -> ssl.SSLContext:
    context = transport._pool._ssl_context  # type: ignore[attr-defined]
    assert isinstance(context, ssl.SSLContext)
    return context


def test_only_a_direct_http_endpoint_gets_the_plain_client(monkeypatch: pytest.MonkeyPatch) -> None:
    assert plain_http("http://localhost:11434/v1") and plain_http("HTTP://10.0.0.5:8000/v1")
    for other in ("https://api.example.test/v1", None, ""):
        assert not plain_http(other) and plain_http_client(other, 30.0) is None
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example.test:3128")  # the default client mounts it
    assert not plain_http("http://localhost:11434/v1")
    assert plain_http_client("http://localhost:11434/v1", 30.0) is None


def test_the_plain_client_loads_no_certificates_and_verifies_any_https_url() -> None:
    client = plain_http_client("http://localhost:11434/v1", 12.0)
    assert client is not None
    assert client.follow_redirects and client.timeout == httpx2.Timeout(12.0)
    # http:// goes through a transport with a bare context: no certificate loaded
    plain = client._transport_for_url(httpx2.URL("http://localhost:11434/v1/chat/completions"))
    assert _context(plain).cert_store_stats()["x509_ca"] == 0
    # https:// (a redirect, say) goes through the verifying transport, built on first use
    https = client._transport_for_url(httpx2.URL("https://api.example.test/v1/chat/completions"))
    assert isinstance(https, VerifiedOnFirstUse) and https.built is None
    verifying = _context(https.transport())
    default = _context(httpx2.HTTPTransport())
    assert verifying.verify_mode == ssl.CERT_REQUIRED and verifying.check_hostname
    assert verifying.cert_store_stats() == default.cert_store_stats()
    assert (verifying.minimum_version, verifying.options) == (default.minimum_version, default.options)
    client.close()
    assert https.built is not None


def test_an_https_endpoint_keeps_openais_default_client() -> None:
    endpoint = Endpoint(Settings(base_url="https://api.example.test/v1", api_key="sk-test-key"))
    transport = endpoint.client()._client._transport
    assert isinstance(transport, httpx2.HTTPTransport)
    context = _context(transport)
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert context.cert_store_stats() == _context(httpx2.HTTPTransport()).cert_store_stats()


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_a_model_run_on_a_plain_http_endpoint_is_answered() -> None:
    server, base_url = serve_scripted(ScriptedModel([Answer(gold_draft("court-ruling"))]))
    try:
        endpoint = Endpoint(Settings(base_url=base_url, api_key="sk-test-key", timeout=9.0))
        client = endpoint.client()
        assert isinstance(client._client._transport_for_url(httpx2.URL("https://x.test/")), VerifiedOnFirstUse)
        assert client.timeout == 9.0
        briefing = summarize.summarize(
            article("court-ruling"), backend="llm", base_url=base_url, api_key="sk-test-key", model="gpt-4o-mini"
        )
        assert briefing.meta.backend == "llm" and briefing.claims
    finally:
        server.shutdown()
