import duckdb
import pytest

from parsing.model import DocumentMeta, Figure, ParsedDocument
from schemas.frames import (
    documents_frame,
    failures_frame,
    figure_rows,
    figures_frame,
    parsed_document_row,
    rejected_document_row,
)
from schemas.validate import apply_statuses
from warehouse.loader import load_batch
from warehouse.migrate import migrate
from warehouse.runs_ledger import start_run

TEXT = "Tổng kim ngạch 2.010 triệu USD, trong đó xuất khẩu 690 triệu USD."
SHA = "a" * 64


def _figure(raw, value, **extra):
    start = TEXT.index(raw)
    return Figure(kind="amount", value=value, unit="USD", raw_text=raw, char_start=start,
                  char_end=start + len(raw), sentence=TEXT, **extra)


def _batch():
    parsed = ParsedDocument(TEXT, DocumentMeta(region="Lạng Sơn"), (
        _figure("2.010 triệu USD", 2.01e9, indicator="trade_turnover"),
        _figure("690 triệu USD", 6.9e8, indicator="export_turnover", component_of=0),
    ))
    documents = documents_frame([
        parsed_document_row(SHA, "a.txt", len(TEXT.encode()), parsed),
        rejected_document_row("b" * 64, "empty.txt", 0, "empty file"),
    ])
    return documents, figures_frame(figure_rows(SHA, parsed)), failures_frame([])


def _no_cross_check(documents, figures, prior):
    return failures_frame([])


@pytest.fixture
def con():
    con = duckdb.connect()
    migrate(con)
    return con


def test_batch_lands_with_ids_components_and_texts(con):
    run_id = start_run(con, flow_run_id=None, inbox="x", parser_version="t")
    result = load_batch(con, run_id, "t", *_batch(), _no_cross_check, apply_statuses)
    assert (result.documents_new, result.documents_rejected, result.figures_loaded) == (1, 1, 2)
    rows = con.execute("SELECT figure_id, raw_text, component_of FROM figures ORDER BY figure_id").fetchall()
    assert rows == [(1, "2.010 triệu USD", None), (2, "690 triệu USD", 1)]
    assert con.execute("SELECT text FROM document_texts").fetchall() == [(TEXT,)]
    assert con.execute("SELECT reject_reason FROM documents WHERE status = 'rejected'").fetchall() == [
        ("empty file",)
    ]


def test_loading_the_same_texts_again_adds_nothing(con):
    run_id = start_run(con, flow_run_id=None, inbox="x", parser_version="t")
    load_batch(con, run_id, "t", *_batch(), _no_cross_check, apply_statuses)
    again = load_batch(con, run_id, "t", *_batch(), _no_cross_check, apply_statuses)
    assert again.documents_new == 0 and again.documents_already_loaded == 2
    assert con.execute("SELECT count(*) FROM figures").fetchone()[0] == 2


def test_a_failure_mid_load_leaves_no_document_without_its_figures(con):
    def exploding_check(documents, figures, prior):
        raise RuntimeError("boom")

    run_id = start_run(con, flow_run_id=None, inbox="x", parser_version="t")
    with pytest.raises(RuntimeError):
        load_batch(con, run_id, "t", *_batch(), exploding_check, apply_statuses)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM figures").fetchone()[0] == 0
