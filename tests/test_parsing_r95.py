"""Rules of R95 (session 57), from the blind sets B101, B102 and P51 after they were scored unseen. Every text is our own
wording."""

from datetime import date

import pytest
from conftest import report_bounds as _bounds

from parsing import SourceFacts, parse_document

TABLE_OF_SHARES = """Diện tích cây ăn quả của tỉnh qua các năm
Chỉ tiêu 2014 2015 2016 2017
Diện tích (nghìn ha) 30,2 31,5 33,0 34,8
+ So với cây lâu năm (%) 78,5 79,1 80,2 81,0
+ So với cả nước (%) 3,9 4,0 4,1 4,2
"""

TABLE_OF_AN_INDEX = """Diện tích cây ăn quả của tỉnh qua các năm
Chỉ tiêu 2014 2015 2016 2017
Diện tích (nghìn ha) 30,2 31,5 33,0 34,8
+ So với năm trước (%) 102,1 104,3 104,8 105,5
"""


def _read(text):
    return [(f.raw_text, f.kind, f.value, f.yoy_change_pct, f.change_abs, f.pct_of_plan)
            for f in parse_document(text).figures]


def test_a_table_row_set_against_a_whole_holds_shares():
    shares = [(f.raw_text, f.kind) for f in parse_document(TABLE_OF_SHARES).figures if f.unit == "percent"]
    assert shares == [(cell, "share") for cell in ("78,5", "79,1", "80,2", "81,0", "3,9", "4,0", "4,1", "4,2")]


def test_a_table_row_set_against_the_year_before_stays_an_index():
    index = [(f.raw_text, f.kind, f.value) for f in parse_document(TABLE_OF_AN_INDEX).figures if f.unit == "percent"]
    assert index[0] == ("102,1", "growth", pytest.approx(2.1))


@pytest.mark.parametrize(("text", "expected"), [
    # a stray space after the decimal comma, before three digits and a scale word: one number
    ("Tổng thu ngân sách trên địa bàn 6 tháng ước đạt 24, 315 tỷ đồng, tăng 8,2% so với cùng kỳ.",
     [("24, 315 tỷ đồng", "amount", 24.315e9, 8.2, None, None)]),
    # guard: a list read "lần lượt" keeps its numbers apart
    ("Vốn của hai dự án lần lượt là 120, 150 tỷ đồng.", [("hai dự án", "amount", 2.0, None, None, None),
                                                        ("150 tỷ đồng", "amount", 150e9, None, None, None)]),
    # a multiple against a year five years back: a change over years, a growth figure of its own
    ("Năm 2015, tổng sản phẩm trên địa bàn đạt 48.500 tỷ đồng, gấp 2,2 lần năm 2010.",
     [("48.500 tỷ đồng", "amount", 48.5e12, None, None, None), ("gấp 2,2 lần", "growth", 120.0, None, None, None)]),
    # guard: a multiple against another group gives none
    ("Thu nhập bình quân khu vực thành thị đạt 6,2 triệu đồng/tháng, cao gấp 1,6 lần khu vực nông thôn.",
     [("6,2 triệu đồng/tháng", "amount", 6.2e6, None, None, None)]),
    # a change in the amount's unit after "so vụ trước": the season a year before
    ("Năng suất đạt 52,1 tạ/ha; sản lượng 38.400 tấn, giảm so vụ trước 1.950 tấn.",
     [("52,1 tạ/ha", "amount", 52.1, None, None, None), ("38.400 tấn", "amount", 38400.0, None, -1950.0, None)]),
    # a count naming exactly its members, a predicate after them and no "và"
    ("Toàn huyện có 45.200 người với 3 dân tộc Tày, Nùng, Dao cùng sinh sống.",
     [("45.200 người", "amount", 45200.0, None, None, None)]),
    # guard: fewer names than the count stays a count
    ("Tỉnh có 4 cửa khẩu Tà Lùng, Trà Lĩnh đang hoạt động.", [("4 cửa khẩu", "amount", 4.0, None, None, None)]),
    # the full standard the communes counted met, written as a fraction
    ("Đến nay, toàn huyện có 12 xã đạt chuẩn 19/19 tiêu chí về nông thôn mới.",
     [("12 xã", "amount", 12.0, None, None, None)]),
    # guard: one commune's criteria met is a figure
    ("Xã Tân Lập đạt 16/19 tiêu chí.", [("16/19 tiêu chí", "amount", 16.0, None, None, None)]),
    # a clause opening with "thực hiện được" after ";" tells the amount before it
    ("Giá trị sản xuất công nghiệp ước đạt 5.210 tỷ đồng, so với cùng kỳ tăng 12,4%; thực hiện được 88,5% kế hoạch năm.",
     [("5.210 tỷ đồng", "amount", 5.21e12, 12.4, None, 88.5)]),
    # goods named by a price of nothing
    ("Ngành du lịch kiên quyết không để xảy ra tour 0 đồng trên địa bàn.", []),
    # guard: an amount brought down to nothing is a figure
    ("Đến cuối năm, nợ đọng bảo hiểm xã hội của công ty còn 0 đồng.", [("0 đồng", "amount", 0.0, None, None, None)]),
])
def test_figures_r95(text, expected):
    assert _read(text) == expected


def test_the_provincial_committees_estimate():
    figure = parse_document("Thu ngân sách 6 tháng ước đạt 412 tỷ đồng, bằng 55,3% dự toán UBND tỉnh giao.").figures[0]
    assert (figure.pct_of_plan, figure.plan_basis) == (55.3, "provincial_budget_estimate")


@pytest.mark.parametrize(("text", "bounds"), [
    # a month ended: the months to its end
    ("Kết thúc tháng 10/2021, tổng thu ngân sách của tỉnh đạt 6.120 tỷ đồng, bằng 88% dự toán.",
     ("2021-01-01", "2021-10-31")),
    # "từ đầu năm đến nay" on the second day of January: the year just ended
    ("Xuất khẩu gạo đạt 210 triệu USD\n\n02 | 01 | 2023\n\nTừ đầu năm đến nay, xuất khẩu gạo của tỉnh đạt khoảng "
     "410.000 tấn, đạt 95% kế hoạch năm.", ("2022-01-01", "2022-12-31")),
    # guard: the same in July is this year so far
    ("Xuất khẩu gạo đạt 110 triệu USD\n\n15 | 07 | 2023\n\nTừ đầu năm đến nay, xuất khẩu gạo của tỉnh đạt khoảng "
     "210.000 tấn.", ("2023-01-01", "2023-07-15")),
    # an undated "từ đầu năm đến nay", its "now" told in the next paragraph
    ("Theo các doanh nghiệp, sản lượng tôm xuất khẩu từ đầu năm đến nay tăng đều ở các thị trường chính.\n"
     "Theo Sở Nông nghiệp, đến cuối tháng 5/2022, diện tích nuôi tôm đạt 4.120 ha, bằng 52% kế hoạch năm.",
     ("2022-01-01", "2022-05-31")),
])
def test_period_r95(text, bounds):
    assert _bounds(text) == bounds


def test_the_days_a_holiday_report_opens_with_over_its_days_off():
    # a spaced dash between the days, neither written with its year
    text = ("Ngày 4/2, Sở Du lịch tỉnh cho biết, từ ngày 31/1 - 4/2, tỉnh đón khoảng 41.000 lượt khách, tăng 5% so cùng "
            "kỳ năm 2021.\n\nDịp Tết Nguyên đán năm nay, các điểm du lịch đều đông khách.")
    assert _bounds(text, SourceFacts(published=date(2022, 2, 4))) == ("2022-01-31", "2022-02-04")
