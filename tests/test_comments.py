"""Every public table, view and column carries a COMMENT (warehouse/comments.tsv, migration 010)."""

from __future__ import annotations

import duckdb

from warehouse.analyst import comment_rows
from warehouse.migrate import migrate


def test_every_public_table_and_column_has_a_comment():
    con = duckdb.connect()
    migrate(con)
    missing_tables = con.execute("""
        SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND comment IS NULL
        UNION ALL SELECT view_name FROM duckdb_views()
        WHERE schema_name = 'main' AND NOT internal AND comment IS NULL""").fetchall()
    missing_columns = con.execute("""
        SELECT table_name || '.' || column_name FROM duckdb_columns()
        WHERE schema_name = 'main' AND NOT internal AND comment IS NULL ORDER BY 1""").fetchall()
    assert missing_tables == [] and missing_columns == [], "add them to warehouse/comments.tsv"


def test_comments_name_only_existing_columns():
    con = duckdb.connect()
    migrate(con)
    columns = set(con.execute("SELECT table_name, column_name FROM duckdb_columns() WHERE schema_name = 'main'"
                              ).fetchall())
    tables = {table for table, _ in columns}
    stale = [(t, c) for t, c, _, _ in comment_rows()
             if t in tables and c and (t, c) not in columns]
    assert stale == []
