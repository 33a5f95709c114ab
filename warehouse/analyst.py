"""Keeps the analysts' part of the warehouse in step: code tables, views and column comments.

``refresh`` runs inside migration 010 and after every later ``migrate`` (that is, at the start
of every run and reparse): the code tables are a few hundred rows and the views and comments
are catalog entries, so it costs milliseconds and nothing has to remember to call it.
"""

from __future__ import annotations

import hashlib
from importlib import resources

import duckdb

from warehouse import codes
from warehouse.analyst_sql import VIEWS, create_views
from warehouse.lake import connection_is_lake

MIGRATION = 10


def comment_rows() -> list[tuple[str, str, str, str]]:
    """(table, column or "" for the table itself, comment, Vietnamese header or "") from
    ``warehouse/comments.tsv``."""
    text = resources.files("warehouse").joinpath("comments.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            cells = [cell.strip() for cell in line.split("\t")] + [""]
            rows.append((cells[0], cells[1], cells[2], cells[3]))
    return rows


def vietnamese_headers(table: str) -> dict[str, str]:
    return {column: header for name, column, _, header in comment_rows() if name == table and column and header}


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def apply_comments(con: duckdb.DuckDBPyConnection) -> None:
    """COMMENT ON every listed table, view and column that exists (a table another branch adds
    later gets its comments once it exists)."""
    objects = dict(con.execute(
        "SELECT table_name, 'TABLE' FROM duckdb_tables() WHERE schema_name = 'main' "
        "UNION ALL SELECT view_name, 'VIEW' FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal"
    ).fetchall())
    current = dict(con.execute(
        "SELECT table_name, comment FROM duckdb_tables() WHERE schema_name = 'main' "
        "UNION ALL SELECT view_name, comment FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal"
    ).fetchall())
    current |= {(t, c): comment for t, c, comment in con.execute(
        "SELECT table_name, column_name, comment FROM duckdb_columns() WHERE schema_name = 'main'").fetchall()}
    # A DuckLake holds comments on tables, views and table columns, not on view columns.
    view_columns = not connection_is_lake(con)
    for table, column, comment, _ in comment_rows():  # only changed ones: each COMMENT is a catalog write
        key = (table, column) if column else table
        if table not in objects or key not in current or current[key] == comment:
            continue
        if column and objects[table] == "VIEW" and not view_columns:
            continue
        if not column:
            con.execute(f'COMMENT ON {objects[table]} "{table}" IS {_quote(comment)}')
        else:
            con.execute(f'COMMENT ON COLUMN "{table}"."{column}" IS {_quote(comment)}')


_STATE = "CREATE TABLE IF NOT EXISTS analyst_state (fingerprint VARCHAR NOT NULL)"


def fingerprint() -> str:
    """Of everything ``refresh`` builds from: the data files, the view SQL and the comments."""
    digest = hashlib.sha256()
    for package, name in (("parsing.vocab", "province_codes.tsv"), ("parsing.vocab", "provinces.tsv"),
                          ("parsing.vocab", "indicators.tsv"), ("schemas", "decompositions.tsv"),
                          ("warehouse", "comments.tsv")):
        digest.update(resources.files(package).joinpath(name).read_bytes())
    digest.update("".join(VIEWS).encode())
    digest.update(repr(list(codes.PERIOD_YEARS)).encode())
    return digest.hexdigest()


def refresh(con: duckdb.DuckDBPyConnection, force: bool = False) -> bool:
    """Rebuild the code tables, views and comments unless nothing they are built from changed
    (then it costs a hash of five small files). Returns whether it rebuilt."""
    con.execute(_STATE)
    current = fingerprint()
    if not force and con.execute("SELECT fingerprint FROM analyst_state").fetchall() == [(current,)] and \
            con.execute("SELECT count(*) FROM duckdb_views() WHERE view_name = 'province_series'").fetchall()[0][0]:
        return False
    codes.refresh(con)
    create_views(con)
    apply_comments(con)
    con.execute("DELETE FROM analyst_state")
    con.execute("INSERT INTO analyst_state VALUES (?)", [current])
    return True
