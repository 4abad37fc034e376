"""The review server over real HTTP on 127.0.0.1 (the browser tests click through the same API)."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request

import pytest
from bs4 import BeautifulSoup
from report_story import make_analysis

from reconcile.output import write_outputs
from reconcile.review import ReviewStore
from reconcile.serve import make_server


@pytest.fixture
def served(tmp_path):
    out = tmp_path / "reports"
    write_outputs(make_analysis(), out)
    server = make_server(out, 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server, out
    server.shutdown()
    server.server_close()


def request(server, path, payload=None, headers=None):
    data = None if payload is None else json.dumps(payload).encode()
    req = urllib.request.Request(server.url.rstrip("/") + path, data=data,
                                 headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def place_id():
    return next(f.id for f in make_analysis().flags if f.kind == "place_conflict")


def test_the_served_page_has_review_controls_on_every_flag(served):
    server, _ = served
    status, body = request(server, "/")
    page = BeautifulSoup(body, "html.parser")
    assert status == 200
    cards = page.select("article.flag")
    assert len(cards) == 5
    for card in cards:
        buttons = [b["data-status"] for b in card.select(".review-form button")]
        assert buttons == ["confirmed", "dismissed", "follow-up", "open"]
        assert card.select_one(".review-form textarea[name=note]") is not None
    assert json.loads(page.select_one("#report-data").get_text())["review"] is True


def test_a_decision_posted_is_stored_and_shown_on_reload(served):
    server, out = served
    status, body = request(server, "/api/review", {"flag_id": place_id(), "status": "confirmed",
                                                    "note": "ministry: Port Alder", "by": "ana"})
    assert status == 200
    assert json.loads(body)["status"] == "confirmed"
    assert ReviewStore.in_folder(out).get(place_id()).note == "ministry: Port Alder"

    _, page = request(server, "/")
    card = BeautifulSoup(page, "html.parser").select_one(f"#flag-{place_id()}")
    assert card["data-status"] == "confirmed"
    assert card.select_one("textarea").get_text() == "ministry: Port Alder"
    # the static report in the folder is redrawn too
    static = BeautifulSoup((out / "report.html").read_text(), "html.parser").select_one(f"#flag-{place_id()}")
    assert static["data-status"] == "confirmed"
    assert json.loads(request(server, "/api/reviews")[1])[place_id()]["reviewer"] == "ana"


@pytest.mark.parametrize(
    ("payload", "headers", "code", "message"),
    [
        ({"flag_id": "feedfacecafe", "status": "confirmed"}, {}, 404, "no flag 'feedfacecafe'"),
        ({"flag_id": "PLACE", "status": "maybe"}, {}, 400, "status must be one of"),
        ({"flag_id": "PLACE", "status": "open", "note": 5}, {}, 400, "note must be text"),
        ({"flag_id": "PLACE", "status": "open"}, {"Content-Type": "text/plain"}, 415, "send application/json"),
        ({"flag_id": "PLACE", "status": "open"}, {"Origin": "http://elsewhere.example"}, 403, "other sites"),
    ],
)
def test_bad_requests_are_refused_and_change_nothing(served, payload, headers, code, message):
    server, out = served
    if payload.get("flag_id") == "PLACE":
        payload = {**payload, "flag_id": place_id()}
    status, body = request(server, "/api/review", payload, headers)
    assert status == code
    assert message in json.loads(body)["error"]
    assert len(ReviewStore.in_folder(out)) == 0


def test_only_the_report_and_its_exports_are_served(served):
    server, _ = served
    assert request(server, "/flags.json")[0] == 200
    assert request(server, "/reviews.sqlite")[0] == 404
    assert request(server, "/../../etc/passwd")[0] == 404
    assert request(server, "/.reconcile-manifest.json")[0] == 404
