"""Rules of R90 (session 54), from the blind sets B85 to B88 (seen) and the sets of this session after they were scored
unseen. Every text is our own wording."""

import pytest
from conftest import report_bounds as _bounds

from parsing import SourceFacts, parse_document


def _read(text):
    return [(f.raw_text, f.kind, f.value, f.yoy_change_pct, f.qualifier) for f in parse_document(text).figures]


@pytest.mark.parametrize(("text", "expected"), [
    # a multiple of the month before: a growth figure of its own; the amount's ratio to last year still follows
    ("Doanh thu lữ hành tháng 4/2021 đạt 312 tỷ đồng, tăng gấp đôi so với tháng trước và bằng 64,5% so với cùng kỳ.",
     [("312 tỷ đồng", "amount", 312e9, -35.5, None), ("gấp đôi", "growth", 100.0, None, None)]),
    # ... with its bound written before "gấp", and the ratio in a clause opening "tuy nhiên chỉ bằng"
    ("Doanh thu lữ hành tháng 4/2021 đạt 312 tỷ đồng, tăng gần gấp 3 lần so với tháng trước; tuy nhiên chỉ bằng "
     "64,5% so với cùng kỳ.",
     [("312 tỷ đồng", "amount", 312e9, -35.5, None), ("gần gấp 3 lần", "growth", 200.0, None, "approx")]),
    # guard: a multiple of ordinary days is no figure (a comparison with no period)
    ("Lượng khách tham quan đạt 15.000 lượt, gấp 3 lần so với ngày thường.",
     [("15.000 lượt", "amount", 15000.0, None, None)]),
    # a part's contribution to a fall, the fall named after the rate
    ("Chỉ số giá nhóm giao thông giảm 2,84%, đóng góp 0,21% vào mức giảm chung.",
     [("2,84%", "growth", -2.84, None, None), ("0,21%", "growth", -0.21, None, None)]),
    # a signed rate in parentheses after an amount of a unit in two words is its change; a plus glued to a word
    ("Vốn đầu tư toàn xã hội đạt 18.940 tỷ đồng (+9,6%); ngành dịch vụ đạt+6,2%.",
     [("18.940 tỷ đồng", "amount", 18940e9, 9.6, None), ("+6,2%", "growth", 6.2, None, None)]),
    # an amount with its change, then a multiple of something named after it: a growth figure of its own
    ("Thành lập mới 512 doanh nghiệp (+21,4%), vốn đăng ký gấp 3 lần cùng kỳ.",
     [("512 doanh nghiệp", "amount", 512.0, 21.4, None), ("gấp 3 lần", "growth", 200.0, None, None)]),
    # a fraction after "tất cả" counts those that did; a bare count there is only the set's size
    ("Năm 2024, tất cả 18/18 chỉ tiêu nghị quyết đều đạt và vượt.", [("18/18 chỉ tiêu", "amount", 18.0, None, None)]),
    ("Tháng này, tất cả 11 nhóm hàng hóa đều tăng giá.", []),
    # guard: a contribution to a level is a share of it
    ("Ngành công nghiệp đóng góp 6,15% vào GRDP của tỉnh.", [("6,15%", "share", 6.15, None, None)]),
])
def test_figures_r90(text, expected):
    assert _read(text) == expected


def _relations(text):
    return [(f.raw_text, f.kind, f.change_abs, f.yoy_change_pct, f.pct_of_plan) for f in parse_document(text).figures]


@pytest.mark.parametrize(("text", "expected"), [
    # a clause with no subject: its first relation and a further one after a comma both go to the amount before it
    ("Thu nội địa ước đạt 8.615 tỷ đồng; tăng 6,2% so với năm 2024, đạt 112% so với dự toán năm.",
     [("8.615 tỷ đồng", "amount", None, 6.2, 112.0)]),
    # guard: the amount already has its plan share; a second one told later stays a figure of its own
    ("Lượt khách ước đạt 1.240.000 lượt, đạt 101,2% kế hoạch năm; tăng 9,4% so với cùng kỳ, đạt 98,7% kế hoạch năm.",
     [("1.240.000 lượt", "amount", None, 9.4, 101.2), ("98,7%", "share", None, None, 98.7)]),
    # a stock's plan, completed, after its change on the start of the year
    ("Tổng dư nợ của chi nhánh đạt 512 tỷ đồng, tăng 18 tỷ đồng so với đầu năm và hoàn thành 98% kế hoạch.",
     [("512 tỷ đồng", "amount", None, None, 98.0)]),
    # guard: the change's own plan, a growth plan
    ("Tổng dư nợ của chi nhánh đạt 512 tỷ đồng, tăng 18 tỷ đồng so với đầu năm, đạt 90% kế hoạch tăng trưởng năm.",
     [("512 tỷ đồng", "amount", None, None, None)]),
    # a gap on the year before, its base named between the verb and the size
    ("Năm 2016, doanh số cho vay đạt hơn 640 tỷ đồng, cao hơn so với năm 2015 hơn 120 tỷ đồng.",
     [("hơn 640 tỷ đồng", "amount", 120e9, None, None)]),
    ("Năm 2016, dư nợ quá hạn còn 12 tỷ đồng, thấp hơn so năm 2015 gần 3 tỷ đồng.",
     [("12 tỷ đồng", "amount", -3e9, None, None)]),
    ("Năm 2023, thu nhập bình quân đầu người đạt 49,2 triệu đồng/người/năm, tăng so với năm 2022 khoảng 5,1 triệu "
     "đồng.", [("49,2 triệu đồng/người/năm", "amount", 5.1e6, None, None)]),
    # a stock's change on the start of the year, its base named first: no figure, no change on last year
    ("Tổng dư nợ đạt hơn 2.140 tỷ đồng, tăng so với đầu năm hơn 180 tỷ đồng.",
     [("hơn 2.140 tỷ đồng", "amount", None, None, None)]),
    # a change per person of a level per person and year
    ("Thu nhập bình quân đạt 58,2 triệu đồng/người/năm, tăng 4,9 triệu đồng/người so với năm trước.",
     [("58,2 triệu đồng/người/năm", "amount", 4.9e6, None, None)]),
    # the change in a clause with no subject, after its verb or after a further relation of that clause
    ("Diện tích ngô đạt 2.450 ha; giảm 61,5 ha so với cùng kỳ.", [("2.450 ha", "amount", -61.5, None, None)]),
    ("Diện tích ngô đạt 2.450 ha; đạt 98,2% kế hoạch, giảm 61,5 ha so với cùng kỳ.",
     [("2.450 ha", "amount", -61.5, None, 98.2)]),
    # ... on a far year, in a report on 2019: a change over years, no change on last year but a figure of its own (R91)
    ("Thu nhập bình quân đầu người năm 2019 đạt 51,4 triệu đồng/người/năm; tăng 27,3 triệu đồng so với năm 2011.",
     [("51,4 triệu đồng/người/năm", "amount", None, None, None), ("27,3 triệu đồng", "amount", None, None, None)]),
    # guard: a clause with its own subject keeps its change a figure
    ("Diện tích ngô đạt 2.450 ha; diện tích khoai giảm 61,5 ha so với cùng kỳ.",
     [("2.450 ha", "amount", None, None, None), ("61,5 ha", "amount", None, None, None)]),
    # the plan share after a rate and its base is the rate's
    ("Giá trị sản xuất công nghiệp năm 2021 tăng 9,4% so với năm 2020, bằng 102,3% kế hoạch.",
     [("9,4%", "growth", None, None, 102.3)]),
    # the plan after a slash
    ("Vốn đầu tư công đã giải ngân 1.250,6 tỷ đồng, đạt 61,8%/tổng kế hoạch vốn.",
     [("1.250,6 tỷ đồng", "amount", None, None, 61.8)]),
    # the amount done over its plan's amount: one figure; the gap on the plan after it is none, a rate with no base
    # its excess over the plan
    ("Diện tích ngô đạt 6.120 ha/KH 5.800 ha, tăng 320 ha KH.", [("6.120 ha/KH 5.800 ha", "amount", None, None, None)]),
    ("Diện tích chè trồng mới đạt 420 ha/kế hoạch 400 ha tăng 5 %.",
     [("420 ha/kế hoạch 400 ha", "amount", None, None, 105.0)]),
    ("Thu nhập bình quân năm 2020 đạt 52,3 triệu đồng/kế hoạch 50 triệu đồng.",
     [("52,3 triệu đồng/kế hoạch 50 triệu đồng", "amount", None, None, None)]),
    # "đạt" a ratio to the year before the report's
    ("Năm 2022, kim ngạch xuất khẩu đạt 112,4 triệu USD, đạt 93,6% so năm 2021.",
     [("112,4 triệu USD", "amount", None, -6.4, None)]),
    # a sentence opening with the plan it compares with: each bare percentage after it is a share of that plan
    ("Theo Sở Công Thương, so với kế hoạch năm 2019, giá trị sản xuất công nghiệp đạt 103,2%, trong đó: khai khoáng "
     "đạt 96,5% và chế biến đạt 104,8%.",
     [("103,2%", "share", None, None, 103.2), ("96,5%", "share", None, None, 96.5),
      ("104,8%", "share", None, None, 104.8)]),
    # guard: a sentence opening with last year compares with no plan
    ("So với cùng kỳ, giá trị sản xuất công nghiệp đạt 103,2%.", [("103,2%", "growth", None, None, None)]),
    # guard: a rate told with its base after the amount over its plan stays its change on last year
    ("Diện tích chè trồng mới đạt 420 ha/kế hoạch 400 ha, tăng 5% so với cùng kỳ.",
     [("420 ha/kế hoạch 400 ha", "amount", None, 5.0, None)]),
])
def test_relations_r90(text, expected):
    assert _relations(text) == expected


def test_the_city_police_paper_tells_its_city():
    text = "Chỉ số phát triển sản xuất công nghiệp tháng 1/2019 tăng 23,61% so với cùng kỳ."
    meta = parse_document(text, SourceFacts(url="http://anhp.vn/chi-so-san-xuat-cong-nghiep-d24700.html")).meta
    assert (meta.region, meta.region_source) == ("Hải Phòng", "url")


@pytest.mark.parametrize(("text", "expected"), [
    # "tham gia" is no price: the day the figures are counted to runs from the new year
    ("Số người tham gia bảo hiểm y tế toàn tỉnh tính đến ngày 25.10.2022 đạt 1.218.400 người.",
     ("2022-01-01", "2022-10-25")),
    # guard: a day's prices
    ("Giá lúa hôm nay 14/3/2024 tăng 200 đồng/kg so với tuần trước.", ("2024-03-14", "2024-03-14")),
])
def test_periods_r90(text, expected):
    assert _bounds(text) == expected


@pytest.mark.parametrize(("text", "url", "expected"), [
    # the provinces listed in parentheses after a rank among them are its yardstick, no digest
    ("Năm 2021, GRDP của tỉnh Phú Yên tăng 4,1%, cao nhất trong 5 tỉnh Nam Trung Bộ năm 2021 (Khánh Hòa giảm 2,3%, "
     "Ninh Thuận tăng 3,2%, Bình Thuận giảm 1,5%, Bình Định tăng 2,9%). Thu nhập bình quân của tỉnh Phú Yên đạt 49 "
     "triệu đồng/người/năm.", None, ("Phú Yên", "text")),
    # a name written in lower case, a spam line's, is no name: the outlet tells the province
    ("tham tử hà nội, dịch vụ thám tử hà nội\n\nCác khu công nghiệp thu hút thêm 21 dự án FDI mới, tổng vốn đăng ký "
     "412 triệu USD.", "http://haiduongtv.vn/xem-tin-tuc/cac-khu-cong-nghiep-thu-hut-them-21-du-an-123.html",
     ("Hải Dương", "url")),
    ("Tình hình kinh tế - xã hội tháng 4 năm 2019\n\nSản lượng khai thác hải sản 4 tháng ước đạt 68,4 ngàn tấn.",
     "http://cucthongke.vn/xem-tin-tuc.aspx?idp=1&idc=16120", ("Bình Thuận", "url")),
])
def test_regions_r90(text, url, expected):
    meta = parse_document(text, SourceFacts(url=url)).meta
    assert (meta.region, meta.region_source) == expected


def test_a_place_name_is_the_same_whichever_vowel_carries_its_tone_mark():
    from parsing.regions import provinces_of_place
    assert provinces_of_place("Thủy Nguyên") == provinces_of_place("Thuỷ Nguyên") == {"Hải Phòng"}
    assert provinces_of_place("Hòa Bình") == provinces_of_place("Hoà Bình") == {"Hòa Bình", "Bạc Liêu"}


def test_a_district_named_like_another_province_counts_for_neither():
    # "huyện Hòa Bình" is a district of Bạc Liêu and the name of a province: the text's province is the one it names
    text = ("Bạc Liêu: Huyện Hòa Bình phát triển nông nghiệp sạch\n\nNăm 2018, huyện Hòa Bình có 1.250 ha tôm - lúa. "
            "Giá trị sản xuất của huyện Hòa Bình đạt 2.140 tỷ đồng. Huyện Hòa Bình có 8 xã đạt chuẩn nông thôn mới.")
    assert parse_document(text).meta.region == "Bạc Liêu"
