"""The loader keeps the warehouse open across batches for a few seconds, then lets readers in."""

import subprocess
import sys
import time

import pytest

from warehouse.connection import HeldConnection, waiting_processes


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
    held = HeldConnection(tmp_path / "w.duckdb", wait_s=0, hold_s=0, memory_limit=settings.job_memory_limit)
    with held.use() as con:
        limit = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    assert limit == "95.3 MiB"  # DuckDB prints 100 MB in MiB
    with HeldConnection(tmp_path / "w.duckdb", wait_s=0, hold_s=0).use() as con:  # None: DuckDB's default
        assert con.execute("SELECT current_setting('memory_limit')").fetchone()[0] != "95.3 MiB"


def _reader(path) -> subprocess.Popen:
    """Another process opening the file read-only, waiting for it up to 60 s; prints what it read."""
    code = ("from warehouse.connection import connect; "
            f"con = connect({str(path)!r}, read_only=True, wait_s=60); "
            "print(con.execute('SELECT count(*) FROM t').fetchone()[0], flush=True)")
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)


def test_a_waiting_reader_gets_in_after_the_batch_being_loaded(tmp_path):
    path = tmp_path / "w.duckdb"
    held = HeldConnection(path, wait_s=30, hold_s=3600)  # would keep the file for the whole run
    with held.use() as con:
        con.execute("CREATE TABLE t AS SELECT 1 AS x")
    reader = _reader(path)
    try:
        deadline = time.monotonic() + 60
        while not waiting_processes(path):  # the reader found the file held and said so
            assert time.monotonic() < deadline and reader.poll() is None
            time.sleep(0.02)
        with held.use() as con:  # the next batch: loaded, then the file is let go
            con.execute("INSERT INTO t VALUES (2)")
        assert held._con is None
        with held.use() as con:  # the one after waits until the reader is in
            con.execute("INSERT INTO t VALUES (3)")
        assert reader.communicate(timeout=60)[0].strip() == "2"
    finally:
        reader.kill()
        reader.wait()
        held.close()
    assert waiting_processes(path) == []


def test_a_dead_readers_marker_is_removed_not_waited_for(tmp_path):
    path = tmp_path / "w.duckdb"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    marker = tmp_path / f"w.duckdb.waiting.{dead.pid}"
    marker.touch()
    assert waiting_processes(path) == [] and not marker.exists()
    held = HeldConnection(path, wait_s=0, hold_s=3600)
    with held.use() as con:
        con.execute("CREATE TABLE t AS SELECT 1 AS x")
    assert held._con is not None  # nobody waiting: kept for the next batch
    held.close()


def test_a_reader_gets_in_while_a_run_writes_its_failure_reports(settings, monkeypatch):
    """The reports read every failure of the run, the longest stage after the batches: on the
    connection that had the file for writing, a reader waited for them (104 s at 20 000 reports)."""
    import flows.pipeline as pipeline
    from flows.pipeline import run_ingest

    readers_got_in = []

    def write_reports_and_try_a_reader(con, run_id, report_dir, **options):
        readers_got_in.append(_can_another_process_read(settings.warehouse))
        return write_run_reports(con, run_id, report_dir, **options)

    write_run_reports = pipeline.write_run_reports
    monkeypatch.setattr(pipeline, "write_run_reports", write_reports_and_try_a_reader)
    summary = run_ingest(settings)
    assert summary.result.documents_new > 0 and summary.report_paths
    assert readers_got_in == [True]
