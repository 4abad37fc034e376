"""Extraction: parse each source and pull out its mentions and claims.

``extract_all`` parses the sources in ``nlp.pipe`` batches, in parallel worker
processes (forked from a process that has loaded the language model and the
gazetteer, or each loading them once) or on a Dask cluster, and takes the
sources an earlier run has already extracted from the output folder's cache.
A few sources left to parse go to one worker process when this process has not
loaded the model, so that it never has to.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reconcile.models import Claim, Mention, Source

if TYPE_CHECKING:
    from reconcile.cache import ExtractionCache

Progress = Callable[[str, int, int], None]
# Below this many sources per worker, starting processes costs more than it saves.
MIN_SOURCES_PER_WORKER = 3
# Texts per nlp.pipe batch, and sources per task sent to a worker process.
BATCH_SIZE = 16
CHUNK = 32


@dataclass
class Extracted:
    source_id: str
    mentions: list[Mention]
    claims: list[Claim]


def extract_source(source: Source, model: str | None = None) -> Extracted:
    """Parse one source and return its entity mentions and claims."""
    return extract_many([source], model)[0]


def extract_many(sources: Sequence[Source], model: str | None = None) -> list[Extracted]:
    """Parse ``sources`` in batches (``nlp.pipe``) and return their mentions and claims, in order.

    Each parse is dropped as soon as its claims are out, so memory does not grow with the batch.
    """
    from reconcile.nlp import load_model

    nlp = load_model(model)
    docs = nlp.pipe((source.text for source in sources), batch_size=BATCH_SIZE)
    return [_claims_of(source, doc) for source, doc in zip(sources, docs, strict=True)]


def _claims_of(source: Source, doc) -> Extracted:
    from reconcile.extract.context import DocContext
    from reconcile.extract.events import extract_events
    from reconcile.extract.quantities import extract_quantities
    from reconcile.extract.quotes import extract_quotes
    from reconcile.extract.roles import extract_roles

    ctx = DocContext(source, doc)
    claims = extract_roles(ctx) + extract_events(ctx) + extract_quantities(ctx) + extract_quotes(ctx)
    claims.sort(key=lambda c: (c.start, c.attribute))
    return Extracted(source.id, ctx.mentions(), claims)


def warm_up(model: str | None = None) -> None:
    """Load the language model and the gazetteer into this process (once)."""
    from reconcile.nlp import load_model
    from reconcile.normalize.places import gazetteer

    load_model(model)
    gazetteer()


def _work(args: tuple[list[Source], str | None]) -> list[Extracted]:
    return extract_many(*args)


def default_jobs() -> int:
    """The machine's cores (those this process may use)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def extract_all(
    sources: Sequence[Source],
    *,
    workers: int = 1,
    engine: str = "processes",
    model: str | None = None,
    progress: Progress | None = None,
    cache: ExtractionCache | None = None,
    scheduler: str | None = None,
) -> list[Extracted]:
    """Extract every source, in order; ``engine`` is "processes" or "dask".

    With a ``cache``, sources extracted by an earlier run (same text, same pipeline version) are taken
    from it and only the others are parsed; their results are added to it.
    """
    total = len(sources)
    found: dict[int, Extracted] = {}
    todo = list(range(total))
    if cache is not None:
        found, todo = cache.split(sources)
        if progress and found:
            progress("extract (cached)", len(found), total)
    pending = [sources[i] for i in todo]

    def keep(n: int, result: Extracted, report: bool = True) -> None:
        """Takes each new result as it comes, so an interrupted run keeps what it parsed."""
        found[todo[n]] = result
        if cache is not None:
            cache.put(pending[n], result)
        if progress and report:
            progress("extract", len(found), total)

    if pending and engine == "dask":
        from reconcile.scale import extract_with_dask

        fresh = extract_with_dask(pending, model=model, workers=workers, scheduler=scheduler,
                                  progress=lambda _stage, done, n: progress and progress(
                                      "extract", total - len(pending) + done, total))
        for n, result in enumerate(fresh):
            keep(n, result, report=False)
    elif pending:
        _extract_local(pending, workers, model, keep)
    return [found[i] for i in range(total)]


def _extract_local(sources: list[Source], workers: int, model: str | None,
                   keep: Callable[[int, Extracted], None]) -> None:
    total = len(sources)
    # Worker processes were asked for, but too few sources to share out (a re-run that finds an article or two
    # new): when this process has not loaded the model, one worker process parses them, loading the model
    # itself. This process then never imports spaCy, so it stays small (its garbage collections and its exit
    # are quicker), and it reads the place index meanwhile.
    asked, workers = workers, max(1, min(workers, total // MIN_SOURCES_PER_WORKER or 1))
    aside = workers == 1 and asked > 1 and not model_loaded()
    n = 0
    if workers == 1 and not aside:
        for start in range(0, total, CHUNK):
            for result in extract_many(sources[start:start + CHUNK], model):
                keep(n, result)
                n += 1
        return
    chunk = max(1, min(CHUNK, -(-total // (workers * 4))))
    chunks = [(sources[i:i + chunk], model) for i in range(0, total, chunk)]
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context(model, preload=not aside),
                             initializer=warm_up, initargs=(model,)) as pool:
        parts = pool.map(_work, chunks)
        if aside:
            from reconcile.normalize.places import gazetteer

            gazetteer()  # needed next, to link the mentions
        for part in parts:
            for result in part:
                keep(n, result)
                n += 1


def model_loaded() -> bool:
    """Whether this process has loaded a language model (it keeps it for the next run)."""
    from reconcile.nlp import load_model

    return load_model.cache_info().currsize > 0


def _context(model: str | None, preload: bool = True):
    """Fork from this process when it is safe (no other threads), with the model already loaded unless not
    ``preload``; else a fork server, which loads the model once and forks the workers from it."""
    import multiprocessing
    import threading

    if os.name != "posix":
        return None
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        if preload:
            warm_up(model)  # the workers inherit the loaded model and gazetteer instead of loading their own
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver")
