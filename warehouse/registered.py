"""Frames made queryable by name for one block of SQL, and forgotten after it.

Rows go into the warehouse set-based: a frame is registered under a name, read by an
``INSERT ... SELECT`` or ``UPDATE ... FROM``, and unregistered, also when a statement fails,
so that a later statement on the same connection never reads a stale frame by that name.
Document text reaches SQL this way (or as a parameter), never spliced into a statement.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import duckdb
import pandas as pd
import pyarrow as pa


@contextmanager
def registered(con: duckdb.DuckDBPyConnection, **frames: pd.DataFrame | pa.Table) -> Iterator[None]:
    """Register each frame under its keyword's name for the ``with`` block."""
    names: list[str] = []
    try:
        for name, frame in frames.items():
            con.register(name, frame)
            names.append(name)
        yield
    finally:
        for name in names:
            con.unregister(name)


def as_arrow(frame: pd.DataFrame) -> pa.Table:
    """The frame as an Arrow table: DuckDB scans it without turning every string column into
    Python objects, which made a large batch's insert slow."""
    return pa.Table.from_pandas(frame, preserve_index=False)
