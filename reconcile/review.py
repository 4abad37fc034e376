"""The review store: reviewers' decisions on flags, in an embedded SQLite database.

One file per output folder (``DIR/reviews.sqlite``). A decision is keyed by the
flag's stable id, so it survives re-runs; every change is also appended to a
history table that is never deleted from. The database runs in WAL mode with a
busy timeout, and every write is one ``BEGIN IMMEDIATE`` transaction, so several
processes (a ``reconcile serve`` and a ``reconcile review`` at once) can write
without losing a change.

    >>> store = ReviewStore("reports/reviews.sqlite")      # doctest: +SKIP
    >>> store.set("3f2a9c01b7de", "confirmed", note="checked with the ministry", by="ana")  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from reconcile.errors import StoreError
from reconcile.models import STATUSES

STORE_NAME = "reviews.sqlite"
BUSY_TIMEOUT_MS = 30_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS decisions (
    flag_id    TEXT PRIMARY KEY,
    status     TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    reviewer   TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    kind       TEXT NOT NULL DEFAULT '',
    subject    TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS history (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    flag_id    TEXT NOT NULL,
    status     TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    reviewer   TEXT NOT NULL DEFAULT '',
    at         TEXT NOT NULL,
    previous_status TEXT
);
CREATE INDEX IF NOT EXISTS history_flag ON history (flag_id, seq);
"""


@dataclass(frozen=True)
class Decision:
    """A reviewer's current decision on one flag."""

    flag_id: str
    status: str
    note: str
    reviewer: str
    updated_at: str
    kind: str = ""
    subject: str = ""

    def to_dict(self) -> dict[str, str]:
        return {
            "flag_id": self.flag_id,
            "status": self.status,
            "note": self.note,
            "reviewer": self.reviewer,
            "updated_at": self.updated_at,
            "kind": self.kind,
            "subject": self.subject,
        }


@dataclass(frozen=True)
class Change:
    """One row of the history: what a decision became, by whom and when."""

    seq: int
    flag_id: str
    status: str
    note: str
    reviewer: str
    at: str
    previous_status: str | None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class ReviewStore:
    """Reviewer decisions keyed by flag id, with a full history of changes."""

    def __init__(self, path: str | Path, *, clock: Callable[[], str] = _now) -> None:
        self.path = Path(path)
        self._clock = clock
        if self.path.is_dir():
            raise StoreError(f"{self.path} is a folder, not a review store")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as conn:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.executescript(_SCHEMA)
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path}: cannot open the review store ({err})") from err

    @classmethod
    def in_folder(cls, out_dir: str | Path, **kwargs) -> ReviewStore:
        """The store of an output folder: ``out_dir/reviews.sqlite``."""
        return cls(Path(out_dir) / STORE_NAME, **kwargs)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            conn.row_factory = sqlite3.Row
            yield conn
        finally:
            conn.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken before reading so no other writer slips in between."""
        try:
            with self._connect() as conn:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path}: cannot write the review store ({err})") from err

    def set(
        self,
        flag_id: str,
        status: str,
        note: str | None = None,
        by: str | None = None,
        *,
        kind: str | None = None,
        subject: str | None = None,
    ) -> Decision:
        """Record a decision on ``flag_id``; ``note=None`` keeps the earlier note, ``""`` clears it.

        ``kind`` and ``subject`` describe the flag, so that a decision on a flag
        that a later run no longer finds can still be listed in words.
        """
        if status not in STATUSES:
            raise StoreError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
        if not flag_id or not isinstance(flag_id, str):
            raise StoreError("a decision needs a flag id")
        at = self._clock()
        with self._write() as conn:
            row = conn.execute("SELECT * FROM decisions WHERE flag_id = ?", (flag_id,)).fetchone()
            previous = row["status"] if row else None
            new_note = note if note is not None else (row["note"] if row else "")
            reviewer = by if by is not None else (row["reviewer"] if row else "")
            new_kind = kind if kind is not None else (row["kind"] if row else "")
            new_subject = subject if subject is not None else (row["subject"] if row else "")
            conn.execute(
                "INSERT INTO decisions (flag_id, status, note, reviewer, updated_at, kind, subject)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (flag_id) DO UPDATE SET status = excluded.status, note = excluded.note,"
                " reviewer = excluded.reviewer, updated_at = excluded.updated_at, kind = excluded.kind,"
                " subject = excluded.subject",
                (flag_id, status, new_note, reviewer, at, new_kind, new_subject),
            )
            conn.execute(
                "INSERT INTO history (flag_id, status, note, reviewer, at, previous_status)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (flag_id, status, new_note, reviewer, at, previous),
            )
        return Decision(flag_id, status, new_note, reviewer, at, new_kind, new_subject)

    def describe(self, flags: Iterable[tuple[str, str, str]]) -> None:
        """Remember the (id, kind, subject) of flags that have a decision; changes no decision."""
        rows = [(kind, subject, flag_id) for flag_id, kind, subject in flags]
        if not rows:
            return
        with self._write() as conn:
            conn.executemany(
                "UPDATE decisions SET kind = ?, subject = ? WHERE flag_id = ? AND (kind, subject) != (?, ?)",
                [(k, s, i, k, s) for k, s, i in rows],
            )

    def get(self, flag_id: str) -> Decision | None:
        """The current decision on ``flag_id``, or None when nobody has decided."""
        with self._read() as conn:
            row = conn.execute("SELECT * FROM decisions WHERE flag_id = ?", (flag_id,)).fetchone()
        return _decision(row) if row else None

    def all(self) -> dict[str, Decision]:
        """Every current decision, by flag id (most recently changed first)."""
        with self._read() as conn:
            rows = conn.execute("SELECT * FROM decisions ORDER BY updated_at DESC, flag_id").fetchall()
        return {row["flag_id"]: _decision(row) for row in rows}

    def history(self, flag_id: str | None = None) -> list[Change]:
        """Every change, oldest first; only those of ``flag_id`` when given."""
        query = "SELECT * FROM history"
        args: tuple[str, ...] = ()
        if flag_id is not None:
            query += " WHERE flag_id = ?"
            args = (flag_id,)
        with self._read() as conn:
            rows = conn.execute(query + " ORDER BY seq", args).fetchall()
        return [
            Change(r["seq"], r["flag_id"], r["status"], r["note"], r["reviewer"], r["at"], r["previous_status"])
            for r in rows
        ]

    def __len__(self) -> int:
        with self._read() as conn:
            return conn.execute("SELECT count(*) FROM decisions").fetchone()[0]

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        try:
            with self._connect() as conn:
                yield conn
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path}: cannot read the review store ({err})") from err


def _decision(row: sqlite3.Row) -> Decision:
    return Decision(
        row["flag_id"], row["status"], row["note"], row["reviewer"], row["updated_at"], row["kind"], row["subject"]
    )


def open_store(out_dir: str | Path) -> ReviewStore | None:
    """The folder's store when one exists, without creating it."""
    path = Path(out_dir) / STORE_NAME
    return ReviewStore(path) if path.exists() else None


def record_decision(
    out_dir: str | Path,
    flag_id: str,
    status: str,
    *,
    note: str | None = None,
    by: str | None = None,
    force: bool = False,
    warn: Callable[[str], None] | None = None,
) -> Decision:
    """Record a decision on a flag of ``out_dir``'s flags.json and redraw the report.

    ``flag_id`` may be a unique prefix (4 characters or more) of an id. An id that
    flags.json does not list is refused unless ``force``. When the report cannot
    be redrawn (a file there was changed by hand), the decision is still stored
    and ``warn`` is told why.
    """
    from reconcile.errors import UsageError
    from reconcile.output import OutputConflict, read_flags, refresh_outputs

    out = Path(out_dir)
    if not out.is_dir():
        raise UsageError(f"{out} is not a folder; pass the --out folder of an earlier `reconcile run`")
    flags = read_flags(out)
    flag = None
    if flags is None:
        if not force:
            raise UsageError(f"{out} has no flags.json; run `reconcile run SOURCES --out {out}` first, "
                             "or use --force to record the decision anyway")
    else:
        matches = [f for f in flags if f["id"] == flag_id] or (
            [f for f in flags if f["id"].startswith(flag_id)] if len(flag_id) >= 4 else [])
        if len(matches) == 1:
            flag = matches[0]
        elif len(matches) > 1:
            raise UsageError(f"{flag_id!r} is the start of {len(matches)} flag ids; give more of it")
        elif not force:
            raise UsageError(f"no flag {flag_id!r} in {out / 'flags.json'} ({len(flags)} flags); "
                             "check the id, or use --force to record the decision anyway")
    store = ReviewStore.in_folder(out)
    decision = store.set(flag["id"] if flag else flag_id, status, note=note, by=by,
                         kind=flag["kind"] if flag else None, subject=flag["subject"] if flag else None)
    try:
        refresh_outputs(out)
    except OutputConflict as err:  # the decision is stored; files the user changed are left alone
        if warn is not None:
            warn(f"the decision is stored, but the report was not redrawn: {err}")
    return decision


def list_decisions(out_dir: str | Path) -> list[tuple[Decision, bool]]:
    """Every decision in ``out_dir``'s store with whether its flag is gone from flags.json."""
    from reconcile.output import read_flags

    store = open_store(out_dir)
    if store is None:
        return []
    flags = read_flags(Path(out_dir))
    current = None if flags is None else {f["id"] for f in flags}
    return [(d, current is not None and d.flag_id not in current) for d in store.all().values()]
