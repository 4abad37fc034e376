"""Command line interface: a thin layer over ``reconcile.pipeline`` and friends.

Each command parses its options, calls a plain library function and prints the
result. ``ReconcileError`` becomes an exit code here and nowhere else.
"""

from __future__ import annotations

import os
import sys
from functools import wraps

import click

from reconcile.errors import ReconcileError
from reconcile.models import SEVERITIES, SEVERITY_RANK


def handle_errors(func):
    """Turn ``ReconcileError`` into a one-line message and its exit code."""

    @wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except ReconcileError as err:
            click.echo(f"Error: {err}", err=True)
            sys.exit(err.exit_code)

    return wrapper


out_option = click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, writable=True),
    default="reports",
    show_default=True,
    help="Output folder: report.html, flags.json, CSV exports and the review store live here.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="reconcile")
def main() -> None:
    """Compare several news reports of one story and flag where they disagree.

    reconcile reads the articles, extracts the claims each makes (titles,
    places and dates of events, counts, quotes), links the same people, places
    and events across sources, and flags conflicts with the sentences from
    each source as evidence.

    \b
    Typical use:
      reconcile run sources/ --out reports/
      open reports/report.html
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True))
@out_option
@click.option(
    "-j",
    "--workers",
    type=click.IntRange(1, 64),
    default=min(2, os.cpu_count() or 1),
    show_default="min(2, CPUs)",
    help="Parallel processes for language analysis.",
)
@click.option(
    "--engine",
    type=click.Choice(["processes", "dask"]),
    default="processes",
    show_default=True,
    help="Where extraction runs: local processes, or a Dask cluster (needs reconcile[dask]; "
    "set DASK_SCHEDULER_ADDRESS to use a running scheduler).",
)
@click.option("--model", default=None, help="spaCy pipeline to load (default: the installed English model).")
@click.option(
    "--fail-on",
    type=click.Choice(list(SEVERITIES)),
    default=None,
    help="Exit with status 3 when an open flag at or above this severity remains (for scripts).",
)
@click.option("--force", is_flag=True, help="Overwrite output files in DIR that reconcile did not write itself.")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
@handle_errors
def run(inputs, out_dir, workers, engine, model, fail_on, force, quiet):
    """Analyse INPUTS (files or folders of articles) and write the report into --out.

    Accepts .txt and .md (optional YAML front matter with title, outlet, url,
    published), .html pages, and .json / .jsonl records. Files that cannot be
    read are reported and skipped; the run goes on with the rest.
    """
    from reconcile.pipeline import run as run_pipeline

    progress = None if quiet else _progress_printer()
    analysis = run_pipeline(inputs, out_dir, workers=workers, engine=engine, model=model, progress=progress,
                            force=force)
    for problem in analysis.problems:
        click.echo(f"Skipped {problem.path}: {problem.message}", err=True)
    if not quiet:
        counts: dict[str, int] = {}
        for flag in analysis.flags:
            counts[flag.severity] = counts.get(flag.severity, 0) + 1
        summary = ", ".join(f"{counts[s]} {s}" for s in SEVERITIES if s in counts) or "none"
        click.echo(
            f"{len(analysis.sources)} sources, {len(analysis.claims)} claims, "
            f"{len(analysis.flags)} flags ({summary})"
        )
        click.echo(f"Report: {os.path.join(out_dir, 'report.html')}")
    if fail_on:
        limit = SEVERITY_RANK[fail_on]
        if any(f.status == "open" and SEVERITY_RANK[f.severity] <= limit for f in analysis.flags):
            sys.exit(3)


def _progress_printer():
    def progress(stage: str, done: int, total: int) -> None:
        if total and (done == total or done % max(1, total // 10) == 0):
            click.echo(f"  {stage}: {done}/{total}", err=True)

    return progress


if __name__ == "__main__":  # pragma: no cover
    main()
