"""Code tables (``provinces``, ``indicators``, ``periods``) and the analysts' views
(``figure_codes``, ``document_codes``, ``indicator_values``, ``province_series``), with a
comment on every public table and column.

A migration in Python because the tables are filled from the data files (warehouse/codes.py)
and the views use the loader's interval SQL (warehouse/analyst_sql.py); ``migrate`` refreshes
all three on every run, so they follow later edits of the data files and rules.
"""

from warehouse.analyst import refresh

TABLES = """
CREATE TABLE IF NOT EXISTS provinces (
    code           VARCHAR NOT NULL,
    name           VARCHAR NOT NULL,
    valid_from     DATE,
    valid_to       DATE,
    successor_code VARCHAR,
    spellings      VARCHAR[]
);
CREATE TABLE IF NOT EXISTS indicators (
    indicator   VARCHAR PRIMARY KEY,
    name_vi     VARCHAR,
    name_en     VARCHAR,
    kind        VARCHAR,
    unit_family VARCHAR,
    parent      VARCHAR,
    parts       VARCHAR[]
);
CREATE TABLE IF NOT EXISTS periods (
    period_code  VARCHAR PRIMARY KEY,
    period_kind  VARCHAR NOT NULL,
    period_start DATE NOT NULL,
    period_end   DATE NOT NULL,
    cumulative   BOOLEAN NOT NULL
);
"""


def apply(con) -> None:
    con.execute(TABLES)
    refresh(con, force=True)
