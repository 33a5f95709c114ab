"""Rules of R72 (session 43, written from blind set B43 and province-and-period set P14 after they were scored
unseen): a release table whose ratio heads name the periods compared, its estimated column and its title's month; a
holiday named only as last year's base; page furniture (a text-size control, related articles stamped with a time); a
count's share told again; signed changes in parentheses; a plan's amount inside "trong đó"; a transport release's two
measures; a list's bare ratios; a place's own totals in the checks. Every text is our own wording."""

import pandas as pd
import pytest
from conftest import report_bounds as _bounds

from parsing import parse_document
from parsing.tables import _release_columns
from schemas.consistency import _parts_of_places

RELEASE = """Hoạt động lưu trú tháng 8 năm 2022

Đơn
vị
tính

Thực hiện tháng 7 năm 2022

Ước tính
tháng 8 năm 2022

Lũy kế 8 tháng năm 2022

Tháng 8 năm 2022 so với tháng 8 năm 2021
(%)

Lũy kế 8 tháng năm 2022 so với năm trước (%)

I. Dịch vụ lưu trú

1. Tổng lượt khách phục vụ

Nghìn
Lượt khách

61,2

64,5

402,8

121,35

140,08
"""


def test_a_ratio_head_naming_the_periods_compared_is_one_column():
    heads = ("Đơn vị tính | Thực hiện tháng 7 năm 2022 | Ước tính | tháng 8 năm 2022 | Lũy kế 8 tháng năm 2022 | "
             "Tháng 8 năm 2022 so với tháng 8 năm 2021 | (%) | Lũy kế 8 tháng năm 2022 so với năm trước (%)")
    assert _release_columns(heads, 5) == ["tháng 7/2022", "ước tháng 8/2022", "8 tháng 2022", "(%)", "(%)"]


def test_a_release_under_a_section_label_reads_its_own_columns_and_its_title_month():
    parsed = parse_document(RELEASE)
    got = [(f.raw_text, f.kind, f.value, f.qualifier) for f in parsed.figures]
    assert got == [("61,2", "amount", 61200.0, None), ("64,5", "amount", 64500.0, "estimate"),
                   ("402,8", "amount", 402800.0, None), ("121,35", "growth", 21.35, None),
                   ("140,08", "growth", 40.08, None)]
    # the title's month, not the first column's month before it
    assert (parsed.meta.period_start.isoformat(), parsed.meta.period_end.isoformat()) == ("2022-08-01", "2022-08-31")


@pytest.mark.parametrize("text, url, expected", [
    # the holiday named only as last year's base: this year's days of the same holiday
    ("Trong 4 ngày nghỉ lễ, tỉnh đón khoảng 150.000 lượt khách, tăng 20%, so với đợt nghỉ lễ 2/9/2022.", None,
     ("2023-09-01", "2023-09-04")),
    # "so với dịp nghỉ lễ này năm 2018": the report is of 2019
    ("Tỉnh đón 52 vạn lượt khách dịp nghỉ lễ 30/4, 1/5\n\nTrong 4 ngày nghỉ lễ (27/4 - 30/4), tỉnh đón 52 vạn lượt "
     "khách, tăng 18% so với dịp nghỉ lễ này năm 2018.", None, ("2019-04-27", "2019-04-30")),
    # a headline naming next month's tasks does not date a review of the month before
    ("UBND huyện triển khai nhiệm vụ tháng 5 năm 2023\n\nTháng 4/2023, thu ngân sách trên địa bàn ước đạt 120 tỷ đồng.",
     "http://huyenabc.vn/tin-tuc/ubnd-huyen-trien-khai-nhiem-vu-thang-5-nam-2023-1234", ("2023-04-01", "2023-04-30")),
    # R72b (from P14 and B43 after the first rules): a period's own days in parentheses
    ("6 tháng (từ 16/12/2020 đến hết 15/6/2021), cả nước có 6.100 vụ tai nạn giao thông. "
     "So với sáu tháng của năm 2020, số vụ giảm 5%.", None, ("2020-12-16", "2021-06-15")),
    # a fourth quarter read first, the whole year summed up after it: the year's review
    ("GRDP quý IV của tỉnh tăng 7,9% so với cùng kỳ; tính chung năm 2022 tăng 6,4%, thấp hơn kế hoạch.", None,
     ("2022-01-01", "2022-12-31")),
    # a title giving a month's results and the next month's tasks, the year told once at its end
    ("Kết quả sản xuất nông nghiệp tháng 8 và phương hướng nhiệm vụ tháng 9 năm 2021\n\nLúa hè thu đã thu hoạch được "
     "41.000 ha, năng suất 5,9 tấn/ha.", None, ("2021-08-01", "2021-08-31")),
    # a holiday's days told before "Tính từ đầu năm đến nay": the holiday report's, its year after the base
    ("Trong 4 ngày nghỉ lễ 30/4-1/5, thị trấn đón 48.000 lượt khách, đông hơn cùng kỳ năm 2024.\n\nTính từ đầu "
     "năm đến nay, huyện đón khoảng 41.000 lượt khách.", None, ("2025-04-30", "2025-05-04")),
    # the months so far named first, without a year, before a season: of the year the season ends in
    ("Hội nghị cho biết, 9 tháng qua, kinh tế huyện tiếp tục phát triển. Vụ Đông Xuân 2020-2021, toàn huyện gieo trồng "
     "được 2.300 ha, đạt 101,2% kế hoạch.", None, ("2021-01-01", "2021-09-30")),
    # figures counted to a year's first day: the year before
    ("Tính đến ngày 01-01-2020, dân số toàn huyện là 61.250 người, tổng giá trị sản xuất đạt 4.800 tỷ đồng.", None,
     ("2019-01-01", "2019-12-31")),
])
def test_periods_of_r72(text, url, expected):
    assert _bounds(text, url) == expected


@pytest.mark.parametrize("text, expected", [
    # a portal's text-size control and related articles stamped with a date and time are no figures
    ("Tỉnh A: Sản lượng lúa vụ mùa đạt 52.000 tấn\n\n100%\n\nSản lượng lúa vụ mùa ước đạt 52.000 tấn.\n\n"
     "Hơn 40 tỷ đồng hỗ trợ học sinh nghèo(12/02/2019 09:15 SA)\n\nTrích 15 tỷ đồng bình ổn giá(02/02/2019 3:20 CH)",
     [("52.000 tấn", "amount", 52000.0, None)]),
    # a count of a count, its percentage told again in parentheses
    ("Đến hết năm 2021, có 98/98 xã (100%) đạt chuẩn nông thôn mới.", [("98/98 xã", "amount", 98.0, None)]),
    # a signed percentage in parentheses after a change: that change in percent; a place's fall is no part
    ("Diện tích lúa vụ mùa ước đạt 17.200 ha, giảm 1.900 ha (-9,9%) so với cùng kỳ. Trong đó, huyện A giảm 510 ha "
     "(-36,2%). Năng suất ước đạt 48,2 tạ/ha, tăng 0,3 tạ/ha (+0,6%).",
     [("17.200 ha", "amount", 17200.0, -9.9), ("510 ha", "amount", 510.0, -36.2),
      ("48,2 tạ/ha", "amount", 48.2, 0.6)]),
    # a transport release: the carried to the tonnes, the carried over a distance to the tonne-km
    ("Tính chung 9 tháng, vận chuyển hàng hóa ước đạt 18,4 triệu tấn, bằng 960,5 triệu tấn.km luân chuyển, so cùng "
     "kỳ năm trước tăng 5,5% về tấn vận chuyển và tăng 4,8% về tấn.km luân chuyển.",
     [("18,4 triệu tấn", "amount", 18.4e6, 5.5), ("960,5 triệu tấn.km", "amount", 960.5e6, 4.8)]),
])
def test_figures_of_r72(text, expected):
    got = [(f.raw_text, f.kind, f.value, f.yoy_change_pct) for f in parse_document(text).figures]
    assert got == expected


def test_month_on_month_changes_of_two_measures_are_growth_figures():
    text = ("Vận tải hành khách trong tháng ước đạt 380,2 ngàn hành khách, bằng 49,6 triệu hành khách.km luân chuyển. "
            "So với tháng trước tăng 1,8% về số lượng hành khách vận chuyển, tăng 0,7% về hành khách.km luân "
            "chuyển.")
    got = [(f.raw_text, f.kind, f.value, f.yoy_change_pct) for f in parse_document(text).figures]
    assert got[2:] == [("1,8%", "growth", 1.8, None), ("0,7%", "growth", 0.7, None)]
    assert got[0][3] is None and got[1][3] is None


def test_a_plan_amount_inside_trong_do_is_no_part_and_no_estimate():
    text = ("Chi ngân sách 2 tháng ước thực hiện 2.650 tỷ đồng, đạt 10,5% dự toán (trong đó dự toán HĐND tỉnh giao: "
            "25.200 tỷ đồng).")
    plan = parse_document(text).figures[1]
    assert (plan.raw_text, plan.component_of, plan.qualifier) == ("25.200 tỷ đồng", None, None)


@pytest.mark.parametrize("text, expected", [
    # a list's bare percentages in parentheses are the ratio its first item said in full, of the plan
    ("Toàn tỉnh đã gieo trồng 110.200 ha, đạt 58,3% kế hoạch. Trong đó cây lương thực 65.400 ha (đạt 55,2%); cây có "
     "củ: 18.300 ha (80,1%); rau đậu 16.900 ha (66,4%) KH.",
     [("110.200 ha", 58.3), ("65.400 ha", 55.2), ("18.300 ha", 80.1), ("16.900 ha", 66.4)]),
    # above 100 in parentheses, where the sentence told the plan's amount: still of the plan
    ("Theo kế hoạch trồng cây phân tán là 8 triệu cây, nhưng người dân đã trồng 26 triệu cây (đạt 325%).",
     [("8 triệu cây", None), ("26 triệu cây", 325.0)]),
])
def test_ratios_of_a_list_and_of_a_plan_told(text, expected):
    assert [(f.raw_text, f.pct_of_plan) for f in parse_document(text).figures] == expected


@pytest.mark.parametrize("text, expected", [
    # thousands, then the ones counted after them
    ("Các khu công nghiệp thu hút hơn 21 nghìn 450 người lao động.",
     [("hơn 21 nghìn 450 người lao động", 21450.0, None)]),
    # a verb run into its number where a copy lost the space
    ("Doanh thu năm 2020 ước đạt 640 tỷ đồng, tăng8,5% so với năm 2019.", [("640 tỷ đồng", 640e9, 8.5)]),
    # wind turbines spelled "turbin"; a wind speed
    ("Nhà máy có 24 trụ turbin gió, tốc độ gió bình quân 6,5m/s.",
     [("24 trụ turbin gió", 24.0, None), ("6,5m/s", 6.5, None)]),
])
def test_numbers_and_units_of_r72b(text, expected):
    assert [(f.raw_text, f.value, f.yoy_change_pct) for f in parse_document(text).figures] == expected


def test_rainfall_and_sunshine_hours_are_figures():
    got = [(f.raw_text, f.unit) for f in parse_document("Lượng mưa trung bình 1.620mm, số giờ nắng "
                                                         "1.310 giờ/năm.").figures]
    assert got == [("1.620mm", "mm"), ("1.310 giờ/năm", "hour/year")]


def test_a_part_of_a_districts_own_total_is_a_place_figure():
    figures = pd.DataFrame({
        "content_sha256": ["d"] * 3, "ordinal": [0, 1, 2],
        "indicator_text": ["Số hộ nghèo", "Huyện An Phú", "số hộ nghèo"],
        "component_of_ordinal": [None, None, 1],
    })
    assert _parts_of_places(figures) == {("d", 2)}


def test_a_yearbook_pages_number_under_its_last_row_is_no_figure():
    page = ("Một số chỉ tiêu y tế\nSome health indicators\n2018 2019\n2020\nTỷ lệ xã có bác sĩ (%)\n"
            "Rate of communes having doctors (%)\n88,10\n91,40\n95,20\nTỷ lệ trẻ em được tiêm chủng đầy đủ (%)\n"
            "Rate of children fully vaccinated (%)\n97,50 98,10 98,60\nTỷ lệ trẻ sơ sinh nhẹ cân (%)\n"
            "Rate of low-weight infants (%)\n… … …\n212")
    assert [f.raw_text for f in parse_document(page).figures] == [
        "88,10", "91,40", "95,20", "97,50", "98,10", "98,60"]


def test_an_amount_set_against_its_plan_keeps_the_relations_after_the_plan():
    text = ("Diện tích hoa ước đạt 310 ha so với kế hoạch 420 ha, đạt 73,8% kế hoạch, so với cùng kỳ bằng 91,2%.")
    got = [(f.raw_text, f.qualifier, f.pct_of_plan, f.yoy_change_pct) for f in parse_document(text).figures]
    assert got == [("310 ha", "estimate", 73.8, -8.8), ("420 ha", None, None, None)]


def test_a_range_printing_its_unit_at_both_ends_joined_by_a_bare_dash():
    figure, = parse_document("Giá thu mua dao động từ 132.000 đồng-138.000 đồng/kg.").figures
    assert (figure.raw_text, figure.value, figure.value_high, figure.unit) == (
        "từ 132.000 đồng-138.000 đồng/kg", 132000.0, 138000.0, "VND/kg")
