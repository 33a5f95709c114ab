"""Locks of a lake: the run lock (one run at a time, for the whole run) and the write lock (one
writing connection at a time: writers take turns, as on a DuckDB file; readers take no lock).

Why a write lock: DuckLake detects conflicting commits rather than waiting. Two transactions that
both write a table, one inserting and one updating (a run loading failures while a reviewer decides
one), cannot both commit: the second fails (PostgreSQL catalog: "Transaction conflict"; SQLite
catalog: "database is locked", even for two inserts). A run failing because someone reviewed is
not acceptable, so writers take turns: a writing connection holds the write lock while it is open.
The loader lets go of it after a batch when another process waits for it
(``warehouse.connection.HeldConnection``), so a reviewer waits for one batch at most.

Where the locks live:
- a SQLite catalog: every writer is on the machine that holds the file, so ``flock`` on
  ``<catalog>.run.lock`` / ``<catalog>.write.lock``, and a waiting process leaves the marker
  ``<catalog>.write.lock.waiting.<pid>``, as for a DuckDB file;
- a PostgreSQL catalog: writers may be on several machines, so a PostgreSQL advisory lock in the
  catalog's database, held in a transaction of a session of our own (DuckDB's postgres extension
  keeps one server session per transaction) and released when that transaction ends or the server
  sees the connection drop (the process died, even by SIGKILL): it never goes stale. The session's
  ``application_name`` names the holder; a waiter blocks on the lock, so the holder sees it waiting
  in ``pg_locks``.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from warehouse.lake import Lake, extension_file

_KEYS = {"run": "hashtext('solieu run lock')", "write": "hashtext('solieu write lock')"}
_DOING = {"run": "being loaded", "write": "being written"}
_held: dict[tuple[str, str], list] = {}  # (lake, kind) -> [release, depth, pg session or None]
_guard = threading.Lock()


@contextmanager
def exclusive_lake_run(lake: Lake, *, wait_s: float = 0.0) -> Iterator[None]:
    with _holding(lake, "run", wait_s):
        yield


@contextmanager
def exclusive_write(lake: Lake, *, wait_s: float = 0.0) -> Iterator[None]:
    with _holding(lake, "write", wait_s):
        yield


def take_write(lake: Lake, wait_s: float) -> Callable[[], None]:
    """Take the write lock (re-entrant in a process); returns the function that lets go of it once."""
    key = (str(lake), "write")
    _enter(lake, "write", wait_s)
    released = False

    def release() -> None:
        nonlocal released
        if not released:
            released = True
            _leave(key)

    return release


@contextmanager
def _holding(lake: Lake, kind: str, wait_s: float) -> Iterator[None]:
    _enter(lake, kind, wait_s)
    try:
        yield
    finally:
        _leave((str(lake), kind))


def _enter(lake: Lake, kind: str, wait_s: float) -> None:
    key = (str(lake), kind)
    with _guard:
        if key in _held:
            _held[key][1] += 1
            return
    # Outside the guard: waiting must not stop another thread from letting go of another lock.
    if lake.catalog == "sqlite":
        release, session = _flock(lake, kind, wait_s), None
    else:
        session = _advisory(lake, kind, wait_s)
        release = session.close  # ends the transaction: the lock goes with it
    with _guard:
        if key in _held:  # another thread of ours took it meanwhile (cannot: flock would have waited)
            release()
            _held[key][1] += 1
        else:
            _held[key] = [release, 1, session]


def _leave(key: tuple[str, str]) -> None:
    with _guard:
        _held[key][1] -= 1
        if _held[key][1] == 0:
            _held.pop(key)[0]()


def others_waiting_to_write(lake: Lake) -> bool:
    """Whether another process waits for the write lock this process holds."""
    if lake.catalog == "sqlite":
        from warehouse.connection import waiting_processes

        return bool(waiting_processes(lock_file(lake, "write")))
    held = _held.get((str(lake), "write"))
    if held is None:
        return False
    return bool(held[2].execute(
        "SELECT * FROM postgres_query('lake_lock', 'SELECT count(*) FROM pg_locks WHERE locktype = ''advisory'' "
        f"AND NOT granted AND objid::bigint = ({_sql(_KEYS['write'])})::bigint & 4294967295')").fetchall()[0][0])


def lock_file(lake: Lake, kind: str) -> Path:
    return Path(f"{lake.target}.{kind}.lock")


# --- SQLite catalog: a lock file ---------------------------------------------------------------

def _flock(lake: Lake, kind: str, wait_s: float) -> Callable[[], None]:
    from warehouse.connection import acquire_lock_file

    fd = acquire_lock_file(lock_file(lake, kind), wait_s, owner=str(lake), doing=_DOING[kind],
                           announce=kind == "write")
    return lambda: os.close(fd)


# --- PostgreSQL catalog: an advisory lock ----------------------------------------------------

def _advisory(lake: Lake, kind: str, wait_s: float) -> duckdb.DuckDBPyConnection:
    from warehouse.connection import WarehouseLocked

    me = f"solieu {'run' if kind == 'run' else 'writer'}, process {os.getpid()} on {socket.gethostname()}"
    con = duckdb.connect(":memory:")
    try:
        con.execute(f"LOAD '{extension_file('postgres')}'")
        con.execute(f"ATTACH '{_sql(f'{lake.target} application_name={chr(39)}{me}{chr(39)}')}' "
                    "AS lake_lock (TYPE postgres)")
        deadline = time.monotonic() + wait_s
        while True:
            con.execute("BEGIN TRANSACTION")
            # Blocking for at most a second at a time: while it blocks, the holder sees a waiter.
            left = max(0.0, min(1.0, deadline - time.monotonic()))
            if left > 0.001:
                con.execute(f"CALL postgres_execute('lake_lock', 'SET LOCAL lock_timeout = ''{int(left * 1000)}ms''')")
                try:
                    con.execute("SELECT * FROM postgres_query('lake_lock', "
                                f"'SELECT pg_advisory_xact_lock({_sql(_KEYS[kind])})')").fetchall()
                    return con
                except duckdb.Error as error:
                    if "lock timeout" not in str(error):
                        raise
            elif con.execute("SELECT * FROM postgres_query('lake_lock', "
                             f"'SELECT pg_try_advisory_xact_lock({_sql(_KEYS[kind])})')").fetchall()[0][0]:
                return con
            con.execute("ROLLBACK")
            if time.monotonic() >= deadline:
                holder = _advisory_holder(con, kind)
                raise WarehouseLocked(f"warehouse {lake} is {_DOING[kind]} by {holder}; "
                                      f"gave up after waiting {wait_s:g} s")
    except BaseException:
        con.close()
        raise


def _advisory_holder(con: duckdb.DuckDBPyConnection, kind: str) -> str:
    return con.execute(
        "SELECT * FROM postgres_query('lake_lock', 'SELECT coalesce(max(a.application_name), "
        "''another process'') FROM pg_locks l JOIN pg_stat_activity a USING (pid) WHERE l.locktype = "
        f"''advisory'' AND l.granted AND l.objid::bigint = ({_sql(_KEYS[kind])})::bigint & 4294967295')"
    ).fetchall()[0][0]


def _sql(text: str) -> str:
    return text.replace("'", "''")
