"""The review store keeps every decision and every change, even with two writers at once."""

from __future__ import annotations

import multiprocessing
import sqlite3

import pytest

from reconcile.errors import StoreError
from reconcile.review import ReviewStore


def ticking_clock():
    times = iter(f"2025-03-05T10:{m:02d}:00+00:00" for m in range(60))
    return lambda: next(times)


def test_a_decision_is_kept_with_who_and_when(tmp_path):
    store = ReviewStore(tmp_path / "reviews.sqlite", clock=ticking_clock())
    store.set("abc123", "confirmed", note="ministry list has 19", by="ana")

    again = ReviewStore(tmp_path / "reviews.sqlite")  # a later process opening the same file
    decision = again.get("abc123")
    assert (decision.status, decision.note, decision.reviewer) == ("confirmed", "ministry list has 19", "ana")
    assert decision.updated_at == "2025-03-05T10:00:00+00:00"
    assert again.get("unknown") is None


def test_changing_a_decision_keeps_the_note_unless_told_and_records_history(tmp_path):
    store = ReviewStore(tmp_path / "reviews.sqlite", clock=ticking_clock())
    store.set("f1", "follow-up", note="call the ministry", by="ana")
    store.set("f1", "confirmed", by="bo")  # no note given: the earlier note stays
    assert store.get("f1").note == "call the ministry"
    assert store.get("f1").reviewer == "bo"
    store.set("f1", "dismissed", note="")  # an empty note clears it
    assert store.get("f1").note == ""

    history = store.history("f1")
    assert [(c.status, c.previous_status, c.reviewer) for c in history] == [
        ("follow-up", None, "ana"), ("confirmed", "follow-up", "bo"), ("dismissed", "confirmed", "bo"),
    ]
    assert [c.at[-11:-6] for c in history] == ["00:00", "01:00", "02:00"]


def test_unknown_status_is_refused_and_nothing_is_written(tmp_path):
    store = ReviewStore(tmp_path / "reviews.sqlite")
    with pytest.raises(StoreError, match="unknown status 'maybe'"):
        store.set("f1", "maybe")
    assert len(store) == 0 and store.history() == []


def test_describe_names_flags_without_touching_decisions(tmp_path):
    store = ReviewStore(tmp_path / "reviews.sqlite")
    store.set("f1", "confirmed", note="n", by="ana")
    store.describe([("f1", "place_conflict", "Place of the briefing"), ("f2", "date_conflict", "never decided")])
    decision = store.get("f1")
    assert (decision.status, decision.kind, decision.subject) == ("confirmed", "place_conflict", "Place of the briefing")
    assert store.get("f2") is None
    assert len(store.history()) == 1


def test_the_store_is_in_wal_mode(tmp_path):
    ReviewStore(tmp_path / "reviews.sqlite")
    with sqlite3.connect(tmp_path / "reviews.sqlite") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path):
    path = tmp_path / "reviews.sqlite"
    path.write_text("my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="reviews.sqlite"):
        ReviewStore(path)
    assert path.read_text().startswith("my notes")


def _writer(path: str, name: str, count: int, barrier) -> None:
    store = ReviewStore(path)
    barrier.wait()
    for i in range(count):
        store.set(f"{name}-{i}", "confirmed", note=f"{name} note {i}", by=name)
        store.set("shared", "follow-up", note=f"{name} {i}", by=name)


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    path = str(tmp_path / "reviews.sqlite")
    ReviewStore(path)
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(2)
    count = 60
    workers = [ctx.Process(target=_writer, args=(path, name, count, barrier)) for name in ("ana", "bo")]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=120)
    assert [w.exitcode for w in workers] == [0, 0]

    store = ReviewStore(path)
    decisions = store.all()
    for name in ("ana", "bo"):
        for i in range(count):
            assert decisions[f"{name}-{i}"].note == f"{name} note {i}"
    assert len(decisions) == 2 * count + 1
    history = store.history()
    assert len(history) == 4 * count
    shared = store.history("shared")
    assert sorted(c.note for c in shared) == sorted(f"{n} {i}" for n in ("ana", "bo") for i in range(count))
    # each change saw the one before it: the chain of previous statuses has no gap
    assert [c.previous_status for c in shared] == [None] + ["follow-up"] * (2 * count - 1)
