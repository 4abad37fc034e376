"""How far two people labelling the same stories agree: the gold files against a second labeller's.

    python benchmarks/agreement.py         # the table
    python benchmarks/agreement.py -v      # and every flag only one labeller listed

A story folder with ``gold.second.yaml`` beside its ``gold.yaml`` was labelled a second time by someone who read
only ``GUIDELINES.md`` and the story's sources, never the first gold file, the code or its output. The table scores
the second file against the first as the harness scores reconcile against the gold: per kind, how many flags each
labeller listed and how many they share. Two flags are the same when they are of one kind and at least two of their
sides (or all, when one has fewer) are the same values, compared as the harness compares them
(``reconcile.evaluate.value_matches``). A high agreement says the gold is what careful readers find; the gap
between reconcile and the gold is then reconcile's, not the labels'.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reconcile.evaluate import GoldFlag, load_stories, value_matches  # noqa: E402

STORIES = ROOT / "tests" / "data" / "stories"
SECOND = "gold.second.yaml"


def same(a: GoldFlag, b: GoldFlag) -> bool:
    if a.kind != b.kind:
        return False
    used: set[int] = set()
    for side in a.sides:
        j = next((i for i, v in enumerate(b.sides) if i not in used and value_matches(side, v, a.kind)), None)
        if j is not None:
            used.add(j)
    return len(used) >= min(len(a.sides), len(b.sides), 2)


def main(verbose: bool) -> None:
    counts: Counter = Counter()
    n = 0
    for story in load_stories(STORIES):
        path = story.path / SECOND
        if not path.is_file():
            continue
        n += 1
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        second = [GoldFlag(f["kind"], [str(s) for s in f.get("sides", [])], str(f.get("note", "")))
                  for f in data.get("flags") or []]
        taken: set[int] = set()
        for a in story.flags:
            j = next((i for i, b in enumerate(second) if i not in taken and same(a, b)), None)
            if j is not None:
                taken.add(j)
                counts["both", a.kind] += 1
            counts["first", a.kind] += 1
        for b in second:
            counts["second", b.kind] += 1
        if verbose:
            lonely = [("first", a) for a in story.flags if not any(same(a, b) for b in second)]
            lonely += [("second", b) for b in second if not any(same(a, b) for a in story.flags)]
            for who, f in lonely:
                print(f"[{story.slug}] only the {who} labeller: {f.kind}: {' | '.join(f.sides)}  ({f.note})")
    print(f"{n} stories labelled twice")
    print(f"  {'kind':18}{'first':>7}{'second':>8}{'both':>6}{'P':>7}{'R':>7}{'F1':>7}")
    kinds = sorted({k for _, k in counts})
    total: Counter = Counter()
    for kind in [*kinds, "OVERALL"]:
        if kind == "OVERALL":
            first, second, both = total["first"], total["second"], total["both"]
        else:
            first, second, both = (counts[w, kind] for w in ("first", "second", "both"))
            total.update(first=first, second=second, both=both)
        p = both / second if second else 0.0
        r = both / first if first else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"  {kind:18}{first:7}{second:8}{both:6}{p:7.2f}{r:7.2f}{f1:7.2f}")


if __name__ == "__main__":
    main("-v" in sys.argv[1:])
