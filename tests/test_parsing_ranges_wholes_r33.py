"""R33's rules on real report prose (parsing/realtext/README.md, set R33, by frequency on B10 to B15): each rule with
text of ours where it applies and one where it must not."""

from parsing import parse_document


def _figures(text: str) -> list[tuple[str, float, float | None]]:
    return [(f.raw_text, f.value, f.value_high) for f in parse_document(text).figures]


def test_a_range_of_percentages_printed_at_both_ends_is_one_figure():
    assert _figures("Chỉ số giá các nhóm hàng của tỉnh so với thủ đô trong khoảng từ 81,25% - 98,40%.") == [
        ("từ 81,25% - 98,40%", 81.25, 98.4)]
    assert _figures("Tỉnh dự báo tăng trưởng kinh tế cả năm đạt mức từ 8,15% đến 8,30%.") == [
        ("từ 8,15% đến 8,30%", 8.15, 8.3)]
    # the ends glued to the dash, a bound word before the low end inside the span
    assert _figures("Công suất phòng bình quân những ngày nghỉ lễ khoảng 70%-75%.") == [("khoảng 70%-75%", 70.0, 75.0)]


def test_percentages_that_are_no_range_stay_two_figures():
    # the second no larger than the first: two levels, not a range
    assert [f[0] for f in _figures("Tỷ lệ hộ nghèo năm 2023 là 4,5% - 3,2% năm 2024.")] == ["4,5%", "3,2%"]
    # a bound word before the low end ("trên 30% - 70%") is no range of the bound's
    assert all(f[2] is None for f in _figures("Diện tích bị thiệt hại trên 30% - 70% là 575 ha."))


def test_an_amount_and_its_whole_both_with_their_unit_are_one_figure():
    figures = parse_document("Trồng rừng tập trung ước đạt 2.150 ha/2.400 ha (bằng 89,6% kế hoạch).").figures
    assert [(f.raw_text, f.value, f.plan_amount, f.pct_of_plan) for f in figures] == [
        ("2.150 ha/2.400 ha", 2150.0, 2400.0, 89.6)]
    figures = parse_document("Giá trị thực hiện của dự án là 412 tỷ 150 triệu đồng/530 tỷ 200 triệu đồng.").figures
    assert [(f.raw_text, f.value) for f in figures] == [("412 tỷ 150 triệu đồng/530 tỷ 200 triệu đồng", 412150000000.0)]


def test_an_amount_over_another_unit_or_a_count_over_its_whole_is_left_as_before():
    # a rate per hectare: the second amount is in another unit, no whole
    assert all(f.plan_amount is None for f in parse_document("Giá trị sản xuất đạt 98 triệu đồng/1 ha.").figures)
    # counts keep their reading ("74 xã/137 xã" as written before this rule)
    figures = parse_document("Toàn tỉnh có 74 xã/137 xã đạt chuẩn nông thôn mới.").figures
    assert all(f.plan_amount is None for f in figures)


def _changes(text: str) -> list[tuple[str, float | None]]:
    return [(f.raw_text, f.change_abs) for f in parse_document(text).figures]


def test_a_change_in_money_of_a_level_per_unit_is_its_change():
    assert _changes("Thu nhập bình quân đầu người của huyện đạt 52,4 triệu đồng, tăng 6,8 triệu đồng so với năm "
                    "2023.") == [("52,4 triệu đồng", 6800000.0)]
    assert _changes("Giá trị thu hoạch trên 1 ha đất trồng trọt đạt 215 triệu đồng/ha, tăng hơn 12 triệu đồng so với "
                    "năm trước.") == [("215 triệu đồng/ha", 12000000.0)]


def test_a_change_of_a_price_against_a_recent_day_stays_a_figure():
    # only a change against a year is the level's: "so với cách đây 2 tháng" is a change of its own, as before
    assert [t for t, _ in _changes("Giá lúa tẻ thường 7.200 đồng/kg, tăng khoảng 400 đồng so với cách đây 2 "
                                   "tháng.")] == ["7.200 đồng/kg", "khoảng 400 đồng"]


def test_so_cung_ky_without_voi_compares_as_so_voi_does():
    assert _changes("Trong năm, tỉnh cấp mới 18 dự án với tổng vốn đăng ký 2.340 tỷ đồng, so cùng kỳ năm trước tăng "
                    "5 dự án.") == [("18 dự án", 5.0), ("2.340 tỷ đồng", None)]
