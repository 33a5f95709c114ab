"""The analysts' views: each figure's codes, one curated value per fact, province series.

Views, not tables: they read ``figures`` as it is, so they are right after every run, reparse
and review decision without upkeep, and a run pays nothing for them. ``create_views`` is
called by migration 010 and again by every ``migrate`` (cheap), so a changed rule here reaches
existing warehouses. The rules are in docs/warehouse.md "One value per fact".
"""

from __future__ import annotations

import duckdb

from schemas.intervals import with_bounds_sql

# A report published this long after its period ended gives final figures; sooner, preliminary.
FINAL_AFTER_DAYS = 90

MACROS = """
CREATE OR REPLACE MACRO period_code(s, e) AS CASE
    WHEN s IS NULL OR e IS NULL THEN NULL
    WHEN year(s) <> year(e) OR day(s) <> 1 OR e <> last_day(e)
        THEN strftime(s, '%Y-%m-%d') || '/' || strftime(e, '%Y-%m-%d')
    WHEN month(s) = 1 AND month(e) = 12 THEN year(s)::VARCHAR || '-Y'
    WHEN month(s) = 1 AND month(e) = 6 THEN year(s)::VARCHAR || '-S1'
    WHEN month(s) = 7 AND month(e) = 12 THEN year(s)::VARCHAR || '-S2'
    WHEN month(s) % 3 = 1 AND month(e) = month(s) + 2 THEN year(s)::VARCHAR || '-Q' || ((month(s) + 2) // 3)::VARCHAR
    WHEN month(s) = month(e) THEN year(s)::VARCHAR || '-M' || lpad(month(s)::VARCHAR, 2, '0')
    WHEN month(s) = 1 THEN year(s)::VARCHAR || '-' || month(e)::VARCHAR || 'M'
    ELSE strftime(s, '%Y-%m-%d') || '/' || strftime(e, '%Y-%m-%d') END;
"""

# The code of a canonical province name on a date: its own before the merger, its successor's after.
_CODE_ON = """CASE WHEN p.valid_to IS NOT NULL AND {on} > p.valid_to THEN p.successor_code ELSE p.code END"""

FIGURE_CODES = f"""
CREATE OR REPLACE VIEW figure_codes AS
SELECT f.figure_id, f.document_id,
       {_CODE_ON.format(on="coalesce(f.period_end, d.published_on)")} AS region_code,
       period_code(f.period_start, f.period_end) AS period_code
FROM figures f
JOIN documents d USING (document_id)
LEFT JOIN provinces p ON p.name = f.region AND p.valid_from IS NULL;

CREATE OR REPLACE VIEW document_codes AS
SELECT document_id, region_code, period_code(period_start, period_end) AS period_code FROM documents;
"""

# A figure of a district's, town's or commune's report is not its province's value (parsing/report_area.py).
_NOT_A_DISTRICTS = "\n  AND b.area IS NULL"

_MENTIONS = f"""
SELECT b.figure_id, b.document_id, b.indicator, b.kind, b.unit, b.value, b.lo, b.hi, b.status,
       b.pct_of_plan, b.yoy_change_pct, b.period_start, b.period_end, c.region_code, c.period_code,
       d.published_on,
       CASE WHEN regexp_matches(d.source_name, '^[A-Za-z][A-Za-z0-9+.-]*://')
            THEN regexp_extract(lower(d.source_name), '^[a-z0-9+.-]+://(www\\.)?([^/:?#]+)', 2)
            WHEN contains(d.source_name, '/') THEN regexp_replace(d.source_name, '/[^/]*$', '')
            ELSE '.' END AS source_key,
       CASE WHEN b.qualifier = 'estimate' OR d.published_on <= b.period_end THEN 'estimate'
            WHEN d.published_on >= b.period_end + INTERVAL {FINAL_AFTER_DAYS} DAY THEN 'final'
            ELSE 'preliminary' END AS obs_status
FROM ({with_bounds_sql("figures")}) b
JOIN figure_codes c USING (figure_id)
JOIN documents d ON d.document_id = b.document_id
WHERE b.indicator IS NOT NULL AND c.region_code IS NOT NULL AND c.period_code IS NOT NULL{_NOT_A_DISTRICTS}
"""

_KEY = "region_code, indicator, kind, unit, period_code"

INDICATOR_VALUES = f"""
CREATE OR REPLACE VIEW indicator_values AS
WITH mentions AS ({_MENTIONS}),
ranked AS (
    SELECT *, row_number() OVER (
        PARTITION BY {_KEY}
        ORDER BY CASE obs_status WHEN 'final' THEN 3 WHEN 'preliminary' THEN 2 ELSE 1 END DESC,
                 published_on DESC NULLS LAST, status = 'valid' DESC, hi - lo ASC NULLS LAST, figure_id
    ) AS choice
    FROM mentions WHERE status <> 'quarantined'
),
anchor AS (
    SELECT {_KEY}, lo AS anchor_lo, hi AS anchor_hi, obs_status AS anchor_status
    FROM ranked WHERE choice = 1
),
compared AS (
    SELECT r.*, r.obs_status = a.anchor_status AS same_status,
           r.lo <= a.anchor_hi AND a.anchor_lo <= r.hi AS agrees
    FROM ranked r JOIN anchor a USING ({_KEY})
),
precise AS (
    SELECT *, row_number() OVER (
        PARTITION BY {_KEY} ORDER BY hi - lo ASC NULLS LAST, published_on DESC NULLS LAST, figure_id
    ) AS precision_rank
    FROM compared WHERE agrees AND same_status
),
chosen AS (
    SELECT {_KEY}, figure_id AS chosen_figure_id, value, lo AS chosen_lo, hi AS chosen_hi,
           obs_status, period_start, period_end
    FROM precise WHERE precision_rank = 1
),
agreed AS (
    SELECT {_KEY}, max(lo) AS agreed_lo, min(hi) AS agreed_hi,
           arg_min(pct_of_plan, precision_rank) FILTER (WHERE pct_of_plan IS NOT NULL) AS pct_of_plan,
           arg_min(yoy_change_pct, precision_rank) FILTER (WHERE yoy_change_pct IS NOT NULL) AS yoy_change_pct
    FROM precise GROUP BY {_KEY}
),
summary AS (
    SELECT {_KEY},
           count(*) AS n_mentions,
           count(DISTINCT document_id) AS n_documents,
           count(DISTINCT source_key) AS n_sources,
           min(published_on) AS first_published,
           max(published_on) AS last_published,
           bool_or(same_status AND NOT agrees) AS conflict,
           list(figure_id ORDER BY figure_id) FILTER (WHERE same_status AND NOT agrees) AS conflicting_figure_ids,
           list(figure_id ORDER BY figure_id) FILTER (WHERE NOT same_status) AS superseded_figure_ids
    FROM compared GROUP BY {_KEY}
),
quarantined AS (
    SELECT {_KEY}, count(*) AS n_quarantined FROM mentions WHERE status = 'quarantined' GROUP BY {_KEY}
),
failures AS (
    -- the same failure found again by a later run is one failure (its fingerprint)
    SELECT m.region_code, m.indicator, m.kind, m.unit, m.period_code, count(DISTINCT v.failure) AS open_failures
    FROM (SELECT coalesce(fingerprint, failure_id::VARCHAR) AS failure, unnest(figure_ids) AS figure_id
          FROM validation_failures
          WHERE review_status = 'open') v
    JOIN mentions m USING (figure_id)
    GROUP BY ALL
)
SELECT c.region_code, p.name AS region_name, c.indicator, c.kind, c.unit, c.period_code,
       c.period_start, c.period_end, c.value,
       CASE WHEN g.agreed_lo <= g.agreed_hi THEN g.agreed_lo ELSE c.chosen_lo END AS value_lo,
       CASE WHEN g.agreed_lo <= g.agreed_hi THEN g.agreed_hi ELSE c.chosen_hi END AS value_hi,
       c.obs_status, g.pct_of_plan, g.yoy_change_pct, s.n_mentions, s.n_documents, s.n_sources,
       coalesce(q.n_quarantined, 0) AS n_quarantined, s.first_published, s.last_published,
       c.chosen_figure_id, s.conflict, coalesce(s.conflicting_figure_ids, []) AS conflicting_figure_ids,
       coalesce(s.superseded_figure_ids, []) AS superseded_figure_ids,
       coalesce(f.open_failures, 0) AS open_failures
FROM chosen c
JOIN summary s USING ({_KEY})
JOIN agreed g USING ({_KEY})
LEFT JOIN quarantined q USING ({_KEY})
LEFT JOIN failures f USING ({_KEY})
LEFT JOIN provinces p ON p.code = c.region_code
     AND (p.valid_from IS NULL OR p.valid_from <= c.period_end)
     AND (p.valid_to IS NULL OR c.period_end <= p.valid_to)
ORDER BY c.region_code, c.indicator, c.kind, c.unit, c.period_end, c.period_start;
"""

PROVINCE_SERIES = """
CREATE OR REPLACE VIEW province_series AS
SELECT CASE WHEN p.valid_to IS NULL THEN p.code ELSE p.successor_code END AS code_2025,
       n.name AS name_2025,
       CASE WHEN p.valid_from IS NULL THEN p.code END AS code_2004,
       CASE WHEN p.valid_to IS NOT NULL THEN 'part'
            WHEN p.valid_from IS NOT NULL THEN 'merged'
            ELSE 'same' END AS coverage,
       v.*
FROM indicator_values v
JOIN provinces p ON p.code = v.region_code
     AND (p.valid_from IS NULL OR p.valid_from <= v.period_end)
     AND (p.valid_to IS NULL OR v.period_end <= p.valid_to)
LEFT JOIN provinces n ON n.code = CASE WHEN p.valid_to IS NULL THEN p.code ELSE p.successor_code END
     AND n.valid_to IS NULL
ORDER BY code_2025, v.indicator, v.kind, v.unit, v.period_end, v.period_start, v.region_code;
"""


VIEWS = (MACROS, FIGURE_CODES, INDICATOR_VALUES, PROVINCE_SERIES)


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    # Migration 010 builds the views before 013 adds the figures' area: without the column, no area to leave out.
    try:
        con.execute("SELECT area FROM figures LIMIT 0")
        has_area = True
    except duckdb.Error:
        has_area = False
    for script in VIEWS:
        con.execute(script if has_area else script.replace(_NOT_A_DISTRICTS, ""))
