"""Rules of R78 (session 49), written from the blind sets of sessions 47 and 48 (seen) and from the blind sets B67, B68
and the province-and-period set P34 after each was scored unseen. Every text is our own wording."""

from datetime import date

import pytest
from conftest import report_bounds as _bounds

from parsing import SourceFacts, parse_document


@pytest.mark.parametrize(("text", "expected"), [
    # a percentage right after "năm" is a rate, not year 9
    ("Giai đoạn qua, kinh tế huyện tăng trưởng bình quân hàng năm 9%.", [("9%", "growth", 9.0)]),
    ("Tốc độ tăng trưởng GRDP bình quân hằng năm 12%, thu ngân sách vượt dự toán.", [("12%", "growth", 12.0)]),
    # guard: a year's or a month's number before a percentage stays a label
    ("Năm 2023 tỷ lệ hộ nghèo còn 4,2%.", [("4,2%", "share", 4.2)]),
])
def test_a_percentage_after_a_time_word(text, expected):
    assert [(f.raw_text, f.kind, f.value) for f in parse_document(text).figures] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a price per kWh and an area's rent or yield per "công" (1,000 m2 in the Mekong delta)
    ("Giá bán điện bình quân quý I là 1.920,5 đồng/kWh.", [("1.920,5 đồng/kWh", "VND/kWh")]),
    ("Giá thuê đất trồng khóm 50 triệu đồng/công, năng suất 2,5 tấn/công.",
     [("50 triệu đồng/công", "VND/cong"), ("2,5 tấn/công", "tonne/cong")]),
    # guard: "công" alone after a number opens a noun the vocabulary names
    ("Huyện có 12 công trình thủy lợi.", [("12 công trình", "construction work")]),
])
def test_rates_per_kwh_and_per_cong(text, expected):
    assert [(f.raw_text, f.unit) for f in parse_document(text).figures] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # "nỗ lực phấn đấu" is the effort the year's results came from, not an aim set for the year
    ("Năm 2021, với sự nỗ lực phấn đấu của cả hệ thống chính trị, kinh tế huyện tiếp tục tăng trưởng. Giá trị sản xuất "
     "đạt 3.120 tỷ đồng.", None, ("2021-01-01", "2021-12-31")),
    # guard: "phấn đấu" after the year still sets an aim; the year reviewed comes after it
    ("Năm 2022, huyện phấn đấu tăng trưởng 9%. Năm 2021 giá trị sản xuất đạt 3.120 tỷ đồng.", None,
     ("2021-01-01", "2021-12-31")),
    # a season named without its year in the headline, on a dated page naming no period: that season of the page's year
    ("Khẩn trương gieo cấy lúa xuân\n\nBà con nông dân đang đẩy nhanh tiến độ, đã cấy được 12.400 ha.", date(2024, 2, 20),
     ("2024-01-01", "2024-12-31")),
    ("Điều tiết nước tưới vụ hè thu\n\nCông ty mở nước cho 8.500 ha lúa.", date(2023, 5, 12),
     ("2023-01-01", "2023-12-31")),
    # a winter-spring season dated in November is the one sown then
    ("Chuẩn bị vụ đông xuân\n\nToàn huyện dự kiến gieo 6.200 ha.", date(2022, 11, 3), ("2022-01-01", "2023-12-31")),
    # guard: out of season ("trái vụ") is no season
    ("Na trái vụ được giá\n\nMỗi ha cho thu 150 triệu đồng.", date(2022, 11, 28), None),
    # one day of Tết opening a market report: that day
    ("Thị trường ngày mùng 3 Tết Giáp Thìn\n\nGiá rau tại các chợ tăng 15% so với ngày thường.", None,
     ("2024-02-12", "2024-02-12")),
    ("Sức mua trong ngày mùng 5 tết giảm dần, lượng hàng về chợ đầu mối đạt 2.100 tấn.", date(2025, 2, 2),
     ("2025-02-02", "2025-02-02")),
    # a year after an outlet's tag in parentheses that only sets the year's target: the months then reported
    ("(BTV) Năm 2023, huyện ủy đề ra chỉ tiêu đào tạo nghề cho 2.000 lao động. Song, mới 6 tháng đầu năm, đã có 2.150 "
     "lao động được đào tạo.", date(2023, 7, 10), ("2023-01-01", "2023-06-30")),
    # figures counted to the close of a month: the months from the new year
    ("Diện tích cây lâu năm của huyện đến thời điểm kết thúc tháng 9/2022 đạt 12.400 ha, đạt 101% kế hoạch.", None,
     ("2022-01-01", "2022-09-30")),
    # guard: a day ending a range of lunar days is no one day's report (the holiday's days off)
    ("Từ mùng 1 đến mùng 4 Tết Giáp Thìn, tỉnh đón 120.000 lượt khách.", None, ("2024-02-08", "2024-02-14")),
])
def test_periods_r78(text, published, expected):
    assert _bounds(text, SourceFacts(published=published)) == expected


# --- after blind sets B67 and B68 were scored unseen ------------------------------------------------------------------


def test_a_district_reports_shorthand_for_ratios():
    # "=" before a percentage is "bằng", "sv" is "so với"
    figures = parse_document("Sản lượng lúa ước đạt 8.240/8.100 tấn, =102%KH, =104% sv cùng kỳ năm 2020.").figures
    assert [(f.raw_text, f.pct_of_plan, f.yoy_change_pct) for f in figures] == [("8.240/8.100 tấn", 102.0, 4.0)]
    # guard: "= 100" heading an index's column is no figure
    assert not parse_document("Chỉ số giá (Năm trước = 100)").figures


def test_a_breakdown_opened_in_the_parentheses_of_a_part():
    text = ("Năm 2022 tỉnh giải quyết việc làm cho 12.000 lao động, trong đó: 8.000 lao động làm việc trong tỉnh và 4.000 "
            "lao động làm việc ở nước ngoài, trong đó làm việc ở nước Lào 500 lao động, xuất khẩu lao động: 3.500 lao "
            "động (đạt 120% kế hoạch, phân theo thị trường: Nhật Bản 2.000 lao động; Hàn Quốc 1.500 lao động).")
    figures = parse_document(text).figures
    total = next(i for i, f in enumerate(figures) if f.raw_text == "3.500 lao động")
    assert [f.component_of for f in figures if f.raw_text in ("2.000 lao động", "1.500 lao động")] == [total, total]


@pytest.mark.parametrize(("text", "expected"), [
    # a ratio to the month before, its base after it: a change of its own
    ("Chỉ số sản xuất toàn ngành tháng 5 bằng 98,2% so với tháng trước.", [("98,2%", "growth", -1.8)]),
    # guard: a ratio to ordinary days stays a share
    ("Lượng hàng về chợ bằng khoảng 60% so với ngày thường.", [("khoảng 60%", "share", 60.0)]),
])
def test_a_ratio_to_the_period_before(text, expected):
    assert [(f.raw_text, f.kind, f.value) for f in parse_document(text).figures] == expected


def test_every_amount_of_the_sentence_before_changes_alike():
    text = ("Dịp lễ, tỉnh đón 210.000 lượt khách; doanh thu du lịch đạt 420 tỷ đồng. Các con số này đều tăng 12% so với "
            "cùng kỳ năm trước.")
    assert [(f.raw_text, f.yoy_change_pct) for f in parse_document(text).figures] == [
        ("210.000 lượt khách", 12.0), ("420 tỷ đồng", 12.0)]


@pytest.mark.parametrize(("text", "expected"), [
    # "khoảng" run into its number
    ("Diện tích cây hằng năm khoảng125.400 ha.", [("khoảng 125.400 ha", 125400.0, "approx")]),
    # a measure after "cả năm" whose number can be no year
    ("Diện tích ngô cả năm 420 ha, sản lượng 2.100 tấn.", [("420 ha", 420.0, None), ("2.100 tấn", 2100.0, None)]),
    # criteria met, all of them, as a fraction
    ("Đến nay xã đã đạt 19/19 tiêu chí nông thôn mới.", [("19/19 tiêu chí", 19.0, None)]),
    # guard: "19 tiêu chí" alone names the standard
    ("Xã phấn đấu đạt đủ 19 tiêu chí vào năm sau.", []),
])
def test_numbers_read_as_figures(text, expected):
    assert [(f.raw_text, f.value, f.qualifier) for f in parse_document(text).figures] == expected


def test_an_amount_in_parentheses_after_a_comparison_with_its_own_change():
    text = "Kim ngạch xuất khẩu chỉ tăng nhẹ so với năm 2021 (đạt 1.420 triệu USD, tăng 1,2% so với cùng kỳ)."
    assert [(f.raw_text, f.yoy_change_pct) for f in parse_document(text).figures] == [("1.420 triệu USD", 1.2)]
    # guard: the base's level in parentheses stays aside, the change is of the amount before
    base = "Doanh thu đạt 520 tỷ đồng, tăng 18% so với năm 2021 (440 tỷ đồng)."
    assert [(f.raw_text, f.yoy_change_pct) for f in parse_document(base).figures] == [
        ("520 tỷ đồng", 18.0), ("440 tỷ đồng", None)]


def test_a_plan_exceeded_named_with_its_setting():
    figures = parse_document("Giá trị sản xuất đạt 310 tỷ đồng, vượt kế hoạch đề ra 4%.").figures
    assert [(f.raw_text, f.pct_of_plan) for f in figures] == [("310 tỷ đồng", 104.0)]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a council's monthly meeting is no month reported
    ("Ngày 8/7, UBND huyện tổ chức phiên họp thường kỳ tháng 7 năm 2021, đánh giá kết quả 6 tháng đầu năm. 6 tháng "
     "đầu năm 2021, sản lượng lương thực đạt 9.100 tấn.", None, ("2021-01-01", "2021-06-30")),
    # the quarter whose tasks are set is no quarter reported
    ("Hội nghị đánh giá kết quả công tác quý I, đề ra nhiệm vụ công tác quý II năm 2024. Trong quý I, giá trị sản "
     "xuất đạt 1.250 tỷ đồng.", date(2024, 4, 10), ("2024-01-01", "2024-03-31")),
])
def test_periods_r78b(text, published, expected):
    assert _bounds(text, SourceFacts(published=published)) == expected


def test_last_years_level_in_parentheses_is_no_part():
    text = ("Quý I, tỉnh thu hút 420 triệu USD vốn FDI. Cụ thể, cấp mới 20 dự án với tổng vốn đăng ký 300 triệu USD "
            "(cùng kỳ có 12 dự án, tổng vốn đăng ký 90 triệu USD); 30 lượt góp vốn với tổng vốn 70 triệu USD.")
    figures = parse_document(text).figures
    assert [(f.raw_text, f.component_of) for f in figures if f.unit == "USD"] == [
        ("420 triệu USD", None), ("300 triệu USD", 0), ("90 triệu USD", None), ("70 triệu USD", 0)]
