"""Speed of the pipeline on N synthetic copies of a sources folder.

    python benchmarks/speed.py                      # 20 copies of sources/, 1 and 2 workers
    python benchmarks/speed.py --copies 50 --workers 1,2,4 --engine dask

Prints figures, asserts nothing: sources per second, claims and flags, and the
seconds spent in each stage (load, extract, resolve+align, compare).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def make_corpus(source_dir: Path, copies: int, out: Path) -> int:
    """Write ``copies`` copies of every file in ``source_dir`` into ``out`` under new names."""
    from reconcile.load import iter_files

    files = list(iter_files([source_dir]))
    if not files:
        raise SystemExit(f"no readable files in {source_dir}")
    for i in range(copies):
        for f in files:
            shutil.copy(f, out / f"copy{i:03d}_{f.name}")
    return copies * len(files)


def run_once(folder: Path, workers: int, engine: str) -> dict:
    """One pipeline run with a clock around each stage."""
    from reconcile.align import align
    from reconcile.compare import compare
    from reconcile.extract import extract_all
    from reconcile.load import load_sources
    from reconcile.resolve import resolve

    times: dict[str, float] = {}
    t0 = time.perf_counter()
    sources, problems = load_sources([folder])
    t1 = time.perf_counter()
    extracted = extract_all(sources, workers=workers, engine=engine)
    t2 = time.perf_counter()
    mentions = [m for doc in extracted for m in doc.mentions]
    claims = [c for doc in extracted for c in doc.claims]
    entities, claims, mentions = resolve(sources, mentions, claims)
    groups = align(sources, claims)
    t3 = time.perf_counter()
    flags = compare(sources, groups, entities)
    t4 = time.perf_counter()
    times = {"load": t1 - t0, "extract": t2 - t1, "resolve+align": t3 - t2, "compare": t4 - t3, "total": t4 - t0}
    return {"sources": len(sources), "problems": len(problems), "claims": len(claims), "flags": len(flags),
            "times": times}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=Path, default=REPO / "sources", help="folder to copy (default: sources/)")
    parser.add_argument("--copies", type=int, default=20, help="copies of the folder (default: 20)")
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts (default: 1,2)")
    parser.add_argument("--engine", choices=("processes", "dask"), default="processes")
    args = parser.parse_args(argv)
    worker_counts = [int(w) for w in args.workers.split(",") if w.strip()]

    from reconcile.nlp import load_model
    from reconcile.normalize.places import gazetteer

    t = time.perf_counter()
    load_model()
    gazetteer()
    warmup = time.perf_counter() - t

    with tempfile.TemporaryDirectory(prefix="reconcile-speed-") as tmp:
        folder = Path(tmp)
        n = make_corpus(args.sources, args.copies, folder)
        print(f"corpus: {args.copies} copies of {args.sources} = {n} files "
              f"({sum(p.stat().st_size for p in folder.iterdir()) / 1024:.0f} KiB)")
        print(f"machine: {platform.python_implementation()} {platform.python_version()}, "
              f"{os.cpu_count()} CPUs; engine: {args.engine}")
        print(f"model and gazetteer load in this process (not counted below): {warmup:.2f} s")
        print()
        header = (f"{'workers':>7} {'sources':>7} {'claims':>6} {'flags':>5} {'load s':>7} {'extract s':>9} "
                  f"{'resolve+align s':>15} {'compare s':>9} {'total s':>7} {'sources/s':>9} {'claims/s':>8}")
        print(header)
        print("-" * len(header))
        for workers in worker_counts:
            r = run_once(folder, workers, args.engine)
            tm = r["times"]
            print(f"{workers:>7} {r['sources']:>7} {r['claims']:>6} {r['flags']:>5} {tm['load']:>7.3f} "
                  f"{tm['extract']:>9.2f} {tm['resolve+align']:>15.2f} {tm['compare']:>9.2f} {tm['total']:>7.2f} "
                  f"{r['sources'] / tm['total']:>9.2f} {r['claims'] / tm['total']:>8.1f}")
    print()
    print("extract with more than one worker includes starting the worker processes, each of which loads the model.")


if __name__ == "__main__":
    main()
