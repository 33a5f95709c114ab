"""The job as plain Python (no Prefect) on the bundled samples, into a real DuckDB file."""

import duckdb
import pytest

from flows.pipeline import run_ingest


def _query(path, sql, params=()):
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def test_seed_figures_land_with_scale_unit_qualifier_and_relations(settings):
    summary = run_ingest(settings)
    assert summary.result.documents_new >= 2
    export = _query(settings.warehouse, """
        SELECT f.value, f.unit, f.qualifier, f.pct_of_plan, f.yoy_change_pct, f.status
        FROM figures f JOIN documents d USING (document_id)
        WHERE d.source_name = 'langson-2021-h1.txt' AND f.raw_text = '690 triệu USD'""")
    assert export == [(690000000.0, "USD", "estimate", 51.49, 13.1, "valid")]
    revenue = _query(settings.warehouse, """
        SELECT f.value, f.unit, f.pct_of_plan FROM figures f JOIN documents d USING (document_id)
        WHERE d.source_name = 'langson-2020-h1.txt' AND f.raw_text = '3.042,3 tỷ đồng'""")
    assert revenue == [(3042300000000.0, "VND", 49.5)]


def test_second_run_loads_nothing_new_and_adds_no_rows(settings):
    first = run_ingest(settings)
    counts = _query(settings.warehouse, "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM figures)")
    second = run_ingest(settings)
    assert second.result.documents_new == 0
    assert second.documents_already_loaded == first.documents_seen
    assert _query(settings.warehouse,
                  "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM figures)") == counts
    runs = _query(settings.warehouse, "SELECT run_id, status, documents_new FROM runs ORDER BY run_id")
    assert runs == [(1, "completed", first.result.documents_new), (2, "completed", 0)]


def test_empty_and_binary_files_are_rejected_with_reasons_and_the_rest_loads(settings):
    (settings.inbox / "empty.txt").write_bytes(b"")
    (settings.inbox / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (settings.inbox / "noise.bin").write_bytes(bytes(range(256)) * 8)
    summary = run_ingest(settings)
    rejected = dict(_query(settings.warehouse,
                           "SELECT source_name, reject_reason FROM documents WHERE status = 'rejected'"))
    assert rejected["empty.txt"] == "empty file"
    assert "PNG image" in rejected["photo.txt"]
    assert "binary content" in rejected["noise.bin"]
    assert summary.result.documents_rejected == 3
    loaded = _query(settings.warehouse, "SELECT count(*) FROM documents WHERE status = 'parsed'")[0][0]
    assert loaded == summary.result.documents_new >= 2


def test_missing_inbox_is_named(settings, tmp_path):
    from sources.inbox import InboxMissing

    with pytest.raises(InboxMissing, match="does not exist"):
        run_ingest(settings.with_overrides(inbox=tmp_path / "nowhere"))


def test_a_batch_is_released_once_loaded(settings):
    # Prefect keeps a parse task's result for a while after the task (flows.prepare.Batch.release).
    from flows.prepare import prepare_batch

    taken = []

    def prepare_all(batches):
        for raws in batches:
            taken.append(prepare_batch(raws))
            yield taken[-1]
            assert taken[-1].figures.empty, "released before the next batch is prepared"

    summary = run_ingest(settings.with_overrides(batch_size=1), prepare_all=prepare_all)
    assert summary.result.figures_loaded > 0 and len(taken) == summary.result.documents_new
