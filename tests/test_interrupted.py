"""A run killed half way (SIGKILL, as a crash or a closed laptop would) loses nothing.

Real `reconcile run` processes on a folder that already holds a report and a
reviewer's decisions: the earlier report stays byte for byte (or, killed while
writing, every file is whole: the old one or the new one), no temporary file
is left in the way, the review store is intact, and the next run works
without --force.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import reconcile
from reconcile.review import ReviewStore

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "sources"

pytestmark = pytest.mark.skipif(not SOURCES.is_dir(), reason="the demo sources/ folder is missing")


@pytest.fixture
def earlier(tmp_path):
    """A folder of articles, and an output folder with a first run's report and one reviewed flag."""
    folder = tmp_path / "story"
    folder.mkdir()
    for seed in SOURCES.glob("*.txt"):
        shutil.copy(seed, folder)
    out = tmp_path / "reports"
    result = reconcile.run([folder], out, workers=1)
    flag = result.flag_objects[0]
    ReviewStore.in_folder(out).set(flag.id, "confirmed", note="checked with the ministry", by="ana")
    # The next run has more to read (copies of the same reports), so there is time to interrupt it.
    # Each copy differs from the others, so none comes from the extraction cache.
    for i in range(5):
        seed = sorted(SOURCES.glob("*.txt"))[i % 2]
        text = seed.read_text(encoding="utf-8") + f"\nThis copy was saved as number {i + 1}.\n"
        (folder / f"copy-{i}-{seed.name}").write_text(text, encoding="utf-8")
    return folder, out, flag.id


def snapshot(out: Path) -> dict[str, bytes]:
    """Every file of the output folder but the lock and the extraction cache (whose entries a killed run may
    add: each is written whole, and one that is not is ignored and rebuilt)."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name != ".reconcile.lock" and ".reconcile-cache" not in p.relative_to(out).parts}


def start(folder: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "reconcile.cli", "run", str(folder), "--out", str(out), "-j", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ,
                                                                                    "PYTHONUNBUFFERED": "1"})


def decisions(out: Path) -> dict[str, tuple[str, str]]:
    conn = sqlite3.connect(out / "reviews.sqlite")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
    return {fid: (d.status, d.note) for fid, d in ReviewStore.in_folder(out).all().items()}


def rerun_works(folder: Path, out: Path, flag_id: str) -> None:
    done = subprocess.run([sys.executable, "-m", "reconcile.cli", "run", str(folder), "--out", str(out), "-q",
                           "-j", "1"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr  # no --force needed: nothing left in the way
    flags = json.loads((out / "flags.json").read_text(encoding="utf-8"))
    assert decisions(out)[flag_id] == ("confirmed", "checked with the ministry")
    assert [f["status"] for f in flags if f["id"] == flag_id] == ["confirmed"]
    assert not [p for p in out.rglob("*.tmp")]


def test_a_run_killed_during_extraction_leaves_the_earlier_report_intact(earlier):
    folder, out, flag_id = earlier
    reviewed = decisions(out)
    before = snapshot(out)
    proc = start(folder, out)
    line = b""
    while b"extract" not in line:  # the run has loaded the sources and is reading them (or their cache)
        line = proc.stderr.readline()
        assert line or proc.poll() is None, "the run ended before it started extracting"
    progress = line.decode().strip()
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    done, total = map(int, progress.rsplit(": ", 1)[1].split("/"))
    assert done < total, "killed after extraction had finished"

    assert snapshot(out) == before  # every file byte for byte, and no new file (no temporary either)
    assert decisions(out) == reviewed
    rerun_works(folder, out, flag_id)


def test_a_run_killed_while_writing_leaves_only_whole_files(earlier):
    """Killed as soon as the run announces its writes (the manifest lists them as pending)."""
    folder, out, flag_id = earlier
    reviewed = decisions(out)
    before = snapshot(out)
    manifest = out / ".reconcile-manifest.json"
    written_at = manifest.stat().st_mtime_ns
    proc = start(folder, out)
    caught = False
    while proc.poll() is None:
        try:
            changed = manifest.stat().st_mtime_ns != written_at
        except FileNotFoundError:  # replaced at this very moment
            continue
        if changed and '"pending"' in manifest.read_text(encoding="utf-8", errors="replace"):
            proc.send_signal(signal.SIGKILL)
            caught = True
            break
        time.sleep(0.0005)
    proc.wait(timeout=60)
    proc.stderr.close()
    if not caught:
        pytest.skip("the run finished writing before it could be interrupted")

    after = snapshot(out)
    record = json.loads(after[".reconcile-manifest.json"])
    for name, content in after.items():
        if name == ".reconcile-manifest.json" or name.startswith("reviews.sqlite") or name.endswith(".tmp"):
            continue  # a temporary file of the killed run is removed by the next one (checked below)
        entry = record["files"].get(name, {})
        whole = {entry.get("sha256"), entry.get("pending")}
        assert hashlib.sha256(content).hexdigest() in whole, f"{name} is neither the old file nor the new one"
        if name == "report.html":
            assert content.rstrip().endswith(b"</html>")
    if after["report.html"] != before["report.html"]:  # the new report was written: the old one is kept
        assert after["previous/report.html"] == before["report.html"]
    assert decisions(out) == reviewed
    rerun_works(folder, out, flag_id)
