"""Document metadata: province, the period a report covers, the published date."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import SourceFacts, page, parse_document, periods, times_not_reported

PERIODS = [
    ("6 tháng đầu năm 2021, tổng thu ngân sách đạt 3.042 tỷ đồng.", "2021-01-01", "2021-06-30"),
    ("Quý II/2022, kim ngạch xuất khẩu đạt 690 triệu USD.", "2022-04-01", "2022-06-30"),
    ("Trong quý I năm 2023 toàn tỉnh có 512 doanh nghiệp thành lập mới.", "2023-01-01", "2023-03-31"),
    ("9 tháng năm 2022, sản lượng lương thực đạt 334 nghìn tấn.", "2022-01-01", "2022-09-30"),
    ("Năm 2023, tốc độ tăng trưởng kinh tế đạt 6,05%.", "2023-01-01", "2023-12-31"),
    ("Cả năm 2022, thu ngân sách đạt 9.010 tỷ đồng.", "2022-01-01", "2022-12-31"),
    ("Tháng 10 năm 2023, chỉ số giá tiêu dùng tăng 0,35%.", "2023-10-01", "2023-10-31"),
    ("Tính đến ngày 15/9/2022, sản lượng lương thực 9 tháng ước đạt 334,2 nghìn tấn.", "2022-01-01", "2022-09-30"),
    # a year after "so với" / "cùng kỳ" is a comparison, not the period
    ("Doanh thu du lịch tăng 26% so với cùng kỳ năm 2022.", None, None),
    ("Kế hoạch đến năm 2025 là 120 xã.", None, None),
]


@pytest.mark.parametrize("text, start, end", PERIODS)
def test_period(text, start, end):
    meta = parse_document(text).meta
    assert (str(meta.period_start) if meta.period_start else None,
            str(meta.period_end) if meta.period_end else None) == (start, end)


def test_published_date_from_header_and_period_year_from_it():
    meta = parse_document("date 2021-07 Trong 6 tháng đầu năm, tỉnh Lạng Sơn thu hút 1.091,9 nghìn lượt khách.").meta
    assert str(meta.published_on) == "2021-07-01"
    assert (str(meta.period_start), str(meta.period_end)) == ("2021-01-01", "2021-06-30")
    assert meta.region == "Lạng Sơn"


@pytest.mark.parametrize("text, region", [
    ("Theo UBND TP. Hồ Chí Minh, tổng thu ngân sách đạt 336,6 nghìn tỷ đồng.", "TP. Hồ Chí Minh"),
    # (a second province named as strongly would make it a digest of two: parsing/report_region.py rules)
    ("Tỉnh Thừa Thiên - Huế đón 3,2 triệu lượt khách, nhiều hơn so với Đà Nẵng.", "Thừa Thiên Huế"),
    ("Năm 2022, Bắc Ninh thu hút 3,1 tỷ USD, dẫn đầu cả nước. Bắc Ninh có 16 khu công nghiệp; Bắc Giang đứng "
     "thứ hai.", "Bắc Ninh"),
    # two provinces named in one sentence, one twice: a comparison, not a report of one
    ("Năm 2022, Bắc Ninh thu hút 3,1 tỷ USD; Bắc Ninh dẫn đầu, Bắc Giang đứng thứ hai.", None),
    ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.", None),
])
def test_region(text, region):
    assert parse_document(text).meta.region == region


PERIOD_WORDS = ["6 tháng đầu năm 2021", "sáu tháng 2022", "9 tháng năm 2020", "ba tháng 2023", "Quý II/2022",
                "quý 3 năm 2021", "năm 2021,", "Năm 2022 ước", "cả năm 2023.", "tháng 10 năm 2023", "tháng 5/2022",
                "cuối", "cùng kỳ", "so với", "đến", "kế hoạch", "giai đoạn", "tỉnh", "tháng", "năm", "6", "İ", ",", "."]


def _every_period_then_the_earliest(text):
    """The period as first written: every candidate of every kind, then the one that starts first."""
    found = []
    for kind, pattern in periods._PERIODS:
        for match in pattern.finditer(text):
            if "cuối" in text[max(0, match.start() - 12):match.start() + 12].lower() \
                    or periods._NOT_THE_PERIOD.search(text, max(0, match.start() - 16), match.start()) \
                    or periods._compared_before(text, match.start()) \
                    or (kind == "span" and not times_not_reported.is_reported_span(text, match)) \
                    or (kind in ("year", "whole_year") and times_not_reported.plan_year(text, match)):
                continue  # the same words as _named_period skips: "kế hoạch năm 2021," is a plan's year
            found.append((match.start(), kind, match))
    return min(found, key=lambda f: f[0])[1:] if found else None


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PERIOD_WORDS), max_size=25).map(" ".join))
def test_the_period_is_the_one_written_first(text):
    named, expected = periods._named_period(text), _every_period_then_the_earliest(text)
    assert (named and (named[0], named[1].span())) == (expected and (expected[0], expected[1].span()))


# --- the period read like a person reads it (issue 21, the real-text set P1) -------------------------

def _period_of(text, **facts):
    from parsing import SourceFacts

    meta = parse_document(text, SourceFacts(**facts) if facts else None).meta
    return (str(meta.period_start) if meta.period_start else None, str(meta.period_end) if meta.period_end else None,
            meta.period_source)


@pytest.mark.parametrize("text, published, expected", [
    # a holiday named after a holiday word: the days its text gives ...
    ("Trong 5 ngày nghỉ lễ 30/4, Sa Pa đón 103.000 lượt khách. Tổng lượt khách từ 29/4 đến 3/5 đạt 103.000 lượt.",
     "2023-05-04", ("2023-04-29", "2023-05-03", "text")),
    ("Trong 04 ngày nghỉ Lễ 30-4 và Ngày Quốc tế Lao động 01-5 (từ ngày 30-4 - 03-5), Đà Lạt đón 150.000 lượt khách.",
     "2021-05-03", ("2021-04-30", "2021-05-03", "text")),
    ("Trong 04 ngày nghỉ Lễ 02/9, từ ngày 01 - 04/9/2022, Phong Nha đón 21.829 lượt khách.", None,
     ("2022-09-01", "2022-09-04", "text")),
    # ... else its official days off, its year from its name in the sixty-year cycle
    ("Dịp nghỉ Tết Giáp Thìn, lượng khách đến Hà Giang đạt 141.200 lượt, tăng 64% so với cùng kỳ năm 2023.", None,
     ("2024-02-08", "2024-02-14", "text")),
    ("Trong 9 ngày nghỉ Tết Nguyên đán Bính Ngọ 2026, ngành du lịch đón 14 triệu lượt khách.", None,
     ("2026-02-14", "2026-02-22", "text")),
    # last year's holiday is a comparison; this year's is the one after it
    ("Kỳ nghỉ lễ Quốc khánh 2/9 năm ngoái, 4 tỉnh thành đạt doanh thu nghìn tỷ. Kỳ nghỉ lễ năm nay kéo dài 4 ngày "
     "(từ ngày 30/8 đến hết 2/9/2025), Hà Nội đón 2,08 triệu lượt khách.", None, ("2025-08-30", "2025-09-02", "text")),
    # an unnamed holiday: the days written right after it
    ("Trong 3 ngày nghỉ lễ (từ ngày 31-8 đến ngày 2-9), tổng khách du lịch đạt 384.000 lượt.", "2024-09-03",
     ("2024-08-31", "2024-09-02", "text")),
    # a holiday named inside a longer report, or only placing the report in time, is not its period
    ("Tháng 02/2024 trùng với thời điểm Tết Nguyên đán Giáp Thìn năm 2024, sản lượng lúa đạt 204 nghìn tấn.", None,
     ("2024-02-01", "2024-02-29", "text")),
    ("Trong 9 tháng đầu năm, Khánh Hòa đón 9 triệu lượt khách. Dịp lễ 30/4-1/5, tỉnh đứng thứ 4 về lượng khách.",
     "2024-09-26", ("2024-01-01", "2024-09-30", "published")),
])
def test_holiday_periods(text, published, expected):
    from datetime import date

    facts = {"published": date.fromisoformat(published)} if published else {}
    assert _period_of(text, **facts) == expected


@pytest.mark.parametrize("text, expected", [
    # a span of years the report covers ...
    ("Giai đoạn 2021-2025, tăng trưởng GDP bình quân ước đạt 6,3%.", ("2021-01-01", "2025-12-31", "text")),
    ("So với chỉ tiêu tăng trưởng bình quân 5 năm 2021-2025, có 7/10 chỉ tiêu cao hơn. Quy mô kinh tế ước năm 2025 "
     "đạt 565 ngàn tỷ đồng.", ("2021-01-01", "2025-12-31", "text")),
    # ... not a plan's, a programme's or a term's
    ("Hội nghị thông qua kế hoạch đầu tư công trung hạn giai đoạn 2021-2025.", (None, None, None)),
    ("Nghị quyết số 11 về phát triển ngành điều giai đoạn 2020-2025 và tầm nhìn đến năm 2030.", (None, None, None)),
    # the first month of a year; the whole year whatever follows "cả năm YYYY"
    ("Tháng đầu tiên của năm 2024, kim ngạch xuất khẩu đạt 409 triệu USD.", ("2024-01-01", "2024-01-31", "text")),
    ("Dự kiến thu ngân sách vượt dự toán, ước cả năm 2021 kim ngạch xuất khẩu hơn 2 tỷ USD.",
     ("2021-01-01", "2021-12-31", "text")),
    # a crop season's year is no year named as a period, but a text naming no other period is filed under it (R35);
    # last year's value in parentheses is not the period
    ("Diện tích gieo trồng vụ Chiêm xuân năm 2023 toàn tỉnh đạt 64.462 ha.", ("2023-01-01", "2023-12-31", "text")),
    ("Sản lượng giảm hơn năm ngoái (năm 2018 đạt 141.230 tấn) nhưng giá trị năm nay lại tăng.",
     ("2019-01-01", "2019-12-31", "text")),
    # a heading ending with its year; a year opening a sentence
    ("Thu hút đầu tư năm 2024\n\nNăm 2024 đã trở thành cột mốc, vốn thu hút đạt 38.088 tỷ đồng.",
     ("2024-01-01", "2024-12-31", "text")),
    # the figures counted to a day, when nothing else names a period
    ("Tính đến ngày 15/6/2023, toàn tỉnh giải ngân 1.200 tỷ đồng vốn đầu tư công.",
     ("2023-01-01", "2023-06-15", "text")),
])
def test_periods_of_years_months_and_days(text, expected):
    assert _period_of(text) == expected


def test_the_address_headline_is_a_title():
    report = "1. Trồng trọt\nDiện tích gieo trồng vụ Chiêm xuân năm 2023 toàn tỉnh đạt 64.462 ha; 6 tháng đầu năm trồng 22.598 ha."
    url = "https://thongkehd.gov.vn/bao-cao-tinh-hinh-kinh-te-xa-hoi-thang-5-nam-2023-tinh-hai-duong/"
    assert _period_of(report, url=url) == ("2023-05-01", "2023-05-31", "title")
    # a headline opening with a count of months, its year from the address's date folder
    text = "Ngày 23-10, Sở Du lịch thành phố cho biết, từ đầu năm đến nay, có 6,8 triệu lượt khách đến Đà Nẵng."
    url = "https://baodanang.vn/channel/5404/201810/10-thang-hon-68-trieu-luot-du-khach-den-da-nang-3120702"
    assert _period_of(text, url=url) == ("2018-01-01", "2018-10-31", "published")
    # a comparison year in the address is none
    assert _period_of("Giá trị năm nay lại tăng hơn 1 nghìn tỷ đồng.",
                      url="https://a.vn/thu-tu-vai-thieu-tang-so-voi-nam-2018.html") == (
        "2019-01-01", "2019-12-31", "text")


def test_holiday_days_are_consistent():
    from parsing import holidays

    days = holidays.official_days()
    keys = {row[0] for row in __import__("parsing.vocabulary", fromlist=["_rows"])._rows("holidays.tsv")}
    assert days and {key for key, _ in days} <= keys
    for (key, year), (first, last) in days.items():
        assert first <= last and (last - first).days <= 16, (key, year)
        assert year in (first.year, last.year), (key, year)


def test_a_span_of_years_the_titles_period_lies_outside_is_a_base():
    text = ("Số liệu 9 tháng năm 2024 của tỉnh\n\nTrong 9 tháng, toàn tỉnh có 1.250 doanh nghiệp quay lại hoạt động, "
            "gấp 1,4 lần so với bình quân giai đoạn 2019-2023.")
    assert _period_of(text) == ("2024-01-01", "2024-09-30", "title")


# --- set P3: general rules (every text written for these tests) -----------------------------------

@pytest.mark.parametrize("text, expected", [
    # a quarter written with a hyphen or a dot; its base "so với quý I-2008" is no period
    ("Xuất khẩu dệt may chỉ bằng 99,9% so với quý I-2008. Trong quý I-2009, xuất khẩu sắn tăng 123%.",
     ("2009-01-01", "2009-03-31", "text")),
    ("Tính đến hết quý 1.2018, xuất khẩu đạt 54 tỷ USD; riêng tháng 3.2018 nhập khẩu đạt 19 tỷ USD.",
     ("2018-01-01", "2018-03-31", "text")),
    # a far base described as before the pandemic does not date the report ...
    ("Tính chung 7 tháng, khách quốc tế đạt 954.600 lượt, gấp 10 lần cùng kỳ năm ngoái nhưng vẫn giảm 90% so "
     "với cùng kỳ năm 2019, năm chưa xảy ra dịch.", (None, None, None)),
    # ... while "cùng kỳ năm 2022" alone names the year before
    ("Năm tháng đầu năm, số doanh nghiệp giải thể giảm 32,6% so với cùng kỳ năm 2022.",
     ("2023-01-01", "2023-05-31", "text")),
    # the base of a percentage is no period; a date after "từ khi" is an earlier event
    ("Tháng 7 là tháng đón nhiều khách nhất từ khi mở cửa lại vào 15/3/2022. So trước dịch, lượng khách bằng 79% "
     "tháng 7/2019. Trong 7 tháng đầu năm, lượng khách gấp ba lần cùng kỳ 2022.",
     ("2023-07-01", "2023-07-31", "text")),  # opening with its month: the month's (the running total beside it)
    # a year opening a clause of what will be done is a plan's ("đã tập trung" is done; "rừng tập trung" a forest)
    # (a year opening its sentence is the time of the sentence, P9: the year reviewed, as P3's gold has it)
    ("Năm 2023 phần lớn chỉ tiêu của huyện đều vượt. Trong năm 2024, huyện tập trung thực hiện đề án cà phê.",
     ("2023-01-01", "2023-12-31", "text")),
    ("Năm 2022, tỉnh trồng rừng tập trung được 16.120 ha, đạt 107,5% kế hoạch.", ("2022-01-01", "2022-12-31", "text")),
    # a term as the time of its clause is a span; a council's term is a name
    ("Nhiệm kỳ 2020-2025, tỉnh đạt tốc độ tăng trưởng bình quân 7,5%; năm 2024 quy mô kinh tế đạt 354 nghìn tỷ.",
     ("2020-01-01", "2025-12-31", "text")),
    ("Ngày 8/12, HĐND tỉnh khóa XIII, nhiệm kỳ 2021-2026 khai mạc kỳ họp; năm 2022, thu ngân sách vượt 35,6%.",
     ("2022-01-01", "2022-12-31", "text")),
    # a text reporting year after year covers no one year
    ("Năm 2021, tỉnh xuất khẩu thủy sản trên 1 tỷ USD. Năm 2022, tỉnh đạt 1,2 tỷ USD. Mặc dù năm 2023 xuất khẩu "
     "tôm cả nước giảm, tỉnh vẫn đạt khoảng 1 tỷ USD.", (None, None, None)),
])
def test_p3_periods(text, expected):
    assert _period_of(text) == expected


def test_a_title_opening_with_a_count_of_months_is_the_year_to_date():
    text = "10 tháng, lượng khách đạt trên 3,4 triệu lượt\nTrong tháng 10-2012, khách đến tỉnh đạt 139.300 lượt."
    assert _period_of(text) == ("2012-01-01", "2012-10-31", "title")


def test_a_headline_naming_the_month_alone_makes_the_running_total_a_month_report():
    text = "Tính chung 9 tháng năm nay, kim ngạch xuất khẩu đạt 154 tỷ USD, tăng 19,8% so với cùng kỳ năm 2016."
    url = "http://a.vn/kim-ngach-hang-hoa-xuat-khau-thang-9-uoc-tinh-dat-19-ty-usd/"
    assert _period_of(text, url=url) == ("2017-09-01", "2017-09-30", "title")
    assert _period_of(text) == ("2017-01-01", "2017-09-30", "text")
    # a headline naming the months to date as well is still the month's (the session convention of 2026-12-02)
    both = "Tình hình kinh tế tháng 9 và 9 tháng năm 2017\n\n" + text
    assert _period_of(both) == ("2017-09-01", "2017-09-30", "title")
    # a headline naming only the months to date gives them
    span = "Tình hình kinh tế 9 tháng năm 2017\n\nTrong tháng 9, xuất khẩu đạt 19 tỷ USD. " + text
    assert _period_of(span) == ("2017-01-01", "2017-09-30", "title")


def test_a_date_line_under_the_title_is_the_publication_date():
    text = "Tỉnh thành nào tăng trưởng cao nhất?\n\n01/01/2024 14:00 PM | Kinh doanh\n\nNăm qua, 7 tỉnh tăng trưởng hai con số."
    meta = parse_document(text).meta
    assert str(meta.published_on) == "2024-01-01"
    assert (str(meta.period_start), str(meta.period_end)) == ("2023-01-01", "2023-12-31")


# --- the third round (set P4): targets, averages, holiday days and header dates ------------------------

def test_a_span_of_years_after_the_publication_is_a_target():
    text = ("date 2025-10-07 Chính phủ đặt mục tiêu năng suất lao động tăng bình quân 7%/năm; trong đó giai đoạn "
            "2026-2030 đạt trên 8,5%/năm.")
    assert _period_of(text) == (None, None, None)
    # a span already over by then is still the report's
    past = "date 2025-10-07 Giai đoạn 2021-2025, năng suất lao động tăng bình quân 5,9%/năm."
    assert _period_of(past) == ("2021-01-01", "2025-12-31", "text")


def test_a_year_after_a_plan_word_opening_its_clause_is_a_target():
    text = ("Phấn đấu trong năm 2024, toàn tỉnh đón 5,5 triệu lượt khách có lưu trú.\n"
            "Chiều 14/3, Ban Chỉ đạo họp triển khai công tác.")
    assert _period_of(text) == (None, None, None)
    # the same year opening a clause of what was done dates the report
    assert _period_of("Trong năm 2024, toàn tỉnh đón 5,5 triệu lượt khách có lưu trú.") \
        == ("2024-01-01", "2024-12-31", "text")


def test_an_index_average_over_the_months_leaves_a_month_report():
    text = ("Chỉ số giá tiêu dùng tháng 11/2019 tăng 0,96% so với tháng trước. CPI bình quân 11 tháng năm 2019 "
            "tăng 2,57% so với bình quân cùng kỳ năm 2018.")
    assert _period_of(text) == ("2019-11-01", "2019-11-30", "text")
    # a text opening with the month is the month's, the months to date told beside it (also as a span of the year)
    running = "Tháng 11/2019, xuất khẩu đạt 23 tỷ USD. Tính chung 11 tháng năm 2019, xuất khẩu đạt 242 tỷ USD."
    assert _period_of(running) == ("2019-11-01", "2019-11-30", "text")
    # one opening with the months to date is theirs
    span = "Tính chung 11 tháng năm 2019, xuất khẩu đạt 242 tỷ USD. Riêng tháng 11/2019, xuất khẩu đạt 23 tỷ USD."
    assert _period_of(span) == ("2019-01-01", "2019-11-30", "text")


def test_a_holidays_days_given_before_its_name():
    text = ("Trong 4 ngày (từ 31/8 đến 4/9), tỉnh đón 565.000 lượt khách. Tổng thu trong 4 ngày nghỉ lễ 2/9 đạt "
            "348 tỷ đồng.")
    assert _period_of(text, published=date(2024, 9, 5)) == ("2024-08-31", "2024-09-04", "text")


def test_a_holiday_named_only_in_the_address_headline():
    text = "Trong 4 ngày (từ 1 đến 4/9), toàn tỉnh đón 535.000 lượt khách, tăng 36% so với cùng kỳ năm 2022."
    url = "https://bao.vn/du-lich/202309/ky-nghi-le-quoc-khanh-29-an-toan-tinh-hut-khach-989241/"
    assert _period_of(text, url=url) == ("2023-09-01", "2023-09-04", "title")


def test_the_last_date_line_of_the_header_is_the_articles():
    text = ("Thứ bảy 31/01/2026 10:49\nHotline: 024.000.000\n\nNhững tỉnh thành đón nhiều khách dịp 2/9\n\n"
            "04/09/2024 15:54\nKỳ nghỉ lễ 2/9 kéo dài 4 ngày (từ 31/8 đến sáng 3/9), cả nước đón 3 triệu lượt khách.")
    meta = parse_document(text).meta
    assert str(meta.published_on) == "2024-09-04"
    assert (str(meta.period_start), str(meta.period_end)) == ("2024-08-31", "2024-09-03")


def test_a_yearbooks_title_names_its_year():
    text = ("Niên giám thống kê tỉnh Lai Châu 2020\n\nSố liệu được biên soạn trong 5 năm (2016, 2017, 2018, 2019, "
            "2020). Năm 2016 dân số 456 nghìn người, năm 2020 dân số 482 nghìn người.")
    assert _period_of(text) == ("2020-01-01", "2020-12-31", "title")
    # a yearbook's span of years in its title is no one year
    assert _period_of("Niên giám thống kê 2016-2020\n\nDân số năm 2016 là 456 nghìn người, năm 2017 là 460 "
                      "nghìn người, năm 2020 là 482 nghìn người.") == (None, None, None)


# --- the fourth round (set P5): running totals, holidays without a holiday word, bases of holidays -------------

def test_a_running_total_beside_the_month_leaves_a_month_report():
    text = ("Trong tháng này, xuất khẩu địa phương đạt 816 triệu USD. Tính chung 8 tháng, kim ngạch đạt 7.624 triệu "
            "USD, tăng 8,5% so cùng kỳ năm 2016. Kim ngạch nhập khẩu tháng 8 ước đạt 2.658 triệu USD.")
    assert _period_of(text) == ("2017-08-01", "2017-08-31", "text")
    assert _period_of(text, published=date(2017, 9, 2)) == ("2017-08-01", "2017-08-31", "published")
    # without the month itself named, the running total is the months to date
    alone = "Tính chung 8 tháng, kim ngạch đạt 7.624 triệu USD, tăng 8,5% so cùng kỳ năm 2016."
    assert _period_of(alone) == ("2017-01-01", "2017-08-31", "text")
    # told as a span of the year ("10 tháng năm nay") after the month, still the month's
    this_year = ("Vốn đầu tư thực hiện tháng 10 ước đạt 28,3 nghìn tỷ đồng. Tính chung 10 tháng năm nay, vốn đạt 221 "
                 "nghìn tỷ đồng.")
    assert _period_of(this_year, published=date(2017, 11, 1)) == ("2017-10-01", "2017-10-31", "published")
    # ... and the months to date when they come first
    first = "Tính chung 10 tháng năm nay, vốn đạt 221 nghìn tỷ đồng, riêng tháng 10 ước đạt 28,3 nghìn tỷ đồng."
    assert _period_of(first, published=date(2017, 11, 1)) == ("2017-01-01", "2017-10-31", "published")


def test_the_end_of_a_month_without_until_is_the_year_to_date():
    text = "Tổng thu ngân sách trên địa bàn ước thực hiện hết tháng 11/2023 là 26.497 tỷ đồng, đạt 83,77% dự toán."
    assert _period_of(text) == ("2023-01-01", "2023-11-30", "text")


def test_a_holiday_compared_with_last_years_dates_the_holiday():
    text = ("Trong dịp lễ 2/9, tỉnh đón 175.000 lượt khách, tăng 9,4% so với dịp lễ năm 2023. Tổng thu đạt 201 tỷ "
            "đồng, tăng 14,4% so với dịp lễ năm 2023.")
    assert _period_of(text) == ("2024-08-31", "2024-09-03", "text")


def test_new_year_and_hung_kings_holidays_have_their_days_off():
    text = "Trong 3 ngày nghỉ Tết Dương lịch, thành phố đón 402.000 lượt khách."
    assert _period_of(text, published=date(2024, 1, 2)) == ("2023-12-30", "2024-01-01", "text")
    # named only in the address headline, without diacritics
    url = "https://bao.vn/khoang-32-trieu-luot-khach-du-lich-dip-tet-duong-lich-post720950.html"
    assert _period_of("Cả nước phục vụ 3,2 triệu lượt khách.", url=url, published=date(2024, 1, 2)) \
        == ("2023-12-30", "2024-01-01", "title")
    giong_to = "Những ngày nghỉ lễ Giỗ Tổ Hùng Vương, các điểm tham quan đón hơn 2.000 lượt khách mỗi ngày."
    assert _period_of(giong_to, published=date(2022, 4, 11)) == ("2022-04-09", "2022-04-11", "text")


def test_holiday_days_with_their_lunar_days_in_parentheses():
    text = ("Trong 7 ngày Tết Nguyên Đán (từ ngày 20/1 (29 Tết) đến ngày 27/1 (mùng 6 Tết)), tỉnh đón 339.634 lượt "
            "khách.")
    assert _period_of(text, published=date(2023, 1, 27)) == ("2023-01-20", "2023-01-27", "text")


def test_days_of_tet_named_with_its_lunar_year_are_the_holiday():
    text = ("Theo ghi nhận, trong các ngày 28 và 29 (tức ngày 4, 5 Tết Canh Tý 2020), khu du lịch đón hàng vạn "
            "khách.")
    assert _period_of(text, published=date(2020, 1, 1)) == ("2020-01-23", "2020-01-29", "text")
    # Tết named only to place a month in time is not the report's holiday
    month = ("Chỉ số sản xuất tháng 1 giảm 9,2%. Tết Nguyên đán Ất Tỵ diễn ra trong tháng 1-2025 nên số ngày làm "
             "việc ít hơn.")
    assert _period_of(month) == ("2025-01-01", "2025-01-31", "text")


def test_a_part_of_a_year_opening_a_sentence_counts_among_the_years_reported():
    text = ("Năm 2019, xoài của huyện lần đầu xuất khẩu sang Mỹ. Đầu năm 2022, tỉnh xuất khẩu 3 tấn xoài sang châu "
            "Âu. Năm 2021, xoài xuất khẩu đạt 600.000 tấn, tăng 42% so với năm 2020.")
    assert _period_of(text) == (None, None, None)
    # two years are still a report on the first
    assert _period_of("Năm 2019, xoài lần đầu xuất khẩu sang Mỹ. Đầu năm 2022, tỉnh xuất khẩu 3 tấn xoài.") \
        == ("2019-01-01", "2019-12-31", "text")


def test_a_year_end_report_estimating_the_year_keeps_the_year():
    text = ("Năm 2023, thu ngân sách ước đạt 5.000 tỷ đồng, vượt dự toán. Tính đến hết tháng 11/2023, thu đạt 4.600 "
            "tỷ đồng.")
    assert _period_of(text) == ("2023-01-01", "2023-12-31", "text")
    assert _period_of("Ước cả năm 2022, kim ngạch xuất khẩu đạt 2 tỷ USD. 11 tháng năm 2022, kim ngạch đạt 1,8 tỷ "
                      "USD.") == ("2022-01-01", "2022-12-31", "text")
    # a year named for its target, then the months counted: the months
    assert _period_of("Năm 2022, tỉnh đề ra chỉ tiêu trồng 5.000 ha rừng. Đến hết tháng 6/2022, toàn tỉnh trồng được "
                      "3.100 ha.") == ("2022-01-01", "2022-06-30", "text")


def test_two_years_counted_in_words_are_a_span():
    assert _period_of("Hai năm 2021 - 2022, tỉnh giải quyết việc làm cho 40.000 lao động.") \
        == ("2021-01-01", "2022-12-31", "text")


def test_a_span_of_months_ending_long_after_the_page_is_last_years():
    assert _period_of("10 tháng qua, tỉnh thu hút 50 dự án.", published=date(2024, 1, 5)) \
        == ("2023-01-01", "2023-10-31", "published")
    # an early estimate, a few weeks before the span ends, is this year's
    assert _period_of("6 tháng đầu năm, tỉnh thu hút 50 dự án.", published=date(2023, 6, 20)) \
        == ("2023-01-01", "2023-06-30", "published")


def test_a_headline_naming_a_span_beats_a_holiday_the_body_opens_with():
    text = ("Du lịch 9 tháng năm 2023 tăng trưởng mạnh\n\nDịp nghỉ lễ 2/9 (từ 1/9 đến 4/9), tỉnh đón 300.000 lượt khách. "
            "Tính chung 9 tháng, tỉnh đón 3 triệu lượt khách.")
    assert _period_of(text) == ("2023-01-01", "2023-09-30", "title")
    # the same body under a headline naming no period is the holiday's
    holiday = text.replace("Du lịch 9 tháng năm 2023 tăng trưởng mạnh", "Du lịch tăng trưởng mạnh")
    assert _period_of(holiday, published=date(2023, 9, 5)) == ("2023-09-01", "2023-09-04", "text")


def test_earlier_holidays_have_their_days_off():
    assert _period_of("Trong kỳ nghỉ lễ Quốc khánh 2/9/2018, tỉnh đón 60.000 lượt khách.") \
        == ("2018-09-01", "2018-09-03", "text")
    assert _period_of("Dịp nghỉ lễ 30/4 năm 2017, tỉnh đón 300.000 lượt khách.") == ("2017-04-29", "2017-05-02", "text")


@pytest.mark.parametrize("text, facts, expected", [
    # a few words between the comparison and its year
    ("So với thời điểm năm 2015, GRDP năm 2023 đạt 50.000 tỷ đồng, gấp 2 lần.", {}, ("2023-01-01", "2023-12-31", "text")),
    ("Lượng khách đã vượt mức năm 2019, năm trước dịch.", {"published": date(2023, 10, 1)}, (None, None, None)),
    # last year's value in parentheses after an amount
    ("Năm nay, doanh thu đạt 5.000 tỷ đồng (năm 2022 đạt 4.000 tỷ đồng).", {"published": date(2023, 12, 20)},
     ("2023-01-01", "2023-12-31", "published")),
])
def test_a_base_a_few_words_after_the_comparison_is_not_the_period(text, facts, expected):
    assert _period_of(text, **facts) == expected


def test_a_value_labelled_with_its_year_in_parentheses_is_still_a_year_reported():
    text = ("Năm 2010, tỷ lệ hộ nghèo là 22,8%, giảm còn 18,22% (năm 2011); 14,51% (năm 2012); 11,58% (năm 2013). "
            "Năm 2015, chỉ còn 6,2%.")
    assert _period_of(text) == (None, None, None)


@pytest.mark.parametrize("text, facts, expected", [
    ("Hai năm qua, tỉnh thu hút 40 dự án.", {"published": date(2023, 12, 20)}, ("2022-01-01", "2023-12-31", "published")),
    ("3 năm qua, tỉnh thu hút 60 dự án.", {"published": date(2024, 1, 10)}, ("2021-01-01", "2023-12-31", "published")),
    ("Trong 2 năm (2022-2023), tỉnh thu hút 40 dự án.", {}, ("2022-01-01", "2023-12-31", "text")),
    ("Trong năm 2022 và năm 2023, tỉnh thu hút 40 dự án.", {}, ("2022-01-01", "2023-12-31", "text")),
    # "những năm qua" is no count
    ("Những năm qua, tỉnh thu hút nhiều dự án.", {"published": date(2023, 12, 20)}, (None, None, None)),
])
def test_two_or_more_years_as_the_time_of_the_clause_are_a_span(text, facts, expected):
    assert _period_of(text, **facts) == expected


def test_two_years_apart_are_no_span():
    assert _period_of("Năm 2019 và năm 2023, tỉnh tổ chức lễ hội.")[:2] != ("2019-01-01", "2023-12-31")


# --- the fifth round (set P6): price releases, holiday names, days of Tết, counting to the end of a month -------

def test_a_price_release_giving_the_months_so_far_is_the_months_report():
    text = ("Chỉ số giá tiêu dùng tháng 3/2023 tăng 0,21% so với tháng trước. Tính chung 3 tháng đầu năm, giá xăng dầu "
            "giảm 8,4% so với cùng kỳ năm trước.")
    assert _period_of(text) == ("2023-03-01", "2023-03-31", "text")
    # a headline giving the months to date makes it a year-to-date report
    url = "https://bao.vn/3-thang-dau-nam-2023-chi-so-gia-tieu-dung-tang-4-18-post1.html"
    assert _period_of(text, url=url)[:2] == ("2023-01-01", "2023-03-31")
    # a report that is no price release is the month's too when it opens with the month
    other = "Tháng 3/2023, xuất khẩu đạt 1,2 tỷ USD. 3 tháng đầu năm, xuất khẩu đạt 3,1 tỷ USD."
    assert _period_of(other) == ("2023-03-01", "2023-03-31", "text")


def test_a_range_after_a_holiday_word_names_the_holiday():
    text = ("Dịp nghỉ lễ 30/4 và 1/5, ngành du lịch đón 8 triệu lượt khách\nTrong 5 ngày nghỉ Lễ 30/4 – 1/5 (từ 27/4 "
            "đến 01/5/2024), cả nước phục vụ 8 triệu lượt khách.")
    assert _period_of(text) == ("2024-04-27", "2024-05-01", "title")


def test_a_holiday_named_in_parentheses():
    text = "Ngày thứ hai trong kỳ nghỉ lễ (30/4), bến tàu đón 7.200 lượt du khách."
    assert _period_of(text, published=date(2023, 5, 1)) == ("2023-04-29", "2023-05-03", "text")


def test_days_followed_by_the_lunar_days_of_tet_are_a_tet_report():
    text = ("Từ ngày 18 đến 20/2 (mùng 2 đến mùng 4 Tết), tỉnh đón hơn 910.000 lượt khách, tăng 29% so với Tết Ất Tỵ "
            "2025.")
    assert _period_of(text, published=date(2026, 2, 21)) == ("2026-02-18", "2026-02-20", "text")
    # a range without the lunar days is no holiday, only the days it spans (the lead's round on B10 to B13)
    plain = parse_document("Từ ngày 18 đến 20/2, tỉnh đón hơn 910.000 lượt khách.",
                           SourceFacts(published=date(2026, 2, 21))).meta
    assert (plain.period_label, str(plain.period_start), str(plain.period_end)) \
        == ("Từ ngày 18 đến 20/2", "2026-02-18", "2026-02-20")


def test_an_unnamed_holidays_days_in_the_sentences_after_it():
    text = ("Trong bốn ngày nghỉ lễ, tỉnh đã đón hơn 292.500 lượt khách. Cụ thể, thống kê từ các địa bàn du lịch "
            "trọng điểm, tính từ ngày 30-4 đến ngày 3-5, có hơn 292.500 lượt khách.")
    assert _period_of(text, published=date(2022, 5, 4)) == ("2022-04-30", "2022-05-03", "text")


def test_counting_to_the_end_of_a_month_is_the_year_to_date():
    text = ("Tính đến cuối tháng 6-2015, tổng nguồn vốn huy động đạt 25.914 tỷ đồng. Nợ xấu chiếm 1,94% (giảm so "
            "với tỷ lệ 3,6% của 6 tháng đầu năm 2014).")
    assert _period_of(text) == ("2015-01-01", "2015-06-30", "text")
    assert _period_of("Tính đến tháng 11/2022, cả nước có 5.869 xã đạt chuẩn nông thôn mới.") \
        == ("2022-01-01", "2022-11-30", "text")
    # a target's deadline is no period counted to
    assert _period_of("Phấn đấu đến cuối tháng 12/2025 hoàn thành 100 km đường.") == (None, None, None)


def test_a_table_of_several_years_has_no_period():
    table = ("Dân số trung bình phân theo giới tính\nNgười - Person\n2015 1.236.306 615.531 620.775\n2016 1.227.576 "
             "611.359 616.217\n2017 1.218.315 606.920 611.395\nSơ bộ - Prel. 2018 1.208.822 602.362 606.460\n"
             "Tỷ lệ tăng - Growth rate (%)\n2016 -0,71 -0,68 -0,73\n2017 -0,75 -0,73 -0,78\n")
    assert periods.table_years(table) == {2015, 2016, 2017, 2018}
    assert _period_of(table) == (None, None, None)
    columns = "Tổng số\n2008\n2009\n6,18\n5,32\nQuý I\n7,49\n3,14\nQuý II\n5,72\n4,46\nQuý III\n5,98\n6,04\n"
    assert _period_of(columns) == (None, None, None)
    # a heading naming the period makes the table that period's, whatever base years its columns show
    headed = "Chỉ số giá tiêu dùng tháng 3 năm 2023\n" + columns
    assert _period_of(headed) == ("2023-03-01", "2023-03-31", "title")
    # prose naming years on their own lines is no table
    assert periods.table_years("Năm\n2022\nvà năm\n2023\ntỉnh đón 2 triệu lượt khách.") == set()


def test_a_programmes_criteria_span_is_no_period():
    text = ("Tổng giá trị sản xuất ước thực hiện 6 tháng đầu năm đạt 2.453 tỷ đồng, tăng 9,72% so với cùng kỳ năm 2023. "
            "Việc thực hiện bộ tiêu chí nông thôn mới giai đoạn 2021-2025 gặp khó khăn.")
    assert _period_of(text) == ("2024-01-01", "2024-06-30", "text")


def test_a_report_named_after_its_month_and_months_to_date_is_the_months():
    text = ("bÁo cÁo tháng 10 và 10 1\n\nBÁO CÁO Tình hình kinh tế - xã hội tỉnh tháng 10 và 10 tháng đầu năm 2020. "
            "Tính đến 15/10/2020 toàn tỉnh đã gieo trồng được 11.106 ha.")
    assert _period_of(text)[:2] == ("2020-10-01", "2020-10-31")
    # a quarter and the months to its end: the quarter's
    quarter = ("Tình hình kinh tế - xã hội quý III và 9 tháng năm 2022\n\nTính chung 9 tháng năm 2022, GRDP tăng "
               "8,1%; riêng quý III tăng 9,2%.")
    assert _period_of(quarter) == ("2022-07-01", "2022-09-30", "title")
    # in the address headline ("...-thang-10-va-10-thang-nam-2022")
    url = "https://tinh.gov.vn/tinh-hinh-kinh-te-xa-hoi-thang-10-va-10-thang-nam-2022.html"
    assert _period_of("Tính chung 10 tháng năm 2022, thu ngân sách đạt 9.000 tỷ đồng.", url=url)[:2] == (
        "2022-10-01", "2022-10-31")


def _region_of(text, url):
    from parsing import SourceFacts

    return parse_document(text, SourceFacts(url=url)).meta.region


def test_core_inflation_is_the_nations():
    text = ("Như vậy, chỉ số giá tiêu dùng bình quân 7 tháng năm 2017 tăng 3,91% so với bình quân cùng kỳ năm 2016. "
            "Lạm phát cơ bản tháng 7 tăng 0,11% so với tháng trước.")
    url = "https://www.sggp.org.vn/gia-tieu-dung-thang-7-chi-tang-011-458610.html"
    assert _region_of(text, url) is None
    # a provincial price release on the same outlet stays the outlet's
    own = "Chỉ số giá tiêu dùng tháng 7 trên địa bàn thành phố tăng 0,31% so với tháng trước."
    assert _region_of(own, url) == "TP. Hồ Chí Minh"


def test_an_address_headline_naming_the_mekong_delta_is_a_digest():
    text = "Chỉ qua 2 tháng đầu năm 2022, tỉnh Kiên Giang đã đón hơn 1 triệu lượt du khách. Tại Cà Mau, tỉnh đón 130.000 du khách."
    url = "https://thegioitiepthi.vn/du-lich-dbscl-tang-manh-dau-nam-20220301080914747.htm"
    assert _region_of(text, url) is None
    assert _region_of(text, "https://thegioitiepthi.vn/du-lich-kien-giang-tang-manh-dau-nam-20220301080914747.htm") \
        == "Kiên Giang"


# --- the sixth round (set P7): section labels, terms, meetings, spans, comparisons, lenders and captions -----

def test_a_year_alone_on_its_line_is_a_section_label():
    text = ("Năm 2022\nTình hình kinh tế - xã hội tỉnh Tháng 10 năm 2022\n\nTrong tháng 10, thu ngân sách đạt 900 tỷ "
            "đồng.")
    assert _period_of(text)[:2] == ("2022-10-01", "2022-10-31")
    # a year opening a sentence over a month named later stays the year
    year = "Năm 2022, thu ngân sách đạt 9.000 tỷ đồng; riêng tháng 10/2022 đạt 900 tỷ đồng."
    assert _period_of(year)[:2] == ("2022-01-01", "2022-12-31")


def test_a_term_reviewed_is_the_period_and_a_councils_term_is_a_name():
    review = "Một số thành tựu nổi bật trong nhiệm kỳ 2015-2020: giá trị sản xuất tăng bình quân 15,8%/năm."
    assert _period_of(review)[:2] == ("2015-01-01", "2020-12-31")
    council = ("Ngày 24/7, HĐND huyện khóa V, nhiệm kỳ 2021-2026, đánh giá kết quả 6 tháng đầu năm 2023; thu ngân "
               "sách đạt hơn 317 tỷ đồng.")
    assert _period_of(council)[:2] == ("2023-01-01", "2023-06-30")
    plan = "Huyện phấn đấu trong nhiệm kỳ 2020-2025 đạt tốc độ tăng trưởng 9%. Năm 2020, thu ngân sách đạt 300 tỷ đồng."
    assert _period_of(plan)[:2] == ("2020-01-01", "2020-12-31")


def test_a_meetings_month_is_not_the_reports():
    text = "Sáu tháng đầu năm 2021, giá trị sản xuất ngành công nghiệp ước đạt hơn 4.300 tỷ đồng."
    url = "https://xa.huyen.gov.vn/tin-tuc/ubnd-huyen-to-chuc-phien-hop-thuong-ky-thang-6-2021.html"
    assert _period_of(text, url=url)[:2] == ("2021-01-01", "2021-06-30")


def test_a_span_of_years_holds_the_years_a_text_runs_over():
    text = ("Thu nhập bình quân tăng từ 5,5 triệu đồng/tháng năm 2020 lên 8,4 triệu đồng/tháng năm 2025. Tỷ lệ hộ "
            "nghèo giảm từ 4,4% năm 2021 xuống 1,3% năm 2025.\n\nGiai đoạn 2021-2025, chi cho an sinh xã hội ở mức "
            "hơn 1,1 triệu tỷ đồng.")
    assert _period_of(text)[:2] == ("2021-01-01", "2025-12-31")


def test_a_year_after_nhu_is_a_comparison():
    text = ("Hết tháng 1, xuất khẩu đạt 23,61 tỷ USD. Như năm 2022, hai địa phương chia nhau hai vị trí dẫn đầu. Cán "
            "cân thương mại tháng 1/2023 ước xuất siêu 3,6 tỷ USD.")
    assert _period_of(text)[:2] == ("2023-01-01", "2023-01-31")
    # "Như vậy" sums up: the year after it is the report's
    assert _period_of("Như vậy trong năm 2022, tỉnh thu ngân sách 9.000 tỷ đồng.")[:2] == ("2022-01-01", "2022-12-31")


def test_a_holiday_named_after_ky_nghi_takes_its_days_from_the_text():
    text = ("Kỳ nghỉ 30/4-1/5 kéo dài 5 ngày. Trong 5 ngày nghỉ lễ 30/4 - 01/5 (từ 27/4 đến 01/5/2024), ngành du lịch "
            "ước phục vụ khoảng 8 triệu lượt khách.")
    assert _period_of(text)[:2] == ("2024-04-27", "2024-05-01")


def test_an_international_lenders_report_on_a_provincial_outlet_is_national():
    text = ("Công nhân làm việc tại huyện Bình Chánh, TP Hồ Chí Minh. Ảnh: Tư liệu\n\nBáo cáo của WB nêu rõ, sản xuất "
            "công nghiệp tháng 5/2021 tăng 1,6% so với tháng 4.")
    assert _region_of(text, "https://kontumtv.vn/tin-tuc/kinh-te/bao-cao-cua-wb") is None
    # the outlet's own report citing the lender names its unit: the outlet's
    own = "Theo báo cáo của WB, lạm phát được kiểm soát. GRDP của tỉnh năm 2023 ước tăng 8,1%."
    assert _region_of(own, "https://kontumtv.vn/tin-tuc/kinh-te/grdp-tang") == "Kon Tum"


def test_since_the_new_year_runs_to_the_day_of_the_pages_date_line():
    text = ("Doanh nghiệp mới tăng\n\n09:15, 14/04/2024\n\nTừ đầu năm đến nay, toàn tỉnh có 215 doanh nghiệp "
            "thành lập mới, tăng 5,2% so với cùng kỳ.")
    meta = parse_document(text).meta
    assert str(meta.published_on) == "2024-04-14"  # a date line with its time first
    assert (str(meta.period_start), str(meta.period_end), meta.period_source) == ("2024-01-01", "2024-04-14",
                                                                                   "published")
    # without a day to end on (no date line; an address gives only the month) it has no period
    undated = text.replace("09:15, 14/04/2024\n\n", "")
    assert _period_of(undated) == (None, None, None)
    assert _period_of(undated, url="https://bao.vn/kinh-te/202404/doanh-nghiep-moi-tang-123/") == (None, None, None)


# Set P8: periods and provinces real reports state indirectly.

def test_a_site_stamp_in_the_address_dates_the_page():
    assert page.published_in_url("https://cafef.vn/hai-phong-tang-truong-188251015101530123.chn") == date(2025, 10, 15)
    assert page.published_in_url("https://thanhnien.vn/nhieu-diem-den-185230503085138735.htm") == date(2023, 5, 3)
    # eighteen digits that are no day and time (hour 31) are an article number
    assert page.published_in_url("https://bao.vn/tin-tuc-123251015311530123.htm") is None
    # the common stamp keeps its four-digit year
    assert page.published_in_url("https://dantri.com.vn/du-lich/tet-20220209110745409.htm") == date(2022, 2, 9)


def test_a_date_line_ending_in_square_brackets_is_a_sites_header():
    text = ("Thứ 7, 23/11/2024, 14:06[GMT+7]\n\nHưng Hà: giá trị sản xuất tăng 10,2%\n\nThứ 3, 24/09/2019 | 16:20:11\n"
            "Chiều 24/9, huyện họp đánh giá kết quả.")
    meta = parse_document(text).meta
    assert str(meta.published_on) == "2019-09-24"  # the article's own date line, nearest the article
    assert meta.title == "Hưng Hà: giá trị sản xuất tăng 10,2%"


def test_the_rest_of_the_year_named_with_its_year_dates_its_first_months():
    text = ("UBND huyện họp đánh giá 9 tháng đầu năm, bàn nhiệm vụ 3 tháng cuối năm 2021. Hội nghị BCH Đảng bộ "
            "huyện (nhiệm kỳ 2020-2025). Giá trị sản xuất ước đạt 209 tỷ đồng.")
    assert _period_of(text) == ("2021-01-01", "2021-09-30", "text")
    assert _period_of("Sáu tháng đầu năm, thu ngân sách đạt 404 tỷ đồng; nhiệm vụ 6 tháng cuối năm 2020 là ...")[:2] \
        == ("2020-01-01", "2020-06-30")
    # months that do not make twelve are no rest of that year: the year is not read from it
    assert _period_of("6 tháng đầu năm, thu ngân sách đạt 404 tỷ đồng; quý IV năm 2020 sẽ ...")[:2] != \
        ("2020-01-01", "2020-06-30")


def test_a_part_told_with_rieng_is_not_the_reports_period():
    url = "https://cafef.vn/hai-phong-tang-truong-188251015101530123.chn"
    text = "GRDP 9tháng của thành phố ước tăng 11,59%. Tính riêng trong quý III/2025, GRDP ước tăng 12,1%."
    assert _period_of(text, url=url)[:2] == ("2025-01-01", "2025-09-30")
    # the quarter named as the report's subject stays the period
    assert _period_of("Trong quý III/2025, GRDP của thành phố ước tăng 12,1%.")[:2] == ("2025-07-01", "2025-09-30")


def test_from_january_to_a_month_without_its_year():
    url = "https://dulich.example.vn/2023/08/30/thu-tu-du-lich.html"
    text = "Tổng thu từ du lịch tính từ đầu năm tới hết tháng 8 ước đạt gần 4.000 tỷ đồng."
    assert _period_of(text, url=url) == ("2023-01-01", "2023-08-31", "published")
    # a deadline is no span of the year
    assert _period_of("Dự án phải hoàn thành đến hết tháng 12, vốn 120 tỷ đồng.", url=url) == (None, None, None)


def test_an_average_over_years_yields_to_a_later_period():
    text = ("Nông nghiệp tăng trưởng ổn định, bình quân giai đoạn 2021-2024 ước đạt 5,22%/năm. Tính chung 3 tháng "
            "đầu năm 2025, chỉ số sản xuất công nghiệp ước tăng 11,89%.")
    assert _period_of(text)[:2] == ("2025-01-01", "2025-03-31")
    # a five-year review's average with no later period is its span
    review = "Tốc độ tăng GRDP bình quân giai đoạn 2016-2020 ước đạt 6,64%/năm; quy mô kinh tế gấp 1,6 lần."
    assert _period_of(review)[:2] == ("2016-01-01", "2020-12-31")


def test_a_review_of_years_past_covers_the_span_it_names():
    text = ("5 năm qua, GRDP tăng bình quân 7,53%/năm; tỷ lệ lao động qua đào tạo năm 2020 đạt 75%. Giai đoạn "
            "2016 - 2020, tổng vốn đầu tư đạt 280.080 tỷ đồng.")
    assert _period_of(text)[:2] == ("2016-01-01", "2020-12-31")
    # a span of another length is not the years the review counts
    other = text.replace("Giai đoạn 2016 - 2020", "Giai đoạn 2018 - 2020")
    assert _period_of(other)[:2] == ("2020-01-01", "2020-12-31")


def test_a_month_named_before_its_running_total_is_the_months_report():
    text = "Khối lượng cao su xuất khẩu trong tháng 9 đạt 100 nghìn tấn. Như vậy, 9 tháng đầu năm 2013 đạt 710 nghìn tấn."
    assert _period_of(text)[:2] == ("2013-09-01", "2013-09-30")
    # the running total named first is the report's span
    first = "9 tháng đầu năm 2013 xuất khẩu 710 nghìn tấn cao su, riêng trong tháng 9 đạt 100 nghìn tấn."
    assert _period_of(first)[:2] == ("2013-01-01", "2013-09-30")


def test_a_year_past_on_an_undated_page_counted_to_a_day():
    text = "Tính đến ngày 30/11/2022, vốn đầu tư cấp mới đạt 42.000 tỷ đồng, khép lại một năm qua nhiều dấu ấn."
    assert _period_of(text) == ("2022-01-01", "2022-12-31", "text")
    # with no day the figures are counted to, "năm qua" on an undated page has no year
    assert _period_of("Thu ngân sách đạt 20.100 tỷ đồng, khép lại một năm qua nhiều dấu ấn.") == (None, None, None)


def test_tet_duong_lich_2018_and_a_parts_own_days():
    text = ("Trong 3 ngày nghỉ Tết Dương lịch 2018, tỉnh đón gần 50.000 lượt khách. Riêng khu du lịch Bàu Trắng, "
            "trong những ngày cuối năm (28/12/2017 – 01/01/2018) đón 6.200 lượt khách.")
    assert _period_of(text)[:2] == ("2017-12-30", "2018-01-01")
    # days the text gives the holiday itself are its days
    own = "Trong 3 ngày nghỉ Tết Dương lịch 2018 (từ 29/12/2017 đến 01/01/2018), tỉnh đón gần 50.000 lượt khách."
    assert _period_of(own)[:2] == ("2017-12-29", "2018-01-01")


def test_visitors_coming_to_a_place_name_the_province_reported_on():
    host = "https://www.xosobinhdinh.example.org/print/khach-dip-tet-59001.htm"  # a lottery site, no outlet
    assert _region_of("Dịp Tết, lượng khách du lịch đến Nha Trang đạt hơn 150.000 lượt. Doanh thu du lịch của Khánh "
                      "Hòa đạt 300 tỷ đồng.", host) == "Khánh Hòa"
    assert _region_of("Trong tháng 7, khách quốc tế đến Huế là 112.398 lượt.", "https://tin.example.xyz/du-lich/1") \
        == "Thừa Thiên Huế"
    # goods sent to a place, and visitors coming from one, name it in passing
    assert _region_of("Tỉnh Lạng Sơn xuất khẩu đến Hà Nội 20 tấn vải; khách đến từ Hà Nội chiếm 40%.",
                      "https://tin.example.xyz/kinh-te/2") == "Lạng Sơn"


def test_a_count_of_months_padded_with_a_zero():
    assert _period_of("Trong 09 tháng, kinh tế - xã hội năm 2019 của thành phố chuyển biến tích cực. Thu ngân sách đạt 1.536 tỷ đồng.")[:2] \
        == ("2019-01-01", "2019-09-30")
    assert _period_of("06 tháng đầu năm 2021, thu ngân sách đạt 404 tỷ đồng.")[:2] == ("2021-01-01", "2021-06-30")
    # a date's day is no count of months (and a date is no period)
    assert _period_of("Ngày 06 tháng 6 năm 2021, tỉnh tổ chức hội nghị; thu ngân sách đạt 404 tỷ đồng.")[:2] \
        == (None, None)


# Set P9 (the B8 blind set used as dev): periods real reports state indirectly.

def test_a_year_opening_a_sentence_is_the_time_of_the_sentence():
    text = "Năm 2021 về kinh tế, huyện đạt 17/18 chỉ tiêu đề ra. Năm qua, tốc độ tăng trưởng đạt 6,2%."
    assert _period_of(text) == ("2021-01-01", "2021-12-31", "text")
    # a plan's year opening its sentence is not ("Năm 2025, tỉnh phấn đấu ...")
    assert _period_of("Năm 2025, tỉnh phấn đấu tăng trưởng 8%; xuất khẩu đạt 1,2 tỷ USD.") == (None, None, None)
    # nor the start of a span of years ("Năm 2020-2025" is no year)
    assert _period_of("Năm 2020-2025 là giai đoạn tỉnh tập trung vào công nghiệp.")[:2] != ("2020-01-01", "2020-12-31")


def test_the_one_year_a_text_names_is_its_year():
    text = ("Tăng trưởng GRDP năm 2023 của tỉnh Vĩnh Long đạt 6,1%, kim ngạch xuất khẩu tăng 12% so với năm 2022; "
            "Kế hoạch đến năm 2025 là 120 xã.")
    assert _period_of(text) == ("2023-01-01", "2023-12-31", "text")
    # two years named apart from comparisons and plans: no one of them
    two = "Tăng trưởng GRDP năm 2023 của tỉnh đạt 6,1%, chỉ số PCI năm 2022 của tỉnh xếp thứ 20."
    assert _period_of(two) == (None, None, None)
    # a year that only starts a span to now is no report's year
    assert _period_of("Lũy kế từ năm 2021 đến nay, tỉnh thu hút 29.940 tỷ đồng vốn đầu tư.") == (None, None, None)


def test_counted_to_a_part_of_a_day_takes_the_year_after_its_comparison():
    text = "Tính đến trưa ngày 28/12, thu ngân sách đạt 9.850 tỷ đồng, bằng 121% cùng kỳ năm 2022."
    assert _period_of(text) == ("2023-01-01", "2023-12-28", "text")
    # the page's date gives the year first
    assert _period_of(text, published=date(2024, 12, 29))[:2] == ("2024-01-01", "2024-12-28")
    # a deadline to a day is no count ("phấn đấu đến cuối ngày 31/12")
    assert _period_of("Tỉnh phấn đấu đến cuối ngày 31/12 thu ngân sách 10.000 tỷ đồng.") == (None, None, None)


def test_a_headline_naming_a_bare_month_is_that_months_report():
    text = "08:15, 31/03/2023\n\nTháng 3, toàn tỉnh Bình Định đón 320.000 lượt khách\n\nDoanh thu du lịch đạt 600 tỷ đồng."
    assert _period_of(text) == ("2023-03-01", "2023-03-31", "published")
    # published in January, December is the year before's
    december = "Tháng 12, toàn tỉnh đón 320.000 lượt khách\n\nDoanh thu du lịch đạt 600 tỷ đồng."
    assert _period_of(december, published=date(2024, 1, 3))[:2] == ("2023-12-01", "2023-12-31")
    # without a date no year; a meeting's month is no report's ("phiên họp thường kỳ tháng 3")
    assert _period_of(december) == (None, None, None)
    meeting = "Phiên họp thường kỳ tháng 3 của UBND tỉnh\n\nTỉnh giải ngân 1.200 tỷ đồng vốn đầu tư công."
    assert _period_of(meeting, published=date(2023, 3, 31)) == (None, None, None)


def test_a_sentence_opening_with_a_target_holds_no_report_year():
    text = ("Năm 2018, giá trị xuất khẩu nông sản của tỉnh đạt 86 triệu USD. Mục tiêu đặt ra cho năm 2019 là 100 triệu "
            "USD. Dự kiến, năm 2019, diện tích cây ăn quả đạt 70.000 ha. Từ năm 2015 đến nay, tỉnh hỗ trợ 120 hợp tác xã.")
    assert _period_of(text) == ("2018-01-01", "2018-12-31", "text")
    # the whole year named in a target's sentence does not beat the year to date of a dated page
    dated = ("Bình Phước dẫn đầu về thu hút FDI\n\n9:05:10 AM | 10/7/2015\n\nTừ đầu năm đến nay, tỉnh thu hút 300 triệu "
             "USD vốn FDI. Mục tiêu thu hút vốn FDI cả năm 2015 của tỉnh là 500 triệu USD.")
    assert _period_of(dated) == ("2015-01-01", "2015-07-10", "published")
    # a target named inside a sentence of results does not hide the year ("đạt ... mục tiêu")
    assert _period_of("Năm 2018, xuất khẩu đạt 86 triệu USD, vượt mục tiêu đề ra.")[:2] == ("2018-01-01", "2018-12-31")


def test_other_years_values_in_parentheses_are_no_period():
    text = ("Tốc độ tăng GRDP 6 tháng đầu năm của tỉnh đạt 8,1%, cao nhất 3 năm (năm 2016 đạt 6,2%, năm 2017 đạt 7%). "
            "Chỉ số công nghiệp tăng 10% so với tháng 6 của năm 2017, cộng dồn 6 tháng năm 2018 tăng 11%.")
    assert _period_of(text)[:2] == ("2018-01-01", "2018-06-30")
    # a year in parentheses that only labels a value keeps its place
    assert _period_of("Tỷ lệ hộ nghèo còn 3,2% (năm 2019).")[:2] == ("2019-01-01", "2019-12-31")


def test_so_alone_compares():
    text = "Quy mô kinh tế gấp 1,4 lần so năm 2015; năng suất lao động giai đoạn 2016 - 2020 tăng bình quân 5,7%/năm."
    assert _period_of(text)[:2] == ("2016-01-01", "2020-12-31")


def test_a_span_without_its_year_takes_the_year_after_its_same_period():
    text = ("9 tháng đầu năm, thu ngân sách của tỉnh ước đạt 7.100 tỷ đồng, giảm 3% so với cùng kỳ năm 2022. Đặc biệt, "
            "năm 2021, tỉnh thu hút 8 dự án FDI.")
    assert _period_of(text)[:2] == ("2023-01-01", "2023-09-30")
    # a bare year later than the comparison's base dates the span itself
    later = "6 tháng đầu năm, thu ngân sách tăng 4% so với cùng kỳ năm 2022. Trong năm 2023, tỉnh thu hút 5 dự án."
    assert _period_of(later)[:2] == ("2023-01-01", "2023-06-30")
    plain = "6 tháng đầu năm, thu ngân sách đạt 3.000 tỷ đồng. Trong năm 2022, tỉnh thu hút 5 dự án."
    assert _period_of(plain)[:2] == ("2022-01-01", "2022-06-30")


def test_a_span_of_years_still_running_frames_a_later_period():
    text = ("Nghị quyết Đại hội Đảng bộ tỉnh xác định, giai đoạn 2021-2025 phát triển công nghiệp là trọng tâm. Trong "
            "quý I năm 2023, các khu công nghiệp thu hút 5 dự án.")
    assert _period_of(text)[:2] == ("2023-01-01", "2023-03-31")
    # a later period in the span's last year is no sign it still runs: the span stays
    last = ("Giai đoạn 2016-2020, GRDP tăng bình quân 7,2%/năm; 6 tháng đầu năm 2020, GRDP tăng 3%.")
    assert _period_of(last)[:2] == ("2016-01-01", "2020-12-31")


def test_a_headline_naming_the_months_to_date_beats_a_month_reports_name():
    text = ("Top 10 địa phương thu hút FDI cao nhất 6 tháng đầu năm\n\nTrong 6 tháng đầu năm 2023, cả nước thu hút 13 tỷ "
            "USD. Báo cáo tình hình kinh tế - xã hội tháng 6 và 6 tháng năm 2023 của các địa phương cho thấy ...")
    assert _period_of(text)[:2] == ("2023-01-01", "2023-06-30")
    # a headline naming the month keeps the month's report
    month = text.replace("cao nhất 6 tháng đầu năm", "tháng 6 và 6 tháng năm 2023")
    assert _period_of(month)[:2] == ("2023-06-01", "2023-06-30")


def test_ten_years_in_parentheses_is_a_span():
    text = "Ấn phẩm Tổng quan kinh tế - xã hội 10 năm (2011-2020) tỉnh Lai Châu cung cấp nhiều số liệu."
    assert _period_of(text)[:2] == ("2011-01-01", "2020-12-31")
    # a count of years with one year after it is no span
    assert _period_of("Tỉnh kỷ niệm 30 năm (1991) tái lập.")[:2] != ("1991-01-01", "1991-12-31")


def test_a_holidays_celebration_names_the_holiday():
    text = ("Dịp kỷ niệm Quốc khánh 2/9, từ ngày 1 - 4/9, tỉnh Quảng Bình đón 150 nghìn lượt khách, tăng 30% so với "
            "cùng kỳ năm 2022.")
    assert _period_of(text)[:2] == ("2023-09-01", "2023-09-04")
    # an anniversary that is no public holiday names none
    other = "Dịp kỷ niệm 60 năm thành lập tỉnh, từ ngày 1 - 4/9, tỉnh đón 15 nghìn lượt khách."
    assert _period_of(other, published=date(2023, 9, 5))[:2] != ("2023-09-01", "2023-09-04")


def test_the_one_year_named_is_no_year_recalled():
    # a year something began in is no report's year
    assert _period_of("Từ năm 2019, tỉnh triển khai chương trình OCOP, có 120 sản phẩm đạt 3 sao.") == (None, None, None)
    # on a dated page, a year long before its date is recalled
    text = "Tăng trưởng GRDP năm 2015 của tỉnh đạt 6,1%, nay quy mô kinh tế đạt 90.000 tỷ đồng."
    assert _period_of(text, published=date(2024, 5, 2)) == (None, None, None)
    assert _period_of(text, published=date(2016, 1, 20))[:2] == ("2015-01-01", "2015-12-31")


def test_a_headline_naming_only_the_year_beats_its_last_month():
    text = ("Du lịch tỉnh năm 2019: vượt kế hoạch\n\nTháng 12/2019, toàn tỉnh đón 120 nghìn lượt khách. Ước tính năm 2019, "
            "toàn tỉnh đón 1,5 triệu lượt khách.")
    assert _period_of(text)[:3] == ("2019-01-01", "2019-12-31", "title")
    # a headline naming the month keeps the month's report
    month = text.replace("năm 2019: vượt kế hoạch", "tháng 12: vượt kế hoạch")
    assert _period_of(month)[:2] == ("2019-12-01", "2019-12-31")
    # a month inside the year that is not its last is no year-end report: the text's month stays
    may = text.replace("Tháng 12/2019", "Tháng 5/2019").replace(" Ước tính năm 2019, toàn tỉnh đón 1,5 triệu lượt khách.", "")
    assert _period_of(may)[:2] == ("2019-05-01", "2019-05-31")


def test_a_page_dated_years_after_its_text_keeps_the_texts_year():
    text = ("date 2017-03 Tháng 9: Chỉ số giá tiêu dùng tăng 0,5% so với tháng trước. Tính từ đầu năm đến nay, CPI tăng "
            "7,3% so với cùng kỳ năm 2006.")
    assert _period_of(text)[:3] == ("2007-09-01", "2007-09-30", "text")
    # the page's date stands where the text is of its year, or names a later year
    recent = text.replace("date 2017-03", "date 2007-10")
    assert _period_of(recent)[:2] == ("2007-09-01", "2007-09-30")
    later = text.replace("so với cùng kỳ năm 2006.", "so với cùng kỳ năm 2006, kế hoạch năm 2017 là 5%.")
    assert _period_of(later)[:2] != ("2007-09-01", "2007-09-30")


def test_a_page_dated_years_after_every_year_its_text_names():
    assert page.without_date_lines("date 2017-03 Tháng 9: CPI tăng").strip() == "Tháng 9: CPI tăng"
    assert periods.page_date_of_another_time("Tăng 8,8% so với cùng kỳ năm 2006.", date(2017, 3, 1)) == date(2007, 12, 31)
    # two years after: a feature may look back so far (a far base beside it)
    assert periods.page_date_of_another_time("Tăng 8,8% so với cùng kỳ năm 2019.", date(2022, 3, 1)) is None
    assert periods.page_date_of_another_time("Tăng 8,8% so với cùng kỳ năm 2006.", None) is None


def test_two_years_each_given_its_figures_are_no_one_period():
    text = ("Thứ sáu, 29/03/2024 18:51 (GMT+7)\nTăng trưởng kinh tế của tỉnh\nNăm 2022, tốc độ tăng trưởng kinh tế của "
            "tỉnh đạt 19,3%, đứng thứ hai cả nước; năm 2023 đạt 13,45%, đứng đầu cả nước.")
    assert _period_of(text) == (None, None, None)
    # a year still running on the page's date is its present, not a second year reported
    running = text.replace("29/03/2024", "29/03/2023")
    assert _period_of(running)[:2] == ("2022-01-01", "2022-12-31")
    # one year given figures, the other compared with
    one = text.replace("; năm 2023 đạt 13,45%", ", cao hơn năm 2021")
    assert _period_of(one)[:2] == ("2022-01-01", "2022-12-31")


def test_a_new_year_named_on_its_january_page_yields_to_the_year_before():
    text = ("Sáng 1/1, tỉnh đón đoàn khách quốc tế đầu tiên của năm 2026. Được biết, năm 2025, tỉnh đón hơn 4,4 triệu "
            "lượt khách, doanh thu du lịch đạt 4.500 tỷ đồng.")
    assert _period_of(text, published=date(2026, 1, 1))[:2] == ("2025-01-01", "2025-12-31")
    # in a later month of the year named the year stands
    assert _period_of(text, published=date(2026, 3, 1))[:2] == ("2026-01-01", "2026-12-31")


def test_a_year_just_past_is_the_year_reviewed():
    text = ("Dù chịu ảnh hưởng của dịch, năm 2020 vừa qua, tỉnh đón 8,8 triệu lượt khách. Trong năm 2021 này, tỉnh tung ra "
            "gói kích cầu 500 tỷ đồng.")
    assert _period_of(text)[:2] == ("2020-01-01", "2020-12-31")


def test_a_part_of_a_year_named_first_takes_the_bare_year_after_it_whatever_its_kind():
    text = ("Quý I vừa qua có hơn 3 triệu lượt khách đến tỉnh. Tỉnh lên kế hoạch tổ chức Hội chợ Du lịch quốc tế năm 2025. "
            "Trong 3 tháng đầu năm, tổng thu du lịch tăng 60% so với cùng kỳ năm 2024.")
    assert _period_of(text)[:2] == ("2025-01-01", "2025-03-31")


def test_last_year_told_beside_this_year_so_far_is_no_one_period():
    text = ("Đồng Nai: Dự kiến năm 2023, xuất khẩu trên 500.000 tấn chuối\n\nTheo Sở NN&PTNT, từ đầu năm đến nay tỉnh đã "
            "xuất khẩu trên 200.000 tấn chuối. Trong năm 2022, tỉnh này đã xuất khẩu trên 400.000 tấn chuối tươi.")
    assert _period_of(text) == (None, None, None)
    # on a page dated to the day, this year so far runs to that day
    assert _period_of(text, published=date(2023, 5, 10))[:2] == ("2023-01-01", "2023-05-10")
    # with no later year anywhere, the year told stays
    alone = text.replace("Dự kiến năm 2023, xuất khẩu", "Xuất khẩu")
    assert _period_of(alone)[:2] == ("2022-01-01", "2022-12-31")


def test_the_first_days_of_a_lunar_years_spring_are_its_tet():
    text = ("Những ngày đầu xuân Bính Ngọ 2026, du lịch tỉnh đón hơn 1,36 triệu lượt khách. Từ ngày 14/2 đến 19/2/2026, "
            "toàn tỉnh đón 1.362.408 lượt khách, doanh thu ước đạt 2.040 tỷ đồng.")
    assert _period_of(text)[:2] == ("2026-02-14", "2026-02-19")
    # a crop season is no spring of a lunar year
    assert _period_of("Vụ Đông Xuân năm 2023, toàn tỉnh gieo cấy 50.000 ha.")[:2] != ("2023-01-21", "2023-01-26")


def test_the_period_of_a_meetings_tasks_is_not_the_one_it_reviews():
    text = ("Sáng 8/9, thành phố họp đánh giá tình hình kinh tế - xã hội tháng 8 và 8 tháng đầu năm; nhiệm vụ, giải pháp "
            "trọng tâm tháng 9 năm 2025. Chỉ số sản xuất công nghiệp tháng 8 năm 2025 tăng 4,1% so với tháng trước.")
    assert _period_of(text)[:2] == ("2025-08-01", "2025-08-31")
    # a solution named after the period in another clause leaves it the report's
    done = "Thu ngân sách 6 tháng đầu năm 2024 đạt 5.000 tỷ đồng; giải pháp tăng thu được bàn tiếp."
    assert _period_of(done)[:2] == ("2024-01-01", "2024-06-30")


def test_a_span_without_its_year_is_dated_by_its_own_sentences_same_period():
    text = ("Sáu tháng đầu năm nay, khách tham quan vịnh đạt 1,8 triệu lượt, tăng 40% so với cùng kỳ 2016. Thành phố "
            "hướng tới trở thành đô thị du lịch vào năm 2020.")
    assert _period_of(text)[:2] == ("2017-01-01", "2017-06-30")


def test_a_span_without_its_year_takes_the_year_a_headline_gives_it():
    text = "Trong 6 tháng đầu năm, tỉnh thu hút 30 dự án. Đáng chú ý, năm 2022, tỉnh thu ngân sách trên 50 nghìn tỷ đồng."
    url = "https://example.vn/tinh-thu-hut-30-du-an-trong-6-thang-dau-nam-2023-29000.html"
    assert _period_of(text, url=url)[:2] == ("2023-01-01", "2023-06-30")


def test_a_headline_opening_with_phan_dau_names_a_target_year():
    text = "Bình Phước: Phấn đấu thu ngân sách năm 2021 đạt 12.500 tỷ đồng\n\nNăm 2020, thu ngân sách đạt 11.500 tỷ đồng."
    assert _period_of("Kinh tế\n\n" + text)[:2] == ("2020-01-01", "2020-12-31")


def test_a_contrasts_first_year_and_a_meetings_mid_year_are_no_period():
    assert _period_of("Nếu như năm 2016 doanh thu du lịch của huyện chỉ đạt 60 tỷ đồng thì nay đã gấp nhiều lần.") \
        == (None, None, None)
    assert _period_of("Hội đồng thẩm định 4 dự án hơn 230 tỷ đồng để trình HĐND tỉnh tại kỳ họp giữa năm 2021.") \
        == (None, None, None)


def test_to_the_end_of_a_quarter_is_not_the_quarter():
    text = ("Từ đầu năm đến nay, tỉnh xuất khẩu đạt 900 triệu USD. Ngành phấn đấu đến hết quý II kim ngạch xuất khẩu đạt "
            "2.100 triệu USD.")
    assert _period_of(text, url="http://baohungyen.vn/kinh-te/201804/hung-yen-xuat-khau-dat-900-trieu-usd-789000/") \
        == (None, None, None)


def test_a_headlines_count_of_months_before_its_figure_is_the_months_to_date():
    text = "date 2025-06 Thu ngân sách tháng 5/2025 đạt hơn 9.800 tỷ đồng, luỹ kế 5 tháng đạt hơn 70.000 tỷ đồng."
    url = "https://example.vn/hai-phong-thu-ngan-sach-5-thang-dat-hon-70-nghin-ty-dong.htm"
    assert _period_of(text, url=url)[:2] == ("2025-01-01", "2025-05-31")
    assert page.address_headline("https://example.vn/xuat-khau-sau-5-thang-dat-1-ty-usd.htm") is not None
    assert periods._opening_months("xuat khau sau 5 tháng đạt 1 ty usd") is None  # a duration


def test_an_address_ending_in_a_page_file_keeps_the_headline_above_it():
    url = "https://example.vn/du-lich/202303/3-thang-dau-nam-tinh-don-33-trieu-luot-khach-974000/index.htm"
    assert page.address_headline(url).startswith("3 tháng đầu năm")
    glued = "https://example.vn/du-lich-ha-long-hut-khach-63072.html&mobile=yes&amp=1"
    assert page.address_headline(glued) == "dự lich ha long hut khach"
    assert "phấn đấu" in page.address_headline("https://example.vn/tinh-phan-dau-thu-ngan-sach-nam-2021-709981.html")


def test_events_and_goods_for_a_holiday_set_no_holiday_days():
    festival = ("Dịp nghỉ Tết Dương lịch 2026, tỉnh đón hơn 1,2 triệu lượt khách. Lễ hội hoa xuân diễn ra từ ngày "
                "27-12-2025 đến 4-1-2026.")
    assert _period_of(festival)[:2] == ("2026-01-01", "2026-01-04")
    assert _period_of("Tỉnh đón hơn 80.000 lượt khách dịp khai mạc Lễ hội Hoa Ban năm 2024.") == (None, None, None)
    goods = ("Diện tích rau vụ đông xuân 2021 - 2022 phục vụ thị trường Tết Nguyên đán đạt 24.000 ha, phục vụ người "
             "tiêu dùng dịp Tết.")
    # no holiday: the crop season with its two years is the period (R35)
    assert _period_of(goods, published=date(2022, 1, 10)) == ("2021-01-01", "2022-12-31", "text")


def test_the_first_day_of_a_holiday_is_that_day():
    text = "Trong ngày đầu tiên của dịp Lễ Quốc khánh 2/9, tỉnh đón khoảng 70.000 lượt khách."
    assert _period_of(text, published=date(2025, 8, 31))[:2] == ("2025-08-30", "2025-08-30")


def test_since_new_year_with_its_year_written_runs_to_the_pages_day():
    assert _period_of("date 2025-11-26 Từ đầu năm 2025 đến nay, tỉnh đón hơn 7 triệu lượt khách.")[:2] \
        == ("2025-01-01", "2025-11-26")
    # a year other than the page's is not counted to the page's day
    assert _period_of("date 2025-11-26 Từ đầu năm 2024 đến nay, tỉnh đón hơn 7 triệu lượt khách.")[:2] \
        != ("2025-01-01", "2025-11-26")


def test_the_fourth_quarter_with_the_whole_year_is_the_year():
    text = "Số liệu ước tính quý IV và cả năm 2023. GRDP quý IV/2023 tăng 6,8%, cả năm 2023 tăng 5,1%."
    assert _period_of(text)[:2] == ("2023-01-01", "2023-12-31")
    # a third quarter beside its months to date stays the quarter
    assert _period_of("Quý III và 9 tháng năm 2023, GRDP quý III/2023 tăng 6,8%.")[:2] == ("2023-07-01", "2023-09-30")


def test_a_day_counted_to_before_a_bare_year_takes_the_year_after_its_same_period():
    text = ("Tính đến ngày 25/6, thành phố đón hơn 4,4 triệu lượt khách, gấp 2,78 lần cùng kì năm 2021. Thành phố tổ "
            "chức chợ đêm năm 2022.")
    assert _period_of(text)[:2] == ("2022-01-01", "2022-06-25")


def test_a_headlines_bare_month_outweighs_a_holiday_in_the_body():
    text = "Doanh nghiệp chuẩn bị hàng dịp lễ 30/4-1/5.\nChỉ số giá tiêu dùng tháng 7/2023 tăng 0,15%."
    assert periods.report_period(text, ["giá tiêu dùng tăng trong tháng 7"], date(2023, 7, 30))[1:3] \
        == (date(2023, 7, 1), date(2023, 7, 31))


def test_holiday_days_counted_and_listed():
    text = "Trong 2 ngày 30-4 và 1-5, tỉnh đón khoảng 64.000 lượt khách dịp lễ."
    assert periods.report_period(text, ["Đón khách dịp lễ 30-4 và 1-5"], date(2022, 5, 2))[1:3] \
        == (date(2022, 4, 30), date(2022, 5, 1))
    # a count that disagrees with the days listed gives them no weight
    wrong = "Trong 3 ngày 30-4 và 1-5, tỉnh đón khoảng 64.000 lượt khách dịp lễ."
    assert periods.report_period(wrong, ["Đón khách dịp lễ 30-4 và 1-5"], date(2022, 5, 2))[1:3] \
        == (date(2022, 4, 30), date(2022, 5, 3))


def test_a_copied_pages_source_address_dates_it():
    assert page.published_in_copied_address("CPI tháng 5 tăng.\n\nNguồn Khánh Hòa: http://www.baokhanhhoa.vn/kinh-te/"
                                            "201905/chi-so-8116729/\n") == date(2019, 5, 1)
    assert page.published_in_copied_address("Xem thêm tại http://example.vn/201905/a trong bài.") is None


def test_a_count_of_years_given_one_by_one_is_their_span():
    text = ("Sau 5 năm tự cân đối ngân sách, thu ngân sách tăng đều. Năm 2017, tỉnh thu 11.000 tỷ đồng. Năm 2018, tỉnh "
            "thu 12.000 tỷ đồng. Năm 2019, tỉnh thu 13.000 tỷ đồng. Năm 2020, tỉnh thu 13.500 tỷ đồng. Năm 2021, tỉnh "
            "thu 14.500 tỷ đồng.")
    assert _period_of(text)[:2] == ("2017-01-01", "2021-12-31")
    # three years given one by one under "sau 5 năm": no one period
    short = ("Sau 5 năm, thu ngân sách tăng đều. Năm 2019, tỉnh thu 13.000 tỷ đồng. Năm 2020, tỉnh thu 13.500 tỷ đồng. "
             "Năm 2021, tỉnh thu 14.500 tỷ đồng.")
    assert _period_of(short) == (None, None, None)


def test_a_projection_to_the_end_of_a_year_is_no_period():
    text = ("Thực hiện chương trình giảm nghèo giai đoạn 2016 - 2020, tỉnh được đầu tư hơn 2.344 tỷ đồng. Dự kiến hết "
            "năm 2020, tỉnh còn 16,62% hộ nghèo.")
    assert _period_of(text) == (None, None, None)


# --- the lead's round on B10 to B13: a span to the day opening the report, and two more date lines ---------------

def test_a_span_to_the_day_opening_the_report_is_its_period():
    text = ("Vốn đăng ký kinh doanh nửa đầu tháng 8 giảm\nThứ Tư, ngày 08/09/2021\n\n"
            "Theo Sở Kế hoạch và Đầu tư, từ ngày 1 đến 15-8, Bình Dương có thêm 4.950 tỷ đồng vốn đăng ký kinh "
            "doanh. Trong tháng 8-2021, tỉnh có 98 doanh nghiệp thành lập mới.")
    assert _period_of(text) == ("2021-08-01", "2021-08-15", "text")
    since = ("Tính từ đầu năm đến ngày 20/10/2021, tỉnh Bắc Ninh cấp mới 112 dự án đầu tư trực tiếp nước ngoài với "
             "tổng vốn đăng ký 541,2 triệu USD.")
    # the body's day beats the address headline's months to date
    assert _period_of(since, url="https://a.vn/bac-ninh-thu-hut-fdi-10-thang-nam-2021-post1.html") \
        == ("2021-01-01", "2021-10-20", "text")
    # a span to the day further on is one part's, not the report's
    later = ("Năm 2021, tỉnh cấp mới 112 dự án với tổng vốn 541,2 triệu USD, tăng 48,5% so với năm trước. "
             "Riêng từ ngày 1 đến 15/12/2021, tỉnh cấp mới 6 dự án.")
    assert _period_of(later) == ("2021-01-01", "2021-12-31", "text")


@pytest.mark.parametrize("line, day", [
    ("Thứ tư, ngày 08/09/2021", date(2021, 9, 8)),
    ("9-12-2019, 11:0 GMT+7", date(2019, 12, 9)),
])
def test_more_date_lines(line, day):
    assert page.published_on_page(f"{line}\nTỉnh thu ngân sách 5.100 tỷ đồng.") == day


def test_a_date_line_with_the_day_in_words():
    assert page.published_on_page("Thứ Hai, Ngày 14 tháng 07 năm 2025,\nDu lịch tăng trưởng mạnh") == date(2025, 7, 14)


# --- R35 (by frequency, on B10 to B16): crop seasons, holidays' own days, "từ đầu năm đến nay" opening a report ------

@pytest.mark.parametrize("text, expected", [
    # a crop season named with its year, in a text naming no other period: that year; with two years, both
    ("Vụ mùa 2020, toàn huyện cấy được 5.210 ha lúa, đạt 101% kế hoạch.", ("2020-01-01", "2020-12-31", "text")),
    ("Nông dân đã thu hoạch xong vụ lúa hè thu 2018, năng suất đạt 58 tạ/ha, tăng 1 tạ/ha so vụ hè thu 2017.",
     ("2018-01-01", "2018-12-31", "text")),
    ("Diện tích hoa vụ đông xuân 2023 - 2024 đạt 2.100 ha, tăng 3% so cùng kỳ.", ("2023-01-01", "2024-12-31", "text")),
    # a season compared with is no period of its own, its year the only base: the year after it (R50's rule for a
    # year's base, for a season's since P17); a year named as the period wins over the season
    ("Năng suất lúa đạt 60 tạ/ha, cao hơn so với vụ hè thu 2017.", ("2018-01-01", "2018-12-31", "text")),
    ("Năm 2019, toàn tỉnh gieo cấy 40.000 ha lúa vụ mùa 2019.", ("2019-01-01", "2019-12-31", "text")),
])
def test_a_crop_season_with_its_year_is_the_period_of_a_text_naming_no_other(text, expected):
    assert _period_of(text) == expected


def test_a_range_of_days_in_another_paragraph_is_a_parts_not_the_holidays():
    text = ("Trong 4 ngày nghỉ lễ 30/4 - 1/5/2024, toàn tỉnh đón 120.000 lượt khách, tăng 10% so với cùng kỳ.\n"
            "Riêng khu du lịch biển đón 30.000 lượt khách.\n"
            "Các khách sạn lớn kín phòng vào 2 ngày 28 - 29/4.")
    assert _period_of(text, published=date(2024, 5, 2)) == ("2024-04-27", "2024-05-01", "text")
    # the holiday's own days in its paragraph are still its days
    own = text.replace("30/4 - 1/5/2024,", "30/4 - 1/5/2024 (từ 28/4 đến 1/5),")
    assert _period_of(own, published=date(2024, 5, 2)) == ("2024-04-28", "2024-05-01", "text")
    venue = ("Dịp lễ Quốc khánh 2/9 năm 2023, thành phố đón khoảng 90.000 lượt khách.\n"
             "Tại khu phố cổ, từ ngày 1 - 3/9 có 12.000 lượt khách mua vé tham quan.")
    assert _period_of(venue, published=date(2023, 9, 5)) == ("2023-09-01", "2023-09-04", "text")


def test_since_the_new_year_opening_a_report_dated_to_the_day_is_its_period():
    text = ("date 2024-03-15 Từ đầu năm đến nay, khu du lịch đón 410.000 lượt khách, tăng 12% so với cùng kỳ.\n"
            "Trong 2 tháng đầu năm, doanh thu đạt 95 tỷ đồng.")
    assert _period_of(text) == ("2024-01-01", "2024-03-15", "published")
    # a stamp giving only the month is no day to count to: the months the text names stay
    assert _period_of(text.replace("2024-03-15", "2024-03")) == ("2024-01-01", "2024-02-29", "published")
    # named later, not in the opening sentence, it does not outweigh the span the report opens with
    later = ("date 2024-03-15 Trong 2 tháng đầu năm, khu du lịch đón 300.000 lượt khách.\n"
             "Từ đầu năm đến nay, doanh thu đạt 95 tỷ đồng.")
    assert _period_of(later) == ("2024-01-01", "2024-02-29", "published")


@pytest.mark.parametrize("text, expected", [
    # the one year a text names only told apart, or counted to its end: that year (R35)
    ("Lượng khách đến huyện tăng nhanh, riêng trong năm 2022, huyện đã đón 120.000 lượt khách.",
     ("2022-01-01", "2022-12-31", "text")),
    ("Tính đến cuối năm 2021, toàn tỉnh có 132 trang trại chăn nuôi liên kết.", ("2021-01-01", "2021-12-31", "text")),
    # a projection's horizon, a deadline and a target are none; nor is a year told apart beside another year named
    ("Dự kiến hết năm 2020, tỷ lệ hộ nghèo còn 16,62%.", (None, None, None)),
    ("Phấn đấu đến cuối năm 2025, toàn tỉnh có 200 trang trại.", (None, None, None)),
    ("Năm 2013 đạt 5 xã. Riêng năm 2014, có 71 xã đạt chuẩn.", ("2013-01-01", "2013-12-31", "text")),
])
def test_a_year_told_apart_or_counted_to_its_end_when_no_other_is_named(text, expected):
    assert _period_of(text) == expected


# --- R39 (by frequency, on B10 to B17): a headline counting a holiday's days, its first days, produce sold at Tết ------

def test_a_headline_counting_a_holidays_days_takes_the_days_of_the_bodys_lead():
    text = ("Thành phố biển đón 420 nghìn lượt khách trong 4 ngày lễ\n"
            "Trong 4 ngày (từ 1 đến 4/9), toàn thành phố đón 420.000 lượt khách, tăng 20% so với cùng kỳ năm trước.\n"
            "Công suất phòng đạt khoảng 85%.")
    assert _period_of(text, published=date(2023, 9, 5)) == ("2023-09-01", "2023-09-04", "title")
    # a range giving another number of days is no count of these
    other = text.replace("(từ 1 đến 4/9)", "(từ 2 đến 3/9)")
    assert _period_of(other, published=date(2023, 9, 5)) == ("2023-09-01", "2023-09-04", "title")


def test_a_headline_counting_a_holidays_days_takes_the_holiday_of_the_pages_date():
    # the address's headline counts the first 3 days; the page is stamped with the month only
    text = "date 2025-05 Tổng số khách du lịch đến tỉnh khoảng 500.000 lượt, bằng 110% so với cùng kỳ."
    url = "https://example.vn/du-lich/3-ngay-dau-nghi-le-tinh-don-500-nghin-luot-khach-100101.html"
    assert _period_of(text, url=url) == ("2025-04-30", "2025-05-02", "title")
    # a page dated weeks later: the holiday its body names, of the page's year, its official days off
    later = ("Thứ hai, 13/10/2025\nCác điểm du lịch trang trí cờ hoa chào mừng Quốc khánh 2/9.\n"
             "Tổng thu du lịch ước đạt 790 tỷ đồng.")
    url = "https://example.vn/tinh-thu-ve-790-ty-dong-trong-3-ngay-nghi-le-100102.html"
    assert _period_of(later, url=url) == ("2025-08-30", "2025-09-02", "title")
    # a page dated far from any holiday, naming none: no holiday
    assert _period_of(text.replace("2025-05", "2025-07"), url=url)[0] is None


def test_the_first_days_of_a_holiday_counted():
    text = "date 2025-05-02 Hai ngày đầu kỳ nghỉ lễ 30/4, tỉnh đón 131.000 lượt khách, tăng 41% so với cùng kỳ."
    assert _period_of(text) == ("2025-04-30", "2025-05-01", "text")
    assert _period_of(text.replace("Hai ngày đầu", "Ngày đầu")) == ("2025-04-30", "2025-04-30", "text")


@pytest.mark.parametrize("text", [
    "date 2026-02-15 Nhà vườn chăm 300 chậu nho cảnh, phần lớn đạt chuẩn bán dịp Tết năm nay.",
    "date 2024-02-20 Giá trái cây cao hơn cùng kỳ từ 3.000 đến 5.000 đồng/kg do nhu cầu tiêu dùng trong dịp Tết tăng.",
    "date 2016-10-25 Có 3.644 ha tôm đang được thả nuôi lại, sẽ cho thu hoạch vào dịp Tết sắp tới.",
])
def test_tet_as_when_produce_is_sold_or_harvested_is_no_holiday_report(text):
    assert "Tết" not in (parse_document(text).meta.period_label or "")
    # the holiday reported on stays one
    report = text.split(" ", 2)[0] + " " + text.split(" ", 2)[1] + " Trong dịp Tết, tỉnh đón 20.000 lượt khách."
    assert "Tết" in (parse_document(report).meta.period_label or "")


def test_since_the_new_year_on_a_page_stamped_with_a_month_has_no_day_to_end_on():
    text = "date 2017-05 Giá nho tại vườn tăng gấp 1,5 lần so với cuối năm ngoái. Từ đầu năm đến nay, giá tăng đều."
    assert _period_of(text)[0] is None


def test_a_ranking_of_provinces_each_given_its_own_figure_is_about_none():
    text = ("Long An dẫn đầu kim ngạch xuất nhập khẩu của vùng\n"
            "Quý III/2024, Long An đạt 3,2 tỷ USD, cao nhất vùng. Xếp thứ hai là Tiền Giang với 2,5 tỷ USD, tiếp "
            "đến là Đồng Tháp với 900 triệu USD, Sóc Trăng với 610 triệu USD và Cần Thơ với 580 triệu USD.")
    assert _region_of(text, "https://example.vn/long-an-dan-dau-kim-ngach-100301.html") is None
    # a province's report naming two others' figures beside its own stays the province's
    own = ("Long An dẫn đầu kim ngạch xuất nhập khẩu của vùng\n"
           "Quý III/2024, tỉnh Long An đạt 3,2 tỷ USD, tăng 12%. Toàn tỉnh có 1.200 doanh nghiệp xuất khẩu. Xếp sau là "
           "Tiền Giang với 2,5 tỷ USD và Đồng Tháp với 900 triệu USD.")
    assert _region_of(own, "https://example.vn/long-an-dan-dau-kim-ngach-100302.html") == "Long An"
    # a province a person stated beside the text stays
    assert parse_document(text, SourceFacts(region="Long An")).meta.region == "Long An"


# --- R44 (by frequency, on B10 to B18): crop seasons first, a span's year, provinces side by side, bare districts ---

@pytest.mark.parametrize("text, expected", [
    # a season of two years opening the body, a day counted to after it
    ("Vụ lúa Đông - Xuân năm 2023 - 2024, toàn tỉnh xuống giống 142.000 ha lúa. Đến ngày 20/12, nông dân đã thu "
     "hoạch 3.500 ha.", ("2023-01-01", "2024-12-31", "text")),
    # "mùa" for "vụ" before a two-word name, a month with its year named later
    ("Phương án phòng, chống rét cho cây trồng mùa Đông Xuân năm 2023 – 2024\nTrong tháng 12/2023 có 2 đợt rét đậm, "
     "diện tích lúa 5.000 ha.", ("2023-01-01", "2024-12-31", "title")),
    # a name's abbreviation in parentheses
    ("Tỉnh triển khai sản xuất vụ Đông Xuân (ĐX) 2018-2019 với 58.000 ha lúa. Năm 2019 tỉnh phấn đấu 60.000 ha.",
     ("2018-01-01", "2019-12-31", "text")),
    # a crop year after a whole year it holds
    ("Năm 2017 này người trồng cà phê phấn khởi. Niên vụ cà phê của huyện năm 2016 - 2017 có 4.400 ha cho thu hoạch.",
     ("2016-01-01", "2017-12-31", "text")),
])
def test_a_crop_season_named_first_is_the_period(text, expected):
    assert _period_of(text) == expected


def test_a_crop_season_is_not_the_period_of_a_report_in_sections_or_told_to_a_month():
    # a report in numbered sections: its first sector's season, the report's period read as before
    sections = "1. Trồng trọt\nDiện tích gieo trồng vụ Chiêm xuân năm 2023 đạt 64.462 ha. Tháng 5/2023, sản lượng lúa đạt 364.320 tấn."
    assert _period_of(sections)[:2] == ("2023-05-01", "2023-05-31")
    # a season in progress, told in its own sentence to a month
    told = "Sản xuất lúa vụ đông xuân 2020-2021 thuận lợi; tính đến cuối tháng 3/2021, toàn tỉnh gieo trồng 26.500 ha."
    assert _period_of(told)[:2] != ("2020-01-01", "2021-12-31")
    # a season compared with is no period
    compared = "Tháng 6/2022, năng suất lúa đạt 6,1 tấn/ha, tăng 0,2 tấn/ha so với vụ đông xuân 2020 - 2021."
    assert _period_of(compared)[:2] == ("2022-06-01", "2022-06-30")


def test_a_yearless_span_takes_the_year_of_the_same_span_or_the_year_after_a_whole_year_set_against_it():
    # set against a whole year in its sentence: the year after
    text = ("date 2023-10 Tỉnh đứng thứ 11 cả nước về thu hút vốn FDI 9 tháng đầu năm, đạt gần 700 triệu USD, vượt xa "
            "mức hơn 225 triệu USD của cả năm 2022.")
    assert _period_of(text)[:2] == ("2023-01-01", "2023-09-30")
    # the same span named with its year in the text dates the headline's yearless one
    headline = ("10 tháng đầu năm khách quốc tế đến thành phố đã hơn cả năm 2017\n"
                "Ngày 1/11, Sở Du lịch thông tin, 10 tháng đầu năm 2018, tổng lượng khách quốc tế đạt 1,55 triệu lượt.")
    assert _period_of(headline)[:2] == ("2018-01-01", "2018-10-31")
    address = "https://example.vn/tinh-but-toc-xuat-khau-tom-5-thang-dau-nam-100401.html"
    recalled = ("Trong năm 2023, lần đầu tiên kim ngạch xuất khẩu của tỉnh cán mốc 1 tỷ USD. Trong 5 tháng đầu năm "
                "2024, kim ngạch xuất khẩu ước đạt hơn 370 triệu USD.")
    assert _period_of(recalled, url=address)[:2] == ("2024-01-01", "2024-05-31")


def test_two_provinces_reported_side_by_side_are_about_neither():
    text = ("Du lịch biển đông khách dịp nghỉ lễ\n"
            "Biển Cửa Lò là điểm đến đông khách nhất của Nghệ An.\n"
            "Theo Sở Du lịch Nghệ An, dịp nghỉ lễ 30/4 - 1/5 năm 2024, toàn tỉnh Nghệ An đón 950.000 lượt khách.\n"
            "Theo Sở Văn hóa, Thể thao và Du lịch Hà Tĩnh, các điểm du lịch đón 600.000 lượt khách.")
    assert _region_of(text, "https://example.vn/du-lich-bien-dong-khach-100501.html") is None
    # one province's office cited: its report
    own = text.replace("Theo Sở Văn hóa, Thể thao và Du lịch Hà Tĩnh, các", "Các")
    assert _region_of(own, "https://example.vn/du-lich-bien-dong-khach-100502.html") == "Nghệ An"
    # a headline naming two provinces, neither in passing
    headline = ("Lượng du khách dịp 2/9 tăng tại Quảng Bình, giảm tại Quảng Ngãi\n"
                "Dịp nghỉ lễ Quốc khánh, tỉnh Quảng Bình đón 160.000 lượt khách, tăng 60%. Quảng Bình có nhiều tàu.")
    assert _region_of(headline, "https://example.vn/luong-du-khach-100503.html") is None
    # a person's statement stays
    assert parse_document(text, SourceFacts(region="Nghệ An")).meta.region == "Nghệ An"


def test_a_district_named_bare_names_its_province():
    text = ("Cam sành ở Hàm Yên được trồng từ lâu đời. Năm 2022, sản lượng cam Hàm Yên đạt khoảng 110.000 tấn.")
    assert _region_of(text, "https://example.vn/lam-giau-tu-cay-cam-100601.html") == "Tuyên Quang"
    # named once: a place in passing
    once = "Cam sành ở Hàm Yên được trồng từ lâu đời. Năm 2022, sản lượng cam đạt khoảng 110.000 tấn."
    assert _region_of(once, "https://example.vn/lam-giau-tu-cay-cam-100602.html") is None
    # beside another province, a district also named with its kind word counts bare too
    beside = ("Cam Cao Phong vào vụ\nVùng đất Mường Thàng - Cao Phong là thủ phủ trồng cam. Ông Tâm quê Hà Tĩnh lập "
              "nghiệp tại huyện Cao Phong. Cam Cao Phong đạt 30.000 tấn.")
    assert _region_of(beside, "https://example.vn/cam-vao-vu-100603.html") == "Hòa Bình"
    # part of a person's name: no district
    person = "Ông Nguyễn Văn Lâm cho biết sản lượng đạt 1.000 tấn. Ông Nguyễn Văn Lâm là chủ vườn."
    assert _region_of(person, "https://example.vn/vuon-cam-100604.html") is None
    # a name of two words written joined, after its kind word
    joined = "Cửa khẩu quốc tế La Lay, huyện Đakrông có 400 lượt xe mỗi ngày."
    assert _region_of(joined, "https://example.vn/xe-un-u-o-cua-khau-100605.html") == "Quảng Trị"


def test_a_stamp_line_under_the_headline_dates_the_page() -> None:
    from parsing import page
    assert page.stamped_in_header("Tiêu đề bài viết\n\nMINH AN 08:15, 20/06/2023\n\nNội dung.") == date(2023, 6, 20)
    assert page.stamped_in_header("Tiêu đề\n10:49 | 07/06/2021 Print\nNội dung.") == date(2021, 6, 7)
    assert page.stamped_in_header("Tiêu đề\nNgày đăng: 12/07/2019\nNội dung.") == date(2019, 7, 12)


def test_a_dated_headline_or_sentence_is_no_stamp_line() -> None:
    from parsing import page
    assert page.stamped_in_header("Tiêu đề\nSản lượng lúa tăng khá (29-05-2019)\nNội dung.") is None
    assert page.stamped_in_header("Tiêu đề\nSáng ngày 07.11.2018 tại hội trường tỉnh\nNội dung.") is None


# --- R50 (by frequency, on B10 to B20): an aim's year in its clause, the year after a text's only base ---------------


@pytest.mark.parametrize("text, expected", [
    # a year a few words after an aim in its own clause is the aim's, not the report's
    ("Sản lượng gỗ khai thác đạt 1 triệu m3. Tỉnh rà soát diện tích rừng để thực hiện mục tiêu trồng rừng năm 2023.",
     None),
    ("Thành phố tổng kết du lịch và triển khai nhiệm vụ phát triển du lịch năm 2023. Tính đến cuối năm 2022, thành phố "
     "đón 6 triệu lượt khách.", ("2022-01-01", "2022-12-31")),
    ("Ngành thủy sản đẩy mạnh nuôi tôm nhằm phấn đấu đạt giá trị kim ngạch 1,2 tỷ USD trong năm 2019.", None),
    # an aim reached or reviewed is the report's
    ("Tỉnh đã hoàn thành mục tiêu giảm nghèo năm 2022, đưa tỷ lệ hộ nghèo xuống 3%.", ("2022-01-01", "2022-12-31")),
    ("Kết quả thực hiện nhiệm vụ phát triển kinh tế năm 2022: thu ngân sách đạt 5.000 tỷ đồng.",
     ("2022-01-01", "2022-12-31")),
])
def test_a_year_after_an_aim_in_its_clause_is_the_aims(text, expected):
    meta = parse_document(text).meta
    got = (str(meta.period_start), str(meta.period_end)) if meta.period_start else None
    assert got == expected


@pytest.mark.parametrize("text, published, expected", [
    # the one year a text names only as its figures' base: the year after it
    ("Giá trị sản xuất xây dựng tăng 28,7% so với năm 2018; sản lượng lương thực đạt 398 nghìn tấn.", None,
     ("2019-01-01", "2019-12-31")),
    ("Thương lái mua thanh long 40.000 đồng/kg, giá cao gấp 2-3 lần năm 2022.", None,
     ("2023-01-01", "2023-12-31")),
    ("Giá hồ tiêu 185.000 đồng/kg, cao gấp hơn 2 lần so với năm 2023.", date(2024, 6, 13), ("2024-01-01", "2024-12-31")),
    # the base's year after, with a later aim's year beside it
    ("Sản lượng gỗ đạt trên 1 triệu m3, tăng 15% so với năm 2021. Ngành lâm nghiệp thực hiện mục tiêu trồng rừng "
     "năm 2023.", None, ("2022-01-01", "2022-12-31")),
    # not: "cùng kỳ" compares a span the text does not name; a dated page of another year; two bases; an earlier year
    ("Diện tích nuôi trồng thủy sản đạt 15.216 ha, tăng 105 ha so với cùng kỳ năm 2018.", date(2019, 9, 27), None),
    ("Giá trị thu hoạch trên 1 ha đạt 380 triệu đồng, tăng 30 triệu đồng so với năm 2018.", date(2020, 2, 19), None),
    ("Doanh thu tăng 10% so với năm 2018 và gấp đôi so với năm 2015.", None, None),
    ("Năm 2010 tỉnh đón 4,7 triệu lượt khách; lượng khách hiện tăng 20% so với năm 2018.", None, None),
])
def test_the_year_after_a_texts_only_base(text, published, expected):
    assert periods._year_after_its_only_base(text, published) == (int(expected[0][:4]) if expected else None)
    if expected is not None and published is None:
        meta = parse_document(text).meta
        assert (str(meta.period_start), str(meta.period_end)) == expected


def test_a_year_after_a_range_of_times_is_a_base():
    # "gấp 2-3 lần năm 2022": the base of a multiple written as a range, as "gấp 3 lần năm 2022" (R50)
    assert periods._only_year_named("Giá thanh long chính vụ cao gấp 2-3 lần năm 2022 nên nông dân có lãi.") is None
    assert periods._only_year_named("Giá thanh long chính vụ cao gấp 3 lần năm 2022 nên nông dân có lãi.") is None
