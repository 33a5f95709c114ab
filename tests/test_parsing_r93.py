"""Rules of R93 (session 56), from the blind sets B97, B98 and P49 after they were scored unseen. Every text is our own
wording."""

import pytest
from conftest import report_bounds as _bounds

from parsing import SourceFacts, parse_document, periods


def _read(text):
    return [(f.raw_text, f.kind, f.value, f.yoy_change_pct, f.qualifier, f.pct_of_plan)
            for f in parse_document(text).figures]


@pytest.mark.parametrize(("text", "expected"), [
    # "chiếm" is a share's own verb: the estimate of the amount before it does not reach it
    ("Kim ngạch xuất khẩu của khu vực trong nước ước đạt 512,5 triệu USD, chiếm 61,2% tổng kim ngạch.",
     [("512,5 triệu USD", "amount", 512.5e6, None, "estimate", None),
      ("61,2%", "share", 61.2, None, None, None)]),
    # a target in parentheses, "(kế hoạch tăng ...)", is set, not estimated
    ("Khu vực công nghiệp và xây dựng ước tăng 9,4% (kế hoạch tăng 10,2%).",
     [("9,4%", "growth", 9.4, None, "estimate", None), ("10,2%", "growth", 10.2, None, None, None)]),
    # "hoàn thành" is a verb of the count's own
    ("Tăng trưởng kinh tế năm 2024 ước đạt 7,1%, hoàn thành 18/20 chỉ tiêu chủ yếu.",
     [("7,1%", "growth", 7.1, None, "estimate", None), ("18/20 chỉ tiêu", "amount", 18.0, None, None, None)]),
    # an excess over the year's target told after the target's name
    ("Năm 2025, thành phố đón 9,2 triệu lượt khách, tăng 21% so với cùng kỳ và vượt mục tiêu cả năm gần 4%.",
     [("9,2 triệu lượt khách", "amount", 9.2e6, 21.0, None, 104.0)]),
    # rates that rose "phổ biến" (widely), and a fall "bình quân là" (on average)
    ("Giá thịt lợn tiếp tục tăng phổ biến từ 3-6% so với tháng trước.",
     [("từ 3-6%", "growth", 3.0, None, None, None)]),
    ("Tỷ lệ hộ nghèo của huyện giai đoạn 2021-2024 giảm bình quân là 2,8%.",
     [("2,8%", "growth", -2.8, None, None, None)]),
    # two falls under one verb, joined by "và", with no amount and no base
    ("Mỗi năm huyện giảm được 2,1% hộ nghèo và 3,6% tỷ lệ nghèo đa chiều.",
     [("2,1%", "growth", -2.1, None, None, None), ("3,6%", "growth", -3.6, None, None, None)]),
    # rates read respectively ("lần lượt") of a count and its capital
    ("Tháng 1, tỉnh có 1.240 doanh nghiệp thành lập mới, với vốn đăng ký 9.600 tỷ đồng, giảm lần lượt 5,2% về lượng "
     "và 31% về vốn so với cùng kỳ.",
     [("1.240 doanh nghiệp", "amount", 1240.0, -5.2, None, None),
      ("9.600 tỷ đồng", "amount", 9600e9, -31.0, None, None)]),
])
def test_figures_r93(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    # a count whose members' abbreviation follows its noun, then the members
    "Năm 2022, tỉnh đề nghị bổ sung 4 Cụm công nghiệp (CCN) gồm: CCN Phú Lộc, CCN Tân Hòa, CCN Đông Sơn, CCN Bình Minh "
    "vào quy hoạch.",
    # members in parentheses, each a name opening with a capital, then what is done with them
    "Tỉnh xây dựng kế hoạch phát triển 03 sản phẩm chủ lực (Bưởi da xanh, Mật ong rừng, Gạo thơm) gắn với thương hiệu "
    "địa phương.",
])
def test_counts_that_name_their_members_r93(text):
    assert parse_document(text).figures == ()


def test_a_count_naming_only_some_of_its_members_stays():
    text = "Tỉnh có 5 sản phẩm chủ lực (Bưởi da xanh, Mật ong rừng) được chứng nhận."
    assert [f.raw_text for f in parse_document(text).figures] == ["5 sản phẩm"]


@pytest.mark.parametrize(("text", "url", "bounds"), [
    # months joined to the year's estimate: the year's review
    ("Trên cơ sở kết quả 10 tháng đầu năm và dự ước khả năng thực hiện cả năm 2021, huyện đã hoàn thành 20/22 chỉ "
     "tiêu. Tổng giá trị sản xuất ước đạt 6.140 tỷ đồng, tăng 9,3% so với năm 2020.", None,
     ("2021-01-01", "2021-12-31")),
    # months told before a later estimate of the year: those months, of that year
    ("Theo Sở Công Thương, trong 10 tháng qua, giá trị xuất khẩu của tỉnh đạt hơn 3,2 tỷ USD, bằng 84% kế hoạch năm, "
     "ước tính cả năm 2023 đạt 3,8 tỷ USD.", None, ("2023-01-01", "2023-10-31")),
    # a span of days on a page dated by its month only
    ("Ngày 5-1, Sở Du lịch cho biết từ ngày 1 đến 3-1, toàn tỉnh đón khoảng 41.200 lượt khách, tăng 35% so với cùng kỳ.",
     "https://bao.example.vn/du-lich/202301/don-khach-dau-nam-1234/", ("2023-01-01", "2023-01-03")),
    # "từ đầu năm đến nay" on a page whose address stamps the day it went up
    ("Từ đầu năm đến nay, người nuôi trong tỉnh đã thu hoạch gần 5.100 tấn tôm, tăng 4% so với cùng kỳ.",
     "https://tin.example.vn/kinh-te/nuoi-tom-ven-bien-20190805094457383.htm", ("2019-01-01", "2019-08-05")),
    # the months from January counted again to the end of their last month, with its year
    ("Trong 6 tháng đầu năm, huyện trồng được 420 ha rừng.\n\nNgười dân trồng rừng trên diện tích đã khai thác năm 2021\n"
     "\nTính đến hết tháng 6/2022, toàn huyện đã trồng 420 ha rừng, đạt 91% kế hoạch.", None,
     ("2022-01-01", "2022-06-30")),
])
def test_period_r93(text, url, bounds):
    assert _bounds(text, SourceFacts(url=url)) == bounds


def test_a_breakdown_paragraph_reads_on_from_the_one_before():
    # the international visitors of 2022, their change on 2021 the change on last year, in a report on early 2023
    text = ("Từ ngày 1 đến 3-1-2023, toàn tỉnh đón 45.000 lượt khách.\n\nƯớc tính năm 2022, toàn tỉnh đón 1,1 triệu lượt "
            "khách, giảm 12% so với năm 2021.\n\nTrong đó, khách quốc tế ước đạt hơn 31.000 lượt, giảm 40% so với năm "
            "2021.")
    figures = {f.raw_text: f for f in parse_document(text).figures}
    assert figures["hơn 31.000 lượt"].yoy_change_pct == -40.0
    assert "40%" not in figures


@pytest.mark.parametrize(("words", "months"), [
    # a lunar day, "mùng 6 tháng Giêng", counts no months
    ("từ 27 tháng Chạp đến mùng 6 tháng Giêng", None),
    # guard: nor does a day of a month named
    ("khai mạc ngày 7 tháng Bảy", None),
    # guard: six months with no year
    ("trong 6 tháng đầu năm", "6 tháng đầu năm"),
])
def test_months_without_their_year_r93(words, months):
    found = periods._partial_period(words)
    assert (found[1].group(0) if found else None) == months


def test_a_count_left_unreached_beside_fractions_is_no_part():
    # 15/16 and 9/9 make up 24/25 exactly; the 1 target missed is what 15/16 left, no part of the targets reached
    text = ("Năm 2023, huyện đạt và vượt 24/25 chỉ tiêu chủ yếu, trong đó lĩnh vực kinh tế có 15/16 chỉ tiêu đạt và vượt "
            "kế hoạch, 1 chỉ tiêu chưa đạt; lĩnh vực xã hội có 9/9 chỉ tiêu đạt và vượt kế hoạch.")
    figures = parse_document(text).figures
    assert [(f.raw_text, f.component_of) for f in figures] == [
        ("24/25 chỉ tiêu", None), ("15/16 chỉ tiêu", 0), ("1 chỉ tiêu", None), ("9/9 chỉ tiêu", 0)]
