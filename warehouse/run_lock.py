"""One run at a time per warehouse file, whoever started it.

DuckDB's own file lock is taken only while a batch is written, so two runs on
the same file (a scheduled run and a `solieu run`, or two deployments) could
interleave their batches. The deployment's concurrency limit only covers runs
of one deployment on one Prefect server, so the whole run also holds an
advisory lock (``flock``) on a file beside the warehouse. The kernel drops it
when the process dies, so a killed run never leaves it held (a Prefect
concurrency lease would stay taken until it expired).
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from warehouse.connection import WarehouseLocked, _command_line


def lock_path(warehouse: Path) -> Path:
    return warehouse.with_name(warehouse.name + ".run-lock")


@contextmanager
def run_lock(warehouse: Path, *, wait_s: float) -> Iterator[None]:
    """Hold the run lock of ``warehouse``; wait up to ``wait_s`` seconds for another run to finish."""
    if str(warehouse) == ":memory:":
        yield
        return
    path = lock_path(Path(warehouse))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _acquire(fd, path, Path(warehouse), wait_s)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _acquire(fd: int, path: Path, warehouse: Path, wait_s: float) -> None:
    deadline = time.monotonic() + wait_s
    delay = 0.1
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise WarehouseLocked(
                    f"warehouse {warehouse} is being loaded by another solieu run ({_holder(path)}); "
                    f"gave up after waiting {wait_s:g} s"
                ) from None
            time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
            delay = min(delay * 2, 2.0)


def _holder(path: Path) -> str:
    try:
        pid = int(path.read_text().strip())
    except (OSError, ValueError):
        return "another process"
    command = " ".join((_command_line(pid) or "").split())  # one line, whatever the command line
    return f"process {pid}" + (f": {command}" if command else "")


def close_interrupted_runs(warehouse: Path, *, wait_s: float) -> list[int]:
    """Mark runs still ``running`` as failed; call it holding the run lock.

    Holding the lock means no other run on this warehouse is going, so such a
    row is left by a process that was killed before it could record its end
    (SIGKILL, power loss, a second signal while it was cleaning up).
    """
    from datetime import datetime

    from warehouse.connection import connect

    if str(warehouse) == ":memory:" or not Path(warehouse).exists():
        return []
    with connect(warehouse, wait_s=wait_s) as con:
        if not con.execute("SELECT count(*) FROM information_schema.tables "
                           "WHERE table_name = 'runs'").fetchone()[0]:
            return []
        rows = con.execute(
            "UPDATE runs SET status = 'failed', message = coalesce(message, ?) "
            "WHERE status = 'running' RETURNING run_id",
            [f"interrupted: its process ended before the run finished (found {datetime.now():%Y-%m-%d %H:%M})"],
        ).fetchall()
    return sorted(run_id for (run_id,) in rows)
