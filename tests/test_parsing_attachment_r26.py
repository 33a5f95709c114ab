"""R26's rules on real report prose (parsing/realtext/README.md, set R26): each rule with a sentence of ours where
it applies and one where it must not."""

from parsing import parse_document


def _list(text: str) -> list[object]:
    return list(parse_document(text).figures)


def _figures(text: str) -> dict[str, object]:
    return {f.raw_text: f for f in _list(text)}


def test_structure_share_change_after_comma_is_in_points():
    figures = _figures("Cơ cấu kinh tế chuyển dịch tích cực: nông nghiệp chiếm 22,4%, giảm 0,9%; dịch vụ chiếm 45,1%, "
                       "tăng 0,6%.")
    assert list(figures) == ["22,4%", "45,1%"]
    assert figures["22,4%"].change_abs == -0.9 and figures["45,1%"].change_abs == 0.6
    # no structure named: "chiếm 38%, tăng 12%" may be the growth of the part's own amount
    figures = _figures("Xuất khẩu sang thị trường Mỹ chiếm 38%, tăng 12%.")
    assert figures["12%"].kind == "growth" and figures["38%"].change_abs is None


def test_respective_rates_take_the_sign_of_their_verb():
    for text in ("Chỉ số sản xuất công nghiệp và chỉ số tiêu thụ giảm lần lượt là 2,4% và 6,1% so với cùng kỳ.",
                 "Chỉ số sản xuất công nghiệp và chỉ số tiêu thụ lần lượt giảm 2,4% và 6,1% so với cùng kỳ."):
        figures = _figures(text)
        assert figures["2,4%"].value == -2.4 and figures["6,1%"].value == -6.1
    # amounts waiting for their changes keep the respective reading
    figures = _figures("Xuất khẩu 690 triệu USD và nhập khẩu 1.320 triệu USD, giảm lần lượt 13,1% và 69,2%.")
    assert figures["690 triệu USD"].yoy_change_pct == -13.1 and figures["1.320 triệu USD"].yoy_change_pct == -69.2


def test_beyond_last_year_is_a_rise_on_it():
    figures = _figures("Tổng vốn đăng ký đạt 412,5 triệu USD, vượt 9% so với cùng kỳ năm trước.")
    assert list(figures) == ["412,5 triệu USD"] and figures["412,5 triệu USD"].yoy_change_pct == 9.0
    # beyond the plan stays a percentage of the plan
    figures = _figures("Thu ngân sách đạt 500 tỷ đồng, vượt 7% kế hoạch.")
    assert figures["500 tỷ đồng"].pct_of_plan == 107.0 and figures["500 tỷ đồng"].yoy_change_pct is None


def test_count_of_groups_leaves_the_named_group_its_rate():
    figures = _figures("Trong 11 nhóm hàng chính, có 05 nhóm tăng là nhóm giáo dục tăng 1,24%; nhóm nhà ở tăng 0,45%.")
    assert figures["05 nhóm"].yoy_change_pct is None
    assert figures["1,24%"].kind == "growth" and figures["0,45%"].kind == "growth"
    # no group named after the count: the rate is the count's
    assert _figures("Có 7 nhóm hàng tăng 2% so với cùng kỳ.")["7 nhóm hàng"].yoy_change_pct == 2.0


def test_caption_printed_twice_does_not_part_the_parts_from_their_total():
    caption = "Du khách xếp hàng tham quan đỉnh núi và khu di tích lịch sử của tỉnh trong những ngày khai hội mùa xuân"
    figures = _list(f"Doanh thu lưu trú đạt 84 tỷ đồng, tăng 9,5% so cùng kỳ.\n\n{caption}\n{caption}\n\n"
                    "Trong đó, thành phố dẫn đầu với 37 tỷ đồng.")
    assert [f.component_of for f in figures] == [None, 0]
    # a paragraph of prose with no figure between them does part them
    figures = _list("Doanh thu lưu trú đạt 84 tỷ đồng, tăng 9,5% so cùng kỳ.\n\n" + " ".join([caption + "."] * 3)
                    + "\n\nTrong đó, thành phố dẫn đầu với 37 tỷ đồng.")
    assert [f.component_of for f in figures] == [None, None]


def test_table_border_after_a_full_stop_ends_the_sentence():
    figures = _list("Tổng thu ngân sách đạt 1.250 tỷ đồng.\n![]() |\nMột góc trung tâm hành chính của tỉnh. |\n"
                    "Trong đó, thu nội địa đạt 980 tỷ đồng.")
    assert [f.component_of for f in figures] == [None, 0]


def test_comparison_base_level_is_no_part():
    figures = _list("Dịp Tết, toàn tỉnh đón 420.000 lượt khách, tăng 18% so với năm trước (đón 356.000 lượt). Trong "
                    "đó, có 61.000 lượt khách quốc tế, gấp 2,1 lần so với cùng kỳ (29.000 lượt).")
    parts = {f.raw_text: f.component_of for f in figures}
    assert parts == {"420.000 lượt khách": None, "356.000 lượt": None, "61.000 lượt khách": 0, "29.000 lượt": None}


def test_spelled_count_naming_its_places_is_no_figure():
    assert _list("Tỉnh ổn định dân cư ở hai xã Nậm Khao, Pa Vệ Sủ (huyện biên giới).") == []
    assert list(_figures("Năm nay có hai xã đạt chuẩn nông thôn mới.")) == ["hai xã"]


def test_count_nouns_and_share_bases():
    figures = _figures("Toàn tỉnh có 410 thôn bản, tổ chức 25 lễ hội và trên 60 hoạt động văn hóa; có 7 nhóm hàng "
                       "tăng giá. Thành phố đón 150.000 lượt khách, chiếm 41,2% lượt khách đến toàn tỉnh.")
    assert {k: figures[k].unit for k in ("410 thôn bản", "25 lễ hội", "trên 60 hoạt động", "7 nhóm hàng")} == {
        "410 thôn bản": "village", "25 lễ hội": "festival", "trên 60 hoạt động": "activity", "7 nhóm hàng": "group"}
    assert "41,2%" in figures  # after "chiếm" the noun is the base, out of the span
    assert "100% trạm y tế" in _figures("Đã có 100% trạm y tế có bác sĩ.")
