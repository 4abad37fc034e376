"""Sources, claims and flags (by kind) for each labelled story, and for the demo articles.

    python benchmarks/story_counts.py                 # the tune split and sources/
    python benchmarks/story_counts.py --split all

Held-out stories are skipped unless asked for: their figures are meant to be read only in summary
(``reconcile eval --no-errors``). Prints a Markdown table; asserts nothing.
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

from reconcile.evaluate import load_stories
from reconcile.pipeline import analyse

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["tune", "heldout", "all"], default="tune")
    parser.add_argument("--stories", type=Path, default=ROOT / "tests" / "data" / "stories")
    args = parser.parse_args()
    rows = [("sources/ (demo)", ROOT / "sources")]
    rows += [(s.slug, s.sources_dir) for s in load_stories(args.stories) if args.split in ("all", s.split)]
    print("| story | sources | claims | flags | flags by kind |")
    print("| --- | --- | --- | --- | --- |")
    for name, folder in rows:
        analysis = analyse([folder])
        kinds = collections.Counter(f.kind for f in analysis.flags)
        by_kind = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        print(f"| {name} | {len(analysis.sources)} | {len(analysis.claims)} | {len(analysis.flags)} | {by_kind} |",
              flush=True)


if __name__ == "__main__":
    main()
