"""Rules of R70 (session 42, written from blind set B40 and the province-and-period set P12 after they were scored):
periods of month, holiday and plan texts; counts, rates and bases of real report prose. Every text is our own
wording."""

import pytest
from conftest import report_bounds as _bounds

from parsing import parse_document


@pytest.mark.parametrize("text, url, expected", [
    # the opening sentence names its month alone, on a page dated the month after: that month
    ("Bán lẻ khởi sắc sau giãn cách\n\nTHỨ BA, 02/06/2020 09:10:00\n\nTổng mức bán lẻ hàng hóa tháng 5 của tỉnh ước "
     "đạt 2.840 tỷ đồng, tăng 9,2% so với tháng trước.", None, ("2020-05-01", "2020-05-31")),
    # ... not on a page dated months after it: a month recalled
    ("Bán lẻ khởi sắc\n\nTHỨ BA, 01/12/2020 09:10:00\n\nTổng mức bán lẻ hàng hóa tháng 5 của tỉnh đạt 2.840 tỷ đồng, "
     "mức cao nhất từ đầu năm.", None, None),
    # "hai tháng đầu năm 2026": a span of months spelled with its year
    ("Trong hai tháng đầu năm 2026, tỉnh thu hút 1,2 tỷ USD vốn FDI đăng ký, dẫn đầu cả nước.", None,
     ("2026-01-01", "2026-02-28")),
    # a year right after a likeness or a comparative is the base, not the period
    ("Năm nay, lượng khách về khu di tích ước khoảng 400.000 lượt, không đông như năm 2023.", None, None),
    # a law's title carries the year it was passed
    ("Thực hiện Luật Lâm nghiệp năm 2017, tỉnh chú trọng trồng rừng gỗ lớn. Trong 9 tháng năm 2023, tỉnh trồng mới "
     "5.200 ha rừng tập trung.", None, ("2023-01-01", "2023-09-30")),
    # the whole year whose plan a share is taken of is not the months reported
    ("Thành phố vừa trao chứng nhận cho 8 dự án, nâng tổng vốn đăng ký lên 2,4 tỷ USD (bằng 115% kế hoạch thu hút "
     "vốn cả năm 2024). Như vậy, trong 10 tháng đầu năm 2024, thành phố dẫn đầu cả nước.", None,
     ("2024-01-01", "2024-10-31")),
    # the days the opening counts its figures over, around the holiday the headline names
    ("Dịp Tết Giáp Thìn, Ninh Bình đón lượng khách kỷ lục\n\nTheo Sở Du lịch, từ ngày 8/2 đến ngày 18/2/2024, tỉnh "
     "đón khoảng 820.000 lượt khách, doanh thu ước đạt 650 tỷ đồng.", None, ("2024-02-08", "2024-02-18")),
    # a ratio to what another period had names that period as a base
    ("Trong 6 tháng đầu năm, kim ngạch xuất khẩu của tỉnh đạt 1,2 tỷ USD, tăng 4%, chỉ bằng khoảng 1/2 mức tăng của "
     "6 tháng đầu năm 2022.", "https://baoxyz.vn/kinh-te/202307/xuat-khau-tang-cham-3114.html",
     ("2023-01-01", "2023-06-30")),
    # a target year after an outlet's dateline tag is a plan's; the day counted to dates the report
    ("BQN - Năm 2019, tỉnh phấn đấu trồng mới 12.000 ha rừng.\n\nĐến ngày 15/5/2019, toàn tỉnh đã trồng được "
     "7.800 ha, đạt 65% kế hoạch.", None, ("2019-01-01", "2019-05-15")),
    # a target told beside what was reached is the year's review
    ("Trong năm 2023, tỉnh đặt mục tiêu đón 1,2 triệu lượt khách, nhưng đã đón gần 1,5 triệu lượt.", None,
     ("2023-01-01", "2023-12-31")),
    # a photo's caption dates the photo, not a text of plans
    ("Tỉnh xây dựng vùng mía nguyên liệu\n\nNông dân xã Tân Hưng thu hoạch mía trên cánh đồng lớn, tháng 11-2025\n\n"
     "Tỉnh đặt mục tiêu đến năm 2030 duy trì 20.000 ha mía, năng suất bình quân 80 tấn/ha.", None, None),
])
def test_periods_of_r70(text, url, expected):
    assert _bounds(text, url) == expected


def _figures(text: str) -> list[tuple[str, str, float, str | None, float | None]]:
    return [(f.raw_text, f.kind, f.value, f.qualifier, f.yoy_change_pct) for f in parse_document(text).figures]


@pytest.mark.parametrize("text, expected", [
    # items of a list whose first change is against the month before: the later bare changes are too
    ("Tháng 4, nhóm hàng may mặc đạt 812 tỷ đồng, tăng 6,4% so với tháng trước; nhóm đồ gỗ đạt 402 tỷ đồng, tăng "
     "11,2%; nhóm xăng dầu 390 tỷ đồng, giảm 2,1%.",
     [("812 tỷ đồng", "amount", 812e9, None, None), ("6,4%", "growth", 6.4, None, None),
      ("402 tỷ đồng", "amount", 402e9, None, None), ("11,2%", "growth", 11.2, None, None),
      ("390 tỷ đồng", "amount", 390e9, None, None), ("2,1%", "growth", -2.1, None, None)]),
    # ... but not a change in an aside in parentheses: the running total's own, on last year
    ("Tháng 7, nhóm hàng dệt may đạt 310 triệu USD, tăng 4,2% so với tháng trước (7 tháng đạt 2.050 triệu USD, tăng "
     "6,5%); nhóm giày dép đạt 120 triệu USD, tăng 2,1% (7 tháng đạt 860 triệu USD, tăng 1,4%).",
     [("310 triệu USD", "amount", 310e6, None, None), ("4,2%", "growth", 4.2, None, None),
      ("2.050 triệu USD", "amount", 2050e6, None, 6.5), ("120 triệu USD", "amount", 120e6, None, None),
      ("2,1%", "growth", 2.1, None, None), ("860 triệu USD", "amount", 860e6, None, 1.4)]),
    # a year's end against the end of the year before: a change on last year
    ("Đến cuối năm 2022, toàn tỉnh còn 9.400 hộ nghèo, giảm 3,1% so với cuối năm 2021.",
     [("9.400 hộ nghèo", "amount", 9400.0, None, -3.1)]),
    # the base's level in parentheses after a comparison is counted, not estimated
    ("Trong quý I/2025, ngành du lịch ước đón 1,6 triệu lượt khách, tăng 18% so với quý I/2024 (1,36 triệu lượt).",
     [("1,6 triệu lượt khách", "amount", 1.6e6, "estimate", 18.0), ("1,36 triệu lượt", "amount", 1.36e6, None, None)]),
    # "quanh mức" before a level: about it, left out of the span
    ("Sản lượng khai thác năm nay giữ quanh mức 310.000 tấn.", [("310.000 tấn", "amount", 310000.0, "approx", None)]),
])
def test_relations_of_r70(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # projects abbreviated "DA" are counted, and capital per project is a rate
    ("Trong đó có 4 DA FDI với tổng vốn đăng ký 150 triệu USD.", [("4 DA", "project"), ("150 triệu USD", "USD")]),
    ("Suất đầu tư bình quân đạt 2,5 triệu USD/dự án.", [("2,5 triệu USD/dự án", "USD/project")]),
    # what is issued after "được cấp" is counted
    ("Đến nay, các hợp tác xã được cấp 58 mã số vùng trồng.", [("58 mã số vùng trồng", "code")]),
    # works of rural infrastructure
    ("Huyện làm mới 312 cầu giao thông nông thôn và trên 90 cống các loại, phục vụ 6 tiểu vùng sản xuất.",
     [("312 cầu", "bridge"), ("trên 90 cống", "sluice"), ("6 tiểu vùng", "subregion")]),
    # people of an ethnic group are people
    ("Toàn tỉnh có gần 41.000 người dân tộc Mông, chiếm 12% dân số.", [("gần 41.000 người", "person"), ("12%", "percent")]),
])
def test_counts_and_rates_of_r70(text, expected):
    assert [(f.raw_text, f.unit) for f in parse_document(text).figures] == expected


def test_a_sentence_printed_double_spaced_goes_on_after_a_blank_line():
    # a yearbook's prose: the change verb ends a line, its rate opens the next after a blank line
    text = ("Trong năm 2016, tỉnh cấp phép cho 31 dự án mới, tổng vốn đăng ký 210 triệu USD, tăng\n\n"
            "            24,5% về số dự án so với năm 2015.")
    assert [(f.raw_text, f.kind, f.yoy_change_pct) for f in parse_document(text).figures] == [
        ("31 dự án", "amount", 24.5), ("210 triệu USD", "amount", None)]


def test_a_day_told_apart_is_the_figures_own_period():
    text = ("Dịp Quốc khánh năm 2023, Quảng Ninh đón khoảng 320.000 lượt khách, khách quốc tế 9.600 lượt. "
            "Riêng ngày 2/9, toàn tỉnh đón 91.000 lượt khách, khách quốc tế chiếm 7.100 lượt.")
    periods = {f.raw_text: (str(f.period_start), str(f.period_end)) for f in parse_document(text).figures}
    assert periods["91.000 lượt khách"] == ("2023-09-02", "2023-09-02")
    assert periods["7.100 lượt"] == ("2023-09-02", "2023-09-02")
    assert periods["9.600 lượt"] == ("2023-09-01", "2023-09-04")
