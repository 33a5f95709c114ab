"""What an operator is told about a run: its counts as a Prefect event, the thresholds that make
it a failed run, and the sources that have produced nothing new for a while.

Plain functions over the warehouse and the settings; the flow (``flows/ingest.py``) emits the
event and raises ``ThresholdExceeded``, so that Prefect marks the flow run Failed and an
automation on ``solieu.run.completed`` or on the failed flow run can notify someone.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import duckdb

EVENT = "solieu.run.completed"


class ThresholdExceeded(RuntimeError):
    """The run completed, but over a threshold of the settings: the flow run ends Failed."""


def open_counts(con: duckdb.DuckDBPyConnection, run_id: int) -> tuple[int, int]:
    """The run's failures still open once earlier decisions and rules applied: (errors, warnings)."""
    errors, warnings = con.execute(
        "SELECT count(*) FILTER (severity = 'error'), count(*) FILTER (severity = 'warning') "
        "FROM validation_failures WHERE run_id = ? AND review_status = 'open'", [run_id]).fetchall()[0]
    return errors, warnings


def stale_sources(con: duckdb.DuckDBPyConnection, *, days: int, inbox: Path, source_names: list[str],
                  now: datetime | None = None) -> list[str]:
    """The sources (the inbox folder, and each source of the sources file) that brought no new
    document in the last ``days`` days. Nothing is stale before the warehouse is that old."""
    now = now or datetime.now()
    cutoff = now - timedelta(days=days)
    first = con.execute("SELECT min(started_at) FROM runs").fetchall()[0][0]
    if first is None or first > cutoff:
        return []
    stale = []
    last_inbox = con.execute("SELECT max(loaded_at) FROM documents WHERE status = 'parsed' "
                             "AND NOT regexp_matches(source_name, '^https?://')").fetchall()[0][0]
    if last_inbox is None or last_inbox < cutoff:
        stale.append(f"inbox {inbox}")
    for name in source_names:
        last = con.execute("SELECT max(fetched_at) FROM fetched_items WHERE source = ? AND outcome = 'document'",
                           [name]).fetchall()[0][0]
        if last is None or last < cutoff:
            stale.append(name)
    return stale


def breaches(*, new_errors: int, figures_loaded: int, figures_quarantined: int,
             max_new_errors: int | None, max_quarantined_share: float | None) -> list[str]:
    """Why the run is over a threshold (nothing: it is not)."""
    found = []
    if max_new_errors is not None and new_errors > max_new_errors:
        found.append(f"{new_errors} new open errors, more than SOLIEU_MAX_NEW_ERRORS={max_new_errors}")
    if max_quarantined_share is not None and figures_loaded:
        share = figures_quarantined / figures_loaded
        if share > max_quarantined_share:
            found.append(f"{share:.1%} of the figures loaded quarantined, more than "
                         f"SOLIEU_MAX_QUARANTINED_SHARE={max_quarantined_share:g}")
    return found


def event_payload(summary) -> dict:
    """The counts of a ``pipeline.RunSummary`` as the event's payload (plain JSON values)."""
    r = summary.result
    return {
        "run_id": summary.run_id, "warehouse": summary.warehouse,
        "documents_seen": summary.documents_seen, "documents_new": r.documents_new,
        "documents_already_loaded": summary.documents_already_loaded, "documents_rejected": r.documents_rejected,
        "figures_loaded": r.figures_loaded, "figures_warning": r.figures_warning,
        "figures_quarantined": r.figures_quarantined, "failures": r.failures,
        "new_errors": summary.new_errors, "new_warnings": summary.new_warnings,
        "stale_sources": list(summary.stale_sources), "threshold_breaches": list(summary.breaches),
        "report_paths": list(summary.report_paths), "index_path": summary.index_path,
    }


def emit_run_event(summary) -> None:
    """``solieu.run.completed`` about the warehouse, with the run's counts (see docs/operations.md "Operators")."""
    from prefect.events import emit_event

    from warehouse.lake import parse_warehouse

    warehouse = str(parse_warehouse(summary.warehouse).resolve())  # a lake's connection string as it is
    # Labels, because an automation's trigger matches on the resource, not on the payload.
    emit_event(event=EVENT, resource={"prefect.resource.id": f"solieu.warehouse.{warehouse}",
                                      "prefect.resource.name": warehouse,
                                      "solieu.over-threshold": "yes" if summary.breaches else "no",
                                      "solieu.stale-sources": "yes" if summary.stale_sources else "no"},
               payload=event_payload(summary))
