"""Parse and check batches on several cores or a Dask cluster; load them in inbox order.

The warehouse has a single writer: workers only turn raw bytes into rows
(``pipeline.prepare_batch`` is pure), and the one loader in the main process
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


def window_for(settings: Settings) -> int:
    # Two batches per worker: one being parsed, one waiting, so no worker idles
    # while the loader writes.
    return 2 * max(settings.workers, 1)


@contextmanager
def local_prepare(settings: Settings, prepare: Callable):
    """``prepare`` over batches on ``settings.workers`` local processes (in-process when 1)."""
    if settings.workers <= 1:
        yield lambda batches: map(prepare, batches)
        return
    # spawn, not fork: the caller may run threads (Prefect, progress), which fork does not copy safely.
    with ProcessPoolExecutor(max_workers=settings.workers, mp_context=get_context("spawn")) as pool:
        yield lambda batches: in_order(lambda raws: pool.submit(prepare, raws), batches, window_for(settings))


@contextmanager
def task_runner_for(settings: Settings):
    """The started Prefect task runner for the parse stage: a Dask cluster when one is configured,
    else local processes. Call it inside a flow run."""
    if settings.dask_address:
        from prefect_dask import DaskTaskRunner

        runner = DaskTaskRunner(address=settings.dask_address)
    elif settings.workers > 1:
        from prefect.task_runners import ProcessPoolTaskRunner

        runner = ProcessPoolTaskRunner(max_workers=settings.workers)
    else:
        from prefect.task_runners import ThreadPoolTaskRunner

        runner = ThreadPoolTaskRunner(max_workers=1)
    with _api_url_for_workers(), runner:
        yield runner


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


def submitting(runner, task, settings: Settings) -> Callable[[Iterable], Iterator]:
    """``task`` over batches through a started Prefect task runner: one task run per batch."""
    window = window_for(settings) if not settings.dask_address else 2 * _dask_workers(runner, settings)
    return lambda batches: in_order(lambda raws: runner.submit(task, {"raws": raws}), batches, window)


def _dask_workers(runner, settings: Settings) -> int:
    try:
        return max(sum(runner.client.nthreads().values()), 1)
    except Exception:  # another prefect-dask version without ``client``: count local cores instead
        return max(settings.workers, 1)
