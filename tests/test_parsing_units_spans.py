"""R61's rules on units, spans and kinds of matched figures (parsing/realtext/README.md, set R61, by frequency on
B24): each rule with text of ours where it applies (value, unit and exact span) and one where it must not."""

import pytest

from parsing import parse_document


def _figures(text: str) -> list[tuple[str, float, str]]:
    return [(f.raw_text, f.value, f.unit) for f in parse_document(text).figures]


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Năm 2023, tỉnh có thêm 24 tua-bin gió hòa lưới.", "24 tua-bin gió", 24.0, "turbine"),
    ("Năm 2023, nhà máy lắp 16 trụ turbine gió.", "16 trụ turbine gió", 16.0, "turbine"),
    ("Năm 2023, dự án có 6 tuabin.", "6 tuabin", 6.0, "turbine"),
    ("Năm 2023, tỉnh phê duyệt 5 đề án phát triển sản xuất.", "5 đề án", 5.0, "scheme"),
    ("Năm 2023, tỉnh xây dựng 21 cánh đồng lớn trồng lúa.", "21 cánh đồng lớn", 21.0, "large field"),
    ("Năm 2023, công trình huy động hơn 900 kỹ sư, công nhân.", "hơn 900 kỹ sư", 900.0, "person"),
    ("Năm 2023, ngân hàng cho vay 3.450 lượt hộ gia đình.", "3.450 lượt hộ gia đình", 3450.0, "household"),
    ("Năm 2023, ngân hàng cho 86 lượt học sinh, sinh viên vay vốn.", "86 lượt học sinh", 86.0, "student"),
    ("Năm 2023, tỉnh có khoảng 39.000 hộ kinh doanh cá thể.", "khoảng 39.000 hộ kinh doanh", 39000.0, "household"),
    ("Năm 2023, tỉnh có 18 khu, điểm tham quan được công nhận.", "18 khu, điểm tham quan", 18.0, "tourist site"),
    ("Số tiền tương đương 40 cây vàng.", "40 cây vàng", 40.0, "gold tael"),
])
def test_a_counted_noun_runs_to_its_last_word(text, span, value, unit):
    assert _figures(text) == [(span, value, unit)]


@pytest.mark.parametrize("text", [
    "Tỉnh tiếp tục thực hiện Đề án 06 của Chính phủ và Đề án 4 về chuyển đổi số.",
    "Cánh đồng 3 của hợp tác xã được gieo sạ sớm; tuabin số 5 của nhà máy đã được thay thế.",
])
def test_a_noun_naming_the_number_after_it_counts_nothing(text):
    assert parse_document(text).figures == ()


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Năm 2022, bình quân 1 tổ có 46 thành viên.", "46 thành viên", 46.0, "member/group"),
    ("Năm 2022, dư nợ bình quân đạt 1,5 tỷ đồng/tổ.", "1,5 tỷ đồng/tổ", 1.5e9, "VND/group"),
    ("Năm 2022, công suất mỗi tua-bin là 4,2 MW.", "4,2 MW", 4.2, "MW/turbine"),
    ("Năm 2022, nhà máy phát lên lưới khoảng 280 triệu kWh mỗi năm.", "khoảng 280 triệu kWh", 280e6, "kWh/year"),
    ("Năm 2022, sau mỗi chuyến biển tàu khai thác bình quân được 2,3 tấn hải sản.", "2,3 tấn", 2.3, "tonne/trip"),
    ("Năm 2022, giá trị sản xuất trên đơn vị diện tích đạt 158 triệu đồng.", "158 triệu đồng", 158e6, "VND/hectare"),
    ("Năm 2022, bình quân thu nhập của lao động đạt 18 triệu đồng/tháng.", "18 triệu đồng/tháng", 18e6,
     "VND/person/month"),
    ("Năm 2022, mỗi xã có 2 trạm y tế.", "2 trạm y tế", 2.0, "health station/commune"),
])
def test_an_amount_per_one_of_a_counted_noun(text, span, value, unit):
    assert _figures(text) == [(span, value, unit)]


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Một chủ tàu cho biết mỗi chuyến biển thu về khoảng 300 triệu đồng.", "khoảng 300 triệu đồng", 300e6, "VND"),
    ("Bình quân 01 xã đạt trên 13 tiêu chí.", "trên 13 tiêu chí", 13.0, "criterion"),
    ("Chương trình Mỗi xã một sản phẩm có thêm 14 sản phẩm được công nhận.", "14 sản phẩm", 14.0, "product"),
])
def test_no_rate_from_a_trips_takings_a_level_reached_or_a_programmes_name(text, span, value, unit):
    assert _figures(text) == [(span, value, unit)]


def _rates(text: str) -> list[tuple[str, str, float, float | None]]:
    return [(f.raw_text, f.kind, f.value, f.change_abs) for f in parse_document(text).figures]


@pytest.mark.parametrize(("text", "expected"), [
    ("Năm 2020, cơ cấu kinh tế tiếp tục chuyển dịch: khu vực nông nghiệp đạt 17,8% giảm 1,4%; khu vực công nghiệp - "
     "xây dựng đạt 33,1% tăng 0,9%; khu vực dịch vụ đạt 49,1%, tăng 0,5% so với năm 2019.",
     [("17,8%", "share", 17.8, -1.4), ("33,1%", "share", 33.1, 0.9), ("49,1%", "share", 49.1, 0.5)]),
    ("Năm 2020, khu vực dịch vụ chiếm tỷ trọng lớn nhất (71,2%), tiếp theo là khu vực công nghiệp - xây dựng (22,5%).",
     [("71,2%", "share", 71.2, None), ("22,5%", "share", 22.5, None)]),
    ("Năm 2020, kinh tế tư nhân đóng góp khoảng 45% GRDP và trên 60% tổng thu ngân sách của tỉnh.",
     [("khoảng 45%", "share", 45.0, None), ("trên 60%", "share", 60.0, None)]),
])
def test_levels_of_a_structure_or_a_contribution_are_shares(text, expected):
    assert _rates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Năm 2023, tỷ trọng công nghiệp đạt 30%; tốc độ tăng đạt 8%.", [("30%", "share", 30.0, None),
                                                                       ("8%", "growth", 8.0, None)]),
    ("Năm 2023, xuất khẩu sang thị trường Mỹ chiếm 38%, tăng 12%.", [("38%", "share", 38.0, None),
                                                                      ("12%", "growth", 12.0, None)]),
])
def test_a_growth_word_or_no_structure_leaves_a_rate_of_change(text, expected):
    assert _rates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Năm 2025, tỉnh điều chỉnh mục tiêu tăng trưởng kinh tế từ 8,5% lên mức phấn đấu 10%.",
     [("8,5%", "growth", 8.5, None), ("10%", "growth", 10.0, None)]),
    ("Năm 2025, tỷ lệ tăng dân số tự nhiên là 0,92%; tỷ lệ tăng cơ học 0,35%.",
     [("0,92%", "growth", 0.92, None), ("0,35%", "growth", 0.35, None)]),
    ("Năm 2025, tỷ lệ hộ nghèo giảm từ 1,8% xuống còn 1,2%.",
     [("1,8%", "share", 1.8, None), ("1,2%", "share", 1.2, None)]),
])
def test_a_rate_moved_keeps_its_kind_and_a_population_increase_is_growth(text, expected):
    assert _rates(text) == expected


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Năm 2023, hằng tháng, bình quân mỗi lao động gửi về từ 18 đến 22 triệu đồng.", "từ 18 đến 22 triệu đồng", 18e6,
     "VND/person/month"),
    ("Năm 2023, hàng tháng tỉnh thu ngân sách khoảng 500 tỷ đồng.", "khoảng 500 tỷ đồng", 500e9, "VND/month"),
    ("Năm 2023, năng suất lúa mỗi năm đạt 6 tấn/ha.", "6 tấn/ha", 6.0, "tonne/hectare"),
])
def test_money_told_monthly_before_who_it_is_per(text, span, value, unit):
    assert _figures(text) == [(span, value, unit)]


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    # "Tr." before a unit is "triệu", as in "tr.đồng": power companies' and trade tables write energy and dollars so
    ("Điện thương phẩm 10 tháng đạt 47.566,26 Tr.kWh.", "47.566,26 Tr.kWh", 47566.26e6, "kWh"),
    ("Kim ngạch nhập khẩu đạt 250 tr.USD.", "250 tr.USD", 250e6, "USD"),
])
def test_million_abbreviated_before_a_unit(text, span, value, unit):
    assert _figures(text) == [(span, value, unit)]


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    # counted nouns the vocabulary lacked (B31): wind turbines however spelled, flights counted as "lượt", unions of
    # cooperatives, net houses
    ("Nhà máy có 6 trụ turbines gió.", "6 trụ turbines gió", 6.0, "turbine"),
    ("Dự án xây thêm 71 trụ tua bin gió.", "71 trụ tua bin gió", 71.0, "turbine"),
    ("Sân bay thực hiện 180 lượt chuyến bay.", "180 lượt chuyến bay", 180.0, "flight"),
    ("Toàn tỉnh có 5 liên hiệp hợp tác xã.", "5 liên hiệp hợp tác xã", 5.0, "cooperative union"),
    ("Nông dân dựng 90 nhà lưới trồng rau.", "90 nhà lưới", 90.0, "net house"),
])
def test_counted_nouns_of_session36(text, span, value, unit):
    assert _figures(text) == [(span, value, unit)]
