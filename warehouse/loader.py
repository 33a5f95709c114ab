"""Writing to the warehouse: runs ledger and batch loads.

A batch is one transaction: its documents, their texts, figures and failures
land together or not at all, so a document is never recorded as loaded without
its figures. Rows go in set-based (registered DataFrames, ``INSERT ... SELECT``),
never row by row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

import duckdb
import pandas as pd
import pyarrow as pa

from schemas.cross_document import own_scope
from schemas.intervals import with_bounds_sql
from warehouse.connection import transaction
from warehouse.inbox_files import write_files
from warehouse.period_bounds import add_figures
from warehouse.review import carry_over_reviews, fingerprint, named_figures, refresh_statuses, verdicts

# Cross-document checks need the warehouse; the loader calls them inside the
# load transaction so that what they compare against cannot change meanwhile.
CrossCheck = Callable[[pd.DataFrame, pd.DataFrame, pd.DataFrame], pd.DataFrame]
ApplyStatuses = Callable[[pd.DataFrame, pd.DataFrame], pd.DataFrame]


@dataclass
class LoadResult:
    documents_new: int = 0
    documents_rejected: int = 0
    documents_already_loaded: int = 0
    # New parsed documents without a province / a period: their figures group under no region or period.
    documents_without_region: int = 0
    documents_without_period: int = 0
    figures_loaded: int = 0
    figures_warning: int = 0
    figures_quarantined: int = 0
    failures: int = 0

    def add(self, other: LoadResult) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def start_run(con: duckdb.DuckDBPyConnection, *, flow_run_id: str | None, inbox: str,
              parser_version: str) -> int:
    con.execute("BEGIN TRANSACTION")
    run_id = con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchone()[0]
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


def known_hashes(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute("SELECT content_sha256 FROM documents WHERE content_sha256 IS NOT NULL").fetchall()
    return {row[0] for row in rows}


def prior_figures(con: duckdb.DuckDBPyConnection, documents: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """Loaded figures that may disagree with one of the batch's, and their siblings.

    The cross-document checks (``schemas/cross_document.py``) pair figures of the same region,
    indicator (the figures' own region and period, ``parsing.scope``), kind and unit whose periods are equal or one year apart, and fail a pair whose
    intervals do not meet. The warehouse makes those pairs here, with the same intervals
    (``with_bounds_sql``) and a hair of tolerance, and returns only figures whose intervals miss
    some batch figure's: about 1 400 at 20 000 reports, where every comparable figure was 53 000
    (each reprint of a report adds its figures), which made loading grow with the warehouse.
    The checks then decide on those exactly (another source, not stated twice) and word the
    failures. Only the figures of the keys and periods whose extreme bounds (``period_bounds``)
    miss a batch figure's are read: at 100 000 reports that took the query from 0.33 to 0.16 s
    a batch, which otherwise grew with every reprint loaded.

    The checks leave out figures their own document states twice with values apart
    (``_ambiguous``), and so does the warehouse: at 100 000 reports such groups were most of
    the 8 700 figures returned per batch. A returned figure comes with the other figures of its
    document for the same indicator, kind and unit, so that the checks can tell a group apart
    by no more than SQL and numpy may round.

    Sentences are not read: a failure shows the sentence of the batch's figure, never of a
    loaded one, and they were most of the bytes read.

    Left out are figures an error of their own document quarantined (as in the batch).
    Figures quarantined only by a check against another document stay in: whether
    two documents are compared must not depend on which was loaded first, or the
    warehouse would depend on the order of loading (tests/test_load_order_properties.py).
    """
    con.register("batch_comparable", _comparable(documents, figures))
    try:
        return con.execute(_PRIOR_FIGURES).df()
    finally:
        con.unregister("batch_comparable")


def _same_key(period: str) -> str:
    """Join a loaded figure ``l`` to the batch's ``b`` of the same key and months, and ``period``."""
    return (f"l.region = b.region AND l.indicator = b.indicator AND l.kind = b.kind AND l.unit = b.unit "
            f"AND month(l.period_start) = month(b.period_start) AND month(l.period_end) = month(b.period_end) "
            f"AND {period}")


def _apart(low: str, high: str) -> str:
    """``low > high`` as the checks test it, less a relative hair: SQL and numpy may round apart."""
    return f"({low} - {high} > -1e-9 * greatest(abs({low}), abs({high}), 1.0))"


def _clearly_apart(low: str, high: str) -> str:
    """``low > high`` by more than the relative hair SQL and numpy may round apart."""
    return f"({low} - {high} > 1e-9 * greatest(abs({low}), abs({high}), 1.0))"


def _failing(loaded: str, lo: str, hi: str, last_lo: str, last_hi: str, columns: str) -> str:
    """``columns`` of the rows ``l`` of ``loaded`` whose interval (``lo`` to ``hi``, last year's
    ``last_lo`` to ``last_hi``) misses some batch figure's: a row per figure, or per key and
    period (its extreme bounds, from ``period_bounds``)."""
    selected = ", ".join(f"l.{column}" for column in columns.split(", "))
    return f"""
            -- reported differently: the same period
            SELECT {selected}
            FROM {loaded} l JOIN batch_periods b ON {_same_key('l.period_start = b.period_start AND l.period_end = b.period_end')}
            WHERE {_apart(f'l.{lo}', 'b.min_hi')} OR {_apart('b.max_lo', f'l.{hi}')}
            UNION
            -- the batch's change on last year's figure
            SELECT {selected}
            FROM {loaded} l JOIN batch_periods b ON {_same_key('year(l.period_start) + 1 = year(b.period_start)')}
            WHERE {_apart('b.max_last_lo', f'l.{hi}')} OR {_apart(f'l.{lo}', 'b.min_last_hi')}
            UNION
            -- a loaded change on the batch's figure of a year before
            SELECT {selected}
            FROM {loaded} l JOIN batch_periods b ON {_same_key('year(l.period_start) - 1 = year(b.period_start)')}
            WHERE {_apart(f'l.{last_lo}', 'b.min_hi')} OR {_apart('b.max_lo', f'l.{last_hi}')}"""


# A document's figures of one key, region and period: the group the checks' ``_ambiguous`` leaves
# out when its values are apart (a digest's provinces are separate groups).
_GROUP = "document_id, region, indicator, kind, unit, period_start, period_end"

_PRIOR_FIGURES = f"""
    WITH named AS (SELECT failure_id, unnest(figure_ids) AS figure_id FROM validation_failures
                   WHERE severity = 'error' AND review_status NOT IN ('accepted', 'expected')),
         own_document AS (SELECT n.failure_id FROM named n JOIN figures f USING (figure_id)
                          GROUP BY n.failure_id HAVING count(DISTINCT f.document_id) = 1),
         own_document_errors AS (SELECT figure_id FROM named
                                 WHERE failure_id IN (SELECT failure_id FROM own_document)),
         batch AS ({with_bounds_sql('batch_comparable')}),
         -- What a loaded figure must meet to agree with all of the batch's for a key and period.
         batch_periods AS (
            SELECT region, indicator, kind, unit, period_start, period_end, max(lo) AS max_lo, min(hi) AS min_hi,
                   max(last_lo) AS max_last_lo, min(last_hi) AS min_last_hi
            FROM batch GROUP BY ALL),
         -- The keys and periods where some loaded figure may not (warehouse/period_bounds.py).
         suspect AS ({_failing('period_bounds', 'max_lo', 'min_hi', 'max_last_lo', 'min_last_hi',
                               'region, indicator, kind, unit, period_start, period_end')}),
         loaded AS (  -- their figures, as the checks compare them
            SELECT f.figure_id, f.document_id, f.region, f.period_start, f.period_end, d.source_name,
                   f.indicator, f.kind, f.unit, f.value, f.value_high, f.value_rounding, f.qualifier,
                   f.yoy_change_pct, f.yoy_change_rounding
            FROM figures f
            SEMI JOIN suspect s ON s.region = f.region AND s.period_start = f.period_start
                 AND s.period_end = f.period_end AND s.indicator = f.indicator AND s.kind = f.kind AND s.unit = f.unit
            JOIN documents d USING (document_id)
            WHERE f.status <> 'quarantined' OR f.figure_id NOT IN (SELECT figure_id FROM own_document_errors)),
         bounded AS ({with_bounds_sql('loaded')}),
         failing AS ({_failing('bounded', 'lo', 'hi', 'last_lo', 'last_hi', _GROUP)}),
         -- Left out, as the checks leave them out (``_ambiguous``): a document's figures of one key
         -- whose values are apart. Only groups clearly apart: one apart by no more than SQL and
         -- numpy may round is returned whole, for the checks to decide.
         returned AS (
            SELECT {_GROUP}
            FROM bounded SEMI JOIN failing USING ({_GROUP})
            GROUP BY ALL HAVING NOT coalesce({_clearly_apart('max(lo)', 'min(hi)')}, false))
    SELECT f.figure_id, f.document_id, f.region, f.period_label, f.period_start, f.period_end, f.indicator,
           f.indicator_text, f.kind, f.value, f.value_high, f.unit, f.qualifier, f.yoy_change_pct, f.value_rounding,
           f.yoy_change_rounding, f.raw_text, d.source_name
    FROM figures f JOIN documents d USING (document_id)
    WHERE f.figure_id IN (SELECT figure_id FROM loaded SEMI JOIN returned USING ({_GROUP}))
    ORDER BY f.figure_id"""


def _comparable(documents: pd.DataFrame, figures: pd.DataFrame) -> pa.Table:
    """The batch's figures with an indicator, with their own region and period and their source."""
    columns = {"region": pa.string(), "indicator": pa.string(), "kind": pa.string(), "unit": pa.string(),
               "source_name": pa.string(), "qualifier": pa.string(), "period_start": pa.date32(),
               "period_end": pa.date32(), "value": pa.float64(), "value_high": pa.float64(),
               "value_rounding": pa.float64(), "yoy_change_pct": pa.float64(), "yoy_change_rounding": pa.float64()}
    keyed = figures.loc[figures["indicator"].notna()].merge(
        documents[["content_sha256", "source_name"]], on="content_sha256")
    keyed = own_scope(keyed, documents)[list(columns)]
    keyed = keyed.dropna(subset=["region", "period_start", "period_end"])
    for name in ("period_start", "period_end"):
        keyed[name] = pd.to_datetime(keyed[name]).dt.date
    for name, kind in columns.items():
        if kind == pa.float64():
            keyed[name] = keyed[name].astype("float64")
    return pa.Table.from_pandas(keyed, schema=pa.schema(list(columns.items())), preserve_index=False)


def load_batch(con: duckdb.DuckDBPyConnection, run_id: int, parser_version: str,
               documents: pd.DataFrame, figures: pd.DataFrame, failures: pd.DataFrame,
               cross_check: CrossCheck, apply_statuses: ApplyStatuses,
               inbox_files: Sequence[tuple[str, int, int, str]] = ()) -> LoadResult:
    """Load a batch in one transaction, with the inbox ledger's rows of the files read for it."""
    with transaction(con):
        result = _load(con, run_id, parser_version, documents, figures, failures,
                       cross_check, apply_statuses)
        write_files(con, list(inbox_files))
    return result


def _load(con, run_id, parser_version, documents, figures, failures, cross_check, apply_statuses):
    result = LoadResult()
    documents, dropped = _drop_already_loaded(con, documents)
    result.documents_already_loaded = dropped
    if documents.empty:
        return result
    keep = set(documents["content_sha256"].dropna())
    figures = figures[figures["content_sha256"].isin(keep)]
    failures = failures[failures["content_sha256"].isin(keep)]

    parsed = documents[documents["status"] == "parsed"]
    prior = prior_figures(con, parsed, figures)
    cross = cross_check(parsed, figures, prior)
    if not cross.empty:
        failures = pd.concat([failures, cross], ignore_index=True)
        figures = apply_statuses(figures, failures)

    now = datetime.now()
    documents = documents.reset_index(drop=True)
    first_document_id = next_id(con, "documents", "document_id")
    documents["document_id"] = range(first_document_id, first_document_id + len(documents))
    documents["run_id"] = run_id
    documents["parser_version"] = parser_version
    documents["loaded_at"] = now
    # Rejected texts without readable bytes have no hash; map by hash only where there is one.
    document_ids = dict(zip(documents["content_sha256"], documents["document_id"]))

    figures = own_scope(figures.reset_index(drop=True), documents)
    first_figure_id = next_id(con, "figures", "figure_id")
    figures["figure_id"] = range(first_figure_id, first_figure_id + len(figures))
    figures["document_id"] = figures["content_sha256"].map(document_ids)
    figure_ids = {(sha, int(o)): fid for sha, o, fid in
                  zip(figures["content_sha256"], figures["ordinal"], figures["figure_id"])}
    figures["component_of"] = [
        None if pd.isna(total) else figure_ids.get((sha, int(total)))
        for sha, total in zip(figures["content_sha256"], figures["component_of_ordinal"])
    ]
    figures["component_of"] = figures["component_of"].astype("Int64")
    figures["run_id"] = run_id
    figures["parser_version"] = parser_version

    failures = failures.reset_index(drop=True).copy()
    first_failure_id = next_id(con, "validation_failures", "failure_id")
    failures["run_id"] = run_id
    failures["created_at"] = now
    failures["document_id"] = failures["content_sha256"].map(document_ids)
    by_key = {f"{sha}:{ordinal}": figure_id for (sha, ordinal), figure_id in figure_ids.items()}
    failures["figure_ids"] = [
        [int(figure_ids[(sha, int(o))]) for o in ordinals]
        + [int(by_key[key]) for key in others if key in by_key] + [int(i) for i in prior]
        for sha, ordinals, others, prior in zip(
            failures["content_sha256"], failures["figure_ordinals"], failures["batch_figure_keys"],
            failures["prior_figure_ids"])
    ]
    sources = dict(zip(documents["content_sha256"], documents["source_name"]))
    named = {int(i) for ids in failures["figure_ids"] for i in ids}  # only these are printed
    mine, theirs = figures[figures["figure_id"].isin(named)], prior[prior["figure_id"].isin(named)]
    printed = {int(fid): (sources.get(sha), raw) for fid, sha, raw in
               zip(mine["figure_id"], mine["content_sha256"], mine["raw_text"])}
    printed.update({int(fid): (src, raw) for fid, src, raw in
                    zip(theirs["figure_id"], theirs["source_name"], theirs["raw_text"])})
    failures["fingerprint"] = [fingerprint(check, [printed[i] for i in ids if i in printed])
                               for check, ids in zip(failures["check_name"], failures["figure_ids"])]
    failures = carry_over_reviews(con, failures)
    failures["failure_id"] = range(first_failure_id, first_failure_id + len(failures))
    # A new figure can only be named by this batch's failures, so its status is known before it
    # is inserted; figures loaded earlier that a failure names are refreshed from the warehouse.
    named = named_figures(failures)
    figures["status"] = figures["figure_id"].map(verdicts(figures["figure_id"], named))
    earlier = named.loc[named["figure_id"] < first_figure_id, "figure_id"]

    # As Arrow tables: DuckDB scans them without converting every string column to Python objects.
    con.register("batch_documents", _arrow(documents))
    con.register("batch_figures", _arrow(figures))
    con.register("batch_failures", _arrow(failures))
    try:
        con.execute(
            """INSERT INTO documents (document_id, source_name, content_sha256, title, region,
                   period_label, period_start, period_end, published_on, status, reject_reason,
                   run_id, parser_version, byte_size, loaded_at, region_source, period_source, region_code)
               SELECT document_id, source_name, content_sha256, title, region, period_label,
                   period_start::DATE, period_end::DATE, published_on::DATE, status, reject_reason,
                   run_id, parser_version, byte_size, loaded_at, region_source::VARCHAR,
                   period_source::VARCHAR, region_code::VARCHAR
               FROM batch_documents"""
        )
        con.execute(
            "INSERT INTO document_texts SELECT document_id, text FROM batch_documents WHERE text IS NOT NULL"
        )
        if len(figures):
            insert_figures(con, "batch_figures")
        if len(failures):
            insert_failures(con, "batch_failures")
        refresh_statuses(con, earlier)
    finally:
        for name in ("batch_documents", "batch_figures", "batch_failures"):
            con.unregister(name)

    result.documents_new = int((documents["status"] == "parsed").sum())
    result.documents_rejected = int((documents["status"] == "rejected").sum())
    parsed_rows = documents[documents["status"] == "parsed"]
    result.documents_without_region = int(parsed_rows["region"].isna().sum())
    result.documents_without_period = int(parsed_rows["period_start"].isna().sum())
    result.figures_loaded = len(figures)
    result.figures_warning = int((figures["status"] == "warning").sum())
    result.figures_quarantined = int((figures["status"] == "quarantined").sum())
    result.failures = len(failures)
    return result


def _arrow(frame: pd.DataFrame) -> pa.Table:
    return pa.Table.from_pandas(frame, preserve_index=False)


def _drop_already_loaded(con, documents: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """Drop texts another run loaded meanwhile, and repeat rejections of unreadable files."""
    hashes = documents["content_sha256"].dropna().tolist()
    loaded = set()
    if hashes:
        loaded = {row[0] for row in con.execute(
            "SELECT content_sha256 FROM documents WHERE content_sha256 IN (SELECT unnest(?::VARCHAR[]))",
            [hashes],
        ).fetchall()}
    unreadable = documents["content_sha256"].isna()
    recorded = set()
    if unreadable.any():
        recorded = set(con.execute(
            "SELECT source_name, reject_reason FROM documents WHERE content_sha256 IS NULL"
        ).fetchall())
    keep = [
        (sha not in loaded) if isinstance(sha, str) else ((name, reason) not in recorded)
        for sha, name, reason in zip(documents["content_sha256"], documents["source_name"],
                                     documents["reject_reason"])
    ]
    return documents[keep], len(documents) - sum(keep)


def insert_figures(con: duckdb.DuckDBPyConnection, view: str) -> None:
    """Insert the figures of a registered frame (loader and reparse alike), their documents
    already in ``documents``, and widen ``period_bounds`` for them."""
    con.execute(
        f"""INSERT INTO figures (figure_id, document_id, ordinal, indicator, indicator_text, kind,
               value, value_high, unit, qualifier, pct_of_plan, plan_basis, pct_of_plan_alt,
               plan_basis_alt, yoy_change_pct, change_abs, raw_text, sentence, char_start,
               char_end, component_of, status, value_rounding, pct_of_plan_rounding,
               yoy_change_rounding, plan_amount, plan_amount_rounding, region, region_source, period_label,
               period_start, period_end, period_source, parser_version, run_id)
           SELECT figure_id, document_id, ordinal, indicator, indicator_text, kind, value,
               value_high, unit, qualifier, pct_of_plan, plan_basis, pct_of_plan_alt,
               plan_basis_alt, yoy_change_pct, change_abs, raw_text, sentence, char_start,
               char_end, component_of, status, value_rounding, pct_of_plan_rounding,
               yoy_change_rounding, plan_amount, plan_amount_rounding, region, region_source, period_label,
               period_start::DATE, period_end::DATE, period_source, parser_version, run_id
           FROM {view}""")
    add_figures(con, view)


def insert_failures(con: duckdb.DuckDBPyConnection, view: str) -> None:
    """Insert the failures of a registered frame, review columns included (loader and reparse alike)."""
    # The casts matter when a review column is all null in the frame and arrives untyped.
    con.execute(
        f"""INSERT INTO validation_failures (failure_id, run_id, document_id, figure_ids, check_name,
               severity, message, expected, observed, sentence, created_at, fingerprint, review_status,
               reviewer, reviewed_at, review_note)
           SELECT failure_id, run_id, document_id, figure_ids::BIGINT[], check_name, severity,
               message, expected, observed, sentence, created_at, fingerprint, review_status,
               reviewer::VARCHAR, reviewed_at::TIMESTAMP, review_note::VARCHAR
           FROM {view}""")


def next_id(con, table: str, column: str) -> int:
    # Safe without a sequence: the loader is the only writer and holds the transaction.
    return con.execute(f"SELECT coalesce(max({column}), 0) + 1 FROM {table}").fetchone()[0]
