"""Reviewing validation failures, and the figure statuses that follow from them.

A reviewer *accepts* a failure (a false alarm: the figures it names become
valid unless another unaccepted failure names them) or *rejects* it (the slip
is confirmed: the figures stay quarantined; a confirmed warning quarantines
them too). Who and when are recorded; nothing is deleted.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import duckdb
import pandas as pd

DECISIONS = {"accept": "accepted", "reject": "rejected"}


class ReviewError(ValueError):
    """The review cannot be recorded; the message says why."""


@dataclass(frozen=True)
class ReviewResult:
    failure_id: int
    review_status: str
    reviewer: str
    reviewed_at: datetime
    figure_statuses: dict[int, str]


def default_reviewer() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry in some containers
        return "unknown"


def review_failure(con: duckdb.DuckDBPyConnection, failure_id: int, decision: str, *,
                   reviewer: str | None = None, note: str | None = None,
                   now: datetime | None = None) -> ReviewResult:
    if decision not in DECISIONS:
        raise ReviewError(f"decision must be one of {', '.join(DECISIONS)}, not {decision!r}")
    row = con.execute("SELECT review_status, reviewer, reviewed_at, figure_ids FROM validation_failures "
                      "WHERE failure_id = ?", [failure_id]).fetchone()
    if row is None:
        raise ReviewError(f"no validation failure {failure_id}; `solieu failures --all` lists them")
    status, by, at, figure_ids = row
    if status != "open":
        raise ReviewError(f"failure {failure_id} was already {status} by {by} at {at:%Y-%m-%d %H:%M}")
    reviewer = reviewer or default_reviewer()
    now = now or datetime.now()
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("UPDATE validation_failures SET review_status = ?, reviewer = ?, reviewed_at = ?, "
                    "review_note = ? WHERE failure_id = ?", [DECISIONS[decision], reviewer, now, note, failure_id])
        statuses = refresh_statuses(con, figure_ids or [])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return ReviewResult(failure_id, DECISIONS[decision], reviewer, now, statuses)


def refresh_statuses(con: duckdb.DuckDBPyConnection, figure_ids: Iterable[int]) -> dict[int, str]:
    """Recompute the status of these figures from every failure that names them.

    quarantined: an error not accepted, or a warning a reviewer confirmed;
    warning: an open warning; valid: nothing left against it.
    """
    ids = sorted({int(i) for i in figure_ids})
    if not ids:
        return {}
    rows = con.execute(
        """WITH wanted AS (SELECT unnest(?::BIGINT[]) AS figure_id),
           named AS (
               SELECT unnest(figure_ids) AS figure_id, severity, review_status
               FROM validation_failures WHERE list_has_any(figure_ids, ?::BIGINT[])),
           verdict AS (
               SELECT w.figure_id,
                      CASE WHEN bool_or(n.review_status = 'rejected'
                                        OR (n.severity = 'error' AND n.review_status = 'open'))
                           THEN 'quarantined'
                           WHEN bool_or(n.severity = 'warning' AND n.review_status = 'open') THEN 'warning'
                           ELSE 'valid' END AS status
               FROM wanted w LEFT JOIN named n USING (figure_id)
               GROUP BY w.figure_id)
           SELECT figure_id, status FROM verdict ORDER BY figure_id""",
        [ids, ids]).fetchall()
    statuses = dict(rows)
    frame = pd.DataFrame({"figure_id": list(statuses), "status": list(statuses.values())})
    con.register("refreshed_statuses", frame)
    try:
        con.execute("UPDATE figures SET status = r.status FROM refreshed_statuses r "
                    "WHERE figures.figure_id = r.figure_id AND figures.status <> r.status")
    finally:
        con.unregister("refreshed_statuses")
    return statuses


def fingerprint(check_name: str, named: Iterable[tuple[str, str]]) -> str:
    """The check and the figures it names as (source, printed text), independent of ids."""
    return check_name + "|" + "|".join(sorted(f"{source}\x1f{raw}" for source, raw in named))


def carry_over_reviews(con: duckdb.DuckDBPyConnection, failures: pd.DataFrame) -> pd.DataFrame:
    """Failures a reviewer already decided (same fingerprint) arrive decided, not open."""
    failures = failures.copy()
    failures["review_status"], failures["reviewer"] = "open", None
    failures["reviewed_at"], failures["review_note"] = pd.NaT, None
    if failures.empty:
        return failures
    decided = con.execute(
        """SELECT fingerprint, failure_id, review_status, reviewer, reviewed_at, review_note
           FROM validation_failures
           WHERE review_status <> 'open' AND fingerprint IN (SELECT unnest(?::VARCHAR[]))
           QUALIFY row_number() OVER (PARTITION BY fingerprint ORDER BY reviewed_at DESC) = 1""",
        [failures["fingerprint"].dropna().unique().tolist()]).fetchall()
    for fp, failure_id, status, reviewer, reviewed_at, note in decided:
        match = failures["fingerprint"] == fp
        failures.loc[match, "review_status"] = status
        failures.loc[match, "reviewer"] = reviewer
        failures.loc[match, "reviewed_at"] = reviewed_at
        failures.loc[match, "review_note"] = f"as decided on failure {failure_id}" + (f": {note}" if note else "")
    return failures
