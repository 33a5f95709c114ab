"""Rules of R74 (session 45, written from blind set B49 and province-and-period set P20 after they were scored
unseen, and from the price table B48 found): a table's numbered columns and its items' codes; a unit column's head
before the heads of year columns, heads on one line between pipes, ratios of two periods named as growth figures; heads
a few words a line whose ratios name both periods, and a section's rows under them; a section's name over an article's
title; a title's month over the month before it in another year; seasons with their years in parentheses; the time
after a holiday; decades; lists of counts of several nouns; a change against a dated month beside one against the
same period; parts of the amount a list is opened after; a lead's parts told again. R74b (from B50): a yearbook title
without its marks, ranges of multiples, numbered wards, job fairs. R74c (from B51): price bulletins' piped rows, difference
cells, indices told with their change. R74d: a day's price bulletin, a title's month over the months before it. Every
text is our own wording."""

import pytest
from conftest import report_bounds as _bounds

from parsing import parse_document


def _cells(text: str) -> list[tuple[str, str, str]]:
    return [(f.raw_text, f.unit, f.kind) for f in parse_document(text).figures]


PRICE_TABLE = """Giá một số mặt hàng thiết yếu tháng 9 năm 2024

STT
Mã hàng
Tên hàng hóa
Đơn vị tính
Giá kỳ trước
Giá kỳ này
Mức tăng (giảm)
Tỷ lệ tăng (giảm) (%)
1
2
3
4
5
6
7=6-5
8=7/5
1
2.014
Gạo tẻ thường
đồng/kg
14.200
14.500
300
2,11
2
2.015
Thịt bò thăn
đồng/kg
265.000
260.000
-5.000
-1,89
3
2.016
Trứng gà ta
đồng/quả
3.800
3.900
100
2,63
"""


def test_a_price_tables_numbered_columns_item_codes_and_row_numbers_are_no_figures():
    got = [raw for raw, _, _ in _cells(PRICE_TABLE)]
    for label in ("1", "2", "3", "4", "5", "6", "2.014", "2.015", "2.016"):
        assert label not in got
    assert [raw for raw in got if raw in ("14.200", "14.500", "265.000", "260.000", "3.800", "3.900")] == [
        "14.200", "14.500", "265.000", "260.000", "3.800", "3.900"]


@pytest.mark.parametrize("numbers", ["1 | 2 | 3 | 4 | 5=4/3", "(1)  (2)  (3)  (4)  (5)=(4)/(3)"])
def test_a_line_numbering_the_columns_is_no_row(numbers):
    text = ("Kết quả sản xuất cây hằng năm năm 2024\n"
            "Chỉ tiêu | Đơn vị tính | Năm 2023 | Năm 2024 | So sánh (%)\n"
            f"{numbers}\n"
            "Diện tích lạc | ha | 2.300 | 2.410 | 104,8\n"
            "Sản lượng lạc | tấn | 5.520 | 5.900 | 106,9\n"
            "Diện tích đậu tương | ha | 640 | 610 | 95,3\n")
    assert _cells(text) == [
        ("2.300", "hectare", "amount"), ("2.410", "hectare", "amount"), ("104,8", "percent", "growth"),
        ("5.520", "tonne", "amount"), ("5.900", "tonne", "amount"), ("106,9", "percent", "growth"),
        ("640", "hectare", "amount"), ("610", "hectare", "amount"), ("95,3", "percent", "growth")]


def test_a_unit_column_before_year_heads_gives_each_row_its_unit_and_a_two_year_ratio_is_its_own_growth():
    text = ("Chăn nuôi năm 2024\n"
            "Chỉ tiêu | Đơn vị tính | Năm 2023 | Năm 2024 | Năm 2024 so với năm 2023 (%)\n"
            "Đàn bò | Con | 41.200 | 42.650 | 103,5\n"
            "Đàn lợn | Con | 310.400 | 298.100 | 96,0\n"
            "Sản lượng thịt hơi | Tấn | 52.800 | 54.300 | 102,8\n")
    figures = parse_document(text).figures
    assert [(f.raw_text, f.unit, f.kind, f.value) for f in figures][:3] == [
        ("41.200", "head", "amount", 41200.0), ("42.650", "head", "amount", 42650.0),
        ("103,5", "percent", "growth", 3.5)]
    assert [(f.raw_text, f.period_start.year) for f in figures if f.kind == "amount"][:2] == [
        ("41.200", 2023), ("42.650", 2024)]


RELEASE_WITH_SECTIONS = """Hoạt động vận tải hành khách tháng 01 năm 2025

Đơn
vị
tính

Thực hiện tháng 12
năm 2024

Ước tính
tháng 01 năm 2025

Lũy kế 1 tháng năm 2025

Tháng 01 năm 2025 so với tháng 01 năm 2024
(%)

Lũy kế 1 tháng năm 2025 so với năm trước (%)

I. Đường bộ

1. Hành khách vận chuyển

Nghìn
Hành khách

812,4

830,1

830,1

106,20

106,20

- Nội tỉnh

"

602,3

615,0

615,0

104,85

104,85

II. Đường thủy

1. Hành khách vận chuyển

Hành khách

40210

41300

41300

108,40

108,40

- Tuyến ven biển

"

12050

12400

12400

111,30

111,30
"""


def test_heads_a_few_words_a_line_with_ratios_of_two_periods_and_a_sections_rows_under_them():
    figures = parse_document(RELEASE_WITH_SECTIONS).figures
    got = [(f.raw_text, f.unit, f.kind, f.value, f.qualifier) for f in figures]
    assert got[:5] == [("812,4", "passenger", "amount", 812400.0, None),
                       ("830,1", "passenger", "amount", 830100.0, "estimate"),
                       ("830,1", "passenger", "amount", 830100.0, None),
                       ("106,20", "percent", "growth", 6.2, None), ("106,20", "percent", "growth", 6.2, None)]
    # the second section's rows: the same columns, counted in passengers as their unit cell says, no thousands
    assert got[10:13] == [("40210", "passenger", "amount", 40210.0, None),
                          ("41300", "passenger", "amount", 41300.0, "estimate"),
                          ("41300", "passenger", "amount", 41300.0, None)]
    assert len(figures) == 20
    # the title's January, not the first column's December of the year before
    assert _bounds(RELEASE_WITH_SECTIONS) == ("2025-01-01", "2025-01-31")


def test_a_sections_name_in_capitals_over_the_title_is_not_the_title():
    text = ("TÌNH HÌNH KINH TẾ XÃ HỘI\nTình hình kinh tế xã hội tháng 5 năm 2022\n\n"
            "Sản lượng khai thác ước đạt 8.240 tấn, tăng 1,6% so cùng kỳ; lũy kế 5 tháng ước đạt 39.100 tấn. Thu ngân "
            "sách tháng 5 ước đạt 640 tỷ đồng.")
    meta = parse_document(text).meta
    assert meta.title == "Tình hình kinh tế xã hội tháng 5 năm 2022"
    assert (str(meta.period_start), str(meta.period_end)) == ("2022-05-01", "2022-05-31")
    # a title in capitals over its lead stays the title
    lead = "THU NGÂN SÁCH TĂNG KHÁ\nThu ngân sách tháng 5 ước đạt 640 tỷ đồng, tăng 8% so cùng kỳ."
    assert parse_document(lead).meta.title == "THU NGÂN SÁCH TĂNG KHÁ"


@pytest.mark.parametrize("text, expected", [
    # the season's years in parentheses: both of them
    ("Đến nay, nông dân đã xuống giống lúa Đông - Xuân (2024 - 2025) được 52.000/150.000 ha theo kế hoạch.",
     ("2024-01-01", "2025-12-31")),
    # right after the holiday is no holiday: the season named with its years is the report's
    ("Ngay sau kỳ nghỉ Tết Nguyên đán 2023, nông dân ra đồng. Theo kế hoạch, vụ đông xuân 2022 - 2023, huyện gieo "
     "cấy 4.200 ha lúa; đến nay đã cấy được 3.100 ha.", ("2022-01-01", "2023-12-31")),
    # "Những năm 1990" is a decade: the one year a text names is the later one it tells of
    ("Những năm 1990, cả xã chỉ có vài đồi chè. Năm 2005, hợp tác xã có 35 thành viên.",
     ("2005-01-01", "2005-12-31")),
])
def test_periods_of_seasons_holidays_and_decades(text, expected):
    assert _bounds(text) == expected


def test_the_days_after_nine_days_of_tet_are_still_counted_as_the_holiday():
    text = "Sau 9 ngày nghỉ Tết Nguyên đán 2025, toàn tỉnh đón 215.000 lượt khách, tăng 12% so với cùng kỳ."
    assert _bounds(text) == ("2025-01-25", "2025-02-02")


def test_a_list_of_counts_of_several_nouns_after_one_count_frame():
    text = ("Điện lực huyện quản lý 214 trạm biến áp với tổng dung lượng 96,5MVA; 38 máy cắt, 1.120 cột điện "
            "và 12 tủ điều khiển.")
    assert [(f.raw_text, f.unit, f.value) for f in parse_document(text).figures] == [
        ("214 trạm biến áp", "substation", 214.0), ("96,5MVA", "MVA", 96.5), ("38 máy", "item", 38.0),
        ("1.120 cột", "item", 1120.0), ("12 tủ", "item", 12.0)]


def test_a_change_against_a_dated_month_beside_one_against_the_same_period_is_its_own_growth():
    text = ("Tổng kim ngạch tháng 8/2023 ước đạt 96,4 triệu USD, tăng 4,2% so với cùng kỳ năm 2022.\n"
            "Trong đó, xuất khẩu ước đạt 51,2 triệu USD, giảm 3,4% so với tháng 7/2023, tăng 9,8% so với cùng kỳ "
            "năm 2022.")
    got = [(f.raw_text, f.kind, f.value, f.yoy_change_pct) for f in parse_document(text).figures]
    assert ("51,2 triệu USD", "amount", 51200000.0, 9.8) in got
    assert ("3,4%", "growth", -3.4, None) in got


def test_money_told_of_a_counts_part_is_no_part_of_an_amount_in_a_clause_before():
    text = ("Trong quý, tỉnh cấp mới cho 18 dự án với tổng vốn đăng ký 152,4 triệu USD; điều chỉnh 64 dự án, trong đó "
            "có 22 dự án tăng vốn thêm 310,6 triệu USD.")
    got = {f.raw_text: f.component_of for f in parse_document(text).figures}
    assert got["22 dự án"] is not None and got["310,6 triệu USD"] is None


def test_a_list_opened_right_after_an_amount_is_that_amounts():
    text = ("Toàn tỉnh có 215 cơ sở lưu trú với tổng 5.120 phòng bao gồm: 3 khách sạn 5 sao; 9 khách sạn 4 sao; "
            "26 khách sạn 3 sao.")
    assert [(f.raw_text, f.component_of) for f in parse_document(text).figures if "khách sạn" in f.raw_text] == [
        ("3 khách sạn", None), ("9 khách sạn", None), ("26 khách sạn", None)]


def test_a_leads_part_told_again_with_a_leading_zero_goes_with_its_total():
    text = ("Hà Nam: Thêm 14 dự án đầu tư mới vào các khu công nghiệp\n"
            "(Kinh tế) – Tính từ đầu năm tới nay, Ban Quản lý các khu công nghiệp tỉnh Hà Nam đã cấp Giấy chứng nhận "
            "đăng ký đầu tư cho 14 dự án, trong đó có 9 dự án FDI và 5 dự án DDI.\n"
            "Theo Ban Quản lý, trong tháng 6/2023, đơn vị đã cấp mới cho 2 dự án với số vốn đăng ký 12 triệu USD.\n"
            "Lũy kế từ đầu năm đến nay, đã cấp mới giấy chứng nhận đăng ký đầu tư cho 14 dự án (9 dự án FDI, 05 dự án "
            "DDI) với số vốn đăng ký 86,2 triệu USD.")
    figures = parse_document(text).figures
    total = next(i for i, f in enumerate(figures) if f.raw_text == "14 dự án")
    assert [f.raw_text for f in figures if f.component_of == total] == ["9 dự án", "05 dự án"]
    assert "5 dự án" not in [f.raw_text for f in figures]  # the lead's, told again as "05 dự án"


# R74b (from blind set B50, after it was scored unseen)


def test_a_scanned_yearbook_page_title_without_marks_names_its_year():
    text = ("Page 212 - NIEN GIAM 2019\n\n"
            "Dân số trung bình phân theo huyện\n"
            "Đơn vị tính: Người\n"
            "Huyện A  41.250  41.980  42.310\n"
            "Huyện B  38.400  38.910  39.020\n"
            "Huyện C  25.130  25.460  25.700\n")
    assert _bounds(text) == ("2019-01-01", "2019-12-31")


@pytest.mark.parametrize("text, value, high", [
    ("Sức mua dịp cuối năm tăng gấp 2 - 3 lần so với tháng thường.", 100.0, 200.0),
    ("Lượng hàng dự trữ tăng gấp 1,5-2 lần so với cùng kỳ.", 50.0, 100.0),
])
def test_a_range_of_multiples_is_a_growth_range_of_its_own(text, value, high):
    assert [(f.kind, f.value, f.value_high) for f in parse_document(text).figures] == [("growth", value, high)]


def test_a_wards_number_names_its_row():
    text = ("Dân số phân theo phường năm 2020\n"
            "Đơn vị tính: Người\n"
            "1. Phường 1     12.410   6.320\n"
            "2. Phường 2      8.905   4.511\n"
            "3. Phường 3     10.230   5.204\n")
    assert [f.raw_text for f in parse_document(text).figures] == [
        "12.410", "6.320", "8.905", "4.511", "10.230", "5.204"]


def test_a_job_fair_counts_what_it_recruits_for():
    text = "Phiên giao dịch việc làm có 28 doanh nghiệp tham gia tuyển dụng 3.150 vị trí tuyển dụng."
    assert [(f.raw_text, f.unit) for f in parse_document(text).figures] == [
        ("28 doanh nghiệp", "enterprise"), ("3.150 vị trí tuyển dụng", "job")]


# R74c (from blind set B51, after it was scored unseen)

PRICE_BULLETIN = """BẢNG GIÁ NÔNG SẢN NGÀY 14/03/2022
MẶT HÀNG | KHU VỰC | GIÁ (Đồng/Kg) | GHI CHÚ |
Hạt điều (giá dao động trong khoảng 31,000 – 33,500 đồng/kg) | Bình Phước | 33,500 | / |
Đồng Nai | 32,000 | / | |
Bình Dương | 31,500 | / | |
Krông Pắc (Đắk Lắk) | 31,000 | / | |
Bù Đăng (Bình Phước) | 33,000 | / | |
"""


def test_a_price_bulletins_piped_rows_with_empty_notes_and_districts_named_with_their_province():
    got = [(f.raw_text, f.value, f.value_high, f.unit) for f in parse_document(PRICE_BULLETIN).figures]
    assert got[0] == ("khoảng 31,000 – 33,500 đồng/kg", 31000.0, 33500.0, "VND/kg")  # the đồng has no fractions
    assert got[1:] == [("32,000", 32000.0, None, "VND/kg"), ("31,500", 31500.0, None, "VND/kg"),
                       ("31,000", 31000.0, None, "VND/kg"), ("33,000", 33000.0, None, "VND/kg")]


def test_a_difference_cell_below_zero_is_the_change_of_the_later_amount():
    text = ("Biểu: Thu hoạch vụ đông so với cùng kỳ năm 2021\n"
            "Chỉ tiêu | ĐVT | TH cùng kỳ 2021 | TH trong kỳ | So sánh % | +,-\n"
            "Khoai lang | Ha | 1.204,5 | 1.130,0 | 93,8 | -74,5\n"
            "Đậu tương | Ha | 310,2 | 288,7 | 93,1 | -21,5\n"
            "Rau các loại | Ha | 2.850,0 | 2.742,6 | 96,2 | -107,4\n")
    figures = parse_document(text).figures
    assert all(f.value >= 0 for f in figures if f.kind == "amount")
    assert [(f.raw_text, f.change_abs) for f in figures if f.change_abs is not None] == [
        ("1.130,0", -74.5), ("288,7", -21.5), ("2.742,6", -107.4)]


def test_an_index_told_with_its_change_in_parentheses_is_that_change():
    text = "- Chỉ số giá nhóm nhà ở: 101,32% (tăng 1,32%).\n- Chỉ số giá nhóm giao thông: 98,75% (giảm 1,25%)."
    assert [(f.raw_text, f.kind, f.value) for f in parse_document(text).figures] == [
        ("1,32%", "growth", 1.32), ("1,25%", "growth", -1.25)]


@pytest.mark.parametrize("text, url, expected", [
    ("BẢNG GIÁ NÔNG SẢN NGÀY 14/03/2022\nMẶT HÀNG | KHU VỰC | GIÁ (Đồng/Kg) |\nCà phê | Lâm Đồng | 38,500 |", None,
     ("2022-03-14", "2022-03-14")),
    # the year from the page's address, the day from its opening
    ("Giá tiêu tại Đắk Nông hôm nay (ngày 9/4) tăng 500 đồng/kg, lên 61.500 đồng/kg.",
     "https://example.vn/gia-tieu-ngay-9-4-2021", ("2021-04-09", "2021-04-09")),
])
def test_a_days_price_bulletin_is_filed_under_that_day(text, url, expected):
    assert _bounds(text, url) == expected


def test_a_titles_month_over_a_first_column_of_the_months_before():
    text = ("12. Vận tải hàng hóa của địa phương tháng 8 năm 2019\n\n"
            "Thực hiện\n7 tháng năm 2019\n\nƯớc tính\ntháng 8/2019\n\nLũy kế 8 tháng năm 2019\n\n"
            "A. VẬN CHUYỂN HÀNG HÓA - Nghìn tấn\n\n4120,50\n\n615,20\n\n4735,70\n")
    assert _bounds(text) == ("2019-08-01", "2019-08-31")
