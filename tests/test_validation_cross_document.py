"""Cross-document checks through the real loader and DuckDB file: Quảng Ninh, first halves of 2021 and 2022."""

import duckdb
import pytest
from validation_helpers import SAMPLES, edit

from flows.pipeline import run_ingest

QN_2021 = (SAMPLES / "quangninh-2021-h1.txt").read_text(encoding="utf-8")
QN_2022 = (SAMPLES / "quangninh-2022-h1.txt").read_text(encoding="utf-8")


@pytest.fixture
def inbox(tmp_path):
    path = tmp_path / "qn-inbox"
    path.mkdir()
    return path


def _run(settings, inbox, **texts):
    for name, text in texts.items():
        (inbox / name).write_text(text, encoding="utf-8")
    return run_ingest(settings.with_overrides(inbox=inbox))


def _failures(settings):
    """(run, check, severity, message, document, sorted "source: figure" named) per failure."""
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        printed = dict(con.execute("SELECT f.figure_id, d.source_name || ': ' || f.raw_text "
                                   "FROM figures f JOIN documents d USING (document_id)").fetchall())
        rows = con.execute("""SELECT v.run_id, v.check_name, v.severity, v.message, d.source_name, v.figure_ids
                              FROM validation_failures v JOIN documents d USING (document_id)
                              ORDER BY v.failure_id""").fetchall()
    return [(*row[:5], sorted(printed[i] for i in row[5])) for row in rows]


def _status(settings, source, raw_text):
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        return con.execute("SELECT f.status FROM figures f JOIN documents d USING (document_id) "
                           "WHERE d.source_name = ? AND f.raw_text = ?", [source, raw_text]).fetchone()[0]


def test_the_two_reports_a_year_apart_agree(settings, inbox):
    _run(settings, inbox, **{"quangninh-2021-h1.txt": QN_2021})
    _run(settings, inbox, **{"quangninh-2022-h1.txt": QN_2022})
    errors = [f for f in _failures(settings) if f[2] == "error"]
    assert errors == []
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        # The check had something to compare: the same indicators, a year apart.
        pairs = con.execute("""SELECT count(*) FROM figures a JOIN documents da USING (document_id),
                                      figures b JOIN documents db ON b.document_id = db.document_id
                               WHERE da.period_start + INTERVAL 1 YEAR = db.period_start
                                 AND da.region = db.region AND a.indicator = b.indicator
                                 AND b.yoy_change_pct IS NOT NULL""").fetchone()[0]
    assert pairs >= 4


def test_loaded_in_one_batch_they_agree_too(settings, inbox):
    _run(settings, inbox, **{"quangninh-2021-h1.txt": QN_2021, "quangninh-2022-h1.txt": QN_2022})
    assert [f for f in _failures(settings) if f[2] == "error"] == []


def test_a_slip_last_year_is_caught_by_this_years_change(settings, inbox):
    slipped = edit(QN_2021, "23.150 tỷ đồng", "28.150 tỷ đồng")
    _run(settings, inbox, **{"quangninh-2021-h1.txt": slipped})
    assert [f for f in _failures(settings) if f[2] == "error"] == []  # alone, the slip is invisible
    (inbox / "quangninh-2021-h1.txt").unlink()
    _run(settings, inbox, **{"quangninh-2022-h1.txt": QN_2022})
    failures = _failures(settings)
    assert [(f[1], f[2], f[4]) for f in failures] == [("yoy_vs_last_year", "error", "quangninh-2022-h1.txt")]
    assert failures[0][5] == ["quangninh-2021-h1.txt: 28.150 tỷ đồng", "quangninh-2022-h1.txt: 26.850 tỷ đồng"]
    assert failures[0][3] == ("'26.850 tỷ đồng' +16% on the same period last year implies last year 23.147 "
                              "(23.046,8..23.247,2) tỷ VND, but quangninh-2021-h1.txt reported 28.150 "
                              "(28.149,5..28.150,5) tỷ VND")
    # Both figures are held back: which of them is wrong is for the reviewer to say.
    assert _status(settings, "quangninh-2021-h1.txt", "28.150 tỷ đồng") == "quarantined"
    assert _status(settings, "quangninh-2022-h1.txt", "26.850 tỷ đồng") == "quarantined"
    assert _status(settings, "quangninh-2022-h1.txt", "1.380 triệu USD") == "valid"


def test_two_reports_of_the_same_period_reporting_differently(settings, inbox):
    other_paper = edit(QN_2021, "46.800 tỷ đồng", "48.600 tỷ đồng").replace("Hoàng Quỳnh", "Báo khác")
    _run(settings, inbox, **{"quangninh-2021-h1.txt": QN_2021})
    _run(settings, inbox, **{"baokhac-quangninh-2021-h1.txt": other_paper})
    failures = _failures(settings)
    assert [(f[1], f[2], f[4]) for f in failures] == [
        ("reported_differently", "error", "baokhac-quangninh-2021-h1.txt")]
    assert failures[0][5] == ["baokhac-quangninh-2021-h1.txt: 46.800 tỷ đồng".replace("46.800", "48.600"),
                              "quangninh-2021-h1.txt: 46.800 tỷ đồng"]
    assert "48.599,5..48.600,5 here but 46.799,5..46.800,5 in quangninh-2021-h1.txt" in failures[0][3]


def test_every_bundled_sample_loads_without_an_error(settings):
    summary = run_ingest(settings)  # the bundled samples, seeds included, through the loader
    assert summary.result.documents_new == 8
    assert [f for f in _failures(settings) if f[2] == "error"] == []


def test_the_slip_is_caught_whichever_report_arrives_first(settings, inbox):
    _run(settings, inbox, **{"quangninh-2022-h1.txt": QN_2022})
    (inbox / "quangninh-2022-h1.txt").unlink()
    _run(settings, inbox, **{"quangninh-2021-h1.txt": edit(QN_2021, "46.800 tỷ đồng", "40.800 tỷ đồng")})
    failures = _failures(settings)
    assert [(f[0], f[1], f[4]) for f in failures] == [(2, "yoy_vs_last_year", "quangninh-2021-h1.txt")]
    assert failures[0][5] == ["quangninh-2021-h1.txt: 40.800 tỷ đồng", "quangninh-2022-h1.txt: 53.350 tỷ đồng"]
    assert _status(settings, "quangninh-2022-h1.txt", "53.350 tỷ đồng") == "quarantined"


def test_an_estimate_revised_by_a_few_percent_is_a_warning_not_an_error(settings, inbox):
    # "ước 46.800" in 2021; 2022's "53.350 ..., tăng 14%" implies 46.798: 45.900 is 2% off, an estimate's revision.
    _run(settings, inbox, **{"quangninh-2021-h1.txt": edit(QN_2021, "46.800 tỷ đồng", "45.900 tỷ đồng")})
    (inbox / "quangninh-2021-h1.txt").unlink()
    _run(settings, inbox, **{"quangninh-2022-h1.txt": QN_2022})
    failures = _failures(settings)
    assert [(f[1], f[2]) for f in failures] == [("yoy_vs_last_year", "warning")]
    assert "an estimate ('ước') may later be revised" in failures[0][3]
    assert _status(settings, "quangninh-2021-h1.txt", "45.900 tỷ đồng") == "warning"


_HUNG_YEN = ("Hưng Yên: kinh tế 6 tháng đầu năm 2022\n\n"
             "{opening}, toàn tỉnh có 16 xã đạt chuẩn nông thôn mới; riêng 6 tháng có thêm 3 xã đạt chuẩn "
             "nông thôn mới. Kim ngạch xuất khẩu ước đạt {exports} triệu USD, tăng 12,5% so với cùng kỳ.\n")


def test_a_key_a_report_gives_two_values_is_not_compared_across_reprints(settings, inbox):
    # "16 xã" (all communes so far) and "3 xã" (this half-year) share one indicator key: neither
    # reprint can say which of them the other's should equal, so none is compared.
    first = _HUNG_YEN.format(opening="Hưng Yên, 6 tháng đầu năm 2022", exports="2.010")
    reprint = _HUNG_YEN.format(opening="Trong 6 tháng đầu năm 2022 tại Hưng Yên", exports="2.010")
    _run(settings, inbox, **{"a.txt": first})
    _run(settings, inbox, **{"b.txt": reprint})
    assert _failures(settings) == []
    # A key with one value per report is still compared.
    slipped = _HUNG_YEN.format(opening="Báo cáo 6 tháng đầu năm 2022 của Hưng Yên", exports="2.100")
    _run(settings, inbox, **{"c.txt": slipped})
    assert [(f[1], f[4], f[5]) for f in _failures(settings)] == [
        ("reported_differently", "c.txt", ["a.txt: 2.010 triệu USD", "c.txt: 2.100 triệu USD"]),
        ("reported_differently", "c.txt", ["b.txt: 2.010 triệu USD", "c.txt: 2.100 triệu USD"]),
    ]
