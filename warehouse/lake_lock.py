"""The run lock of a lake with a PostgreSQL catalog: where every writer, on any machine, sees it.

A lock file works only for the processes of one machine, and the writers of such a lake may be on
several. So a run holds a PostgreSQL advisory lock in the catalog's database for its whole
length: taken in a transaction of its own (``pg_try_advisory_xact_lock``, through DuckDB's postgres
extension, which keeps one server session per transaction), and released when that transaction
ends, or when the server sees the session's connection drop (the process died, even by SIGKILL):
it never goes stale. The session's ``application_name`` names the run, so a run that cannot wait
long enough says who is loading.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import duckdb

from warehouse.lake import Lake, extension_file

_KEY = "hashtext('solieu run lock')"
_held: dict[str, list] = {}  # lake -> [connection, depth]: re-entrant per process, as the file lock
_guard = threading.Lock()


@contextmanager
def exclusive_lake_run(lake: Lake, *, wait_s: float = 0.0) -> Iterator[None]:
    key = str(lake)
    with _guard:
        if key in _held:
            _held[key][1] += 1
        else:
            _held[key] = [_acquire(lake, wait_s), 1]
    try:
        yield
    finally:
        with _guard:
            _held[key][1] -= 1
            if _held[key][1] == 0:
                _held.pop(key)[0].close()  # ends the transaction: the lock goes with it


def _acquire(lake: Lake, wait_s: float) -> duckdb.DuckDBPyConnection:
    from warehouse.connection import WarehouseLocked, _pause

    me = f"solieu run, process {os.getpid()} on {socket.gethostname()}"
    con = duckdb.connect(":memory:")
    try:
        con.execute(f"LOAD '{extension_file('postgres')}'")
        conninfo = f"{lake.target} application_name='{me}'"
        con.execute(f"ATTACH '{conninfo.replace(chr(39), chr(39) * 2)}' AS run_lock (TYPE postgres)")
        deadline = time.monotonic() + wait_s
        delay = 0.1
        while True:
            con.execute("BEGIN TRANSACTION")
            if con.execute("SELECT * FROM postgres_query('run_lock', "
                           f"'SELECT pg_try_advisory_xact_lock({_KEY.replace(chr(39), chr(39) * 2)})')").fetchone()[0]:
                return con
            holder = con.execute("SELECT * FROM postgres_query('run_lock', '"
                                 "SELECT coalesce(max(a.application_name), ''another run'') FROM pg_locks l "
                                 "JOIN pg_stat_activity a USING (pid) WHERE l.locktype = ''advisory'' "
                                 "AND l.granted AND l.objid::bigint = "
                                 f"({_KEY.replace(chr(39), chr(39) * 2)})::bigint & 4294967295')").fetchone()[0]
            con.execute("ROLLBACK")
            if time.monotonic() >= deadline:
                raise WarehouseLocked(f"warehouse {lake} is being loaded by {holder}; "
                                      f"gave up after waiting {wait_s:g} s")
            delay = _pause(deadline, delay)
    except BaseException:
        con.close()
        raise
