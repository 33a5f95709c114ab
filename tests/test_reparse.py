"""``solieu reparse``: stored texts parsed again, figures replaced, reviews kept where they still apply.

A changed parser is simulated through ``run_reparse``'s ``parse`` and
``parser_version`` parameters (the documented hook), wrapping the real parser.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import duckdb
import pytest

from flows.pipeline import run_ingest
from flows.reparse import run_reparse
from parsing import PARSER_VERSION, parse_document
from warehouse.review import refresh_statuses

MISPRINT = """date 2024-07 Cao Bằng: Kinh tế 6 tháng đầu năm 2024

Tổng kim ngạch xuất nhập khẩu ước đạt 2.150 triệu USD, tăng 12,3% so với cùng kỳ, trong đó xuất khẩu 780 triệu USD, nhập khẩu 1.470 triệu USD.

Tổng thu ngân sách nhà nước trên địa bàn 6 tháng ước đạt 3.420 tỷ đồng, đạt 51,2% dự toán, tăng 9,4% so với cùng kỳ, trong đó thu nội địa 3.500 tỷ đồng.
"""
# The same period as langson-2021-h1.txt, with another export figure: a check across documents.
OTHER_REPORT = """date 2021-07 Lạng Sơn: Xuất nhập khẩu 6 tháng đầu năm 2021

Trong 6 tháng đầu năm 2021, kim ngạch xuất khẩu hàng hóa qua địa bàn tỉnh Lạng Sơn ước đạt 720 triệu USD.
"""
REVIEWED_AT = datetime(2024, 8, 1, 9, 30)


def _rows(path, sql, params=()):
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


@pytest.fixture
def loaded(settings):
    (settings.inbox / "caobang-2024-h1.txt").write_text(MISPRINT, encoding="utf-8")
    (settings.inbox / "langson-2021-h1-khac.txt").write_text(OTHER_REPORT, encoding="utf-8")
    run_ingest(settings)
    with duckdb.connect(str(settings.warehouse)) as con:
        # A reviewer decided on every failure: accepted the two sums, rejected the conflict.
        con.execute("""UPDATE validation_failures SET review_status = CASE check_name
                           WHEN 'components_sum' THEN 'accepted' ELSE 'rejected' END,
                       reviewer = 'lan', reviewed_at = ?, review_note = 'seen in the printed report ' || failure_id""",
                    [REVIEWED_AT])
        named = [i for (ids,) in con.execute("SELECT figure_ids FROM validation_failures").fetchall() for i in ids]
        refresh_statuses(con, named)  # as `solieu review` does
    return settings


def _reviews(path):
    """Each decision with the raw texts of the figures it names (figure ids change; texts do not)."""
    return sorted(_rows(path, """
        SELECT v.check_name, v.review_status, v.reviewer, v.reviewed_at, v.review_note,
               list_sort(list(f.raw_text)) AS figures
        FROM validation_failures v, unnest(v.figure_ids) AS u(figure_id) JOIN figures f ON f.figure_id = u.figure_id
        GROUP BY ALL"""))


def _figures(path):
    return sorted(_rows(path, """SELECT document_id, char_start, char_end, raw_text, value, unit, indicator, status
                                 FROM figures"""))


def _renaming_parser(text, source=None):
    """A 'newer parser' that names budget revenue differently."""
    parsed = parse_document(text, source)
    figures = tuple(replace(f, indicator="budget_revenue_total") if f.indicator == "budget_revenue" else f
                    for f in parsed.figures)
    return replace(parsed, figures=figures)


def test_reparse_replaces_figures_without_duplicates_and_keeps_reviews(loaded):
    path = loaded.warehouse
    figures_before = _figures(path)
    reviews_before = _reviews(path)
    max_id = _rows(path, "SELECT max(figure_id) FROM figures")[0][0]
    budget = _rows(path, "SELECT count(*) FROM figures WHERE indicator = 'budget_revenue'")[0][0]
    assert len(reviews_before) == 3 and budget > 0

    summary = run_reparse(loaded, parse=_renaming_parser, parser_version="0.2.0-test")

    assert summary.result.documents == 10
    assert summary.result.figures_before == summary.result.figures_after == len(figures_before)
    assert (summary.result.reviews_kept, summary.result.reviews_dropped, summary.result.failures_open) == (3, 0, 0)
    # Replaced, not added: new ids, one figure per span, the same figures per document.
    assert _rows(path, "SELECT min(figure_id) > ?, count(*), count(DISTINCT (document_id, char_start, char_end)) "
                 "FROM figures", [max_id]) == [(True, len(figures_before), len(figures_before))]
    assert [f[:6] for f in _figures(path)] == [f[:6] for f in figures_before]
    assert _rows(path, "SELECT DISTINCT parser_version FROM figures") == [("0.2.0-test",)]
    assert _rows(path, "SELECT DISTINCT parser_version FROM documents") == [("0.2.0-test",)]
    # The new parser's behaviour is what the warehouse now holds.
    assert _rows(path, "SELECT count(*) FROM figures WHERE indicator = 'budget_revenue'") == [(0,)]
    assert _rows(path, "SELECT count(*) FROM figures WHERE indicator = 'budget_revenue_total'") == [(budget,)]
    # Every decision is still there, with its reviewer, date and note, over the same figures.
    assert _reviews(path) == reviews_before
    assert _rows(path, "SELECT count(*) FROM validation_failures") == [(3,)]
    # Components point into the same document.
    assert _rows(path, """SELECT count(*) FROM figures f JOIN figures t ON f.component_of = t.figure_id
                          WHERE f.document_id <> t.document_id""") == [(0,)]
    assert _rows(path, "SELECT count(*) FROM figures WHERE component_of IS NOT NULL")[0][0] > 0
    assert _rows(path, "SELECT inbox, status, parser_version FROM runs ORDER BY run_id") == [
        (str(loaded.inbox), "completed", PARSER_VERSION), ("reparse", "completed", "0.2.0-test")]

    again = run_reparse(loaded, parse=_renaming_parser, parser_version="0.2.0-test")
    assert again.run_id is None and "nothing to re-parse" in again.text()
    assert _rows(path, "SELECT count(*) FROM runs") == [(2,)]


def test_reparsing_stored_texts_with_the_same_parser_gives_the_same_figures(loaded):
    figures_before, reviews_before = _figures(loaded.warehouse), _reviews(loaded.warehouse)
    texts_before = _rows(loaded.warehouse, "SELECT * FROM document_texts ORDER BY 1")
    assert run_reparse(loaded).run_id is None  # nothing parsed by another version
    summary = run_reparse(loaded, force=True)
    assert summary.result.documents == 10
    assert _figures(loaded.warehouse) == figures_before
    assert _reviews(loaded.warehouse) == reviews_before
    assert _rows(loaded.warehouse, "SELECT * FROM document_texts ORDER BY 1") == texts_before


def test_a_decision_whose_check_no_longer_fails_is_dropped_and_the_others_kept(loaded):
    def fixed_misprint(text, source=None):
        parsed = parse_document(text, source)
        return replace(parsed, figures=tuple(
            replace(f, value=1_370_000_000.0) if f.raw_text == "1.470 triệu USD" else f for f in parsed.figures))

    summary = run_reparse(loaded, parse=fixed_misprint, parser_version="0.3.0-test")
    assert (summary.result.reviews_kept, summary.result.reviews_dropped) == (2, 1)
    reviews = _reviews(loaded.warehouse)
    assert [(r[0], r[5]) for r in reviews] == [
        ("components_sum", ["3.420 tỷ đồng", "3.500 tỷ đồng"]),
        ("reported_differently", ["690 triệu USD", "720 triệu USD"])]
    statuses = dict(_rows(loaded.warehouse, """SELECT f.raw_text, f.status FROM figures f JOIN documents d
                                              USING (document_id) WHERE d.source_name = 'caobang-2024-h1.txt'"""))
    # The misprint is gone; the other sum stays accepted (a false alarm), so its figures are valid too.
    assert statuses["1.470 triệu USD"] == "valid" and statuses["3.500 tỷ đồng"] == "valid"
    # The rejected conflict is a confirmed slip: its figures stay quarantined.
    assert _rows(loaded.warehouse, "SELECT status FROM figures WHERE raw_text = '720 triệu USD'") == [("quarantined",)]


def test_documents_reparsed_one_per_batch_keep_failures_across_documents_whole(loaded):
    summary = run_reparse(loaded.with_overrides(batch_size=1), parse=_renaming_parser, parser_version="0.2.1-test")
    assert summary.result.documents == 10
    conflict = _rows(loaded.warehouse, """SELECT count(*) FROM validation_failures
                                          WHERE check_name = 'reported_differently'""")
    assert conflict == [(1,)]
    # No failure names a figure that no longer exists.
    dangling = _rows(loaded.warehouse, """SELECT count(*) FROM validation_failures v, unnest(v.figure_ids) AS u(id)
                                          WHERE u.id NOT IN (SELECT figure_id FROM figures)""")
    assert dangling == [(0,)]
    assert len(_reviews(loaded.warehouse)) == 3


def test_reparse_opens_the_warehouse_with_the_memory_limit_of_the_settings(loaded):
    # An unparsable limit shows that the setting reaches every connection reparse opens, as it
    # reaches a run's: DuckDB's default (80 % of RAM) would let it through.
    with pytest.raises(duckdb.ParserException, match="Memory must have a number"):
        run_reparse(loaded.with_overrides(duckdb_memory_limit="lots"), force=True)


def test_reparse_narrows_the_period_bounds_to_the_figures_it_leaves(loaded):
    bounds = "SELECT * FROM period_bounds ORDER BY ALL"
    exact = _rows(loaded.warehouse, bounds)
    with duckdb.connect(str(loaded.warehouse)) as con:
        con.execute("UPDATE period_bounds SET max_lo = 1e30")  # as if wider figures had been replaced
    run_reparse(loaded, force=True)
    assert _rows(loaded.warehouse, bounds) == exact


def test_since_limits_reparse_to_documents_loaded_on_or_after_the_date(loaded):
    tomorrow = date.today() + timedelta(days=1)
    assert run_reparse(loaded, since=tomorrow, parser_version="0.2.0-test").run_id is None
    assert run_reparse(loaded, since=date.today(), parser_version="0.2.0-test").result.documents == 10


def test_cli_reparse_uses_the_current_parser_version(loaded, capsys, monkeypatch):
    import flows.reparse
    from flows.cli import main

    assert main(["reparse", "--warehouse", str(loaded.warehouse)]) == 0
    assert "nothing to re-parse" in capsys.readouterr().out
    monkeypatch.setattr(flows.reparse, "PARSER_VERSION", "9.9.9")
    assert main(["reparse", "--since", date.today().isoformat(), "--warehouse", str(loaded.warehouse)]) == 0
    out = capsys.readouterr().out
    assert "with parser 9.9.9" in out and "documents: 10 re-parsed" in out and "3 decisions kept" in out
    assert _rows(loaded.warehouse, "SELECT DISTINCT parser_version FROM figures") == [("9.9.9",)]


@pytest.mark.parametrize("argv, message", [
    (["reparse", "--since", "hôm qua"], "--since must be a date like 2024-07-01, not 'hôm qua'"),
    (["reparse"], "does not exist yet; run `solieu run` first"),
])
def test_cli_reparse_refusals_are_one_line(argv, message, capsys, tmp_path):
    from flows.cli import main

    assert main([*argv, "--warehouse", str(tmp_path / "none.duckdb")]) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_reparse_flow_run_records_its_flow_run_id(loaded, monkeypatch):
    import flows.reparse
    from flows.reparse_flow import reparse_documents

    monkeypatch.setattr(flows.reparse, "PARSER_VERSION", "9.9.9")
    result = reparse_documents(warehouse=str(loaded.warehouse))
    assert result["documents"] == 10 and result["reviews_kept"] == 3
    flow_run_id, inbox = _rows(loaded.warehouse, "SELECT flow_run_id, inbox FROM runs WHERE run_id = ?",
                               [result["run_id"]])[0]
    assert inbox == "reparse" and flow_run_id
