"""R42's rules on real report prose (parsing/realtext/README.md, set R42, by frequency on B10 to B17): each rule with
text of ours where it applies and one where it must not."""

from parsing import parse_document


def _figures(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(f.raw_text, f.yoy_change_pct, f.pct_of_plan) for f in parse_document(text).figures]


_LEAD_WITH_PART = ("Lạng Sơn: du lịch dịp Tết\n\nTrong dịp Tết Giáp Thìn 2024, tỉnh đón khoảng 120.000 lượt khách, tăng "
                   "15% so với cùng kỳ; trong đó khách quốc tế khoảng 8.000 lượt.\n\n{body}\n\nCác khách sạn kín phòng.")


def test_a_lead_told_with_its_parts_and_change_outweighs_a_bare_body_copy():
    text = _LEAD_WITH_PART.format(body="Trong tổng số 120.000 lượt khách, phần lớn là khách nội địa.")
    doc = parse_document(text)
    assert [(f.raw_text, f.yoy_change_pct) for f in doc.figures] == [
        ("khoảng 120.000 lượt khách", 15.0), ("khoảng 8.000 lượt", None)]
    assert doc.figures[0].char_start == text.index("khoảng 120.000")  # the lead's, not the body's reference back
    assert doc.figures[1].component_of == 0


def test_a_body_copy_telling_its_own_relations_is_kept_over_the_lead():
    text = _LEAD_WITH_PART.format(body="Số khách dịp Tết đạt 120.000 lượt khách, tăng 15% so với cùng kỳ năm trước, "
                                       "doanh thu 90 tỷ đồng.")
    doc = parse_document(text)
    kept = [f for f in doc.figures if f.unit == "visit" and f.value == 120000]
    assert len(kept) == 1 and kept[0].char_start == text.index("120.000 lượt khách, tăng 15% so với cùng kỳ năm")


def test_a_part_within_the_rounding_of_its_total_is_no_copy_of_it():
    text = ("Bắc Kạn: khách dịp Tết Dương lịch\n\nTrong dịp Tết Dương lịch 2025, lượng khách đến tỉnh đạt khoảng 52.000 "
            "lượt (tăng 6,2% so với cùng kỳ năm trước).\n\nTrong đó, khách quốc tế đạt khoảng 300 lượt. Khách nội địa "
            "đạt khoảng 51.700 lượt (tăng 6,1% so với cùng kỳ năm trước).\n\nDoanh thu ước đạt 36 tỷ đồng.")
    doc = parse_document(text)
    assert [(f.raw_text, f.yoy_change_pct, f.component_of) for f in doc.figures] == [
        ("khoảng 52.000 lượt", 6.2, None), ("khoảng 300 lượt", None, 0), ("khoảng 51.700 lượt", 6.1, 0),
        ("36 tỷ đồng", None, None)]


def test_a_relation_told_before_its_amount_is_the_amounts():
    assert _figures("Năm 2023, doanh thu du lịch tăng hơn 1,4 lần so với năm 2022, đạt 3.200 tỷ đồng.") == [
        ("3.200 tỷ đồng", 40.0, None)]
    assert _figures("Năm 2023, lượng khách dịp lễ tăng 58%, với lượng khách đạt khoảng 126.000 lượt.") == [
        ("khoảng 126.000 lượt", 58.0, None)]
    assert _figures("Năm 2024, giá trị sản xuất đạt gần 75% kế hoạch năm, tương đương 8.400 tỷ đồng.") == [
        ("8.400 tỷ đồng", None, 75.0)]
    assert _figures("Năm 2013, doanh thu du lịch đạt 31% kế hoạch, với số tiền thu về là 42,5 tỷ đồng.") == [
        ("42,5 tỷ đồng", None, 31.0)]


def test_a_rate_before_an_amount_stays_its_own_without_such_a_link():
    # a change on the month before is a figure of its own
    assert _figures("Tháng 5/2024, doanh thu bán lẻ tăng 2,1% so với tháng trước, đạt 5.200 tỷ đồng.") == [
        ("2,1%", None, None), ("5.200 tỷ đồng", None, None)]
    # a share of something else than a plan
    assert _figures("Năm 2024, ngành lưu trú chiếm 30% doanh thu du lịch, tương đương 960 tỷ đồng.") == [
        ("30%", None, None), ("960 tỷ đồng", None, None)]
