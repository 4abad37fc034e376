"""The pipeline: load -> extract -> resolve -> align -> compare, as plain functions.

``analyse`` returns an ``Analysis`` (usable from Python and notebooks);
``run`` also writes the report and exports into an output folder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from reconcile.errors import NothingToDo
from reconcile.models import Analysis, LoadProblem, Source

Progress = Callable[[str, int, int], None]


def analyse(
    inputs: Iterable[str | Path] | Sequence[Source],
    *,
    workers: int = 1,
    engine: str = "processes",
    model: str | None = None,
    progress: Progress | None = None,
) -> Analysis:
    """Read the sources, extract their claims, link them and flag the discrepancies."""
    from reconcile.align import align
    from reconcile.compare import compare
    from reconcile.extract import extract_all
    from reconcile.load import load_sources
    from reconcile.resolve import resolve
    from reconcile.stories import stories

    items = list(inputs)
    problems: list[LoadProblem] = []
    if items and all(isinstance(i, Source) for i in items):
        sources: list[Source] = items  # type: ignore[assignment]
    else:
        sources, problems = load_sources(items)  # type: ignore[arg-type]
    if not sources:
        detail = "; ".join(f"{p.path}: {p.message}" for p in problems) or "no input files were found"
        raise NothingToDo(f"no source could be read ({detail})")
    extracted = extract_all(sources, workers=workers, engine=engine, model=model, progress=progress)
    mentions = [m for doc in extracted for m in doc.mentions]
    claims = [c for doc in extracted for c in doc.claims]
    entities, claims, mentions = resolve(sources, mentions, claims)
    groups = align(sources, claims, stories(sources, entities))
    flags = compare(sources, groups, entities)
    return Analysis(sources=sources, problems=problems, claims=claims, entities=entities, flags=flags,
                    mentions=mentions)


def run(
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    *,
    workers: int = 1,
    engine: str = "processes",
    model: str | None = None,
    progress: Progress | None = None,
    force: bool = False,
) -> Analysis:
    """Analyse the sources and write report.html, flags.json, CSVs and sources.json into ``out_dir``."""
    from reconcile.output import write_outputs

    analysis = analyse(inputs, workers=workers, engine=engine, model=model, progress=progress)
    write_outputs(analysis, Path(out_dir), force=force)
    return analysis
