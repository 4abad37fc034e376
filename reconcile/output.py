"""Write a run's report and exports into an output folder, losing nothing the user had.

- Every file is written atomically (a temporary file, then ``os.replace``).
- A manifest (``DIR/.reconcile-manifest.json``) lists what reconcile wrote, with
  a checksum; a file of the same name that reconcile did not write (or that was
  changed since) is never overwritten unless ``force=True``.
- Before a new run overwrites its earlier report.html and flags.json, they are
  copied to ``DIR/previous/``.
- Reviewers' decisions (``DIR/reviews.sqlite``) are merged into each flag's
  status and note; decisions on flags a run no longer raises are kept and listed
  as gone.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import glob
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from reconcile.errors import ReconcileError
from reconcile.export import (
    CLAIM_COLUMNS,
    FLAG_COLUMNS,
    analysis_from_record,
    analysis_record,
    claim_reviews,
    claim_rows,
    csv_text,
    flag_rows,
    sorted_flags,
)
from reconcile.models import Analysis
from reconcile.report import apply_decisions, fill_sentences, render_report
from reconcile.review import STORE_NAME, Decision, ReviewStore

MANIFEST = ".reconcile-manifest.json"
LOCK = ".reconcile.lock"
PREVIOUS = "previous"
REPORT = "report.html"
FLAGS = "flags.json"
ANALYSIS = "analysis.json"
OUTPUT_FILES = (REPORT, FLAGS, "flags.csv", "claims.csv", "entities.json", "sources.json",
                "claimreview.jsonld", ANALYSIS)
KEPT_FILES = (REPORT, FLAGS)  # copied to previous/ before a new run overwrites them
REVIEWED_FILES = (REPORT, FLAGS, "flags.csv", "claimreview.jsonld")  # what a decision changes


class OutputConflict(ReconcileError):
    """An output file exists that reconcile did not write; it is left alone."""

    exit_code = 1


def write_outputs(analysis: Analysis, out_dir: Path, *, force: bool = False) -> None:
    """Write report.html, flags.json, flags.csv, claims.csv, entities.json, sources.json,
    claimreview.jsonld and analysis.json into ``out_dir`` (created when missing).

    The flags of ``analysis`` get their reviewers' status and note from the
    folder's review store. Raises ``OutputConflict`` naming the file when one of
    these names holds a file reconcile did not write, unless ``force``.
    """
    _write(analysis, Path(out_dir), force=force, keep_previous=True)


def refresh_outputs(out_dir: Path) -> Analysis | None:
    """Redraw the report and flag exports after a review, from the folder's analysis.json.

    Returns the analysis, or None when the folder holds no analysis written by reconcile.
    """
    out_dir = Path(out_dir)
    analysis = load_analysis(out_dir)
    if analysis is not None:
        _write(analysis, out_dir, force=False, keep_previous=False)
    return analysis


def load_analysis(out_dir: Path) -> Analysis | None:
    """The analysis a run saved in ``out_dir``, or None when there is none of reconcile's."""
    path = Path(out_dir) / ANALYSIS
    if not path.is_file() or ANALYSIS not in read_manifest(Path(out_dir)).get("files", {}):
        return None
    try:
        return analysis_from_record(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, KeyError, TypeError) as err:
        raise ReconcileError(f"{path}: cannot be read back ({err}); run reconcile again") from err


def read_flags(out_dir: Path) -> list[dict[str, Any]] | None:
    """The flags in ``out_dir/flags.json`` (as written), or None when there is no flags.json."""
    path = Path(out_dir) / FLAGS
    if not path.is_file():
        return None
    try:
        flags = json.loads(path.read_text(encoding="utf-8"))
        if not all(isinstance(f, dict) and isinstance(f["id"], str) for f in flags):
            raise TypeError("every flag needs an id")
    except (ValueError, KeyError, TypeError) as err:
        raise ReconcileError(f"{path}: not a flags.json written by reconcile ({err})") from err
    return flags


def _write(analysis: Analysis, out_dir: Path, *, force: bool, keep_previous: bool) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputConflict(f"{out_dir} is a file; --out needs a folder")
    if keep_previous and not force and out_dir.is_dir():  # refuse before leaving any trace (the lock file)
        _refuse_others(out_dir, read_manifest(out_dir).get("files", {}))
    out_dir.mkdir(parents=True, exist_ok=True)
    with _locked(out_dir):
        _remove_stale_temporaries(out_dir)
        manifest = read_manifest(out_dir)
        owned: dict[str, Any] = manifest.setdefault("files", {})
        if keep_previous and not force:
            _refuse_others(out_dir, owned)
        names = list(OUTPUT_FILES if keep_previous else REVIEWED_FILES)
        names += [f"{PREVIOUS}/{n}" for n in KEPT_FILES] if keep_previous else []
        foreign = _foreign_files(out_dir, owned, names)
        if foreign and not force:
            name, why = foreign[0]
            raise OutputConflict(
                f"{out_dir / name} {why}; move it away, choose another --out, "
                "or use --force to overwrite it (a copy is then kept in previous/)"
            )
        store = ReviewStore.in_folder(out_dir)
        earlier = read_flags(out_dir) if FLAGS in owned and (out_dir / FLAGS).is_file() else None
        described = {f["id"]: (f["id"], f.get("kind", ""), f.get("subject", "")) for f in earlier or []}
        described.update({f.id: (f.id, f.kind, f.subject) for f in analysis.flags})
        store.describe(described.values())  # so a decision whose flag is gone can still be named
        decisions = store.all()
        apply_decisions(analysis.flags, decisions)
        fill_sentences(analysis)
        files = _render(analysis, decisions, names)
        kept = set(KEPT_FILES) if keep_previous else set()
        kept |= {name for name, _ in foreign if not name.startswith(PREVIOUS + "/")}
        # The copies of the earlier files are written first: a run killed between writing the new report and
        # keeping the old one would otherwise lose the old one.
        earlier = {f"{PREVIOUS}/{name}": (out_dir / name).read_bytes() for name in sorted(kept)
                   if (out_dir / name).is_file()}
        files = {**earlier, **{name: content for name, content in files.items() if name not in earlier}}
        for name, content in files.items():  # a crash half-way leaves files the manifest accepts
            owned[name] = {"sha256": owned.get(name, {}).get("sha256"), "pending": _digest(content)}
        manifest["writer"] = "reconcile"
        _write_manifest(out_dir, manifest)
        for name, content in files.items():
            atomic_write(out_dir / name, content)
            owned[name] = {"sha256": _digest(content)}
        _write_manifest(out_dir, manifest)


def _render(analysis: Analysis, decisions: dict[str, Decision], names: list[str]) -> dict[str, bytes]:
    flags = sorted_flags(analysis.flags)
    makers = {
        REPORT: lambda: render_report(analysis, decisions).encode("utf-8"),
        FLAGS: lambda: _json([f.to_dict() for f in flags]),
        "flags.csv": lambda: csv_text(flag_rows(analysis), FLAG_COLUMNS).encode("utf-8"),
        "claims.csv": lambda: csv_text(claim_rows(analysis), CLAIM_COLUMNS).encode("utf-8"),
        "entities.json": lambda: _json([e.to_dict() for e in analysis.entities]),
        "sources.json": lambda: _json({
            "sources": [s.to_dict() for s in analysis.sources],
            "problems": [p.to_dict() for p in analysis.problems],
        }),
        "claimreview.jsonld": lambda: _json(claim_reviews(analysis, decisions)),
        ANALYSIS: lambda: _json(analysis_record(analysis), indent=None),  # a record for reconcile, kept compact
    }
    return {name: make() for name, make in makers.items() if name in names}


def other_files(out_dir: Path, owned: dict[str, Any]) -> list[str]:
    """The files and folders in ``out_dir`` that reconcile did not write, by name.

    reconcile's own are the files its manifest lists, the review store (with
    SQLite's journal files), ``previous/`` and hidden entries (its lock,
    manifest, cache and temporary files, and the likes of ``.DS_Store``).
    """
    others = []
    for entry in sorted(out_dir.iterdir()):
        name = entry.name
        if name.startswith(".") or name in owned or name == PREVIOUS or name.startswith(STORE_NAME):
            continue
        others.append(name + ("/" if entry.is_dir() else ""))
    return others


def _refuse_others(out_dir: Path, owned: dict[str, Any]) -> None:
    others = other_files(out_dir, owned)
    if others:
        shown = ", ".join(others[:3]) + (f" and {len(others) - 3} more" if len(others) > 3 else "")
        raise OutputConflict(
            f"{out_dir} holds files reconcile did not write ({shown}); choose a new or empty folder for --out, "
            "or use --force to write the report beside them (they are left as they are)"
        )


def _foreign_files(out_dir: Path, owned: dict[str, Any], names: list[str]) -> list[tuple[str, str]]:
    """(name, why) for each output name that holds a file reconcile did not write as it is."""
    found = []
    for name in names:
        path = out_dir / name
        if not path.exists():
            continue
        entry = owned.get(name)
        if entry is None:
            found.append((name, "exists and was not written by reconcile"))
        elif path.is_dir() or _digest(path.read_bytes()) not in (entry.get("sha256"), entry.get("pending")):
            found.append((name, "was changed since reconcile wrote it"))
    return found


def read_manifest(out_dir: Path) -> dict[str, Any]:
    path = out_dir / MANIFEST
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as err:
        raise ReconcileError(f"{path}: unreadable ({err}); move it away and run again") from err
    return data if isinstance(data, dict) and isinstance(data.get("files", {}), dict) else {}


def _write_manifest(out_dir: Path, manifest: dict[str, Any]) -> None:
    atomic_write(out_dir / MANIFEST, _json({**manifest, "files": dict(sorted(manifest["files"].items()))}))


def atomic_write(path: Path, content: bytes) -> None:
    """Replace ``path`` with ``content`` at once: readers see the old file or the new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _remove_stale_temporaries(out_dir: Path) -> None:
    """Delete the temporary files an interrupted run of reconcile left (``.NAME.XXXX.tmp`` of its own outputs)."""
    for name in (*OUTPUT_FILES, MANIFEST, *(f"{PREVIOUS}/{n}" for n in KEPT_FILES)):
        path = out_dir / name
        for stale in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
            with contextlib.suppress(OSError):
                stale.unlink()


@contextlib.contextmanager
def _locked(out_dir: Path) -> Iterator[None]:
    """One writer at a time per folder (advisory lock; a no-op where fcntl is missing)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    with open(out_dir / LOCK, "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@functools.lru_cache(maxsize=1)
def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _json(data: Any, indent: int | None = 2) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=indent, default=json_default) + "\n").encode("utf-8")


def json_default(value: Any) -> Any:
    """JSON for the values stages may put in a claim's ``norm`` or ``qualifiers``."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    return str(value)


def _digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def claim_cache(out_dir: Path, name: str) -> bool:
    """List the cache folder ``name`` in ``out_dir``'s manifest as reconcile's own; False if it cannot be."""
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with _locked(out_dir):
            manifest = read_manifest(out_dir)
            if manifest.get("cache") == name:
                return True
            manifest.setdefault("files", {})
            manifest["writer"] = "reconcile"
            manifest["cache"] = name
            _write_manifest(out_dir, manifest)
    except (OSError, ReconcileError):
        return False
    return True
