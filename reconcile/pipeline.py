"""The pipeline: load -> extract -> resolve -> align -> compare, as plain functions.

``analyse`` returns an ``Analysis`` (usable from Python and notebooks);
``run`` also writes the report and exports into an output folder.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reconcile.errors import NothingToDo
from reconcile.models import Analysis, LoadProblem, Source

if TYPE_CHECKING:
    from reconcile.cache import ExtractionCache

Progress = Callable[[str, int, int], None]


def analyse(
    inputs: Iterable[str | Path] | Sequence[Source],
    *,
    workers: int = 1,
    engine: str = "processes",
    model: str | None = None,
    progress: Progress | None = None,
    scheduler: str | None = None,
    one_story: bool = False,
    cache: ExtractionCache | None = None,
    stats: dict | None = None,
) -> Analysis:
    """Read the sources, extract their claims, link them and flag the discrepancies.

    ``workers`` processes parse the texts (or a Dask cluster with ``engine="dask"``, at ``scheduler``
    when given). A batch that mixes stories is grouped into stories first and each story's claims are
    compared only with each other; ``one_story`` treats every source as one story. ``cache`` keeps
    each source's extraction for the next run. ``stats``, when given, receives each stage's seconds
    (``stats["seconds"]``), the peak memory so far after it (``stats["peak_mb"]``) and the number of
    candidate pairs compared (``stats["pairs"]``).
    """
    from reconcile.align import align
    from reconcile.compare import compare
    from reconcile.extract import Standby, extract_all
    from reconcile.extract.currencies import settle_shared_names
    from reconcile.figure_scopes import scope_by_agreement
    from reconcile.figure_sides import score_sides
    from reconcile.load import load_sources
    from reconcile.resolve import resolve
    from reconcile.stories import one_story as single_story
    from reconcile.stories import stories

    clock = _Clock(stats)
    # A worker process that loads the model while the sources and the cache are read, in case a few sources
    # need parsing; stopped when more or none do.
    standby = Standby.begin(workers, engine, model)
    try:
        items = list(inputs)
        problems: list[LoadProblem] = []
        if items and all(isinstance(i, Source) for i in items):
            sources: list[Source] = items  # type: ignore[assignment]
        else:
            sources, problems = load_sources(items)  # type: ignore[arg-type]
        if not sources:
            detail = "; ".join(f"{p.path}: {p.message}" for p in problems) or "no input files were found"
            raise NothingToDo(f"no source could be read ({detail})")
        clock("load")
        extracted = extract_all(sources, workers=workers, engine=engine, model=model, progress=progress,
                                cache=cache, scheduler=scheduler, standby=standby)
    finally:
        if standby is not None:
            standby.close()
    clock("extract")
    mentions = [m for doc in extracted for m in doc.mentions]
    claims = [c for doc in extracted for c in doc.claims]
    del extracted
    entities, claims, mentions = resolve(sources, mentions, claims)
    clock("resolve")
    story_of = single_story(sources) if one_story else stories(sources, entities)
    claims = score_sides(scope_by_agreement(settle_shared_names(claims, story_of), story_of), mentions)
    clock("stories")
    groups = align(sources, claims, story_of, pairs=clock.pairs)
    clock("align")
    flags = compare(sources, groups, entities, story_of, pairs=clock.pairs)
    clock("compare")
    return Analysis(sources=sources, problems=problems, claims=claims, entities=entities, flags=flags,
                    mentions=mentions, stories=story_of)


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

    @cached_property
    def flags(self) -> Any:  # pandas.DataFrame, built on first use
        return self.analysis.flags_frame()

    @cached_property
    def claims(self) -> Any:  # pandas.DataFrame, built on first use
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
    scheduler: str | None = None,
    one_story: bool = False,
    cache: bool = True,
    stats: dict | None = None,
) -> Result:
    """Analyse the sources and write report.html, flags.json, CSVs and sources.json into ``out_dir``.

    With ``cache`` (the default), each source's extraction is kept in ``out_dir/.reconcile-cache`` and
    a re-run parses only the sources that are new or changed. Returns a ``Result``: ``result.flags`` and
    ``result.claims`` are DataFrames, ``result.flag_objects`` the flags themselves.
    """
    from reconcile.cache import ExtractionCache
    from reconcile.output import write_outputs

    store = ExtractionCache.in_output(Path(out_dir), model) if cache else None
    analysis = analyse(inputs, workers=workers, engine=engine, model=model, progress=progress, scheduler=scheduler,
                       one_story=one_story, cache=store, stats=stats)
    clock = _Clock(stats)
    write_outputs(analysis, Path(out_dir), force=force)
    clock("write")
    return Result(analysis=analysis, out_dir=Path(out_dir))


class _Clock:
    """Records each stage's seconds and the peak memory after it into ``stats`` (nothing when None)."""

    def __init__(self, stats: dict | None):
        self.stats = stats
        self.pairs: dict[str, int] | None = None
        if stats is not None:
            for name in ("seconds", "peak_mb", "pairs"):
                stats.setdefault(name, {})
            self.pairs = stats["pairs"]
        self.last = time.perf_counter()

    def __call__(self, stage: str) -> None:
        now = time.perf_counter()
        if self.stats is not None:
            seconds = self.stats["seconds"]
            seconds[stage] = seconds.get(stage, 0.0) + now - self.last
            self.stats["peak_mb"][stage] = peak_memory_mb()
        self.last = now


def peak_memory_mb() -> dict[str, float]:
    """Peak resident memory so far, in MB: of this process, and of the largest finished child process."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return {}
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / 1024 / 1024  # kB on Linux, bytes on macOS
    return {"self": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale,
            "children": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale}
