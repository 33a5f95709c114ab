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

from warehouse.connection import transaction

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
    with transaction(con):
        con.execute("UPDATE validation_failures SET review_status = ?, reviewer = ?, reviewed_at = ?, "
                    "review_note = ? WHERE failure_id = ?", [DECISIONS[decision], reviewer, now, note, failure_id])
        statuses = refresh_statuses(con, figure_ids or [])
    return ReviewResult(failure_id, DECISIONS[decision], reviewer, now, statuses)


def verdicts(figure_ids: Iterable[int], named: pd.DataFrame) -> dict[int, str]:
    """The status of each figure from the failures naming it (``named``: one row per failure and
    figure it names, with ``figure_id``, ``severity``, ``review_status``).

    quarantined: an error not accepted, or a warning a reviewer confirmed;
    warning: an open warning; valid: nothing left against it.
    """
    open_ = named["review_status"] == "open"
    quarantined = set(named.loc[(named["review_status"] == "rejected") | ((named["severity"] == "error") & open_),
                                "figure_id"].astype("int64"))
    warning = set(named.loc[(named["severity"] == "warning") & open_, "figure_id"].astype("int64"))
    return {i: "quarantined" if i in quarantined else "warning" if i in warning else "valid"
            for i in sorted({int(i) for i in figure_ids})}


def named_figures(failures: pd.DataFrame) -> pd.DataFrame:
    """One row per failure and figure it names: ``figure_id``, ``severity``, ``review_status``."""
    named = failures[["figure_ids", "severity", "review_status"]].explode("figure_ids")
    return named.dropna(subset=["figure_ids"]).rename(columns={"figure_ids": "figure_id"})


def refresh_statuses(con: duckdb.DuckDBPyConnection, figure_ids: Iterable[int]) -> dict[int, str]:
    """Recompute the status of these figures from every failure in the warehouse that names them."""
    ids = sorted({int(i) for i in figure_ids})
    if not ids:
        return {}
    named = con.execute(
        # A join on the unnested ids, not list_has_any(figure_ids, ids): that compares every
        # failure's list with the whole id list, and made each batch's load slower than the last.
        """WITH wanted AS (SELECT unnest(?::BIGINT[]) AS figure_id)
           SELECT n.figure_id, n.severity, n.review_status
           FROM (SELECT unnest(figure_ids) AS figure_id, severity, review_status FROM validation_failures) n
           JOIN wanted USING (figure_id)""", [ids]).df()
    statuses = verdicts(ids, named)
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
