"""Opening the warehouse, a DuckDB file or a DuckLake (``warehouse/lake.py``): for a file, one
writer at a time, waiting politely for another; one run at a time for the whole length of a run."""

from __future__ import annotations

import fcntl
import os
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import cast

import duckdb

from warehouse.lake import Lake, open_lake

_HOLDER = re.compile(r"Conflicting lock is held in (?P<program>.+?) \(PID (?P<pid>\d+)\)")


class WarehouseLocked(Exception):
    """Another process holds the warehouse file; the message names it."""


def describe_holder(error_message: str) -> str:
    match = _HOLDER.search(error_message)
    if not match:
        return "another process"
    return f"process {match['pid']} ({_command_line(int(match['pid'])) or match['program']})"


def _command_line(pid: int) -> str | None:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    return raw.replace(b"\x00", b" ").decode(errors="replace").strip()[:200] or None


def connect(path: Path | Lake, *, read_only: bool = False, wait_s: float = 0.0,
            memory_limit: str | None = None) -> duckdb.DuckDBPyConnection:
    """Open the warehouse ``path``; while another process holds a file, retry for up to ``wait_s`` seconds.

    A lake (``warehouse.lake.Lake``) is never held: readers see its latest committed snapshot and
    writers commit snapshots of their own. ``memory_limit`` caps DuckDB's buffer pool (e.g. "256MB";
    None: DuckDB's default, 80 % of RAM).
    """
    if isinstance(path, Lake):
        if read_only:
            return open_lake(path, read_only=True, memory_limit=memory_limit)
        from warehouse.lake_lock import take_write

        release = take_write(path, wait_s)  # writers take turns (warehouse/lake_lock.py)
        try:
            # A proxy that passes every method through: callers use it as the connection it wraps.
            return cast(duckdb.DuckDBPyConnection, LakeConnection(open_lake(path, memory_limit=memory_limit), release))
        except BaseException:
            release()
            raise
    config: dict[str, str | bool | int | float | list[str]] = {"memory_limit": memory_limit} if memory_limit else {}
    if str(path) != ":memory:":
        path = Path(path)
        if read_only and not path.exists():
            raise FileNotFoundError(f"warehouse {path} does not exist yet; run `solieu run` first")
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_s
    delay = 0.1
    waiting: Path | None = None
    announced = str(path) == ":memory:"
    try:
        while True:
            try:
                return duckdb.connect(str(path), read_only=read_only, config=config)
            except duckdb.IOException as error:
                if "lock" not in str(error).lower():
                    raise
                if time.monotonic() >= deadline:
                    raise WarehouseLocked(
                        f"warehouse {path} is held by {describe_holder(str(error))}; "
                        f"gave up after waiting {wait_s:g} s"
                    ) from None
                if not announced:
                    waiting, announced = _announce_waiting(path), True
                # Short tries: a loader that saw the marker lets go for a moment only.
                delay = min(_pause(deadline, delay), 0.2)
    finally:
        if waiting is not None:
            waiting.unlink(missing_ok=True)


# ---------------------------------------------------------------------------
# Waiting readers. A run loads batch after batch, and parsing overlaps loading, so the next batch
# is ready the moment one is loaded: the gap between the loader's connections was too short for a
# reader retrying every few seconds to hit (a query waited 22 s in a 32 s run). So a process that
# finds the file held leaves a marker beside it, ``<warehouse>.waiting.<pid>``, until it gets in;
# the loader looks for markers after each batch, closes the file when it finds one, and waits for
# the markers to go (the reader got in) before it opens the file again. A reader waits for the
# batch being loaded, never for the run.

def _announce_waiting(path: Path) -> Path | None:
    marker = Path(f"{path}.waiting.{os.getpid()}")
    try:
        marker.touch()
    except OSError:  # a folder we may not write to: wait without a marker, as before
        return None
    return marker


def waiting_processes(path: Path) -> list[int]:
    """Other live processes waiting to open the file ``path`` (markers of dead ones are removed)."""
    found = []
    for marker in Path(path).parent.glob(f"{Path(path).name}.waiting.*"):
        try:
            pid = int(marker.name.rsplit(".", 1)[1])
        except ValueError:
            continue
        if pid == os.getpid():
            continue
        if _alive(pid):
            found.append(pid)
        else:
            marker.unlink(missing_ok=True)
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class LakeConnection:
    """A writing connection to a lake: a DuckDB connection (every method passes through) that lets
    go of the lake's write lock when it is closed."""

    def __init__(self, con: duckdb.DuckDBPyConnection, release):
        self._con, self._release = con, release

    def __getattr__(self, name):
        return getattr(self._con, name)

    def close(self) -> None:
        try:
            self._con.close()
        finally:
            self._release()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """One transaction on ``con``: committed when the block ends, rolled back when it raises."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


class HeldConnection:
    """The loader's connection, kept open across batches for up to ``hold_s`` seconds at a time.

    Opening the file and closing it (which checkpoints it) costs as much as loading a
    small batch (docs/performance.md); but while it is open no other process can read the warehouse.
    So the loader keeps it for a few seconds of batches, then lets go until the next one,
    and at once after a batch when another process is waiting for the file (its marker,
    ``waiting_processes``): then it lets that process in before it opens the file again,
    so a query waits for one batch at most, never the whole run.
    """

    def __init__(self, path: Path | Lake, *, wait_s: float, hold_s: float = 5.0, memory_limit: str | None = None,
                 let_in_s: float = 10.0):
        self.path, self.wait_s, self.hold_s, self.memory_limit = path, wait_s, hold_s, memory_limit
        self.let_in_s = let_in_s  # how long to leave the file to waiting processes before a batch
        self._con: duckdb.DuckDBPyConnection | None = None
        self._opened_at = 0.0

    @contextmanager
    def use(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if self._con is None:
            self._let_waiting_in()
            self._con = connect(self.path, wait_s=self.wait_s, memory_limit=self.memory_limit)
            self._opened_at = time.monotonic()
        try:
            yield self._con
        except BaseException:
            self.close()
            raise
        # Readers never wait for a lake, so its connection (opening one costs 0.3 s) is kept until
        # another writer waits; a file's is let go after ``hold_s`` too, for readers.
        if self._others_waiting() or (not isinstance(self.path, Lake)
                                      and time.monotonic() - self._opened_at >= self.hold_s):
            self.close()

    def _others_waiting(self) -> bool:
        if isinstance(self.path, Lake):
            from warehouse.lake_lock import lock_file, others_waiting_to_write

            if self.path.catalog == "postgres":  # only the holder can tell, through its lock's session
                return self._con is not None and others_waiting_to_write(self.path)
            return bool(waiting_processes(lock_file(self.path, "write")))
        return str(self.path) != ":memory:" and bool(waiting_processes(Path(self.path)))

    def _let_waiting_in(self) -> None:
        """Before opening: while other processes wait for the file (or a SQLite lake's write lock),
        give them the time to get in. A PostgreSQL lock queue lets a waiter in first by itself."""
        deadline = time.monotonic() + self.let_in_s
        while self._others_waiting() and time.monotonic() < deadline:
            time.sleep(0.02)

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None


# ---------------------------------------------------------------------------
# The run lock. DuckDB's own lock lasts only while a connection is open, and a
# run opens one per batch so that analysts can read between batches. Two runs
# could then interleave: both would parse the same new files, and a run could
# not tell a crashed run's 'running' row from a live one. So a run holds an
# advisory lock on a file beside the warehouse for its whole length. The kernel
# drops it when the process dies, even by SIGKILL: it never goes stale.

_held: dict[str, list[int]] = {}  # lock path -> [file descriptor, depth]: re-entrant per process
_guard = threading.Lock()


def run_lock_path(warehouse: Path | Lake) -> Path:
    """The lock file of a DuckDB file, or of a lake with a SQLite catalog (beside the catalog:
    every writer of such a lake is on the machine that holds it)."""
    if isinstance(warehouse, Lake):
        return Path(f"{warehouse.target}.run.lock")
    return Path(f"{warehouse}.run.lock")


@contextmanager
def exclusive_run(warehouse: Path | Lake, *, wait_s: float = 0.0) -> Iterator[None]:
    """Be the only run writing ``warehouse``; wait up to ``wait_s`` s for another run to end."""
    if str(warehouse) == ":memory:":
        yield
        return
    if isinstance(warehouse, Lake):
        from warehouse.lake_lock import exclusive_lake_run

        with exclusive_lake_run(warehouse, wait_s=wait_s):
            yield
        return
    path = run_lock_path(warehouse)
    key = str(path.resolve())
    with _guard:
        if key in _held:
            _held[key][1] += 1
            fd = None
        else:
            fd = acquire_lock_file(path, wait_s, owner=_lock_owner(path), doing="being loaded")
            _held[key] = [fd, 1]
    try:
        yield
    finally:
        with _guard:
            _held[key][1] -= 1
            if _held[key][1] == 0:
                os.close(_held.pop(key)[0])  # closing the descriptor releases the lock


def acquire_lock_file(path: Path, wait_s: float, *, owner: str, doing: str, announce: bool = False) -> int:
    """``flock`` ``path`` (waiting up to ``wait_s`` s) and write our pid into it; returns its descriptor.
    ``announce``: leave a marker (``waiting_processes``) while waiting, for the holder to let us in."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + wait_s
    delay = 0.1
    marker = None
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = _run_lock_holder(fd)
                    os.close(fd)
                    raise WarehouseLocked(
                        f"warehouse {owner} is {doing} by {holder}; gave up after waiting {wait_s:g} s"
                    ) from None
                if announce and marker is None:
                    marker = _announce_waiting(path)
                delay = min(_pause(deadline, delay), 0.2) if announce else _pause(deadline, delay)
    finally:
        if marker is not None:
            marker.unlink(missing_ok=True)
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    return fd


def _lock_owner(path: Path) -> str:
    """The warehouse a run lock file belongs to, as the user named it."""
    return str(path)[:-len('.run.lock')]


def _run_lock_holder(fd: int) -> str:
    try:
        pid = int(os.pread(fd, 32, 0).split()[0])
    except (OSError, ValueError, IndexError):
        return "another run"
    return f"another run, process {pid} ({_command_line(pid) or 'command unknown'})"


def _pause(deadline: float, delay: float) -> float:
    """Wait before the next try, never past ``deadline``; returns the next, doubled delay (at most 2 s)."""
    time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
    return min(delay * 2, 2.0)
