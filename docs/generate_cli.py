"""Write docs/cli.md from the commands' own --help, so the reference never drifts from the code.

    python docs/generate_cli.py          # rewrite docs/cli.md
    python docs/generate_cli.py --check  # exit 1 if docs/cli.md is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from click.testing import CliRunner  # noqa: E402

from reconcile.cli import main  # noqa: E402

TARGET = ROOT / "docs" / "cli.md"


def render() -> str:
    runner = CliRunner()
    parts = ["# Command reference", "",
             "Generated from the commands' own `--help` by `python docs/generate_cli.py`; a test keeps it current."]
    for name in [None, *sorted(main.commands)]:
        args = [name, "--help"] if name else ["--help"]
        result = runner.invoke(main, args, prog_name="reconcile", terminal_width=100)
        parts += ["", f"## reconcile {name}" if name else "## reconcile", "", "```", result.output.rstrip(), "```"]
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    text = render()
    if "--check" in sys.argv:
        sys.exit(0 if TARGET.exists() and TARGET.read_text(encoding="utf-8") == text else 1)
    TARGET.write_text(text, encoding="utf-8")
