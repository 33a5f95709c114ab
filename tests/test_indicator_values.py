"""``indicator_values``: one curated value per region, indicator, kind, unit and period.

The bundled samples plus texts written here: an estimate of Lạng Sơn's first-half exports, the
final figure three months later, a reprint of it by another outlet, and budget revenue of Bắc
Giang and Bắc Ninh before the 1 July 2025 merger and of the merged Bắc Ninh after it.
"""

from __future__ import annotations

import json
import shutil

import duckdb
import pytest
from validation_helpers import SAMPLES

from flows.pipeline import run_ingest
from warehouse.codes import period_code, period_rows

KEY = "region_code, indicator, kind, unit, period_code"

TEXTS = {
    # (folder, name): (published, region, text)
    ("baolangson", "xk-uoc.txt"): ("2023-06-25", "Lạng Sơn", "Xuất khẩu nửa đầu năm\n\nSáu tháng đầu năm 2023, "
        "kim ngạch xuất khẩu của tỉnh Lạng Sơn ước đạt 520 triệu USD, tăng 12,5% so với cùng kỳ năm trước.\n"),
    ("baolangson", "xk-chinh-thuc.txt"): ("2023-10-10", "Lạng Sơn", "Kết quả xuất khẩu sáu tháng\n\nSáu tháng "
        "đầu năm 2023, kim ngạch xuất khẩu của tỉnh Lạng Sơn đạt 531,2 triệu USD, tăng 14,1% so với cùng kỳ năm "
        "trước.\n"),
    ("vnexpress", "xk-dang-lai.txt"): ("2023-10-12", "Lạng Sơn", "Lạng Sơn công bố số liệu xuất khẩu\n\nTheo số "
        "liệu thống kê, trong 6 tháng đầu năm 2023 kim ngạch xuất khẩu của Lạng Sơn đạt 531 triệu USD.\n"),
    ("baobacgiang", "thu-ngan-sach.txt"): ("2025-07-20", "Bắc Giang", "Thu ngân sách\n\nSáu tháng đầu năm 2025, "
        "tổng thu ngân sách nhà nước trên địa bàn tỉnh Bắc Giang đạt 9.500 tỷ đồng.\n"),
    ("baobacninh", "thu-ngan-sach-h1.txt"): ("2025-07-22", "Bắc Ninh", "Thu ngân sách\n\nSáu tháng đầu năm 2025, "
        "tổng thu ngân sách nhà nước trên địa bàn tỉnh Bắc Ninh đạt 30.000 tỷ đồng.\n"),
    ("baobacninh", "thu-ngan-sach-2025.txt"): ("2026-04-02", "Bắc Ninh", "Thu ngân sách năm 2025\n\nNăm 2025, "
        "tổng thu ngân sách nhà nước trên địa bàn tỉnh Bắc Ninh đạt 81.000 tỷ đồng.\n"),
}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    from flows.settings import load_settings

    root = tmp_path_factory.mktemp("values")
    inbox = root / "inbox"
    shutil.copytree(SAMPLES, inbox)
    for (folder, name), (published, region, text) in TEXTS.items():
        (inbox / folder).mkdir(exist_ok=True)
        (inbox / folder / name).write_text(text, encoding="utf-8")
        (inbox / folder / f"{name}.meta.json").write_text(json.dumps({"published": published, "region": region}))
    path = root / "solieu.duckdb"
    run_ingest(load_settings().with_overrides(warehouse=path, inbox=inbox, workers=1))
    return path


@pytest.fixture
def con(warehouse):
    connection = duckdb.connect(str(warehouse))
    yield connection
    connection.close()


def test_one_row_per_grain(con):
    rows = con.execute("SELECT count(*) FROM indicator_values").fetchone()[0]
    keys = con.execute(f"SELECT count(*) FROM (SELECT DISTINCT {KEY} FROM indicator_values)").fetchone()[0]
    assert rows == keys > 10
    # every figure that could be a value is counted in exactly one row
    mentions = con.execute("""
        SELECT count(*) FROM figures f JOIN figure_codes c USING (figure_id)
        WHERE f.indicator IS NOT NULL AND c.region_code IS NOT NULL AND c.period_code IS NOT NULL""").fetchone()[0]
    assert con.execute("SELECT sum(n_mentions + n_quarantined) FROM indicator_values").fetchone()[0] == mentions


def _exports(con):
    return con.execute("""
        SELECT value, value_lo, value_hi, obs_status, yoy_change_pct, n_mentions, n_documents, n_sources,
               first_published, last_published, conflict, len(superseded_figure_ids), chosen_figure_id
        FROM indicator_values
        WHERE region_code = '20' AND indicator = 'export_turnover' AND period_code = '2023-S1'""").fetchall()


def test_final_wins_over_estimate_and_reprints_raise_documents_not_rows(con):
    [row] = _exports(con)
    value, lo, hi, status, yoy, mentions, documents, sources, first, last, conflict, superseded, _ = row
    assert value == pytest.approx(531.2e6) and status == "final" and yoy == pytest.approx(14.1)
    # 531,2 (± 0,05) and the reprint's 531 (± 0,5) agree: the value lies in both
    assert lo == pytest.approx(531.15e6) and hi == pytest.approx(531.25e6)
    assert (mentions, documents, sources) == (3, 3, 2)
    assert str(first) == "2023-06-25" and str(last) == "2023-10-12"
    assert not conflict and superseded == 1  # the estimate is revised, not in conflict


def test_quarantined_mention_is_never_chosen(con):
    chosen = _exports(con)[0][-1]
    con.execute("UPDATE figures SET status = 'quarantined' WHERE figure_id = ?", [chosen])
    [row] = _exports(con)
    assert row[-1] != chosen and row[0] == pytest.approx(531e6)  # the reprint, still final
    assert con.execute("""SELECT count(*) FROM indicator_values v JOIN figures f ON f.figure_id = v.chosen_figure_id
                          WHERE f.status = 'quarantined'""").fetchone()[0] == 0
    con.execute("UPDATE figures SET status = 'valid' WHERE figure_id = ?", [chosen])


def _figure_of(con, name):
    return con.execute("""SELECT f.figure_id FROM figures f JOIN documents d USING (document_id)
                          WHERE d.source_name LIKE ?""", [f"%{name}%"]).fetchone()[0]


def test_disagreeing_finals_are_a_conflict_and_the_latest_wins(con):
    final, reprint = _figure_of(con, "xk-chinh-thuc"), _figure_of(con, "xk-dang-lai")
    con.execute("UPDATE figures SET value = 560e6 WHERE figure_id = ?", [reprint])
    [(chosen, conflict, ids, superseded)] = con.execute("""
        SELECT chosen_figure_id, conflict, conflicting_figure_ids, superseded_figure_ids FROM indicator_values
        WHERE region_code = '20' AND indicator = 'export_turnover' AND period_code = '2023-S1'""").fetchall()
    assert (chosen, conflict, ids) == (reprint, True, [final])
    assert superseded == [_figure_of(con, "xk-uoc")]
    from warehouse.chart import series_svg

    svg = series_svg(con, "export_turnover", "Lạng Sơn")  # the picture tells them apart too
    assert svg.count('class="value final conflict"') == 1
    assert svg.count('class="disagreeing"') == 1 and svg.count('class="replaced"') == 1
    con.execute("UPDATE figures SET value = 531e6 WHERE figure_id = ?", [reprint])


def test_series_across_the_merger(con):
    rows = con.execute("""
        SELECT period_code, region_code, region_name, code_2004, coverage, value FROM province_series
        WHERE code_2025 = '24' AND indicator = 'budget_revenue' ORDER BY period_code, region_code""").fetchall()
    assert rows == [
        ("2025-S1", "24", "Bắc Giang", "24", "part", 9500e9),
        ("2025-S1", "27", "Bắc Ninh", "27", "part", 30000e9),
        ("2025-Y", "24", "Bắc Ninh", None, "merged", 81000e9),
    ]


def test_sql_period_code_is_the_python_one():
    con = duckdb.connect()
    from warehouse.analyst_sql import MACROS

    con.execute(MACROS)
    rows = period_rows(range(2023, 2025))
    codes = [code for code, *_ in rows]
    assert codes == [con.execute("SELECT period_code(?::DATE, ?::DATE)", [s, e]).fetchone()[0]
                     for _, _, s, e, _ in rows]
    assert {"2023-S1", "2023-Q3", "2023-M06", "2023-9M", "2023-Y"} <= set(codes)
    odd = period_code(*[__import__("datetime").date.fromisoformat(d) for d in ("2023-03-15", "2023-04-14")])
    assert odd == con.execute("SELECT period_code(DATE '2023-03-15', DATE '2023-04-14')").fetchone()[0]


def test_open_failures_count_the_facts_figures(con):
    chosen = _exports(con)[0][-1]
    count = "SELECT open_failures FROM indicator_values WHERE region_code = '20' AND period_code = '2023-S1' " \
            "AND indicator = 'export_turnover'"
    before = con.execute(count).fetchone()[0]
    con.execute("""INSERT INTO validation_failures (failure_id, run_id, figure_ids, check_name, severity, message,
                   review_status, created_at) VALUES (987654, 1, [?], 'test', 'warning', 'm', 'open', now())""",
                [chosen])
    assert con.execute(count).fetchone()[0] == before + 1
    con.execute("UPDATE validation_failures SET review_status = 'accepted' WHERE failure_id = 987654")
    assert con.execute(count).fetchone()[0] == before
    con.execute("DELETE FROM validation_failures WHERE failure_id = 987654")


def test_code_tables_follow_the_data_files_at_every_migrate(con, monkeypatch):
    from warehouse import analyst
    from warehouse.codes import indicator_rows, province_rows
    from warehouse.migrate import migrate

    assert not analyst.refresh(con)  # nothing changed: nothing rebuilt
    con.execute("DELETE FROM provinces WHERE code = '20'")
    con.execute("DROP VIEW province_series")
    monkeypatch.setattr(analyst, "fingerprint", lambda: "a data file was edited")
    assert migrate(con) == []
    assert con.execute("SELECT count(*) FROM provinces").fetchone()[0] == len(province_rows()) == 86
    assert con.execute("SELECT count(*) FROM indicators").fetchone()[0] == len(indicator_rows())
    assert con.execute("SELECT parts FROM indicators WHERE indicator = 'trade_turnover'").fetchone()[0] == [
        "export_turnover", "import_turnover"]
    assert con.execute("SELECT count(*) FROM province_series").fetchone()[0] > 0
    assert con.execute("SELECT count(*) FROM provinces WHERE valid_to IS NULL").fetchone()[0] == 34
