"""A report immune to hostile text: classic XSS payloads as article text, titles, outlets, URLs and file names.

The payloads (tests/data/xss_payloads.txt) go through the real pipeline (loading
with front matter, spaCy extraction, flags) into report.html. The page is then
parsed, and read in headless Chromium, to prove that no payload became an
element, an attribute, a script or a link that runs script.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup

import reconcile
from reconcile.report import _asset

TEMPLATES = Path(reconcile.__file__).parent / "templates"

PAYLOADS = [line.rstrip("\n") for line in
            (Path(__file__).parent / "data" / "xss_payloads.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("# ")]
# File names (hence source ids, which land in ids, hrefs and data attributes) that try the same.
HOSTILE_NAMES = ['"><svg onload=alert(1)>', "' onmouseover='alert(1)", "<img src=x onerror=alert(1)>",
                 "javascript:alert(1)"]
BENIGN = ["Rhone Daily", "The floods", "https://example.org/floods", "Lyon news"]
SAFE_SCHEMES = ("http", "https")
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "data", "poster", "background", "xlink:href", "srcdoc")


def test_there_are_at_least_50_payloads():
    assert len(PAYLOADS) >= 50
    assert len(set(PAYLOADS)) == len(PAYLOADS)


def article(number: int, in_text: list[str]) -> str:
    first, second = in_text
    return (f"Floods hit Lyon\n"
            f"The floods in Lyon on Sunday killed {number} people, officials said {first}.\n"
            f'Mayor Anne Roche said "{second}" to reporters on Monday.\n'
            f"About 300 residents were evacuated, Anne Roche said. {first} {second}\n")


def write_story(folder: Path, payloads: list[str]) -> dict[str, dict]:
    """One source per payload: it is the title of one source, the outlet of the next, the URL and text of others."""
    folder.mkdir(parents=True)
    n = len(payloads)
    meta = {}
    names = [f"s{i:03d}" for i in range(n)]
    names[:len(HOSTILE_NAMES)] = HOSTILE_NAMES
    for i, name in enumerate(names):
        front = {"title": payloads[i], "outlet": payloads[(i + 1) % n], "url": payloads[(i + 2) % n],
                 "published": f"2025-03-{1 + i % 28:02d}"}
        text = article(12 if i % 2 else 19, [payloads[(i + 3) % n], payloads[(i + 4) % n]])
        (folder / f"{name}.md").write_text("---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\n" + text,
                                           encoding="utf-8")
        meta[name] = front
    return meta


def render(tmp_path: Path, payloads: list[str]) -> tuple[str, dict[str, dict], object]:
    meta = write_story(tmp_path / "story", payloads)
    analysis = reconcile.run([tmp_path / "story"], tmp_path / "reports", workers=1).analysis
    return (tmp_path / "reports" / "report.html").read_text(encoding="utf-8"), meta, analysis


@pytest.fixture(scope="module")
def benign(tmp_path_factory):
    return render(tmp_path_factory.mktemp("benign"), BENIGN * 3)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return render(tmp_path_factory.mktemp("hostile"), PAYLOADS)


def shape(html: str) -> tuple[set[str], set[tuple[str, str]]]:
    """The tag names of a page, and the (tag, attribute) pairs of its event handlers."""
    page = BeautifulSoup(html, "html.parser")
    tags = {el.name for el in page.find_all(True)}
    handlers = {(el.name, attr) for el in page.find_all(True) for attr in el.attrs if attr.lower().startswith("on")}
    return tags, handlers


def test_every_source_loaded_and_was_flagged(hostile):
    _, meta, analysis = hostile
    assert analysis.problems == []
    assert {s.id for s in analysis.sources} == set(meta)
    hostile_sentences = [c.sentence for f in analysis.flags for c in f.claims]
    assert any(p in s for p in PAYLOADS for s in hostile_sentences), "no payload reached a flag's evidence"


def test_no_payload_adds_an_element_or_an_event_handler(hostile, benign):
    tags, handlers = shape(hostile[0])
    benign_tags, benign_handlers = shape(benign[0])
    assert tags <= benign_tags, f"payload elements: {tags - benign_tags}"
    assert handlers == benign_handlers == {("form", "onsubmit")}  # the page's own filter form only
    attributes = {attr for el in BeautifulSoup(hostile[0], "html.parser").find_all(True) for attr in el.attrs}
    benign_attributes = {attr for el in BeautifulSoup(benign[0], "html.parser").find_all(True) for attr in el.attrs}
    # Every attribute is one the benign report has or one the templates write themselves (a batch that falls
    # into several stories, for one, tags each card with its story).
    written = {name for path in TEMPLATES.glob("*.html")
               for name in re.findall(r"\s([a-z][a-z-]*)=[\"{]", path.read_text(encoding="utf-8"))}
    assert attributes <= benign_attributes | written, f"payload attributes: {attributes - benign_attributes - written}"
    assert "style" not in attributes and "srcdoc" not in attributes


def test_the_only_scripts_are_the_reports_own(hostile):
    page = BeautifulSoup(hostile[0], "html.parser")
    scripts = page.find_all("script")
    assert len(scripts) == 2
    data = json.loads(scripts[0].get_text())  # the page data is JSON, whatever the notes and ids hold
    assert scripts[0]["type"] == "application/json" and set(data) == {"review", "statuses", "flags"}
    assert scripts[1].get_text().strip() == _asset("report.js").strip()
    assert "</script" not in scripts[0].get_text().lower()


def test_links_only_to_web_addresses_and_the_pages_own_anchors(hostile):
    page = BeautifulSoup(hostile[0], "html.parser")
    for el in page.find_all(True):
        for attr in URL_ATTRIBUTES:
            if attr not in el.attrs:
                continue
            value = el[attr]
            assert el.name in ("a", "link"), (el.name, attr)
            if value.startswith("#") or (el.name == "link" and value == "data:,"):
                continue
            assert urlsplit(value.strip()).scheme.lower() in SAFE_SCHEMES, value
            assert value.strip() == value and not any(ch in value for ch in "\t\n\r")


def test_each_payload_shows_as_the_text_it_is(hostile):
    html, meta, analysis = hostile
    page = BeautifulSoup(html, "html.parser")
    by_id = {s.id: s for s in analysis.sources}
    for sid, front in meta.items():
        card = page.find("article", id=f"source-{sid}")
        assert card is not None, sid
        assert card.select_one(".outlet").get_text() == front["outlet"]
        if front["title"] != front["outlet"]:
            assert card.select_one(".title").get_text() == front["title"]
        link = card.select_one("a.source-url")
        if urlsplit(front["url"].strip()).scheme.lower() in SAFE_SCHEMES:
            assert link is not None and link["href"] == front["url"] and link.get_text() == front["url"]
        else:
            assert link is None, front["url"]  # javascript:, data:, vbscript: and the like never become links
        assert card.select_one(".text").get_text() == by_id[sid].text
    assert page.title.get_text() == analysis.sources[0].title
    rows = page.select("#glance .source-list tbody tr")
    assert [r["data-source"] for r in rows] == [s.id for s in analysis.sources]


def test_flag_evidence_with_payloads_is_text(hostile):
    html, _, analysis = hostile
    page = BeautifulSoup(html, "html.parser")
    for flag in analysis.flags:
        card = page.find("article", id=f"flag-{flag.id}")
        assert card.select_one("h3.subject").get_text() == flag.subject
        assert card.select_one("p.explanation").get_text() == flag.explanation
        for side, claim in zip(card.select("figure.side"), flag.claims, strict=True):
            assert side.select_one("blockquote.sentence").get_text() == claim.sentence


@pytest.mark.browser
@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is missing: apt-get install chromium")
def test_nothing_runs_in_a_real_browser(hostile, tmp_path):
    from playwright.sync_api import sync_playwright

    path = tmp_path / "report.html"
    path.write_text(hostile[0], encoding="utf-8")
    dialogs, errors, requests = [], [], []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            tab = browser.new_page()
            tab.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            tab.on("pageerror", lambda err: errors.append(str(err)))
            tab.on("request", lambda req: requests.append(req.url))
            tab.goto(path.as_uri())
            for view in ("#sources", "#entities", "#flags"):  # every view drawn, every element shown once
                tab.evaluate(f"location.hash = '{view}'")
                tab.wait_for_timeout(200)
            tab.mouse.move(200, 200)
            tab.mouse.move(400, 600)
            live = tab.evaluate("""() => ({
                scripts: document.scripts.length,
                handlers: [...document.querySelectorAll('*')].flatMap(el => [...el.attributes]
                    .filter(a => a.name.startsWith('on')).map(a => el.tagName + ' ' + a.name)),
                frames: document.querySelectorAll('iframe, object, embed, img, svg, base, meta[http-equiv]').length,
            })""")
        finally:
            browser.close()
    assert dialogs == []
    assert errors == []
    assert live == {"scripts": 2, "handlers": ["FORM onsubmit"], "frames": 0}
    assert [u for u in requests if not u.startswith("file:")] == []  # nothing fetched from anywhere
