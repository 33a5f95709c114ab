"""Each figure's own region and period (``parsing.scope``): a digest's paragraph on another
province, a month inside a half-year report. The checks compare figures by them, and analysts
can group by them without joining documents.

Figures loaded before get their documents' region and period (marked ``document``): that is
what the checks compared them by; ``solieu reparse`` reads their texts again for their own.
``period_bounds`` is rebuilt on the figures' columns (the same values for such figures).
A migration in Python for that rebuild (see 007).
"""

from warehouse.period_bounds import rebuild

_COLUMNS = """
ALTER TABLE figures ADD COLUMN IF NOT EXISTS region VARCHAR;
ALTER TABLE figures ADD COLUMN IF NOT EXISTS region_source VARCHAR;  -- text, document
ALTER TABLE figures ADD COLUMN IF NOT EXISTS period_label VARCHAR;
ALTER TABLE figures ADD COLUMN IF NOT EXISTS period_start DATE;
ALTER TABLE figures ADD COLUMN IF NOT EXISTS period_end DATE;
ALTER TABLE figures ADD COLUMN IF NOT EXISTS period_source VARCHAR;  -- text, document
"""

_FROM_DOCUMENTS = """
UPDATE figures SET region = d.region, region_source = 'document', period_label = d.period_label,
       period_start = d.period_start, period_end = d.period_end, period_source = 'document'
FROM documents d
WHERE figures.document_id = d.document_id AND figures.region_source IS NULL
"""


def apply(con) -> None:
    con.execute(_COLUMNS)
    con.execute(_FROM_DOCUMENTS)
    rebuild(con)
