"""``reconcile serve``: the report with review buttons, on 127.0.0.1 only.

The page is the same report as report.html, drawn with its review controls
enabled; the buttons POST JSON to ``/api/review``, which writes the folder's
review store and redraws the static report and exports, so a reload (or the
report file) shows the decision. Standard library only (``http.server``).
"""

from __future__ import annotations

import json
import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from reconcile.errors import ReconcileError
from reconcile.models import STATUSES, Analysis
from reconcile.output import ANALYSIS, OutputConflict, load_analysis, refresh_outputs
from reconcile.report import apply_decisions, render_report
from reconcile.review import Decision, ReviewStore

HOST = "127.0.0.1"
MAX_BODY = 64 * 1024
MAX_NOTE = 10_000
EXPORTS = {"flags.json": "application/json", "flags.csv": "text/csv", "claims.csv": "text/csv",
           "entities.json": "application/json", "sources.json": "application/json",
           "claimreview.jsonld": "application/ld+json"}


class ReviewApp:
    """What the server does, apart from HTTP: draw the page, record a decision."""

    def __init__(self, out_dir: str | Path) -> None:
        self.out_dir = Path(out_dir)
        self.store = ReviewStore.in_folder(self.out_dir)
        self._lock = threading.Lock()
        self._analysis: Analysis | None = None
        self._stamp: float | None = None
        self.analysis()  # fail early, before the server starts, when there is nothing to serve

    def analysis(self) -> Analysis:
        """The folder's latest analysis, read again when a new run has written it."""
        path = self.out_dir / ANALYSIS
        with self._lock:
            stamp = path.stat().st_mtime if path.exists() else None
            if self._analysis is None or stamp != self._stamp:
                analysis = load_analysis(self.out_dir)
                if analysis is None:
                    raise ReconcileError(
                        f"{self.out_dir} holds no report written by reconcile; run `reconcile run SOURCES "
                        f"--out {self.out_dir}` first"
                    )
                self._analysis, self._stamp = analysis, stamp
            return self._analysis

    def page(self) -> str:
        analysis = self.analysis()
        decisions = self.store.all()
        with self._lock:
            apply_decisions(analysis.flags, decisions)
            return render_report(analysis, decisions, review_enabled=True)

    def decide(self, payload: Any) -> Decision:
        """Validate one decision sent by the page and record it; ValueError says what is wrong."""
        if not isinstance(payload, dict):
            raise ValueError("send a JSON object")
        flag_id, status = payload.get("flag_id"), payload.get("status")
        note, by = payload.get("note"), payload.get("by")
        if status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}")
        if note is not None and (not isinstance(note, str) or len(note) > MAX_NOTE):
            raise ValueError(f"note must be text of at most {MAX_NOTE} characters")
        if by is not None and (not isinstance(by, str) or len(by) > 200):
            raise ValueError("by must be a name of at most 200 characters")
        flags = {f.id: f for f in self.analysis().flags}
        if flag_id not in flags:
            raise LookupError(f"no flag {flag_id!r} in this report")
        flag = flags[flag_id]
        decision = self.store.set(flag_id, status, note=note, by=(by or "").strip() or None,
                                  kind=flag.kind, subject=flag.subject)
        try:
            refresh_outputs(self.out_dir)
        except OutputConflict as err:  # the decision is stored; the static files wait for the next run
            print(f"reconcile serve: report.html not redrawn: {err}", file=sys.stderr)
        return decision


class Handler(BaseHTTPRequestHandler):
    server: ReviewServer
    server_version = "reconcile"

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        if not self._host_ok():
            return
        path = self.path.split("?", 1)[0]
        app = self.server.app
        try:
            if path in ("/", "/report.html"):
                self._send(HTTPStatus.OK, app.page().encode("utf-8"), "text/html; charset=utf-8")
            elif path == "/api/reviews":
                decisions = {fid: d.to_dict() for fid, d in app.store.all().items()}
                self._json(HTTPStatus.OK, decisions)
            elif path.lstrip("/") in EXPORTS and (app.out_dir / path.lstrip("/")).is_file():
                name = path.lstrip("/")
                self._send(HTTPStatus.OK, (app.out_dir / name).read_bytes(), EXPORTS[name] + "; charset=utf-8")
            else:
                self._json(HTTPStatus.NOT_FOUND, {"error": "not found"})
        except ReconcileError as err:
            self._json(HTTPStatus.INTERNAL_SERVER_ERROR, {"error": str(err)})

    def do_POST(self) -> None:  # noqa: N802
        if not self._host_ok():
            return
        if self.path.split("?", 1)[0] != "/api/review":
            self._json(HTTPStatus.NOT_FOUND, {"error": "not found"})
            return
        origin = self.headers.get("Origin")
        if origin is not None and origin not in self.server.origins:
            self._json(HTTPStatus.FORBIDDEN, {"error": "requests from other sites are refused"})
            return
        if self.headers.get_content_type() != "application/json":
            self._json(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, {"error": "send application/json"})
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._json(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, {"error": "request too large"})
            return
        try:
            payload = json.loads(self.rfile.read(length) or b"null")
            decision = self.server.app.decide(payload)
        except LookupError as err:
            self._json(HTTPStatus.NOT_FOUND, {"error": str(err)})
        except ValueError as err:
            self._json(HTTPStatus.BAD_REQUEST, {"error": str(err)})
        except ReconcileError as err:
            self._json(HTTPStatus.INTERNAL_SERVER_ERROR, {"error": str(err)})
        else:
            self._json(HTTPStatus.OK, decision.to_dict())

    def _host_ok(self) -> bool:
        """Refuse requests addressed to another name (a page rebinding its name to 127.0.0.1)."""
        if self.headers.get("Host") in self.server.hosts:
            return True
        self._json(HTTPStatus.MISDIRECTED_REQUEST, {"error": "use the address reconcile serve printed"})
        return False

    def _json(self, status: HTTPStatus, data: Any) -> None:
        self._send(status, json.dumps(data).encode("utf-8"), "application/json")

    def _send(self, status: HTTPStatus, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's signature
        if not self.server.quiet:
            sys.stderr.write(f"{self.address_string()} {format % args}\n")


class ReviewServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, app: ReviewApp, port: int, *, quiet: bool = False) -> None:
        super().__init__((HOST, port), Handler)
        self.app = app
        self.quiet = quiet
        bound = self.server_address[1]
        self.hosts = {f"{HOST}:{bound}", f"localhost:{bound}"}
        self.origins = {f"http://{h}" for h in self.hosts}

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server_address[1]}/"


def make_server(out_dir: str | Path, port: int = 8765, *, quiet: bool = False) -> ReviewServer:
    """A server for ``out_dir``'s report on 127.0.0.1:``port`` (0 picks a free port)."""
    app = ReviewApp(out_dir)
    try:
        return ReviewServer(app, port, quiet=quiet)
    except OSError as err:
        raise ReconcileError(f"cannot listen on {HOST}:{port} ({err.strerror or err}); try another --port") from err
