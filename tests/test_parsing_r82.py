"""Rules of R82 (session 50), written from the blind sets B73 and B74 after each was scored unseen. Every text is our
own wording."""

import pytest

from parsing import parse_document


def _read(text, *fields):
    return [(f.raw_text, *(getattr(f, name) for name in fields)) for f in parse_document(text).figures]


def test_a_title_run_into_the_lead_before_the_outlets_tag_is_a_title():
    text = ("Du lịch thành phố đón 145 nghìn lượt khách dịp lễ (ABC) - Trong kỳ nghỉ lễ, lượng khách đến thành phố ước "
            "đạt 145 nghìn lượt (tăng 18% so với cùng kỳ).\n\nTrong đó, khách quốc tế đạt 41 nghìn lượt.")
    assert _read(text, "yoy_change_pct") == [("145 nghìn lượt", 18.0), ("41 nghìn lượt", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # "tương đương thêm": the rise's size after its rate
    ("Quy mô kinh tế đạt 96,3 nghìn tỷ đồng, tăng 9,2%, tương đương thêm 8,1 nghìn tỷ đồng so với năm trước.",
     [("96,3 nghìn tỷ đồng", 9.2, 8.1e12)]),
    # a signed amount in parentheses after a ratio to last year
    ("Diện tích ngô ước đạt 2.150 ha, bằng 88,4% (-282 ha) so với cùng kỳ.", [("2.150 ha", -11.6, -282.0)]),
    # a season against the same season a year before
    ("Cây rau màu 3.420 ha, bằng 104,2% so với vụ cùng kỳ.", [("3.420 ha", 4.2, None)]),
])
def test_changes_told_beside_their_amount(text, expected):
    assert _read(text, "yoy_change_pct", "change_abs") == expected


def test_a_rates_fall_then_the_level_it_is_brought_down_to():
    text = "Tỷ lệ hộ nghèo của huyện giảm 2,71% so với năm 2023 xuống còn 9,46%."
    assert _read(text, "kind", "change_abs") == [("9,46%", "share", -2.71)]


@pytest.mark.parametrize(("text", "expected"), [
    # a level reached, its count's noun named before and left out after the number
    ("Tháng 7, tổng lượt khách đến tham quan ước đạt 418.650, tăng 12,4% so với cùng kỳ.",
     [("418.650", "visit", 12.4)]),
    ("Khách nội địa ước đón 52.300 lượt, nâng tổng lượt khách cả năm lên 611.870, tăng 20% so với năm trước.",
     [("52.300 lượt", "visit", None), ("611.870", "visit", 20.0)]),
    # guard: a bare number after "đạt" with nothing counted named stays no figure
    ("Chỉ số đạt 12.500, tăng 5%.", [("5%", "percent", None)]),
])
def test_a_bare_count_reached(text, expected):
    assert _read(text, "unit", "yoy_change_pct") == expected


def test_last_years_level_in_parentheses_after_its_base():
    # (the text's own numbers need not fit: 318.000 is 43,6% above 221.400, yet that is the level, no change's size)
    text = "Lượng khách đạt 318.000 lượt, tăng 35% so với cùng kỳ năm 2024 (221.400 lượt)."
    assert _read(text, "change_abs") == [("318.000 lượt", None), ("221.400 lượt", None)]
    # guard: the change's size in parentheses stays the change
    size = "Diện tích đạt 62.740 ha, tăng 6,65% so với năm trước (3.912 ha)."
    assert _read(size, "change_abs") == [("62.740 ha", 3912.0)]


def test_last_years_level_holds_no_parts_of_this_years():
    text = ("Năm 2025, tỉnh đón khoảng 500.000 lượt khách, tăng 40% so với cùng kỳ năm 2024 (357.000 lượt). Tổng thu "
            "từ khách du lịch đạt 1.200 tỷ đồng. Trong đó, thành phố đón 210.000 lượt khách, thị xã đón 90.000 lượt "
            "khách.")
    figures = parse_document(text).figures
    assert [(f.raw_text, f.component_of) for f in figures if f.unit == "visit"] == [
        ("khoảng 500.000 lượt khách", None), ("357.000 lượt", None), ("210.000 lượt khách", 0),
        ("90.000 lượt khách", 0)]


@pytest.mark.parametrize(("text", "expected"), [
    # wards counted, also as a fraction
    ("Thành phố có 12/12 phường đạt chuẩn đô thị văn minh.", [("12/12 phường", "ward")]),
    # guard: a numbered hamlet or quarter before the commune or ward it lies in counts nothing
    ("Người dân ở ấp 4 xã Long Hòa và khu phố 2 phường An Phú được hỗ trợ.", []),
    # a measure done of the whole, its rate after it
    ("Đường trục xã được cứng hóa 48,215/52,730 km, đạt tỷ lệ 91,44%.",
     [("48,215/52,730 km", "km"), ("91,44%", "percent")]),
    # guard: a fraction of a measure with no rate after it stays no figure
    ("Khu dân cư cách trung tâm 1/2 km.", []),
])
def test_places_and_measures_counted(text, expected):
    assert _read(text, "unit") == expected
