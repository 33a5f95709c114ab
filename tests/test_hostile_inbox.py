"""Hostile files in the inbox: each is parsed correctly or recorded as rejected with its reason,
and the rest of the inbox loads. One real run (plain Python, real DuckDB file) over the whole
hostile corpus of ``tests/hostile.py`` mixed with the bundled samples."""

import shutil

import duckdb
import pytest
from conftest import SAMPLES
from hostile import CASES, MAX_BYTES, REPORT_FIGURES, build_inbox

from flows.pipeline import run_ingest
from flows.settings import load_settings


def _query(path, sql, params=()):
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    inbox = root / "inbox"
    shutil.copytree(SAMPLES, inbox)
    made = build_inbox(inbox, root / "outside")
    settings = load_settings().with_overrides(warehouse=root / "warehouse" / "solieu.duckdb", inbox=inbox,
                                              workers=1, batch_size=7, max_document_bytes=MAX_BYTES)
    summary = run_ingest(settings)
    return settings, summary, {case.name for case in made}


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_each_hostile_file_is_parsed_or_rejected_with_its_reason(hostile_run, case):
    settings, _, made = hostile_run
    if case.name not in made:
        pytest.skip("root reads a chmod 000 file; the named pipe and dangling link cover unreadable files")
    rows = _query(settings.warehouse, "SELECT document_id, status, reject_reason FROM documents "
                  "WHERE source_name = ?", [case.recorded_name])
    if case.outcome == "duplicate":
        assert rows == []  # same bytes as a file loaded before it: skipped by content hash
        return
    assert len(rows) == 1, f"{case.recorded_name!r} recorded {len(rows)} times"
    document_id, status, reason = rows[0]
    if case.outcome == "rejected":
        assert status == "rejected"
        assert case.reason in reason
        return
    assert (status, reason) == ("parsed", None)
    figures = _query(settings.warehouse, "SELECT raw_text, value, unit FROM figures WHERE document_id = ? "
                     "ORDER BY ordinal", [document_id])
    assert figures == (REPORT_FIGURES if case.figures is None else case.figures)


def test_the_samples_load_beside_the_hostile_files_as_they_do_alone(hostile_run, tmp_path):
    settings, summary, made = hostile_run
    alone = load_settings().with_overrides(warehouse=tmp_path / "alone.duckdb", inbox=SAMPLES, workers=1)
    run_ingest(alone)
    per_document = "SELECT d.source_name, count(f.figure_id) FROM documents d LEFT JOIN figures f " \
                   "USING (document_id) WHERE d.source_name LIKE '%-20__-%.txt' GROUP BY 1 ORDER BY 1"
    expected = _query(alone.warehouse, per_document)
    assert len(expected) == len(list(SAMPLES.glob("*.txt")))
    assert _query(settings.warehouse, per_document) == expected
    rejected = sum(case.outcome == "rejected" for case in CASES if case.name in made)
    assert summary.result.documents_rejected == rejected
    assert _query(settings.warehouse, "SELECT status FROM runs") == [("completed",)]


def test_a_second_run_over_the_hostile_inbox_adds_nothing(hostile_run):
    settings, _, _ = hostile_run
    count = "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM figures), " \
            "(SELECT count(*) FROM validation_failures)"
    before = _query(settings.warehouse, count)
    again = run_ingest(settings)
    assert again.result.documents_new == 0 and again.result.documents_rejected == 0
    assert _query(settings.warehouse, count) == before


def test_document_text_and_names_reach_sql_only_as_values(hostile_run):
    settings, _, _ = hostile_run
    tables = {row[0] for row in _query(settings.warehouse, "SELECT table_name FROM information_schema.tables")}
    assert {"documents", "figures", "document_texts", "runs"} <= tables
    texts = _query(settings.warehouse, "SELECT t.text FROM document_texts t JOIN documents d USING (document_id) "
                   "WHERE d.source_name = 'hostile-text.txt'")
    assert "'); DROP TABLE figures; -- <script>alert('x')</script> & \"q\"" in texts[0][0]


def test_a_file_that_disappears_between_listing_and_reading_is_recorded(settings, monkeypatch):
    from flows import pipeline

    list_then_delete = pipeline.inbox_paths

    def listing_then_the_file_goes(inbox):
        paths = list_then_delete(inbox)
        (inbox / "langson-2020-h1.txt").unlink()
        return paths

    monkeypatch.setattr(pipeline, "inbox_paths", listing_then_the_file_goes)
    summary = run_ingest(settings)
    assert _query(settings.warehouse, "SELECT status, reject_reason, content_sha256 FROM documents "
                  "WHERE source_name = 'langson-2020-h1.txt'") == [
        ("rejected", "file disappeared before it could be read", None)]
    assert summary.result.documents_new == len(list(SAMPLES.glob("*.txt"))) - 1
    # When the file is back, the next run loads it: nothing is lost.
    shutil.copy(SAMPLES / "langson-2020-h1.txt", settings.inbox)
    monkeypatch.undo()
    assert run_ingest(settings).result.documents_new == 1
    assert _query(settings.warehouse, "SELECT status FROM documents WHERE source_name = 'langson-2020-h1.txt' "
                  "ORDER BY document_id") == [("rejected",), ("parsed",)]


def test_a_text_that_breaks_the_parser_is_recorded_and_the_rest_loads(settings, monkeypatch):
    from flows import prepare

    (settings.inbox / "poison.txt").write_text("Văn bản làm hỏng bộ phân tích.\n", encoding="utf-8")
    parse = prepare.parse_document

    def parser_with_a_bug(text, source=None):
        if "làm hỏng" in text:
            raise IndexError("string index out of range")
        return parse(text, source)

    monkeypatch.setattr(prepare, "parse_document", parser_with_a_bug)
    summary = run_ingest(settings)
    assert _query(settings.warehouse, "SELECT status, reject_reason FROM documents WHERE source_name = 'poison.txt'") \
        == [("rejected", "parser error: IndexError: string index out of range")]
    assert (summary.result.documents_new, summary.result.documents_rejected) == (len(list(SAMPLES.glob("*.txt"))), 1)
