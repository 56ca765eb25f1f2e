"""Safe fetching: schemes, addresses checked on every hop, caps on size and time, status codes, charsets."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator

import pytest

from summarize import Document, _fetch
from summarize._fetch import fetch, refusal
from summarize.errors import (
    FetchError,
    FetchUnavailableError,
    InputDecodeError,
    InputTooLargeError,
    UnsafeURLError,
)
from tests.page_server import Served, serve_pages, standard_routes

LOOPBACK = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


@pytest.fixture
def site() -> Iterator[Served]:
    with serve_pages(standard_routes()) as served:
        yield served


@pytest.fixture
def loopback_is_public(monkeypatch: pytest.MonkeyPatch) -> None:
    """Treat 127.0.0.1 (the test server) as a public address, so the private-address rules apply
    to every other hop exactly as they would on the internet."""
    real = _fetch.refusal

    def refusal_except_the_test_server(address: _fetch.IPAddress) -> str | None:
        return None if str(address) == "127.0.0.1" else real(address)

    monkeypatch.setattr(_fetch, "refusal", refusal_except_the_test_server)


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "a loopback address"),
        ("::1", "a loopback address"),
        ("10.0.0.8", "a private address"),
        ("172.16.5.4", "a private address"),
        ("192.168.1.1", "a private address"),
        ("100.64.0.1", "a private address"),  # shared address space (carrier-grade NAT)
        ("fd12:3456::1", "a private address"),
        ("169.254.10.10", "a link-local address"),
        ("fe80::1", "a link-local address"),
        ("169.254.169.254", "a cloud metadata address"),
        ("fd00:ec2::254", "a cloud metadata address"),
        ("::ffff:169.254.169.254", "a cloud metadata address"),  # IPv4-mapped
        ("::ffff:127.0.0.1", "a loopback address"),
        ("224.0.0.1", "a multicast address"),
        ("0.0.0.0", "a reserved address"),
        ("240.0.0.1", "a reserved address"),
        ("93.184.215.14", None),
        ("2606:4700::1111", None),
    ],
)
def test_address_policy(address: str, reason: str | None) -> None:
    assert refusal(ipaddress.ip_address(address)) == reason


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.org/a.html",
        "gopher://example.org/",
        "http://user:pw@example.org/",
        "http:///",
    ],
)
def test_only_plain_http_and_https_urls_are_fetched(url: str) -> None:
    with pytest.raises(UnsafeURLError):
        fetch(url)


def test_a_host_resolving_to_any_private_address_is_refused_before_connecting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = [ipaddress.ip_address("93.184.215.14"), ipaddress.ip_address("10.0.0.5")]
    monkeypatch.setattr(_fetch, "resolve", lambda host, port: answers)
    refused = r"intranet\.test \(10\.0\.0\.5\) is a private address; pass --allow-private"
    with pytest.raises(UnsafeURLError, match=refused):
        fetch("https://intranet.test/story")


def test_metadata_address_is_refused_even_with_allow_private() -> None:
    with pytest.raises(UnsafeURLError, match="metadata"):
        fetch("http://169.254.169.254/latest/meta-data/", allow_private=True)


def test_unknown_host_is_a_fetch_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(host: str, port: int) -> list[_fetch.IPAddress]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(_fetch, "resolve", no_such_host)
    with pytest.raises(FetchError, match=r"host nowhere\.test not found") as caught:
        fetch("https://nowhere.test/")
    assert caught.value.exit_code == 66


@LOOPBACK
def test_loopback_is_refused_by_default_and_fetched_with_allow_private(site: Served) -> None:
    with pytest.raises(UnsafeURLError, match="loopback"):
        fetch(site.url("/news"))
    assert site.seen_hosts == []  # refused before any connection
    page = fetch(site.url("/news"), allow_private=True)
    assert page.is_html and page.body == (site.routes["/news"].body)


@LOOPBACK
def test_the_connection_goes_to_the_checked_address_with_the_original_host_header(
    monkeypatch: pytest.MonkeyPatch, site: Served, loopback_is_public: None
) -> None:
    port = site.base.rsplit(":", 1)[1]
    monkeypatch.setattr(_fetch, "resolve", lambda host, p: [ipaddress.ip_address("127.0.0.1")])
    page = fetch(f"http://news.test:{port}/news")
    assert page.url == f"http://news.test:{port}/news"
    assert site.seen_hosts == [f"news.test:{port}"]


@LOOPBACK
def test_redirects_are_followed_hop_by_hop(site: Served) -> None:
    page = fetch(site.url("/redirect"), allow_private=True)
    assert page.url == site.url("/news")
    assert len(site.seen_hosts) == 3


@LOOPBACK
@pytest.mark.parametrize(
    ("path", "error", "message"),
    [
        ("/to-metadata", UnsafeURLError, "169.254.169.254 is a cloud metadata address"),
        ("/to-private", UnsafeURLError, "10.1.2.3 is a private address"),
        ("/to-file", UnsafeURLError, "only http and https"),
        ("/loop", UnsafeURLError, "more than 5 redirects"),
    ],
)
def test_every_redirect_hop_is_checked_again(
    site: Served, loopback_is_public: None, path: str, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        fetch(site.url(path))


@LOOPBACK
def test_size_cap_is_enforced_while_streaming(site: Served) -> None:
    with pytest.raises(InputTooLargeError, match="more than the 65,536 bytes"):
        fetch(site.url("/huge"), allow_private=True, max_bytes=64 * 1024)
    with pytest.raises(InputTooLargeError, match="300,000 bytes"):  # refused from Content-Length alone
        fetch(site.url("/huge-declared"), allow_private=True, max_bytes=64 * 1024)


@LOOPBACK
def test_a_slow_server_times_out(site: Served) -> None:
    with pytest.raises(FetchUnavailableError, match="timed out") as caught:
        fetch(site.url("/slow"), allow_private=True, timeout=0.3)
    assert caught.value.exit_code == 75


@LOOPBACK
def test_a_page_that_drips_in_is_cut_off_by_the_total_deadline(site: Served) -> None:
    # every chunk arrives well inside the read timeout; the whole download does not
    with pytest.raises(FetchUnavailableError, match="timed out"):
        fetch(site.url("/drip"), allow_private=True, timeout=0.5)


@LOOPBACK
@pytest.mark.parametrize(
    ("path", "error", "code"),
    [("/missing", FetchError, 66), ("/gone", FetchError, 66), ("/busy", FetchUnavailableError, 75)],
)
def test_http_errors(site: Served, path: str, error: type[FetchError], code: int) -> None:
    with pytest.raises(error, match=r"cannot fetch: HTTP \d{3}") as caught:
        fetch(site.url(path), allow_private=True)
    assert caught.value.exit_code == code


@LOOPBACK
def test_connection_refused_is_a_fetch_error() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(FetchError, match="connection refused"):
        fetch(f"http://127.0.0.1:{port}/", allow_private=True)


@LOOPBACK
def test_other_content_types_are_refused(site: Served) -> None:
    with pytest.raises(InputDecodeError, match="application/pdf, not HTML or plain text"):
        fetch(site.url("/pdf"), allow_private=True)


@LOOPBACK
def test_plain_text_is_accepted_as_text(site: Served) -> None:
    document = Document.from_url(site.url("/plain"), allow_private=True)
    assert document.text.startswith("The Lowmoor harbour council")
    assert document.url == site.url("/plain") and document.title is None


@LOOPBACK
def test_charset_from_the_meta_tag_when_the_server_names_none(site: Served) -> None:
    document = Document.from_url(site.url("/cafe"), allow_private=True)
    assert "Renée Faßbender" in document.text and "São Tomé" in document.text
    assert document.title == "Café owners in São Tomé Street win rent appeal"
