"""Sources from the web, against a real HTTP server on 127.0.0.1 that misbehaves in every usual way.

Never the internet: the server is started here, in a thread, on a free port.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from reconcile.cli import main
from reconcile.errors import SourceError
from reconcile.fetch import Limits, fetch_url
from reconcile.load import load_sources
from reconcile.normalize.numbers import parse_number

PAGE = """<!doctype html>
<html><head>
<title>Floods | Wire</title>
<meta property="og:title" content="Floods kill twelve near Lyon">
<meta property="og:site_name" content="Euro Wire">
<meta property="article:published_time" content="2025-03-11T07:00:00Z">
</head><body>
<nav><a href="/">Home</a></nav>
<article><h1>Floods kill twelve near Lyon</h1>
<p>The floods in Lyon on Sunday killed 12 people, officials said.</p>
<p>About 320 residents were evacuated.</p></article>
<footer>Subscribe now.</footer>
</body></html>
"""
OTHER = PAGE.replace("12 people", "19 people").replace("twelve", "nineteen").replace("Euro Wire", "Rhone Post")
FAST = Limits(timeout=1.0, deadline=3.0, max_bytes=200_000, max_redirects=3)
SLOW_SECONDS = 4


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # quiet
        pass

    def send_body(self, status, body: bytes, content_type="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers:
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # one route per misbehaviour
        path = self.path
        if path == "/news/floods-lyon.html":
            self.send_body(200, PAGE.encode())
        elif path == "/post/floods":
            self.send_body(200, OTHER.encode())
        elif path == "/latin1":
            self.send_body(200, PAGE.replace("Lyon", "Besançon").encode("latin-1"), "text/html; charset=ISO-8859-1")
        elif path == "/plain":
            self.send_body(200, b"Floods in Lyon killed 12 people on Sunday.\n", "text/plain")
        elif path == "/moved":
            self.send_body(301, b"", headers=[("Location", "/news/floods-lyon.html")])
        elif path.startswith("/loop"):
            n = int(path.removeprefix("/loop") or 0)
            self.send_body(302, b"", headers=[("Location", f"/loop{n + 1}")])
        elif path == "/to-ftp":
            self.send_body(302, b"", headers=[("Location", "ftp://127.0.0.1/file.txt")])
        elif path == "/to-javascript":
            self.send_body(302, b"", headers=[("Location", "javascript:alert(1)")])
        elif path == "/slow":
            time.sleep(SLOW_SECONDS)
            self.send_body(200, PAGE.encode())
        elif path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(SLOW_SECONDS * 4):
                    self.wfile.write(b"<p>a</p>\n")
                    self.wfile.flush()
                    time.sleep(0.25)  # each piece well within the timeout; the whole page is not
            except OSError:
                pass
            self.close_connection = True
        elif path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the size is known only by reading
            try:
                for _ in range(10_000):
                    self.wfile.write(b"<p>" + b"words " * 1000 + b"</p>\n")
            except OSError:
                pass  # the client stopped reading at its cap
            self.close_connection = True
        elif path == "/huge-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "900000000")
            self.end_headers()
            self.close_connection = True
        elif path == "/report.pdf":
            self.send_body(200, b"%PDF-1.7\n" + bytes(100), "application/pdf")
        elif path == "/data.json":
            self.send_body(200, b'{"text": "hi"}', "application/json")
        elif path == "/missing":
            self.send_body(404, b"<p>Not here</p>")
        elif path == "/broken":
            self.send_body(500, b"<p>Oops</p>")
        elif path == "/empty":
            self.send_body(200, b"<html><head><title>x</title></head></html>")
        else:
            self.send_body(404, b"")


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):  # a client that gave up (timeouts, caps) is expected here
        pass


@pytest.fixture(scope="module")
def server():
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


def refused(url, limits=FAST) -> str:
    with pytest.raises(SourceError) as info:
        fetch_url(url, limits)
    assert info.value.path == url  # the message names the address
    return info.value.problem


def test_a_good_page_gives_its_main_text_title_and_date(server):
    page = fetch_url(f"{server}/news/floods-lyon.html", FAST)
    assert page.id == "127-0-0-1-floods-lyon"
    assert page.title == "Floods kill twelve near Lyon"
    assert page.outlet == "Euro Wire"
    assert (page.published.year, page.published.month, page.published.day) == (2025, 3, 11)
    assert "killed 12 people" in page.text and "About 320 residents" in page.text
    assert "Home" not in page.text and "Subscribe" not in page.text
    assert page.url == f"{server}/news/floods-lyon.html"


def test_the_charset_the_server_names_is_used(server):
    assert "Besançon" in fetch_url(f"{server}/latin1", FAST).text


def test_plain_text_is_accepted(server):
    assert fetch_url(f"{server}/plain", FAST).text == "Floods in Lyon killed 12 people on Sunday."


def test_a_redirect_is_followed_and_the_final_address_kept(server):
    page = fetch_url(f"{server}/moved", FAST)
    assert page.url == f"{server}/news/floods-lyon.html"
    assert page.path == f"{server}/moved"


def test_a_redirect_loop_is_stopped(server):
    assert refused(f"{server}/loop") == "redirects more than 3 times (a redirect loop?)"


@pytest.mark.parametrize("route", ["/to-ftp", "/to-javascript"])
def test_a_redirect_to_another_scheme_is_refused(server, route):
    assert refused(f"{server}{route}").startswith("redirects to")


def test_a_server_that_does_not_answer_in_time(server):
    started = time.monotonic()
    assert refused(f"{server}/slow") == "the server did not answer within 1 s"
    assert time.monotonic() - started < SLOW_SECONDS  # it did not wait for the answer


def test_a_page_that_trickles_in_past_the_deadline(server):
    limits = Limits(timeout=1.0, deadline=1.5, max_bytes=200_000)
    assert refused(f"{server}/trickle", limits) == "took longer than 1.5 s to download; not read"


def test_a_huge_body_stops_at_the_cap(server):
    assert refused(f"{server}/huge") == "is larger than 200,000 bytes; reading stopped at the limit"


def test_a_huge_declared_length_is_refused_before_reading(server):
    assert refused(f"{server}/huge-declared") == "is 900,000,000 bytes; the limit is 200,000; not read"


@pytest.mark.parametrize(("route", "media"), [("/report.pdf", "application/pdf"), ("/data.json", "application/json")])
def test_content_that_is_not_a_page_is_refused(server, route, media):
    assert refused(f"{server}{route}") == f"is {media}, not a web page (text/html or text/plain); not read"


@pytest.mark.parametrize(("route", "status"), [("/missing", "404 Not Found"), ("/broken", "500 Internal Server Error")])
def test_error_statuses_are_named(server, route, status):
    assert refused(f"{server}{route}") == f"the server answered {status}"


def test_a_page_without_text_is_named(server):
    assert refused(f"{server}/empty").startswith("HTML page has no readable text")


def test_nobody_listening(server):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # a port just freed: nothing listens there
    assert refused(f"http://127.0.0.1:{port}/").startswith("could not be reached")


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "ftp://127.0.0.1/x", "data:text/html,x"])
def test_only_web_addresses_are_fetched(url):
    assert refused(url).startswith("is not a web address: only http:// and https:// are fetched")


def test_a_list_of_addresses_loads_each_page_and_names_each_failure(server, tmp_path):
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# the story's pages\n{server}/news/floods-lyon.html\n\n{server}/post/floods\n"
                    f"{server}/missing\n{server}/report.pdf\n", encoding="utf-8")
    sources, problems = load_sources([urls], fetch=lambda url: fetch_url(url, FAST))
    assert [s.outlet for s in sources] == ["Euro Wire", "Rhone Post"]
    assert [(p.path, p.message) for p in problems] == [
        (f"{server}/missing", "the server answered 404 Not Found"),
        (f"{server}/report.pdf", "is application/pdf, not a web page (text/html or text/plain); not read"),
    ]


def test_reconcile_run_with_urls(server, tmp_path):
    out = tmp_path / "reports"
    result = CliRunner().invoke(main, ["run", "--url", f"{server}/news/floods-lyon.html", "--url",
                                       f"{server}/post/floods", "--url", f"{server}/broken",
                                       "--url", "javascript:alert(1)", "--out", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output + result.stderr
    assert f"Skipped {server}/broken: the server answered 500 Internal Server Error" in result.stderr
    assert "Skipped javascript:alert(1): is not a web address" in result.stderr
    loaded = json.loads((out / "sources.json").read_text(encoding="utf-8"))
    assert [s["url"] for s in loaded["sources"]] == [f"{server}/news/floods-lyon.html", f"{server}/post/floods"]
    flags = json.loads((out / "flags.json").read_text(encoding="utf-8"))
    numbers = [f for f in flags if f["kind"] == "number_conflict"]
    assert numbers and {parse_number(c["value"]) for c in numbers[0]["claims"]} == {12, 19}


def test_reconcile_run_with_a_list_file_where_no_page_can_be_read(server, tmp_path):
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{server}/missing\n{server}/report.pdf\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(urls), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert f"{server}/missing: the server answered 404 Not Found" in result.stderr
    assert result.stderr.startswith("Error: no source could be read")
