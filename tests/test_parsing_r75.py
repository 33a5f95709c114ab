"""Rules of R75 (session 46, written from the periods the blind sets B49 to B52 and the province-and-period sets P20 and
P21 left wrong, before the sets of this session were read): "hàng chục năm nay" is no "this year"; a story told year
by year ("Năm 2012, ... Đến năm 2018, ...") has no one period; a year that dates a founding is no period; "Trước mắt"
opens a plan; "hướng tới" an aim; a contest's year is the event's; the days of Tết given as lunar days ("từ 30 đến hết
mùng 4") are counted from the lunar new year (``vocab/lunar_new_year.tsv``). Every text is our own wording."""

from datetime import date

import pytest
from conftest import report_bounds as _bounds

from parsing import SourceFacts


@pytest.mark.parametrize(("text", "published", "expected"), [
    # "hàng chục năm nay": for decades now, no year; the page's date gives none
    ("Nghề làm muối ở xã đã có từ hàng chục năm nay. Toàn xã có 120 ha ruộng muối, sản lượng hằng năm khoảng "
     "9.000 tấn.", date(2019, 11, 12), None),
    # guard: "năm nay" alone on a dated page is the page's year
    ("Năm nay, toàn xã có 120 ha ruộng muối, sản lượng khoảng 9.000 tấn.", date(2019, 11, 12),
     ("2019-01-01", "2019-12-31")),
    # a story told year by year: no one period
    ("Năm 2012, cả huyện có 410 hộ nuôi ong với 5.200 đàn. Đến năm 2018, số đàn ong tăng lên 9.800 đàn, sản "
     "lượng mật đạt 120 tấn.", None, None),
    # guard: a year a plan reaches is no second year told
    ("Năm 2023, cả huyện có 9.800 đàn ong, sản lượng mật đạt 120 tấn. Đến năm 2025, huyện phấn đấu có 12.000 đàn "
     "ong.", None, ("2023-01-01", "2023-12-31")),
    # a year dating a founding
    ("Trải qua 15 năm, hợp tác xã ngày càng lớn mạnh. Năm 2008, hợp tác xã dệt thổ cẩm được thành lập với 12 thành "
     "viên; hiện nay có 60 thành viên, doanh thu khoảng 3 tỷ đồng/năm.", None, None),
    # guard: that year's count of what was founded
    ("Năm 2023, toàn tỉnh có 1.150 doanh nghiệp được thành lập mới, tăng 8% so với năm trước.", None,
     ("2023-01-01", "2023-12-31")),
    # "Trước mắt, trong năm 2020, ...": what is to be done next
    ("Làng nghề mây tre đạt doanh thu hơn 8 tỷ đồng/năm, tạo việc làm cho 200 lao động. Trước mắt, trong năm 2020, "
     "huyện hỗ trợ làng nghề làm đường giao thông.", date(2020, 5, 4), None),
    # a contest's year and the year a city works towards are no year of "8 tháng qua"
    ("Du lịch thành phố 8 tháng qua đón 1,2 triệu lượt khách, tăng 4%. Đang diễn ra cuộc thi ảnh du lịch biển "
     "năm 2012, hướng tới tổ chức thành công Năm Du lịch quốc gia 2015 tại thành phố.", None, None),
])
def test_years_that_are_no_period(text, published, expected):
    assert _bounds(text, SourceFacts(published=published)) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the lunar year's last day ("30") to mùng 4: Tết Bính Thân began on 8 February 2016
    ("Trong 5 ngày Tết Bính Thân (từ 30 đến hết mùng 4), tỉnh đón 52.000 lượt khách, doanh thu 61 tỷ đồng.", None,
     ("2016-02-07", "2016-02-11")),
    # lunar days without the year's name, dated by the page (Tết 2023 began on 22 January)
    ("Dịp Tết Nguyên đán (từ mùng 1 đến mùng 5), các điểm du lịch đón 38.000 lượt khách.", date(2023, 1, 28),
     ("2023-01-22", "2023-01-26")),
    # guard: no lunar days given: the official days off
    ("Dịp Tết Nguyên đán, các điểm du lịch đón 38.000 lượt khách.", date(2023, 1, 28), ("2023-01-20", "2023-01-26")),
])
def test_days_of_tet_given_as_lunar_days(text, published, expected):
    assert _bounds(text, SourceFacts(published=published)) == expected


# R75b, from the province-and-period set P22 after it was scored unseen.
@pytest.mark.parametrize(("text", "published", "expected"), [
    # a headline's six months over the opening's count to a day of June
    ("Giải quyết việc làm cho 5.200 lao động trong 6 tháng đầu năm\n\nTính đến ngày 14/6/2021, toàn tỉnh giải "
     "quyết việc làm cho 5.200 lao động, đạt 51% kế hoạch.", date(2021, 6, 20), ("2021-01-01", "2021-06-30")),
    # guard: a headline naming no months leaves the count to the day
    ("Giải quyết việc làm cho 5.200 lao động\n\nTính đến ngày 14/6/2021, toàn tỉnh giải quyết việc làm cho 5.200 "
     "lao động, đạt 51% kế hoạch.", date(2021, 6, 20), ("2021-01-01", "2021-06-14")),
    # five months counted, then the six months estimated, on a page of June
    ("Trong 5 tháng đầu năm 2018, toàn tỉnh cấp 410 giấy phép xây dựng. Ước 6 tháng đầu năm, cấp khoảng 500 giấy "
     "phép, tăng 6%.", date(2018, 6, 12), ("2018-01-01", "2018-06-30")),
    # guard: a page of May keeps the five months
    ("Trong 5 tháng đầu năm 2018, toàn tỉnh cấp 410 giấy phép xây dựng. Ước 6 tháng đầu năm, cấp khoảng 500 giấy "
     "phép, tăng 6%.", date(2018, 5, 28), ("2018-01-01", "2018-05-31")),
])
def test_months_a_headline_or_an_estimate_names(text, published, expected):
    assert _bounds(text, SourceFacts(published=published)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a month before the merger (a page of the merged province's paper), of the former province the merged one's paper names
    ("Trong tháng 5/2025, du lịch biển tỉnh Khánh Hòa (địa bàn Ninh Thuận cũ) đón 310.000 lượt khách, tăng 7%.",
     "Ninh Thuận"),
    # guard: after the merger the province of the time
    ("Trong tháng 9/2025, du lịch biển tỉnh Khánh Hòa (địa bàn Ninh Thuận cũ) đón 310.000 lượt khách, tăng 7%.",
     "Khánh Hòa"),
])
def test_former_province_of_a_period_before_the_merger(text, expected):
    from parsing import parse_document

    assert parse_document(text, SourceFacts(url="https://baokhanhhoa.vn/kinh-te/du-lich-bien.html")).meta.region == expected


def _figures(text, source=None):
    from parsing import parse_document

    return [(f.raw_text, f.value, f.unit, f.kind, f.pct_of_plan, f.yoy_change_pct, f.change_abs)
            for f in parse_document(text, source).figures]


# R75c, from blind sets B53 and B54 after they were scored unseen.
@pytest.mark.parametrize(("text", "expected"), [
    # the plan's abbreviation run into its percentage; a count and its plan's count, one figure
    ("Tổng đàn trâu bò 31.500 con/30.000 con, đạt 105%KH.",
     [("31.500 con/30.000 con", 31500.0, "head", "amount", 105.0, None, None)]),
    # guard: two counts of different things stay two figures
    ("Toàn huyện có 412 hộ nghèo/20.150 hộ, tỷ lệ 2,04%.",
     [("412 hộ nghèo", 412.0, "household", "amount", None, None, None),
      ("20.150 hộ", 20150.0, "household", "amount", None, None, None),
      ("2,04%", 2.04, "percent", "share", None, None, None)]),
    # a tone mark on the wrong vowel of "kế hoạch"
    ("Thu ngân sách đạt 1.250 tỷ đồng, đạt 52,4% so kế họach năm.",
     [("1.250 tỷ đồng", 1.25e12, "VND", "amount", 52.4, None, None)]),
    # a ratio then the amount's change, no comma between
    ("Diện tích lúa cả năm 41.200 ha, bằng 100,62% tăng 254 ha so với cùng kỳ năm 2020.",
     [("41.200 ha", 41200.0, "hectare", "amount", None, 0.62, 254.0)]),
    # "tăng vọt" is a rise
    ("Doanh thu du lịch đạt 3.450 tỷ đồng, tăng vọt 61,2%.",
     [("3.450 tỷ đồng", 3.45e12, "VND", "amount", None, 61.2, None)]),
    # the change's size, then its rate after "tương đương"
    ("Dân số trung bình năm 2022 là 512,4 nghìn người, tăng 6,1 nghìn người, tương đương 1,21% so với năm 2021.",
     [("512,4 nghìn người", 512400.0, "person", "amount", None, 1.21, 6100.0)]),
    # a rate's fall, then the level it is left at: the level's change in points
    ("Tỷ lệ hộ nghèo toàn huyện giảm 1,8% so với năm trước, hiện còn 9,4%.",
     [("9,4%", 9.4, "percent", "share", None, None, -1.8)]),
    # those awarded are counted by what they are
    ("Huyện khen thưởng 12 tập thể và 25 cá nhân.",
     [("12 tập thể", 12.0, "collective", "amount", None, None, None),
      ("25 cá nhân", 25.0, "person", "amount", None, None, None)]),
    # "đạt tỉ lệ X%" after an amount done out of its plan is its share of the plan
    ("Thu ngân sách ước đạt 9.120/8.000 triệu đồng, đạt tỉ lệ 114%.",
     [("9.120/8.000 triệu đồng", 9.12e9, "VND", "amount", 114.0, None, None)]),
])
def test_figures_of_real_report_idioms(text, expected):
    assert _figures(text) == expected


def test_a_total_broken_down_twice_in_one_list():
    from parsing import parse_document

    text = ("Dân số trung bình năm 2022 đạt 512,4 nghìn người, bao gồm dân số thành thị 140,2 nghìn người, chiếm "
            "27,36%; dân số nông thôn 372,2 nghìn người, chiếm 72,64%; dân số nam 255,9 nghìn người, chiếm 49,94%; "
            "dân số nữ 256,5 nghìn người, chiếm 50,06%.")
    parts = [f for f in parse_document(text).figures if f.unit == "person"]
    assert [f.component_of for f in parts] == [None, 0, 0, 0, 0]
    # guard: a list that ends when its parts add up leaves a later amount alone
    text = ("Dân số trung bình năm 2022 đạt 512,4 nghìn người, bao gồm dân số thành thị 140,2 nghìn người; dân số "
            "nông thôn 372,2 nghìn người; lao động 280,3 nghìn người.")
    parts = [f for f in parse_document(text).figures if f.unit == "person"]
    assert [f.component_of for f in parts] == [None, 0, 0, None]


YEARBOOK_UNIT_BELOW = """4. Diện tích gieo trồng cây hằng năm phân theo huyện
Planted area of annual crops by district
Tổng số
Total
TỔNG SỐ - TOTAL
12.450,5 8.120,3 4.330,2
1. Huyện Nam Sơn
5.210,4 3.400,1 1.810,3
2. Huyện Bắc Sơn
7.240,1 4.720,2 2.519,9
Đơn vị tính
- Unit: Ha
Trong đó - Of which
Lúa
Rice
18"""


def test_a_yearbook_tables_unit_printed_below_its_rows():
    from parsing import parse_document

    figures = parse_document(YEARBOOK_UNIT_BELOW).figures
    assert len(figures) == 9 and {f.unit for f in figures} == {"hectare"}
    assert figures[0].value == 12450.5
    # guard: with no unit line anywhere, the table still gives no figure
    assert not parse_document(YEARBOOK_UNIT_BELOW.replace("Đơn vị tính\n- Unit: Ha\n", "")).figures


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a caption counting a stock to a day written with its year
    (YEARBOOK_UNIT_BELOW.replace("phân theo huyện", "tính đến 31/12/2019 phân theo huyện"), None,
     ("2019-01-01", "2019-12-31")),
    # a quarter and the months to its end, a comma between
    ("Tình hình kinh tế - xã hội quý II, 6 tháng năm 2023 của tỉnh tiếp tục ổn định. Tổng mức bán lẻ quý II ước đạt "
     "8.200 tỷ đồng.", None, ("2023-04-01", "2023-06-30")),
    # a page's date stamp is no opening sentence: the month the opening names
    ("Xuất khẩu tăng mạnh\nKinh tế - Ngày đăng : 08:15, 12/11/2023\nTrong tháng 10 vừa qua, kim ngạch xuất khẩu "
     "ước đạt 85 triệu USD, tăng 12% so với cùng kỳ năm 2022. Từ đầu năm 2023 đến nay, xuất khẩu đạt 790 triệu USD.",
     None, ("2023-10-01", "2023-10-31")),
    # a year's money counted to a day of it
    ("Báo cáo giải ngân vốn đầu tư công năm 2024 (đến 15/04/2024)\n\nSở Tài chính công khai tình hình giải ngân vốn "
     "đầu tư công năm 2024: 612 tỷ đồng, đạt 14,2% kế hoạch năm 2024.", date(2024, 4, 20), ("2024-01-01", "2024-04-15")),
    # guard: a deadline keeps the year
    ("Năm 2024, tỉnh giải ngân vốn đầu tư công đạt 612 tỷ đồng; các chủ đầu tư phải giải ngân hết vốn năm 2024 "
     "đến ngày 31/01/2025.", None, ("2024-01-01", "2024-12-31")),
    # a programme's term carried out, on a page dated within it
    ("Triển khai Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025, tỉnh bố trí 415 tỷ đồng "
     "cho dự án hỗ trợ việc làm.", date(2025, 10, 2), ("2021-01-01", "2025-12-31")),
    # a term of office opening the review, the page's stamp before it
    (" date 2025-12-18 Nhiệm kỳ 2020-2025, Đảng bộ và nhân dân xã đạt nhiều kết quả; thu nhập bình quân đầu người đạt "
     "47,6 triệu đồng/năm.\n\nĐảng bộ xã nhiệm kỳ 2025-2030 đặt mục tiêu đến năm 2030, tốc độ tăng giá trị sản phẩm "
     "bình quân đạt 8%/năm.", None, ("2020-01-01", "2025-12-31")),
    # the year of a campaign launched at a quarter's review is an aim: the quarter reviewed
    ("Xã tổ chức Hội nghị sơ kết Quý I, triển khai nhiệm vụ trọng tâm quý II năm 2023\n\n01/04/2023\n      Sáng ngày "
     "30/3, UBND xã đã tổ chức Hội nghị đánh giá tình hình kinh tế-xã hội, quốc phòng, an ninh Quý I, thực hiện nhiệm "
     "vụ trọng tâm Quý II và phát động phong trào thi đua thực hiện thắng lợi phát triển kinh tế- xã hội năm 2023.\n"
     "anh1.jpg\nToàn cảnh Hội nghị\n      Trong Quý I năm 2023, tổng diện tích gieo trồng vụ Đông Xuân năm 2023 là hơn "
     "516 ha, đạt 61,8% kế hoạch.", None, ("2023-01-01", "2023-03-31")),
    # guard: with no date, it may look ahead to the term's end
    ("Triển khai Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025, tỉnh bố trí 415 tỷ đồng "
     "cho dự án hỗ trợ việc làm.", None, None),
])
def test_periods_of_captions_quarters_stamps_and_terms(text, published, expected):
    assert _bounds(text, SourceFacts(published=published)) == expected


def test_an_official_reports_caption_over_a_headline_made_of_its_file_name():
    text = ("CỤC THỐNG KÊ TỈNH\n\nBÁO CÁO\nTÌNH HÌNH KINH TẾ - XÃ HỘI\nTháng 8 và 8 tháng năm 2022\n\nChỉ số sản xuất "
            "công nghiệp tháng 8 ước tăng 5,2% so với cùng kỳ; tính chung 8 tháng năm 2022 tăng 7,1%.")
    source = SourceFacts(url="https://www.scribd.com/document/1/KTXH-8-thang-nam-2022")
    assert _bounds(text, source) == ("2022-08-01", "2022-08-31")


# R75f, from B54 after R75d: rates' falls, vessels' length classes, rows numbered in order.
@pytest.mark.parametrize(("text", "expected"), [
    # a rate's fall and the households it comes to: no change of a level of households
    ("Tỷ lệ hộ nghèo đa chiều toàn tỉnh năm 2024 giảm 5,12%, tương đương với 9.840 hộ nghèo và cận nghèo.",
     [("5,12%", -5.12, "percent", "growth", None, None, None),
      ("9.840 hộ nghèo", 9840.0, "household", "amount", None, None, None)]),
    # guard: an amount's own change stays its change
    ("Khách quốc tế tăng 27%, tương ứng 1.504 nghìn lượt.",
     [("1.504 nghìn lượt", 1504000.0, "visit", "amount", None, 27.0, None)]),
    # the rate brought down by so much is a fall
    ("Các huyện vùng cao đều giảm tỷ lệ hộ nghèo đa chiều trên 6%.",
     [("trên 6%", -6.0, "percent", "growth", None, None, None)]),
    # vessels' length classes bound the counts told after them; a road's length is a figure
    ("Tàu cá chiều dài từ 12m đến dưới 15m là 380 chiếc, tàu cá chiều dài từ 6m đến dưới 12m là 1.210 chiếc; tuyến "
     "đê có chiều dài trên 8 km.",
     [("380 chiếc", 380.0, "piece", "amount", None, None, None),
      ("1.210 chiếc", 1210.0, "piece", "amount", None, None, None),
      ("trên 8 km", 8.0, "km", "amount", None, None, None)]),
])
def test_rates_falls_and_length_classes(text, expected):
    assert _figures(text) == expected


LABOUR_TABLE_ONE_CELL_A_LINE = """Số liệu lao động năm 2024

STT

Nội dung

Đơn vị

Số lượng

1

Lực lượng lao động từ 15 tuổi trở lên

Người

512300

2

Lao động đang làm việc

<empty cell>

Khu vực nhà nước

Người

41.250

<empty cell>

Khu vực ngoài nhà nước

Người

452.110

3

Số doanh nghiệp đang hoạt động

Doanh nghiệp

1.830

4

Lao động trong doanh nghiệp

Người

58.400

4.1

Doanh nghiệp nhà nước

Người

3.120""".replace("<empty cell>", " ")  # an empty cell is a line of one space


def test_rows_numbered_in_order_with_rows_of_different_lengths():
    from parsing import parse_document

    values = [f.value for f in parse_document(LABOUR_TABLE_ONE_CELL_A_LINE).figures]
    assert values == [512300.0, 41250.0, 452110.0, 1830.0, 58400.0, 3120.0]


# R75g, from blind set B55 and province-and-period set P24 after they were scored unseen.
@pytest.mark.parametrize(("text", "expected"), [
    # list items' bare "(X%)" repeat the first item's share of the plan; a commune's or a scenario's plan
    ("Công nghiệp – xây dựng đạt 1.250,4 tỷ đồng (101,8% kế hoạch); thương mại – dịch vụ đạt 512,7 tỷ đồng (99,1%).",
     [("1.250,4 tỷ đồng", 1.2504e12, "VND", "amount", 101.8, None, None),
      ("512,7 tỷ đồng", pytest.approx(5.127e11), "VND", "amount", 99.1, None, None)]),
    ("Thu ngân sách nhà nước đạt 128,4% xã giao.", [("128,4%", 128.4, "percent", "share", 128.4, None, None)]),
    ("Doanh thu du lịch ước đạt 8.140 tỷ đồng, đạt 104% so với kịch bản tăng trưởng đề ra.",
     [("8.140 tỷ đồng", 8.14e12, "VND", "amount", 104.0, None, None)]),
    ("Toàn tỉnh gieo trồng được 2.310 ha rau màu, bằng 96,5% diện tích kế hoạch.",
     [("2.310 ha", 2310.0, "hectare", "amount", 96.5, None, None)]),
    # a ratio to the year before, "so với" unsaid
    ("Năm 2024, sản lượng vải đạt 21.500 tấn, chỉ bằng 52% năm 2023.",
     [("21.500 tấn", 21500.0, "tonne", "amount", None, -48.0, None)]),
    # guard: a far year stays a share of its own
    ("Năm 2024, sản lượng vải đạt 21.500 tấn, chỉ bằng 52% năm 2019.",
     [("21.500 tấn", 21500.0, "tonne", "amount", None, None, None), ("52%", 52.0, "percent", "share", None, None, None)]),
    # codes counted short
    ("Huyện có 92 mã số vùng trồng (40 mã xuất khẩu sang Trung Quốc).",
     [("92 mã số vùng trồng", 92.0, "code", "amount", None, None, None), ("40 mã", 40.0, "code", "amount", None, None, None)]),
])
def test_plans_of_list_items_communes_and_scenarios(text, expected):
    assert _figures(text) == expected


def test_targets_met_and_passed_are_no_bound():
    from parsing import parse_document

    figures = parse_document("Năm 2025, xã đã hoàn thành và vượt 24/27 chỉ tiêu chủ yếu.").figures
    assert [(f.raw_text, f.qualifier) for f in figures] == [("24/27 chỉ tiêu", None)]
    # guard: an amount passed is still at least so much
    assert parse_document("Khách quốc tế vượt 35.000 lượt.").figures[0].qualifier == "more_than"


def test_lunar_days_spelled_open_the_body_under_a_headline_naming_tet():
    text = ("Khu di tích đón hơn 6.000 du khách trong 3 ngày Tết Kỷ Hợi\n\nTừ ngày mùng một đến chiều ngày mùng 3 Tết, đã "
            "có hơn 6.000 du khách đến dâng hương.")
    assert _bounds(text) == ("2019-02-05", "2019-02-07")


# R75h, from blind set B56 and province-and-period set P25 after they were scored unseen.
@pytest.mark.parametrize(("text", "expected"), [
    # "giảm tỷ lệ ... còn X%" names the level the rate falls to, no fall (a guard: R75f's fall word broke it, unseen in
    # B56; 0.4.44 read it right)
    ("Năm 2026, ngành phấn đấu giảm tỷ lệ hộ nghèo đa chiều còn 1,43%; 99% dân cư nông thôn dùng nước hợp vệ sinh.",
     [("1,43%", 1.43, "percent", "share", None, None, None), ("99%", 99.0, "percent", "share", None, None, None)]),
    # "tương đương X% so với cùng kỳ" after an amount is its ratio to last year
    ("Đá xây dựng đạt hơn 1,3 triệu tấn, tương đương 285% so với cùng kỳ và 154% kế hoạch năm.",
     [("hơn 1,3 triệu tấn", 1300000.0, "tonne", "amount", 154.0, 185.0, None)]),
])
def test_levels_fallen_to_and_ratios_told_as_equivalents(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a year's review and the next year's tasks in one headline: the year reviewed
    ("Hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026\n\nGiá trị sản xuất nông nghiệp ước tăng "
     "4,1%, thu ngân sách đạt 1.200 tỷ đồng.", ("2025-01-01", "2025-12-31")),
    # a year opening a sentence whose subject, long and with no number, then strives: a plan's year
    ("(GLO)- Năm 2026, ngành Nông nghiệp và Môi trường tỉnh Gia Lai phấn đấu tốc độ tăng trưởng nông nghiệp đạt "
     "3,7-3,8%.\n\nTheo báo cáo tại hội nghị, năm 2025, ngành tập trung tái cơ cấu sản xuất, giá trị sản xuất tăng 4,1%.",
     ("2025-01-01", "2025-12-31")),
    # a span of years in a sentence of aims set is the aims'
    ("Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030 diễn ra ngày 18/8.\n\nĐại hội thông qua Nghị quyết "
     "nhiệm kỳ 2025-2030, đặt mục tiêu tổng thu ngân sách đến năm 2030 là hơn 180 tỷ đồng; tổng vốn đầu tư toàn xã "
     "hội giai đoạn 2026-2030 từ 10.000 tỷ đồng.\n\nTrong nhiệm kỳ 2020-2025, thu nhập bình quân đầu người đạt 85 "
     "triệu đồng/năm.", ("2020-01-01", "2025-12-31")),
])
def test_years_of_next_tasks_and_aims_set(text, expected):
    assert _bounds(text) == expected


@pytest.mark.parametrize(("period", "expected"), [
    # a commune named with the province its own merged into, for a period before the merger: the outlet's province
    ("6 tháng đầu năm 2025", "Bà Rịa - Vũng Tàu"),
    # guard: after the merger, the province named
    ("9 tháng năm 2025", "TP. Hồ Chí Minh"),
])
def test_the_outlets_province_before_the_merger(period, expected):
    from parsing import parse_document

    text = f"Sáng 8-8, HĐND xã Xuân Sơn (TPHCM) tổ chức kỳ họp đánh giá tình hình kinh tế - xã hội {period}; thu ngân sách đạt 41 tỷ đồng."
    source = SourceFacts(url="https://baobariavungtau.com.vn/chinh-tri/202508/xa-xuan-son-ky-hop-1047895/")
    assert parse_document(text, source).meta.region == expected
