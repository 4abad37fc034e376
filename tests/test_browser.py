"""The report in a real browser: headless Chromium (Debian's) driven by Playwright.

Static report: filters, search and the evidence link work offline from the file.
Served report: a real `reconcile serve` process; a click confirms a flag, a
reload shows it, and the decision is in the SQLite store.
"""

from __future__ import annotations

import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright
from report_story import make_analysis

from reconcile.output import write_outputs

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is missing: apt-get install chromium"),
]


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    tab.errors = []
    tab.on("pageerror", lambda err: tab.errors.append(str(err)))
    tab.on("console", lambda msg: tab.errors.append(msg.text) if msg.type == "error" else None)
    yield tab
    context.close()


@pytest.fixture
def report(tmp_path):
    out = tmp_path / "reports"
    write_outputs(make_analysis(), out)
    return out


def flag_id(kind):
    return next(f.id for f in make_analysis().flags if f.kind == kind)


def visible_subjects(page):
    return page.locator("article.flag:visible h3.subject").all_inner_texts()


def test_static_report_filters_by_kind_and_searches_offline(page, report):
    requests = []
    page.on("request", lambda req: requests.append(req.url))
    page.goto((report / "report.html").as_uri())
    assert len(visible_subjects(page)) == 5

    page.select_option("form.filters select[name=kind]", "title_conflict")
    assert visible_subjects(page) == ["Mara Vell's title"]
    assert page.locator("form.filters .shown").inner_text() == "1 of 5 flags"

    page.select_option("form.filters select[name=kind]", "")
    page.select_option("form.filters select[name=severity]", "high")
    assert visible_subjects(page) == ["Deaths in the Port Alder earthquake", "Place of the Tuesday briefing"]
    page.select_option("form.filters select[name=severity]", "")

    page.fill("form.filters input[name=q]", "kestrel bay")
    assert visible_subjects(page) == ["Place of the Tuesday briefing"]
    page.fill("form.filters input[name=q]", "velle")  # in the name flag and in Ridge Radio's toll sentence
    assert visible_subjects(page) == ["Deaths in the Port Alder earthquake", "Mara Vell"]
    page.select_option("form.filters select[name=source]", "post")
    assert visible_subjects(page) == ["Deaths in the Port Alder earthquake"]
    page.fill("form.filters input[name=q]", "no such words")
    assert visible_subjects(page) == []
    assert page.locator(".no-match").is_visible()

    assert all(url.startswith(("file:", "data:", "about:")) for url in requests), requests
    assert page.errors == []


def test_static_report_opens_a_flags_evidence_in_its_source(page, report):
    page.goto((report / "report.html").as_uri())
    assert page.locator("#sources").is_hidden()
    card = page.locator(f"#flag-{flag_id('place_conflict')}")
    card.locator("figure.side").nth(0).get_by_role("link", name="in context").click()

    # The view changes on the hashchange event: wait for it rather than race it.
    expect(page.locator("#flags")).to_be_hidden()
    expect(page.locator("#sources")).to_be_visible()
    target = page.locator("#sources mark:target")
    expect(target).to_have_text("Kestrel Bay")
    expect(target).to_be_in_viewport()
    assert target.evaluate("m => m.closest('article.source').dataset.source") == "herald"
    expect(page.locator("nav.views a.active")).to_have_text(re.compile(r"^Sources"))

    page.locator("nav.views a[data-view=entities]").click()
    vell = page.locator("#entity-e-vell")
    expect(vell).to_be_visible()
    expect(vell.locator("tr", has_text="Ridge Radio")).to_contain_text("Mara Velle")
    assert page.errors == []


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(report):
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "reconcile.cli", "serve", "--out", str(report), "--port", str(port), "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    url = f"http://127.0.0.1:{port}/"
    for _ in range(200):
        try:
            with urllib.request.urlopen(url, timeout=2):
                break
        except OSError:
            if proc.poll() is not None:
                raise AssertionError(f"reconcile serve exited: {proc.stderr.read().decode()}") from None
            time.sleep(0.1)
    else:
        proc.kill()
        raise AssertionError("reconcile serve did not answer")
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_served_report_confirms_a_flag_by_clicking(page, report, server):
    place = flag_id("place_conflict")
    page.goto(server)
    page.fill("#reviewer", "Ana Ruiz")
    page.dispatch_event("#reviewer", "change")
    card = page.locator(f"#flag-{place}")
    card.locator("textarea[name=note]").fill("The ministry confirms Port Alder.")
    card.get_by_role("button", name="Confirm").click()
    page.wait_for_function(
        "id => document.querySelector('#flag-' + id + ' .saved').textContent === 'saved'", arg=place)
    assert card.locator(".tags .status").inner_text() == "confirmed"
    assert page.locator('[data-count-status="confirmed"] b').inner_text() == "1"

    page.reload()
    card = page.locator(f"#flag-{place}")
    assert card.get_attribute("data-status") == "confirmed"
    assert card.locator(".tags .status").inner_text() == "confirmed"
    assert card.locator(".decision").inner_text().startswith("confirmed by Ana Ruiz")
    assert card.locator(".review .note").inner_text() == "The ministry confirms Port Alder."
    assert page.input_value("#reviewer") == "Ana Ruiz"  # remembered by the browser

    with sqlite3.connect(report / "reviews.sqlite") as db:
        row = db.execute("SELECT status, note, reviewer FROM decisions WHERE flag_id = ?", (place,)).fetchone()
        assert row == ("confirmed", "The ministry confirms Port Alder.", "Ana Ruiz")
        assert db.execute("SELECT count(*) FROM history WHERE flag_id = ?", (place,)).fetchone() == (1,)

    page.select_option("form.filters select[name=status]", "confirmed")
    assert visible_subjects(page) == ["Place of the Tuesday briefing"]
    assert page.errors == []
