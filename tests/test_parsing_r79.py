"""Rules of R79 (session 49), written from the blind sets B69 and B70 and the province-and-period set P35 after each
was scored unseen. Every text is our own wording."""

from datetime import date

import pytest
from conftest import report_bounds as _bounds

from parsing import SourceFacts, parse_document


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a congress reviewing "Nhiệm kỳ qua": the term it closes
    ("Đảng bộ xã tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2020 – 2025. Nhiệm kỳ qua, Đảng bộ đã hoàn thành 20/24 "
     "chỉ tiêu; thu nhập bình quân đạt 48 triệu đồng/người/năm.", None, ("2015-01-01", "2020-12-31")),
    # a month opening an undated page, its year the one after the same-period base of its paragraph
    ("Trong tháng 10, toàn tỉnh xảy ra 3 vụ tai nạn giao thông, làm 2 người chết. So với cùng kỳ năm 2020, giảm 1 vụ.",
     None, ("2021-10-01", "2021-10-31")),
    # a photo's caption is no period of the report
    ("Tính đến nay, các khu công nghiệp có 185 doanh nghiệp.\nNăm 2025, nhiều doanh nghiệp mở rộng sản xuất. (Ảnh minh "
     "họa) |\nNăm 2024, doanh thu của các doanh nghiệp đạt 61.000 tỷ đồng, tăng 18% so với năm 2023.", None,
     ("2024-01-01", "2024-12-31")),
    # a headline naming a place's target for a year, the body reviewing the year before
    ("Năm 2026, Bình Định mục tiêu thu hút 400 triệu USD\nBình Định đặt mục tiêu thu hút vốn đầu tư vào khu kinh tế đạt "
     "khoảng 400 triệu USD trong năm 2026.\nNăm 2025, các khu công nghiệp thu hút 21 dự án, tổng vốn 9.800 tỷ đồng.",
     None, ("2025-01-01", "2025-12-31")),
    # guard: a target adjusted in the year reviewed leaves the year the report's
    ("Năm 2025, tỉnh điều chỉnh mục tiêu tăng trưởng từ 8% lên 9%. Tỷ lệ hộ nghèo giảm còn 1,4%.", None,
     ("2025-01-01", "2025-12-31")),
])
def test_periods_r79(text, published, expected):
    assert _bounds(text, SourceFacts(published=published)) == expected


def test_a_rises_size_in_percent_after_its_amount():
    text = "Dư nợ ước đạt 84.200 tỷ đồng, tăng 1.120 tỷ đồng, bằng 1,3%, trong đó dư nợ ngắn hạn là 40.100 tỷ đồng."
    figures = parse_document(text).figures
    assert [(f.raw_text, f.change_abs, f.yoy_change_pct) for f in figures][:1] == [("84.200 tỷ đồng", 1.12e12, 1.3)]
    # guard: a level's ratio above 100 after its rise stays the ratio to last year
    ratio = parse_document("Diện tích lúa 12.400 ha, tăng 320 ha so với cùng kỳ, bằng 102,6%.").figures
    assert [(f.raw_text, f.yoy_change_pct) for f in ratio] == [("12.400 ha", 2.6)]


def test_a_lists_one_base_at_its_end_is_the_start_of_the_year():
    text = ("Trong đó, dư nợ cho vay VNĐ 98.400 tỉ đồng, tăng 6,1%; dư nợ cho vay ngoại tệ 5.300 tỉ đồng, tăng 9,2% so với "
            "tháng 12-2021.")
    assert [(f.raw_text, f.yoy_change_pct) for f in parse_document(text).figures] == [
        ("98.400 tỉ đồng", None), ("5.300 tỉ đồng", None)]
    # guard: a list whose base at its end is last year's gives each item its change
    same = "Doanh thu đạt 500 tỷ đồng, tăng 8%; lợi nhuận đạt 50 tỷ đồng, tăng 5% so với cùng kỳ."
    assert [(f.raw_text, f.yoy_change_pct) for f in parse_document(same).figures] == [
        ("500 tỷ đồng", 8.0), ("50 tỷ đồng", 5.0)]


@pytest.mark.parametrize(("text", "expected"), [
    # the same point of last year, named in a shorthand
    ("Toàn tỉnh đã thu hoạch 18.300 ha, bằng 92,4% so cùng thời điểm năm trước.", [("18.300 ha", -7.6)]),
    # a signed rate in parentheses after a change and its base
    ("Năng suất lúa đạt 58,1 tạ/ha, tăng 1,2 tạ/ha so năm trước (+2,1%).", [("58,1 tạ/ha", 2.1)]),
])
def test_changes_on_last_year_r79(text, expected):
    assert [(f.raw_text, f.yoy_change_pct) for f in parse_document(text).figures] == expected


def test_a_labelled_count_with_its_share_in_parentheses():
    figures = parse_document("Số lượng trường đạt chuẩn quốc gia bậc mầm non là 118 (47,2%).").figures
    assert [(f.raw_text, f.unit) for f in figures] == [("118", "school"), ("47,2%", "percent")]


def test_an_area_of_a_crop_named_after_it_is_no_forest_planted():
    figures = parse_document("Năm 2024, tỉnh trồng mới 420ha cây mắc ca; trồng mới hơn 3.100ha rừng.").figures
    assert [(f.raw_text, f.indicator) for f in figures] == [("420ha", None), ("hơn 3.100ha", "forest_planting")]


def test_others_of_a_kind_are_a_sibling_of_the_total():
    text = ("Tổng diện tích cây quế năm 2023 là 2.410ha, trong đó trồng mới 380ha; cây dược liệu khác 1.150ha, trong "
            "đó trồng mới 240ha.")
    figures = parse_document(text).figures
    assert [(f.raw_text, f.component_of) for f in figures] == [
        ("2.410ha", None), ("380ha", 0), ("1.150ha", None), ("240ha", 2)]


# --- after B71, B72 and P36 were scored unseen (R80) ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the year of a budget settled at a mid-year session is no period: the half year's comes from "6 tháng cuối năm"
    ("Kỳ họp đánh giá tình hình 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2019. 6 tháng đầu năm, sản lượng "
     "lương thực đạt 7.420 tấn. Kỳ họp phê chuẩn tổng quyết toán thu ngân sách, chi ngân sách địa phương năm 2018.",
     None, ("2019-01-01", "2019-06-30")),
    # last year, then this year so far, on a page dated in the year after the one named: this year to the page's day
    ("Năm 2023, toàn tỉnh tiếp nhận 14.200 đơn vị máu. Từ đầu năm đến nay, toàn tỉnh tiếp nhận 7.900 đơn vị máu.",
     date(2024, 6, 1), ("2024-01-01", "2024-06-01")),
])
def test_periods_r80(text, published, expected):
    assert _bounds(text, SourceFacts(published=published)) == expected


def test_a_budget_estimate_named_as_a_target():
    figures = parse_document("Cục Hải quan tỉnh thu 9.120 tỷ đồng (đạt 61,4% chỉ tiêu dự toán).").figures
    assert [(f.raw_text, f.pct_of_plan, f.plan_basis) for f in figures] == [("9.120 tỷ đồng", 61.4, "budget_estimate")]


def test_shares_of_the_plan_read_respectively():
    text = ("Giải ngân vốn ngân sách tỉnh gồm: xổ số kiến thiết (hơn 9,2 tỷ đồng); cấp quyền sử dụng đất (gần 4 tỷ "
            "đồng); ngân sách tập trung (hơn 300 triệu đồng), tương ứng đạt kế hoạch lần lượt 45%; 36% và 2%.")
    assert [(f.raw_text, f.pct_of_plan) for f in parse_document(text).figures] == [
        ("hơn 9,2 tỷ đồng", 45.0), ("gần 4 tỷ đồng", 36.0), ("hơn 300 triệu đồng", 2.0)]


@pytest.mark.parametrize(("text", "expected"), [
    # a rate of disbursement is the share of its capital plan
    ("Các địa phương còn lại giải ngân rất thấp, chỉ đạt 1,2%.", [("1,2%", "share", 1.2)]),
    # guard: a share of something else keeps no plan
    ("Dư nợ nông nghiệp chiếm 41,5% tổng dư nợ.", [("41,5%", "share", None)]),
])
def test_a_rate_of_disbursement(text, expected):
    assert [(f.raw_text, f.kind, f.pct_of_plan) for f in parse_document(text).figures] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a fraction's rate told again in parentheses: the rate of change after it is that rate's, in points
    ("Năm 2024, xã có 2.610/2.700 hộ đạt danh hiệu gia đình văn hóa (96,7%), tăng 1,1% so với năm 2023.",
     [("2.610/2.700 hộ", None, None)]),
    # ... and so is a gap on the target
    ("Có 1.520/1.600 hộ đạt danh hiệu ba năm liên tục (tỷ lệ 95%), vượt 3% so với chỉ tiêu.",
     [("1.520/1.600 hộ", None, None)]),
    # guard: a fraction of a plan with no rate told again keeps its change
    ("Sản lượng đạt 9.240/9.100 tấn, tăng 3% so với cùng kỳ.", [("9.240/9.100 tấn", 3.0, None)]),
])
def test_a_fractions_rate_told_again_takes_the_change(text, expected):
    assert [(f.raw_text, f.yoy_change_pct, f.pct_of_plan) for f in parse_document(text).figures] == expected


def test_a_fractions_rate_told_again_with_its_name_is_no_figure():
    figures = parse_document("Toàn huyện có 1.520/1.600 hộ đạt danh hiệu gia đình văn hóa (tỷ lệ 95%).").figures
    assert [f.raw_text for f in figures] == ["1.520/1.600 hộ"]
    # guard: "chiếm" names a share of its own
    shares = parse_document("Cả nước có 5.800/8.200 xã đạt chuẩn nông thôn mới (chiếm 70,7%).").figures
    assert [f.raw_text for f in shares] == ["5.800/8.200 xã", "70,7%"]
