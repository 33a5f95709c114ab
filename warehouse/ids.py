"""New row ids: one more than the largest in the table."""

from __future__ import annotations

import duckdb


def next_id(con: duckdb.DuckDBPyConnection, table: str, column: str) -> int:
    # Safe without a sequence: one process writes (the run lock), inside its transaction.
    return con.execute(f"SELECT coalesce(max({column}), 0) + 1 FROM {table}").fetchall()[0][0]
