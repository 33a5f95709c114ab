"""Rules of R67 (session 38, written after blind set B33 was read): tables whose unit stands at their foot or whose
comma grouping has one odd cell, criteria counts, scaled parts of a counted total, plan amounts in breakdowns, and the
period or province of reports that name them in passing, in a headline or not at all. Every text is our own wording."""


import pytest
from conftest import report_bounds as _bounds

from parsing import SourceFacts, parse_document


def _figures(text: str) -> list[tuple[str, float, str]]:
    return [(f.raw_text, f.value, f.unit) for f in parse_document(text).figures]



# --- tables -----------------------------------------------------------------------------------------------------------


def test_a_yearbook_page_with_its_unit_line_at_the_foot():
    # a page flattened one cell a line: the rows, then "ĐVT: ... - Unit: ...", then the page's number
    text = ("42. Số trang trại phân theo huyện\nNumber of farms by district\n2019 2020 2021\nTỔNG SỐ - TOTAL\n"
            "318 342 365\n1. Huyện Đông Sơn\n120 131 140\n2. Huyện Tây Sơn\n198 211 225\n"
            "ĐVT: Trang trại\n- Unit: Farm\n57")
    figures = _figures(text)
    assert [(raw, value) for raw, value, _ in figures] == [
        ("318", 318.0), ("342", 342.0), ("365", 365.0), ("120", 120.0), ("131", 131.0), ("140", 140.0),
        ("198", 198.0), ("211", 211.0), ("225", 225.0)]
    assert {unit for _, _, unit in figures} == {"farm"}  # the foot's unit; the page number 57 is no cell


def test_one_odd_comma_cell_does_not_overturn_a_table_grouping_thousands_with_commas():
    rows = "\n".join(f"Xã {name} {a:,} {a + 1_013:,} {a + 2_046:,}" for name, a in (
        ("An Phú", 112_305), ("Bình Lợi", 98_417), ("Cát Hải", 131_029), ("Đông Hòa", 87_552)))
    # the last cell is cut short: one cell that does not group by three among twelve that do
    text = f"Dân số các xã (người)\nNăm 2015 2020 2023\n{rows[:-4]},56\n"
    values = [value for _, value, unit in _figures(text) if unit == "person"]
    assert values[:3] == [112305.0, 113318.0, 114351.0]
    assert 88_565.0 in values and 89_598.0 not in values  # the odd cell is read as printed, not as a thousands group


# --- criteria, averages, parts ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    # an average number of criteria has decimals
    ("Bình quân mỗi xã của huyện đạt 15,6 tiêu chí nông thôn mới.", [("15,6 tiêu chí", 15.6, "criterion")]),
    ("Toàn tỉnh đạt trung bình 12,4 tiêu chí mỗi xã.", [("12,4 tiêu chí", 12.4, "criterion")]),
    # the criteria a group of communes reached class those communes: only the counts of communes are figures
    ("Đến cuối năm, 31 xã đạt từ 15 - 18 tiêu chí; 12 xã đạt dưới 10 tiêu chí.",
     [("31 xã", 31.0, "commune"), ("12 xã", 12.0, "commune")]),
    # ... but the mean commune's count is a figure
    ("Bình quân 01 xã đạt trên 16 tiêu chí.", [("trên 16 tiêu chí", 16.0, "criterion")]),
])
def test_criteria_counts(text, expected):
    assert _figures(text) == expected


def test_scaled_parts_of_a_counted_total_count_what_it_counts():
    text = ("Năm nay các trại giống cung ứng hơn 9.200 triệu con giống, trong đó: tôm thẻ 7.400 triệu, "
            "cua 2 tỷ, cá kèo 95 triệu.")
    assert [(raw, unit) for raw, _, unit in _figures(text)] == [
        ("hơn 9.200 triệu con giống", "head"), ("7.400 triệu", "head"), ("2 tỷ", "head"), ("95 triệu", "head")]


def test_a_rounded_amount_in_parentheses_before_its_exact_one_is_the_same_fact():
    text = "Sản lượng giống đạt 6.000 triệu con, trong đó: tôm chiếm nhiều nhất là (4,2 tỷ) 4.210 triệu, cua 800 triệu."
    assert [raw for raw, _, _ in _figures(text)] == ["6.000 triệu con", "4.210 triệu", "800 triệu"]


def test_a_plan_amount_is_neither_the_total_nor_a_part_of_a_breakdown():
    text = ("Sản lượng lương thực đạt 820.500 tấn; kế hoạch đề ra là 790.000 tấn. Trong đó, sản lượng lúa "
            "đạt 700.100 tấn trên kế hoạch 680.000 tấn.")
    figures = parse_document(text).figures
    by_text = {f.raw_text: f for f in figures}
    rice, rice_plan = by_text["700.100 tấn"], by_text["680.000 tấn"]
    assert rice.component_of is not None and figures[rice.component_of].raw_text == "820.500 tấn"
    assert rice_plan.component_of is None


def test_a_breakdowns_colon_is_no_lead_of_a_list_of_plan_rates():
    text = ("Giá trị sản xuất đạt 3.250 tỷ đồng, đạt 101,2% so với kế hoạch, trong đó: nông nghiệp đạt 1.100 tỷ "
            "đồng, chiếm tỷ trọng 33,8%; dịch vụ đạt 2.150 tỷ đồng, chiếm tỷ trọng 66,2%.")
    shares = [f for f in parse_document(text).figures if f.unit == "percent" and f.kind == "share"]
    assert [(f.value, f.pct_of_plan) for f in shares] == [(33.8, None), (66.2, None)]


# --- periods ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    # a price table's column head, its words on lines of their own, is no period: the headline's month is
    ("Chỉ số giá tiêu dùng tháng 7 năm 2021\n\nChỉ số giá tháng báo cáo so với:\n\nTháng 6\n\nnăm 2020\n\n"
     "Tháng trước\n\nCHỈ SỐ CHUNG\n\n102,11\n\n100,35\n\nLương thực\n\n104,20\n\n100,90\n\nThực phẩm\n\n101,50\n\n"
     "99,80", ("2021-07-01", "2021-07-31")),
    # a row of years heading a table's columns is no period
    ("Diện tích tự nhiên của tỉnh là 5.200 km2.\n\nSố hộ qua các năm (hộ)\n\nNăm 2012 2016 2020 2022\n"
     "Toàn tỉnh 310,220 318,406 325,911 331,070\nHuyện A 81,113 82,640 84,002 85,310\n"
     "Huyện B 70,512 71,800 73,154 74,099\nHuyện C 62,301 63,005 64,418 65,120\n"
     "Huyện D 96,294 100,961 104,337 106,541", None),
    # a headline opening with its year over a year the text names for a holiday to come
    ("Năm 2023, huyện có thêm 1.200 hộ thoát nghèo\nTổng số hộ nghèo tính từ đầu năm 2023 là 5.400 hộ. Tổng số hộ "
     "nghèo đến cuối năm 2023 là 4.200 hộ. Huyện đề nghị các xã lập danh sách hộ nghèo năm 2023 theo kết quả rà soát; "
     "đề xuất hỗ trợ Tết người nghèo năm 2024.", ("2023-01-01", "2023-12-31")),
    # the first days of a month
    ("Trong 20 ngày đầu tháng 3-2023, thành phố có 410 doanh nghiệp thành lập mới. Tính chung 3 tháng, có 1.260 "
     "doanh nghiệp.", ("2023-03-01", "2023-03-20")),
    # the level a change starts from is another period's; the one it reaches is the report's
    ("Tỷ trọng nông nghiệp giảm từ mức 35,2% trong quý II-2019 xuống còn 33,1% trong quý II-2020. Xuất khẩu quý "
     "II-2020 đạt 410 triệu USD.", ("2020-04-01", "2020-06-30")),
    # what is still to be disbursed by a month is a deadline
    ("Tỉnh điều chỉnh kế hoạch đầu tư công năm 2024 nguồn vốn ngân sách tỉnh xuống 9.300 tỷ đồng. Hơn 1.900 tỷ đồng "
     "chưa giải ngân cần giải ngân xong đến hết tháng 01/2025 để đạt mục tiêu giải ngân năm 2024.",
     ("2024-01-01", "2024-12-31")),
    # a survey counted to the end of a year dates its figures; years of an aim's sentence do not
    ("Theo kết quả rà soát hộ nghèo cuối năm 2022, huyện còn 2.310 hộ nghèo. Huyện phấn đấu đến cuối năm 2025 còn "
     "dưới 1.500 hộ và đến cuối năm 2030 còn dưới 500 hộ.", ("2022-01-01", "2022-12-31")),
    # the end of a span from a year is no year of its own: the span the text then reports on is
    ("Giai đoạn từ năm 2018 đến hết năm 2021, huyện có 640 người xuất khẩu lao động. Trong 5 năm từ 2018 đến năm "
     "2022, tỷ lệ hộ nghèo giảm 6,4%.", ("2018-01-01", "2022-12-31")),
    # a roadmap's span is a programme's, not the report's
    ("Bình quân mỗi xã đạt 13,1 tiêu chí. Riêng 25 xã nằm trong lộ trình xây dựng nông thôn mới giai đoạn 2016-2020 "
     "đạt trung bình 15,2 tiêu chí.", None),
])
def test_periods_of_r67(text, expected):
    assert _bounds(text) == expected


def test_a_headline_naming_one_of_two_years_the_text_gives_figures_for():
    # two years side by side name no one period, unless the headline names one of them: the other is its base
    text = ("Phú Thọ đứng thứ 12 cả nước về tăng trưởng trong năm 2023\n\nNăm 2022, GRDP của tỉnh đạt 61.300 tỷ đồng. "
            "Năm 2023, GRDP đạt 66.120 tỷ đồng, tăng 7,86% so với năm 2022.")
    assert _bounds(text) == ("2023-01-01", "2023-12-31")
    assert _bounds(text.split("\n\n", 1)[1]) is None  # no headline: no one period, as before


def test_an_aim_named_with_many_words_before_its_year():
    # nine words between "phấn đấu" and the year: still the aim's year, not the report's
    text = ("Huyện phấn đấu có 06 xã được công nhận nông thôn mới trong năm 2024\n\nĐến cuối năm 2023, "
            "toàn huyện đã có 14 xã đạt chuẩn nông thôn mới.")
    assert _bounds(text) == ("2023-01-01", "2023-12-31")


# --- regions ------------------------------------------------------------------------------------------------------------


def test_a_district_named_bare_in_a_text_naming_its_province_and_a_commune_named_like_a_town():
    text = ("Khánh Vĩnh có thêm 2 xã đạt chuẩn nông thôn mới\n\nUBND tỉnh Khánh Hòa vừa công nhận 2 xã ở Khánh Vĩnh "
            "đạt chuẩn nông thôn mới. Xã Sông Cầu đạt 19/19 tiêu chí; xã Sông Cầu cũng hoàn thành tiêu chí thu nhập.")
    assert parse_document(text).meta.region == "Khánh Hòa"


# --- after blind set B34 was read (R67b) --------------------------------------------------------------------------------


def test_a_change_with_decimals_is_that_of_the_average_before_it():
    text = ("Toàn huyện bình quân mỗi xã đạt 14,6 tiêu chí; tăng 1,8 tiêu chí so với cùng kỳ. Số tiêu chí bình quân là "
            "12,4 tiêu chí/xã, tăng 2,1 tiêu chí so với cuối năm 2019, và tăng 4,3 tiêu chí so với năm 2015.")
    figures = parse_document(text).figures
    assert [(f.raw_text, f.change_abs) for f in figures] == [
        ("14,6 tiêu chí", 1.8), ("12,4 tiêu chí/xã", 2.1), ("4,3 tiêu chí", None)]


def test_the_communes_an_average_is_taken_over_and_the_averages_of_parts_are_no_parts():
    text = ("Toàn tỉnh có 52 xã đạt từ 10 - 14 tiêu chí. Bình quân số tiêu chí đạt được là 12,1 tiêu chí/xã.\n\n"
            "Trong đó, bình quân tại 14 xã điểm là 18 tiêu chí/xã và bình quân 45 xã còn lại là 11,2 tiêu chí/xã.")
    figures = parse_document(text).figures
    assert [f.raw_text for f in figures] == ["52 xã", "12,1 tiêu chí/xã", "14 xã", "18 tiêu chí/xã", "45 xã",
                                             "11,2 tiêu chí/xã"]
    assert all(f.component_of is None for f in figures)  # counts of communes, and averages, which do not add up


def test_a_plans_formal_name_and_a_year_recalled_before_date_no_report():
    text = ("Năm 2023, tổng thu ngân sách của tỉnh ước đạt 15.400 tỉ đồng, tăng 9,2% so với cùng kỳ. Sáng 5-1, UBND tỉnh "
            "họp báo về kinh tế - xã hội năm 2023 và kế hoạch phát triển KT-XH năm 2024. Trước đó, "
            "năm 2019, tỉnh lần đầu thu ngân sách vượt 10.000 tỉ đồng.")
    assert _bounds(text) == ("2023-01-01", "2023-12-31")


# --- after blind set B35 was read (R67c) --------------------------------------------------------------------------------


def test_a_province_leading_the_provinces_of_its_region_under_a_headline_opening_with_the_year():
    text = ("Năm 2022, Hà Tĩnh thu hút FDI dẫn đầu các tỉnh Bắc Trung Bộ\n\nNăm 2022, vốn FDI đăng ký vào Hà Tĩnh đạt "
            "1,2 tỷ USD, dẫn đầu các tỉnh Bắc Trung Bộ; tỉnh đứng thứ 12/63 tỉnh, thành phố trong cả nước.")
    facts = SourceFacts(url="https://example-news.vn/nam-2022-ha-tinh-thu-hut-fdi-dan-dau-cac-tinh-bac-trung-bo-4512345.html")
    assert parse_document(text, facts).meta.region == "Hà Tĩnh"
