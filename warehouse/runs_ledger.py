"""The runs ledger: one row of ``runs`` per run (ingest or reparse), opened, closed, or found dead.

A run's row is committed on its own when the run starts, so that a run that dies leaves a
``running`` row for the next one to find (``abandon_stale_runs``).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import duckdb

from warehouse.connection import transaction
from warehouse.lake import record_run_snapshot, tag_run_end

if TYPE_CHECKING:
    from warehouse.loader import LoadResult


def start_run(con: duckdb.DuckDBPyConnection, *, flow_run_id: str | None, inbox: str,
              parser_version: str) -> int:
    con.execute("BEGIN TRANSACTION")
    run_id = con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchall()[0][0]
    con.execute(
        "INSERT INTO runs (run_id, flow_run_id, started_at, status, inbox, parser_version) "
        "VALUES (?, ?, ?, 'running', ?, ?)",
        [run_id, flow_run_id, datetime.now(), inbox, parser_version],
    )
    con.execute("COMMIT")
    return run_id


def abandon_stale_runs(con: duckdb.DuckDBPyConnection, *, found_by: int) -> list[int]:
    """Mark runs left 'running' by a process that died (SIGKILL, power loss) as 'abandoned'.

    Call only while holding ``warehouse.connection.exclusive_run``: then no other
    run is alive, so every 'running' row is a dead one. What such a run loaded
    stays (each batch committed whole); its counts are filled in from the tables.
    """
    stale = [row[0] for row in con.execute(
        "SELECT run_id FROM runs WHERE status = 'running' AND run_id <> ? ORDER BY run_id", [found_by]
    ).fetchall()]
    if stale:
        con.execute(
            """UPDATE runs SET status = 'abandoned', finished_at = coalesce(finished_at, ?),
                   documents_new = (SELECT count(*) FROM documents d WHERE d.run_id = runs.run_id),
                   documents_rejected = (SELECT count(*) FROM documents d
                                         WHERE d.run_id = runs.run_id AND d.status = 'rejected'),
                   figures_loaded = (SELECT count(*) FROM figures f WHERE f.run_id = runs.run_id),
                   documents_without_region = (SELECT count(*) FROM documents d WHERE d.run_id = runs.run_id
                                               AND d.status = 'parsed' AND d.region IS NULL),
                   documents_without_period = (SELECT count(*) FROM documents d WHERE d.run_id = runs.run_id
                                               AND d.status = 'parsed' AND d.period_start IS NULL),
                   message = ?
               WHERE run_id IN (SELECT unnest(?::BIGINT[]))""",
            [datetime.now(), f"the process ended without finishing the run; found by run {found_by}", stale],
        )
    return stale


def finish_run(con: duckdb.DuckDBPyConnection, run_id: int, *, status: str, seen: int,
               skipped: int, result: LoadResult, report_path: str | None = None,
               message: str | None = None) -> None:
    """Close the run's row; on a lake, in a commit named after the run, whose snapshot is then
    recorded in ``runs.lake_snapshot`` (``solieu sql --as-of-run``)."""
    with transaction(con):
        _record_end(con, run_id, status=status, seen=seen, skipped=skipped, result=result,
                    report_path=report_path, message=message)
        tag_run_end(con, run_id, status)  # a lake's snapshot of the run's end (nothing on a file)
    record_run_snapshot(con, run_id)


def _record_end(con, run_id, *, status, seen, skipped, result, report_path, message) -> None:
    con.execute(
        """UPDATE runs SET finished_at = ?, status = ?, documents_seen = ?, documents_new = ?,
               documents_skipped = ?, documents_rejected = ?, figures_loaded = ?,
               figures_warning = ?, figures_quarantined = ?, failures = ?, report_path = ?,
               message = ?, documents_without_region = ?, documents_without_period = ?
           WHERE run_id = ?""",
        [datetime.now(), status, seen, result.documents_new, skipped, result.documents_rejected,
         result.figures_loaded, result.figures_warning, result.figures_quarantined,
         result.failures, report_path, message, result.documents_without_region,
         result.documents_without_period, run_id],
    )
