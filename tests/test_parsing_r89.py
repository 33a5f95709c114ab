"""Rules of R89 (session 53), from the blind sets B81 to B84 (seen) and the sets of this session after they were scored
unseen. Every text is our own wording."""

from datetime import date

import pytest
from conftest import report_bounds as _bounds

from parsing import SourceFacts, parse_document


def _read(text):
    return [(f.raw_text, f.value, f.unit, f.yoy_change_pct, f.change_abs, f.pct_of_plan)
            for f in parse_document(text).figures]


@pytest.mark.parametrize(("text", "expected"), [
    # nouns whose first syllable alone was read as an unknown noun
    ("Kỳ họp đã thông qua 12 nghị quyết về ngân sách.", [("12 nghị quyết", 12.0, "resolution", None, None, None)]),
    ("Huyện đã xây mới 4 trụ sở UBND xã.", [("4 trụ sở", 4.0, "office", None, None, None)]),
    ("Đêm nhạc thu hút trên 8.000 khán giả.", [("trên 8.000 khán giả", 8000.0, "spectator", None, None, None)]),
    ("Ngành thú y tiêm phòng được 54.210 lượt con gia súc.",
     [("54.210 lượt con", 54210.0, "head", None, None, None)]),
    # a year, a dash, then that year's rate: no range that falls from its low end
    ("GRDP tăng 6,9%, là mức tăng thấp thứ ba (năm 2017 – 7,4%) trong 5 năm.",
     [("6,9%", 6.9, "percent", None, None, None)]),
    # a number glued to "có" before it, with its change and the change's size
    ("Cây ăn trái toàn tỉnh hiện có8.240ha, tăng 6,2% (480ha) so với cùng kỳ.",
     [("8.240ha", 8240.0, "hectare", 6.2, 480.0, None)]),
    # districts counted only to be ranked and named, as many names as the count
    ("Có 03 huyện có tỷ lệ hộ nghèo cao nhất lần lượt là: Mường Nhé, Nậm Pồ và Tủa Chùa.", []),
    # guard: fewer names than the count keeps the count
    ("Có 03 huyện có tỷ lệ hộ nghèo cao nhất lần lượt là: Mường Nhé và Nậm Pồ.",
     [("03 huyện", 3.0, "district", None, None, None)]),
])
def test_figures_r89(text, expected):
    assert _read(text) == expected


def test_a_bare_zone_is_no_count():
    # guard: "vùng" divides an area or names a region; it counts nothing on its own
    assert [f.raw_text for f in parse_document("Diện tích nuôi được chia thành 2 vùng: nước ngọt và nước lợ.").figures] \
        == []


@pytest.mark.parametrize(("text", "expected"), [
    # what a group did to the whole index, after "làm giảm": a fall, below zero
    ("Nhóm nhà ở giảm 1,2%, tác động làm giảm CPI chung 0,15%.",
     [("1,2%", -1.2, "percent", None, None, None), ("0,15%", -0.15, "percent", None, None, None)]),
    # a change whose comparison is named between the verb and its size or rate ("... là")
    ("Tổng giá trị sản xuất đạt 96,4 tỷ đồng, tăng so với cùng kỳ năm trước là 8,1 tỷ đồng.",
     [("96,4 tỷ đồng", 96_400_000_000.0, "VND", None, 8_100_000_000.0, None)]),
    ("Tổng giá trị sản xuất đạt 96,4 tỷ đồng, tăng so với cùng kỳ năm trước là 9,2%.",
     [("96,4 tỷ đồng", 96_400_000_000.0, "VND", 9.2, None, None)]),
    # "đồng bằng" read as the currency, then "bằng" and a share (no delta): the amount stays
    ("Giá trị sản xuất ước đạt 2.410 tỷ đồng bằng 96% so với kế hoạch.",
     [("2.410 tỷ đồng", 2_410_000_000_000.0, "VND", None, None, 96.0)]),
    # a growth scenario named "kịch bản" alone is a plan
    ("Giá trị sản xuất ước đạt 1.250 tỷ đồng, đạt 101,5% so với kịch bản.",
     [("1.250 tỷ đồng", 1_250_000_000_000.0, "VND", None, None, 101.5)]),
    # a third plan has no place on the amount: its share stays a figure
    ("Thu ngân sách đạt 980 tỷ đồng, bằng 105% dự toán Trung ương giao, đạt 98% dự toán tỉnh giao, hoàn thành 110% "
     "kịch bản thu 9 tháng.",
     [("980 tỷ đồng", 980_000_000_000.0, "VND", None, None, 105.0), ("110%", 110.0, "percent", None, None, 110.0)]),
    # a class of vessels named by its open bound is no figure
    ("Toàn tỉnh có 2.100 tàu cá, trong đó tàu công suất từ 90 CV trở lên là 640 chiếc.",
     [("2.100 tàu cá", 2100.0, "fishing vessel", None, None, None), ("640 chiếc", 640.0, "fishing vessel", None, None, None)]),
    # units written with a superscript, or spelled
    ("Sản lượng gỗ khai thác đạt 8.350 m³.", [("8.350 m³", 8350.0, "m3", None, None, None)]),
    ("Giá trị thu được bình quân đạt 185 triệu đồng/hécta.",
     [("185 triệu đồng/hécta", 185_000_000.0, "VND/hectare", None, None, None)]),
])
def test_figures_r89b(text, expected):
    assert _read(text) == expected


def test_equal_rates_of_a_list_are_each_groups_own():
    # a group's rate equal to the index's, in a list of the groups' rates, is no copy of it
    text = ("Chỉ số giá tiêu dùng (CPI) tháng 8 tăng 0,21% so với tháng trước. Trong đó, 3/11 nhóm hàng có chỉ số giá "
            "tăng, gồm: giao thông tăng 1,52% (tác động làm CPI chung tăng 0,09%); giáo dục tăng 0,21%; may mặc tăng "
            "0,33%.")
    assert [f.raw_text for f in parse_document(text).figures if f.unit == "percent"] \
        == ["0,21%", "1,52%", "0,09%", "0,21%", "0,33%"]


@pytest.mark.parametrize(("text", "expected"), [
    # the day an opening counts to, over a scheme named with its year
    ("Tính đến ngày 12/6/2025, toàn tỉnh đã hoàn thành 1.204 căn nhà trong Chương trình xóa nhà tạm, nhà dột nát năm "
     "2025, đạt 71%.", ("2025-01-01", "2025-06-12")),
    # a fourth quarter, then the whole year with its year left out
    ("Tại phiên họp thường kỳ tháng 12/2024, Sở Tài chính cho biết tăng trưởng GRDP quý 4/2024 đạt 7,9%; ước cả năm "
     "đạt 7,6%. Thu ngân sách đạt 14.200 tỷ đồng.", ("2024-01-01", "2024-12-31")),
    # a year's end counted to without "tính", closed by its comma, over the year of a survey's name
    ("Huyện vừa công bố kết quả rà soát hộ nghèo năm 2018 trên địa bàn huyện. Theo đó, đến cuối năm 2017, toàn huyện có 3.410 hộ nghèo, "
     "giảm 520 hộ so với cùng kỳ.", ("2017-01-01", "2017-12-31")),
    # the months to a quarter's end
    ("Đến hết quý II năm 2021, tăng trưởng kinh tế toàn tỉnh đạt 5,1%, thấp hơn kế hoạch đề ra.",
     ("2021-01-01", "2021-06-30")),
])
def test_periods_r89b(text, expected):
    assert _bounds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a change's size after "hay" ("that is"), then its base
    ("Đàn heo có 214.600 con, tăng 2,9% hay 6.050 con so với cùng kỳ.",
     [("214.600 con", 214600.0, "head", 2.9, 6050.0, None)]),
    # an adverb between the verb and a bounded rate told before its amount
    ("Xuất khẩu long nhãn tăng khủng hơn 900% so với cùng kỳ, đạt gần 18 triệu USD.",
     [("gần 18 triệu USD", 18_000_000.0, "USD", 900.0, None, None)]),
    # a scale word glued to the unit
    ("Lũy kế 7 tháng ước đạt 128,4nghìntấn, giảm 4,2% so cùng kỳ.",
     [("128,4nghìntấn", 128400.0, "tonne", -4.2, None, None)]),
    # a price per bag, and the bag's size in parentheses (no figure)
    ("Phân đạm ở mức 610.000 đồng/bao (50 kg).", [("610.000 đồng/bao", 610000.0, "VND/bag", None, None, None)]),
    # counted nouns: Party committees and cells, product lines
    ("Cả 3 Đảng bộ cấp trên cơ sở và 96 chi bộ đã tổ chức xong đại hội.",
     [("3 Đảng bộ", 3.0, "party committee", None, None, None), ("96 chi bộ", 96.0, "party cell", None, None, None)]),
    ("Hợp tác xã chế biến được 6 dòng sản phẩm chè.", [("6 dòng sản phẩm", 6.0, "product line", None, None, None)]),
    # a rate written "âm": below zero
    ("Ngành nông nghiệp tăng trưởng âm hơn 3,2% do dịch bệnh.", [("hơn 3,2%", -3.2, "percent", None, None, None)]),
    # freight and passenger turnover written with a slash for the dot
    ("Khối lượng hàng hóa luân chuyển đạt 9,4 tỷ tấn/km.", [("9,4 tỷ tấn/km", 9_400_000_000.0, "tonne-km", None, None, None)]),
    # a later pair of rates with no bases keeps the first pair's: the period before, then last year
    ("Vận chuyển hành khách đạt 28 triệu lượt, tăng 1,2% so với tháng trước và tăng 20,4% so với cùng kỳ năm trước; "
     "doanh thu đạt 1,4 nghìn tỷ đồng, tăng 0,8% và tăng 24,1%.",
     [("28 triệu lượt", 28_000_000.0, "visit", 20.4, None, None), ("1,2%", 1.2, "percent", None, None, None),
      ("1,4 nghìn tỷ đồng", 1_400_000_000_000.0, "VND", 24.1, None, None), ("0,8%", 0.8, "percent", None, None, None)]),
])
def test_figures_r89c(text, expected):
    assert _read(text) == expected


def test_a_part_singled_out_with_rieng_is_no_part_beside_the_others():
    # the service boats may be among the large ones: told apart, they are no part of the fleet beside them
    figures = parse_document("Toàn tỉnh có 1.900 chiếc/240.000 CV (trong đó tàu công suất lớn là 500 chiếc/220.000 CV, "
                             "riêng tàu làm dịch vụ hậu cần 120 chiếc/60.000 CV).").figures
    assert [(f.raw_text, f.component_of) for f in figures if f.unit == "horsepower"] \
        == [("240.000 CV", None), ("220.000 CV", 1), ("60.000 CV", None)]


@pytest.mark.parametrize(("text", "source", "expected"), [
    # "Quảng Ninh" is also a district of Quảng Bình: on Quảng Bình's portal, the district
    ("Quảng Ninh phấn đấu giảm 600 hộ nghèo\n\nNăm 2024, huyện Quảng Ninh có 25.400 hộ, trong đó 1.500 hộ nghèo.",
     SourceFacts(url="https://www.quangbinh.gov.vn/3cms/quang-ninh-phan-dau-giam-600.htm"), "Quảng Bình"),
    # "Cả nước chung sức ..." names a campaign the province took part in; the report stays the province's
    ("Tỉnh Hà Nam triển khai hiệu quả các phong trào thi đua như: Cả nước chung sức xây dựng nông thôn mới; Cả nước "
     "chung tay vì người nghèo; Cả nước đoàn kết phòng, chống dịch. Tính đến ngày 30/6/2024, tỉnh Hà Nam có 98 xã đạt "
     "chuẩn nông thôn mới, cùng cả nước bước vào giai đoạn mới.", None, "Hà Nam"),
    # a half year before the merger, told of the merged province by both its former parts: not the one named "cũ"
    ("Trong 6 tháng đầu năm 2025, toàn tỉnh Lào Cai trồng được 11.200 ha rừng. Tỷ lệ che phủ rừng của vùng địa giới "
     "hành chính cũ của tỉnh Lào Cai đạt 59,1%, vùng tỉnh Yên Bái cũ đạt 62,8%. Tỉnh Lào Cai tiếp tục trồng rừng gỗ lớn.",
     SourceFacts(published=date(2025, 7, 17)), "Lào Cai"),
])
def test_regions_r89(text, source, expected):
    assert parse_document(text, source).meta.region == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a plan named with the level that set it, before the rate that passes it
    ("Công tác phát triển đảng viên mới vượt kế hoạch huyện giao 12%.", [("12%", 12.0, "percent", None, None, 112.0)]),
    # "đạt và vượt": reached the share named, no excess over the plan
    ("Các chỉ tiêu cơ bản đều đạt và vượt trên 60% kế hoạch năm.", [("trên 60%", 60.0, "percent", None, None, 60.0)]),
    # hamlets counted
    ("Đến nay, 9/9 ấp có nhà văn hóa.", [("9/9 ấp", 9.0, "hamlet", None, None, None)]),
])
def test_figures_r89e(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a share's whole named before its change in parentheses: the change is the share's, in points
    ("Toàn huyện còn 1.020 hộ nghèo, chiếm 3,4% tổng số hộ (giảm 1,1% so với năm 2022).",
     [("1.020 hộ nghèo", 1020.0, "household", None, None, None), ("3,4%", 3.4, "percent", None, -1.1, None)]),
    # guard: a share of the plan keeps the change in parentheses off it
    ("Thu ngân sách đạt 50% kế hoạch (tăng 12,8% so với cùng kỳ).",
     [("50%", 50.0, "percent", None, None, 50.0), ("12,8%", 12.8, "percent", None, None, None)]),
])
def test_figures_r89f(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the one year a text names dated to its end in parentheses, beside its start
    ("Toàn tỉnh hiện còn 12.300 hộ nghèo, tỷ lệ hộ nghèo giảm từ 10,2% (đầu năm 2019) xuống còn 8,4% (cuối năm 2019).",
     date(2020, 2, 10), ("2019-01-01", "2019-12-31")),
    # a congress of a new term, on an undated page, reviewing the tasks the previous term's congress set
    ("Khai mạc Đại hội đại biểu Đảng bộ xã Tân Lộc lần thứ X, nhiệm kỳ 2020 - 2025\n\nĐảng bộ xã đã thực hiện thắng lợi "
     "nhiệm vụ kinh tế - xã hội được Đại hội khóa IX, nhiệm kỳ 2015-2020 đề ra. Thu nhập bình quân đầu người đạt 48 triệu "
     "đồng/người/năm.", None, ("2015-01-01", "2020-12-31")),
])
def test_periods_r89g(text, published, expected):
    assert _bounds(text, SourceFacts(published=published)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a contribution to a fall of an index named in words, not "CPI": below zero
    ("Nhóm giao thông giảm 2,1%, tác động làm giảm chỉ số giá chung 0,18%.",
     [("2,1%", -2.1, "percent", None, None, None), ("0,18%", -0.18, "percent", None, None, None)]),
    # guard: the level a rate is brought down to is no contribution
    ("Tỷ lệ hộ nghèo được kéo giảm xuống còn 1,9%.", [("1,9%", 1.9, "percent", None, None, None)]),
])
def test_figures_r89h(text, expected):
    assert _read(text) == expected
