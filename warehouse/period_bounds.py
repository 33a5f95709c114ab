"""Where loaded figures may disagree with a batch's: the ``period_bounds`` table (migration 007).

One row per region, indicator, kind, unit and period (the figures' own, ``parsing.scope``), holding the extreme interval bounds
(``with_bounds_sql``) of every figure ever inserted with them: the largest ``lo`` and smallest
``hi``, and the same of last year's value each implies. Whether any of those figures misses a
batch figure's interval can then be told from one row, so the loader reads the figures of
only the few periods where one may (``warehouse.prior_figures.prior_figures``). Without it, it read
every figure of the batch's regions, indicators and periods, which grew with every reprint
loaded; the table stays about as large as the set of keys and periods (docs/performance.md).

The table only narrows the search, so it may say too much but never too little. It counts
every figure, whatever its status, and inserting figures only widens rows: while reparsing
replaces figures, the old ones' bounds stay beside the new ones' (``solieu reparse`` rebuilds
the table once it has replaced them all). A figure that misses a batch's interval lies in a
row that misses it too, and the loader then decides exactly, on the figures.
"""

from __future__ import annotations

import duckdb

from schemas.intervals import with_bounds_sql

_KEY = "region, indicator, kind, unit, period_start, period_end"

_CREATE = """
CREATE TABLE IF NOT EXISTS period_bounds (
    region        VARCHAR NOT NULL,
    indicator     VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,
    unit          VARCHAR NOT NULL,
    period_start  DATE NOT NULL,
    period_end    DATE NOT NULL,
    max_lo        DOUBLE,  -- largest lower bound of a value
    min_hi        DOUBLE,  -- smallest upper bound of a value
    max_last_lo   DOUBLE,  -- the same for last year's value implied by a change (NULL: none stated)
    min_last_hi   DOUBLE
)"""


def _summary(figures: str, figure_scope: bool = True) -> str:
    """``figures`` (rows of the figures table, or a frame with their columns) with an indicator,
    a region and a period, summarised per key and period. A figure's region and period are its
    own (``parsing.scope``, migration 009); ``figure_scope=False`` takes its document's, as the
    warehouse held them before (migration 007 runs on such a warehouse)."""
    scope = "f" if figure_scope else "d"
    keyed = f"""SELECT {scope}.region, f.indicator, f.kind, f.unit, {scope}.period_start, {scope}.period_end,
                       f.qualifier, f.value, f.value_high, f.value_rounding, f.yoy_change_pct, f.yoy_change_rounding
                FROM {figures} f JOIN documents d USING (document_id)
                WHERE f.indicator IS NOT NULL AND {scope}.region IS NOT NULL
                      AND {scope}.period_start IS NOT NULL AND {scope}.period_end IS NOT NULL"""
    return f"""SELECT {_KEY}, max(lo) AS max_lo, min(hi) AS min_hi,
                      max(last_lo) AS max_last_lo, min(last_hi) AS min_last_hi
               FROM ({with_bounds_sql(f'({keyed})')}) GROUP BY ALL"""


# Each bound as a batch's figures widen it.
_WIDER = {"max_lo": "greatest(p.max_lo, s.max_lo)", "min_hi": "least(p.min_hi, s.min_hi)",
          "max_last_lo": "greatest(p.max_last_lo, s.max_last_lo)", "min_last_hi": "least(p.min_last_hi, s.min_last_hi)"}


def add_figures(con: duckdb.DuckDBPyConnection, figures: str) -> None:
    """Widen the rows for ``figures`` (a registered frame, inserted into ``figures`` and whose
    documents are in ``documents``), adding rows for new keys and periods."""
    matched = " AND ".join(f"p.{column} = s.{column}" for column in _KEY.split(", "))
    # Only rows the batch widens are rewritten: most of a batch's keys and periods are loaded
    # already within their bounds, and on a lake every row updated is a deleted row plus a new one
    # that later batches read past.
    changes = " OR ".join(f"{wider} IS DISTINCT FROM p.{column}" for column, wider in _WIDER.items())
    con.execute(
        f"""MERGE INTO period_bounds p USING ({_summary(figures)}) s ON {matched}
            WHEN MATCHED AND ({changes}) THEN UPDATE SET
                max_lo = {_WIDER['max_lo']}, min_hi = {_WIDER['min_hi']},
                max_last_lo = {_WIDER['max_last_lo']}, min_last_hi = {_WIDER['min_last_hi']}
            WHEN NOT MATCHED THEN INSERT ({_KEY}, max_lo, min_hi, max_last_lo, min_last_hi)
                VALUES (s.region, s.indicator, s.kind, s.unit, s.period_start, s.period_end,
                        s.max_lo, s.min_hi, s.max_last_lo, s.min_last_hi)""")


def rebuild(con: duckdb.DuckDBPyConnection, figure_scope: bool = True) -> None:
    """Create the table if needed and fill it from the figures loaded (narrowest again)."""
    con.execute(_CREATE)
    con.execute("DELETE FROM period_bounds")
    con.execute(f"INSERT INTO period_bounds ({_KEY}, max_lo, min_hi, max_last_lo, min_last_hi) "
                f"{_summary('figures', figure_scope)}")
