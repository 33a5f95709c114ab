"""R51's rules on real report prose (parsing/realtext/README.md, set R51, by frequency on B10 to B20): a gap told
with "cao hơn"/"thấp hơn"/"tăng hơn" in the level's unit or in points, each rule with text of ours where it applies
and one where it must not."""

from parsing import parse_document


def _changes(text: str) -> list[tuple[str, float | None]]:
    return [(f.raw_text, f.change_abs) for f in parse_document(text).figures]


def test_a_gap_whose_base_is_a_season_of_last_year_is_the_levels_change():
    text = ("Vụ hè thu năm 2024, năng suất lúa bình quân đạt 60 tạ/ha, tăng hơn vụ hè thu năm trước 3 tạ/ha. "
            "Thương lái mua lúa với giá 7.100 đồng/kg, cao hơn vụ đông xuân năm rồi 500 đồng/kg.")
    assert _changes(text) == [("60 tạ/ha", 3.0), ("7.100 đồng/kg", 500.0)]


def test_a_gap_told_before_its_base_of_last_year_is_the_levels_change_and_the_next_one_shares_the_base():
    text = ("Năm 2024, lúa thường ở mức 6.200 - 6.500 đồng/kg thấp hơn 300 đồng/kg so cùng kỳ năm; lúa thơm từ "
            "7.000 - 7.400 đồng/kg, thấp hơn 200 đồng/kg và lúa nếp từ 8.000 - 8.200 đồng/kg, thấp hơn tới 1.000 "
            "đồng/kg so với cùng kỳ năm.")
    assert [c for _, c in _changes(text)] == [-300.0, -200.0, -1000.0]


def test_a_gap_on_another_place_or_with_no_base_stays_a_figure_of_its_own():
    text = ("Năm 2024, lúa thơm ở Mỹ Xuyên được mua với giá 7.600 đồng/kg, cao hơn 400 đồng/kg so với ở Trần Đề. "
            "Giá lúa nếp 8.100 đồng/kg, cao hơn 300 đồng/kg.")
    assert _changes(text) == [("7.600 đồng/kg", None), ("400 đồng/kg", None), ("8.100 đồng/kg", None),
                              ("300 đồng/kg", None)]


def test_a_gap_told_as_a_range_is_no_change_of_one_number():
    text = "Năm 2024, lúa thơm ở mức 7.000 đồng/kg, thấp hơn 200 - 300 đồng/kg so với cùng kỳ."
    assert _changes(text)[0] == ("7.000 đồng/kg", None)


def test_a_gap_in_points_is_the_rates_change_but_not_on_a_target():
    text = ("Năm 2024, tăng trưởng kinh tế của tỉnh ước đạt 7,2%, cao hơn 0,5 điểm phần trăm so với dự báo. "
            "Tỉnh đặt mục tiêu tăng trưởng 8% cho năm 2025, cao hơn 0,3 điểm phần trăm so với mục tiêu được giao.")
    assert _changes(text) == [("7,2%", 0.5), ("8%", None)]


def _yoy(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(f.raw_text, f.yoy_change_pct, f.pct_of_plan) for f in parse_document(text).figures]


def test_a_compared_sentence_whose_subject_names_the_amounts_indicator_in_other_words_gives_its_change():
    text = ("Sáu tháng đầu năm 2024, kết quả xuất khẩu hàng hóa của tỉnh ước đạt 2,1 tỷ USD (đứng thứ ba trong vùng).\n"
            "So với cùng kỳ năm trước, kim ngạch xuất khẩu hàng hóa của tỉnh tăng 10,5% và hoàn thành 55,2% kế hoạch.")
    assert _yoy(text) == [("2,1 tỷ USD", 10.5, 55.2)]


def test_an_amount_with_no_indicator_is_named_by_the_words_its_sentence_says_after_it():
    text = ("Mười tháng năm 2024, với 40,2 tỷ USD, tỉnh đã dẫn đầu cả nước về xuất khẩu hàng hóa. "
            "So với cùng kỳ năm ngoái, kim ngạch xuất khẩu của tỉnh tăng 20,4%.")
    assert _yoy(text) == [("40,2 tỷ USD", 20.4, None)]


def test_a_compared_sentence_naming_another_indicator_leaves_the_amount_alone():
    text = ("Năm 2024, tỉnh đón 1,2 triệu lượt khách. So với cùng kỳ năm trước, kim ngạch xuất khẩu của tỉnh tăng "
            "10,5%. Năm 2024, với 1.200 cơ sở, tỉnh dẫn đầu vùng về số cơ sở lưu trú. So với cùng kỳ năm trước, kim "
            "ngạch nhập khẩu của tỉnh tăng 4,2%.")
    assert [r[1] for r in _yoy(text)] == [None, None, None, None]
