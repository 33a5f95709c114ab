"""Rules of R86 (session 51), from the blind sets B77, B78 and P39 after they were scored unseen. Every text is our own
wording."""

import pytest
from conftest import report_bounds as _bounds
from validation_helpers import failures_of as _failures

from parsing import parse_document


def _read(text):
    return [(f.raw_text, f.kind, f.value, f.unit, f.component_of, f.yoy_change_pct, f.pct_of_plan, f.change_abs)
            for f in parse_document(text).figures]


def test_a_list_ended_by_the_rest_takes_no_more_parts():
    # "các cây trồng khác" closes the breakdown; the clause after it is another measure of the total
    text = ("Vụ đông năm 2023, toàn huyện gieo trồng 3.300 ha; trong đó: ngô 900 ha, khoai tây 700 ha và các cây trồng "
            "khác 1.600 ha; diện tích cây vụ đông trên đất hai lúa đạt 1.100 ha.")
    assert [(f[0], f[4]) for f in _read(text)] == [("3.300 ha", None), ("900 ha", 0), ("700 ha", 0), ("1.600 ha", 0),
                                                   ("1.100 ha", None)]
    # with the rest listed the breakdown is whole: parts 100 ha short of the total are a slip, an error
    failures = _failures(text)
    assert failures["check_name"].tolist() == ["components_sum"] and failures["severity"].tolist() == ["error"]
    assert "fall short" in failures["message"].iloc[0]


def test_parts_of_several_cuts_of_a_total_are_a_warning():
    # visitors by origin, by stay and by area of the province overlap: their sum says nothing certain
    text = ("Dịp lễ Quốc khánh năm 2024, tỉnh đón gần 80.000 lượt khách; trong đó có khoảng 900 khách quốc tế, 38.000 "
            "lượt khách lưu trú và khu vực phía tây đón 45.000 lượt khách.")
    failures = _failures(text)
    assert failures["check_name"].tolist() == ["components_sum"]
    assert failures["severity"].tolist() == ["warning"] and "different ways" in failures["message"].iloc[0]


def test_parts_of_one_cut_above_the_total_stay_an_error():
    # guard: domestic and international visitors both by origin, above the total
    text = "Năm 2024, tỉnh đón 80.000 lượt khách; trong đó khách quốc tế 9.000 lượt, khách nội địa 75.000 lượt."
    failures = _failures(text)
    assert failures["check_name"].tolist() == ["components_sum"] and failures["severity"].tolist() == ["error"]


@pytest.mark.parametrize(("text", "regions"), [
    # a province's name after a facility's or a commune's word is that one's name, no other province's figure
    ("Năm 2024, Long An có 10 khu công nghiệp với 1.700 ha, gồm: KCN Tân Đức, diện tích 300 ha; KCN Hòa Bình mở rộng, "
     "diện tích 50 ha.", {"Long An"}),
    ("Năm 2024, thu ngân sách của xã Quảng Ninh đạt 12 tỷ đồng.", {None}),
])
def test_a_place_named_like_a_province_keeps_the_reports_region(text, regions):
    assert {f.region for f in parse_document(text).figures} == regions


@pytest.mark.parametrize(("text", "expected"), [
    # the percent sign glued to "điểm" is a percentage point
    ("Công nghiệp tăng 7,5% (đóng góp 3,1 điểm%).", [("7,5%", "growth", 7.5, "percent", None, None, None, None),
                                                    ("3,1 điểm%", "amount", 3.1, "percentage point", None, None, None,
                                                     None)]),
    # "kỷ lục" between the growth words and the rate
    ("Doanh thu du lịch ước đạt 2.100 tỷ đồng, mức tăng trưởng kỷ lục 65% so với năm trước.",
     [("2.100 tỷ đồng", "amount", 2.1e12, "VND", None, 65.0, None, None)]),
    # "vượt 12% dự toán" with no amount: a share of 12, 112% of the plan
    ("Thu ngân sách nhà nước trên địa bàn vượt 12% dự toán tỉnh giao.",
     [("12%", "share", 12.0, "percent", None, None, 112.0, None)]),
    # a range after the plan a rate beats is the plan's level, no share over it
    ("Tốc độ tăng giá trị sản xuất ước đạt 9,2%, vượt kế hoạch 8-8,5%.",
     [("9,2%", "growth", 9.2, "percent", None, None, None, None), ("8-8,5%", "growth", 8.0, "percent", None, None,
                                                                   None, None)]),
    # a rate "thấp hơn năm 2022 là ..." in a report on 2023: its change in points on the year before
    ("Năm 2023, tỉnh có 5.100 thí sinh đỗ tốt nghiệp, đạt tỷ lệ 96,8%, thấp hơn năm 2022 là 0,6%.",
     [("5.100 thí sinh", "amount", 5100.0, "candidate", None, None, None, None),
      ("96,8%", "share", 96.8, "percent", None, None, None, -0.6)]),
    # a price per gas cylinder; the cylinder's size is no figure
    ("Giá gas điều chỉnh tăng 15.000 đồng/bình 12kg so với tháng trước.",
     [("15.000 đồng/bình", "amount", 15000.0, "VND/cylinder", None, None, None, None)]),
])
def test_figures_r86(text, expected):
    assert _read(text) == expected


def test_a_rate_higher_than_last_years_same_period_stays_the_amounts():
    # guard: "cao hơn cùng kỳ năm 2022 là 30,2%" after an amount and its share is the amount's change on last year
    text = "Hồ A chứa 150 triệu m3, chiếm 70% dung tích thiết kế, cao hơn cùng kỳ năm 2022 là 30,2%."
    assert _read(text)[0][5] == 30.2


def test_months_the_text_counts_keep_their_year_from_a_base():
    # "Từ đầu năm đến nay" opens an undated page, but the text counts its nine months and dates them by last year's
    text = ("Từ đầu năm đến nay, sản xuất nông nghiệp của huyện gặp nhiều khó khăn. Giá trị sản xuất nông nghiệp 9 tháng "
            "qua đạt 1.210 tỷ đồng, tăng 2,1% so với cùng kỳ năm 2019.")
    assert _bounds(text) == ("2020-01-01", "2020-09-30")
