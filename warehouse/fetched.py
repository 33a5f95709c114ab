"""The fetch ledger: ``fetched_items`` (with their raw bytes) and ``fetch_failures``.

Fetched items are written as soon as a few are fetched, in their own short
transaction, before any parsing: the bytes are safe even if the run stops
later, and the next run finds the URLs already fetched and the documents not
yet loaded (``pending_items``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import duckdb
import pyarrow as pa

from warehouse.connection import transaction
from warehouse.ids import next_id
from warehouse.registered import registered


@dataclass(frozen=True)
class ItemRow:
    url: str
    final_url: str
    source: str
    feed_url: str | None
    fetched_at: datetime
    http_status: int
    content_type: str | None
    raw: bytes
    content_sha256: str
    title: str | None
    published_on: date | None
    outcome: str  # document, not_article
    document_sha256: str | None
    run_id: int | None


@dataclass(frozen=True)
class FailureRow:
    url: str
    source: str
    reason: str
    http_status: int | None
    attempts: int
    failed_at: datetime
    run_id: int | None


def fetched_urls(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Every URL fetched successfully before, as listed and as redirected to."""
    rows = con.execute("SELECT url FROM fetched_items UNION SELECT final_url FROM fetched_items").fetchall()
    return {row[0] for row in rows}


def failed_runs(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """For URLs never fetched successfully: in how many runs they failed."""
    rows = con.execute(
        """SELECT url, count(DISTINCT coalesce(run_id, -failure_id)) FROM fetch_failures
           WHERE url NOT IN (SELECT url FROM fetched_items) GROUP BY url"""
    ).fetchall()
    return dict(rows)


def record_fetches(con: duckdb.DuckDBPyConnection, items: list[ItemRow], failures: list[FailureRow]) -> None:
    """Insert items, their raw bytes and failures in one transaction, set-based."""
    if not items and not failures:
        return
    with transaction(con):
        if items:
            known = fetched_urls(con)  # another process may have fetched meanwhile
            items = [i for i in items if i.url not in known]
        if items:
            first = next_id(con, "fetched_items", "item_id")
            ids = list(range(first, first + len(items)))
            columns = {name: [getattr(i, name) for i in items] for name in ItemRow.__dataclass_fields__
                       if name != "raw"}
            table = pa.table({"item_id": pa.array(ids, pa.int64()),
                              **{k: pa.array(v) if any(x is not None for x in v) else pa.nulls(len(v))
                                 for k, v in columns.items()},
                              "byte_size": pa.array([len(i.raw) for i in items], pa.int64()),
                              "raw": pa.array([i.raw for i in items], pa.binary())})
            with registered(con, fetched_batch=table):
                con.execute(
                    """INSERT INTO fetched_items (item_id, url, final_url, source, feed_url, fetched_at,
                           http_status, content_type, byte_size, content_sha256, title, published_on,
                           outcome, document_sha256, run_id)
                       SELECT item_id, url, final_url, source, feed_url::VARCHAR, fetched_at, http_status,
                           content_type::VARCHAR, byte_size, content_sha256, title::VARCHAR,
                           published_on::DATE, outcome, document_sha256::VARCHAR, run_id::BIGINT
                       FROM fetched_batch""")
                con.execute("INSERT INTO fetched_raw SELECT item_id, raw FROM fetched_batch")
        if failures:
            first = next_id(con, "fetch_failures", "failure_id")
            table = pa.table({
                "failure_id": pa.array(range(first, first + len(failures)), pa.int64()),
                "url": [f.url for f in failures], "source": [f.source for f in failures],
                "reason": [f.reason for f in failures],
                "http_status": pa.array([f.http_status for f in failures], pa.int32()),
                "attempts": pa.array([f.attempts for f in failures], pa.int32()),
                "failed_at": [f.failed_at for f in failures],
                "run_id": pa.array([f.run_id for f in failures], pa.int64()),
            })
            with registered(con, failure_batch=table):
                con.execute("INSERT INTO fetch_failures SELECT failure_id, url, source, reason, http_status, "
                            "attempts, failed_at, run_id FROM failure_batch")


def pending_items(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Fetched articles that have no document yet (new this run, or left by a run that stopped)."""
    cursor = con.execute(
        """SELECT i.item_id, i.url, i.final_url, i.source, i.content_type, i.title, i.published_on, r.raw
           FROM fetched_items i JOIN fetched_raw r USING (item_id)
           WHERE i.outcome = 'document'
             AND NOT EXISTS (SELECT 1 FROM documents d
                             WHERE d.source_name = i.final_url OR d.content_sha256 = i.document_sha256)
           ORDER BY i.item_id"""
    )
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
