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
    assert _release_columns(heads, 4) == ["tháng 4/2024", "ước tháng 5/2024", "5 tháng 2024", "(%)"]
    assert _release_columns(heads, 5) == []  # the heads do not name five columns
    assert _release_columns("Chỉ tiêu Lũy kế So với cùng kỳ (%)", 2) == []  # a year so far needs its month


def test_cells_take_their_row_unit_and_their_column_period():
    figures = parse_document(RELEASE).figures
    # the column headed "Ước tính tháng 5/2024" holds estimates, the others what was done
    assert [f.qualifier for f in figures[:4]] == [None, "estimate", None, None]
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


# A release whose unit column's head is broken one word a line, whose unit cells name a bare count ("Lượt khách")
# or say "as above" ('"'), whose first column is the months so far, and whose ratio head names the year-so-far
# column ("Lũy kế 5 tháng ... so với cùng kỳ năm trước (%)").
UNIT_CELLS = """Hoạt động lưu trú 5 tháng năm 2024

Đơn
vị
tính

Thực hiện
4 tháng/2024

Dự ước
tháng 5/2024

Lũy kế 5 tháng năm 2024

Lũy kế 5 tháng năm 2024 so với cùng kỳ năm trước (%)

1. Tổng lượt khách phục vụ

Lượt khách

842315

231460

1073775

108,35

- Khách quốc tế

"

302118

80542

382660

112,40
"""


def test_a_bare_count_under_a_unit_columns_head_and_a_ditto_mark_give_rows_their_unit():
    figures = parse_document(UNIT_CELLS).figures
    assert [(f.raw_text, f.kind, f.unit) for f in figures][:3] == [
        ("842315", "amount", "visit"), ("231460", "amount", "visit"), ("1073775", "amount", "visit")]
    assert [(f.indicator_text, f.unit) for f in figures if f.raw_text == "80542"] == [("- Khách quốc tế", "visit")]


def test_the_months_so_far_as_a_first_column_and_a_ratio_naming_the_year_so_far():
    assert _release_columns("Thực hiện | 4 tháng/2024 | Dự ước | tháng 5/2024 | Lũy kế 5 tháng năm 2024 | "
                            "Lũy kế 5 tháng năm 2024 so với cùng kỳ năm trước (%)", 4) == [
        "4 tháng 2024", "ước tháng 5/2024", "5 tháng 2024", "(%)"]
    # a caption's month above the heads is no column: the columns are the last heads
    assert _release_columns("Hoạt động lưu trú tháng 5 năm 2024 | Thực hiện tháng 4/2024 | Ước tính tháng 5/2024 | "
                            "Cộng dồn 5 tháng | So với cùng kỳ (%)", 4) == [
        "tháng 4/2024", "ước tháng 5/2024", "5 tháng 2024", "(%)"]
    figures = parse_document(UNIT_CELLS).figures
    periods = [(f.raw_text, f.period_start, f.period_end, f.yoy_change_pct) for f in figures][:3]
    assert periods == [("842315", date(2024, 1, 1), date(2024, 4, 30), None),
                       ("231460", date(2024, 5, 1), date(2024, 5, 31), None),
                       ("1073775", date(2024, 1, 1), date(2024, 5, 31), 8.35)]


def test_whole_counts_then_decimals_near_100_under_a_comparing_caption_end_in_a_growth():
    # the ratio head runs into the next line's section title, so no column heads are found
    text = UNIT_CELLS.replace("Lũy kế 5 tháng năm 2024 so với cùng kỳ năm trước (%)\n\n1.",
                              "Lũy kế 5 tháng năm 2024 so với cùng kỳ năm trước (%)I. Dịch vụ lưu trú\n\n1.")
    figures = parse_document(text).figures
    assert [(f.raw_text, f.kind, f.value, f.unit) for f in figures][:4] == [
        ("842315", "amount", 842315.0, "visit"), ("231460", "amount", 231460.0, "visit"),
        ("1073775", "amount", 1073775.0, "visit"), ("108,35", "growth", 8.35, "percent")]


def test_the_cells_of_the_months_so_far_and_of_the_month_keep_their_key_and_are_not_compared():
    from validation_helpers import frames

    from schemas.validate import check_batch

    figures = parse_document(UNIT_CELLS).figures
    assert [f.indicator for f in figures if f.indicator_text == "1. Tổng lượt khách phục vụ"] == [
        "tourist_arrivals"] * 3  # three periods: each keeps the key
    failures = check_batch(*frames(("release.txt", UNIT_CELLS)))
    assert failures[failures["check_name"] == "stated_twice"].empty, failures["message"].tolist()
