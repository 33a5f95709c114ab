"""The period a report covers, rule by rule of the rounds by frequency (R56 on its own dev texts)."""

from datetime import date

import pytest
from conftest import report_bounds as _bounds

from parsing import SourceFacts, page, parse_document, periods

# --- R56: spans naming a standard or a document, aims to be reached, a part of the year beside its target ---------


@pytest.mark.parametrize("text, expected", [
    # a standard's span ("chuẩn ... giai đoạn 2022-2025") is no period
    ("Kết quả điều tra theo chuẩn nghèo giai đoạn 2022-2025 cho thấy huyện còn 1.850 hộ nghèo.", None),
    # ... but "chuẩn bị" is a verb, not a standard
    ("Giai đoạn 2016-2020, toàn tỉnh chuẩn bị mặt bằng và trồng mới 42.000 ha rừng.",
     ("2016-01-01", "2020-12-31")),
    # a span set off by a comma ending a sentence that names a resolution ends the resolution's name
    ("Tỉnh ủy ban hành Nghị quyết số 20 về phát triển nông nghiệp gắn với xây dựng nông thôn mới bền vững, giai đoạn "
     "2021 - 2025. Đến nay, toàn tỉnh có 120 xã đạt chuẩn nông thôn mới.", None),
    # ... not a span followed by what was done in it, nor one in a sentence naming no document
    ("Thực hiện Nghị quyết của Tỉnh ủy, kết quả giai đoạn 2016-2020, toàn tỉnh trồng mới 42.000 ha rừng.",
     ("2016-01-01", "2020-12-31")),
    ("Vốn đầu tư toàn xã hội huy động được 90.000 tỷ đồng, giai đoạn 2016 - 2020.", ("2016-01-01", "2020-12-31")),
    # an aim to be reached ("Để hoàn thành mục tiêu ... năm 2024") is still an aim: its year is no period
    ("Để hoàn thành mục tiêu tăng trưởng du lịch năm 2024, ngành du lịch đẩy mạnh quảng bá. Toàn tỉnh đón 300.000 "
     "lượt khách.", None),
    ("Ngành thuế triển khai nhiều giải pháp nhằm hoàn thành mục tiêu thu ngân sách năm 2023.", None),
    # an aim reached is the report's, as before (R50)
    ("Tỉnh đã hoàn thành mục tiêu giảm nghèo năm 2022, đưa tỷ lệ hộ nghèo xuống 3%.", ("2022-01-01", "2022-12-31")),
])
def test_spans_and_years_of_documents_and_aims(text, expected):
    assert _bounds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a span of months without its year on an undated page, beside a whole-year target: that year's months
    ("Trong 6 tháng đầu năm, thu ngân sách đạt 120 tỷ đồng. Huyện tập trung hoàn thành các tiêu chí để được công nhận "
     "huyện nông thôn mới vào cuối năm 2020.", ("2020-01-01", "2020-06-30")),
    ("9 tháng đầu năm, kim ngạch xuất khẩu đạt 1,2 tỷ USD, bằng 80% kế hoạch năm 2021.",
     ("2021-01-01", "2021-09-30")),
    ("Quý I, sản lượng thủy sản đạt 20.000 tấn, bằng 18% dự toán năm 2022.", ("2022-01-01", "2022-03-31")),
    # not beside a horizon years ahead, nor beside two such years
    ("Trong 6 tháng đầu năm, giá trị sản xuất đạt 1.450 tỷ đồng. Huyện phấn đấu đến cuối năm 2025 hoàn thành xây "
     "dựng huyện nông thôn mới nâng cao.", None),
    ("6 tháng đầu năm, thu ngân sách đạt 120 tỷ đồng. Kế hoạch năm 2020 là 200 tỷ đồng, kế hoạch năm 2021 là 250 tỷ "
     "đồng.", None),
])
def test_a_part_of_the_year_beside_its_whole_year_frame(text, expected):
    assert _bounds(text) == expected


def test_a_dated_page_keeps_its_own_year_beside_a_frame():
    # the page's date decides the year of "6 tháng đầu năm" before any target's year
    facts = SourceFacts(published=date(2019, 7, 2))
    text = "6 tháng đầu năm, thu ngân sách đạt 120 tỷ đồng. Huyện phấn đấu hoàn thành kế hoạch năm 2019."
    assert _bounds(text, facts) == ("2019-01-01", "2019-06-30")


@pytest.mark.parametrize("text, expected", [
    ("đạt 80% kế hoạch năm 2021", 2021),
    ("vào cuối năm 2019 huyện đạt chuẩn", 2019),
    ("phấn đấu đến cuối năm 2025", None),
    ("tới hết năm 2030", None),
    ("cả năm 2022 và kế hoạch năm 2023", None),
])
def test_year_of_its_frame(text, expected):
    assert periods._year_of_its_frame(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a ceremony's year, and a fair's written after its long capitalised name, name the events: no period
    ("Sáng nay, 1.200 tân binh của tỉnh dự lễ tuyên thệ chiến sĩ mới năm 2021.", None),
    ("Hội chợ Thương mại - Du lịch Đồng Tháp Mười năm 2021 thu hút 300 gian hàng.", None),
    # many lowercase words after an event are no longer its name: the year is the report's
    ("Sau hội chợ, doanh thu thương mại dịch vụ toàn tỉnh trong cả năm 2021 đạt 500 tỷ đồng.",
     ("2021-01-01", "2021-12-31")),
])
def test_years_of_ceremonies_and_long_event_names(text, expected):
    assert _bounds(text) == expected


@pytest.mark.parametrize("url, province", [
    ("https://vaithieuthanhha.net.vn/tin-tuc-su-kien/vai-som.html", "Hải Dương"),
    ("http://kitra.com.vn/index.php?option=com_k2&view=item&id=1:khach-du-lich&lang=vi", "Kiên Giang"),
])
def test_outlets_added_in_r56(url, province):
    # a district's lychee site and the province's investment, trade and tourism promotion centre (outlets.tsv)
    meta = parse_document("Vùng vải có khoảng 1.300 ha, quả chủ yếu bán ở các chợ đầu mối.", SourceFacts(url=url)).meta
    assert meta.region == province


@pytest.mark.parametrize("text, region", [
    # the nation's crop capital or rice bowl names the nation as a yardstick: the province is the subject
    ("Thủ phủ điều cả nước thu hoạch kém\nNiên vụ 2023-2024, năng suất điều của tỉnh Bình Phước chỉ 10,5 tạ/ha.",
     "Bình Phước"),
    ("Vựa lúa cả nước được mùa\nVụ đông xuân, tỉnh An Giang thu hoạch 240.000 ha lúa.", "An Giang"),
    # the nation as the subject still makes a national item
    ("Cả nước có 1,2 triệu ha điều\nTrong đó tỉnh Bình Phước có 140.000 ha, tỉnh Đắk Nông có 20.000 ha.", None),
])
def test_the_nation_as_a_yardstick_of_a_crop(text, region):
    assert parse_document(text).meta.region == region


@pytest.mark.parametrize("text, expected", [
    # "năm qua" on a page with no date, beside the one year the text names: that year
    ("Theo báo cáo kinh tế - xã hội năm 2019 của tỉnh, năm qua toàn tỉnh thu hút 62 dự án.",
     ("2019-01-01", "2019-12-31")),
    # ... not beside two years, nor beside a year named only as a base or a plan's
    ("Năm qua, toàn tỉnh thu hút 62 dự án; năm 2018 thu hút 50 dự án, năm 2017 thu hút 41 dự án.", None),
    ("Năm qua, doanh thu du lịch tăng 12% so với năm 2018.", None),
    ("Năm qua, toàn tỉnh thu hút 62 dự án. Năm 2020, tỉnh phấn đấu thu hút 70 dự án.", None),
])
def test_the_year_past_on_an_undated_page(text, expected):
    assert _bounds(text) == expected


def test_the_year_past_on_a_dated_page_keeps_the_pages_year():
    facts = SourceFacts(published=date(2020, 1, 8))
    assert _bounds("Theo báo cáo năm 2019, năm qua toàn tỉnh thu hút 62 dự án.", facts) == ("2019-01-01", "2019-12-31")


@pytest.mark.parametrize("text, expected", [
    # a year carried over into the report's ("của năm 2020 chưa thu hoạch chuyển sang"): the year after it
    ("Quý I, toàn tỉnh thả nuôi 115 ha tôm, trong đó có 55 ha của năm 2020 chưa thu hoạch chuyển sang.",
     ("2021-01-01", "2021-03-31")),
    ("6 tháng đầu năm, giải ngân 300 tỷ đồng vốn năm 2022 kéo dài sang.", ("2023-01-01", "2023-06-30")),
    # "chuyển sang năm 2022" names the year it goes into
    ("Quý I, toàn tỉnh chuyển 50 ha lúa sang trồng màu; 20 ha nuôi tôm chuyển sang năm 2022 thu hoạch.",
     ("2022-01-01", "2022-03-31")),
])
def test_a_year_carried_over(text, expected):
    assert _bounds(text) == expected


# --- R60 (B24): the opening paragraph counting its figures from the new year to a day or a month's end -------------


@pytest.mark.parametrize("text, published, expected", [
    # a day written without "ngày" after "tính đến": January to that day, not the year of an earlier event
    ("Sở Kế hoạch và Đầu tư cho biết, tính đến 20/09/2023, tỉnh có 516 dự án FDI, lần đầu kể từ năm 2014. Trong 9 tháng "
     "đầu năm, vốn đăng ký đạt gần 700 triệu USD.", date(2023, 9, 28), ("2023-01-01", "2023-09-20")),
    # a day without its year takes the page's, before a crop season named later in the opening
    ("Theo Ban Chỉ đạo, tính đến ngày 10/2 hạn mặn làm thiệt hại 30.000 ha lúa vụ Đông Xuân 2019-2020.",
     date(2020, 3, 1), ("2020-01-01", "2020-02-10")),
    # ... the year before when the day is later than the page's
    ("Tính đến ngày 28/12, toàn tỉnh thu ngân sách 12.000 tỷ đồng.", date(2024, 1, 3), ("2023-01-01", "2023-12-28")),
    # the start of a month: to the month before's end
    ("Sở Công Thương cho biết, tính đến đầu tháng 7, tỉnh đã có 268 dự án công nghiệp.", date(2019, 7, 1),
     ("2019-01-01", "2019-06-30")),
    # a month's end after a year named only as a plan's; no page date: the year the text names
    ("Triển khai kế hoạch trồng rừng năm 2019, các huyện đẩy nhanh việc trồng mới. Đến hết tháng 6, các nơi đã trồng "
     "được 4.500 ha rừng trồng tập trung, đạt 78,5% kế hoạch.", None, ("2019-01-01", "2019-06-30")),
    # a month's end later than a page dated in that month keeps the month's end
    ("Tổng thu từ du lịch của tỉnh tính từ đầu năm tới hết tháng 8 ước đạt 4.000 tỷ đồng.", date(2023, 8, 30),
     ("2023-01-01", "2023-08-31")),
    # a day inside the months the text reports on: those months ("9 tháng" on a page with no date)
    ("Tính đến ngày 15/9/2022, toàn tỉnh gieo trồng vụ Hè Thu 62.450 ha. Sản lượng lương thực 9 tháng ước đạt 334,2 "
     "nghìn tấn.", None, ("2022-01-01", "2022-09-30")),
    # a deadline is no count
    ("Tính đến đầu tháng 7, các xã phải hoàn thành rà soát hộ nghèo theo chuẩn mới năm 2019 của tỉnh.", None,
     ("2019-01-01", "2019-12-31")),
])
def test_the_opening_counted_to_a_day_or_a_months_end(text, published, expected):
    assert _bounds(text, SourceFacts(published=published) if published else None) == expected


def test_the_opening_counted_to_label_is_its_words():
    meta = parse_document("Sở Công Thương cho biết, tính đến đầu tháng 7, tỉnh đã có 268 dự án công nghiệp.",
                          SourceFacts(published=date(2019, 7, 1))).meta
    assert meta.period_label == "tính đến đầu tháng 7"


@pytest.mark.parametrize("text, expected", [
    # a year after a start of operation dates the event
    ("Sau khi đưa nhà máy điện gió công suất 30 MW vào hoạt động năm 2017, công ty tiếp tục đầu tư dự án thứ hai với "
     "tổng vốn 1.555 tỷ đồng.", None),
    # "vào năm 1994": when something happened
    ("Người ta kể rằng, vào năm 1994, ngư dân làng biển câu được con cá ngừ đầu tiên. Trong năm nay, tỉnh có 600 tàu "
     "câu cá ngừ.", None),
    # a year or a month opening a clause whose subject is one firm
    ("Trước đó, năm 2018, công ty nhận giấy phép cho dự án vốn 20 triệu USD. Năm 2020, công ty nhận thêm giấy phép cho "
     "dự án thứ hai, vốn 60 triệu USD.", None),
    ("Tháng 4/2025, Tập đoàn Hòa Phát gửi đề xuất dự án điện gió 3.000 MW, vốn 4,5 tỷ USD.", None),
    # ... not a year whose subject is many firms, nor a year a target is due by ("hoàn thành vào năm 2020")
    ("Năm 2020, các doanh nghiệp trong tỉnh xuất khẩu đạt 1,2 tỷ USD.", ("2020-01-01", "2020-12-31")),
    ("Năm 2018, toàn tỉnh thu hút 40 dự án; dự án cảng dự kiến hoàn thành vào năm 2020.", ("2018-01-01", "2018-12-31")),
])
def test_a_year_dating_one_event_is_no_period(text, expected):
    assert _bounds(text) == expected


@pytest.mark.parametrize("url, expected", [
    # an address ending in an id alone keeps its headline one part up
    ("https://www.vietnamplus.vn/chi-so-gia-tieu-dung-thang-12-cua-tp-ho-chi-minh-tang-052/423102.vnp",
     "chi so gia tiêu dung tháng 12 cua tp ho chi minh tang 052"),
    ("https://example.vn/kinh-te/tang-truong-kinh-te-quy-3/ab12345.html/", "tang truong kinh te quý 3"),
    # ... not a headline ending in its id
    ("https://baokhanhhoa.vn/kinh-te/thu-hut-268-du-an-dau-tu-cong-nghiep-8122243", "thu hut 268 dự an đầu tu cong nghiep"),
])
def test_the_address_headline_above_an_id(url, expected):
    assert page.address_headline(url) == expected


def test_a_month_named_in_the_address_above_an_id_on_a_dated_page():
    facts = SourceFacts(url="https://www.vietnamplus.vn/chi-so-gia-tieu-dung-thang-12-cua-tp-ho-chi-minh-tang-052/"
                            "423102.vnp", published=date(2016, 12, 29))
    text = "CPI của thành phố tháng này tăng 0,52% so với tháng trước, còn so với cùng kỳ năm 2015 thì tăng 4,41%."
    assert _bounds(text, facts) == ("2016-12-01", "2016-12-31")


@pytest.mark.parametrize("text, facts, expected", [
    # "từ đầu năm đến nay" before any year, on an undated page: months named take no year from a year of history
    ("Từ đầu năm đến nay, hàng qua cảng đạt 860 nghìn tấn. Cảng có thể đón 1 triệu tấn trong 6 tháng đầu năm. Năm "
     "2001, hàng qua cảng giảm 15%.", None, None),
    # ... nor from a decision's date
    ("Ngư dân ra khơi đều đặn.\nTừ đầu năm đến nay, sản lượng cá ngừ đạt 12.000 tấn, cao nhất vào 3 tháng đầu năm. "
     "Tiêu chí ban hành theo Quyết định số 36 ngày 09/12/2022 của UBND tỉnh.", None, None),
    # a year the text writes with its period stays
    ("Từ đầu năm đến nay, tỉnh xuất khẩu 200.000 tấn chuối. Trong năm 2022, tỉnh xuất khẩu 400.000 tấn chuối.", None,
     ("2022-01-01", "2022-12-31")),
    # a page dated to the day: to that day
    ("Từ đầu năm đến nay, hàng qua cảng đạt 860 nghìn tấn, cao nhất trong 6 tháng đầu năm.",
     SourceFacts(published=date(2003, 6, 12)), ("2003-01-01", "2003-06-12")),
])
def test_so_far_on_an_undated_page_before_any_year(text, facts, expected):
    assert _bounds(text, facts) == expected


# --- R64: a school year, and a two-word crop season after "lúa" with no "vụ", spanning two years -------------------


@pytest.mark.parametrize("text, expected", [
    # a school year is filed under both its years, like a crop season spanning two
    ("Trong năm học 2022-2023, tỉnh công nhận mới 25 trường đạt chuẩn quốc gia.", ("2022-01-01", "2023-12-31")),
    ("Trong học kỳ I, năm học 2019 - 2020, huyện xây mới 12 phòng học.", ("2019-01-01", "2020-12-31")),
    # a two-word season after "lúa", no "vụ", with its two years
    ("Khoảng 58.000 ha lúa Đông xuân 2019-2020 bị thiệt hại do hạn mặn.", ("2019-01-01", "2020-12-31")),
    # ... but not over a quarter named before it
    ("Trong quý I năm 2025, tỉnh xuống giống 40.000 ha lúa, nhiều hơn 5.000 ha lúa thu đông 2024-2025.",
     ("2025-01-01", "2025-03-31")),
    # a school year compared with is none
    ("Toàn tỉnh có 350 trường đạt chuẩn, tăng 20 trường so với năm học 2021-2022.", None),
])
def test_a_school_year_and_a_rice_season_spanning_two_years(text, expected):
    assert _bounds(text) == expected


def test_the_school_year_label():
    meta = parse_document("Trong năm học 2022-2023, tỉnh công nhận mới 25 trường đạt chuẩn quốc gia.").meta
    assert meta.period_label == "năm học 2022-2023"


# --- R64: the page's date: a view counter after the article's date line; a page filed under its month only --------


@pytest.mark.parametrize("text, facts, expected", [
    # the portal's day of reading above the article's own date line, which a view counter follows: the later line
    ("Thứ Hai, 15/07/2024\n\nXi măng làm đường\n\nThứ Năm, 10/02/2022 Lượt xem: 254\n\nTừ đầu năm đến nay, các xã "
     "nhận thêm 1.820 tấn xi măng.", None, ("2022-01-01", "2022-02-10")),
    ("Thứ Hai, 15/07/2024\n\nXi măng làm đường\n\nThứ Tư, 27/01/2021 Đã xem: 19\n\nTừ đầu năm đến nay, các xã "
     "nhận thêm 1.820 tấn xi măng.", None, ("2021-01-01", "2021-01-27")),
    # a page filed under August 2020 only, counting to a day of August: that day of 2020
    ("Tính đến ngày 12-8, toàn tỉnh có 640 doanh nghiệp thành lập mới.",
     SourceFacts(url="https://example.vn/kinh-te/202008/doanh-nghiep-1234567/", published=date(2020, 8, 1)),
     ("2020-01-01", "2020-08-12")),
    # ... but a page dated to a day before it still takes the year before ("tính đến ngày 28/12" on 3 January)
    ("Tính đến ngày 28/12, toàn tỉnh có 640 doanh nghiệp thành lập mới.", SourceFacts(published=date(2021, 1, 3)),
     ("2020-01-01", "2020-12-28")),
])
def test_the_pages_date_behind_a_view_counter_or_to_its_month(text, facts, expected):
    assert _bounds(text, facts) == expected


def test_a_view_counter_line_is_a_date_line():
    assert page.published_on_page("Thứ Hai, 15/07/2024\nThứ Tư, 27/01/2021 Đã xem: 19\nNội dung.") == date(2021, 1, 27)
    assert page.without_date_lines("Thứ Tư, 27/01/2021 Đã xem: 19\nNội dung.") == "Nội dung."


# --- R64: next year opening a paragraph that sets a target is a plan's year --------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Năm 2023, tỉnh ước xuất khẩu được 450 triệu USD gạo, tăng gần 34% so với năm 2022.\n\nTrong năm 2024, tỉnh "
     "tiếp tục đặt ra chỉ tiêu xuất khẩu 1,5 tỷ USD.", ("2023-01-01", "2023-12-31")),
    ("Năm 2023, tỉnh ước xuất khẩu được 450 triệu USD gạo, tăng gần 34% so với năm 2022.\n\nNăm 2024, tỉnh đề ra "
     "mục tiêu xuất khẩu 1,5 tỷ USD.", ("2023-01-01", "2023-12-31")),
    # a year whose figures are told, not set as a target, is still a second year reported
    ("Năm 2022, xuất khẩu gạo của tỉnh đạt 336 triệu USD.\n\nTrong năm 2023, tỉnh xuất khẩu 450 triệu USD.", None),
])
def test_next_year_setting_a_target_is_a_plans_year(text, expected):
    assert _bounds(text) == expected


# --- R64: a month and the months to it, spelled, in a report's name ------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Tình hình kinh tế - xã hội tháng Chín và chín tháng năm 2024\n\nChỉ số sản xuất công nghiệp tăng 12,5%.",
     ("2024-09-01", "2024-09-30")),
    ("Tình hình kinh tế - xã hội tháng Bảy và bảy tháng năm 2023\n\nChỉ số sản xuất công nghiệp tăng 12,5%.",
     ("2023-07-01", "2023-07-31")),
    # as in figures
    ("Tình hình kinh tế - xã hội tháng 9 và 9 tháng năm 2024\n\nChỉ số sản xuất công nghiệp tăng 12,5%.",
     ("2024-09-01", "2024-09-30")),
    # the months to date alone stay the months to date
    ("Tình hình kinh tế - xã hội chín tháng năm 2024\n\nChỉ số sản xuất công nghiệp tăng 12,5%.",
     ("2024-01-01", "2024-09-30")),
])
def test_a_month_and_the_months_to_it_spelled(text, expected):
    assert _bounds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a comparison wrapped over two lines is still a comparison: its year is not the report's
    ("I. Nông nghiệp\n1.\nCây hàng năm:\nToàn tỉnh\ngieo cấy vụ Đông Xuân năm 2022 được "
     "95.400 ha,\ngiảm 1,2% so với cùng vụ năm 2021. Cây lương thực đạt 61.000 ha, giảm 0,5% so với\ncùng kỳ năm "
     "2021. Cây ngô đạt 12.300 ha, tăng 2% so cùng\nvụ năm 2021.", ("2022-01-01", "2022-12-31")),
    # "đến hết" and a day counts the figures to it, as "tính đến ngày" does; a headline's months take its year
    ("6 tháng đầu năm: tỉnh giải ngân vốn đầu tư công đạt 47%\n\nƯớc đến hết 30/6/2023, các huyện giải ngân được 512 "
     "tỷ đồng. Năm 2021, tỉnh phân bổ 1.090 tỷ đồng cho các huyện.", ("2023-01-01", "2023-06-30")),
])
def test_session35_periods(text, expected):
    assert _bounds(text) == expected


def test_a_page_stamp_in_the_address_may_open_with_a_letter():
    assert page.published_in_url("https://example.vn/tin-tuc/d20190312081500000.htm") == date(2019, 3, 12)
    assert page.unwrapped("so với\ncùng kỳ. Năm nay\nTrồng trọt") == "so với cùng kỳ. Năm nay\nTrồng trọt"


def test_an_address_glues_a_quarter_to_its_year():
    assert page.address_headline("https://example.vn/quy-ii2021-san-xuat-nong-nghiep-tang-truong-on-dinh-1234.html"
                                    ).startswith("quý II/2021 san xuat")
    facts = SourceFacts(url="https://example.vn/quy-i2019-xuat-khau-cua-tinh-dat-kha-5678.html")
    # the headline's quarter and year beat a year told in parentheses with last year's value
    assert _bounds("Kim ngạch xuất khẩu ước đạt 312 triệu USD, bằng 24,8% kế hoạch (quý I/2018 đạt 22,1% kế hoạch).",
                   facts) == ("2019-01-01", "2019-03-31")


def test_related_articles_dated_with_dots_and_a_time_are_a_link_list():
    text = ("CPI tháng 10 tăng 0,6%\nTheo Tổng cục Thống kê, CPI tháng 10 tăng 0,6% so với tháng trước.\n"
            "Tin cùng chuyên mục\n- Hội chợ nông sản của tỉnh năm 2024 khai mạc 25.11.2024 | 15:12 PM\n"
            "- Chợ phiên cuối năm 2024 đông khách 12.11.2024 | 09:39 AM\n")
    assert len(page.link_list_spans(text)) == 2
    # the headlines' year is no period of the report
    assert _bounds(text) is None


# --- session 36: years that date no report ----------------------------------------------------------------------


@pytest.mark.parametrize("text, facts, expected", [
    # a year after a comparative ("cao hơn năm 2021") is the base the text compares with; the months it names
    # without a year take the page's
    ("Trong 6 tháng đầu năm, huyện trồng mới 410 ha cây ăn quả, đạt 62% kế hoạch năm. Năng suất dự kiến cao hơn với "
     "năm 2021, khi vườn bị sâu bệnh.", SourceFacts(published=date(2022, 7, 14)), ("2022-01-01", "2022-06-30")),
    ("Sản lượng năm nay dự kiến đạt 5.200 tấn, thấp hơn năm 2020 do mưa bão.", None, None),
    # "hơn" before an amount is "more than" it: the year after the amount is the report's
    ("Toàn tỉnh đạt hơn 5 triệu lượt khách năm 2021.", None, ("2021-01-01", "2021-12-31")),
    # a person born in a year dates no report; what arose in a year does
    ("Giá xăng tăng lần thứ ba liên tiếp lên 30.000 đồng/lít. Công an bắt giữ một đối tượng sinh năm 1995 về hành vi "
     "trộm cắp.", None, None),
    ("Số thuế phát sinh năm 2022 đạt 1.250 tỷ đồng.", None, ("2022-01-01", "2022-12-31")),
])
def test_years_of_comparisons_and_births_date_no_report(text, facts, expected):
    assert _bounds(text, facts) == expected


@pytest.mark.parametrize("text, expected", [
    # the months counted from January take the year the text runs from to now; a decree's date is when it was signed
    ("Ủy ban báo cáo kết quả giảm nghèo từ đầu năm 2019 đến nay. Trong 9 tháng qua, 8 huyện thoát nghèo, đạt mục tiêu "
     "của Quyết định số 45/QĐ-TTg ngày 3/4/2018.", ("2019-01-01", "2019-09-30")),
    ("Thực hiện Chương trình số 12-CTr/TU ngày 15/02/2021, 6 tháng đầu năm toàn tỉnh có thêm 12 xã đạt chuẩn.", None),
])
def test_a_running_span_dates_its_months_and_a_documents_date_none(text, expected):
    assert _bounds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the year a meeting deploys tasks, a plan or targets for is the plan's; the year it reviews is the report's
    ("Sở Công Thương họp triển khai các chỉ tiêu phát triển thương mại - dịch vụ năm 2024. Năm 2023, tổng mức bán lẻ "
     "ước tăng 11,2% so với cùng kỳ năm 2022.", ("2023-01-01", "2023-12-31")),
    ("Huyện triển khai kế hoạch phát triển du lịch năm 2022. Năm 2021, toàn huyện đón 120.000 lượt khách.",
     ("2021-01-01", "2021-12-31")),
])
def test_the_year_a_meeting_deploys_tasks_for_is_a_plans(text, expected):
    assert _bounds(text) == expected


def test_a_headlines_month_on_an_undated_page_is_of_the_year_after_its_same_period_base():
    text = ("Giá tiêu dùng tháng 10 tăng 0,7%\nTheo Cục Thống kê, CPI tháng này tăng 0,7% so với tháng trước và tăng 6,1% "
            "so với cùng kỳ năm 2015.")
    assert _bounds(text) == ("2016-10-01", "2016-10-31")
    # two such years tell no one year
    assert _bounds(text + " Giá vàng tăng 3% so với cùng kỳ năm 2014.") is None


def test_days_counted_from_a_first_day_are_that_span_not_the_year_to_date():
    # (the span is in no opening sentence: a caption's line comes first)
    text = ("Phiên chợ sâm bế mạc\nNgười dân mang sâm đến bán tại phiên chợ của huyện vùng cao.\nNgày 4/3, huyện cho biết "
            "phiên chợ mở từ ngày 1 đến ngày 3/3, bán được 95 kg sâm, thu về 11 tỷ đồng.")
    assert _bounds(text, SourceFacts(published=date(2020, 3, 4))) == ("2020-03-01", "2020-03-03")


def test_a_day_ending_what_lasted_since_an_event_is_no_count():
    text = ("Trung tâm hành chính (từ khi lập tỉnh đến ngày 1/5/2012) là thành phố biển. Năm 2022, GRDP của tỉnh tăng "
            "8,1%, thu ngân sách đạt 18.200 tỷ đồng.")
    assert _bounds(text, SourceFacts(published=date(2023, 9, 8))) == ("2022-01-01", "2022-12-31")


@pytest.mark.parametrize("text, expected", [
    # a text naming the quarter's last month alone before any period is the month's report, its quarter beside it
    ("Chỉ số giá tiêu dùng trong tháng 9 tăng 0,2% so với tháng trước. Bình quân quý III/2018, CPI tăng 3,1% so với "
     "bình quân cùng kỳ năm trước.", ("2018-09-01", "2018-09-30")),
    # the quarter alone, or another month first, keeps the quarter
    ("Bình quân quý III/2018, CPI tăng 3,1% so với cùng kỳ.", ("2018-07-01", "2018-09-30")),
    ("Giá điện tăng từ tháng 8. Bình quân quý III/2018, CPI tăng 3,1% so với cùng kỳ.",
     ("2018-07-01", "2018-09-30")),
])
def test_a_months_report_tells_its_quarter_beside_it(text, expected):
    assert _bounds(text) == expected


def test_the_year_of_a_month_compared_with_is_no_year_of_the_report():
    text = ("Giá tiêu dùng tăng 0,2% trong tháng 5\n\nNgày 22/5, cơ quan thống kê cho biết giá tiêu dùng tháng này tăng "
            "0,2% so với tháng trước; còn so với tháng 5/2014, chỉ số tăng 0,74%. Bình quân 5 tháng đầu năm, chỉ số tăng "
            "0,5% so với cùng kỳ.")
    # no year of its own: none, rather than the year compared with
    assert _bounds(text) is None
    # with the base year the same period is compared with, the year after it
    assert _bounds(text.replace("so với cùng kỳ.", "so với cùng kỳ năm 2014.")) == ("2015-05-01", "2015-05-31")


@pytest.mark.parametrize("text, expected", [
    # a month named by its name, capitalised, with its year (a word glued to the year too)
    ("Nông nghiệp của tỉnh tháng Năm năm 2023diễn ra thuận lợi. Diện tích lúa đạt 5.000 ha.",
     ("2023-05-01", "2023-05-31")),
    ("Kinh tế - xã hội tháng Mười một năm 2022\nDiện tích gieo trồng đạt 5.000 ha.", ("2022-11-01", "2022-11-30")),
    # "tháng năm 2023" is no month's name
    ("Trong tháng năm 2023, diện tích lúa đạt 5.000 ha.", ("2023-01-01", "2023-12-31")),
])
def test_a_month_named_by_its_name(text, expected):
    assert _bounds(text) == expected
