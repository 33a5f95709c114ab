"""The loader keeps the warehouse open across batches for a few seconds, then lets readers in."""

import subprocess
import sys

import pytest

from warehouse.connection import HeldConnection


def _can_another_process_read(path) -> bool:
    probe = f"import duckdb; duckdb.connect({str(path)!r}, read_only=True).close()"
    return subprocess.run([sys.executable, "-c", probe], capture_output=True).returncode == 0


def test_one_connection_serves_batches_within_the_hold_time_then_the_file_is_let_go(tmp_path):
    held = HeldConnection(tmp_path / "w.duckdb", wait_s=0, hold_s=60)
    with held.use() as first:
        first.execute("CREATE TABLE t AS SELECT 1 AS x")
    with held.use() as second:
        assert second is first  # not opened (and checkpointed on close) again
    assert not _can_another_process_read(tmp_path / "w.duckdb")
    held.close()
    assert _can_another_process_read(tmp_path / "w.duckdb")


def test_past_the_hold_time_the_file_is_closed_after_the_batch(tmp_path):
    held = HeldConnection(tmp_path / "w.duckdb", wait_s=0, hold_s=0)
    with held.use() as con:
        con.execute("CREATE TABLE t AS SELECT 1 AS x")
    assert _can_another_process_read(tmp_path / "w.duckdb")


def test_an_error_closes_the_connection(tmp_path):
    held = HeldConnection(tmp_path / "w.duckdb", wait_s=0, hold_s=60)
    with pytest.raises(RuntimeError), held.use():
        raise RuntimeError("a failed load")
    assert _can_another_process_read(tmp_path / "w.duckdb")


def test_the_jobs_connections_carry_the_memory_limit_of_the_settings(tmp_path):
    from flows.settings import load_settings

    settings = load_settings({"SOLIEU_DUCKDB_MEMORY_LIMIT": "100MB"})
    held = HeldConnection(tmp_path / "w.duckdb", wait_s=0, hold_s=0, memory_limit=settings.duckdb_memory_limit)
    with held.use() as con:
        limit = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    assert limit == "95.3 MiB"  # DuckDB prints 100 MB in MiB
    with HeldConnection(tmp_path / "w.duckdb", wait_s=0, hold_s=0).use() as con:  # None: DuckDB's default
        assert con.execute("SELECT current_setting('memory_limit')").fetchone()[0] != "95.3 MiB"
