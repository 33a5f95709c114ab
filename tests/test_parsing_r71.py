"""Rules of R71 (session 42, written from blind set B41 after it was scored unseen): a month's release commenting on
the months so far, a stock counted to a year's end before a season, a holiday's counted days of a year with no days
off listed; groups of a price index, gaps over a plan and the same moment a year before. Every text is our own
wording."""

import pytest
from conftest import report_bounds as _bounds

from parsing import parse_document


@pytest.mark.parametrize("text, url, expected", [
    # a month's price release that comments later on the months so far is still the month's
    ("Chỉ số giá tiêu dùng (CPI) tháng 4 của tỉnh tăng 0,2% so với tháng trước, chủ yếu do giá xăng dầu tăng.\n\n"
     "Nhìn chung, từ đầu năm đến nay giá cả hàng hóa trên địa bàn ổn định.",
     "https://baoxyz.vn/kinh-te/202405/gia-tieu-dung-on-dinh-98765/", ("2024-04-01", "2024-04-30")),
    # a stock counted to a year's end opens the report; the season told after it is part of the story
    ("Cây bưởi là cây chủ lực của huyện. Tính đến cuối năm 2021, diện tích bưởi toàn huyện đạt trên 2.300 ha, sản "
     "lượng ước 31.000 tấn. Trong niên vụ 2021 – 2022, giá bưởi ổn định, người trồng có lãi.", None,
     ("2021-01-01", "2021-12-31")),
    # a holiday of a year whose days off are not listed: the days the text counts, wherever it counts them
    ("Dịp nghỉ lễ Giải phóng miền Nam và Quốc tế Lao động, các khu vui chơi của tỉnh đông khách.\n\n"
     "Theo báo cáo của ngành du lịch, trong 5 ngày (từ 27-4 đến 1-5-2013), tổng lượt khách ước đạt 7.100 lượt.",
     None, ("2013-04-27", "2013-05-01")),
])
def test_periods_of_r71(text, url, expected):
    assert _bounds(text, url) == expected


@pytest.mark.parametrize("text, expected", [
    # a count of price groups, then each group named after a comma with its own rate
    ("Có 3 nhóm hàng hóa giảm giá, giao thông giảm 2,15%; bưu chính viễn thông giảm 0,05%; văn hóa giảm 0,01%.",
     [("3 nhóm hàng hóa", "amount", 3.0, None), ("2,15%", "growth", -2.15, None), ("0,05%", "growth", -0.05, None),
      ("0,01%", "growth", -0.01, None)]),
    # the amount a plan was passed by is a gap, no figure; the change after it is the total's
    ("Năm 2022, tổng thu ngân sách ước 12.450 tỷ đồng, vượt 1.230 tỷ đồng so với dự toán, tăng 7,2% so với năm 2021.",
     [("12.450 tỷ đồng", "amount", 12450e9, 7.2)]),
    # "so với thời điểm cùng kỳ": the same moment a year before
    ("Vụ hè thu năm 2021 đã xuống giống được 65.300 ha, bằng 101,4% so với thời điểm cùng kỳ.",
     [("65.300 ha", "amount", 65300.0, 1.4)]),
])
def test_relations_of_r71(text, expected):
    assert [(f.raw_text, f.kind, f.value, f.yoy_change_pct) for f in parse_document(text).figures] == expected


def test_gaps_over_a_plan_and_revenue_of_foreign_capital_firms_inside_domestic_revenue():
    # "vượt ... dự toán" without "so với", and a later "vượt ..." after such a gap, are gaps, no figures; revenue from
    # firms of foreign capital is collected inside domestic revenue, a part of that part
    text = ("Năm 2021, tổng thu ngân sách ước 18.300 tỷ đồng, vượt 1.100 tỷ đồng dự toán năm. Trong đó, thu nội địa "
            "ước 14.200 tỷ đồng, vượt 900 tỷ đồng dự toán; thu từ khu vực có vốn đầu tư nước ngoài đạt 5.100 tỷ "
            "đồng, vượt 60 tỷ đồng và tăng 4,5%.")
    figures = parse_document(text).figures
    assert [(f.raw_text, f.indicator, f.component_of, f.yoy_change_pct) for f in figures] == [
        ("18.300 tỷ đồng", "budget_revenue", None, None),
        ("14.200 tỷ đồng", "budget_revenue_domestic", 0, None),
        ("5.100 tỷ đồng", "budget_revenue_fdi_sector", 1, 4.5)]


def test_parts_more_than_the_amount_read_are_the_larger_ones_beside_it():
    # the districts' areas pass the harvested area, and fit the whole area told before it in the sentence (B42)
    text = ("Theo ngành nông nghiệp, toàn tỉnh có hơn 6.100 ha chè với 5.700 ha chè kinh doanh. Cụ thể, Tân Lập có "
            "2.400 ha, Đồng Sơn có 2.050 ha, các huyện còn lại gần 1.500 ha.")
    assert [(f.raw_text, f.component_of) for f in parse_document(text).figures] == [
        ("hơn 6.100 ha", None), ("5.700 ha", None), ("2.400 ha", 0), ("2.050 ha", 0), ("gần 1.500 ha", 0)]
