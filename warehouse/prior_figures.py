"""The loaded figures a batch's cross-document checks need: the prior-figure query.

The loader (and ``solieu reparse``) calls ``prior_figures`` inside the batch's transaction, so
that what the checks compare against cannot change meanwhile.
"""

from __future__ import annotations

import duckdb
import pandas as pd
import pyarrow as pa

from schemas.cross_document import own_scope
from schemas.intervals import with_bounds_sql
from warehouse.registered import registered


def prior_figures(con: duckdb.DuckDBPyConnection, documents: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """Loaded figures that may disagree with one of the batch's, and their siblings.

    The cross-document checks (``schemas/cross_document.py``) pair figures of the same region,
    indicator (the figures' own region and period, ``parsing.scope``), kind and unit whose periods are equal or one year apart, and fail a pair whose
    intervals do not meet. The warehouse makes those pairs here, with the same intervals
    (``with_bounds_sql``) and a hair of tolerance, and returns only figures whose intervals miss
    some batch figure's, a small part of every comparable figure (each reprint of a report adds
    its figures): returning them all made loading grow with the warehouse. The checks then decide
    on those exactly (another source, not stated twice) and word the failures. Only the figures
    of the keys and periods whose extreme bounds (``period_bounds``) miss a batch figure's are
    read, or the query too would grow with every reprint loaded (docs/performance.md).

    The checks leave out figures their own document states twice with values apart
    (``_ambiguous``), and so does the warehouse: such groups were most of what was returned
    before. A returned figure comes with the other figures of its
    document for the same indicator, kind and unit, so that the checks can tell a group apart
    by no more than SQL and numpy may round.

    Sentences are not read: a failure shows the sentence of the batch's figure, never of a
    loaded one, and they were most of the bytes read.

    Left out are figures an error of their own document quarantined (as in the batch).
    Figures quarantined only by a check against another document stay in: whether
    two documents are compared must not depend on which was loaded first, or the
    warehouse would depend on the order of loading (tests/test_load_order_properties.py).
    """
    with registered(con, batch_comparable=_comparable(documents, figures)):
        return con.execute(_PRIOR_FIGURES).df()


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
           f.yoy_change_rounding, f.raw_text, d.source_name, f.area
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
