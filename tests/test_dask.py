"""The parse stage on several local processes and on a Dask cluster gives the very same warehouse."""

import shutil

import duckdb
import pytest

from benchmarks.generate import generate_corpus
from flows.pipeline import run_ingest

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]

# Everything but what differs from run to run by nature (timestamps, Prefect ids).
CANONICAL = {
    "documents": "SELECT * EXCLUDE (loaded_at) FROM documents ORDER BY document_id",
    "document_texts": "SELECT * FROM document_texts ORDER BY document_id",
    "figures": "SELECT * FROM figures ORDER BY figure_id",
    "validation_failures": "SELECT * EXCLUDE (created_at) FROM validation_failures ORDER BY failure_id",
}


def canonical(warehouse) -> dict:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {table: con.execute(sql).fetchall() for table, sql in CANONICAL.items()}


@pytest.fixture
def mixed_inbox(sample_inbox, tmp_path):
    generate_corpus(tmp_path / "generated", 9, seed=11)
    shutil.copytree(tmp_path / "generated" / "inbox", sample_inbox / "generated")
    return sample_inbox


@pytest.fixture
def serial_warehouse(settings, mixed_inbox, monkeypatch):
    monkeypatch.setenv("SOLIEU_BATCH_SIZE", "4")
    run_ingest(settings.with_overrides(inbox=mixed_inbox, batch_size=4, workers=1))
    return canonical(settings.warehouse)


def test_dask_cluster_of_two_workers_loads_the_same_warehouse_as_a_local_run(
        serial_warehouse, mixed_inbox, tmp_path, monkeypatch):
    from distributed import LocalCluster

    from flows.ingest import ingest_reports

    monkeypatch.setenv("SOLIEU_BATCH_SIZE", "4")
    warehouse = tmp_path / "dask" / "solieu.duckdb"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        result = ingest_reports(inbox=str(mixed_inbox), warehouse=str(warehouse),
                                dask_address=cluster.scheduler_address)
    assert result["documents_new"] == len(serial_warehouse["documents"])
    assert canonical(warehouse) == serial_warehouse


def test_flow_on_two_local_processes_loads_the_same_warehouse_as_a_serial_run(
        serial_warehouse, mixed_inbox, tmp_path, monkeypatch):
    from flows.ingest import ingest_reports

    monkeypatch.setenv("SOLIEU_BATCH_SIZE", "4")
    warehouse = tmp_path / "pool" / "solieu.duckdb"
    ingest_reports(inbox=str(mixed_inbox), warehouse=str(warehouse), workers=2)
    assert canonical(warehouse) == serial_warehouse


def test_plain_python_on_two_processes_loads_the_same_warehouse_as_a_serial_run(
        serial_warehouse, settings, mixed_inbox, tmp_path):
    warehouse = tmp_path / "plain2" / "solieu.duckdb"
    run_ingest(settings.with_overrides(inbox=mixed_inbox, warehouse=warehouse, batch_size=4, workers=2))
    assert canonical(warehouse) == serial_warehouse
