"""R49's rules on real report prose (parsing/realtext/README.md, set R49, by frequency on B10 to B19): each rule with
text of ours where it applies and one where it must not."""

from parsing import parse_document


def _figures(text: str) -> list[tuple[str, float, str, str | None]]:
    return [(f.raw_text, f.value, f.unit, f.qualifier) for f in parse_document(text).figures]


def test_an_approximation_before_a_bound_is_in_the_span_and_the_bound_is_the_qualifier():
    text = ("Năm 2024, tỉnh đón khoảng hơn 52.000 lượt khách, doanh thu đạt khoảng trên 96 tỷ đồng; "
            "có khoảng gần 8.600 hộ tham gia.")
    assert _figures(text) == [("khoảng hơn 52.000 lượt khách", 52000.0, "visit", "more_than"),
                              ("khoảng trên 96 tỷ đồng", 96e9, "VND", "more_than"),
                              ("khoảng gần 8.600 hộ", 8600.0, "household", "approx")]


def test_a_single_bound_keeps_its_span():
    text = "Năm 2024, tỉnh đón khoảng 52.000 lượt khách, doanh thu đạt hơn 96 tỷ đồng."
    assert _figures(text) == [("khoảng 52.000 lượt khách", 52000.0, "visit", "approx"),
                              ("hơn 96 tỷ đồng", 96e9, "VND", "more_than")]


def test_a_rate_whose_noun_stands_before_its_slash():
    text = ("Năm 2024, nhà máy có công suất 120.000 tấn thành phẩm/năm; trại giống cung ứng 20 triệu con gà/năm; "
            "lợi nhuận đạt 350 triệu đồng /ha.")
    assert _figures(text) == [("120.000 tấn thành phẩm/năm", 120000.0, "tonne/year", None),
                              ("20 triệu con gà/năm", 20e6, "head/year", None),
                              ("350 triệu đồng /ha", 350e6, "VND/hectare", None)]


def test_a_percentage_per_year_and_a_slash_before_a_number_are_no_rate_of_a_noun():
    text = "Năm 2024, sản lượng đạt 500 tấn cá/năm 2023 và tăng trưởng bình quân 6%/năm."
    units = [f.unit for f in parse_document(text).figures]
    assert "tonne/year" not in units


def test_count_nouns_the_vocabulary_now_names():
    text = ("Năm 2024, cửa khẩu có 12.500 lượt phương tiện xuất nhập cảnh; tỉnh tiếp 45 lượt nhà đầu tư. "
            "Toàn tỉnh có 6 KCN đã hoạt động, các doanh nghiệp tạo ra 2.400 vị trí việc làm; có 28 vùng trồng được cấp mã.")
    assert _figures(text) == [("12.500 lượt phương tiện", 12500.0, "vehicle", None),
                              ("45 lượt nhà đầu tư", 45.0, "investor", None),
                              ("6 KCN", 6.0, "industrial park", None),
                              ("2.400 vị trí việc làm", 2400.0, "job", None),
                              ("28 vùng trồng", 28.0, "growing area", None)]


def test_one_half_after_a_share_or_a_fall_is_fifty_per_cent():
    text = ("Năm 2024, doanh thu lưu trú chiếm hơn một nửa tổng thu; lượng khách đến đảo giảm gần một nửa so với "
            "năm 2023.")
    assert [(f.raw_text, f.kind, f.value, f.qualifier) for f in parse_document(text).figures] == [
        ("hơn một nửa", "share", 50.0, "more_than"), ("gần một nửa", "growth", -50.0, "approx")]


def test_one_half_of_a_count_or_a_ratio_with_its_base_before_is_no_figure():
    text = ("Năm 2024, một nửa số hộ đã chuyển sang nuôi tôm. So với năm 2019, lượng khách chỉ bằng một nửa.")
    assert parse_document(text).figures == ()
