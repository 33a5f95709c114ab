"""Ids stay unique without PRIMARY KEY indexes (migration 005): the loader alone hands them out."""

import duckdb
import pytest

from benchmarks.generate import generate_corpus
from flows.pipeline import run_ingest


@pytest.mark.slow  # two runs of several batches each: about 10 s
def test_ids_are_unique_after_runs_in_several_batches(settings, tmp_path):
    generate_corpus(tmp_path / "generated", 20, seed=5)
    inbox = tmp_path / "generated" / "inbox"
    first = run_ingest(settings.with_overrides(inbox=inbox, batch_size=6, workers=1))
    generate_corpus(tmp_path / "more", 8, seed=6)
    second = run_ingest(settings.with_overrides(inbox=tmp_path / "more" / "inbox", batch_size=3, workers=1))
    assert first.result.documents_new == 20 and second.result.documents_new == 8
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        for table, column in [("documents", "document_id"), ("document_texts", "document_id"),
                              ("figures", "figure_id"), ("validation_failures", "failure_id")]:
            total, distinct = con.execute(f"SELECT count(*), count(DISTINCT {column}) FROM {table}").fetchone()
            assert total == distinct > 0, table
