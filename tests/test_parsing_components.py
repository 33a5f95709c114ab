"""R57's rules on real report prose (parsing/realtext/README.md, set R57, by frequency on its own dev texts): which
total a part belongs to. Texts of our own wording."""

import pytest

from parsing import parse_document

LIST_OF_TOTALS = ("Mưa lũ làm 86 nhà bị sập (Yên Bái: 40 nhà; Lào Cai: 30 nhà; Hà Giang: 16 nhà); 420 nhà bị tốc mái, "
                  "hư hỏng (Yên Bái: 200 nhà; Lào Cai: 150 nhà; Hà Giang: 52 nhà).")
PART_OF_A_PART = ("Đợt mưa làm 8 người thiệt mạng và mất tích, trong đó 6 người thiệt mạng (Yên Bái 3 người bị lũ cuốn "
                  "khi qua suối; Lào Cai 2 người do sạt lở đất; Hà Giang 1 người bị nước cuốn trôi. Số người mất tích là 2 "
                  "người.")
DISTRICTS = "Toàn tỉnh có 45 ha lúa bị ngập (huyện Bát Xát 20 ha; thị xã Sa Pa 15 ha; huyện Mường Khương 10 ha)."
NOT_PLACES = "Mưa lũ làm ngập úng 1.250 ha lúa (cùng đợt năm trước: Yên Bái 900 ha, Lào Cai 600 ha)."
PASSING = "Diện tích hoa màu bị hư hại là 300 ha (Yên Bái 180 ha, Lào Cai 160 ha), số liệu chưa thống nhất."


def _figure(text: str, span: str, nth: int = 0):
    figures = parse_document(text).figures
    found = [f for f in figures if f.raw_text == span]
    figure = found[nth]
    total = None if figure.component_of is None else figures[figure.component_of].raw_text
    return figure, total


@pytest.mark.parametrize(("text", "span", "nth", "value", "unit", "total"), [
    # a list by place after the words naming the second item of a list of totals
    (LIST_OF_TOTALS, "200 nhà", 0, 200, "house", "420 nhà"),
    (LIST_OF_TOTALS, "52 nhà", 0, 52, "house", "420 nhà"),  # 402 of 420: the places listed fall short
    (LIST_OF_TOTALS, "40 nhà", 0, 40, "house", "86 nhà"),
    # the parts of a part: the parenthesis after it, words after each amount, never closed
    (PART_OF_A_PART, "3 người", 0, 3, "person", "6 người"),
    (PART_OF_A_PART, "1 người", 0, 1, "person", "6 người"),
    (PART_OF_A_PART, "6 người", 0, 6, "person", "8 người"),
    (PART_OF_A_PART, "2 người", 1, 2, "person", "8 người"),  # the missing: the whole's parts then add up
    # districts named with the word for their kind
    (DISTRICTS, "15 ha", 0, 15, "hectare", "45 ha"),
    # a list opened by another word is no list by place; one passing the amount is no breakdown of it
    (NOT_PLACES, "900 ha", 0, 900, "hectare", None),
    (PASSING, "180 ha", 0, 180, "hectare", None),
])
def test_parts_listed_by_place(text, span, nth, value, unit, total):
    figure, got = _figure(text, span, nth)
    assert (figure.value, figure.unit, figure.raw_text, got) == (value, unit, span, total)


RUN_PAST_OTHER_UNITS = ("Tổng kinh phí hỗ trợ là hơn 12,5 tỷ đồng. Trong đó, Trung ương cấp 5.000 triệu đồng, ngân "
                        "sách tỉnh 6.200 triệu đồng. Số tiền này đến tay 3.400 hộ. Bên cạnh đó, nguồn xã hội hóa 1.150 "
                        "triệu đồng và ngân sách cấp huyện 180 triệu đồng.")
RUN_PAST_OTHER_UNITS_NO_WORD = ("Tổng kinh phí hỗ trợ là hơn 12,5 tỷ đồng. Trong đó, Trung ương cấp 5.000 triệu "
                                "đồng, ngân sách tỉnh 6.200 triệu đồng. Số tiền này đến tay 3.400 hộ. Tỉnh cũng chi 1.150 "
                                "triệu đồng sửa trường và 180 triệu đồng sửa đường.")
RUN_PASSING = ("Tổng kinh phí hỗ trợ là 11,2 tỷ đồng. Trong đó, Trung ương cấp 5.000 triệu đồng, ngân sách tỉnh "
               "6.200 triệu đồng. Số tiền này đến tay 3.400 hộ. Ngoài ra, các đoàn thể tặng quà trị giá 450 triệu đồng.")


@pytest.mark.parametrize(("text", "span", "value", "unit", "total"), [
    (RUN_PAST_OTHER_UNITS, "1.150 triệu đồng", 1150000000, "VND", "hơn 12,5 tỷ đồng"),
    (RUN_PAST_OTHER_UNITS, "180 triệu đồng", 180000000, "VND", "hơn 12,5 tỷ đồng"),
    (RUN_PAST_OTHER_UNITS, "3.400 hộ", 3400, "household", None),
    # no word going on with the parts: the sentence of other figures between ends the run
    (RUN_PAST_OTHER_UNITS_NO_WORD, "1.150 triệu đồng", 1150000000, "VND", None),
    # the total is already made: an amount going on past it is no part
    (RUN_PASSING, "450 triệu đồng", 450000000, "VND", None),
])
def test_parts_going_on_past_a_sentence_of_other_figures(text, span, value, unit, total):
    figure, got = _figure(text, span)
    assert (figure.value, figure.unit, figure.raw_text, got) == (value, unit, span, total)
