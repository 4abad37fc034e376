"""Extraction: parse each source and pull out its mentions and claims.

``extract_all`` runs ``extract_source`` over the sources, in parallel worker
processes (each loads the language model once) or on a Dask cluster.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from reconcile.models import Claim, Mention, Source

Progress = Callable[[str, int, int], None]
# Below this many sources per worker, starting processes costs more than it saves.
MIN_SOURCES_PER_WORKER = 3


@dataclass
class Extracted:
    source_id: str
    mentions: list[Mention]
    claims: list[Claim]


def extract_source(source: Source, model: str | None = None) -> Extracted:
    """Parse one source and return its entity mentions and claims."""
    from reconcile.extract.context import DocContext
    from reconcile.extract.events import extract_events
    from reconcile.extract.quantities import extract_quantities
    from reconcile.extract.quotes import extract_quotes
    from reconcile.extract.roles import extract_roles
    from reconcile.nlp import load_model

    nlp = load_model(model)
    ctx = DocContext(source, nlp(source.text))
    claims = extract_roles(ctx) + extract_events(ctx) + extract_quantities(ctx) + extract_quotes(ctx)
    claims.sort(key=lambda c: (c.start, c.attribute))
    return Extracted(source.id, ctx.mentions(), claims)


def _init_worker(model: str | None) -> None:
    from reconcile.nlp import load_model
    from reconcile.normalize.places import gazetteer

    load_model(model)
    gazetteer()


def _work(args: tuple[Source, str | None]) -> Extracted:
    return extract_source(*args)


def extract_all(
    sources: Sequence[Source],
    *,
    workers: int = 1,
    engine: str = "processes",
    model: str | None = None,
    progress: Progress | None = None,
) -> list[Extracted]:
    """Extract every source, in order; ``engine`` is "processes" or "dask"."""
    total = len(sources)
    if engine == "dask":
        from reconcile.scale import extract_with_dask

        return extract_with_dask(sources, model=model, workers=workers, progress=progress)
    workers = max(1, min(workers, total // MIN_SOURCES_PER_WORKER or 1))
    results: list[Extracted] = []
    if workers == 1:
        for i, source in enumerate(sources, 1):
            results.append(extract_source(source, model))
            if progress:
                progress("extract", i, total)
        return results
    ctx = None
    if os.name == "posix":
        import multiprocessing

        ctx = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                             initargs=(model,)) as pool:
        chunk = max(1, total // (workers * 8))
        for i, result in enumerate(pool.map(_work, [(s, model) for s in sources], chunksize=chunk), 1):
            results.append(result)
            if progress:
                progress("extract", i, total)
    return results
