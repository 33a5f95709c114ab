"""Overlapping runs and other holders of the warehouse: runs take turns, nothing is loaded twice,
and a run that cannot get in says who is in the way."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import duckdb
import pytest
from conftest import REPO, SAMPLES
from validation_helpers import running, solieu_command

from flows.pipeline import prepare_batch, run_ingest
from sources.inbox import list_inbox, read_raw
from warehouse.connection import WarehouseLocked, exclusive_run, run_lock_path


def _query(path, sql, params=()):
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def _hold(code: str) -> subprocess.Popen:
    """A process that prints 'ready' once it holds what ``code`` takes, then sleeps."""
    holder = subprocess.Popen([sys.executable, "-c", code + "; print('ready', flush=True); time.sleep(120)"],
                              cwd=REPO, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "ready"
    return holder


def test_the_run_lock_is_reentrant_names_its_holder_and_dies_with_it(warehouse_path):
    with exclusive_run(warehouse_path, wait_s=0), exclusive_run(warehouse_path, wait_s=0):
        pass  # the CLI takes it, then the flow's run_ingest takes it again in the same process
    holder = _hold(f"import time; from warehouse.connection import exclusive_run; "
                   f"lock = exclusive_run({str(warehouse_path)!r}); lock.__enter__()")
    try:
        started = time.monotonic()
        with pytest.raises(WarehouseLocked, match=rf"process {holder.pid} \(.*exclusive_run.*\); "
                                                  r"gave up after waiting 0.5 s"):
            with exclusive_run(warehouse_path, wait_s=0.5):
                pass
        assert time.monotonic() - started >= 0.5
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    # The kernel released the lock of the killed process: no stale lock to clean up.
    with exclusive_run(warehouse_path, wait_s=0):
        assert run_lock_path(warehouse_path).read_text().split()[0] == str(os.getpid())


def test_a_run_waits_for_an_analyst_holding_the_file_then_completes(settings):
    settings.warehouse.parent.mkdir(parents=True)
    holder = _hold(f"import duckdb, time, threading; con = duckdb.connect({str(settings.warehouse)!r}); "
                   "threading.Timer(2.0, lambda: (con.close(), print('closed', flush=True))).start()")
    try:
        started = time.monotonic()
        summary = run_ingest(settings.with_overrides(lock_timeout_s=60))
        waited = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
    assert waited >= 1.5
    assert summary.result.documents_new == len(list(SAMPLES.glob("*.txt")))


def test_loading_a_batch_another_run_loaded_meanwhile_adds_nothing(settings):
    """Should two runs ever prepare the same texts, the hash check inside the load transaction
    keeps the second from loading them again (the run lock makes this rare, not impossible:
    a process that does not take it, or a lock file on a filesystem without flock)."""
    from flows.pipeline import load_prepared
    from warehouse.connection import connect
    from warehouse.migrate import migrate
    from warehouse.runs_ledger import start_run

    raws = [read_raw(path, settings.inbox, settings.max_document_bytes) for path in list_inbox(settings.inbox)]
    batch = prepare_batch(raws)
    with connect(settings.warehouse) as con:
        migrate(con)
        first_run = start_run(con, flow_run_id=None, inbox="a", parser_version="t")
        second_run = start_run(con, flow_run_id=None, inbox="b", parser_version="t")
    first = load_prepared(settings, first_run, batch)
    counts = _query(settings.warehouse, "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM figures)")
    second = load_prepared(settings, second_run, batch)
    assert first.documents_new == len(raws) and second.documents_new == 0
    assert second.documents_already_loaded == len(raws)
    assert _query(settings.warehouse,
                  "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM figures)") == counts


def test_a_later_run_marks_a_run_its_process_left_running_as_abandoned(settings):
    from warehouse.connection import connect
    from warehouse.migrate import migrate
    from warehouse.runs_ledger import start_run

    with connect(settings.warehouse) as con:
        migrate(con)
        dead = start_run(con, flow_run_id=None, inbox="x", parser_version="t")
    summary = run_ingest(settings)
    runs = _query(settings.warehouse, "SELECT run_id, status, finished_at IS NOT NULL, message FROM runs "
                  "ORDER BY run_id")
    assert runs[0][:3] == (dead, "abandoned", True)
    assert f"found by run {summary.run_id}" in runs[0][3]
    assert runs[1][:2] == (summary.run_id, "completed")


# ---------------------------------------------------------------------------
# Two `solieu run` processes at once (real Prefect runs, real DuckDB file).

def _generated_inbox(tmp_path, copies=6):
    inbox = tmp_path / "big-inbox"
    inbox.mkdir()
    for sample in sorted(SAMPLES.glob("*.txt")):
        text = sample.read_text(encoding="utf-8")
        for copy in "abcdefghik"[:copies]:
            (inbox / f"{sample.stem}-{copy}.txt").write_text(f"{text}\nGhi chú: bản {copy}.\n", encoding="utf-8")
    return inbox


def _solieu_run(inbox, warehouse, lock_timeout):
    """``solieu run`` (batches of 4) as a process for a ``with`` block (``validation_helpers.running``)."""
    env = dict(os.environ, SOLIEU_LOCK_TIMEOUT=str(lock_timeout), SOLIEU_BATCH_SIZE="4")
    return running(solieu_command("run", "--inbox", str(inbox), "--warehouse", str(warehouse)), cwd=REPO, env=env)


@pytest.mark.slow
def test_two_runs_at_once_take_turns_and_load_every_text_once(tmp_path, warehouse_path):
    inbox = _generated_inbox(tmp_path)
    with _solieu_run(inbox, warehouse_path, 600) as first, _solieu_run(inbox, warehouse_path, 600) as second:
        outputs = [process.communicate(timeout=900) for process in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], outputs
    texts = len(list(inbox.glob("*.txt")))
    new = sorted(int(out.split(" new")[0].rsplit(" ", 1)[1]) for out, _ in outputs)
    assert new == [0, texts]
    assert _query(warehouse_path, "SELECT count(*), count(DISTINCT content_sha256) FROM documents") == [
        (texts, texts)]
    assert _query(warehouse_path, "SELECT status, documents_new, documents_skipped FROM runs ORDER BY run_id") == [
        ("completed", texts, 0), ("completed", 0, texts)]


@pytest.mark.slow
def test_a_run_that_cannot_wait_long_enough_exits_2_naming_the_running_one(tmp_path, warehouse_path):
    inbox = _generated_inbox(tmp_path)
    with _solieu_run(inbox, warehouse_path, 600) as first:
        lock = run_lock_path(warehouse_path)
        deadline = time.monotonic() + 120
        while not (lock.exists() and lock.read_text().split()[:1] == [str(first.pid)]):
            assert time.monotonic() < deadline and first.poll() is None, first.stderr.read()
            time.sleep(0.05)
        second = subprocess.run(solieu_command("run", "--inbox", str(inbox), "--warehouse", str(warehouse_path)),
                                cwd=REPO, capture_output=True, text=True,
                                env=dict(os.environ, SOLIEU_LOCK_TIMEOUT="1"), timeout=120)
        assert second.returncode == 2, second.stderr
        assert f"is being loaded by another run, process {first.pid} (" in second.stderr
        assert "flows.cli run" in second.stderr and "gave up after waiting 1 s" in second.stderr
        assert second.stderr.strip().count("\n") == 0
        out, err = first.communicate(timeout=900)
        assert first.returncode == 0, err
    assert _query(warehouse_path, "SELECT status FROM runs") == [("completed",)]


@pytest.mark.slow
def test_a_reader_waiting_for_the_file_gets_in_between_batches_of_a_run(tmp_path, warehouse_path):
    """The loader sees a waiting reader's marker and lets it in after the batch it is loading."""
    from warehouse.connection import connect

    inbox = _generated_inbox(tmp_path)
    texts = len(list(inbox.glob("*.txt")))
    counts, sql = [], None
    with _solieu_run(inbox, warehouse_path, 600) as run:
        while run.poll() is None:
            time.sleep(0.25)
            if not warehouse_path.exists():
                continue
            try:
                with connect(warehouse_path, read_only=True, wait_s=600) as con:
                    counts.append(con.execute("SELECT count(*) FROM documents").fetchone()[0])
            except duckdb.CatalogException:  # before the run's migrations
                continue
            if sql is None and 0 < counts[-1] < texts:
                sql = subprocess.run([sys.executable, "-m", "flows.cli", "sql", "--warehouse", str(warehouse_path),
                                      "--format", "csv", "SELECT count(*) AS n FROM documents"], cwd=REPO,
                                     capture_output=True, text=True, env=dict(os.environ, SOLIEU_LOCK_TIMEOUT="600"),
                                     timeout=600)
                sql_answered_mid_run = run.poll() is None
        out, err = run.communicate(timeout=900)
    assert run.returncode == 0, err
    assert any(0 < n < texts for n in counts), counts  # got in between batches, not only at the end
    assert sql is not None and sql.returncode == 0, sql and sql.stderr
    assert 0 < int(sql.stdout.splitlines()[1]) < texts and sql_answered_mid_run
