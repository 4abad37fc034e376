"""What a run leaves in its output folder: the contract of DESIGN.md, and nothing the user had is lost."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from report_story import make_analysis

from reconcile.export import analysis_from_record, analysis_record
from reconcile.output import OutputConflict, write_outputs
from reconcile.review import ReviewStore


@pytest.fixture
def out(tmp_path):
    return tmp_path / "reports"


def read_json(path):
    return json.loads(path.read_text(encoding="utf-8"))


def test_flags_json_follows_the_output_contract(out):
    analysis = make_analysis()
    write_outputs(analysis, out)
    flags = read_json(out / "flags.json")
    texts = {s.id: s.text for s in analysis.sources}

    assert [f["severity"] for f in flags] == ["high", "high", "medium", "low", "low"]
    assert flags[0]["kind"] == "number_conflict"  # the more confident of the two high flags first
    for flag in flags:
        assert set(flag) >= {"id", "kind", "severity", "confidence", "subject", "explanation", "status", "claims"}
        assert flag["status"] == "open"
        assert 0 <= flag["confidence"] <= 1
        for c in flag["claims"]:
            # the value is exactly the words at start:end of that source, inside its sentence
            assert texts[c["source_id"]][c["start"]:c["end"]] == c["value"]
            assert c["value"] in c["sentence"]
    assert {f["id"] for f in flags} == {f.id for f in analysis.flags}


def test_ids_are_stable_across_runs(tmp_path):
    write_outputs(make_analysis(), tmp_path / "a")
    write_outputs(make_analysis(), tmp_path / "b")
    assert [f["id"] for f in read_json(tmp_path / "a/flags.json")] == [f["id"] for f in read_json(tmp_path / "b/flags.json")]


def test_csv_exports_hold_the_same_flags_and_claims(out):
    analysis = make_analysis()
    write_outputs(analysis, out)
    flags = pd.read_csv(out / "flags.csv", keep_default_na=False)
    assert list(flags["id"]) == [f["id"] for f in read_json(out / "flags.json")]
    number = flags[flags["kind"] == "number_conflict"].iloc[0]
    assert number["values"] == "12 | 19 | 12"
    assert number["sources"] == "herald | post | radio"
    assert number["newer_source"] == "post"

    claims = pd.read_csv(out / "claims.csv", keep_default_na=False, dtype={"value": str})
    assert len(claims) == len(analysis.claims)
    magnitude = claims[claims["attribute"] == "magnitude"].iloc[0]
    assert (magnitude["outlet"], magnitude["value"]) == ("Coastal Herald", "6.1")
    single = next(f for f in analysis.flags if f.kind == "single_source")
    assert magnitude["flag_ids"] == single.id
    assert analysis.flags_frame().shape[0] == 5  # the same tables from Python


def test_csv_exports_are_written_as_pandas_writes_them(out):
    from reconcile.export import CLAIM_COLUMNS, FLAG_COLUMNS, claim_rows, csv_text, flag_rows

    analysis = make_analysis()
    write_outputs(analysis, out)
    pandas_csv = {"flags.csv": analysis.flags_frame(), "claims.csv": analysis.claims_frame()}
    for name, frame in pandas_csv.items():
        assert (out / name).read_bytes() == frame.to_csv(index=False, lineterminator="\n").encode("utf-8")
    for rows, columns in ((flag_rows(analysis), FLAG_COLUMNS), (claim_rows(analysis), CLAIM_COLUMNS), ([], ["a", "b"])):
        assert csv_text(rows, columns) == pd.DataFrame(rows, columns=columns).to_csv(index=False, lineterminator="\n")


@pytest.mark.parametrize("column", [
    ["plain", "with, comma", 'with "quotes"', "two\nlines", "carriage\rreturn", "", " padded ", "ünïcode — «»", "#"],
    [1, 2, 30_000_000_000],
    [0.8, 1, 0.123, 1e-05, 2.5e16, -0.0, float("nan")],
    [1.0, 0.30000000000000004, 100.0],
    ["a", 1, 0.5, None, True],
    [None, None],
    [True, False],
])
def test_csv_text_writes_each_kind_of_column_as_pandas(column):
    from reconcile.export import csv_text

    rows = [{"x": value, "n": i} for i, value in enumerate(column)]
    assert csv_text(rows, ["x", "n"]) == pd.DataFrame(rows, columns=["x", "n"]).to_csv(index=False, lineterminator="\n")


def test_sources_and_entities_json(out):
    write_outputs(make_analysis(), out)
    sources = read_json(out / "sources.json")
    assert [s["outlet"] for s in sources["sources"]] == ["Coastal Herald", "Valley Post", "Ridge Radio"]
    assert sources["sources"][0]["published"] == "2025-03-03T18:30:00"
    assert sources["problems"] == [{"path": "sources/broken.pdf",
                                    "message": "unsupported file type .pdf; use .txt, .md, .html, .json or .jsonl",
                                    "skipped": True}]
    vell = next(e for e in read_json(out / "entities.json") if e["name"] == "Mara Vell")
    assert vell["variants"] == {"herald": ["Mara Vell"], "post": ["Mara Vell"], "radio": ["Mara Velle"]}


def test_decisions_are_merged_and_survive_a_rerun(out):
    analysis = make_analysis()
    write_outputs(analysis, out)
    place = next(f for f in analysis.flags if f.kind == "place_conflict")
    ReviewStore.in_folder(out).set(place.id, "confirmed", note="Port Alder per the ministry", by="ana")

    rerun = make_analysis()
    write_outputs(rerun, out)
    flag = next(f for f in read_json(out / "flags.json") if f["id"] == place.id)
    assert (flag["status"], flag["note"]) == ("confirmed", "Port Alder per the ministry")
    assert next(f for f in rerun.flags if f.id == place.id).status == "confirmed"  # also on the returned flags

    reviews = read_json(out / "claimreview.jsonld")["@graph"]
    assert [r["identifier"] for r in reviews] == [place.id]
    assert reviews[0]["author"] == {"@type": "Person", "name": "ana"}
    appearances = reviews[0]["itemReviewed"]["appearance"]
    assert [a["publisher"]["name"] for a in appearances] == ["Coastal Herald", "Valley Post"]
    assert "Kestrel Bay" in appearances[0]["text"] and "Port Alder" in appearances[1]["text"]


def test_a_decision_on_a_flag_that_is_gone_is_kept(out):
    analysis = make_analysis()
    write_outputs(analysis, out)
    name_flag = next(f for f in analysis.flags if f.kind == "name_variant")
    ReviewStore.in_folder(out).set(name_flag.id, "dismissed", note="same person", by="bo")

    later = make_analysis()
    later.flags = [f for f in later.flags if f.kind != "name_variant"]
    write_outputs(later, out)
    assert name_flag.id not in {f["id"] for f in read_json(out / "flags.json")}
    kept = ReviewStore.in_folder(out).get(name_flag.id)
    assert (kept.status, kept.note, kept.subject) == ("dismissed", "same person", "Mara Vell")


def test_a_file_reconcile_did_not_write_is_never_overwritten(out):
    out.mkdir()
    (out / "flags.csv").write_text("my own spreadsheet\n")
    (out / "notes.txt").write_text("keep me\n")
    with pytest.raises(OutputConflict, match=r"holds files reconcile did not write \(flags\.csv, notes\.txt\)"):
        write_outputs(make_analysis(), out)
    assert (out / "flags.csv").read_text() == "my own spreadsheet\n"
    assert not (out / "report.html").exists()  # refused before writing anything

    write_outputs(make_analysis(), out, force=True)
    assert (out / "flags.csv").read_text().startswith("id,kind,severity")
    assert (out / "previous/flags.csv").read_text() == "my own spreadsheet\n"  # --force still keeps a copy
    assert (out / "notes.txt").read_text() == "keep me\n"


def test_a_folder_holding_other_files_is_refused_unless_forced(out):
    out.mkdir()
    (out / "notes.txt").write_text("keep me\n")
    (out / "drafts").mkdir()
    with pytest.raises(OutputConflict, match=r"holds files reconcile did not write \(drafts/, notes\.txt\).*--force"):
        write_outputs(make_analysis(), out)
    assert sorted(p.name for p in out.iterdir()) == ["drafts", "notes.txt"]  # no trace, not even a lock file

    analysis = make_analysis()
    write_outputs(analysis, out, force=True)
    assert (out / "notes.txt").read_text() == "keep me\n" and (out / "drafts").is_dir()
    assert {f["id"] for f in read_json(out / "flags.json")} == {f.id for f in analysis.flags}


def test_a_file_added_to_an_output_folder_is_named_before_the_next_run(out):
    write_outputs(make_analysis(), out)
    write_outputs(make_analysis(), out)  # reconcile's own files, store and previous/ are no obstacle
    (out / "my-notes.md").write_text("to check\n")
    with pytest.raises(OutputConflict, match=r"my-notes\.md"):
        write_outputs(make_analysis(), out)
    write_outputs(make_analysis(), out, force=True)
    assert (out / "my-notes.md").read_text() == "to check\n"


def test_an_output_the_user_edited_is_not_overwritten(out):
    write_outputs(make_analysis(), out)
    edited = (out / "claims.csv").read_text() + "my extra row\n"
    (out / "claims.csv").write_text(edited)
    with pytest.raises(OutputConflict, match=r"claims\.csv was changed since reconcile wrote it"):
        write_outputs(make_analysis(), out)
    assert (out / "claims.csv").read_text() == edited


def test_the_previous_report_is_kept_when_a_run_overwrites_it(out):
    first = make_analysis()
    write_outputs(first, out)
    first_report = (out / "report.html").read_bytes()
    first_flags = (out / "flags.json").read_bytes()

    second = make_analysis()
    second.flags = second.flags[:2]
    write_outputs(second, out)
    assert (out / "previous/report.html").read_bytes() == first_report
    assert (out / "previous/flags.json").read_bytes() == first_flags
    assert len(read_json(out / "flags.json")) == 2
    write_outputs(make_analysis(), out)  # one generation: the third run keeps the second's
    assert len(read_json(out / "previous/flags.json")) == 2


def test_writes_leave_no_temporary_files_and_list_what_was_written(out):
    write_outputs(make_analysis(), out)
    write_outputs(make_analysis(), out)
    names = sorted(p.name for p in out.iterdir())
    assert not [n for n in names if n.endswith(".tmp")]
    manifest = read_json(out / ".reconcile-manifest.json")
    assert set(manifest["files"]) == {"report.html", "flags.json", "flags.csv", "claims.csv", "entities.json",
                                      "sources.json", "claimreview.jsonld", "analysis.json",
                                      "previous/report.html", "previous/flags.json"}


def test_out_must_be_a_folder(tmp_path):
    path = tmp_path / "report"
    path.write_text("a file")
    with pytest.raises(OutputConflict, match="is a file"):
        write_outputs(make_analysis(), path)


def test_the_analysis_record_round_trips():
    analysis = make_analysis()
    back = analysis_from_record(json.loads(json.dumps(analysis_record(analysis))))
    assert [f.id for f in back.flags] == [f.id for f in analysis.flags]
    assert [c.id for c in back.claims] == [c.id for c in analysis.claims]
    assert back.sources == analysis.sources
    assert back.entities[0].variants() == analysis.entities[0].variants()
    assert back.flags_frame().to_csv() == analysis.flags_frame().to_csv()
    assert io.StringIO(back.claims_frame().to_csv()).getvalue() == analysis.claims_frame().to_csv()


def test_a_review_store_that_cannot_be_read_stops_the_run_and_is_left_as_it_is(out):
    from reconcile.errors import StoreError

    out.mkdir()
    store = out / "reviews.sqlite"
    store.write_bytes(b"not a database: someone's notes saved under this name\n" * 10)
    before = store.read_bytes()
    with pytest.raises(StoreError, match=r"reviews\.sqlite: cannot open the review store"):
        write_outputs(make_analysis(), out)
    assert store.read_bytes() == before  # never deleted, truncated or replaced
    assert not (out / "report.html").exists()


def test_runs_never_shrink_the_review_store(out):
    write_outputs(make_analysis(), out)
    flags = make_analysis().flags
    store = ReviewStore.in_folder(out)
    for i, flag in enumerate(flags):
        store.set(flag.id, "dismissed" if i % 2 else "confirmed", note=f"note {i}", by="ana")
    def decided():
        return {fid: (d.status, d.note, d.reviewer, d.updated_at) for fid, d in ReviewStore.in_folder(out).all().items()}

    kept = decided()
    write_outputs(make_analysis(), out)
    later = make_analysis()
    later.flags = []  # a run that raises no flag at all keeps every decision
    write_outputs(later, out)
    assert decided() == kept and len(kept) == len(flags)


def test_temporary_files_of_an_interrupted_write_are_removed_by_the_next_run(out):
    write_outputs(make_analysis(), out)
    write_outputs(make_analysis(), out)  # and previous/
    stale = [out / ".report.html.k2j4h1.tmp", out / ".flags.json.x8_s0q.tmp", out / "previous/.flags.json.ab12.tmp"]
    for path in stale:
        path.write_bytes(b"<html><body>half a rep")
    mine = out / ".notes.tmp"
    mine.write_text("the user's own file")
    write_outputs(make_analysis(), out)
    assert not [p for p in stale if p.exists()]
    assert mine.read_text() == "the user's own file"
