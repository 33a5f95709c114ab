"""Rules of R87 (session 51), from the blind sets B79, B80 and P40 after they were scored unseen. Every text is our own
wording."""

from datetime import date

import pytest
from conftest import report_bounds as _bounds

from parsing import SourceFacts, parse_document


def _read(text):
    return [(f.raw_text, f.kind, f.value, f.unit, f.yoy_change_pct) for f in parse_document(text).figures]


@pytest.mark.parametrize(("text", "expected"), [
    # "đồng" that lost its "ồ" on a legacy-font page
    ("Năm 2017, GRDP ước đt 18.420,5 t đng, tăng 6,1% so vi năm 2016.",
     [("18.420,5 t đng", "amount", 18_420_500_000_000.0, "VND", 6.1)]),
    ("GRDP bình quân đu người ước đt 41,7 triu đng/người/năm.",
     [("41,7 triu đng/người/năm", "amount", 41_700_000.0, "VND/person/year", None)]),
    # a stock's change on the end of the month before is a growth figure of its own, no change on last year
    ("Đến ngày 30/6/2020, tổng dư nợ đạt 15.300 tỷ đồng, tăng 1,2% so với cuối tháng 5.",
     [("15.300 tỷ đồng", "amount", 15_300_000_000_000.0, "VND", None), ("1,2%", "growth", 1.2, "percent", None)]),
    # after an amount told with its own change, the rates of parts named after "trong đó" are figures of their own
    ("Giá trị sản xuất đạt 52.000 tỷ đồng, tăng 9,3% so với cùng kỳ, trong đó công nghiệp tăng 12,5%, nông nghiệp tăng "
     "3,1% và dịch vụ tăng 8,4%.",
     [("52.000 tỷ đồng", "amount", 52_000_000_000_000.0, "VND", 9.3), ("12,5%", "growth", 12.5, "percent", None),
      ("3,1%", "growth", 3.1, "percent", None), ("8,4%", "growth", 8.4, "percent", None)]),
])
def test_figures_r87(text, expected):
    assert _read(text) == expected


def test_days_told_apart_are_the_figures_own():
    # the figures of a paragraph counted over days of their own keep those days; the holiday's keep the report's
    text = ("Trong dịp lễ 30/4 - 1/5 năm 2025, thành phố đón nhiều khách.\n\nTrong 12 ngày (từ ngày 24/4 – 5/5/2025), khách "
            "tham quan các điểm du lịch ước khoảng 900.000 lượt.\n\nRiêng dịp lễ, khách tham quan ước khoảng 610.000 "
            "lượt.")
    document = parse_document(text)
    assert [(f.raw_text, str(f.period_start), str(f.period_end)) for f in document.figures] == [
        ("khoảng 900.000 lượt", "2025-04-24", "2025-05-05"),
        ("khoảng 610.000 lượt", str(document.meta.period_start), str(document.meta.period_end))]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a holiday named without its year, on a page of a month before its days: the one just past
    ("Dịp nghỉ lễ 2/9 vừa qua, khu du lịch đón 18.000 lượt khách.", date(2025, 1, 15), ("2024-08-31", "2024-09-03")),
    # guard: on a page after the holiday, the page's year
    ("Dịp nghỉ lễ 2/9 vừa qua, khu du lịch đón 18.000 lượt khách.", date(2025, 9, 5), ("2025-08-30", "2025-09-02")),
    # a directive for the next year is no year reported
    ("Năm 2025, xã hoàn thành 15/15 chỉ tiêu, thu ngân sách đạt 12 tỷ đồng.\n\nNăm 2026, Phó Chủ tịch UBND huyện chỉ "
     "đạo cần sớm xây dựng kế hoạch phát triển du lịch.", None, ("2025-01-01", "2025-12-31")),
])
def test_periods_r87(text, published, expected):
    assert _bounds(text, SourceFacts(published=published)) == expected


def test_a_headlines_target_year_gives_way_to_the_holiday_reported():
    text = ("Du lịch thành phố kỳ vọng đón 9 triệu lượt khách năm 2025\n\nDịp Tết Dương lịch 2025, thành phố đón gần "
            "2.000 du khách xông đất bằng đường hàng không.")
    assert _bounds(text) == ("2025-01-01", "2025-01-01")


def test_a_page_written_before_the_merger_keeps_the_province_it_names():
    # Quảng Nam's paper writing of Đà Nẵng in January 2025: the city of its time, not the outlet's province
    text = "Dịp Tết Dương lịch 2025, TP.Đà Nẵng đón gần 3.000 du khách xông đất bằng đường hàng không, đường biển."
    source = SourceFacts(url="https://baoquangnam.vn/du-lich-da-nang-don-khach-xong-dat-3147000.html",
                         published=date(2025, 1, 2))
    assert parse_document(text, source).meta.region == "Đà Nẵng"


def test_an_amounts_change_on_the_start_of_a_term_is_no_change_on_last_year():
    # (R87b) a term's review: the amount of its last year against its first is a change over years
    text = ("Nhiệm kỳ 2015 - 2020, kinh tế của huyện tăng trưởng khá. Thu nhập bình quân đầu người năm 2020 ước đạt 41,2 "
            "triệu đồng/năm (tăng 21,4% so với năm 2015); tốc độ tăng trưởng kinh tế đạt 9,8% (tăng 2,1% so với năm "
            "2015).")
    figures = parse_document(text).figures
    assert [(f.raw_text, f.yoy_change_pct) for f in figures if f.kind == "amount"] == [("41,2 triệu đồng/năm", None)]
    # the amount's rate over the term is a figure of its own (R91); guard: a rate's change in points over the term stays
    assert [(f.raw_text, f.change_abs) for f in figures if f.kind == "growth"] == [("21,4%", None), ("9,8%", 2.1)]


@pytest.mark.parametrize(("text", "expected"), [
    # (R87c) a bare "đạt X%" after an amount, before its parts, is its share of the plan, above 100 too
    ("Năm 2023, tỉnh tuyển mới đào tạo nghề cho 8.450 người, đạt 104,6%, trong đó dài hạn 1.120 người.",
     [("8.450 người", 104.6), ("1.120 người", None)]),
    # a count of targets or places, then the share each reached: the class they are counted in, no plan share
    ("Năm 2023, ngành có 5 chỉ tiêu đạt và vượt kế hoạch, 2 chỉ tiêu đạt 95%.", [("5 chỉ tiêu", None),
                                                                                 ("2 chỉ tiêu", None)]),
    ("Có 8/11 huyện, thị xã đạt trên 60% dự toán.", [("8/11 huyện", None)]),
    # guard: a count set off by a comma before its share is the count's plan share
    ("Toàn tỉnh có 12 xã đạt chuẩn nông thôn mới, đạt 60% kế hoạch.", [("12 xã", 60.0)]),
])
def test_plan_shares_r87c(text, expected):
    assert [(f.raw_text, f.pct_of_plan) for f in parse_document(text).figures] == expected


def test_a_room_occupancys_change_on_last_year_is_in_percent():
    # (R87d) told against the same period last year, in percent of last year's rate
    text = "Công suất phòng bình quân ước đạt 88%, tăng 17,3% so với cùng kỳ năm 2023 (năm 2023 là 75%)."
    assert [(f.raw_text, f.yoy_change_pct, f.change_abs) for f in parse_document(text).figures][0] == ("88%", 17.3, None)
    # guard: another rate's change after a comma stays points
    other = "Tỷ lệ hộ gia đình văn hóa đạt 85,2%, tăng 1,5% so với năm 2022."
    assert [(f.raw_text, f.yoy_change_pct, f.change_abs) for f in parse_document(other).figures] == [("85,2%", None, 1.5)]
