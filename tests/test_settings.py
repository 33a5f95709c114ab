import os
import subprocess
import sys
from pathlib import Path

import pytest

from flows.settings import BUNDLED_SAMPLES, FILE_MEMORY_LIMIT, LAKE_MEMORY_LIMIT, load_settings
from schemas.errors import SettingError


def test_defaults_point_at_local_warehouse_and_bundled_samples():
    settings = load_settings({})
    assert settings.env == "dev"
    assert settings.warehouse == Path("warehouse/solieu.duckdb")
    assert settings.inbox == BUNDLED_SAMPLES
    assert settings.report_dir == Path("warehouse/reports")


def test_environment_switch_changes_defaults_and_variables_override_them():
    assert load_settings({"SOLIEU_ENV": "prod"}).lock_timeout_s == 600.0
    settings = load_settings({"SOLIEU_ENV": "prod", "SOLIEU_LOCK_TIMEOUT": "12.5",
                              "SOLIEU_WAREHOUSE": "/data/w.duckdb"})
    assert settings.lock_timeout_s == 12.5
    assert settings.warehouse == Path("/data/w.duckdb")


def test_command_line_overrides_environment_but_none_keeps_it():
    settings = load_settings({"SOLIEU_WAREHOUSE": "/a.duckdb"})
    assert settings.with_overrides(warehouse=None).warehouse == Path("/a.duckdb")
    assert settings.with_overrides(warehouse=Path("/b.duckdb")).warehouse == Path("/b.duckdb")


def test_a_lake_gets_a_larger_buffer_pool_than_a_file_unless_one_is_given(tmp_path):
    file = load_settings({"SOLIEU_WAREHOUSE": str(tmp_path / "w.duckdb")})
    lake = load_settings({"SOLIEU_WAREHOUSE": f"ducklake:sqlite:{tmp_path}/c.sqlite"})
    assert file.job_memory_limit == FILE_MEMORY_LIMIT and lake.job_memory_limit == LAKE_MEMORY_LIMIT
    assert FILE_MEMORY_LIMIT != LAKE_MEMORY_LIMIT
    for settings in (file, lake):
        given = load_settings({"SOLIEU_DUCKDB_MEMORY_LIMIT": "300MB", "SOLIEU_WAREHOUSE": str(settings.warehouse)})
        assert given.job_memory_limit == "300MB"


@pytest.mark.parametrize("environ, message", [
    ({"SOLIEU_ENV": "staging"}, "SOLIEU_ENV must be one of"),
    ({"SOLIEU_BATCH_SIZE": "many"}, "SOLIEU_BATCH_SIZE must be a number"),
    ({"SOLIEU_RUN_NICE": "25"}, "SOLIEU_RUN_NICE must be 0..19"),
    ({"SOLIEU_RUN_NICE": "-5"}, "SOLIEU_RUN_NICE must be 0..19"),
])
def test_bad_settings_are_named(environ, message):
    with pytest.raises(SettingError, match=message):
        load_settings(environ)


@pytest.mark.parametrize("given, lowered_by", [({}, 10), ({"SOLIEU_RUN_NICE": "3"}, 3), ({"SOLIEU_RUN_NICE": "0"}, 0)])
def test_a_run_lowers_its_cpu_priority_so_readers_get_cpu(given, lowered_by):
    # in a child process: a process cannot raise its priority again
    script = ("import os; from flows.cli import yield_cpu_to_readers; from flows.settings import load_settings; "
              f"before = os.nice(0); yield_cpu_to_readers(load_settings({given!r})); print(os.nice(0) - before)")
    child = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert int(child.stdout) == min(lowered_by, 19 - os.nice(0))
