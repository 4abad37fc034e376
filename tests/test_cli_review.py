"""`reconcile review` and `reconcile serve`, through click's runner as a user types them."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner
from report_story import make_analysis

from reconcile.cli import main
from reconcile.output import write_outputs
from reconcile.review import ReviewStore


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "reports"
    write_outputs(make_analysis(), folder)
    return folder


def invoke(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def flag_id(kind):
    return next(f.id for f in make_analysis().flags if f.kind == kind)


def test_review_records_a_decision_and_the_report_shows_it(out):
    place = flag_id("place_conflict")
    result = invoke("review", place, "--status", "confirmed", "--note", "Port Alder, per the ministry",
                    "--by", "ana", "--out", str(out))
    assert result.exit_code == 0
    assert result.output == f"{place}: confirmed (Port Alder, per the ministry)\n"

    decision = ReviewStore.in_folder(out).get(place)
    assert (decision.status, decision.note, decision.reviewer) == ("confirmed", "Port Alder, per the ministry", "ana")
    flag = next(f for f in json.loads((out / "flags.json").read_text()) if f["id"] == place)
    assert flag["status"] == "confirmed"
    card = BeautifulSoup((out / "report.html").read_text(), "html.parser").select_one(f"#flag-{place}")
    assert card["data-status"] == "confirmed"
    assert card.select_one(".review .note").get_text() == "Port Alder, per the ministry"
    assert not (out / "previous").exists()  # a review redraws the report; it is not a new run


def test_review_accepts_a_unique_start_of_the_id(out):
    title = flag_id("title_conflict")
    result = invoke("review", title[:6], "--status", "follow-up", "--out", str(out))
    assert result.exit_code == 0
    assert ReviewStore.in_folder(out).get(title).status == "follow-up"


def test_an_unknown_flag_id_is_refused_unless_forced(out):
    result = CliRunner().invoke(main, ["review", "feedfacecafe", "--status", "confirmed", "--out", str(out)])
    assert result.exit_code == 2
    assert "no flag 'feedfacecafe'" in result.output and "--force" in result.output
    assert ReviewStore.in_folder(out).get("feedfacecafe") is None

    forced = invoke("review", "feedfacecafe", "--status", "dismissed", "--force", "--out", str(out))
    assert forced.exit_code == 0
    assert ReviewStore.in_folder(out).get("feedfacecafe").status == "dismissed"


def test_a_bad_status_is_a_usage_error(out):
    result = CliRunner().invoke(main, ["review", flag_id("place_conflict"), "--status", "maybe", "--out", str(out)])
    assert result.exit_code == 2
    assert "'maybe' is not one of 'open', 'confirmed', 'dismissed', 'follow-up'" in result.output


def test_review_needs_an_id_and_a_status(out):
    result = CliRunner().invoke(main, ["review", "--out", str(out)])
    assert result.exit_code == 2
    assert "give FLAG_ID and --status" in result.output


def test_review_in_a_folder_without_a_run_says_what_to_do(tmp_path):
    result = CliRunner().invoke(main, ["review", "abc", "--status", "open", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "has no flags.json; run `reconcile run SOURCES" in result.output


def test_list_marks_decisions_whose_flag_is_gone(out):
    place, name = flag_id("place_conflict"), flag_id("name_variant")
    invoke("review", place, "--status", "confirmed", "--by", "ana", "--out", str(out))
    invoke("review", name, "--status", "dismissed", "--note", "same person", "--out", str(out))
    later = make_analysis()
    later.flags = [f for f in later.flags if f.kind != "name_variant"]
    write_outputs(later, out)

    lines = invoke("review", "--list", "--out", str(out)).output.splitlines()
    by_id = {line.split()[0]: line for line in lines if not line.startswith(" ")}
    assert by_id[place].split()[1] == "confirmed" and "(gone)" not in by_id[place]
    assert by_id[name].endswith("Mara Vell (gone)")
    assert "    same person" in lines


def test_history_lists_every_change(out):
    place = flag_id("place_conflict")
    invoke("review", place, "--status", "follow-up", "--by", "ana", "--out", str(out))
    invoke("review", place, "--status", "confirmed", "--by", "bo", "--out", str(out))
    lines = invoke("review", place, "--history", "--out", str(out)).output.splitlines()
    assert [line.split()[2:] for line in lines] == [["follow-up", "ana"], ["confirmed", "(was", "follow-up)", "bo"]]


def test_serve_refuses_a_folder_without_a_report(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--out", str(tmp_path), "--port", "0"])
    assert result.exit_code == 1
    assert "holds no report written by reconcile" in result.output


def test_serve_validates_the_port(out):
    result = CliRunner().invoke(main, ["serve", "--out", str(out), "--port", "70000"])
    assert result.exit_code == 2
    assert "70000 is not in the range 0<=x<=65535" in result.output


def test_a_decision_is_kept_even_when_the_report_cannot_be_redrawn(out):
    (out / "report.html").write_text("my edited copy\n")
    place = flag_id("place_conflict")
    result = CliRunner().invoke(main, ["review", place, "--status", "dismissed", "--out", str(out)])
    assert result.exit_code == 0
    assert "Warning: the decision is stored, but the report was not redrawn" in result.output
    assert "report.html was changed since reconcile wrote it" in result.output
    assert ReviewStore.in_folder(out).get(place).status == "dismissed"
    assert (out / "report.html").read_text() == "my edited copy\n"


def test_history_without_a_store_creates_nothing(tmp_path):
    result = invoke("review", "--history", "--out", str(tmp_path / "none"))
    assert result.output.startswith("No decisions yet")
    assert not (tmp_path / "none").exists()
