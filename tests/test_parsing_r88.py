"""Rules of R88 (session 52), from the blind sets B81, B82 and P41 after they were scored unseen. Every text is our own
wording."""

from datetime import date

import pytest
from conftest import report_bounds as _bounds

from parsing import SourceFacts, parse_document


def _read(text):
    return [(f.raw_text, f.value, f.unit, f.yoy_change_pct, f.change_abs, f.pct_of_plan)
            for f in parse_document(text).figures]


@pytest.mark.parametrize(("text", "expected"), [
    # the plan a district set, named before its share, then the change on the same season with its size in parentheses
    ("Toàn huyện gieo cấy được 8.210 ha lúa, so với kế hoạch huyện đạt 102,4%, so với cùng vụ năm trước giảm 0,9% "
     "(bằng 75 ha).", [("8.210 ha", 8210.0, "hectare", -0.9, -75.0, 102.4)]),
    # guard: the plan named alone before its share, as before
    ("Diện tích lúa đạt 8.210 ha, so với kế hoạch đạt 102,4%.", [("8.210 ha", 8210.0, "hectare", None, None, 102.4)]),
    # an adverb ending in a word that labels numbers ("mục", "bậc") before a rate with decimals
    ("Khách quốc tế đạt 12.400 lượt, tăng ngoạn mục 142,6% so với cùng kỳ.",
     [("12.400 lượt", 12400.0, "visit", 142.6, None, None)]),
    ("Doanh thu đạt 310 tỷ đồng, tăng vượt bậc 64,3% so với cùng kỳ.",
     [("310 tỷ đồng", 310_000_000_000.0, "VND", 64.3, None, None)]),
    # units the vocabulary lacked: firewood in "ster", crude oil per "thùng", land in "sào", sea miles
    ("Sản lượng củi khai thác đạt 4.800 ster.", [("4.800 ster", 4800.0, "stere", None, None, None)]),
    ("Giá dầu thô bình quân đạt 68 USD/thùng.", [("68 USD/thùng", 68.0, "USD/barrel", None, None, None)]),
    ("Gia đình chị Hoa trồng 3 sào cà chua.", [("3 sào", 3.0, "sao", None, None, None)]),
    ("Vùng biển của huyện rộng 35 hải lý.", [("35 hải lý", 35.0, "nautical mile", None, None, None)]),
])
def test_figures_r88(text, expected):
    assert _read(text) == expected


def test_a_group_named_by_a_whole_percentage_is_still_a_label():
    # guard for the decimal rule: "nhóm 20%" names the group, no share of anything
    assert [f.raw_text for f in parse_document("Thu nhập của nhóm 20% hộ giàu nhất tăng nhanh.").figures] == []


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a quarter named without its year before a winter-spring season told with both its years: the quarter, of the
    # year the season is reaped in
    ("Trong quý I, kinh tế của huyện chuyển biến tích cực. Vụ Đông Xuân 2023-2024, diện tích gieo trồng đạt 9.800 ha.",
     None, ("2024-01-01", "2024-03-31")),
    # ... and of the year it is sown in for the last quarter
    ("Trong quý IV, kinh tế của huyện chuyển biến tích cực. Vụ Đông Xuân 2023-2024, diện tích gieo trồng đạt 9.800 ha.",
     None, ("2023-10-01", "2023-12-31")),
    # "3 ngày Tết" with no days given: the first three days of the lunar year, not the nine days off
    ("Trong 3 ngày nghỉ Tết Nhâm Dần 2022, tỉnh đón hơn 25.000 lượt khách.", None, ("2022-02-01", "2022-02-03")),
    # guard: a count as long as the days off is those days
    ("Trong 9 ngày nghỉ Tết Nhâm Dần 2022, tỉnh đón hơn 25.000 lượt khách.", None, ("2022-01-29", "2022-02-06")),
    # the congress of a new term reviews the term whose resolution was carried out
    ("Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030\n\nĐảng bộ và Nhân dân xã đã nỗ lực thực hiện hiệu quả "
     "Nghị quyết Đại hội Đảng bộ nhiệm kỳ 2020 - 2025. Thu ngân sách trên địa bàn đạt 11,2 tỷ đồng.", date(2025, 7, 20),
     ("2020-01-01", "2025-12-31")),
    # a headline opening with a year and setting a target for it, over a review of the year before
    ("Năm 2020: Công ty Cấp nước phấn đấu cấp thêm 2 triệu m3 nước\n\nTheo báo cáo của Công ty Cấp nước, năm 2019, Công "
     "ty đã bảo đảm cấp nước cho sản xuất và sinh hoạt. Trong năm 2019, tổng lượng nước sạch cung cấp đạt 31 triệu m3.",
     date(2020, 1, 10), ("2019-01-01", "2019-12-31")),
    # guard: a headline opening with its year and no target keeps it over a part of it the text names
    ("Năm 2020: Công ty Cấp nước cấp 33 triệu m3 nước\n\nTrong quý IV/2020, Công ty đã cung cấp 8 triệu m3 nước "
     "sạch.", date(2021, 1, 10), ("2020-01-01", "2020-12-31")),
    # a bare month in the opening of an undated page, dated by a "cùng kỳ năm" in a later paragraph
    ("Lượng khách đến tỉnh tăng mạnh\n\nTheo Sở Du lịch, tổng lượng khách đến tỉnh tháng 11 đạt 420.000 lượt, tăng 12% "
     "so với tháng trước."
     "\n\nTừ đầu năm đến nay, tỉnh đón 4,1 triệu lượt khách, tăng 7% so với cùng kỳ năm 2022.", None,
     ("2023-11-01", "2023-11-30")),
    # the year a text opens with, a history of earlier years told after it
    ("Năm 2023, diện tích chè toàn huyện đạt 1.250 ha, sản lượng đạt 11.400 tấn. Hợp tác xã chè được thành lập năm "
     "2016, đến năm 2019 có sản phẩm đạt chuẩn OCOP 3 sao. Năm 2021, sản phẩm chè của hợp tác xã đạt 4 sao.", None,
     ("2023-01-01", "2023-12-31")),
])
def test_periods_r88(text, published, expected):
    assert _bounds(text, SourceFacts(published=published)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (R88b) a score told to its decimals, and its change on the month before (on last year, its change_abs)
    ("Chỉ số hài lòng của người dân đạt 82,6 điểm, tăng 4,15 điểm so với tháng trước.",
     [("82,6 điểm", 82.6, "point"), ("4,15 điểm", 4.15, "point")]),
    # a contribution to growth told in bare "điểm" is in percentage points
    ("Ngành xây dựng tăng 7,4%, đóng góp 0,85 điểm vào mức tăng chung.",
     [("7,4%", 7.4, "percent"), ("0,85 điểm", 0.85, "percentage point")]),
    # guards: a whole number of "điểm" counts places or is a gap, no score
    ("Toàn huyện có 45 điểm sạt lở.", []),
    ("Chỉ số của tỉnh còn 2 điểm nữa là vào nhóm đầu.", []),
])
def test_scores_r88b(text, expected):
    assert [(f.raw_text, f.value, f.unit) for f in parse_document(text).figures] == expected


def test_a_scores_change_on_last_year_is_its_change_in_points():
    figures = parse_document("Chỉ số hài lòng của người dân đạt 82,6 điểm, tăng 4,15 điểm so với năm trước.").figures
    assert [(f.raw_text, f.change_abs) for f in figures] == [("82,6 điểm", 4.15)]


@pytest.mark.parametrize(("text", "expected"), [
    # (R88c) a bound word a page glued to the number
    ("Tổng thu từ du lịch ước đạt gần2.100 tỷ đồng.", [("gần2.100 tỷ đồng", 2_100_000_000_000.0, "approx")]),
    # guard: spaced as usual
    ("Tổng thu từ du lịch ước đạt gần 2.100 tỷ đồng.", [("gần 2.100 tỷ đồng", 2_100_000_000_000.0, "approx")]),
    # what one hectare yields is no figure of a hectare
    ("Lợi nhuận từ 1 ha đồng muối chỉ khoảng 12 triệu đồng/tháng.",
     [("khoảng 12 triệu đồng/tháng", 12_000_000.0, "approx")]),
    # guard: one hectare counted is a figure
    ("Toàn huyện có 1 ha lúa bị ngập.", [("1 ha", 1.0, None)]),
    # "HSSV" counts pupils and students, "đồng/cặp" is a price per pair
    ("Ngân hàng đã cho trên 3.200 HSSV vay vốn.", [("trên 3.200 HSSV", 3200.0, "more_than")]),
    ("Hoa cúc được thương lái mua với giá 190.000 đồng/cặp.", [("190.000 đồng/cặp", 190_000.0, None)]),
])
def test_figures_r88c(text, expected):
    assert [(f.raw_text, f.value, f.qualifier) for f in parse_document(text).figures] == expected


def test_a_buyers_province_is_not_the_reports():
    # (R88c) a trader from another province buying the district's flowers
    text = ("Hộ bà Lan ở xã Long Thới, huyện Chợ Lách trồng được 800 chậu hoa cúc. Thương lái về huyện Chợ Lách đặt "
            "hàng ngày càng nhiều. Chị Hoa, một thương lái ở tỉnh Đắk Lắk, vừa đặt cọc mua hơn 500 chậu hoa giấy của "
            "nông dân huyện Chợ Lách.")
    assert parse_document(text).meta.region == "Bến Tre"


@pytest.mark.parametrize(("text", "expected"), [
    # (R88c) January written as a name, as statistics offices now title their releases
    ("Tình hình kinh tế - xã hội tháng Một năm 2024\n\nTháng Một năm 2024, chỉ số sản xuất công nghiệp tăng 4,2%.",
     ("2024-01-01", "2024-01-31")),
    # the province between the month and its year in a release's title
    ("Tình hình KT - XH tháng 10 tỉnh Cao Bằng năm 2021\n\nTrong tháng, toàn tỉnh gieo trồng được 1.250 ha cây vụ "
     "đông.", ("2021-10-01", "2021-10-31")),
])
def test_periods_r88c(text, expected):
    assert _bounds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (R88d) the share of capital held names a class of enterprises
    ("Tỉnh có 9 doanh nghiệp nhà nước, trong đó 3 doanh nghiệp nắm giữ 100% vốn điều lệ và 6 doanh nghiệp nắm giữ trên "
     "50% vốn điều lệ.", ["9 doanh nghiệp", "3 doanh nghiệp", "6 doanh nghiệp"]),
    # guard: a share held of something else is a figure
    ("Tỉnh nắm giữ 35% cổ phần.", ["35%"]),
    # places counted by what they are for
    ("Hàng bình ổn được bán qua 8.400 điểm bán; kỳ thi tổ chức tại 14 điểm thi.", ["8.400 điểm bán", "14 điểm thi"]),
])
def test_figures_r88d(text, expected):
    assert [f.raw_text for f in parse_document(text).figures] == expected


def test_a_stock_at_the_years_end_against_the_end_of_the_year_before_is_its_change_on_last_year():
    # (R88e) "Đến ngày 31 tháng 12 năm 2018 ... so với cuối năm 2017": a year apart, a change on last year
    text = ("Đến ngày 31 tháng 12 năm 2020, tổng vốn huy động trên địa bàn được 9.450 tỷ đồng, tăng 1,2% so với cuối "
            "tháng 11, tương ứng tăng 11,6% so với cuối năm 2019.")
    figures = parse_document(text).figures
    assert [(f.raw_text, f.yoy_change_pct) for f in figures] == [("9.450 tỷ đồng", 11.6), ("1,2%", None)]
    # guard: a stock on another day against the end of last year is no change on last year
    other = "Đến ngày 30/6/2020, tổng vốn huy động được 9.100 tỷ đồng, tăng 7,5% so với cuối năm 2019."
    assert [(f.raw_text, f.yoy_change_pct) for f in parse_document(other).figures][0] == ("9.100 tỷ đồng", None)


@pytest.mark.parametrize("text", [
    # (R88f) the set a rank is taken in names no scope of the figures after it
    "Năm 2022, quy mô nền kinh tế của tỉnh Hải Dương đạt 169.179 tỷ đồng, đứng thứ 11/63 toàn quốc; GRDP bình quân đầu "
    "người đạt 86,9 triệu đồng.",
    "Năm 2022, kinh tế tỉnh Hải Dương tăng 9,0%, cao thứ 27/63 tỉnh thành trên cả nước. Trong đó, công nghiệp tăng 12,0%.",
    "Năm 2019, Cần Thơ xếp thứ 24 trong danh sách các đơn vị hành chính Việt Nam về số dân. Năm 2022, GRDP bình quân "
    "đầu người của thành phố Cần Thơ đạt 94,5 triệu đồng.",
])
def test_a_ranks_set_is_no_figures_region(text):
    document = parse_document(text)
    assert {f.region for f in document.figures} == {document.meta.region} != {None}


@pytest.mark.parametrize(("text", "expected"), [
    # (R88g) the capacity a facility is known by is part of its name
    ("Tỉnh kêu gọi đầu tư Nhà máy điện gió Hòa Bình 1 120MW và Bệnh viện đa khoa quốc tế 300 giường.", []),
    ("Công ty xây dựng thêm cầu cảng tổng hợp 3 vạn tấn tại khu kinh tế.", []),
    # a page's counter, whatever follows it
    ("Ngày đăng: 30/11/2022. Lượt xem: 218 lượt. Số lượt xem: 3338 Người đăng: Administrator", []),
    # guards: a capacity told with a verb is a figure
    ("Nhà máy có công suất 120MW.", ["120MW"]),
    ("Bệnh viện đa khoa tỉnh có 300 giường bệnh.", ["300 giường bệnh"]),
])
def test_figures_r88g(text, expected):
    assert [f.raw_text for f in parse_document(text).figures] == expected


def test_the_places_a_mean_is_taken_over_are_no_count():
    # (R88h) "thu nhập bình quân ... của 18/18 xã": the set of communes the mean is over
    text = ("Năm 2024, thu nhập bình quân đầu người của 18/18 xã nông thôn mới đạt 71,2 triệu đồng/người; tỷ lệ hộ nghèo "
            "của 18/18 xã giảm còn 1,2%.")
    assert [f.raw_text for f in parse_document(text).figures] == ["71,2 triệu đồng/người", "1,2%"]
    # guard: communes counted as such stay a figure
    assert [f.raw_text for f in parse_document("Năm 2024, toàn huyện có 18 xã đạt chuẩn nông thôn mới.").figures] \
        == ["18 xã"]


@pytest.mark.parametrize(("text", "expected"), [
    # (R88i) "năm" after a number counts years, it is no spelled "five"
    ("Ngân hàng khen thưởng 6 tập thể qua 20 năm hoạt động tín dụng chính sách.", ["6 tập thể"]),
    ("Kỷ niệm 45 Năm ngành Kiểm lâm.", []),
    # guard: "năm" spelled as a count
    ("Huyện có năm xã đạt chuẩn nông thôn mới.", ["năm xã"]),
])
def test_figures_r88i(text, expected):
    assert [f.raw_text for f in parse_document(text).figures] == expected
