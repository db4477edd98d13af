"""Real servers on loopback for the live-calendar tests (SPEC §9).

:class:`FeedServer` is a small threaded ``http.server`` that publishes calendars the way real
services do: ETag and Last-Modified with 304 answers to conditional requests, gzip when asked,
redirects, a sign-in page, 404, 401 without the right Basic credentials, a route that never
answers, and (with a throw-away self-signed certificate) HTTPS. It records every request.

:func:`radicale_server` starts a real Radicale CalDAV server on a free loopback port in a child
process (htpasswd users, a folder of its own) and stops it afterwards.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import os
import shutil
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SIGN_IN_PAGE = (b"<!DOCTYPE html><html><head><title>Sign in</title></head>"
                b"<body><form>Password: <input type=password></form></body></html>")


@dataclass
class Seen:
    """One request the server received."""

    path: str
    headers: dict[str, str]
    status: int = 0


@dataclass
class Feed:
    """What one path serves: bytes, whether to gzip them, whether they need credentials."""

    data: bytes
    gzip: bool = False
    user: str | None = None
    password: str | None = None
    modified: float = field(default_factory=time.time)

    @property
    def etag(self) -> str:
        """A strong ETag from the bytes."""
        return '"' + hashlib.sha256(self.data).hexdigest()[:32] + '"'


class _Server(ThreadingHTTPServer):
    """A threaded server whose listen backlog takes a burst of connections (the default of 5
    drops SYNs when eight fetchers connect at once, and the kernel retries only after 1 s)."""

    request_queue_size = 128


class FeedServer:
    """A threaded HTTP(S) server on 127.0.0.1 serving :class:`Feed` values by path."""

    def __init__(self, *, certificate: tuple[Path, Path] | None = None) -> None:
        """Listen on a free port (HTTPS with ``certificate`` = (cert file, key file))."""
        self.feeds: dict[str, Feed] = {}
        self.redirects: dict[str, str] = {}
        self.seen: list[Seen] = []
        self.release = threading.Event()
        self._server = _Server(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self.scheme = "http"
        if certificate is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*certificate)
            self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
            self.scheme = "https"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True,
                                        name="feed-server")

    @property
    def port(self) -> int:
        """The port it listens on."""
        return int(self._server.server_address[1])

    def url(self, path: str) -> str:
        """The full URL of ``path``."""
        return f"{self.scheme}://127.0.0.1:{self.port}{path}"

    def publish(self, path: str, data: bytes, **options: object) -> str:
        """Serve ``data`` at ``path`` (a new Last-Modified); return its URL."""
        previous = self.feeds.get(path)
        stamp = time.time()
        if previous is not None and stamp <= previous.modified + 1:
            stamp = previous.modified + 1  # Last-Modified has whole seconds
        self.feeds[path] = Feed(data, modified=stamp, **options)  # type: ignore[arg-type]
        return self.url(path)

    def requests_to(self, path: str) -> list[Seen]:
        """The requests made to ``path``, oldest first."""
        return [s for s in self.seen if s.path == path]

    def start(self) -> FeedServer:
        """Start serving in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Release hanging requests, stop serving and close the socket."""
        self.release.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


def _handler(owner: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # quiet
            return

        def do_GET(self) -> None:
            seen = Seen(self.path, {k.lower(): v for k, v in self.headers.items()})
            owner.seen.append(seen)
            seen.status = self._answer()

        def _answer(self) -> int:
            path = self.path
            if path == "/hang":
                owner.release.wait(60)
                return 0
            if path in owner.redirects:
                return self._send(302, b"", {"Location": owner.redirects[path]})
            if path == "/login":
                return self._send(200, SIGN_IN_PAGE, {"Content-Type": "text/html; charset=utf-8"})
            feed = owner.feeds.get(path)
            if feed is None:
                return self._send(404, b"not found", {"Content-Type": "text/plain"})
            if feed.user is not None and not self._authorised(feed):
                return self._send(401, b"", {"WWW-Authenticate": 'Basic realm="calendar"'})
            return self._feed(feed)

        def _authorised(self, feed: Feed) -> bool:
            wanted = base64.b64encode(f"{feed.user}:{feed.password}".encode()).decode()
            return self.headers.get("Authorization", "") == f"Basic {wanted}"

        def _feed(self, feed: Feed) -> int:
            modified = formatdate(feed.modified, usegmt=True)
            validators = {"ETag": feed.etag, "Last-Modified": modified}
            if self.headers.get("If-None-Match") == feed.etag:
                return self._send(304, b"", validators)
            headers = {"Content-Type": "text/calendar; charset=utf-8", **validators}
            body = feed.data
            if feed.gzip and "gzip" in self.headers.get("Accept-Encoding", ""):
                body = gzip.compress(body)
                headers["Content-Encoding"] = "gzip"
            return self._send(200, body, headers)

        def _send(self, status: int, body: bytes, headers: dict[str, str]) -> int:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if status != 304:
                self.wfile.write(body)
            return status

    return Handler


@contextmanager
def feed_server(**options: object) -> Iterator[FeedServer]:
    """A started :class:`FeedServer`, stopped afterwards."""
    server = FeedServer(**options).start()  # type: ignore[arg-type]
    try:
        yield server
    finally:
        server.stop()


def self_signed_certificate(folder: Path) -> tuple[Path, Path] | None:
    """A throw-away certificate for 127.0.0.1 made with openssl (None when there is none)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        return None
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True, timeout=60)
    return cert, key


# ---------------------------------------------------------------- Radicale


@dataclass(frozen=True)
class Radicale:
    """A running Radicale: its base URL and one user with a password."""

    url: str
    user: str
    password: str

    def collection(self, name: str) -> str:
        """The URL of the user's calendar collection ``name`` (created by the caller)."""
        return f"{self.url}/{self.user}/{name}/"


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def radicale_server(folder: Path, *, user: str = "coordinator",
                    password: str = "radicale-test-pw") -> Iterator[Radicale]:
    """Start Radicale on loopback (plain htpasswd users, storage under ``folder``); stop it."""
    port = free_port()
    users = folder / "users"
    users.write_text(f"{user}:{password}\n", encoding="utf-8")
    command = [sys.executable, "-m", "radicale", "--server-hosts", f"127.0.0.1:{port}",
               "--storage-filesystem-folder", str(folder / "collections"),
               "--auth-type", "htpasswd", "--auth-htpasswd-filename", str(users),
               "--auth-htpasswd-encryption", "plain", "--auth-delay", "0.05",
               "--logging-level", "warning"]
    log = (folder / "radicale.log").open("wb")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT,
                               env={**os.environ, "PYTHONWARNINGS": "ignore"})
    try:
        _wait_for(port, process, folder / "radicale.log")
        yield Radicale(f"http://127.0.0.1:{port}", user, password)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
        log.close()


def _wait_for(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Radicale exited: {log.read_text('utf-8', 'replace')[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("Radicale did not start within 30 s")
