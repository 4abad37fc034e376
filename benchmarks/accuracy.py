"""Flag precision, recall and F1 per kind, and entity-cluster quality, on the labelled development set.

    python benchmarks/accuracy.py                 # both splits, with every miss and false alarm
    python benchmarks/accuracy.py --split heldout
    python benchmarks/accuracy.py --quiet         # tables only
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reconcile.evaluate import format_errors, format_summary, load_stories, run_stories, summarise  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", default=str(ROOT / "tests" / "data" / "stories"))
    parser.add_argument("--split", choices=["tune", "heldout", "all"], default="all")
    parser.add_argument("--story", action="append", help="only these story folders (by name)")
    parser.add_argument("--quiet", action="store_true", help="print the tables only")
    args = parser.parse_args()
    stories = load_stories(args.stories)
    if args.story:
        stories = [s for s in stories if s.slug in args.story]
    splits = ["tune", "heldout"] if args.split == "all" else [args.split]
    all_results = []
    for split in splits:
        chosen = [s for s in stories if s.split == split]
        if not chosen:
            continue
        results = run_stories(chosen)
        all_results.extend(results)
        print(format_summary(summarise(split, results)))
        print()
    if not args.quiet:
        print(format_errors(all_results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
