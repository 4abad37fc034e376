"""Command line interface: a thin layer over ``reconcile.pipeline`` and friends.

Each command parses its options, calls a plain library function and prints the
result. ``ReconcileError`` becomes an exit code here and nowhere else.
"""

from __future__ import annotations

import os
import sys
from functools import wraps

import click

from reconcile.errors import ReconcileError, UsageError
from reconcile.models import SEVERITIES, SEVERITY_RANK, STATUSES


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
@click.argument("inputs", nargs=-1, type=click.Path(exists=True))
@click.option("--url", "urls", multiple=True, metavar="URL",
              help="A web page to read as a source (repeatable). A .txt file that lists only addresses, one a "
              "line, is read the same way.")
@out_option
@click.option(
    "-j",
    "--jobs",
    "--workers",
    "workers",
    type=click.IntRange(1, 256),
    default=None,
    show_default="the machine's cores",
    help="Parallel processes for language analysis (--workers is the same option).",
)
@click.option(
    "--engine",
    type=click.Choice(["processes", "dask"]),
    default="processes",
    show_default=True,
    help="Where extraction runs: local processes, or Dask (needs reconcile[dask]): a local Dask pool, or "
    "the cluster at --scheduler.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Address of a running Dask scheduler (tcp://host:8786) for --engine dask; default: "
    "$DASK_SCHEDULER_ADDRESS.",
)
@click.option(
    "--one-story",
    is_flag=True,
    help="Treat all INPUTS as one story; by default a batch of 10 or more sources is grouped into stories "
    "first and each story's flags are compared separately.",
)
@click.option(
    "--cache/--no-cache",
    default=True,
    show_default=True,
    help="Keep each source's extraction in DIR/.reconcile-cache, so a re-run parses only new or changed "
    "sources.",
)
@click.option("--model", default=None, help="spaCy pipeline to load (default: the installed English model).")
@click.option(
    "--fail-on",
    type=click.Choice(list(SEVERITIES)),
    default=None,
    help="Exit with status 3 when an open flag at or above this severity remains (for scripts).",
)
@click.option("--force", is_flag=True,
              help="Write into DIR even though it holds files reconcile did not write (they stay; one that an "
              "output would replace is copied to DIR/previous/ first).")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
@handle_errors
def run(inputs, urls, out_dir, workers, engine, scheduler, one_story, cache, model, fail_on, force, quiet):
    """Analyse INPUTS (the articles of a story: files or folders) and write the report into --out.

    Accepts .txt and .md (optional YAML front matter with title, outlet, url,
    published), .html pages, .json / .jsonl records, and web pages (--url, or
    a .txt file listing addresses). Files that cannot be read are reported
    and skipped; the run goes on with the rest.
    """
    from reconcile.extract import default_jobs
    from reconcile.pipeline import run as run_pipeline

    if not inputs and not urls:
        raise UsageError("give the articles to compare: files, folders or --url URL (see reconcile run --help)")
    if scheduler and engine != "dask":
        raise UsageError("--scheduler is the address of a Dask scheduler: use it with --engine dask")
    progress = None if quiet else _progress_printer()
    analysis = run_pipeline([*inputs, *urls], out_dir, workers=workers or default_jobs(), engine=engine,
                            model=model, progress=progress, force=force, scheduler=scheduler, one_story=one_story,
                            cache=cache).analysis
    for problem in analysis.problems:
        _print_problem(problem)
    if not quiet:
        counts: dict[str, int] = {}
        for flag in analysis.flags:
            counts[flag.severity] = counts.get(flag.severity, 0) + 1
        summary = ", ".join(f"{counts[s]} {s}" for s in SEVERITIES if s in counts) or "none"
        stories = len(set(analysis.stories.values()))
        click.echo(
            f"{len(analysis.sources)} sources"
            + (f" in {stories} stories" if stories > 1 else "")
            + f", {len(analysis.claims)} claims, {len(analysis.flags)} flags ({summary})"
        )
        click.echo(f"Report: {os.path.join(out_dir, 'report.html')}")
    if fail_on:
        limit = SEVERITY_RANK[fail_on]
        if any(f.status == "open" and SEVERITY_RANK[f.severity] <= limit for f in analysis.flags):
            sys.exit(3)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--kind", "kinds", multiple=True,
              type=click.Choice(["role", "event", "quantity", "quote", "attribution"]),
              help="Only claims of this kind (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="Output format, on standard output.")
@click.option("--width", type=click.IntRange(20, 400), default=60, show_default=True,
              help="Table only: cut longer values and sentences to this many characters.")
@click.option("--model", default=None, help="spaCy pipeline to load (default: the installed English model).")
@click.option(
    "-j",
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Parallel processes for language analysis.",
)
@handle_errors
def claims(inputs, kinds, fmt, width, model, workers):
    """Print the claims extracted from INPUTS, one row per claim, without writing a report.

    For checking what reconcile reads in an article: who holds which title,
    where and when each event is placed, counts, quotes and attributions, with
    the source, the value as written, its normalised form and the sentence.

    \b
    reconcile claims sources/
    reconcile claims article.md --kind event --format csv > events.csv
    """
    from reconcile.pipeline import analyse

    analysis = analyse(inputs, workers=workers, model=model)
    for problem in analysis.problems:
        click.echo(f"Skipped {problem.path}: {problem.message}", err=True)
    frame = analysis.claims_frame()
    if kinds:
        frame = frame[frame["kind"].isin(kinds)]
    if fmt == "csv":
        click.echo(frame.to_csv(index=False), nl=False)
        return
    if fmt == "json":
        click.echo(frame.to_json(orient="records", force_ascii=False, indent=2))
        return
    if frame.empty:
        click.echo("No claims found.")
        return
    columns = ["source_id", "kind", "subject", "attribute", "value", "norm", "sentence"]
    rows = [[_cut(" ".join(str(v).split()), width) for v in row] for row in frame[columns].itertuples(index=False)]
    widths = [max(len(col), *(len(r[i]) for r in rows)) for i, col in enumerate(columns)]
    for row in [columns, ["-" * w for w in widths], *rows]:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
    click.echo(f"\n{len(rows)} claims from {len(analysis.sources)} sources")


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"


@main.command()
@click.argument("flag_id", required=False)
@click.option("--status", type=click.Choice(STATUSES), help="The decision on FLAG_ID.")
@click.option("--note", default=None, help="Why; replaces the earlier note (omit to keep it, \"\" to clear it).")
@click.option("--by", "reviewer", default=None, help="Who decided.")
@click.option("--list", "list_all", is_flag=True, help="List every decision; those whose flag is gone are marked.")
@click.option("--history", is_flag=True, help="Show every change, of FLAG_ID or of all flags.")
@click.option("--force", is_flag=True, help="Record a decision on an id that flags.json does not list.")
@out_option
@handle_errors
def review(flag_id, status, note, reviewer, list_all, history, force, out_dir):
    """Record a reviewer's decision on a flag, or list the decisions.

    FLAG_ID is the id shown on the flag's card and in flags.json (a unique
    start of it is enough). Decisions live in DIR/reviews.sqlite, survive
    re-runs, and show in report.html at once.

    \b
    reconcile review 3f2a9c01b7de --status confirmed --note "ministry confirms" --by ana --out reports
    reconcile review --list --out reports
    """
    from reconcile.review import list_decisions, open_store, record_decision

    if list_all:
        rows = list_decisions(out_dir)
        if not rows:
            click.echo(f"No decisions yet in {os.path.join(out_dir, 'reviews.sqlite')}.")
        for decision, gone in rows:
            mark = " (gone)" if gone else ""
            click.echo(f"{decision.flag_id}  {decision.status:<9}  {decision.updated_at}  "
                       f"{decision.reviewer or '-'}  {decision.subject or '-'}{mark}")
            if decision.note:
                click.echo(f"    {decision.note}")
        return
    if history:
        store = open_store(out_dir)
        if store is None:
            click.echo(f"No decisions yet in {os.path.join(out_dir, 'reviews.sqlite')}.")
            return
        for change in store.history(flag_id):
            was = f" (was {change.previous_status})" if change.previous_status else ""
            click.echo(f"{change.at}  {change.flag_id}  {change.status}{was}  {change.reviewer or '-'}"
                       + (f"  {change.note}" if change.note else ""))
        return
    if not flag_id or not status:
        raise UsageError("give FLAG_ID and --status (or --list, or --history); see reconcile review --help")
    decision = record_decision(out_dir, flag_id, status, note=note, by=reviewer, force=force,
                               warn=lambda message: click.echo(f"Warning: {message}", err=True))
    click.echo(f"{decision.flag_id}: {decision.status}" + (f" ({decision.note})" if decision.note else ""))


@main.command()
@out_option
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help="Port on 127.0.0.1 (0 picks a free one).")
@click.option("-q", "--quiet", is_flag=True, help="Do not log requests.")
@handle_errors
def serve(out_dir, port, quiet):
    """Serve the report in DIR with buttons to confirm, dismiss or follow up each flag.

    Listens on 127.0.0.1 only. Decisions go to DIR/reviews.sqlite, the same
    store as `reconcile review`, and report.html is redrawn with them.
    """
    from reconcile.serve import make_server

    server = make_server(out_dir, port, quiet=quiet)
    click.echo(f"Serving the report of {out_dir} at {server.url}  (Ctrl+C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@main.command(name="eval")
@click.argument("stories", type=click.Path(exists=True, file_okay=False), default="tests/data/stories")
@click.option("--split", type=click.Choice(["tune", "heldout", "all"]), default="all", show_default=True,
              help="Which stories to score.")
@click.option("--errors/--no-errors", default=True, show_default=True,
              help="List every miss and false alarm with its evidence (of tune stories only; see "
                   "--heldout-errors).")
@click.option("--heldout-errors", is_flag=True,
              help="Also list the errors of held-out stories. Whoever reads them can no longer treat those "
                   "stories as unseen.")
@click.option("--story", "only", multiple=True, metavar="TEXT",
              help="Score only stories whose folder name starts with TEXT (repeatable).")
@click.option("-j", "--jobs", "workers", type=click.IntRange(1, 256), default=None,
              show_default="the machine's cores",
              help="Stories analysed at once, each in its own process. The figures do not depend on it.")
@handle_errors
def evaluate(stories, split, errors, heldout_errors, only, workers):
    """Score flags against labelled STORIES: precision, recall and F1 per flag kind, and entity clusters.

    STORIES holds one folder per story with story.yaml, sources/ and gold.yaml
    (see tests/data/stories/GUIDELINES.md).
    """
    from reconcile.evaluate import format_errors, format_summary, load_stories, run_stories, summarise
    from reconcile.extract import default_jobs

    loaded = load_stories(stories)
    if not loaded:
        raise UsageError(f"{stories}: no story folders with a gold.yaml")
    if only:
        loaded = [s for s in loaded if s.slug.startswith(only)]
        if not loaded:
            raise UsageError(f"{stories}: no story folder name starts with {' or '.join(only)}")
    results_all = []
    for name in (["tune", "heldout"] if split == "all" else [split]):
        chosen = [s for s in loaded if s.split == name]
        if chosen:
            results = run_stories(chosen, workers=workers or default_jobs())
            results_all.extend(results)
            click.echo(format_summary(summarise(name, results)) + "\n")
    if errors:
        shown = [r for r in results_all if r.story.split != "heldout" or heldout_errors]
        click.echo(format_errors(shown))
        hidden = len(results_all) - len(shown)
        if hidden:
            click.echo(f"({hidden} held-out stories scored; their errors are not listed: --heldout-errors)")


def _print_problem(problem) -> None:
    """Name a file that was skipped (or read with a caveat) on stderr."""
    click.echo(f"{'Skipped' if problem.skipped else 'Note:'} {problem.path}: {problem.message}", err=True)


def _progress_printer():
    shown: dict[str, int] = {}

    def progress(stage: str, done: int, total: int) -> None:
        step = max(1, total // 10)
        if total and (done == total or done // step > shown.get(stage, -1) // step):
            shown[stage] = done
            click.echo(f"  {stage}: {done}/{total}", err=True)

    return progress


if __name__ == "__main__":  # pragma: no cover
    main()
