"""Fetching a page safely: the only code in summarize that opens a connection a user's URL chose.

Rules (each one has a test):
- http and https only; a URL with a user name or password is refused;
- the host name is resolved here, every address it resolves to is checked, and the connection goes
  to a checked address, the first that accepts (the Host header and the TLS name stay the host
  name), so a DNS answer that changes between the check and the connection (rebinding) cannot
  reach another address;
- loopback, private, link-local, shared, reserved, multicast and unspecified addresses are refused
  unless ``allow_private``; cloud metadata addresses are refused always;
- redirects are followed by hand, at most ``MAX_REDIRECTS``, and every hop is checked again;
- ``timeout`` bounds connecting, each read, and the whole download;
- the body is counted while it streams (after decompression) and cut off past ``max_bytes``;
- only HTML (``text/html``, ``application/xhtml+xml``) and ``text/plain`` are accepted.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import threading
import time
from dataclasses import dataclass

import httpx2

from summarize.errors import (
    FetchError,
    FetchUnavailableError,
    InputDecodeError,
    InputTooLargeError,
    UnsafeURLError,
)
from summarize.version import __version__

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

MAX_PAGE_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_TEMPORARY = frozenset({408, 425, 429, 500, 502, 503, 504})  # worth trying again later
_METADATA = frozenset(ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200"))
_USER_AGENT = f"summarize/{__version__} (article briefing)"


@dataclass(frozen=True)
class Page:
    """A fetched response body and what the server said about it."""

    url: str  # the final URL, after redirects
    body: bytes
    media_type: str  # "text/html", "text/plain", ... ("" when the server sent none)
    charset: str | None

    @property
    def is_html(self) -> bool:
        return self.media_type in HTML_TYPES


def refusal(address: IPAddress) -> str | None:
    """Why ``address`` is not a public internet address, or None when it is."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address in _METADATA:
        return "a cloud metadata address"
    if address.is_loopback:
        return "a loopback address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_multicast:
        return "a multicast address"
    if address.is_unspecified or address.is_reserved:
        return "a reserved address"
    if address.is_private or not address.is_global:
        return "a private address"
    return None


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address ``host`` resolves to (a literal address resolves to itself)."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: list[IPAddress] = []
    for *_, sockaddr in infos:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])  # drop an IPv6 zone id
        if address not in seen:
            seen.append(address)
    return seen


def check_url(url: str) -> httpx2.URL:
    """The parsed URL, or ``UnsafeURLError`` when it is not one we fetch."""
    try:
        parsed = httpx2.URL(url)
    except (httpx2.InvalidURL, TypeError, ValueError):
        raise UnsafeURLError(f"{url}: not a valid URL") from None
    if parsed.scheme not in ("http", "https"):
        scheme = parsed.scheme or "no scheme"
        raise UnsafeURLError(f"{url}: only http and https URLs are fetched, not {scheme}")
    if not parsed.host:
        raise UnsafeURLError(f"{url}: the URL has no host")
    if parsed.userinfo:
        raise UnsafeURLError(f"{url}: URLs with a user name or password are not fetched")
    return parsed


def _ascii_host(url: httpx2.URL) -> str:
    """The host as DNS and TLS know it (an internationalised name in its xn-- form)."""
    return url.raw_host.decode("ascii")


def _resolve_within(host: str, port: int, seconds: float) -> list[IPAddress]:
    """``resolve`` with a time limit: the system resolver has none of its own."""
    answer: list[list[IPAddress] | BaseException] = []

    def work() -> None:
        try:
            answer.append(resolve(host, port))
        except BaseException as exc:  # handed to the caller's thread
            answer.append(exc)

    worker = threading.Thread(target=work, name="summarize-resolve", daemon=True)  # never holds up exit
    worker.start()
    worker.join(max(seconds, 0.0))
    if not answer:
        raise FetchUnavailableError(f"cannot fetch: looking up {host} timed out after {seconds:.3g} s")
    if isinstance(answer[0], BaseException):
        raise answer[0]
    return answer[0]


def checked_addresses(url: httpx2.URL, *, allow_private: bool, timeout: float = 30.0) -> list[IPAddress]:
    """The addresses to connect to for ``url``, in order, after checking every one its host resolves to."""
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        addresses = _resolve_within(_ascii_host(url), port, timeout)
    except socket.gaierror as exc:
        raise FetchError(f"{url}: cannot fetch: host {url.host} not found ({exc.strerror or exc})") from None
    except UnicodeError:
        raise UnsafeURLError(f"{url}: not a valid host name") from None
    if not addresses:
        raise FetchError(f"{url}: cannot fetch: host {url.host} has no address")
    for address in addresses:
        reason = refusal(address)
        if reason is None:
            continue
        if reason == "a cloud metadata address" or not allow_private:
            hint = "" if reason == "a cloud metadata address" else "; pass --allow-private to fetch it"
            who = str(address) if url.host == str(address) else f"{url.host} ({address})"
            raise UnsafeURLError(f"{url}: refused: {who} is {reason}{hint}")
    return addresses


def _pinned_request(url: httpx2.URL, address: IPAddress) -> tuple[httpx2.URL, dict[str, str], dict[str, str]]:
    """The URL rewritten to connect to ``address``, with the Host header and TLS name it would have had."""
    pinned = url.copy_with(host=str(address))
    headers = {
        "Host": url.netloc.decode("ascii"),
        "User-Agent": _USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
    }
    extensions = {"sni_hostname": _ascii_host(url)} if url.scheme == "https" else {}
    return pinned, headers, extensions


def _status_error(url: httpx2.URL, response: httpx2.Response) -> FetchError:
    status = f"HTTP {response.status_code} {response.reason_phrase}".strip()
    if response.status_code in _TEMPORARY:
        return FetchUnavailableError(f"{url}: cannot fetch: {status}; try again later")
    return FetchError(f"{url}: cannot fetch: {status}")


def _read_capped(url: httpx2.URL, response: httpx2.Response, max_bytes: int, deadline: float) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise InputTooLargeError(f"{url}: the page is {int(declared):,} bytes, more than the {max_bytes:,} accepted")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():  # decompressed: the cap also stops a compression bomb
        size += len(chunk)
        if size > max_bytes:
            raise InputTooLargeError(f"{url}: the page is more than the {max_bytes:,} bytes accepted")
        if time.monotonic() > deadline:
            raise FetchUnavailableError(f"{url}: cannot fetch: the download took too long (timed out)")
        chunks.append(chunk)
    return b"".join(chunks)


def _accepted_type(url: httpx2.URL, response: httpx2.Response) -> str:
    media_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if media_type and media_type not in HTML_TYPES | TEXT_TYPES:
        raise InputDecodeError(f"{url}: the page is {media_type}, not HTML or plain text")
    return media_type


def tls_verification() -> ssl.SSLContext | bool:
    """How servers' certificates are verified: httpx2's default CAs (the tests swap in their own CA)."""
    return True


def _send(client: httpx2.Client, url: httpx2.URL, addresses: list[IPAddress]) -> httpx2.Response:
    """Send the GET for ``url`` to the first checked address that accepts a connection."""
    refused: httpx2.ConnectError | None = None
    for address in addresses:
        pinned, headers, extensions = _pinned_request(url, address)
        request = client.build_request("GET", pinned, headers=headers, extensions=extensions)
        try:
            return client.send(request, stream=True)
        except httpx2.ConnectError as exc:  # e.g. an IPv6 address on a host without IPv6: try the next
            refused = exc
    raise refused if refused is not None else FetchError(f"{url}: cannot fetch: no address to connect to")


def fetch(
    url: str,
    *,
    allow_private: bool = False,
    timeout: float = 30.0,
    max_bytes: int | None = None,
) -> Page:
    """GET ``url`` under the rules in this module's docstring (``max_bytes`` defaults to ``MAX_PAGE_BYTES``)."""
    max_bytes = MAX_PAGE_BYTES if max_bytes is None else max_bytes
    current = check_url(url)
    with httpx2.Client(
        timeout=httpx2.Timeout(timeout),
        follow_redirects=False,  # each hop is checked here
        trust_env=False,  # no proxy from the environment: we connect to the address we checked
        verify=tls_verification(),
    ) as client:
        deadline = time.monotonic() + timeout  # from here: building the client (loading CAs) is local work
        for _hop in range(MAX_REDIRECTS + 1):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise FetchUnavailableError(f"{current}: cannot fetch: timed out after {timeout:g} s")
            addresses = checked_addresses(current, allow_private=allow_private, timeout=remaining)
            try:
                response = _send(client, current, addresses)
                try:
                    location = response.headers.get("Location")
                    if response.status_code in _REDIRECTS and location:
                        current = check_url(str(current.join(location)))
                        continue
                    if not response.is_success:
                        raise _status_error(current, response)
                    media_type = _accepted_type(current, response)
                    body = _read_capped(current, response, max_bytes, deadline)
                    return Page(url=str(current), body=body, media_type=media_type, charset=response.charset_encoding)
                finally:
                    response.close()
            except httpx2.TimeoutException:
                raise FetchUnavailableError(f"{current}: cannot fetch: timed out after {timeout:g} s") from None
            except httpx2.HTTPError as exc:  # refused, reset, a TLS failure, a broken response
                raise FetchError(f"{current}: cannot fetch: {_reason(exc)}") from None
    raise UnsafeURLError(f"{url}: refused: more than {MAX_REDIRECTS} redirects")


def _reason(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    if "refused" in text.lower():
        return "connection refused"
    return text[:120] or type(exc).__name__
