"""Where a report is from and when: the text first, then what came beside it (parsing/report_region.py rules).

Every example text here is written for these tests.
"""

from datetime import date

import pytest

from parsing import SourceFacts, page, parse_document, regions


def meta(text, **facts):
    return parse_document(text, SourceFacts(**facts) if facts else None).meta


# --- the data: outlets, places, codes ---------------------------------------------------------

def test_outlet_host_and_its_subdomains_and_www():
    assert regions.province_of_url("https://baolangson.vn/kinh-te/bai-1.html") == "Lạng Sơn"
    assert regions.province_of_url("http://www.baolangson.vn/x") == "Lạng Sơn"
    assert regions.province_of_url("https://sokhdt.langson.gov.vn/tin/1") == "Lạng Sơn"
    assert regions.province_of_url("https://vnexpress.net/kinh-te-1.html") is None
    assert regions.province_of_url("not a url") is None
    assert regions.province_of_url(None) is None


def test_the_most_specific_host_wins():
    outlets = regions.gazetteer().outlets
    nested = [(h, o) for h, o in outlets.items()
              if any(h.endswith("." + parent) and other.code != o.code for parent, other in outlets.items())]
    for host, outlet in nested:  # a province's office inside another domain belongs to its own province
        assert regions.outlet_of(f"https://{host}/a") == outlet


def test_province_names_codes_slugs_and_folders():
    assert regions.province_name("lang-son") == "Lạng Sơn"
    assert regions.province_name("LANG SON") == "Lạng Sơn"
    assert regions.province_name("lạng sơn") == "Lạng Sơn"
    assert regions.province_name("tinh-quang-ninh") == "Quảng Ninh"
    assert regions.province_name("20") == "Lạng Sơn"
    assert regions.province_name("tphcm") == "TP. Hồ Chí Minh"
    assert regions.province_name("Gotham") is None
    assert regions.province_of_folders(["bao-cao", "lang-son", "2024"]) == "Lạng Sơn"
    assert regions.province_of_folders(["Quảng Ninh", "cao-bang"]) == "Cao Bằng"  # the innermost one
    assert regions.province_of_folders(["2023", "06"]) is None  # a month, not Bắc Kạn's code
    assert regions.province_of_folders(["22"]) == "Quảng Ninh"


def test_code_on_the_period_follows_the_merger():
    assert regions.code_of("Lào Cai", date(2024, 6, 30)) == "10"
    assert regions.code_of("Lào Cai", date(2025, 9, 30)) == "15"
    assert regions.code_of("Yên Bái", date(2025, 12, 31)) == "15"
    assert regions.code_of("Lạng Sơn", date(2026, 1, 1)) == "20"
    assert regions.code_of("Lào Cai") == "10"


# --- region: the text ----------------------------------------------------------------------------

def test_a_neighbour_named_in_passing_does_not_take_the_report():
    text = ("Trong 6 tháng đầu năm 2024, tỉnh Lạng Sơn thu ngân sách 5.100 tỷ đồng. Hàng hóa chủ yếu "
            "xuất sang Quảng Ninh, Hà Nội; tỉnh giáp Cao Bằng cũng tăng. Khách đến từ Hà Nội chiếm 40%. "
            "So với Bắc Giang, tốc độ tăng cao hơn.")
    m = meta(text)
    assert (m.region, m.region_source, m.region_code) == ("Lạng Sơn", "text", "20")


def test_a_province_named_only_in_passing_gives_no_region():
    m = meta("Toàn tỉnh đón 1,2 triệu lượt khách, chủ yếu đến từ Hà Nội và Hải Phòng.")
    assert (m.region, m.region_source) == (None, None)


def test_a_district_gives_its_province():
    m = meta("Năm 2023, huyện Lộc Bình có 1.250 hộ thoát nghèo, thị xã và các xã đều tăng thu.")
    assert (m.region, m.region_source) == ("Lạng Sơn", "text")
    assert meta("TP. Hạ Long đón 4,5 triệu lượt khách trong năm 2023.").region == "Quảng Ninh"


def test_a_list_of_provinces_is_no_report_of_one():
    assert meta("Các tỉnh Lạng Sơn, Cao Bằng, Hà Giang cùng đạt 90% kế hoạch.").region is None
    assert meta("Lạng Sơn và Cao Bằng ký kết hợp tác thương mại năm 2024.").region is None


def test_two_provinces_named_alike_leave_the_text_undecided():
    assert meta("Bắc Ninh thu hút 3,1 tỷ USD; Bắc Giang thu hút 2,9 tỷ USD.").region is None


# --- region: the text against what came beside it -------------------------------------------

BODY_WITHOUT_PROVINCE = "Trong 6 tháng đầu năm, toàn tỉnh thu ngân sách đạt 2.400 tỷ đồng, tăng 12% so với cùng kỳ."


def test_the_outlet_gives_the_region_when_the_text_has_none():
    m = meta(BODY_WITHOUT_PROVINCE, url="https://baolangson.vn/kinh-te/thu-ngan-sach.html")
    assert (m.region, m.region_source) == ("Lạng Sơn", "url")


def test_stated_region_then_folder_then_outlet():
    url = "https://baolangson.vn/a.html"
    assert meta(BODY_WITHOUT_PROVINCE, url=url, folder_region="Cao Bằng").region_source == "folder"
    m = meta(BODY_WITHOUT_PROVINCE, url=url, folder_region="Cao Bằng", region="quang-ninh")
    assert (m.region, m.region_source) == ("Quảng Ninh", "sidecar")
    m = meta(BODY_WITHOUT_PROVINCE, url=url, region="Quảng Ninh", region_origin="source")
    assert (m.region, m.region_source) == ("Quảng Ninh", "source")


def test_an_outlet_writing_about_another_province_says_so_up_front():
    text = "Cao Bằng: thu ngân sách 6 tháng tăng mạnh\n\nTỉnh Cao Bằng thu ngân sách 1.100 tỷ đồng."
    m = meta(text, url="https://baolangson.vn/a.html")
    assert (m.region, m.region_source) == ("Cao Bằng", "text")


def test_a_province_named_only_in_the_body_does_not_beat_the_outlet():
    text = ("Toàn tỉnh thu ngân sách 2.400 tỷ đồng. Kim ngạch qua cửa khẩu tăng mạnh. "
            "Đoàn công tác Bắc Giang đã trao đổi kinh nghiệm phát triển nông nghiệp.")
    m = meta(text, url="https://baolangson.vn/a.html")
    assert (m.region, m.region_source) == ("Lạng Sơn", "url")


def test_the_text_and_the_outlet_agreeing_is_the_text():
    m = meta("Lạng Sơn đón 2 triệu lượt khách năm 2023.", url="https://baolangson.vn/a.html")
    assert (m.region, m.region_source) == ("Lạng Sơn", "text")


def test_a_title_beside_the_text_counts_as_the_title():
    m = meta(BODY_WITHOUT_PROVINCE, title="Quảng Ninh: thu ngân sách 6 tháng", url="https://baolangson.vn/a.html")
    assert (m.region, m.region_source) == ("Quảng Ninh", "text")


def test_an_unknown_stated_region_is_ignored():
    m = meta(BODY_WITHOUT_PROVINCE, region="Gotham", url="https://baolangson.vn/a.html")
    assert (m.region, m.region_source) == ("Lạng Sơn", "url")


# --- periods -------------------------------------------------------------------------------------

def period(m):
    return (str(m.period_start) if m.period_start else None, str(m.period_end) if m.period_end else None,
            m.period_source)


@pytest.mark.parametrize("text, published, expected", [
    # the text names the period with its year
    ("7 tháng năm 2024, kim ngạch xuất khẩu đạt 1.200 triệu USD.", None, ("2024-01-01", "2024-07-31", "text")),
    ("11 tháng đầu năm 2023, thu ngân sách đạt 8.100 tỷ đồng.", None, ("2023-01-01", "2023-11-30", "text")),
    ("Mười một tháng năm 2023, thu ngân sách đạt 8.100 tỷ đồng.", None, ("2023-01-01", "2023-11-30", "text")),
    # without a year: the publication date gives it
    ("6 tháng đầu năm, thu ngân sách đạt 2.400 tỷ đồng.", date(2024, 7, 8), ("2024-01-01", "2024-06-30", "published")),
    ("11 tháng, thu ngân sách đạt 8.100 tỷ đồng.", date(2023, 12, 5), ("2023-01-01", "2023-11-30", "published")),
    ("Quý IV, kim ngạch xuất khẩu đạt 300 triệu USD.", date(2024, 1, 10), ("2023-10-01", "2023-12-31", "published")),
    ("Năm qua, toàn tỉnh thu ngân sách 9.000 tỷ đồng.", date(2024, 1, 12), ("2023-01-01", "2023-12-31", "published")),
    ("Năm vừa qua, toàn tỉnh thu ngân sách 9.000 tỷ đồng.", date(2023, 12, 20),
     ("2023-01-01", "2023-12-31", "published")),
    # a meeting date is not the period; the period without its year then takes the publication's
    ("Ngày 15 tháng 7 năm 2023, UBND tỉnh họp đánh giá 6 tháng đầu năm.", date(2023, 7, 16),
     ("2023-01-01", "2023-06-30", "published")),
    # a deadline, a horizon or a comparison year is not the period
    ("Phấn đấu hoàn thành trước tháng 12/2024.", None, (None, None, None)),
    ("Những năm qua, tỉnh đã thu hút nhiều dự án.", date(2024, 1, 5), (None, None, None)),
    ("Sau 6 tháng triển khai, dự án đạt 40% khối lượng.", date(2024, 3, 1), (None, None, None)),
    # no publication date: the comparison year tells the report's year
    ("6 tháng đầu năm, thu ngân sách tăng 10% so với cùng kỳ năm 2022.", None,
     ("2023-01-01", "2023-06-30", "text")),
])
def test_period(text, published, expected):
    assert period(meta(text, published=published) if published else meta(text)) == expected


def test_the_title_gives_the_period_the_body_does_not():
    m = meta("Toàn tỉnh thu ngân sách đạt 2.400 tỷ đồng.", title="Kinh tế 9 tháng năm 2023 tăng trưởng khá")
    assert period(m) == ("2023-01-01", "2023-09-30", "title")
    m = meta("Kinh tế 9 tháng năm 2023 tăng trưởng khá\n\nToàn tỉnh thu ngân sách đạt 2.400 tỷ đồng.")
    assert (period(m), m.title) == (("2023-01-01", "2023-09-30", "title"), "Kinh tế 9 tháng năm 2023 tăng trưởng khá")


def test_the_text_period_comes_before_the_title():
    m = meta("Quý I/2024, toàn tỉnh thu ngân sách 900 tỷ đồng.", title="Kinh tế 9 tháng năm 2023")
    assert period(m) == ("2024-01-01", "2024-03-31", "text")


def test_the_region_code_is_the_one_valid_on_the_period():
    before = meta("Tỉnh Lào Cai: 6 tháng đầu năm 2025 thu ngân sách 5.000 tỷ đồng.")
    after = meta("Tỉnh Lào Cai: 9 tháng năm 2025 thu ngân sách 9.000 tỷ đồng.")
    assert (before.region, before.region_code) == ("Lào Cai", "10")
    assert (after.region, after.region_code) == ("Lào Cai", "15")


def test_parse_document_without_facts_still_works():
    m = parse_document("Tỉnh Lạng Sơn: 6 tháng đầu năm 2021 thu 3.042 tỷ đồng.").meta
    assert (m.region, m.period_source, m.region_source) == ("Lạng Sơn", "text", "text")


@pytest.mark.parametrize("text, expected", [
    # a monthly report opening with its month is the month's, also naming the year to date as a span of the year
    ("Tháng 5/2023, toàn tỉnh thu ngân sách 700 tỷ đồng; 5 tháng đầu năm đạt 3.500 tỷ đồng.",
     ("2023-05-01", "2023-05-31", "text")),
    ("Tháng 7/2022 xuất khẩu đạt 720 triệu USD, đưa kim ngạch 7 tháng qua lên 4,8 tỷ USD.",
     ("2022-07-01", "2022-07-31", "text")),
    # one opening with the year to date is about the year to date
    ("5 tháng đầu năm, toàn tỉnh thu ngân sách 3.500 tỷ đồng; tháng 5/2023 đạt 700 tỷ đồng.",
     ("2023-01-01", "2023-05-31", "text")),
    # a running total alone leaves it the month's report
    ("Tháng 10/2023, chỉ số sản xuất tăng 5,6%. Tính chung 10 tháng, chỉ số giảm 6,8%.",
     ("2023-10-01", "2023-10-31", "text")),
    # a span without its year, then the year
    ("6 tháng đầu năm, giá trị xuất khẩu tăng 12%, góp phần hoàn thành chỉ tiêu trong năm 2022.",
     ("2022-01-01", "2022-06-30", "text")),
    ("Quí I năm 2016, tổng sản phẩm tăng 8,01%.", ("2016-01-01", "2016-03-31", "text")),
    ("Doanh thu du lịch nửa đầu năm 2024 đạt 4.100 tỷ đồng.", ("2024-01-01", "2024-06-30", "text")),
    ("Số liệu tháng 10-2012: khách du lịch đạt 300 nghìn lượt.", ("2012-10-01", "2012-10-31", "text")),
])
def test_period_read_with_what_is_around_it(text, expected):
    assert period(meta(text)) == expected


def test_a_news_site_files_its_articles_under_their_date():
    from parsing.page import published_in_url

    assert published_in_url("https://baobariavungtau.com.vn/kinh-te/202208/bai-956779/") == date(2022, 8, 1)
    assert published_in_url("http://ctk.thanhhoa.gov.vn/portal/Pages/2016-3-22/bai.aspx") == date(2016, 3, 22)
    assert published_in_url("http://baotintuc.vn/muc/bai-20170721160249647.htm") == date(2017, 7, 21)
    assert published_in_url("https://baolaocai.vn/bai-post399214.html") is None
    m = meta("Trong 5 tháng, toàn tỉnh có 420 doanh nghiệp thành lập mới.", url="https://baolongan.vn/x/202306/bai/")
    assert (period(m), m.published_on) == (("2023-01-01", "2023-05-31", "published"), date(2023, 6, 1))


def test_a_province_section_of_a_national_site_tells_the_province():
    m = meta(BODY_WITHOUT_PROVINCE, url="https://vietnam.vn/khanhhoa/?p=2762")
    assert (m.region, m.region_source) == ("Khánh Hòa", "url")
    # a province named inside an article's slug is no section (one opening it is its headline's subject:
    # test_an_articles_address_opening_with_a_province_names_it; one inside it, the last resort of
    # test_the_one_province_an_address_headline_names_is_the_last_resort)
    from parsing import regions

    assert regions.province_in_url_path("https://example.vn/thu-ngan-sach-lang-son-tang.html") is None


def test_a_digest_of_other_provinces_is_not_the_outlets_own():
    text = ("Dịp nghỉ lễ, Thừa Thiên Huế đón 150 nghìn lượt khách, Quảng Nam đón 120 nghìn lượt khách.\n\n"
            "Tại Thừa Thiên Huế, công suất phòng đạt 70%; Quảng Nam đạt 65%.")
    assert (meta(text, url="https://baolangson.vn/a.html").region, meta(text).region) == (None, None)


def test_the_first_sentence_after_a_title_and_blank_lines_is_the_lead():
    text = "Thu ngân sách tăng khá\n\n\n\nTỉnh Cao Bằng thu ngân sách 1.100 tỷ đồng. Toàn tỉnh có 20 dự án."
    m = meta(text, url="https://baolangson.vn/a.html")
    assert (m.region, m.region_source) == ("Cao Bằng", "text")


def test_a_date_line_first_is_the_publication_date_not_the_title():
    m = meta("23/06/2024 - 12:04\nLong An thu hút vốn đầu tư\n\nNăm tháng đầu năm, toàn tỉnh có 420 doanh nghiệp mới.")
    assert (m.published_on, m.title) == (date(2024, 6, 23), "Long An thu hút vốn đầu tư")
    assert period(m) == ("2024-01-01", "2024-05-31", "published")


@pytest.mark.parametrize("text, expected", [
    # a base year is no period: constant prices of a year, the year a province was founded, the start of a span
    ("Tổng sản phẩm theo giá so sánh năm 2010, ước đạt 91.000 tỷ đồng.", (None, None, None)),
    ("Quy mô kinh tế gấp 20 lần thời điểm tái lập tỉnh vào năm 1997, đạt 80.000 tỷ đồng.", (None, None, None)),
    ("Từ đầu năm 2022, tỉnh đã giải ngân 2.100 tỷ đồng vốn đầu tư công.", (None, None, None)),
    # "đến hết tháng N" is the year to date
    ("Đến hết tháng 6/2022, sản lượng gỗ khai thác đạt 176 nghìn m3.", ("2022-01-01", "2022-06-30", "text")),
    ("Lũy kế đến hết tháng 12-2014, có 17.000 lượt tàu ra vào cảng.", ("2014-01-01", "2014-12-31", "text")),
    # a year named first, then the part of it reported on: the year was the plan's
    ("Năm 2022, tỉnh đề ra chỉ tiêu trồng 5.000 ha rừng. Đến hết tháng 6/2022, toàn tỉnh trồng được 3.100 ha.",
     ("2022-01-01", "2022-06-30", "text")),
    ("Hội chợ năm 2023, khai mạc ngày 6/6. Tăng trưởng kinh tế 6 tháng năm 2023 của tỉnh ước đạt 6,5%.",
     ("2023-01-01", "2023-06-30", "text")),
    # ... but not a part of another year, nor one named far on
    ("Năm 2023, GRDP tăng 6,2%, cao hơn mức tăng 6 tháng năm 2022.", ("2023-01-01", "2023-12-31", "text")),
    ("Năm 2023, GRDP tăng 6,2%. " + "Công nghiệp tiếp tục là động lực tăng trưởng chính của tỉnh. " * 6
     + "Riêng 6 tháng năm 2023 tăng 5,1%.", ("2023-01-01", "2023-12-31", "text")),
])
def test_base_years_and_the_year_to_date(text, expected):
    assert period(meta(text)) == expected


def test_a_title_naming_part_of_a_year_beats_a_year_in_the_text():
    m = meta("Vụ mùa năm 2020, toàn tỉnh gieo cấy 77.000 ha.",
             title="Tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2020")
    assert period(m) == ("2020-10-01", "2020-10-31", "title")
    # a year in the title is no part of one: the text's stays
    m = meta("Năm 2020, toàn tỉnh có 5.000 hộ nghèo.", title="Năm 2021, tỉnh phấn đấu giảm 2.000 hộ nghèo")
    assert period(m) == ("2020-01-01", "2020-12-31", "text")


def test_a_titles_span_of_months_takes_the_texts_year():
    m = meta("Tốc độ tăng trưởng quý 3/2023 đạt 7,21%; bình quân chung tăng 5,35%.", title="Kinh tế 9 tháng tăng 5,35%")
    assert period(m) == ("2023-01-01", "2023-09-30", "title")
    m = meta("Năm 2023, GRDP của tỉnh ước tăng 6,5%.", title="GRDP 6 tháng đầu năm tăng 6,5%")
    assert period(m) == ("2023-01-01", "2023-06-30", "title")


def test_an_outlets_sign_off_code_gives_its_province_when_nothing_beside_the_text_does():
    body = "Thời gian qua, đàn bò toàn tỉnh tăng 4%, đạt 120.000 con; các huyện chuyển sang chăn nuôi tập trung."
    assert (meta(f"(HBĐT) - {body}").region, meta(f"(HBĐT) - {body}").region_source) == ("Hòa Bình", "text")
    assert meta(f"{body}\n(QNO)").region == "Quảng Nam"
    # a national agency's code names no province, nor does a code inside a word
    assert meta(f"(TTXVN) - {body}").region is None
    assert meta(f"Mã QNOX - {body}").region is None
    # an outlet writing about another province says so up front, and that wins
    assert meta(f"Đà Nẵng đón 9 triệu lượt khách (QNO) - Theo Cục Thống kê Đà Nẵng, {body}").region == "Đà Nẵng"
    # a URL's outlet is the fact beside the text; the code does not overrule it
    assert meta(f"(QNO) - {body}", url="https://baohoabinh.com.vn/12/1/a.htm").region == "Hòa Bình"


def test_a_legacy_font_writing_u_horn_as_oi_still_names_the_province():
    m = meta("Tỉnh Hải Dƣơng: 6 tháng đầu năm 2023 thu ngân sách 9.000 tỷ đồng, tăng trƣởng 7,1%.")
    assert (m.region, m.period_start, m.period_end) == ("Hải Dương", date(2023, 1, 1), date(2023, 6, 30))


def test_an_eth_typed_for_d_stroke_still_names_the_province():
    # "Ð" (U+00D0, eth) looks like "Đ" (U+0110); legacy keyboards and font tables type one for the other
    m = meta("Cà phê ở \u00d0iện Biên: toàn tỉnh có 2.360 ha, tăng 6% so với năm 2022.")
    assert m.region == "Điện Biên"


def test_a_list_of_related_headlines_does_not_give_the_period():
    text = ("Tin liên quan - 02/07/2024\n"
            "Tình hình kinh tế - xã hội tháng 01 năm 2016 - 08/04/2016\n"
            "Kế hoạch công tác tháng 12 năm 2014 - 27/01/2015\n"
            "Tình hình kinh tế - xã hội 6 tháng đầu năm 2014 - 23/07/2014\n\n"
            "6 tháng đầu năm 2024, chỉ số sản xuất công nghiệp tăng 7,5%; tháng 6 năm 2024 tăng 8,1%.")
    assert period(meta(text)) == ("2024-01-01", "2024-06-30", "text")
    # one headline with its date is the report's own title line, read as before
    assert period(meta("Kinh tế 6 tháng đầu năm 2024 - 02/07/2024\n\nToàn tỉnh thu 900 tỷ đồng.")) == (
        "2024-01-01", "2024-06-30", "title")


@pytest.mark.parametrize("text, expected", [
    # a year after a plan's words is the plan's, not the report's
    ("Hội nghị đánh giá dự toán năm 2024; năm 2023, thu ngân sách đạt 9.000 tỷ đồng.",
     ("2023-01-01", "2023-12-31", "text")),
    ("Báo cáo tình hình năm 2020 và nhiệm vụ năm 2021. Năm 2020, toàn tỉnh giảm 2.000 hộ nghèo.",
     ("2020-01-01", "2020-12-31", "text")),
])
def test_a_plans_year_is_not_the_period(text, expected):
    assert period(meta(text)) == expected


@pytest.mark.parametrize("url, province", [
    ("https://dulich.ninhbinh.vn/10-thang-luong-khach.html", "Ninh Bình"),  # a label that is the slug
    ("http://thongkevinhphuc.gov.vn/p3/a.htm", "Vĩnh Phúc"),  # ... or ends with it
    ("http://www.bariavungtautourism.com.vn/thong-ke/a.htm", "Bà Rịa - Vũng Tàu"),  # ... or begins with it
    ("https://vneconomy.vn/kinh-te/thu-347-trieu-usd.htm", None),
    ("https://example.vn/a.htm", None),
    ("https://laocaibacninh.vn/a.htm", None),  # two provinces: no answer
])
def test_a_provincial_sites_host_names_its_province(url, province):
    assert regions.province_in_url_host(url) == province
    body = "Toàn tỉnh đón 908 nghìn lượt khách, tăng 72% so với cùng kỳ."
    assert (meta(body, url=url).region, meta(body, url=url).region_source) == (
        (province, "url") if province else (None, None))


@pytest.mark.parametrize("url, province", [
    ("https://vneconomy.vn/thanh-hoa-thu-347-trieu-usd-tu-khach-quoc-te.htm", "Thanh Hóa"),
    ("https://example.vn/kinh-te/ba-ria-vung-tau-bo-sung-von-cho-du-an-123.html", "Bà Rịa - Vũng Tàu"),
    ("https://example.vn/tp-hcm-tang-truong-grdp-trong-quy-iii.html", "TP. Hồ Chí Minh"),
    ("https://example.vn/xuat-khau-thanh-hoa-tang-manh.html", None),  # named later in the headline
    ("https://example.vn/xem-tin-tuc.aspx?idp=1", None),
])
def test_an_articles_address_opening_with_a_province_names_it(url, province):
    assert regions.province_in_url_headline(url) == province


def test_the_headline_in_the_address_beats_the_outlets_own_province():
    # a Quảng Nam paper's article on Đà Nẵng, the text naming no province
    body = "Theo Cục Thống kê, tổng lượng khách lưu trú 10 tháng ước đạt 9,3 triệu lượt."
    m = meta(body, url="https://baoquangnam.vn/da-nang-don-gan-9-3-trieu-luot-khach-3143784.html")
    assert (m.region, m.region_source) == ("Đà Nẵng", "url")
    # a region a person stated still wins
    m = meta(body, url="https://baoquangnam.vn/da-nang-don-khach.html", region="Quảng Nam")
    assert m.region == "Quảng Nam"


def test_a_report_dated_with_its_day_left_blank_is_not_that_months_report():
    text = ("Hải Dương, ngày    tháng 3 năm 2023\n\nBÁO CÁO\nTình hình kinh tế - xã hội quý I năm 2023\n\n"
            "Tổng sản phẩm trên địa bàn tăng 6,1%.")
    assert period(meta(text))[:2] == ("2023-01-01", "2023-03-31")


# --- digests and national items (issue 21, the real-text set P1) -------------------------------------

def test_a_national_item_names_no_province_though_it_names_one_in_its_body():
    text = ("Du lịch khởi sắc dịp Tết\n\nTrong 9 ngày nghỉ Tết, ngành du lịch cả nước đón 14 triệu lượt khách. "
            "Thành phố Hồ Chí Minh đón 4,3 triệu lượt khách, đứng đầu cả nước.")
    assert meta(text).region is None
    # ... also from a provincial outlet, whose province it never names
    assert meta(text, url="https://baolangson.vn/a.html").region is None


def test_a_ranking_against_the_nation_is_no_national_item():
    text = ("Năm 2023, Lạng Sơn lọt top 10 cả nước về thu hút vốn\n\n"
            "Theo Sở Kế hoạch và Đầu tư Lạng Sơn, năm 2023 tỉnh cấp mới 35 dự án, đứng thứ 9 cả nước.")
    assert meta(text).region == "Lạng Sơn"
    assert meta("Xuất khẩu của tỉnh tăng 12%, cao hơn mức tăng chung của cả nước.",
                url="https://baolangson.vn/a.html").region == "Lạng Sơn"


def test_a_count_of_provinces_up_front_is_a_digest():
    text = ("Trong 6 tháng đầu năm 2021, có 15/63 địa phương giải ngân trên 3% gồm: Cao Bằng, Tuyên Quang, "
            "Lào Cai, Nghệ An và Bạc Liêu. Có 37/63 địa phương giải ngân 0%.")
    assert meta(text, url="https://baonghean.vn/a.html").region is None
    assert meta("Xếp hạng 34 tỉnh thành năm 2025\n\nNăm 2025, Quảng Ninh dẫn đầu cả nước về tăng trưởng.").region is None


def test_national_news_carried_by_a_provincial_outlet_is_not_its_provinces():
    text = ("Doanh nghiệp mới tăng\n\n(LS) - Theo Cục Quản lý đăng ký kinh doanh, số doanh nghiệp mới tăng. "
            "Cụ thể, trong 10 tháng, cả nước có trên 114 ngàn doanh nghiệp thành lập mới, "
            "tại TP. Hồ Chí Minh có 36 ngàn doanh nghiệp.")
    assert meta(text, url="https://baolangson.vn/a.html").region is None
    # the outlet's own report says "tỉnh" (or "thành phố", "địa bàn") for its province
    own = text + " Trên địa bàn tỉnh có 900 doanh nghiệp mới."
    assert meta(own, url="https://baolangson.vn/a.html").region == "Lạng Sơn"


def test_an_address_headline_naming_several_provinces_makes_a_digest():
    text = "Huế thu 2.600 tỷ đồng từ du lịch\n\nTrong quý I, lượng khách đến TP. Huế đạt 1,5 triệu lượt."
    url = "https://baogialai.com.vn/nhieu-dia-phuong-thu-nghin-ty-tu-du-lich-trong-quy-i-2025-post317329.html"
    assert meta(text, url=url).region is None
    assert meta(text).region == "Thừa Thiên Huế"
    assert regions.digest_in_url_headline("https://tienphong.vn/xep-hang-kinh-te-34-tinh-thanh-post1.tpo")
    # "ca-nuoc" in an address is as often a ranking as the subject
    assert not regions.digest_in_url_headline("https://baolangson.vn/tang-truong-cao-nhat-ca-nuoc-post1.html")
    assert regions.url_headline_words("https://baodanang.vn/5404/201810/10-thang-hon-68-trieu-3120702") == [
        "10", "thang", "hon", "68", "trieu"]


def test_a_page_date_line_after_the_title_is_not_the_lead():
    text = ("Doanh nghiệp mới tăng\n\nCập nhật lúc 23:52, Thứ Sáu, 08/11/2019 (GMT+7)\n\n"
            "Tỉnh Cao Bằng có 120 doanh nghiệp mới. Lạng Sơn có 90 doanh nghiệp mới.")
    assert meta(text, url="https://baolangson.vn/a.html").region == "Cao Bằng"  # named up front, in the lead


def test_a_local_news_site_names_its_province():
    assert regions.province_of_url("https://vinh24h.vn/tag/toc-do-tang-truong-grdp") == "Nghệ An"


def test_national_news_citing_a_national_agency_on_a_provincial_site_names_no_province():
    text = ("Theo Cục Quản lý đăng ký kinh doanh, Bộ Kế hoạch và Đầu tư, trong tháng 1/2018 có 10.839 doanh nghiệp "
            "thành lập mới. Khu vực Đông Nam Bộ dẫn đầu với 35.926 tỷ đồng vốn đăng ký.")
    assert meta(text, url="https://baolangson.vn/a.html").region is None
    agency = "Theo số liệu Tổng cục Thống kê, khách quốc tế tháng 7 đạt 352.600 lượt, gấp 47 lần cùng kỳ."
    assert meta(agency, url="https://baolangson.vn/b.html").region is None
    # the outlet's own report citing the office still says "tỉnh"
    own = "Theo công bố của Tổng cục Thống kê, tăng trưởng kinh tế của tỉnh 6 tháng đạt 5,74%."
    assert meta(own, url="https://baolangson.vn/c.html").region == "Lạng Sơn"


def test_two_provinces_joined_in_the_address_headline_make_a_comparison():
    url = "http://a.vn/Thi-truong/Ha-Noi-va-TP-Ho-Chi-Minh-nhap-sieu-349095/"
    text = "Kim ngạch xuất khẩu của Hà Nội đạt 2,5 tỷ USD nhưng nhập khẩu tới 5,72 tỷ USD."
    assert regions.two_provinces_in_url_headline(url)
    assert meta(text, url=url).region is None
    assert not regions.two_provinces_in_url_headline("https://a.vn/tinh-kep-giua-campuchia-va-tp-hcm-tang-truong")
    assert meta(text, url=url, region="Hà Nội").region == "Hà Nội"  # a person's word beside the text wins


def test_a_district_media_centres_host_gives_its_province():
    # a district's own site names neither its province in its host nor, often, in its text
    assert regions.province_of_url("https://ttthlak.gov.vn/tin-tuc/hoi-nghi-tong-ket-nam-2019") == "Đắk Lắk"


def test_a_digest_of_a_regions_provinces_names_no_one_province():
    # the address headline names the provinces of a region as the subject ("các tỉnh Bắc Trung Bộ")
    text = ("Thanh Hóa dẫn đầu với gần 49.000 tỷ đồng, tiếp đến là các tỉnh Nghệ An, Hà Tĩnh và Quảng Bình. "
            "Năm 2022, Thanh Hóa thu nội địa 30.150 tỷ đồng.")
    url = "https://vneconomy.vn/thu-ngan-sach-nam-2022-cua-cac-tinh-bac-trung-bo-tinh-but-pha.htm"
    assert parse_document(text, SourceFacts(url=url)).meta.region is None
    # the same figures under an address naming the one province are that province's
    one = "https://vneconomy.vn/thanh-hoa-thu-ngan-sach-nam-2022-cao-nhat.htm"
    assert parse_document(text, SourceFacts(url=one)).meta.region == "Thanh Hóa"


# --- the fourth round (set P5) -------------------------------------------------------------------

def test_a_district_named_like_a_province_counts_for_its_own_province():
    text = ("Lễ hội đua thuyền trên sông Nhật Lệ, huyện Quảng Ninh thu hút hàng vạn người. Sở Du lịch Quảng Bình "
            "cho biết tỉnh đón 175.000 lượt khách, tổng thu trên địa bàn tỉnh Quảng Bình đạt 201 tỷ đồng.")
    assert meta(text).region == "Quảng Bình"
    # the province itself, named as the unit, is still the province
    assert meta("Tỉnh Quảng Ninh đón 1,3 triệu lượt khách trong quý I.").region == "Quảng Ninh"


def test_a_whole_host_label_naming_a_province_tells_it():
    assert regions.province_in_url_host("http://thoibinh.camau.dcs.vn/tin-728") == "Cà Mau"
    assert regions.province_in_url_host("https://camautourist.vn/x") is None  # a short slug only as a whole label


def test_the_one_province_an_address_headline_names_is_the_last_resort():
    url = "http://vinanet.vn/kinhte-taichinh/kim-ngach-xuat-khau-ha-noi-dat-hon-980-trieu-usd-677811.html"
    assert regions.province_named_in_url_headline(url) == "Hà Nội"
    m = meta(BODY_WITHOUT_PROVINCE, url=url)
    assert (m.region, m.region_source) == ("Hà Nội", "url")
    # in passing ("sang", "với") or two provinces: none
    assert regions.province_named_in_url_headline("https://a.vn/xuat-khau-sang-lang-son-tang-123456.html") is None
    assert regions.province_named_in_url_headline("https://a.vn/lao-cai-hop-tac-ha-giang-123456.html") is None
    # a text naming other places is not overruled by it: a digest stays a digest
    digest = ("Quảng Ninh và một số địa phương vẫn tăng trưởng tích cực. Hải Phòng tăng 12%, Bắc Ninh tăng 9%, "
              "cả nước tăng 7%.")
    assert meta(digest, url="https://a.vn/bat-chap-thien-tai-quang-ninh-van-tang-truong-post1590940.html").region \
        != "Quảng Ninh"


def test_a_districts_own_government_site_tells_its_province():
    assert regions.province_in_url_host("https://mocchau.gov.vn/tin-tuc/1") == "Sơn La"
    m = meta("Năm 2023, toàn huyện thu ngân sách 300 tỷ đồng.", url="https://mocchau.gov.vn/tin-tuc/1")
    assert (m.region, m.region_source) == ("Sơn La", "url")
    # a district name of several provinces tells none
    assert regions.province_in_url_host("https://chauthanh.gov.vn/x") is None
    assert regions.province_in_url_host("https://truyenhinhchauthanh.vn/x") is None


@pytest.mark.parametrize(("url", "expected"), [
    # a district's television, news or town site on any domain: a label beginning or ending with the slug (seven
    # letters or more) of a district of one province (R77b: B63, P31)
    ("https://truyenhinhlucngan.vn/node/4323", "Bắc Giang"),
    ("https://hiephoanet.vn/2022/06/29/x", "Bắc Giang"),
    ("https://mocchau.com.vn/x", "Sơn La"),
    # a short slug inside a longer label is too often part of another word: none
    ("https://baotanan.vn/x", None),
])
def test_a_districts_site_on_any_domain_tells_its_province(url, expected):
    assert regions.province_in_url_host(url) == expected


def test_national_news_citing_a_ministry_on_a_provincial_outlet_names_no_province():
    text = ("Theo Bộ Nông nghiệp và Phát triển nông thôn, kim ngạch xuất khẩu nông lâm thủy sản 9 tháng năm 2023 đạt "
            "40 tỷ USD, tăng 3%.")
    assert meta(text, url="https://baolangson.vn/kinh-te/bai-123.html").region is None
    # the outlet's own report citing it says "tỉnh"
    own = "Theo Bộ Công Thương, 9 tháng năm 2023 xuất khẩu qua địa bàn tỉnh đạt 3 tỷ USD."
    assert meta(own, url="https://baolangson.vn/kinh-te/bai-123.html").region == "Lạng Sơn"


# --- the B8 dev set (P9) --------------------------------------------------------------------------

def test_another_province_up_front_beside_the_nation_is_not_the_outlets():
    url = "https://baolaocai.vn/tinh-thanh-dan-dau-ca-nuoc-thu-hut-von-fdi-post1.html"
    text = ("Tỉnh Bắc Ninh dẫn đầu cả nước thu hút vốn FDI\n\nTheo Cục Đầu tư nước ngoài, tỉnh Bắc Ninh dẫn đầu cả nước "
            "với 2,5 tỷ USD. Theo báo cáo của Cục Đầu tư nước ngoài (Bộ Kế hoạch và Đầu tư), vốn đăng ký vào Việt Nam "
            "đạt 15 tỷ USD. Tính lũy kế, cả nước có 40.000 dự án còn hiệu lực.")
    assert meta(text, url=url).region is None
    # the outlet's own report that names its province keeps it
    own = text.replace("Tỉnh Bắc Ninh dẫn đầu cả nước thu hút vốn FDI", "Lào Cai thu hút vốn FDI tăng") \
        + " Lào Cai thu hút 50 triệu USD; tỉnh Lào Cai xếp thứ 30."
    assert meta(own, url=url).region == "Lào Cai"


def test_two_provinces_side_by_side_opening_the_address_headline_make_a_comparison():
    # R27: "/ninh-binh-da-nang-boi-thu-..." is "Ninh Bình, Đà Nẵng bội thu ..."
    url = "https://a.vn/ninh-binh-da-nang-boi-thu-dip-2-9-4788619.html"
    text = "Kỳ nghỉ lễ, Ninh Bình đón 300.000 lượt khách, còn Đà Nẵng đón 250.000 lượt khách."
    assert regions.two_provinces_in_url_headline(url)
    assert meta(text, url=url).region is None
    # one province opening the headline, then other words: still that province's
    assert not regions.two_provinces_in_url_headline("https://a.vn/ninh-binh-don-300-000-luot-khach-4788619.html")
    assert meta(text, url=url, region="Ninh Bình").region == "Ninh Bình"  # a person's word beside the text wins


def test_a_ranking_among_several_provinces_is_a_yardstick():
    # R27: "vào tốp 10 địa phương ..." ranks the province, as "đứng thứ 4 cả nước" does; not a digest's subject
    text = ("Lần đầu tiên Nghệ An vào tốp 10 địa phương thu hút vốn FDI lớn nhất cả nước\n\n"
            "Từ đầu năm đến nay, tỉnh Nghệ An đã thu hút 580 triệu USD vốn FDI, giúp tỉnh lọt vào tốp 10 địa "
            "phương thu hút vốn FDI lớn nhất cả nước.")
    assert meta(text, url="https://a.vn/von-dau-tu-truc-tiep-nuoc-ngoai-tag82366.html").region == "Nghệ An"
    # several provinces as the subject still make a digest
    digest = "10 địa phương có tăng trưởng GRDP trên 8%, trong đó Nghệ An đạt 9,1%."
    assert meta(digest, url="https://a.vn/tang-truong-grdp-tag1.html").region is None


# --- the lead's round on B10 to B13 (rules by frequency across sets): towns, distances, regions in addresses ------

def test_a_city_named_bare_more_than_once_gives_its_province():
    text = "Theo ngành chức năng Đà Lạt, năm 2019 toàn Đà Lạt có 6.400 ha rau hoa công nghệ cao."
    assert (meta(text).region, meta(text).region_source) == ("Lâm Đồng", "text")
    # named once, as items of a list, towns give no province
    listed = "Ba địa phương tăng cao nhất năm 2023 là Quế Võ 10,2%, Thuận Thành 11,1% và Từ Sơn 9,8%."
    assert meta(listed).region is None
    # only capitalised: a phrase that merely spells a town's name in lower case is no town
    assert regions.provinces_of_place("Bình Minh") and meta("Bình minh năm nay, bình minh lên sớm.").region is None


def test_a_place_a_distance_is_measured_from_is_named_in_passing():
    text = "Năm 2023, thị xã Long Mỹ, cách thành phố Cần Thơ khoảng 60 km, thu ngân sách 310 tỷ đồng."
    assert meta(text).region == "Hậu Giang"


def test_an_address_headline_naming_only_a_region_yields_to_the_one_province_of_the_text():
    text = "Năm 2022, tỉnh Bạc Liêu đón 3,6 triệu lượt khách, doanh thu du lịch 3.200 tỷ đồng."
    url = "https://kinhtedothi.vn/khai-thac-tiem-nang-de-tro-thanh-trung-tam-du-lich-dbscl.html"
    assert meta(text, url=url).region == "Bạc Liêu"
    # "several" in the headline is a digest, whatever one excerpt of it names
    assert meta(text, url="https://kinhtedothi.vn/nhieu-dia-phuong-thu-nghin-ty-tu-du-lich.html").region is None


def test_two_provinces_side_by_side_inside_an_address_headline_are_a_comparison():
    url = "https://example.vn/du-khach-den-bac-lieu-ca-mau-dip-tet-noi-tang-noi-giam.html"
    assert regions.two_provinces_in_url_headline(url)
    assert meta("Dịp Tết, lượng khách đến Bạc Liêu đạt 245.000 người, tăng 20%.", url=url).region is None
    # one province of two words, then other words: no comparison
    assert not regions.two_provinces_in_url_headline("https://example.vn/du-khach-den-bac-lieu-dip-tet-tang.html")


# --- the lead's second round (B10 to B15): the site's furniture above a title, a ranking in an address -----------

@pytest.mark.parametrize("furniture", [
    "Trang chủ / Tin tức / Mô hình kinh tế",
    "Tin mới",
    "Thứ hai, 00/00/2023 | ° |",
    "Thứ Hai, Ngày 14 tháng 07 năm 2025,",
])
def test_the_sites_furniture_above_the_title_is_not_the_title(furniture):
    text = (f"{furniture}\n\nĐàn heo của tỉnh Đồng Nai tăng hơn 1 triệu con\n\nTheo Chi cục Thú y, tổng đàn heo trên "
            "địa bàn đạt 1,4 triệu con. Tổng đàn ở Thừa Thiên Huế và Thanh Hóa giảm.")
    assert page.title_and_body(text)[0] == "Đàn heo của tỉnh Đồng Nai tăng hơn 1 triệu con"
    assert meta(text).region == "Đồng Nai"
    # a bullet opens a list of related headlines: the headline after it is no title
    assert page.title_and_body("-\nDoanh nghiệp chuẩn bị hàng Tết\n-\nGiá tăng 0,2%.")[0] is None


def test_a_province_opening_an_address_ranked_after_two_others_is_its_own():
    url = "https://a.vn/thanh-hoa-hut-khach-chi-sau-ha-noi-va-tphcm-rieng-sam-son-thu-1400-ty-dong-20221123110321534.chn"
    assert not regions.two_provinces_in_url_headline(url)
    text = "Năm 2022, TP Sầm Sơn của tỉnh Thanh Hóa đón 6 triệu lượt khách, doanh thu 14.000 tỷ đồng."
    assert meta(text, url=url).region == "Thanh Hóa"
    # two provinces joined with nothing before them stay a comparison
    assert regions.two_provinces_in_url_headline("https://a.vn/ha-noi-va-tp-ho-chi-minh-nhap-sieu-349095")


def test_neighbours_given_figures_in_a_comparisons_parentheses_are_yardsticks():
    # a province's report comparing its growth with its neighbours', each with a figure, in parentheses after
    # "so với": still the report's own province, not a ranking of several
    text = ("Tổng sản phẩm trên địa bàn tỉnh Lai Châu năm 2022 tăng 6,8%. Tốc độ tăng trưởng của tỉnh Lai Châu thuộc "
            "nhóm khá so với các tỉnh trong vùng (Sơn La 5,1%; Điện Biên 6,2%; Hà Giang 4,9%; Lào Cai 7,3%). Thu "
            "ngân sách trên địa bàn tỉnh Lai Châu đạt 2.950 tỷ đồng.")
    assert parse_document(text).meta.region == "Lai Châu"
    # the same figures as a list of its own, no comparison opening it: a ranking of several provinces
    ranking = text.replace("so với các tỉnh trong vùng (", "; các tỉnh trong vùng tăng: ").replace("%).", "%.")
    assert parse_document(ranking).meta.region is None


def test_a_province_name_after_a_commune_word_is_the_communes():
    # "xã Hải Dương" is a commune of Quảng Trị, no mention of the province Hải Dương
    text = ("Đảng bộ huyện Hải Lăng, Quảng Trị chọn xã Hải Dương tổ chức đại hội điểm. Năm qua, xã Hải Dương có 1.250 "
            "hộ, thu nhập bình quân đạt 48 triệu đồng/người. Xã Hải Dương phấn đấu giảm tỷ lệ hộ nghèo.")
    assert parse_document(text).meta.region == "Quảng Trị"
    assert parse_document("Tỉnh Hải Dương có 1.250 hợp tác xã nông nghiệp.").meta.region == "Hải Dương"


def test_a_sites_weather_box_names_no_province():
    # the box of temperatures over the page gives four provinces a number each: no digest of them
    text = ("Hà Nội: 22°C Hà Nội Đà Nẵng: 25°C Đà Nẵng TP Hồ Chí Minh: 31°C TP Hồ Chí Minh\n"
            "Nông nghiệp công nghệ cao ở tỉnh Bạc Liêu\nNăm 2023, tỉnh Bạc Liêu có 1.250 ha lúa đạt chứng nhận VietGAP. "
            "Bạc Liêu phấn đấu mở rộng diện tích này.")
    assert parse_document(text).meta.region == "Bạc Liêu"


def test_a_name_holding_a_provinces_name_is_no_mention_of_it():
    # "Thái Bình Dương" is the Pacific Ocean: the Pacific oyster farmed in Vân Đồn names no Thái Bình
    text = ("Nghề nuôi hầu Thái Bình Dương tại huyện Vân Đồn phát triển mạnh. Năm 2023, Vân Đồn có 2.100 ha nuôi hầu "
            "Thái Bình Dương; huyện Vân Đồn thả nuôi thêm 300 ha.")
    assert parse_document(text).meta.region == "Quảng Ninh"
    assert parse_document("Tỉnh Thái Bình có 1.250 hợp tác xã nông nghiệp.").meta.region == "Thái Bình"
