"""The whole reconcile job against a bare spaCy ``nlp.pipe``, on benchmark corpora of several sizes.

    python benchmarks/run.py                             # 100 and 400 sources, 2 repeats
    python benchmarks/run.py --sizes 100,400,1000 --repeat 3 --jobs 2
    python benchmarks/run.py --sizes 10000 --repeat 1 --no-bare --no-incremental
    python benchmarks/run.py --sizes 400 --engine dask --scheduler tcp://127.0.0.1:8786

For each size it writes a corpus with ``make_corpus.py`` (several stories, 300 to 1,500 words an
article), then, each in a fresh process:

- **bare**: ``spacy.load`` of the same model with its default components and ``nlp.pipe`` over the
  same texts, one process; the time of ``nlp.pipe`` alone is the reference;
- **job**: ``reconcile run`` into an empty output folder (the whole job: start-up, reading, parsing and
  extraction, linking, comparing, writing the report and exports), with the seconds and peak memory of
  each stage and the candidate pairs compared;
- **re-run**: one source added to the corpus and the job run again into the same output folder (the
  extraction cache is in it).

It prints the figures (median and range over ``--repeat`` runs) and asserts nothing. Peak memory is the
resident set of the main process and of the largest worker process (``getrusage``); their sum with
``--jobs`` workers is an upper bound of the job's total, since the workers share the model's pages.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

BARE = r"""
import json, resource, sys, time
from reconcile.load import load_sources
from reconcile.nlp import DEFAULT_MODELS
import spacy
texts = [s.text for s in load_sources([sys.argv[1]])[0]]
t0 = time.perf_counter()
for name in DEFAULT_MODELS:
    try:
        nlp = spacy.load(name)
        break
    except OSError:
        continue
t1 = time.perf_counter()
words = 0
for doc in nlp.pipe(texts):
    words += len(doc)
t2 = time.perf_counter()
print(json.dumps({"load": t1 - t0, "pipe": t2 - t1, "tokens": words, "texts": len(texts),
                  "pipes": nlp.pipe_names,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

JOB = r"""
import json, sys, time
from reconcile.pipeline import peak_memory_mb, run
args = json.loads(sys.argv[1])
stats = {}
analysis = run([args["corpus"]], args["out"], workers=args["jobs"], engine=args["engine"],
               scheduler=args["scheduler"], stats=stats, cache=args["cache"]).analysis
stats["sources"] = len(analysis.sources)
stats["claims"] = len(analysis.claims)
stats["flags"] = len(analysis.flags)
stats["stories"] = len(set(analysis.stories.values()))
stats["peak"] = peak_memory_mb()
print(json.dumps(stats))
"""


def _python(code: str, *args: str) -> tuple[float, dict]:
    """Run ``code`` in a fresh interpreter; return its wall time and the JSON it printed last."""
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    wall = time.perf_counter() - t
    if done.returncode != 0:
        raise SystemExit(f"benchmark step failed:\n{done.stderr[-3000:]}")
    return wall, json.loads(done.stdout.strip().splitlines()[-1])


def bare(corpus: Path) -> dict:
    wall, result = _python(BARE, str(corpus))
    result["wall"] = wall
    return result


def job(corpus: Path, out: Path, jobs: int, engine: str, scheduler: str | None, cache: bool = True) -> dict:
    spec = {"corpus": str(corpus), "out": str(out), "jobs": jobs, "engine": engine, "scheduler": scheduler,
            "cache": cache}
    wall, result = _python(JOB, json.dumps(spec))
    result["wall"] = wall
    return result


def add_one_source(corpus: Path, size: int, seed: int) -> Path:
    """Copy into ``corpus`` the article a corpus of ``size + 1`` sources has beyond the first ``size``."""
    from make_corpus import make_corpus

    with tempfile.TemporaryDirectory(prefix="reconcile-bench-more-") as tmp:
        make_corpus(size + 1, Path(tmp), seed)
        extra = sorted(set(os.listdir(tmp)) - set(os.listdir(corpus)))
        if len(extra) != 1:
            raise SystemExit(f"expected one new article, got {extra}")
        shutil.copy(Path(tmp) / extra[0], corpus / extra[0])
        return corpus / extra[0]


def spread(values: list[float], fmt: str = "{:.1f}") -> str:
    if len(values) == 1:
        return fmt.format(values[0])
    return f"{fmt.format(statistics.median(values))} ({fmt.format(min(values))}-{fmt.format(max(values))})"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,400", help="comma-separated corpus sizes (default: 100,400)")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each measurement (default: 2)")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: the machine's cores)")
    parser.add_argument("--engine", choices=("processes", "dask"), default="processes")
    parser.add_argument("--scheduler", default=None, help="Dask scheduler address, with --engine dask")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default: 1)")
    parser.add_argument("--workdir", type=Path, default=None, help="where corpora and outputs go (default: temp)")
    parser.add_argument("--no-bare", dest="bare", action="store_false", help="skip the bare nlp.pipe runs")
    parser.add_argument("--no-incremental", dest="incremental", action="store_false",
                        help="skip the re-run after adding one source")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]

    from make_corpus import make_corpus

    from reconcile.extract import default_jobs

    jobs = args.jobs or default_jobs()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="reconcile-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} CPUs, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
          f"jobs: {jobs}; engine: {args.engine}; repeats: {args.repeat}; work folder: {work}")
    summary = {}
    for size in sizes:
        corpus = work / f"corpus-{size}"
        if corpus.exists():
            shutil.rmtree(corpus)
        make_corpus(size, corpus, args.seed)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in corpus.iterdir())
        print(f"\n== {size} sources ({words} words) ==")
        bares = [bare(corpus) for _ in range(args.repeat)] if args.bare else []
        if bares:
            print(f"bare nlp.pipe ({', '.join(bares[0]['pipes'])}), one process: "
                  f"pipe {spread([b['pipe'] for b in bares])} s, model load {spread([b['load'] for b in bares])} s, "
                  f"peak {spread([b['peak_mb'] for b in bares], '{:.0f}')} MB")
        runs, reruns = [], []
        for r in range(args.repeat):
            out = work / f"out-{size}-{r}"
            if out.exists():
                shutil.rmtree(out)
            runs.append(job(corpus, out, jobs, args.engine, args.scheduler))
            if args.incremental:
                added = add_one_source(corpus, size, args.seed)
                reruns.append(job(corpus, out, jobs, args.engine, args.scheduler))
                added.unlink()
        first = runs[0]
        print(f"job: {first['sources']} sources in {first['stories']} stories, {first['claims']} claims, "
              f"{first['flags']} flags; candidate pairs compared: "
              + ", ".join(f"{k} {v}" for k, v in sorted(first["pairs"].items())))
        print(f"{'stage':<10} {'seconds':>22} {'peak MB (main)':>16} {'peak MB (largest worker)':>26}")
        for stage in first["seconds"]:
            print(f"{stage:<10} {spread([x['seconds'][stage] for x in runs], '{:.2f}'):>22} "
                  f"{spread([x['peak_mb'][stage]['self'] for x in runs], '{:.0f}'):>16} "
                  f"{spread([x['peak_mb'][stage]['children'] for x in runs], '{:.0f}'):>26}")
        walls = [x["wall"] for x in runs]
        print(f"{'whole job':<10} {spread(walls, '{:.2f}'):>22}   (wall time of the process, start-up included)")
        peak_total = [x["peak"]["self"] + jobs * x["peak"]["children"] for x in runs]
        print(f"peak memory, main + {jobs} x largest worker (upper bound): {spread(peak_total, '{:.0f}')} MB")
        row = {"walls": walls}
        if bares:
            pipe = statistics.median(b["pipe"] for b in bares)
            print(f"ratio to bare nlp.pipe: {spread([w / pipe for w in walls], '{:.2f}')}  "
                  f"(job wall / median bare pipe {pipe:.1f} s; with its model load: "
                  f"{spread([w / (pipe + statistics.median(b['load'] for b in bares)) for w in walls], '{:.2f}')})")
            row["ratio"] = [w / pipe for w in walls]
        if reruns:
            re_walls = [x["wall"] for x in reruns]
            print(f"re-run after adding one source: {spread(re_walls, '{:.2f}')} s = "
                  f"{spread([b / a * 100 for a, b in zip(walls, re_walls, strict=True)], '{:.1f}')}% of the first run; "
                  f"stages: " + ", ".join(f"{k} {statistics.median(x['seconds'][k] for x in reruns):.2f}"
                                          for k in reruns[0]["seconds"]))
        summary[size] = row
    if len(sizes) > 1:
        print()
        base = sizes[0]
        for size in sizes[1:]:
            a, b = summary[base]["walls"], summary[size]["walls"]
            ratios = [y / x for x in a for y in b]
            print(f"{size} sources take {spread(ratios, '{:.2f}')}x the time of {base} "
                  f"(linear: {size / base:.1f}x)")


if __name__ == "__main__":
    main()
