"""`reconcile claims` prints what was extracted, and `reconcile.run` returns DataFrames and flag objects."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import reconcile
from reconcile.cli import main

ARTICLE = """---
title: Flood toll rises
outlet: Valley Courier
published: 2025-03-12
---
At least 14 people were killed when the river burst its banks, the interior minister, Marta Quell, said on Tuesday.
The emergency meeting of the flood committee will be held in Lyon on Friday.
"We have never seen water rise this fast," Quell told reporters.
"""


@pytest.fixture(scope="module")
def article(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("claims") / "flood.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_claims_table_lists_each_kind_of_claim_with_its_value(article):
    result = CliRunner().invoke(main, ["claims", str(article)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["source_id", "kind", "subject", "attribute", "value", "norm", "sentence"]
    rows = [line.split() for line in lines[2:] if line.strip() and not line.endswith("sources")]
    kinds = {row[1] for row in rows}
    assert {"role", "event", "quantity", "quote"} <= kinds
    assert any(row[1] == "event" and "Lyon" in row for row in rows)
    assert any(row[1] == "quantity" and "14" in row for row in rows)
    assert lines[-1] == f"{len(rows)} claims from 1 sources"


def test_claims_kind_filter_and_csv_are_machine_readable(article):
    result = CliRunner().invoke(main, ["claims", str(article), "--kind", "event", "--format", "csv"])
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(io.StringIO(result.output))
    assert set(frame["kind"]) == {"event"}
    place = frame[frame["attribute"] == "place"].iloc[0]
    # the value is the words as written, at the offsets the row gives, inside the sentence it quotes
    text = article.read_text(encoding="utf-8")
    assert place["value"] == "Lyon"
    assert place["value"] in place["sentence"]
    assert text.count(place["sentence"]) == 1


def test_claims_json_records(article):
    result = CliRunner().invoke(main, ["claims", str(article), "--kind", "role", "--format", "json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert records and all(r["kind"] == "role" for r in records)
    assert any(r["subject"].endswith("Quell") and "minister" in r["value"].lower() for r in records)


def test_claims_names_an_unreadable_file_and_goes_on(article, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = CliRunner().invoke(main, ["claims", str(article), str(empty)])
    assert result.exit_code == 0, result.output
    assert f"Skipped {empty}" in result.output
    assert "Lyon" in result.output


def test_run_returns_dataframes_and_flag_objects(tmp_path):
    seeds = Path(__file__).parent.parent / "sources"
    result = reconcile.run([seeds], tmp_path / "out")
    assert isinstance(result, reconcile.Result)
    assert isinstance(result.flags, pd.DataFrame) and isinstance(result.claims, pd.DataFrame)
    assert len(result.flags) == len(result.flag_objects) > 0
    assert all(isinstance(f, reconcile.Flag) for f in result.flag_objects)
    assert sorted(result.flags["id"]) == sorted(f.id for f in result.flag_objects)
    assert "place_conflict" in set(result.flags["kind"])
    assert len(result.claims) == len(result.analysis.claims)
    assert result.report.is_file()
    on_disk = json.loads((tmp_path / "out" / "flags.json").read_text(encoding="utf-8"))
    assert {f["id"] for f in on_disk} == set(result.flags["id"])
