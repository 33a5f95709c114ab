"""Plain logic of the R41 rules on figures told elsewhere in the same text: a set, total or rate referred back to,
and a lead's whole number rounding the body's amount (our own wording)."""

from parsing import parse_document
from parsing.model import Figure
from parsing.restatements import _round_step, _rounds_to


def _spans(text: str) -> list[str]:
    return [f.raw_text for f in parse_document(text).figures]


def test_a_count_referred_back_to_with_cua_is_no_second_figure():
    text = ("Trong quý I, huyện đã cấp chủ trương đầu tư cho 6 dự án. Tổng vốn đầu tư của 6 dự án là 1.240 tỷ "
            "đồng.")
    assert _spans(text) == ["6 dự án", "1.240 tỷ đồng"]


def test_a_count_after_cua_stays_when_nothing_before_told_it():
    assert _spans("Doanh thu của 12 cơ sở lưu trú đạt 18 tỷ đồng.") == ["12 cơ sở lưu trú", "18 tỷ đồng"]
    # another size of the same unit is another set
    assert _spans("Huyện cấp phép cho 6 dự án. Tổng vốn đầu tư của 4 dự án lớn nhất là 900 tỷ đồng.") \
        == ["6 dự án", "4 dự án", "900 tỷ đồng"]


def test_a_total_told_in_the_lead_and_referred_back_to_keeps_the_lead():
    text = ("Khách đến huyện tăng mạnh\n\n"
            "(TTX) - Quý I năm 2025, tổng lượt khách đến huyện đạt khoảng 74.600 lượt, doanh thu 88 tỷ đồng.\n\n"
            "Theo Phòng Văn hóa, lượng khách tăng nhờ nhiều lễ hội.\n"
            "Trong tổng số 74.600 lượt khách, khách nội địa chiếm phần lớn.\n\n"
            "Huyện sẽ tiếp tục quảng bá các điểm du lịch mới.")
    assert _spans(text) == ["khoảng 74.600 lượt", "88 tỷ đồng"]


def test_a_rate_named_again_as_its_level_is_no_second_figure():
    text = ("Tăng trưởng kinh tế quý I của huyện ước đạt 8,42%. Với mức tăng 8,42%, huyện đứng thứ 3 trong tỉnh. "
            "Ngành dịch vụ đạt mức tăng 9,15%.")
    assert _spans(text) == ["8,42%", "9,15%"]


def test_a_whole_per_cent_named_again_stays():
    # a whole per cent recurs by chance: only a rate to a decimal is referred back to
    text = "Công nghiệp tăng 8%. Nông nghiệp đạt mức tăng 8% nhờ giá lúa cao."
    assert _spans(text) == ["8%", "8%"]


def _amount(raw: str, value: float, qualifier: str | None = None) -> Figure:
    return Figure(kind="amount", value=value, unit="visit", raw_text=raw, char_start=0, char_end=len(raw),
                  sentence_start=0, sentence="", qualifier=qualifier, value_rounding=0.5)


def test_the_step_of_a_whole_number_printed_round():
    assert _round_step(_amount("193.000 lượt khách", 193000)) == 1000
    assert _round_step(_amount("hơn 160.000 lượt", 160000)) == 10000
    assert _round_step(_amount("1.520 lượt", 1520)) is None  # one zero: printed to the unit
    assert _round_step(_amount("1.5 triệu lượt", 1500000)) is None  # a decimal part


def test_a_lead_whole_number_rounds_the_body_amount_to_its_last_digit():
    body = _amount("hơn 193.400 lượt", 193400, "more_than")
    assert _rounds_to(_amount("193.000 lượt khách", 193000), body)
    assert not _rounds_to(_amount("192.000 lượt khách", 192000), body)  # more than half a step away
    assert _rounds_to(_amount("hơn 160.000 lượt khách", 160000, "more_than"), _amount("160.848 lượt", 160848))
    assert not _rounds_to(_amount("hơn 160.000 lượt khách", 160000, "more_than"), _amount("159.848 lượt", 159848))
    # a body printed no finer than the lead is not the lead's rounded amount
    assert not _rounds_to(_amount("231.000 lượt", 231000), _amount("230.000 lượt", 230000))


def test_a_lead_rounding_the_body_amount_gives_way():
    text = ("Huyện đón hơn 52.000 lượt khách trong quý I\n\n"
            "(TTX) - Quý I năm 2025, huyện đón 52.000 lượt khách du lịch, doanh thu đạt 61 tỷ đồng.\n\n"
            "Theo Phòng Văn hóa, trong quý I, huyện đã đón hơn 52.300 lượt khách du lịch, tăng 12,5% so với cùng kỳ "
            "năm 2024.\n\nHuyện sẽ tiếp tục quảng bá các điểm du lịch mới.")
    assert _spans(text) == ["61 tỷ đồng", "hơn 52.300 lượt khách"]
    other = text.replace("huyện đón 52.000 lượt khách du lịch", "huyện đón 48.000 lượt khách du lịch")
    assert _spans(other) == ["48.000 lượt khách", "61 tỷ đồng", "hơn 52.300 lượt khách"]



def test_the_parts_beside_a_set_named_again_are_parts_of_that_set():
    text = ("Từ đầu năm, toàn tỉnh thu hút 64 dự án đầu tư mới với tổng vốn đăng ký 21.500 tỷ đồng.\n"
            "Tỉnh đã cấp giấy chứng nhận đăng ký đầu tư cho 61 dự án.\n"
            "Trong tổng số 64 dự án đầu tư mới, có 30 dự án thuộc lĩnh vực công nghiệp; 20 dự án thuộc lĩnh vực "
            "thương mại, dịch vụ; 14 dự án thuộc lĩnh vực nông nghiệp.")
    figures = parse_document(text).figures
    assert [f.raw_text for f in figures] == ["64 dự án", "21.500 tỷ đồng", "61 dự án", "30 dự án", "20 dự án",
                                             "14 dự án"]
    assert [f.component_of for f in figures[3:]] == [0, 0, 0]


def test_a_total_is_never_a_copy_of_its_own_largest_part():
    # the part nearly the whole and rising as fast: still its part, and the total stays
    text = ("Tính chung 9 tháng, giá trị sản xuất công nghiệp ước đạt 64.310,5 tỷ đồng, tăng 18,2% so với cùng kỳ. "
            "Trong đó, công nghiệp chế biến ước đạt 63.702,4 tỷ đồng, tăng 18,2%; công nghiệp điện đạt 412,6 tỷ đồng, "
            "tăng 11,3%.")
    figures = parse_document(text).figures
    amounts = [(f.raw_text, f.component_of) for f in figures if f.unit == "VND"]
    assert amounts == [("64.310,5 tỷ đồng", None), ("63.702,4 tỷ đồng", 0), ("412,6 tỷ đồng", 0)]


def test_the_parts_after_a_level_passed_have_no_total():
    # the level three provinces passed is no figure, and the provinces' own counts after "Trong đó" are no parts of it
    # (nor of one another)
    text = ("Dịp Tết, ba địa phương Đà Nẵng, Khánh Hòa và Lâm Đồng vượt mốc 1,2 triệu lượt khách. Trong đó, Đà Nẵng dẫn "
            "đầu với hơn 2,1 triệu lượt khách; Khánh Hòa đón gần 1,6 triệu lượt.")
    figures = parse_document(text).figures
    assert [(f.raw_text, f.component_of) for f in figures if f.unit == "visit"] == [
        ("hơn 2,1 triệu lượt khách", None), ("gần 1,6 triệu lượt", None)]
