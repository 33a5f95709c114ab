"""``solieu warehouse maintain``: DuckLake's own upkeep, and what it freed.

Every batch a run loads is a snapshot with a few small Parquet files per table, and every update
(review decisions, ``period_bounds``) adds delete files. Upkeep, in DuckLake's functions:

1. ``ducklake_merge_adjacent_files``: small files of a table become one (rows keep the snapshots
   they were written in, so time travel still reads them);
2. ``ducklake_expire_snapshots``: snapshots older than ``older_than_days`` go, except those that
   ended a run (``runs.lake_snapshot``: ``solieu sql --as-of-run`` keeps working) unless
   ``keep_run_ends`` is off;
3. ``ducklake_cleanup_old_files``: the files no snapshot left reads any more are deleted;
4. ``ducklake_delete_orphaned_files``: files under the data path the catalog never recorded are
   deleted. A batch's Parquet files are written before its transaction commits, so a run killed
   mid-batch (SIGKILL, power) leaves them behind, read by no snapshot and listed nowhere else.
   ``cleanup_all``: every such file, however new, which is safe only because ``maintain`` runs
   holding the run lock and the write lock (``solieu warehouse maintain``): no other solieu
   writer can be between writing a file and committing it meanwhile.

A DuckDB file needs none of this: a CHECKPOINT, and the report of its size.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb

from warehouse.lake import CATALOG_NAME, Lake

_METADATA = f"__ducklake_metadata_{CATALOG_NAME}"


@dataclass
class UpkeepResult:
    kind: str
    snapshots_before: int = 0
    snapshots_expired: int = 0
    files_merged: int = 0  # small files merged ...
    files_written: int = 0  # ... into these
    files_deleted: int = 0
    bytes_freed: int | None = 0  # None: not known (files on object storage)
    orphans_deleted: int = 0  # files no snapshot or catalog entry knows (a run killed mid-batch)
    orphan_bytes_freed: int | None = 0
    data_files_before: int = 0
    data_files_after: int = 0
    file_bytes_before: int = 0
    file_bytes_after: int = 0

    def text(self) -> str:
        if self.kind == "file":
            return (f"DuckDB file: checkpointed; {_size(self.file_bytes_before)} before, "
                    f"{_size(self.file_bytes_after)} after (nothing else to do on a file)")
        freed = "size unknown (object storage)" if self.bytes_freed is None else _size(self.bytes_freed)
        orphan_freed = ("size unknown (object storage)" if self.orphan_bytes_freed is None
                        else _size(self.orphan_bytes_freed))
        return "\n".join([
            f"merged:    {self.files_merged} small files into {self.files_written}",
            f"snapshots: {self.snapshots_expired} of {self.snapshots_before} expired",
            f"deleted:   {self.files_deleted} files no snapshot reads, {freed} freed",
            f"orphaned:  {self.orphans_deleted} files no snapshot ever recorded (left by a run killed "
            f"mid-batch) deleted, {orphan_freed} freed",
            f"data files: {self.data_files_before} before, {self.data_files_after} after",
        ])


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def maintain(con: duckdb.DuckDBPyConnection, lake: Lake | Path, *, older_than_days: float = 7.0,
             keep_run_ends: bool = True) -> UpkeepResult:
    """Merge, expire, clean up (on a lake) or checkpoint (a file); returns what it did and freed."""
    if not isinstance(lake, Lake):
        result = UpkeepResult("file", file_bytes_before=_bytes(Path(lake)))
        con.execute("CHECKPOINT")
        result.file_bytes_after = _bytes(Path(lake))
        return result
    result = UpkeepResult("lake", data_files_before=_data_files(con))
    result.snapshots_before = con.execute(f"SELECT count(*) FROM {CATALOG_NAME}.snapshots()").fetchall()[0][0]
    merged = con.execute(f"CALL ducklake_merge_adjacent_files('{CATALOG_NAME}')").fetchall()
    result.files_merged = sum(row[2] for row in merged)
    result.files_written = sum(row[3] for row in merged)

    snapshots = [row[0] for row in con.execute(
        f"SELECT snapshot_id FROM {CATALOG_NAME}.snapshots() ORDER BY snapshot_id").fetchall()]
    cutoff = datetime.now(UTC) - timedelta(days=older_than_days)
    old = {row[0] for row in con.execute(
        f"SELECT snapshot_id FROM {CATALOG_NAME}.snapshots() WHERE snapshot_time < ?", [cutoff]).fetchall()}
    keep = {max(snapshots)}  # the current one always stays
    if keep_run_ends:
        keep |= {row[0] for row in con.execute(
            "SELECT lake_snapshot FROM runs WHERE lake_snapshot IS NOT NULL").fetchall()}
    expire = sorted(old - keep)
    if expire:
        expired = con.execute(f"CALL ducklake_expire_snapshots('{CATALOG_NAME}', versions => ?)",
                              [expire]).fetchall()
        result.snapshots_expired = len(expired)

    result.files_deleted, result.bytes_freed = _delete(con, "ducklake_cleanup_old_files")
    result.orphans_deleted, result.orphan_bytes_freed = _delete(con, "ducklake_delete_orphaned_files")
    result.data_files_after = _data_files(con)
    return result


def _delete(con: duckdb.DuckDBPyConnection, function: str) -> tuple[int, int | None]:
    """Call one of DuckLake's deleting functions on every file it finds; (files deleted, bytes freed,
    None when the files were on object storage). The dry run first: the sizes of local files are
    read before they go."""
    doomed = [row[0] for row in con.execute(
        f"CALL {function}('{CATALOG_NAME}', dry_run => true, cleanup_all => true)").fetchall()]
    local = all("://" not in path for path in doomed)
    freed = sum(_bytes(Path(path)) for path in doomed) if local else None
    deleted = con.execute(f"CALL {function}('{CATALOG_NAME}', cleanup_all => true)").fetchall()
    return len(deleted), freed


def _data_files(con: duckdb.DuckDBPyConnection) -> int:
    return con.execute(f"SELECT count(*) FROM {_METADATA}.ducklake_data_file WHERE end_snapshot IS NULL").fetchall()[0][0]


def _bytes(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0
