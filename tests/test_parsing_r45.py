"""R45's rules on real report prose (parsing/realtext/README.md, set R45, by frequency on B10 to B18): each rule with
text of ours where it applies and one where it must not."""

from parsing import parse_document


def _figures(text: str) -> list[tuple[str, float, float | None, str, float | None]]:
    return [(f.raw_text, f.value, f.value_high, f.unit, f.change_abs) for f in parse_document(text).figures]


def test_a_per_unit_after_a_slash_and_a_space_is_the_units_divisor():
    text = ("Vụ Xuân năm 2024, năng suất lúa đạt 71,8tạ/ ha, tăng 1,2 tạ/ha so với vụ Xuân năm 2023. "
            "Các cơ sở chế biến có công suất 250 tấn/ ngày. Giá bán đạt 48,5 nghìn đồng/ kg.")
    assert _figures(text) == [("71,8tạ/ ha", 71.8, None, "quintal/hectare", 1.2),
                              ("250 tấn/ ngày", 250.0, None, "tonne/day", None),
                              ("48,5 nghìn đồng/ kg", 48500.0, None, "VND/kg", None)]


def test_a_spaced_divisor_with_a_number_after_it_is_a_date_not_a_divisor():
    text = "Năm 2024, lượng khách đạt 5.000 lượt/ tháng 6 năm ngoái."
    assert all(f.unit != "visit/month" for f in parse_document(text).figures)


def test_half_is_a_number_before_a_scale_word_or_a_measured_unit():
    text = ("Năm 2024, tỉnh đón hơn nửa triệu lượt khách. Một hộ thu hoạch được nửa tấn quả. "
            "Doanh thu đạt nửa tỷ đồng.")
    assert [(f.raw_text, f.value, f.unit, f.qualifier) for f in parse_document(text).figures] == [
        ("hơn nửa triệu lượt khách", 500000.0, "visit", "more_than"), ("nửa tấn", 0.5, "tonne", None),
        ("nửa tỷ đồng", 500000000.0, "VND", None)]


def test_half_before_a_time_or_a_count_is_no_figure():
    text = "Còn nửa tháng nữa mới thu hoạch; nửa đầu năm 2024 mưa nhiều, gần nửa số hộ đã trồng cây ăn quả."
    assert parse_document(text).figures == ()


def test_a_change_told_as_a_range_is_a_figure_of_its_own():
    text = ("Năm 2023, giá thành lúa dao động 3.100 - 3.500 đồng/kg (giảm 60 - 210 đồng/kg so với cùng kỳ năm 2022). "
            "Giá bán trái cây tăng từ 2.000 - 15.000 đồng/kg so với cùng kỳ năm 2022.")
    assert _figures(text) == [("3.100 - 3.500 đồng/kg", 3100.0, 3500.0, "VND/kg", None),
                              ("60 - 210 đồng/kg", 60.0, 210.0, "VND/kg", None),
                              ("từ 2.000 - 15.000 đồng/kg", 2000.0, 15000.0, "VND/kg", None)]


def test_a_single_change_after_an_amount_stays_its_change_abs():
    text = "Năm 2023, giá lúa tẻ đạt 6.200 đồng/kg, tăng 400 đồng/kg so với cùng kỳ năm 2022."
    assert _figures(text) == [("6.200 đồng/kg", 6200.0, None, "VND/kg", 400.0)]
