"""The one path from a prepared batch to warehouse rows, as runs and ``solieu reparse`` take it."""

import duckdb
import pandas as pd
import pytest
from test_loader import TEXT, _figure, _no_cross_check

from parsing.model import DocumentMeta, ParsedDocument
from schemas.frames import (
    documents_frame,
    failure_row,
    failures_frame,
    figure_rows,
    figures_frame,
    parsed_document_row,
)
from schemas.validate import apply_statuses
from warehouse.loader import load_batch
from warehouse.migrate import migrate
from warehouse.registered import registered
from warehouse.reparse import replace_figures, stored_texts
from warehouse.runs_ledger import start_run

FIRST, SECOND = "a" * 64, "c" * 64


def _prepared(sha, name):
    parsed = ParsedDocument(TEXT, DocumentMeta(region="Lạng Sơn"), (
        _figure("2.010 triệu USD", 2.01e9, indicator="trade_turnover"),
        _figure("690 triệu USD", 6.9e8, indicator="export_turnover", component_of=0),
    ))
    documents = documents_frame([parsed_document_row(sha, name, len(TEXT.encode()), parsed)])
    return documents, figures_frame(figure_rows(sha, parsed)), failures_frame([])


def _against_first_figure(documents, figures, prior):
    """A cross-document failure of the second document naming its own figures (one twice, the
    later first) and the loaded figure 1, which has the lowest id."""
    return failures_frame([failure_row(SECOND, "reported_differently", "error", "apart",
                                       figure_ordinals=[1, 0, 1], prior_figure_ids=[1], sentence=TEXT)])


@pytest.fixture
def con():
    con = duckdb.connect()
    migrate(con)
    return con


def _named(con):
    return [list(ids) for (ids,) in con.execute(
        "SELECT figure_ids FROM validation_failures ORDER BY failure_id").fetchall()]


def test_runs_and_reparse_name_a_failures_figures_sorted_and_once_each(con):
    run_id = start_run(con, flow_run_id=None, inbox="x", parser_version="t")
    load_batch(con, run_id, "t", *_prepared(FIRST, "first.txt"), _no_cross_check, apply_statuses)
    load_batch(con, run_id, "t", *_prepared(SECOND, "second.txt"), _against_first_figure, apply_statuses)
    assert _named(con) == [[1, 3, 4]]

    second = con.execute("SELECT document_id FROM documents WHERE content_sha256 = ?", [SECOND]).fetchone()[0]
    reparse_run = start_run(con, flow_run_id=None, inbox="reparse", parser_version="t2")
    replace_figures(con, reparse_run, "t2", stored_texts(con, [second]), *_prepared(SECOND, "second.txt"),
                    _against_first_figure, apply_statuses)
    assert _named(con) == [[1, 5, 6]]


def test_runs_and_reparse_give_figures_the_same_rows(con):
    """Numbering, ``component_of``, run and parser version alike on both paths."""
    run_id = start_run(con, flow_run_id=None, inbox="x", parser_version="t")
    load_batch(con, run_id, "t", *_prepared(FIRST, "first.txt"), _no_cross_check, apply_statuses)
    columns = "ordinal, raw_text, component_of - figure_id, status, region, period_label, parser_version"
    loaded = con.execute(f"SELECT {columns} FROM figures ORDER BY figure_id").fetchall()

    reparse_run = start_run(con, flow_run_id=None, inbox="reparse", parser_version="t")
    replace_figures(con, reparse_run, "t", stored_texts(con, [1]), *_prepared(FIRST, "first.txt"),
                    _no_cross_check, apply_statuses)
    assert con.execute("SELECT min(figure_id), min(run_id) FROM figures").fetchone() == (3, reparse_run)
    assert con.execute(f"SELECT {columns} FROM figures ORDER BY figure_id").fetchall() == loaded


def test_a_registered_frame_is_gone_after_its_block_also_when_a_statement_fails():
    con = duckdb.connect()
    with pytest.raises(duckdb.Error):
        with registered(con, rows=pd.DataFrame({"x": [1, 2]})):
            assert con.execute("SELECT sum(x) FROM rows").fetchone() == (3,)
            con.execute("SELECT no_such_column FROM rows")
    with pytest.raises(duckdb.CatalogException):
        con.execute("SELECT * FROM rows")
