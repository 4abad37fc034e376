"""Flag precision, recall and F1 per kind, and entity-cluster quality, on the labelled development set.

    python benchmarks/accuracy.py                  # both splits, with every miss and false alarm
    python benchmarks/accuracy.py --split heldout
    python benchmarks/accuracy.py --no-errors      # tables only

The same as ``reconcile eval tests/data/stories``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reconcile.cli import main  # noqa: E402

if __name__ == "__main__":
    main(["eval", str(ROOT / "tests" / "data" / "stories"), *sys.argv[1:]])
