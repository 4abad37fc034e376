"""The whole tool on the demo sources: run, review a flag, run again; the decision and the evidence hold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from reconcile.cli import main

SOURCES = Path(__file__).resolve().parents[1] / "sources"

pytestmark = pytest.mark.skipif(not SOURCES.is_dir(), reason="the demo sources/ folder is missing")


def run(out):
    result = CliRunner().invoke(main, ["run", str(SOURCES), "--out", str(out), "-q", "-j", "1"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads((out / "flags.json").read_text(encoding="utf-8"))


def test_run_review_and_run_again(tmp_path):
    out = tmp_path / "reports"
    flags = run(out)
    assert flags, "the demo sources should disagree somewhere"
    texts = {s["id"]: (SOURCES / Path(s["path"]).name).read_text(encoding="utf-8")
             for s in json.loads((out / "sources.json").read_text())["sources"]}
    page = BeautifulSoup((out / "report.html").read_text(encoding="utf-8"), "html.parser")
    for flag in flags:
        card = page.select_one(f"article#flag-{flag['id']}")
        assert card is not None and card["data-severity"] == flag["severity"]
        for claim, side in zip(flag["claims"], card.select("figure.side"), strict=True):
            assert claim["value"] in claim["sentence"]
            assert side.select_one("mark.value").get_text() == claim["value"]
            assert claim["value"] in texts[claim["source_id"]]

    first = flags[0]
    result = CliRunner().invoke(main, ["review", first["id"], "--status", "confirmed", "--note", "checked",
                                       "--by", "ana", "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0
    earlier_report = (out / "report.html").read_bytes()

    again = run(out)
    assert next(f for f in again if f["id"] == first["id"])["status"] == "confirmed"
    assert (out / "previous/report.html").read_bytes() == earlier_report
    reviewed = json.loads((out / "claimreview.jsonld").read_text())["@graph"]
    assert [r["identifier"] for r in reviewed] == [first["id"]]
