"""A statistics release's table: each cell takes its row's unit and its column's period, an index column
gives growth figures (tests of plain functions and of the parser on a table we wrote)."""

from datetime import date

from parsing import parse_document
from parsing.tables import _numbered_rows, _release_columns

RELEASE = """Chỉ tiêu
Thực hiện
tháng 4/2024
Ước tính
tháng 5/2024
Cộng dồn
5 tháng
So với
cùng kỳ
(%)
1. Tổng lượt khách (lượt)
310.420
335.600
1.520.300
112,4
2. Doanh thu (tỷ đồng)
240,5
262,0
1.180,7
119,8
"""


def test_release_heads_name_a_month_each_the_year_so_far_and_a_ratio():
    heads = "Chỉ tiêu Thực hiện tháng 4/2024 Ước tính tháng 5/2024 Cộng dồn 5 tháng So với cùng kỳ (%)"
    assert _release_columns(heads, 4) == ["tháng 4/2024", "tháng 5/2024", "5 tháng 2024", "(%)"]
    assert _release_columns(heads, 5) == []  # the heads do not name five columns
    assert _release_columns("Chỉ tiêu Lũy kế So với cùng kỳ (%)", 2) == []  # a year so far needs its month


def test_cells_take_their_row_unit_and_their_column_period():
    figures = parse_document(RELEASE).figures
    got = [(f.raw_text, f.kind, f.unit, f.period_start, f.period_end) for f in figures]
    assert got[:4] == [
        ("310.420", "amount", "visit", date(2024, 4, 1), date(2024, 4, 30)),
        ("335.600", "amount", "visit", date(2024, 5, 1), date(2024, 5, 31)),
        ("1.520.300", "amount", "visit", date(2024, 1, 1), date(2024, 5, 31)),
        ("112,4", "growth", "percent", date(2024, 1, 1), date(2024, 5, 31)),
    ]
    assert [round(f.value, 6) for f in figures[4:]] == [240.5e9, 262.0e9, 1180.7e9, 19.8]


def test_numbered_rows_run_together_are_cut_before_each_row_number():
    line = "1 Huyện A 120 130 140 2 Huyện B 210 220 230 3 Huyện C 5 6 7"
    assert [piece for _, piece in _numbered_rows(0, line)] == [
        "1 Huyện A 120 130 140", "2 Huyện B 210 220 230", "3 Huyện C 5 6 7"]
    assert _numbered_rows(0, "Năm 2023 có 12 xã đạt chuẩn và 3 huyện") == [(0, "Năm 2023 có 12 xã đạt chuẩn và 3 huyện")]
