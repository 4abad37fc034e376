"""Extraction on Dask: the same per-source work as ``extract_all``, on a local or remote cluster.

Locally the sources go into a ``dask.bag`` computed on the "processes"
scheduler with ``workers`` processes; given a scheduler address (``--scheduler``,
or the environment variable ``DASK_SCHEDULER_ADDRESS``) they go to that
``distributed`` scheduler instead. Each worker process loads the language model once
(``reconcile.nlp.load_model`` is cached per process) and results come back
in the order of the sources.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from reconcile.errors import ReconcileError
from reconcile.models import Source

if TYPE_CHECKING:
    from reconcile.extract import Extracted

Progress = Callable[[str, int, int], None]
SCHEDULER_ENV = "DASK_SCHEDULER_ADDRESS"
# Partitions per worker: enough to balance uneven articles, few enough to keep task overhead low.
PARTITIONS_PER_WORKER = 4


def _require_dask():
    try:
        import dask.bag as bag
    except ImportError as err:
        raise ReconcileError(
            f"the dask engine needs Dask, which is not installed ({err}); "
            "install reconcile[dask] (pip install 'reconcile[dask]') or use the default engine"
        ) from None
    return bag


def _extract_partition(sources: list[Source], model: str | None) -> list[Extracted]:
    from reconcile.extract import extract_many

    return extract_many(list(sources), model)


def extract_with_dask(
    sources: Sequence[Source],
    *,
    model: str | None = None,
    workers: int = 1,
    progress: Progress | None = None,
    scheduler: str | None = None,
) -> list[Extracted]:
    """Extract every source with Dask; the result list follows the order of ``sources``.

    ``scheduler`` is the address of a ``distributed`` scheduler (default: ``DASK_SCHEDULER_ADDRESS``);
    without one, a local process pool of ``workers`` processes runs the tasks.
    """
    bag = _require_dask()
    items = list(sources)
    total = len(items)
    if total == 0:
        return []
    workers = max(1, workers)
    address = (scheduler or os.environ.get(SCHEDULER_ENV, "")).strip()


    def partitioned(cores: int) -> list:
        partitions = max(1, min(total, cores * PARTITIONS_PER_WORKER))
        return bag.from_sequence(items, npartitions=partitions).map_partitions(_extract_partition, model).to_delayed()

    if address:
        chunks = _on_cluster(address, partitioned, total, progress)
    else:
        parts = partitioned(workers)
        import dask

        chunks = dask.compute(*parts, scheduler="processes", num_workers=workers, chunksize=1)
        if progress:
            done = 0
            for chunk in chunks:
                done += len(chunk)
                progress("extract", done, total)
    results = [doc for chunk in chunks for doc in chunk]
    if [doc.source_id for doc in results] != [s.id for s in items]:
        raise ReconcileError("the dask engine returned results out of order or incomplete")
    return results


def _on_cluster(address: str, partitioned: Callable[[int], list], total: int,
                progress: Progress | None) -> list[list[Extracted]]:
    """Compute the partitions on the distributed scheduler at ``address`` (as many as its worker threads
    can balance), reporting progress as they finish."""
    try:
        from distributed import Client, as_completed
    except ImportError as err:
        raise ReconcileError(
            f"a Dask scheduler address is given but dask.distributed is not installed ({err}); install reconcile[dask]"
        ) from None
    try:
        client = Client(address, timeout=30, set_as_default=False)
    except (OSError, TimeoutError) as err:
        raise ReconcileError(f"cannot connect to the Dask scheduler at {address}: {err}") from None
    try:
        cores = sum(client.nthreads().values()) or 1
        futures = client.compute(partitioned(cores))
        if progress:
            done = 0
            for future in as_completed(futures, loop=client.loop):
                done += len(future.result())
                progress("extract", done, total)
        return client.gather(futures)
    finally:
        client.close()
