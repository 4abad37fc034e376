"""The documentation shows what the commands really do."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from reconcile.cli import main

ROOT = Path(__file__).resolve().parent.parent


def _generator():
    spec = importlib.util.spec_from_file_location("generate_cli", ROOT / "docs" / "generate_cli.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cli_reference_is_current():
    generator = _generator()
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == generator.render(), (
        "docs/cli.md is out of date: run python docs/generate_cli.py"
    )


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in main.commands.items():
        assert command.help and len(command.help.split()) > 5, name
        assert f"reconcile {name}" in readme, f"README does not show reconcile {name}"


def _commands(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip().startswith("python3 -m venv")]


def test_ci_runs_exactly_the_readmes_second_command():
    readme = _commands((ROOT / "README.md").read_text(encoding="utf-8"))
    ci = _commands((ROOT / ".ci" / "run").read_text(encoding="utf-8"))
    assert len(readme) >= 2 and ci == [readme[1]]
    # both install the language model from the hash-pinned lock file before anything else
    for command in readme[:2]:
        assert "--require-hashes -r model.lock" in command
        assert command.index("-r model.lock") < command.index(" -e ")
    assert "--hash=sha256:" in (ROOT / "model.lock").read_text(encoding="utf-8")
