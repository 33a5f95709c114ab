"""The `solieu` command as a user runs it: real processes, a real DuckDB file."""

import os
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.slow


def solieu(*args, env_extra=None, timeout=180):
    env = dict(os.environ, **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "flows.cli", *args], capture_output=True, text=True,
                          env=env, timeout=timeout)


def test_run_then_sql_returns_the_seed_export_figure(warehouse_path, sample_inbox):
    run = solieu("run", "--inbox", str(sample_inbox), "--warehouse", str(warehouse_path))
    assert run.returncode == 0, run.stderr
    assert "documents:" in run.stdout and "new" in run.stdout
    noise = run.stderr.lower()
    for word in ("traceback", "error", "telemetry", "database is locked"):
        assert word not in noise, run.stderr
    sql = solieu("sql", "--warehouse", str(warehouse_path), "--format", "csv",
                 "SELECT value, unit, qualifier, pct_of_plan, yoy_change_pct FROM figures "
                 "WHERE raw_text = '690 triệu USD'")
    assert sql.returncode == 0, sql.stderr
    assert sql.stdout.splitlines() == ["value,unit,qualifier,pct_of_plan,yoy_change_pct",
                                       "690000000.0,USD,estimate,51.49,13.1"]


def test_missing_inbox_exits_2_with_one_line(warehouse_path, tmp_path):
    run = solieu("run", "--inbox", str(tmp_path / "nowhere"), "--warehouse", str(warehouse_path))
    assert run.returncode == 2
    assert run.stderr.strip().count("\n") == 0
    assert "does not exist" in run.stderr


def test_warehouse_held_by_another_process_exits_2_naming_it(warehouse_path, sample_inbox):
    warehouse_path.parent.mkdir(parents=True)
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb,time; c=duckdb.connect({str(warehouse_path)!r}); "
         "print('ready', flush=True); time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        started = time.monotonic()
        run = solieu("run", "--inbox", str(sample_inbox), "--warehouse", str(warehouse_path),
                     env_extra={"SOLIEU_LOCK_TIMEOUT": "1"})
        assert run.returncode == 2
        assert f"process {holder.pid}" in run.stderr and "gave up after waiting 1 s" in run.stderr
        assert time.monotonic() - started < 30
    finally:
        holder.kill()
        holder.wait()
