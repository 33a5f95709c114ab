"""Rules of R77 (session 48), written from the blind sets B62 and B63 and the province-and-period set P31 after each
was scored unseen. Every text is our own wording."""

from datetime import date

import pytest
from conftest import report_bounds as _bounds

from parsing import SourceFacts, parse_document


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a month's results and "công tác trọng tâm" of the next, the year told once at the end: the first month's report
    ("Tình hình kinh tế - xã hội tháng 3 và một số công tác trọng tâm tháng 4/2019\n\nTrong tháng, thu ngân sách "
     "đạt 42 tỷ đồng.", None, ("2019-03-01", "2019-03-31")),
    ("Tình hình kinh tế - xã hội, quốc phòng tháng 10 và công tác trọng tâm tháng 11 năm 2022\n\nTrong tháng, cấp 120 thẻ "
     "bảo hiểm y tế.", None, ("2022-10-01", "2022-10-31")),
    # a year reviewed beside the next year's "định hướng": the reviewed year
    ("Kỳ họp đã đánh giá tình hình thực hiện nghị quyết năm 2018 và định hướng phát triển năm 2019. Trong năm, giá trị "
     "sản xuất đạt 1.240 tỷ đồng.", None, ("2018-01-01", "2018-12-31")),
    # a year work is carried over into is no period of the report
    ("Huyện đạt nhiều chỉ tiêu kinh tế năm 2023\n\nMột điểm sáng là xây dựng cơ bản; năm 2023 huyện thi công 58 công "
     "trình, đến nay đã hoàn thành 41 công trình, 17 công trình chuyển tiếp sang năm 2024.", None,
     ("2023-01-01", "2023-12-31")),
    # the time solutions were carried out in, after a comma, is the report's period, no plan's
    ("Nhờ triển khai đồng bộ các giải pháp, trong 06 tháng đầu năm 2024, nhiều chỉ tiêu của huyện đạt khá. Tổng giá "
     "trị sản xuất đạt 1.530 tỷ đồng.", None, ("2024-01-01", "2024-06-30")),
    # guard: the solutions of the months ahead stay a plan's period
    ("Hội nghị đánh giá kết quả 6 tháng đầu năm 2024 và bàn giải pháp 6 tháng cuối năm 2024. Thu ngân sách đạt 61 tỷ "
     "đồng.", date(2024, 7, 5), ("2024-01-01", "2024-06-30")),
])
def test_periods_r77(text, published, expected):
    assert _bounds(text, SourceFacts(published=published)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a rate of change, then "lên" or "xuống còn" and the level it reached: the level's change, no figure of its own
    ("Doanh thu lưu trú tăng 18,4% lên 4.250 tỷ đồng.", [("4.250 tỷ đồng", 18.4)]),
    ("Giá cà phê giảm 6% xuống còn 98.000 đồng/kg.", [("98.000 đồng/kg", -6.0)]),
    # "có giá trị đạt" after the comma gives the amount the rate is of
    ("Xuất khẩu hạt điều tăng 31,2% so với cùng kỳ, có giá trị đạt 412 triệu USD.", [("412 triệu USD", 31.2)]),
])
def test_a_rate_of_change_then_the_level_it_reached(text, expected):
    assert [(f.raw_text, f.yoy_change_pct) for f in parse_document(text).figures] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a signed amount in parentheses right after an amount in its unit: its change, as a statistics release prints it
    ("Diện tích gieo trồng vụ đông xuân là 3.120,5 ha (+85,4 ha), tăng 2,8% so với cùng kỳ.",
     [("3.120,5 ha", 85.4, 2.8)]),
    ("Tổng đàn bò 12.400 con (-310 con); đàn dê 2.050 con.", [("12.400 con", -310.0, None), ("2.050 con", None, None)]),
    # guard: in another unit it is no change of the amount
    ("Sản lượng đạt 5.100 tấn (+120 ha so với năm trước).", [("5.100 tấn", None, None), ("120 ha", None, None)]),
])
def test_a_signed_change_in_parentheses(text, expected):
    assert [(f.raw_text, f.change_abs, f.yoy_change_pct) for f in parse_document(text).figures] == expected


def test_an_amount_of_money_done_out_of_its_plan_with_three_decimals():
    figures = parse_document("Đến nay, huyện đã trả nợ xây dựng cơ bản hơn 28/40,125 tỷ đồng.").figures
    assert [(f.raw_text, f.value, f.plan_amount) for f in figures] == [("hơn 28/40,125 tỷ đồng", 28e9, 40.125e9)]


@pytest.mark.parametrize(("text", "expected"), [
    # a village's name ending in a number, then the commune it lies in: no count of communes
    ("Các thôn khó khăn gồm thôn Suối Đá 2 xã Phước Hòa, thôn Tà Nung 1 xã Phước Lộc. Dân số 6.215 hộ.",
     [("6.215 hộ", 6215.0)]),
    # guard: a count of communes after a verb stays
    ("Huyện Bác Ái có 2 xã Phước Hòa và Phước Lộc đạt 19 tiêu chí, 5 xã đạt từ 10 đến 14 tiêu chí.", [("5 xã", 5.0)]),
])
def test_a_place_named_with_a_number(text, expected):
    assert [(f.raw_text, f.value) for f in parse_document(text).figures] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a number with its scale word before a noun the vocabulary lacks counts it
    ("Các làng nghề tiêu thụ trên 6 triệu giỏ hoa trong dịp Tết.", [("trên 6 triệu giỏ", 6e6)]),
    ("Sản lượng chiếu cói đạt 85,4 nghìn lá.", [("85,4 nghìn lá", 85400.0)]),
    # guard: a price or an income per something stays no count
    ("Giá thịt lợn hơi khoảng 60 nghìn một kg; thu nhập 40 triệu mỗi năm.", []),
])
def test_a_scaled_count_of_any_noun(text, expected):
    assert [(f.raw_text, f.value) for f in parse_document(text).figures] == expected


def test_planting_area_codes_abbreviated():
    figures = parse_document("Toàn tỉnh có 215 mã số vùng trồng; trong đó 64 MSVT sầu riêng và 38 MSVT xoài.").figures
    assert [(f.raw_text, f.unit) for f in figures] == [("215 mã số vùng trồng", "code"), ("64 MSVT", "code"),
                                                       ("38 MSVT", "code")]


# R77b, from the province-and-period set P33 and blind set B62 after they were scored unseen.
@pytest.mark.parametrize(("text", "blanked"), [
    # the next year's solutions after a comma, no "và": blanked beside the reviewed year
    ("đánh giá tình hình thực hiện nhiệm vụ năm 2017, đề ra giải pháp thực hiện năm 2018; bàn các nội dung khác",
     True),
    ("tổng kết năm 2019 và định hướng phát triển năm 2020", True),
    # guard: two years reviewed side by side stay
    ("so sánh kết quả năm 2017, năm 2018 của phường", False),
])
def test_the_next_years_tasks_beside_the_reviewed_year(text, blanked):
    from parsing.periods import _next_years_tasks_blanked

    kept = _next_years_tasks_blanked(text)
    assert len(kept) == len(text)
    assert ("2018" not in kept and "2020" not in kept) is blanked


def test_a_bare_pair_of_rates_in_the_order_the_release_named_first():
    text = ("Bia ước đạt 12 triệu lít (tăng 6,2% so tháng trước và tăng 0,6% so với cùng kỳ năm 2021); gạo xay xát ước "
            "đạt 125.000 tấn (tăng 2,5% và tăng 67,3%); thức ăn thủy sản ước đạt 144.850 tấn (giảm 1,4% và bằng 96,4%).")
    figures = parse_document(text).figures
    assert [(f.raw_text, f.kind, f.yoy_change_pct) for f in figures] == [
        ("12 triệu lít", "amount", 0.6), ("6,2%", "growth", None),
        ("125.000 tấn", "amount", 67.3), ("2,5%", "growth", None),
        ("144.850 tấn", "amount", -3.6), ("1,4%", "growth", None)]
    assert figures[5].value == -1.4


def test_a_bare_pair_of_rates_with_no_order_named_before_keeps_the_first_as_last_years():
    # guard: with no pair naming its bases before it, the first rate is the change on last year
    figures = parse_document("Gạo xay xát ước đạt 125.000 tấn (tăng 2,5% và tăng 67,3%).").figures
    assert [(f.raw_text, f.yoy_change_pct) for f in figures] == [("125.000 tấn", 2.5), ("67,3%", None)]


def test_a_rate_in_parentheses_after_a_compared_change_is_its_amounts():
    text = ("Từ đầu năm, tỉnh có 4 dự án được chấp thuận đầu tư với vốn đăng ký 52,5 tỷ đồng, diện tích 8,4 ha. So với "
            "cùng kỳ, tăng 2 dự án (tăng 100%), vốn đầu tư giảm 10,5 tỷ đồng (giảm 16,7%), diện tích giảm 1,2 ha "
            "(giảm 12,5%).")
    figures = parse_document(text).figures
    assert [(f.raw_text, f.change_abs, f.yoy_change_pct) for f in figures] == [
        ("4 dự án", 2.0, 100.0), ("52,5 tỷ đồng", -10.5e9, -16.7), ("8,4 ha", -1.2, -12.5)]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # "10 tháng của năm 2023" is January to October, also beside a month of it told apart
    ("Theo UBND tỉnh, 10 tháng của năm 2023, doanh thu vận tải đạt hơn 18 ngàn tỷ đồng, tăng 9% so với cùng kỳ.\n\n"
     "Tính riêng tháng 10-2023, doanh thu đạt gần 1,9 ngàn tỷ đồng.", None, ("2023-01-01", "2023-10-31")),
    # the first two quarters are the first half
    ("Trong 2 quý đầu năm 2025, kim ngạch qua cửa khẩu đạt 140 triệu USD.", None, ("2025-01-01", "2025-06-30")),
    ("Hai quý đầu năm 2024, kim ngạch qua cửa khẩu đạt 95 triệu USD.", None, ("2024-01-01", "2024-06-30")),
    # "Từ đầu tháng 6 đến nay" opening a page dated to the day: the first of the month to that day
    ("Khách đến di tích tăng\n\nTHỨ SÁU, 12/06/2020 06:16:58\n\nTừ đầu tháng 6 đến nay, khu di tích đón 300 lượt "
     "khách mỗi ngày.", None, ("2020-06-01", "2020-06-12")),
    # guard: a page with no date gives the span no end, nor a year
    ("Khách đến di tích tăng\n\nTừ đầu tháng 6 đến nay, khu di tích đón 300 lượt khách mỗi ngày.", None, None),
])
def test_periods_r77b(text, published, expected):
    assert _bounds(text, SourceFacts(published=published)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a rate against ordinary days or the same days of a month this year is a growth figure of its own
    ("Lượng hàng về chợ đạt 11,2 nghìn tấn/đêm, tăng 48,5% so với ngày thường.",
     [("11,2 nghìn tấn/đêm", None), ("48,5%", None)]),
    ("Cuối tuần khu di tích đón 1.100 lượt, tăng 7% so với cùng kỳ tháng 5 vừa qua.",
     [("1.100 lượt", None), ("7%", None)]),
    # guard: the same month of a named year is last year's
    ("Tháng 6, khu di tích đón 1.100 lượt, tăng 7% so với cùng kỳ tháng 6 năm 2023.", [("1.100 lượt", 7.0)]),
])
def test_rates_against_ordinary_days_or_a_months_same_days(text, expected):
    assert [(f.raw_text, f.yoy_change_pct) for f in parse_document(text).figures] == expected


def test_a_rates_gap_on_its_target_is_no_share_of_plan():
    figures = parse_document("Tỷ lệ lao động tham gia bảo hiểm thất nghiệp đạt 41,2% (tăng 6,2% so với kế hoạch).").figures
    assert [(f.raw_text, f.pct_of_plan) for f in figures] == [("41,2%", None)]
    # guard: an amount's rise on its estimate is its share of it
    figures = parse_document("Thu ngân sách đạt 120 tỷ đồng, tăng 14,7% so với dự toán.").figures
    assert [(f.raw_text, f.pct_of_plan) for f in figures] == [("120 tỷ đồng", 114.7)]


def test_a_round_up_of_some_provinces_names_no_one():
    text = ("6 tháng đầu năm 2023: Tổng quan ngành tôm tại một số tỉnh\n\nTheo Cục Thủy sản, sản lượng tôm 6 tháng ước "
            "đạt 450.000 tấn.\n\nQuảng Ninh: Sản lượng tôm tăng 11% so với cùng kỳ\n\nTrong 6 tháng đầu năm 2023, toàn "
            "tỉnh có 3.000 cơ sở nuôi tôm với diện tích 7.400 ha.")
    assert parse_document(text, SourceFacts(url="https://nguoinuoitom.vn/tong-quan-nganh-tom-tai-mot-so-tinh/")).meta.region \
        is None


@pytest.mark.parametrize(("text", "expected"), [
    # rates named by what they count go to the amounts counting it, or whose name holds it
    ("Dịp lễ, các tuyến cố định chạy 1.250 chuyến với 24.600 hành khách (số chuyến giảm 21%, số hành khách giảm 9% so "
     "cùng kỳ năm trước).", [("1.250 chuyến", -21.0), ("24.600 hành khách", -9.0)]),
    ("Toàn tỉnh cấp mới 45 dự án với tổng vốn 3.200 tỷ đồng (số dự án tăng 12%, số vốn tăng 30% so với cùng kỳ).",
     [("45 dự án", 12.0), ("3.200 tỷ đồng", 30.0)]),
])
def test_rates_named_by_what_they_count(text, expected):
    assert [(f.raw_text, f.yoy_change_pct) for f in parse_document(text).figures] == expected
