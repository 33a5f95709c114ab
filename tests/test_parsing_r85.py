"""Rules of R85 (session 51), periods written from the seen sets B69 and B71. Every text is our own wording."""

from datetime import date

import pytest
from conftest import report_bounds as _bounds

from parsing import SourceFacts


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a year still running on the page's date, told after the year reviewed, is the page's present: the review's year
    # stays the one period, not three years reported
    ("Ngày 10/01, Sở Du lịch tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024. Năm 2023, khách du lịch ước "
     "đạt 1,2 triệu lượt, tăng 30% so với năm 2022. Sở đã phối hợp tổ chức Liên hoan ẩm thực năm 2021 thành công.\n\n"
     "Năm 2024, ngành tiếp tục thực hiện 05 nhóm nhiệm vụ trọng tâm.", date(2024, 1, 10), ("2023-01-01", "2023-12-31")),
    # guard: three years each given figures on a page after them all are no one year
    ("Năm 2021, khách du lịch đạt 0,8 triệu lượt. Năm 2022, đạt 1 triệu lượt. Năm 2023, đạt 1,2 triệu lượt.",
     date(2024, 3, 5), None),
    # "năm nay" after an amount a few words back is this year, not a day's or a month's "năm nay"
    ("Mọi năm vào thời điểm này, diêm dân đã thu muối khoảng 3.000 – 4.000 tấn thì năm nay chỉ được 300 tấn.",
     date(2022, 6, 20), ("2022-01-01", "2022-12-31")),
    # guard: a day written in digits right before names a holiday of this year (its days off), not the year
    ("Dịp 2/9 năm nay, các điểm du lịch đón 20.000 lượt khách.", date(2023, 9, 4), ("2023-09-01", "2023-09-04")),
    # a year after a comparative and the thing compared is the comparison's base
    ("Tỷ lệ đỗ tốt nghiệp của tỉnh cao hơn tỷ lệ tốt nghiệp THPT năm 2022.\n\nNăm nay, tỷ lệ tốt nghiệp THPT của tỉnh "
     "đạt 99,2%.", date(2023, 7, 20), ("2023-01-01", "2023-12-31")),
])
def test_periods_r85(text, published, expected):
    assert _bounds(text, SourceFacts(published=published)) == expected


def test_a_year_in_the_comparison_itself_is_still_the_reports():
    # "cao hơn cả nước trong năm 2023": the year both are compared in, not a base
    text = "Tăng trưởng kinh tế của tỉnh cao hơn bình quân cả nước trong năm 2023, đạt 8,1%."
    assert _bounds(text) == ("2023-01-01", "2023-12-31")


def _figures(text):
    from parsing import parse_document

    return [(f.raw_text, f.kind, f.component_of, f.qualifier, f.change_abs) for f in parse_document(text).figures]


def test_a_breakdown_in_parentheses_ends_where_they_close():
    # the gap after the parentheses is no part, and the parts add up to the amount they follow, not the one before
    text = ("Toàn tỉnh đã làm đất 9.500ha; diện tích đã cấy 4.210ha (trong đó, cấy tay 3.900ha, cấy máy 310ha) chậm "
            "hơn 800ha so với kế hoạch.")
    assert _figures(text) == [("9.500ha", "amount", None, None, None), ("4.210ha", "amount", None, None, None),
                              ("3.900ha", "amount", 1, None, None), ("310ha", "amount", 1, None, None),
                              ("800ha", "amount", None, None, None)]


@pytest.mark.parametrize(("text", "raw", "qualifier"), [
    # a lag or a lead after "hơn" is its size, no bound
    ("Tiến độ gieo cấy chậm hơn 1.200 ha so với cùng kỳ.", "1.200 ha", None),
    ("Diện tích xuống giống muộn hơn 350 ha so với lịch thời vụ.", "350 ha", None),
    # guard: "hơn" alone is more than
    ("Toàn huyện gieo cấy hơn 1.200 ha lúa mùa.", "hơn 1.200 ha", "more_than"),
])
def test_a_lag_or_lead_is_no_bound(text, raw, qualifier):
    from parsing import parse_document

    found = [(f.raw_text, f.qualifier) for f in parse_document(text).figures]
    assert (raw, qualifier) in found


def test_a_change_of_the_structure_is_the_shares():
    text = "Giống lúa chất lượng cao đạt 12.400 ha, chiếm 61,5% tổng diện tích gieo cấy, tăng cơ cấu 2,3%."
    assert _figures(text) == [("12.400 ha", "amount", None, None, None), ("61,5%", "share", None, None, 2.3)]
    # guard: a share of the sentence before keeps no change
    before = "Giống lúa chất lượng cao chiếm 61,5% tổng diện tích. Năm nay tăng cơ cấu 2,3%."
    assert _figures(before)[0] == ("61,5%", "share", None, None, None)
