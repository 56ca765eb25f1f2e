"""A loopback web server for the URL tests: saved pages, redirects, slow and oversized answers."""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).resolve().parent / "pages"
NEWS_HTML = (PAGES / "news.html").read_bytes()
CAFE_1252 = (PAGES / "cafe-windows-1252.html").read_bytes()
PLAIN_ARTICLE = (
    b"The Lowmoor harbour council on Thursday postponed a decision on a new ferry contract, "
    b"council leader Imogen Rask said.\n\nBayline Shipping said the council's estimate was too low.\n"
)


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # before the status line
    drip: float = 0.0  # between 1 KB chunks of the body
    stream: int = 0  # bytes to stream without a Content-Length


@dataclass
class Served:
    base: str
    routes: dict[str, Route]
    seen_hosts: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        return f"{self.base}{path}"


def _handler(served: Served) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"  # no keep-alive: a body without Content-Length ends at close

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
            pass

        def do_GET(self) -> None:
            served.seen_hosts.append(self.headers.get("Host", ""))
            route = served.routes.get(self.path.split("?")[0])
            if route is None:
                route = Route(404, b"<html><body>not here</body></html>", {"Content-Type": "text/html"})
            time.sleep(route.delay)
            try:
                self.send_response(route.status)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                if not route.stream:
                    self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self._body(route)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading: what the size and time caps are for

        def _body(self, route: Route) -> None:
            if route.stream:
                chunk = b"<p>" + b"x" * 1017 + b"</p>\n"
                for _ in range(route.stream // len(chunk) + 1):
                    self.wfile.write(chunk)
                    time.sleep(route.drip)
                return
            self.wfile.write(route.body)

    return Handler


@contextmanager
def serve_pages(routes: dict[str, Route], tls: ssl.SSLContext | None = None) -> Iterator[Served]:
    """Serve ``routes`` on 127.0.0.1 (over TLS with the server context ``tls``)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    server.daemon_threads = True
    server.block_on_close = False
    scheme = "http"
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
        scheme = "https"
    served = Served(base=f"{scheme}://127.0.0.1:{server.server_address[1]}", routes=routes)
    server.RequestHandlerClass = _handler(served)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield served
    finally:
        server.shutdown()
        server.server_close()


def html(body: bytes, charset: str | None = "utf-8") -> Route:
    content_type = "text/html" if charset is None else f"text/html; charset={charset}"
    return Route(200, body, {"Content-Type": content_type})


def redirect(location: str, status: int = 302) -> Route:
    return Route(status, b"", {"Location": location})


def standard_routes() -> dict[str, Route]:
    """The pages every URL test can ask for."""
    return {
        "/news": html(NEWS_HTML),
        "/cafe": html(CAFE_1252, charset=None),  # the meta tag names windows-1252
        "/plain": Route(200, PLAIN_ARTICLE, {"Content-Type": "text/plain; charset=utf-8"}),
        "/pdf": Route(200, b"%PDF-1.7 not a page", {"Content-Type": "application/pdf"}),
        "/gone": Route(410, b"gone", {"Content-Type": "text/plain"}),
        "/busy": Route(503, b"busy", {"Content-Type": "text/plain"}),
        "/redirect": redirect("/hop"),
        "/hop": redirect("/news", 301),
        "/loop": redirect("/loop"),
        "/to-metadata": redirect("http://169.254.169.254/latest/meta-data/"),
        "/to-private": redirect("http://10.1.2.3/internal"),
        "/to-file": redirect("file:///etc/passwd"),
        "/slow": Route(200, NEWS_HTML, {"Content-Type": "text/html"}, delay=1.5),
        "/huge": Route(200, b"", {"Content-Type": "text/html"}, stream=2 * 1024 * 1024),
        "/huge-declared": Route(200, b"x" * 300_000, {"Content-Type": "text/html"}),
        "/drip": Route(200, b"", {"Content-Type": "text/html"}, stream=64 * 1024, drip=0.05),
    }
