"""``solieu warehouse copy``: a whole warehouse into a new one of either kind (file -> lake, lake -> file,
lake -> lake), row for row: ids, review decisions and their history, the runs ledger, fetched bytes.

The target is migrated first, so it has every table; the source is attached read only to the
target's connection and each table copied by the columns both have, in one transaction (on a lake:
one snapshot, one Parquet file per table). The code tables and the migration ledger are the
target's own (``migrate`` fills them from the data files). ``runs.lake_snapshot`` names snapshots
of the source, which mean nothing in the target: it is left empty there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from schemas.errors import SolieuError
from warehouse.connection import connect, exclusive_run, transaction
from warehouse.lake import Lake, is_remote, load_extensions, recorded_data_path
from warehouse.migrate import migrate

SOURCE = "copy_source"
# Filled by the target's own migrations, from the data files: never copied.
_OWN_TABLES = {"schema_migrations", "analyst_state", "provinces", "indicators", "periods"}
_NOT_CARRIED = {("runs", "lake_snapshot")}


class CopyError(SolieuError):
    """The copy cannot start; the message says why. Nothing was written."""


@dataclass
class CopyResult:
    source: str
    target: str
    rows: dict[str, int] = field(default_factory=dict)

    def text(self) -> str:
        counted = ", ".join(f"{table} {n}" for table, n in sorted(self.rows.items()) if n)
        return f"copied {self.source} -> {self.target}: {sum(self.rows.values())} rows ({counted or 'none'})"


def copy_warehouse(source: Path | Lake, target: Path | Lake, *, wait_s: float = 0.0) -> CopyResult:
    """Copy every row of ``source`` into ``target``, which must be new or empty."""
    if str(source) == str(target):
        raise CopyError(f"{source} is both source and target")
    if isinstance(source, Path) and not source.exists() or isinstance(source, Lake) and not source.exists():
        raise CopyError(f"warehouse {source} does not exist")
    with exclusive_run(source, wait_s=wait_s), exclusive_run(target, wait_s=wait_s):
        with connect(source, wait_s=wait_s) as con:
            migrate(con)  # the same tables and columns as the target's
        with connect(target, wait_s=wait_s) as con:
            migrate(con)
            _refuse_if_loaded(con, target)
            _attach_source(con, source)
            try:
                result = CopyResult(str(source), str(target))
                with transaction(con):
                    for table in _tables(con):
                        result.rows[table] = _copy_table(con, table)
                for table, copied in result.rows.items():
                    there = con.execute(f'SELECT count(*) FROM {SOURCE}.main."{table}"').fetchall()[0][0]
                    if there != copied:  # cannot happen unless the source changed: say so, never hide it
                        raise CopyError(f"{table}: {there} rows in the source, {copied} copied")
            finally:
                con.execute(f"DETACH {SOURCE}")
    return result


def _refuse_if_loaded(con: duckdb.DuckDBPyConnection, target) -> None:
    counts = con.execute("SELECT (SELECT count(*) FROM runs), (SELECT count(*) FROM documents)").fetchall()[0]
    if any(counts):
        raise CopyError(f"target {target} already holds {counts[0]} runs and {counts[1]} documents; "
                        "copy into a new file or lake")


def _attach_source(con: duckdb.DuckDBPyConnection, source) -> None:
    if isinstance(source, Lake):
        load_extensions(con, source, remote=is_remote(source.data_path or recorded_data_path(con, source)))
        name = str(source)
    else:
        name = str(Path(source).absolute())
    con.execute(f"ATTACH '{name.replace(chr(39), chr(39) * 2)}' AS {SOURCE} (READ_ONLY)")


def _tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [name for name, in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
        "AND schema_name = 'main' ORDER BY table_name").fetchall() if name not in _OWN_TABLES]


def _columns(con: duckdb.DuckDBPyConnection, database: str, table: str) -> list[str]:
    return [name for name, in con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE database_name = ? AND schema_name = 'main' "
        "AND table_name = ? ORDER BY column_index", [database, table]).fetchall()]


def _copy_table(con: duckdb.DuckDBPyConnection, table: str) -> int:
    target = con.execute("SELECT current_database()").fetchall()[0][0]
    theirs = set(_columns(con, SOURCE, table))
    if not theirs:
        return 0
    columns = [c for c in _columns(con, target, table) if c in theirs and (table, c) not in _NOT_CARRIED]
    listed = ", ".join(f'"{c}"' for c in columns)
    con.execute(f'INSERT INTO "{table}" ({listed}) SELECT {listed} FROM {SOURCE}.main."{table}"')
    return con.execute(f'SELECT count(*) FROM "{table}"').fetchall()[0][0]
