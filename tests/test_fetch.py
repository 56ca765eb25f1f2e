"""Safe fetching: schemes, addresses checked on every hop, caps on size and time, status codes, charsets."""

from __future__ import annotations

import ipaddress
import socket
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest

from summarize import Document
from summarize.errors import (
    FetchError,
    FetchUnavailableError,
    InputDecodeError,
    InputTooLargeError,
    UnsafeURLError,
)
from summarize.sources import fetch as fetching
from summarize.sources.fetch import fetch, refusal
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
    real = fetching.refusal

    def refusal_except_the_test_server(address: fetching.IPAddress) -> str | None:
        return None if str(address) == "127.0.0.1" else real(address)

    monkeypatch.setattr(fetching, "refusal", refusal_except_the_test_server)


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
    monkeypatch.setattr(fetching, "resolve", lambda host, port: answers)
    refused = r"intranet\.test \(10\.0\.0\.5\) is a private address; pass --allow-private"
    with pytest.raises(UnsafeURLError, match=refused):
        fetch("https://intranet.test/story")


def test_metadata_address_is_refused_even_with_allow_private() -> None:
    with pytest.raises(UnsafeURLError, match="metadata"):
        fetch("http://169.254.169.254/latest/meta-data/", allow_private=True)


def test_unknown_host_is_a_fetch_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(host: str, port: int) -> list[fetching.IPAddress]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(fetching, "resolve", no_such_host)
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
    monkeypatch.setattr(fetching, "resolve", lambda host, p: [ipaddress.ip_address("127.0.0.1")])
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


@LOOPBACK
def test_a_refused_address_falls_back_to_the_next_checked_one(
    monkeypatch: pytest.MonkeyPatch, site: Served, loopback_is_public: None
) -> None:
    port = int(site.base.rsplit(":", 1)[1])
    with socket.socket() as sock:  # an address with nobody listening, resolved first
        sock.bind(("127.0.0.1", 0))
        dead_port = sock.getsockname()[1]
    answers = [ipaddress.ip_address("127.0.0.1"), ipaddress.ip_address("127.0.0.1")]
    calls: list[httpx2.URL] = []
    real_pinned = fetching._pinned_request

    def pinned_to_a_dead_port_first(url: httpx2.URL, address: fetching.IPAddress) -> Any:
        request_url, headers, extensions = real_pinned(url, address)
        calls.append(request_url)
        if len(calls) == 1:
            request_url = request_url.copy_with(port=dead_port)
        return request_url, headers, extensions

    monkeypatch.setattr(fetching, "resolve", lambda host, p: answers)
    monkeypatch.setattr(fetching, "_pinned_request", pinned_to_a_dead_port_first)
    page = fetch(f"http://news.test:{port}/news")
    assert page.is_html and len(calls) == 2


# -- TLS: the connection is pinned to the checked address, the certificate is checked for the name


def _certificates(tmp_path: Path, name: str) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """A throwaway CA and a server certificate for ``name``: (server context, client context)."""
    pytest.importorskip("cryptography")
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.UTC)

    def build(subject: str, key: Any, issuer: str, signer: Any, *, ca: bool) -> x509.Certificate:
        builder = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
            .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)]))
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(hours=1))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        )
        if ca:
            builder = builder.add_extension(
                x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
            )
            builder = builder.add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        else:
            builder = builder.add_extension(x509.SubjectAlternativeName([x509.DNSName(subject)]), critical=False)
            builder = builder.add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(signer.public_key()), critical=False
            )
        return builder.sign(signer, hashes.SHA256())

    ca_key, leaf_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_cert = build("summarize test CA", ca_key, "summarize test CA", ca_key, ca=True)
    leaf = build(name, leaf_key, "summarize test CA", ca_key, ca=False)
    pem = serialization.Encoding.PEM
    (tmp_path / "leaf.pem").write_bytes(
        leaf.public_bytes(pem)
        + leaf_key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(tmp_path / "leaf.pem")
    client = ssl.create_default_context(cadata=ca_cert.public_bytes(pem).decode("ascii"))
    return server, client


@LOOPBACK
@pytest.mark.parametrize(("certified", "works"), [("news.test", True), ("elsewhere.test", False)])
def test_https_goes_to_the_checked_address_and_verifies_the_host_name(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, loopback_is_public: None, certified: str, works: bool
) -> None:
    server_tls, client_tls = _certificates(tmp_path, certified)
    monkeypatch.setattr(fetching, "tls_verification", lambda: client_tls)
    monkeypatch.setattr(fetching, "resolve", lambda host, p: [ipaddress.ip_address("127.0.0.1")])
    with serve_pages(standard_routes(), tls=server_tls) as site:
        port = site.base.rsplit(":", 1)[1]
        url = f"https://news.test:{port}/news"
        if works:
            page = fetch(url)
            assert page.is_html and page.url == url
            assert site.seen_hosts == [f"news.test:{port}"]
        else:  # a certificate for another name is refused, although the address is the checked one
            with pytest.raises(FetchError, match=r"cannot fetch: .*certificate"):
                fetch(url)


def test_a_slow_name_lookup_times_out(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    def slow_resolver(host: str, port: int) -> list[fetching.IPAddress]:
        time.sleep(1.0)
        return [ipaddress.ip_address("93.184.215.14")]

    monkeypatch.setattr(fetching, "resolve", slow_resolver)
    with pytest.raises(FetchUnavailableError, match=r"looking up slow\.test timed out"):
        fetch("https://slow.test/", timeout=0.2)  # without the limit: a connection the network block refuses
