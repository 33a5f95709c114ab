"""One run per warehouse at a time, across processes; a killed run never leaves the lock held."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from warehouse.connection import WarehouseLocked
from warehouse.run_lock import lock_path, run_lock


def _holder(warehouse, seconds: float) -> subprocess.Popen:
    """Another process holding the run lock of ``warehouse``."""
    code = ("import sys, time; from pathlib import Path; from warehouse.run_lock import run_lock\n"
            f"with run_lock(Path({str(warehouse)!r}), wait_s=0):\n"
            f"    print('holding', flush=True); time.sleep({seconds})\n")
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "holding"
    return process


def test_second_run_waits_then_gives_up_naming_the_holder(warehouse_path):
    holder = _holder(warehouse_path, 60)
    try:
        started = time.monotonic()
        with pytest.raises(WarehouseLocked) as error, run_lock(warehouse_path, wait_s=1):
            pass
        assert time.monotonic() - started >= 1
        assert f"process {holder.pid}" in str(error.value)
        assert "another solieu run" in str(error.value) and "gave up after waiting 1 s" in str(error.value)
    finally:
        holder.kill()
        holder.wait()


def test_waiting_run_goes_ahead_when_the_holder_finishes(warehouse_path):
    holder = _holder(warehouse_path, 1.5)
    try:
        started = time.monotonic()
        with run_lock(warehouse_path, wait_s=30):
            assert time.monotonic() - started >= 1.0  # we only got in once it let go
    finally:
        holder.wait()


def test_killed_holder_releases_the_lock(warehouse_path):
    holder = _holder(warehouse_path, 60)
    holder.kill()
    holder.wait()
    with run_lock(warehouse_path, wait_s=0):
        assert lock_path(warehouse_path).read_text().strip() == str(os.getpid())


@pytest.mark.usefixtures("prefect_harness")
def test_cli_run_while_another_run_loads_exits_2_naming_it(warehouse_path, sample_inbox, monkeypatch, capsys):
    from flows.cli import main

    monkeypatch.setenv("SOLIEU_LOCK_TIMEOUT", "1")
    holder = _holder(warehouse_path, 60)
    try:
        code = main(["run", "--inbox", str(sample_inbox), "--warehouse", str(warehouse_path)])
        err = capsys.readouterr().err  # in the test session Prefect's own error log lands here too
        assert code == 2, err
        last = err.splitlines()[-1]
        assert last.startswith("solieu run: warehouse") and f"process {holder.pid}" in last, err
        assert "gave up after waiting 1 s" in last
    finally:
        holder.kill()
        holder.wait()


def test_runs_left_running_by_a_killed_process_are_marked_failed(warehouse_path):
    from warehouse.connection import connect
    from warehouse.loader import start_run
    from warehouse.migrate import migrate
    from warehouse.run_lock import close_interrupted_runs

    assert close_interrupted_runs(warehouse_path, wait_s=0) == []  # no warehouse yet
    with connect(warehouse_path) as con:
        migrate(con)
        killed = start_run(con, flow_run_id=None, inbox="inbox", parser_version="test")
    with run_lock(warehouse_path, wait_s=0):
        assert close_interrupted_runs(warehouse_path, wait_s=0) == [killed]
    with connect(warehouse_path, read_only=True) as con:
        status, message = con.execute("SELECT status, message FROM runs WHERE run_id = ?", [killed]).fetchone()
    assert status == "failed" and message.startswith("interrupted: its process ended")
    assert close_interrupted_runs(warehouse_path, wait_s=0) == []
