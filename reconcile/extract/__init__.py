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
    from reconcile.nlp import load_model, unwrap_lines

    nlp = load_model(model)
    docs = nlp.pipe((unwrap_lines(source.text) for source in sources), batch_size=BATCH_SIZE)
    return [_claims_of(source, doc) for source, doc in zip(sources, docs, strict=True)]


def _claims_of(source: Source, doc) -> Extracted:
    from reconcile.extract.context import DocContext
    from reconcile.extract.events import extract_events
    from reconcile.extract.quantities import extract_quantities
    from reconcile.extract.quotes import extract_quotes
    from reconcile.extract.roles import extract_roles
    from reconcile.extract.series import extract_series

    ctx = DocContext(source, doc)
    claims = (extract_roles(ctx) + extract_events(ctx) + extract_quantities(ctx) + extract_quotes(ctx)
              + extract_series(ctx))
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
    standby: Standby | None = None,
) -> list[Extracted]:
    """Extract every source, in order; ``engine`` is "processes" or "dask".

    With a ``cache``, sources extracted by an earlier run (same text, same pipeline version) are taken
    from it and only the others are parsed; their results are added to it. A ``standby`` worker (see
    ``Standby``) parses the few sources left, if that is all there is to parse; the caller stops it.
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
        _extract_local(pending, workers, model, keep, standby)
    return [found[i] for i in range(total)]


def _extract_local(sources: list[Source], workers: int, model: str | None,
                   keep: Callable[[int, Extracted], None], standby: Standby | None = None) -> None:
    total = len(sources)
    # Worker processes were asked for, but too few sources to share out (a re-run that finds an article or two
    # new): when this process has not loaded the model, one worker process parses them, loading the model
    # itself (the standby has been loading it since the run began). This process then never imports spaCy, so
    # it stays small (its garbage collections and its exit are quicker), and it reads the place index meanwhile.
    asked, workers = workers, max(1, min(workers, total // MIN_SOURCES_PER_WORKER or 1))
    aside = workers == 1 and asked > 1 and not model_loaded()
    n = 0
    if aside and standby is not None and standby.start(sources):
        from reconcile.normalize.places import gazetteer

        gazetteer()  # needed next, to link the mentions
        for result in standby.results():
            keep(n, result)
            n += 1
        return
    if standby is not None:
        standby.close()  # not needed: its memory is better spent on the workers
    if workers == 1 and not aside:
        for start in range(0, total, CHUNK):
            for result in extract_many(sources[start:start + CHUNK], model):
                keep(n, result)
                n += 1
        return
    chunk = max(1, min(CHUNK, -(-total // (workers * 4))))
    chunks = [(sources[i:i + chunk], model) for i in range(0, total, chunk)]
    with ProcessPoolExecutor(max_workers=workers, mp_context=worker_context(model, preload=not aside),
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


def _fork_is_safe() -> bool:
    import multiprocessing
    import threading

    return os.name == "posix" and threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()


class Standby:
    """A worker process that loads the model while this process reads the sources and the cache.

    Started when a run begins (``Standby.begin``) if worker processes are asked for and this process has not
    loaded the model. When only a few sources turn out to need parsing (a re-run after an article or two
    arrived), it parses them, its model already loaded or on the way; otherwise it is stopped.
    """

    def __init__(self, model: str | None):
        import multiprocessing

        context = multiprocessing.get_context("fork")
        self._conn, theirs = context.Pipe()
        self._process = context.Process(target=_standby, args=(theirs, model), daemon=True,
                                        name="reconcile-standby")
        self._process.start()
        theirs.close()

    @classmethod
    def begin(cls, workers: int, engine: str, model: str | None) -> Standby | None:
        """A standby worker, when one may help this run: else None."""
        if engine != "processes" or workers < 2 or model_loaded() or not _fork_is_safe():
            return None
        try:
            return cls(model)
        except OSError:  # no process could be started: the run goes on without
            return None

    def start(self, sources: list[Source]) -> bool:
        """Hand ``sources`` to the worker; False when it is gone (the caller parses them another way)."""
        try:
            self._conn.send(sources)
        except (OSError, ValueError):
            self.close()
            return False
        return True

    def results(self) -> list[Extracted]:
        """The worker's results for the sources handed to it, in order; raises what it raised."""
        try:
            found, error = self._conn.recv()
        except (EOFError, OSError):  # its end closed, or reset with the sources unread
            self._process.join(5)
            raise RuntimeError("the worker process that parses the sources stopped "
                               f"(exit code {self._process.exitcode})") from None
        finally:
            self.close()
        if error is not None:
            raise error
        return found

    def close(self) -> None:
        """Stop the worker, whatever it is doing (its results, if any, are in), and wait for it."""
        if self._process.is_alive():
            self._process.kill()  # it holds nothing that needs tidying: the main process keeps the results
        self._conn.close()
        self._process.join()


def _standby(conn, model: str | None) -> None:
    """The standby worker: load the model and the gazetteer, then parse the sources it is sent, once."""
    error = None
    try:
        warm_up(model)
    except Exception as err:  # sent back with the sources' results, raised in the main process
        error = err
    try:
        sources = conn.recv()
    except EOFError:  # not needed after all
        return
    try:
        conn.send(([], error) if error is not None else (extract_many(sources, model), None))
    except Exception as err:
        conn.send(([], err))


def worker_context(model: str | None, preload: bool = True):
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
