"""Reviewing validation failures, and the figure statuses that follow from them.

A reviewer *accepts* a failure (a false alarm: the figures it names become
valid unless another undecided failure names them), *rejects* it (the slip
is confirmed: the figures stay quarantined; a confirmed warning quarantines
them too), marks it *expected* (a known habit of a source, e.g. a province that
rounds its parts separately: the figures are usable, as for an accepted one) or
*reopens* it (back to open, to decide again). One failure or every failure of a
filter at once. Every change is a row of ``review_events``; nothing is deleted.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

import duckdb
import pandas as pd

from schemas.errors import SolieuError
from warehouse.connection import transaction
from warehouse.registered import registered

DECISIONS = {"accept": "accepted", "reject": "rejected", "expected": "expected", "reopen": "open"}
# Statuses under which a failure no longer holds its figures back.
CLEARED = ("accepted", "expected")


class ReviewError(SolieuError):
    """The review cannot be recorded; the message says why."""


@dataclass(frozen=True)
class ReviewResult:
    failure_id: int
    review_status: str
    reviewer: str
    reviewed_at: datetime
    figure_statuses: dict[int, str]


@dataclass(frozen=True)
class BulkResult:
    bulk_id: int | None  # None when the filter selected nothing
    review_status: str
    reviewer: str
    reviewed_at: datetime
    failure_ids: list[int]
    figure_statuses: dict[int, str]


@dataclass(frozen=True)
class FailureFilter:
    """Which failures a bulk decision (or the review page) is about; ``None`` means any."""

    check: str | None = None
    severity: str | None = None
    region: str | None = None  # the province of the failure's document, case-insensitive
    indicator: str | None = None  # some figure the failure names has this indicator
    run_id: int | None = None
    source: str | None = None  # a glob (``*`` and ``?``) on the document's source, else a part of it
    min_age_days: int | None = None  # raised at least this many days ago
    status: str | None = None  # the current review status

    def is_empty(self) -> bool:
        return all(v is None for k, v in asdict(self).items() if k != "status")

    def to_json(self) -> str:
        return json.dumps({k: v for k, v in asdict(self).items() if v is not None}, ensure_ascii=False,
                          sort_keys=True)

    def sql(self, now: datetime | None = None) -> tuple[str, list[object]]:
        """A WHERE clause over ``validation_failures v LEFT JOIN documents d`` and its parameters."""
        where: list[str] = []
        params: list[object] = []
        for column, value in (("v.check_name", self.check), ("v.severity", self.severity),
                              ("v.run_id", self.run_id), ("v.review_status", self.status)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        if self.region is not None:
            where.append("lower(d.region) = lower(?)")
            params.append(self.region)
        if self.source is not None:
            if any(c in self.source for c in "*?"):
                where.append("d.source_name GLOB ?")
            else:
                where.append("contains(d.source_name, ?)")
            params.append(self.source)
        if self.indicator is not None:
            where.append("EXISTS (SELECT 1 FROM figures f WHERE list_contains(v.figure_ids, f.figure_id) "
                         "AND f.indicator = ?)")
            params.append(self.indicator)
        if self.min_age_days is not None:
            where.append("v.created_at <= ?")
            params.append((now or datetime.now()) - timedelta(days=self.min_age_days))
        return ("WHERE " + " AND ".join(where)) if where else "", params


def default_reviewer() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry in some containers
        return "unknown"


def review_failure(con: duckdb.DuckDBPyConnection, failure_id: int, decision: str, *,
                   reviewer: str | None = None, note: str | None = None,
                   now: datetime | None = None) -> ReviewResult:
    """Decide on one failure: an open one is accepted, rejected or marked expected; a decided one
    is reopened first (``decision="reopen"``), so that no decision is overwritten unseen."""
    target = _target(decision)
    row = con.execute("SELECT review_status, reviewer, reviewed_at FROM validation_failures "
                      "WHERE failure_id = ?", [failure_id]).fetchone()
    if row is None:
        raise ReviewError(f"no validation failure {failure_id}; `solieu failures --all` lists them")
    status, by, at = row
    if target == "open" and status == "open":
        raise ReviewError(f"failure {failure_id} is open already")
    if target != "open" and status != "open":
        when = f" at {at:%Y-%m-%d %H:%M}" if at is not None else ""
        raise ReviewError(f"failure {failure_id} was already {status} by {by}{when}; "
                          f"`solieu review {failure_id} --reopen` first to decide again")
    reviewer = reviewer or default_reviewer()
    now = now or datetime.now()
    with transaction(con):
        statuses = decide(con, [failure_id], target, reviewer=reviewer, note=note, now=now)
    return ReviewResult(failure_id, target, reviewer, now, statuses)


def review_many(con: duckdb.DuckDBPyConnection, selection: FailureFilter, decision: str, *,
                reviewer: str | None = None, note: str | None = None, now: datetime | None = None,
                failure_ids: Iterable[int] | None = None, allow_no_filter: bool = False) -> BulkResult:
    """Decide on every failure ``selection`` picks that the decision applies to (open ones for a
    decision, decided ones for a reopen); ``failure_ids`` narrows it to those ticked on the page.
    Without a filter only when ``allow_no_filter`` (the page, which shows how many match first)."""
    target = _target(decision)
    if selection.is_empty() and failure_ids is None and not allow_no_filter:
        raise ReviewError("a bulk decision needs a filter (--check, --region, --run, ...) or failure ids")
    reviewer = reviewer or default_reviewer()
    now = now or datetime.now()
    where, params = selection.sql(now)
    eligible = "v.review_status <> 'open'" if target == "open" else "v.review_status = 'open'"
    where = f"{where} AND {eligible}" if where else f"WHERE {eligible}"
    if failure_ids is not None:
        where += " AND v.failure_id IN (SELECT unnest(?::BIGINT[]))"
        params.append(sorted({int(i) for i in failure_ids}))
    with transaction(con):
        ids = [r[0] for r in con.execute(
            f"SELECT v.failure_id FROM validation_failures v LEFT JOIN documents d USING (document_id) "
            f"{where} ORDER BY v.failure_id", params).fetchall()]
        if not ids:
            return BulkResult(None, target, reviewer, now, [], {})
        bulk_id = con.execute("SELECT coalesce(max(bulk_id), 0) + 1 FROM review_events").fetchall()[0][0]
        statuses = decide(con, ids, target, reviewer=reviewer, note=note, now=now, bulk_id=bulk_id,
                          bulk_filter=selection.to_json())
    return BulkResult(bulk_id, target, reviewer, now, ids, statuses)


def _target(decision: str) -> str:
    if decision not in DECISIONS:
        raise ReviewError(f"decision must be one of {', '.join(DECISIONS)}, not {decision!r}")
    return DECISIONS[decision]


def decide(con: duckdb.DuckDBPyConnection, failure_ids: list[int], target: str, *, reviewer: str | None,
           note: str | None, now: datetime, origin: str = "reviewer", rule: str | None = None,
           bulk_id: int | None = None, bulk_filter: str | None = None) -> dict[int, str]:
    """Set the status of these failures, one ``review_events`` row each, and refresh their figures'
    statuses; inside the caller's transaction. A reopened failure loses its reviewer and note in
    ``validation_failures`` (they stay in the events)."""
    ids = sorted({int(i) for i in failure_ids})
    if not ids:
        return {}
    wanted = "failure_id IN (SELECT unnest(?::BIGINT[]))"
    next_event = con.execute("SELECT coalesce(max(event_id), 0) + 1 FROM review_events").fetchall()[0][0]
    con.execute(
        f"""INSERT INTO review_events
            SELECT ? + row_number() OVER (ORDER BY failure_id) - 1, failure_id, review_status, ?, ?, ?, ?,
                   ?, ?, ?, ?
            FROM validation_failures WHERE {wanted}""",
        [next_event, target, reviewer, now, note, origin, rule, bulk_id, bulk_filter, ids])
    if target == "open":
        con.execute(f"UPDATE validation_failures SET review_status = 'open', reviewer = NULL, reviewed_at = NULL, "
                    f"review_note = NULL, review_rule = NULL WHERE {wanted}", [ids])
    else:
        con.execute(f"UPDATE validation_failures SET review_status = ?, reviewer = ?, reviewed_at = ?, "
                    f"review_note = ?, review_rule = ? WHERE {wanted}", [target, reviewer, now, note, rule, ids])
    figure_ids = [r[0] for r in con.execute(
        f"SELECT DISTINCT unnest(figure_ids) FROM validation_failures WHERE {wanted}", [ids]).fetchall()]
    return refresh_statuses(con, figure_ids)


def record_carried_over(con: duckdb.DuckDBPyConnection, run_id: int, now: datetime | None = None) -> int:
    """A ``review_events`` row for each failure of this run that arrived decided (the same slip
    decided earlier, see ``carry_over_reviews``) and has none yet; returns how many."""
    next_event = con.execute("SELECT coalesce(max(event_id), 0) + 1 FROM review_events").fetchall()[0][0]
    return con.execute(
        """INSERT INTO review_events
           SELECT ? + row_number() OVER (ORDER BY failure_id) - 1, failure_id, 'open', review_status,
                  reviewer, ?, review_note, 'earlier_decision', review_rule, NULL, NULL
           FROM validation_failures v
           WHERE run_id = ? AND review_status <> 'open'
             AND NOT EXISTS (SELECT 1 FROM review_events e WHERE e.failure_id = v.failure_id)""",
        [next_event, now or datetime.now(), run_id]).fetchall()[0][0]


def verdicts(figure_ids: Iterable[int], named: pd.DataFrame) -> dict[int, str]:
    """The status of each figure from the failures naming it (``named``: one row per failure and
    figure it names, with ``figure_id``, ``severity``, ``review_status``).

    quarantined: an open error, or a failure a reviewer confirmed (rejected);
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
    with registered(con, refreshed_statuses=frame):
        con.execute("UPDATE figures SET status = r.status FROM refreshed_statuses r "
                    "WHERE figures.figure_id = r.figure_id AND figures.status <> r.status")
    return statuses


def fingerprint(check_name: str, named: Iterable[tuple[str | None, str]]) -> str:
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
        """SELECT fingerprint, failure_id, review_status, reviewer, reviewed_at, review_note, review_rule
           FROM validation_failures
           WHERE review_status <> 'open' AND fingerprint IN (SELECT unnest(?::VARCHAR[]))
           QUALIFY row_number() OVER (PARTITION BY fingerprint ORDER BY reviewed_at DESC) = 1""",
        [failures["fingerprint"].dropna().unique().tolist()]).fetchall()
    for fp, failure_id, status, reviewer, reviewed_at, note, rule in decided:
        match = failures["fingerprint"] == fp
        failures.loc[match, "review_status"] = status
        failures.loc[match, "reviewer"] = reviewer
        failures.loc[match, "reviewed_at"] = reviewed_at
        failures.loc[match, "review_note"] = (f"as decided on failure {failure_id}"
                                              + (f" by rule {rule}" if rule else "") + (f": {note}" if note else ""))
    return failures
