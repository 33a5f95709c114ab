"""Rules of R91 and R92 (session 55), from the blind sets B93 to B96 after they were scored unseen and from the sets
before them (seen). Every text is our own wording."""

import pytest
from conftest import report_bounds as _bounds

from parsing import SourceFacts, parse_document


def _read(text):
    return [(f.raw_text, f.kind, f.value, f.unit, f.yoy_change_pct, f.change_abs, f.qualifier, f.pct_of_plan)
            for f in parse_document(text).figures]


@pytest.mark.parametrize(("text", "expected"), [
    # a change told against a year five years before the amount's: the amount keeps neither its rate nor its size,
    # each is a figure of its own (the size in the amount's unit, its bound read)
    ("Năm 2020, thu nhập bình quân đầu người của huyện đạt 58,4 triệu đồng/người/năm, tăng 27% so với năm 2015.",
     [("58,4 triệu đồng/người/năm", "amount", 58.4e6, "VND/person/year", None, None, None, None),
      ("27%", "growth", 27.0, "percent", None, None, None, None)]),
    ("Năm 2020, diện tích cây ăn quả toàn huyện đạt 4.210 ha, tăng hơn 1.350 ha so với năm 2015.",
     [("4.210 ha", "amount", 4210.0, "hectare", None, None, None, None),
      ("hơn 1.350 ha", "amount", 1350.0, "hectare", None, None, "more_than", None)]),
    # the size of a money level per head, its unit left unsaid, is in the level's unit
    ("Năm 2019, thu nhập bình quân của xã đạt 41 triệu đồng/người (tăng 16,5 triệu đồng so với năm 2013).",
     [("41 triệu đồng/người", "amount", 41e6, "VND/person", None, None, None, None),
      ("16,5 triệu đồng", "amount", 16.5e6, "VND/person", None, None, None, None)]),
    # a fall: the rate keeps its sign, the size is how much
    ("Năm 2021, toàn tỉnh có 612 trang trại, giảm 48 trang trại so với năm 2017.",
     [("612 trang trại", "amount", 612.0, "farm", None, None, None, None),
      ("48 trang trại", "amount", 48.0, "farm", None, None, None, None)]),
    # guard: against the year before, the change stays the amount's
    ("Năm 2020, diện tích cây ăn quả toàn huyện đạt 4.210 ha, tăng 350 ha so với năm 2019.",
     [("4.210 ha", "amount", 4210.0, "hectare", None, 350.0, None, None)]),
    # a growth rate named as such, told against last year: the growth itself, no ratio; its excess over the target, in
    # points, is no figure
    ("Với kết quả này, mức tăng trưởng kinh tế năm 2024 của tỉnh đạt 8,72% so với năm 2023, vượt 1,22% so với chỉ "
     "tiêu Nghị quyết.",
     [("8,72%", "growth", 8.72, "percent", None, None, None, None)]),
    ("Thu ngân sách bình quân hằng năm tăng 14,6%, vượt 2,1% chỉ tiêu Nghị quyết đại hội.",
     [("14,6%", "growth", 14.6, "percent", None, None, None, None)]),
    # guard: an amount passing its plan keeps the plan share
    ("Thu ngân sách năm 2024 đạt 1.830 tỷ đồng, vượt 6% dự toán.",
     [("1.830 tỷ đồng", "amount", 1830e9, "VND", None, None, None, 106.0)]),
    # a fall "ở mức" its rate is below zero
    ("Năm 2021, giá trị sản xuất công nghiệp giảm ở mức gần 5% so với năm 2020.",
     [("gần 5%", "growth", -5.0, "percent", None, None, "approx", None)]),
    # a price per ten fruit and an exchange rate
    ("Giá dừa khô tại vườn ở mức 185.000 đồng/chục; tỷ giá trung tâm là 24.265 đồng/USD.",
     [("185.000 đồng/chục", "amount", 185000.0, "VND/dozen", None, None, None, None),
      ("24.265 đồng/USD", "amount", 24265.0, "VND/USD", None, None, None, None)]),
    # thousands grouped by two commas or more
    ("Lượng khách lưu trú đạt 2,315,460 lượt, tăng 8,3% so với cùng kỳ.",
     [("2,315,460 lượt", "amount", 2315460.0, "visit", 8.3, None, None, None)]),
])
def test_figures_r91(text, expected):
    assert _read(text) == expected


def test_change_over_years_keeps_parts_pointing_at_their_totals():
    text = ("Năm 2020, toàn huyện có 1.540 cơ sở kinh doanh, tăng 310 cơ sở so với năm 2015. Tổng vốn huy động đạt "
            "820 tỷ đồng, trong đó tiền gửi dân cư 610 tỷ đồng.")
    figures = parse_document(text).figures
    part = next(f for f in figures if f.raw_text == "610 tỷ đồng")
    assert [f.raw_text for f in figures] == ["1.540 cơ sở", "310 cơ sở", "820 tỷ đồng", "610 tỷ đồng"]
    assert figures[part.component_of].raw_text == "820 tỷ đồng"


@pytest.mark.parametrize(("text", "url", "region"), [
    # a province's rank in its region, the provinces ahead named in a parenthesis, under an address naming both
    ("Năm 2023, tốc độ tăng trưởng kinh tế của tỉnh Bến Tre ước đạt 7,9%, đứng thứ 2 vùng ĐBSCL (sau Trà Vinh tăng "
     "9,1% và Hậu Giang tăng 8,4%). Thu ngân sách của tỉnh Bến Tre đạt 6.200 tỷ đồng. Kim ngạch xuất khẩu của Bến Tre "
     "đạt 1,4 tỷ USD. Bến Tre có 157 xã.",
     "https://tin.example.vn/tang-truong-kinh-te-ben-tre-dung-thu-2-vung-dbscl-812.html", "Bến Tre"),
    # a visitor's home province, named beside the report's own
    ("Trong 3 tháng đầu năm 2024, tổng lượt khách du lịch đến Hà Nam đạt 1,2 triệu lượt. Các lễ hội đầu xuân ở Hà Nam "
     "thu hút đông du khách. Bà Lê Thị B (du khách tỉnh Nam Định) cho biết năm nào cũng về dự lễ hội.",
     None, "Hà Nam"),
])
def test_region_r91(text, url, region):
    assert parse_document(text, SourceFacts(url=url)).meta.region == region


@pytest.mark.parametrize(("text", "bounds"), [
    # the first three quarters of a year
    ("Trong 3 quý năm 2022, toàn tỉnh thu hút 14 dự án đầu tư mới với tổng vốn 6.100 tỷ đồng.",
     ("2022-01-01", "2022-09-30")),
    # guard: the first two
    ("2 quý đầu năm 2022, toàn tỉnh thu hút 14 dự án đầu tư mới.", ("2022-01-01", "2022-06-30")),
    # a holiday's days as the text counts them, a day before its days off
    ("Kết thúc kỳ nghỉ Tết Dương lịch 2026, du lịch tỉnh thu hơn 300 tỷ đồng\n\nCác điểm du lịch của tỉnh đón 82.000 "
     "lượt khách, tăng 12% so với cùng kỳ.\n\nTrong thời gian nghỉ lễ, tính từ ngày 31/12/2025 đến 4/1/2026, toàn tỉnh "
     "tổ chức 12 sự kiện văn hóa.", ("2025-12-31", "2026-01-04")),
])
def test_period_r91(text, bounds):
    assert _bounds(text) == bounds


def test_counted_nouns_of_a_power_grid_and_of_seats():
    text = "Điện lực huyện quản lý 12 đường dây trung áp, 305 trạm biến áp; các hãng bổ sung khoảng 8.000 chỗ."
    assert [(f.raw_text, f.unit) for f in parse_document(text).figures] == [
        ("12 đường dây", "line"), ("305 trạm biến áp", "substation"), ("khoảng 8.000 chỗ", "seat")]


def test_a_whole_year_estimate_in_a_report_of_months_is_the_years():
    text = ("9 tháng năm 2024, tỉnh thu hút 21 dự án FDI với số vốn đăng ký 240 triệu USD. Ước thực hiện cả năm, tỉnh "
            "thu hút 28 dự án với số vốn đăng ký 310 triệu USD.")
    periods = [(f.raw_text, str(f.period_start), str(f.period_end)) for f in parse_document(text).figures]
    assert periods[1] == ("240 triệu USD", "2024-01-01", "2024-09-30")
    assert periods[3] == ("310 triệu USD", "2024-01-01", "2024-12-31")


@pytest.mark.parametrize(("text", "expected"), [
    # two or three provinces are the ones a text is about or compares, no count (R92)
    ("Theo đề án, hai tỉnh Phú Yên và Đắk Lắk sẽ hợp nhất; hai địa phương có chung nhiều lợi thế. Cả nước có 12 tỉnh "
     "đạt trên 10%.", [("12 tỉnh", "amount", 12.0, None, None)]),
    # a percentage of a legal standard is a share of it (basis "standard"), never a change on last year
    ("Tỉnh mới có diện tích tự nhiên 9.368 km² (đạt 117,1% so với tiêu chuẩn).",
     [("9.368 km²", "amount", 9368.0, None, None), ("117,1%", "share", 117.1, 117.1, "standard")]),
    # a bare plan share, then the change joined by "và"
    ("Trong đó, diện tích ngô đạt 1.204,5 ha, đạt 81,3% và giảm 12,4%.",
     [("1.204,5 ha", "amount", 1204.5, 81.3, "plan")]),
    # a rate's size after "tương ứng", signed, is the amount's change
    ("Diện tích gieo trồng đạt 12.410 ha, giảm 3,2% (tương ứng -410,5 ha) so với cùng vụ năm trước.",
     [("12.410 ha", "amount", 12410.0, None, None)]),
])
def test_figures_r92(text, expected):
    assert [(f.raw_text, f.kind, f.value, f.pct_of_plan, f.plan_basis) for f in parse_document(text).figures] \
        == expected


def test_a_signed_size_after_tuong_ung_is_the_change():
    text = "Diện tích gieo trồng đạt 12.410 ha, giảm 3,2% (tương ứng -410,5 ha) so với cùng vụ năm trước."
    assert [(f.yoy_change_pct, f.change_abs) for f in parse_document(text).figures] == [(-3.2, -410.5)]


@pytest.mark.parametrize(("text", "plan"), [
    # a plan's name cut short where an excerpt ends
    ("Tổng thu ngân sách trên địa bàn ước đạt 4.215 tỷ đồng, đạt 112% dự toá", (112.0, "budget_estimate")),
    ("Toàn huyện đã giải quyết việc làm cho 2.460 lao động (đạt 61,5% kế ho", (61.5, "plan")),
    # a multiple of the plan after "vượt"
    ("Thu từ các dự án đạt 3.420 tỷ đồng, tăng 18% so với cùng kỳ, vượt 1,8 lần kế hoạch.", (180.0, "plan")),
])
def test_plan_shares_r92(text, plan):
    figures = parse_document(text).figures
    assert [(f.pct_of_plan, f.plan_basis) for f in figures] == [plan]
