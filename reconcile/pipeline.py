"""The pipeline: load -> extract -> resolve -> align -> compare, as plain functions.

``analyse`` returns an ``Analysis`` (usable from Python and notebooks);
``run`` also writes the report and exports into an output folder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


@dataclass(frozen=True)
class Result:
    """What ``run`` returns: the analysis, as DataFrames and as objects, and where it was written.

    ``flags`` and ``claims`` are pandas DataFrames (the rows of flags.csv and
    claims.csv); ``flag_objects`` are the ``Flag`` objects themselves, with their
    claims and evidence; ``analysis`` holds everything else (sources, entities,
    load problems).
    """

    analysis: Analysis
    out_dir: Path

    @property
    def flags(self) -> Any:  # pandas.DataFrame
        return self.analysis.flags_frame()

    @property
    def claims(self) -> Any:  # pandas.DataFrame
        return self.analysis.claims_frame()

    @property
    def flag_objects(self) -> list:
        return list(self.analysis.flags)

    @property
    def sources(self) -> list[Source]:
        return list(self.analysis.sources)

    @property
    def problems(self) -> list[LoadProblem]:
        return list(self.analysis.problems)

    @property
    def report(self) -> Path:
        return self.out_dir / "report.html"


def run(
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    *,
    workers: int = 1,
    engine: str = "processes",
    model: str | None = None,
    progress: Progress | None = None,
    force: bool = False,
) -> Result:
    """Analyse the sources and write report.html, flags.json, CSVs and sources.json into ``out_dir``.

    Returns a ``Result``: ``result.flags`` and ``result.claims`` are DataFrames,
    ``result.flag_objects`` the flags themselves.
    """
    from reconcile.output import write_outputs

    analysis = analyse(inputs, workers=workers, engine=engine, model=model, progress=progress)
    write_outputs(analysis, Path(out_dir), force=force)
    return Result(analysis=analysis, out_dir=Path(out_dir))
