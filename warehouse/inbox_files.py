"""The ledger of inbox files read (table ``inbox_files``, migration 006); see sources/inbox_ledger.py."""

from __future__ import annotations

from datetime import datetime

import duckdb
import pyarrow as pa

from warehouse.connection import transaction
from warehouse.registered import registered


def trusted_files(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[int, int]]:
    """name -> (byte_size, mtime_ns) of the recorded files whose text is in ``documents``."""
    rows = con.execute(
        """SELECT source_name, byte_size, mtime_ns FROM inbox_files
           WHERE content_sha256 IN (SELECT content_sha256 FROM documents WHERE content_sha256 IS NOT NULL)"""
    ).fetchall()
    return {name: (size, mtime_ns) for name, size, mtime_ns in rows}


def record_files(con: duckdb.DuckDBPyConnection, rows: list[tuple[str, int, int, str]]) -> None:
    """Replace the rows of these names, in a transaction of their own."""
    if rows:
        with transaction(con):
            write_files(con, rows)


def write_files(con: duckdb.DuckDBPyConnection, rows: list[tuple[str, int, int, str]]) -> None:
    """``record_files`` inside the caller's transaction (the loader writes a batch's files with its
    documents: one commit a batch, not two). One statement each, never a query per file."""
    if not rows:
        return
    names, sizes, times, hashes = zip(*rows)
    files = pa.table({
        "source_name": pa.array(names, pa.string()), "byte_size": pa.array(sizes, pa.int64()),
        "mtime_ns": pa.array(times, pa.int64()), "content_sha256": pa.array(hashes, pa.string())})
    with registered(con, read_inbox_files=files):
        con.execute("DELETE FROM inbox_files WHERE source_name IN (SELECT source_name FROM read_inbox_files)")
        con.execute("INSERT INTO inbox_files SELECT source_name, byte_size, mtime_ns, content_sha256, ? "
                    "FROM read_inbox_files", [datetime.now()])
