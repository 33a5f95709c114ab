"""Rules of R76 (session 47). The first is written from the blind set B57 after it was scored unseen (session 46);
the rest from the sets of session 47 after each was scored unseen. Every text is our own wording."""

from datetime import date

import pytest
from conftest import report_bounds as _bounds

from parsing import SourceFacts, parse_document

BEDS_BY_DISTRICT = """Số giường bệnh phân theo huyện
Năm 2020 Năm 2021 Năm 2022
Tổng số 1.850 1.920 2.010
Thành phố Lào Cai 620 650 700
Huyện Bát Xát 110 115 120
Huyện Bảo Thắng 140 150 160"""


@pytest.mark.parametrize("caption", ["Số giường bệnh phân theo huyện", "Giường bệnh phân theo huyện (ĐVT: giường)"])
def test_a_tables_place_rows_count_what_its_caption_counts(caption):
    figures = parse_document(BEDS_BY_DISTRICT.replace("Số giường bệnh phân theo huyện", caption)).figures
    assert [(f.raw_text, f.unit) for f in figures][3:6] == [("620", "bed"), ("650", "bed"), ("700", "bed")]
    assert len(figures) == 12 and {f.unit for f in figures} == {"bed"}


def test_a_tables_place_rows_with_no_counted_caption_give_nothing():
    # guard: a caption naming no counted noun leaves the places' cells without a unit, so without figures
    table = BEDS_BY_DISTRICT.replace("Số giường bệnh phân theo huyện", "Phân theo huyện")
    assert not parse_document(table).figures


@pytest.mark.parametrize(("text", "expected"), [
    # an area done out of its plan, the done part with decimals or the two alike: the amount done, its plan beside it
    ("Cả xã đã xuống giống 36,5/48 ha lạc, đạt 76% kế hoạch.", [("36,5/48 ha", 36.5, "hectare", 76.0, 48.0)]),
    ("Cả xã đã xuống giống 48/48 ha lạc, đạt 100% kế hoạch.", [("48/48 ha", 48.0, "hectare", 100.0, 48.0)]),
    ("Các hộ đã thu hoạch 7,2/9 tấn chè búp tươi.", [("7,2/9 tấn", 7.2, "tonne", None, 9.0)]),
    # guard: a day and a month run into a unit word stay a date
    ("Từ 12/6 ha lúa bị ngập được tiêu úng, bà con đã gieo cấy lại.", []),
])
def test_an_amount_done_out_of_its_plan_in_small_numbers(text, expected):
    assert [(f.raw_text, f.value, f.unit, f.pct_of_plan, f.plan_amount)
            for f in parse_document(text).figures] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a number that looks like a year after "với", "có": a count
    ("Thôn có 318 hộ với 1998 khẩu, trong đó hộ nghèo 12 hộ.", [("318 hộ", 318.0), ("1998 khẩu", 1998.0),
                                                                  ("12 hộ", 12.0)]),
    ("Năm 2022, cả xã có 2021 hộ tham gia bảo hiểm.", [("2021 hộ", 2021.0)]),
    # guard: a bare year before a noun stays a year
    ("Đến 2023 xã có 14 thôn.", [("14 thôn", 14.0)]),
])
def test_a_count_that_looks_like_a_year(text, expected):
    assert [(f.raw_text, f.value) for f in parse_document(text).figures] == expected


def test_a_base_of_last_year_named_before_the_gap():
    figures = parse_document("Sản lượng chè búp tươi đạt khoảng 42 nghìn tấn, so cùng kỳ thấp hơn 1.150 tấn.").figures
    assert [(f.raw_text, f.change_abs) for f in figures] == [("khoảng 42 nghìn tấn", -1150.0)]


@pytest.mark.parametrize(("text", "expected"), [
    # the percentage of a fraction told again at the end of its clause
    ("Toàn xã có 14/14 thôn có nhà văn hóa, đạt 100%; 12/14 thôn đạt chuẩn văn hóa.", ["14/14 thôn", "12/14 thôn"]),
    # guard: a percentage of a plan is no such repetition
    ("Có 36/40 xã đạt chuẩn, đạt 95% kế hoạch.", ["36/40 xã"]),
])
def test_a_fractions_percentage_told_at_the_end_of_its_clause(text, expected):
    assert [f.raw_text for f in parse_document(text).figures] == expected


def test_parts_listed_in_parentheses_after_a_count():
    # (the groups come to less than the total, as on the page they were read from)
    text = "Tỉnh có 150 sản phẩm OCOP (nhóm thực phẩm 90, đồ uống 35, thảo dược 20); trong đó, 60 sản phẩm đạt 4 sao."
    figures = parse_document(text).figures
    assert [(f.raw_text, f.unit, f.component_of) for f in figures] == [
        ("150 sản phẩm", "product", None), ("90", "product", 0), ("35", "product", 0), ("20", "product", 0),
        ("60 sản phẩm", "product", 0)]  # the part after the parenthesis is of the total, not of "20"


def test_parts_with_their_own_unit_in_parentheses_are_read_as_before():
    # guard: a place's amount naming its unit is linked only where the parts are read as parts elsewhere
    figures = parse_document("Diện tích lúa bị hư hại là 300 ha (xã A 180 ha, xã B 160 ha), chưa thống nhất.").figures
    assert [f.raw_text for f in figures] == ["300 ha", "180 ha", "160 ha"]


def test_a_plan_of_money_goes_to_the_money():
    text = "Huyện giải ngân 812 triệu đồng cho tuyến đường ấp Hòa Lợi dài 1.240m, đạt gần 60% kế hoạch vốn."
    assert [(f.raw_text, f.pct_of_plan) for f in parse_document(text).figures] == [
        ("812 triệu đồng", 60.0), ("1.240m", None)]
    # guard: a plan naming no money stays the amount's before it
    assert [(f.raw_text, f.pct_of_plan) for f in parse_document("Xã làm được 1.240m đường, đạt 60% kế hoạch.").figures] \
        == [("1.240m", 60.0)]


def test_the_same_holiday_last_year():
    text = "Dịp nghỉ lễ năm 2024, khu du lịch đón 31 nghìn lượt khách, bằng 80% so với dịp nghỉ lễ năm trước."
    assert [(f.raw_text, f.yoy_change_pct) for f in parse_document(text).figures] == [("31 nghìn lượt khách", -20.0)]


# R76 periods, from P27 and B58 after they were scored unseen.
@pytest.mark.parametrize(("text", "published", "expected"), [
    # a term of office reviewed inside a sentence, at the congress that opens the next term (a page with no date)
    ("Ngày 20-6, Đảng bộ xã Tân Lập tổ chức Đại hội lần thứ XII, nhiệm kỳ 2020-2025. Theo báo cáo tại Đại hội, trong "
     "nhiệm kỳ 2015-2020, Đảng bộ xã đã lãnh đạo nhân dân đạt nhiều kết quả; tỷ lệ hộ nghèo giảm còn 4,2%.", None,
     ("2015-01-01", "2020-12-31")),
    # ... and in a headline on a page dated in the term's last year
    ("Xã Hòa Bình có nhiều đổi thay trong nhiệm kỳ 2015-2020\nThu nhập bình quân đầu người đạt 48 triệu đồng/năm.",
     date(2020, 7, 2), ("2015-01-01", "2020-12-31")),
    # guard: a term reviewed on a page dated years after it is recalled, no period of the page
    ("Xã Hòa Bình có nhiều đổi thay trong nhiệm kỳ 2015-2020\nThu nhập bình quân đầu người đạt 48 triệu đồng/năm.",
     date(2024, 3, 5), None),
    # a sentence setting aims for a year, with no figure, before the year reviewed with figures
    ("Giảm nghèo bền vững là mục tiêu quan trọng mà huyện tiếp tục đặt ra trong kế hoạch phát triển 4 xã vùng cao "
     "trong năm 2025.\nĐến cuối năm 2024, thu nhập bình quân đầu người ở 4 xã đạt 39,5 triệu đồng, tăng 12% so với "
     "năm 2023.", None, ("2024-01-01", "2024-12-31")),
    # figures counted to a year's end, and a later year named only for a standard met, with no figure
    ("Thu nhập bình quân đầu người cuối năm 2021 đạt 58 triệu đồng/người/năm; tỷ lệ hộ nghèo còn 0,9% vào cuối năm "
     "2021. Xã hoàn thành 19 tiêu chí nông thôn mới trong năm 2022.", None, ("2021-01-01", "2021-12-31")),
    # a year told first as history, then the page's year with figures
    ("Sản lượng thủy sản năm 2004 đạt 3.100 tấn. Năm 2011, tổng sản lượng thủy sản của huyện đạt trên 7.450 tấn, giá "
     "trị đạt 310 tỷ đồng.", date(2011, 12, 20), ("2011-01-01", "2011-12-31")),
])
def test_periods_r76(text, published, expected):
    assert _bounds(text, SourceFacts(published=published)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Đăng ngày" stamps the page, which dates the headline's unnamed holiday: that year's days off of 30/4
    ("Bãi biển đón 42 nghìn lượt khách trong 4 ngày lễ\n\nĐăng ngày 03/05/2017\n\nCác bãi tắm đông khách ngày 30/4, "
     "công suất phòng đạt 95%.", ("2017-04-29", "2017-05-02")),
    # guard: a headline opening with "Đăng ký" is no stamp
    ("Đăng ký kinh doanh 03/05/2017 tăng mạnh\n\nCác bãi tắm đông khách, công suất phòng đạt 95%.", None),
])
def test_a_page_posted_on_a_day(text, expected):
    assert _bounds(text) == expected


# R76b, from blind set B59 and province-and-period set P28 after they were scored unseen.
@pytest.mark.parametrize(("text", "expected"), [
    # a bare "đạt X%" after an amount, no plan named: the plan's, whether a change or the list's next item follows
    ("Tổng sản lượng thủy sản 18.450 tấn, đạt 72,5%, giảm 12,4% so với năm trước.", [("18.450 tấn", 72.5)]),
    ("Thu ngân sách trên 85 tỷ đồng, đạt trên 104%, cấp mới 1.210 giấy chứng nhận quyền sử dụng đất, đạt trên 96%; "
     "làm mới 12 km đường giao thông nông thôn.",
     [("trên 85 tỷ đồng", 104.0), ("1.210 giấy chứng nhận", 96.0), ("12 km đường giao thông", None)]),
    # guard: a fraction's own percentage is no plan's
    ("Số hộ dùng điện lưới là 88.120/92.760 hộ, đạt 95%; còn 4.640 hộ chưa có điện.",
     [("88.120/92.760 hộ", None), ("4.640 hộ", None)]),
    # guard: a project's progress, no comma between, is a share of its own
    ("Tiến độ dự án 300ha bưởi VietGAP đạt 60%.", [("300ha", None), ("60%", None)]),
])
def test_a_bare_ratio_after_an_amount(text, expected):
    assert [(f.raw_text, f.pct_of_plan) for f in parse_document(text).figures] == expected


def test_students_are_counted_among_persons():
    text = "Toàn huyện còn 21.400 người chưa tham gia bảo hiểm y tế; trong đó có khoảng 4.100 học sinh, sinh viên."
    assert [(f.raw_text, f.component_of) for f in parse_document(text).figures] == [
        ("21.400 người", None), ("khoảng 4.100 học sinh", 0)]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a congress reviewing the term it closes, years of the term given figures inside the review
    ("Ngày 14 - 15/6, Đảng bộ xã Bình Lâm tổ chức Đại hội lần thứ XV, nhiệm kỳ 2020 - 2025.\n\nNhiệm kỳ 2015 - 2020, "
     "Đảng bộ xã đã đạt nhiều kết quả quan trọng. Năm 2019, thu nhập bình quân đầu người đạt 38 triệu đồng; tỷ lệ hộ "
     "nghèo còn 3,1%.", None, ("2015-01-01", "2020-12-31")),
    # a congress counting the years of the term it closes without naming them
    ("Đại hội Đảng bộ xã Tân Thành lần thứ I, nhiệm kỳ 2025 - 2030 diễn ra ngày 12/8. Trong 5 năm qua, Đảng bộ và nhân "
     "dân xã đã đạt nhiều kết quả; thu nhập bình quân đầu người đạt 61 triệu đồng/năm.", None,
     ("2020-01-01", "2025-12-31")),
    # guard: with no congress, the year given figures
    ("Nhiệm kỳ 2015 - 2020, xã đạt nhiều kết quả quan trọng. Năm 2019, thu nhập bình quân đầu người đạt 38 triệu đồng.",
     None, ("2019-01-01", "2019-12-31")),
    # a crop harvested for Tết is no report of Tết
    ("Nông dân trồng 2.100 ha dưa hấu, trong đó khoảng 400 ha thu hoạch vụ dưa vào đúng dịp Tết Nguyên đán.",
     date(2025, 1, 10), None),
    # "từ 5 - 6 tháng qua" lasts so long, no half-year
    ("Giá bưởi ổn định ở mức 22.000 đồng/kg từ 5 - 6 tháng qua, nông dân thu lãi khá.", date(2024, 5, 10), None),
])
def test_periods_r76b(text, published, expected):
    assert _bounds(text, SourceFacts(published=published)) == expected


# R76d, from blind set B60 after it was scored unseen.
@pytest.mark.parametrize(("text", "expected"), [
    # amounts done out of their plans written with decimals on both sides, or a space before the slash
    ("Cây dong riềng trồng được 212,5/180,0 ha, đạt 118,06% KH.", [("212,5/180,0 ha", 212.5, 118.06, 180.0)]),
    ("Mía trồng được 1.845,2 /2.010,0 ha, đạt 91,8% KH.", [("1.845,2 /2.010,0 ha", 1845.2, 91.8, 2010.0)]),
])
def test_amounts_done_out_of_plans_with_decimals(text, expected):
    assert [(f.raw_text, f.value, f.pct_of_plan, f.plan_amount) for f in parse_document(text).figures] == expected


def test_parts_listed_after_the_total_named_as_such():
    text = ("Trong tổng số 2.450 người được giải quyết việc làm có 1.610 lao động làm việc tại tỉnh; 790 lao động đi làm "
            "việc tại các khu công nghiệp ngoài tỉnh; xuất khẩu lao động 50 người.")
    assert [(f.raw_text, f.component_of) for f in parse_document(text).figures] == [
        ("2.450 người", None), ("1.610 lao động", 0), ("790 lao động", 0), ("50 người", 0)]


def test_places_an_area_is_concentrated_in():
    text = "Diện tích quế toàn huyện 9.800 ha, tập trung nhiều tại các xã: Đông An 1.520 ha, Tân Hợp 1.310 ha."
    assert [(f.raw_text, f.component_of) for f in parse_document(text).figures] == [
        ("9.800 ha", None), ("1.520 ha", 0), ("1.310 ha", 0)]


def test_a_change_since_the_start_of_the_term_is_none_on_last_year():
    text = "Năm 2019, thu nhập bình quân đầu người đạt 41 triệu đồng, tăng 9 triệu đồng so với đầu nhiệm kỳ."
    assert [(f.raw_text, f.change_abs) for f in parse_document(text).figures] == [("41 triệu đồng", None)]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a count of holiday days, then their dates
    ("Ngày 4-5, Giám đốc Sở Giao thông vận tải cho biết trong bốn ngày lễ (từ ngày 30-4 đến ngày 3-5), các bến xe đón "
     "31.500 lượt hành khách, giảm 8% so cùng kỳ năm 2021.", date(2022, 5, 4), ("2022-04-30", "2022-05-03")),
    # the aim's own rate inside the phrase that sets it: the year is the aim's, the one reviewed the report's
    ("Kinh tế thành phố năm 2019 vẫn đảm bảo chỉ tiêu nghị quyết; thành phố đặt ra mục tiêu phấn đấu tăng trưởng từ 9 - "
     "10% trong năm 2020. Năm 2019, giá trị sản xuất công nghiệp ước đạt 4.120 tỷ đồng, tăng 9,2%.", None,
     ("2019-01-01", "2019-12-31")),
])
def test_periods_r76d(text, published, expected):
    assert _bounds(text, SourceFacts(published=published)) == expected


# R76e, from blind set B61 and province-and-period set P30 after they were scored unseen.
def test_a_count_raised_to_a_running_total_is_no_part():
    text = ("Tháng 7, dự kiến tuyển sinh 1.800 người; trong đó gồm mở 40 lớp đào tạo nghề cho gần 900 học viên, nâng lên "
            "95 lớp cho hơn 2.100 người đến nay.")
    parts = {f.raw_text: f.component_of for f in parse_document(text).figures}
    assert parts["gần 900 học viên"] == 0 and parts["hơn 2.100 người"] is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Trong 22 hồ chứa nước, dung tích trữ đạt 266 triệu m3.", [("22 hồ chứa nước", "reservoir"), ("266 triệu m3", "m3")]),
    ("Năm 2022 có 9.450 lao động (3.120 nữ) đi làm việc ở nước ngoài.", [("9.450 lao động", "person"),
                                                                          ("3.120 nữ", "person")]),
])
def test_counted_works_and_women(text, expected):
    assert [(f.raw_text, f.unit) for f in parse_document(text).figures] == expected


def test_a_gap_on_the_year_before_named():
    text = "Năng suất lúa đạt 61,2 tạ/ha (cao hơn 1,8 tạ/ha so với năm 2023)."
    assert [(f.raw_text, f.change_abs) for f in parse_document(text).figures] == [("61,2 tạ/ha", 1.8)]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a month after the page's, with its year, is a plan's
    ("Hết 5 tháng đầu năm, các cơ sở tuyển sinh hơn 9.400 người. Tháng 6/2023, dự kiến tuyển sinh 2.000 người.",
     date(2023, 5, 30), ("2023-01-01", "2023-05-31")),
    # a stock counted to a year's end opens the text, before the holiday it mentions
    ("Đến cuối năm 2018, toàn huyện còn 1.020 hộ nghèo, chiếm 3,2%. Trong dịp tết vừa qua, huyện chi trả trợ cấp trên 5 "
     "tỷ đồng.", date(2019, 4, 15), ("2018-01-01", "2018-12-31")),
    # the months reviewed after a sentence ending on the rest of the year's tasks
    ("Kỳ họp thông qua nghị quyết về nhiệm vụ 6 tháng cuối năm 2019.\n\n6 tháng đầu năm, thu ngân sách huyện đạt 27 tỷ "
     "đồng.", None, ("2019-01-01", "2019-06-30")),
])
def test_periods_r76e(text, published, expected):
    assert _bounds(text, SourceFacts(published=published)) == expected
