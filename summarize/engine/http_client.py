"""The HTTP client for a plain-http endpoint, without the TLS set-up it never uses.

openai's default client builds its transport's SSL context when the client is built: it loads the
system's CA certificates, about 20 ms of CPU in a one-article run, although a plain-http endpoint
(a local server: Ollama, vLLM, llama.cpp) never makes a TLS connection. For an ``http://`` base URL
with no proxy configured in the environment, ``plain_http_client`` builds the client openai would
(its ``SyncHttpxClientWrapper`` with the same base URL and timeout: the same connection limits,
following redirects, closed when collected), except that:

- ``http://`` requests go through a transport whose SSL context is a bare one: it loads no
  certificates, and no TLS connection is ever made through it, since
- every ``https://`` request (a redirect to https, say) goes through a transport mounted for
  ``https://``, built on its first request exactly as the default one is (``verify=True``, the
  same limits): an https URL is verified as before.

Any other endpoint (https, the OpenAI default, or any proxy variable set, which the default client
honours and mounts with its own transports) gets openai's default client, as before.
"""

from __future__ import annotations

import threading
import urllib.request
from typing import Any
from urllib.parse import urlsplit

import httpx2
import openai


class VerifiedOnFirstUse(httpx2.BaseTransport):
    """``httpx2.HTTPTransport(**options)``, the verifying default, built when its first request comes."""

    def __init__(self, **options: Any) -> None:
        self.options = options
        self.built: httpx2.HTTPTransport | None = None
        self._lock = threading.Lock()

    def transport(self) -> httpx2.HTTPTransport:
        with self._lock:
            if self.built is None:
                self.built = httpx2.HTTPTransport(**self.options)
            return self.built

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        return self.transport().handle_request(request)

    def close(self) -> None:
        with self._lock:
            if self.built is not None:
                self.built.close()


def plain_http(base_url: str | None) -> bool:
    """An ``http://`` endpoint reached directly: no proxy variable in the environment."""
    return bool(base_url) and urlsplit(str(base_url)).scheme.lower() == "http" and not urllib.request.getproxies()


def plain_http_client(base_url: str | None, timeout: float) -> httpx2.Client | None:
    """The client for a plain-http endpoint (see the module's docstring); None for any other one,
    for which openai builds its default client."""
    if base_url is None or not plain_http(base_url):
        return None
    from openai._base_client import SyncHttpxClientWrapper

    https = VerifiedOnFirstUse(verify=True, limits=openai.DEFAULT_CONNECTION_LIMITS)
    return SyncHttpxClientWrapper(base_url=base_url, timeout=timeout, verify=False, mounts={"https://": https})
