"""Parse and check batches on several cores or a Dask cluster; load them in inbox order.

The warehouse has a single writer: workers only turn raw bytes into rows
(``flows.prepare.prepare_batch`` is pure), and the one loader in the main process
consumes their results in the order the batches were read. At most
``window`` batches are in flight, so memory stays flat however large the inbox.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing import get_context
from typing import Any, Protocol

from flows.settings import Settings


class _Future(Protocol):
    def result(self) -> Any: ...


def in_order(submit: Callable[[Any], _Future], items: Iterable[Any], window: int) -> Iterator[Any]:
    """Results of ``submit(item)`` for every item, in item order, with at most ``window`` pending."""
    pending: deque[_Future] = deque()
    for item in items:
        pending.append(submit(item))
        if len(pending) >= max(window, 1):
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def then_release(results: Iterable[Any], release: Callable[[], None]) -> Iterator[Any]:
    """``results``, then ``release()`` once the consumer has taken the last one.

    The run goes on after its last batch is parsed: the loader finishes, the failure reports
    are written. Idle worker processes would hold their memory all that while, when the
    run's memory peaks.
    """
    yield from results
    release()


def window_for(settings: Settings) -> int:
    # Two batches per worker: one being parsed, one waiting, so no worker idles
    # while the loader writes.
    return 2 * max(settings.workers, 1)


def _local_pool(settings: Settings) -> ProcessPoolExecutor:
    # spawn, not fork: the caller may run threads (Prefect, progress), which fork does not copy safely.
    return ProcessPoolExecutor(max_workers=settings.workers, mp_context=get_context("spawn"))


@contextmanager
def local_prepare(settings: Settings, prepare: Callable):
    """``prepare`` over batches on ``settings.workers`` local processes (in-process when 1)."""
    if settings.workers <= 1:
        yield lambda batches: map(prepare, batches)
        return
    with _local_pool(settings) as pool:
        yield lambda batches: then_release(
            in_order(lambda raws: pool.submit(prepare, raws), batches, window_for(settings)), pool.shutdown)


@contextmanager
def parse_stage(settings: Settings, parse_task, parse_in_pool_task) -> Iterator[Callable[[Iterable], Iterator]]:
    """The flow's parse stage: batches in, prepared batches out in order, one Prefect task run each.

    On a Dask cluster when one is configured (``DaskTaskRunner``: the task runs on a worker).
    Else on local processes: ``parse_in_pool_task(raws, pool)`` runs in a thread of the flow and
    waits for a plain worker process of ``pool``. Prefect's ProcessPoolTaskRunner would do the
    same work, but each of its workers imports Prefect and reports every task's states itself:
    more memory and start-up per worker (docs/performance.md). Call it inside a flow run.
    """
    from prefect.task_runners import ThreadPoolTaskRunner
    from prefect.utilities.annotations import quote  # parameters Prefect need not walk (flows/ingest.py)

    if settings.dask_address:
        from prefect_dask import DaskTaskRunner

        with _api_url_for_workers(), DaskTaskRunner(address=settings.dask_address) as runner:
            window = 2 * _dask_workers(runner, settings)
            # Not quoted: on prefect-dask the task received tuples, not RawDocuments (tests/test_dask.py).
            yield lambda batches: in_order(lambda raws: runner.submit(parse_task, {"raws": raws}), batches, window)
    elif settings.workers > 1:
        window = window_for(settings)
        threads: ThreadPoolTaskRunner[Any]
        with _local_pool(settings) as pool, ThreadPoolTaskRunner(max_workers=window) as threads:
            yield lambda batches: then_release(in_order(
                lambda raws: threads.submit(parse_in_pool_task, {"raws": quote(raws), "pool": quote(pool)}), batches, window),
                pool.shutdown)
    else:
        single: ThreadPoolTaskRunner[Any]
        with ThreadPoolTaskRunner(max_workers=1) as single:
            yield lambda batches: in_order(lambda raws: single.submit(parse_task, {"raws": quote(raws)}), batches, 1)


@contextmanager
def _api_url_for_workers():
    """Point worker processes at this run's API. Without ``PREFECT_API_URL`` the API is a temporary
    server that only this process knows of, and each worker would start a server of its own."""
    from prefect.context import FlowRunContext
    from prefect.settings import PREFECT_API_URL, temporary_settings

    context = FlowRunContext.get()
    if PREFECT_API_URL.value() or context is None:
        yield
        return
    with temporary_settings({PREFECT_API_URL: str(context.client.api_url)}):
        yield


def _dask_workers(runner, settings: Settings) -> int:
    try:
        return max(sum(runner.client.nthreads().values()), 1)
    except Exception:  # another prefect-dask version without ``client``: count local cores instead
        return max(settings.workers, 1)
