"""Keeps the analysts' part of the warehouse in step: code tables, views and column comments.

``refresh`` runs inside migration 010 and after every later ``migrate`` (that is, at the start
of every run and reparse): the code tables are a few hundred rows and the views and comments
are catalog entries, so it costs milliseconds and nothing has to remember to call it.
"""

from __future__ import annotations

from importlib import resources

import duckdb

from warehouse import codes
from warehouse.analyst_sql import create_views

MIGRATION = 10


def comments() -> list[tuple[str, str, str]]:
    """(table, column or "" for the table itself, comment) from ``warehouse/comments.tsv``."""
    text = resources.files("warehouse").joinpath("comments.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            table, column, comment = line.split("\t", 2)
            rows.append((table.strip(), column.strip(), comment.strip()))
    return rows


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def apply_comments(con: duckdb.DuckDBPyConnection) -> None:
    """COMMENT ON every listed table, view and column that exists (a table another branch adds
    later gets its comments once it exists)."""
    objects = dict(con.execute(
        "SELECT table_name, 'TABLE' FROM duckdb_tables() WHERE schema_name = 'main' "
        "UNION ALL SELECT view_name, 'VIEW' FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal"
    ).fetchall())
    columns = set(con.execute(
        "SELECT table_name, column_name FROM duckdb_columns() WHERE schema_name = 'main'").fetchall())
    for table, column, comment in comments():
        if table not in objects:
            continue
        if not column:
            con.execute(f'COMMENT ON {objects[table]} "{table}" IS {_quote(comment)}')
        elif (table, column) in columns:
            con.execute(f'COMMENT ON COLUMN "{table}"."{column}" IS {_quote(comment)}')


def refresh(con: duckdb.DuckDBPyConnection) -> None:
    codes.refresh(con)
    create_views(con)
    apply_comments(con)
