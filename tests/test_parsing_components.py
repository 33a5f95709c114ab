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


# R62 (parsing/realtext/README.md, set R62, by frequency on B24): the parts of a part told after it in the same list,
# and counts in parentheses after an amount and words of its name.
PARTS_OF_A_PART = ("Toàn tỉnh có 1.320 cơ sở lưu trú với 18.450 phòng. Trong đó, 310 khách sạn được xếp hạng với 7.820 "
                   "phòng; 270 khách sạn từ 1 đến 2 sao với 5.940 phòng; 40 khách sạn từ 3 đến 5 sao với 1.880 phòng.")
SIBLINGS_MAKING_THE_TOTAL = ("Toàn tỉnh có 120 trường học, trong đó 60 trường tiểu học, 36 trường trung học cơ sở và 24 "
                             "trường trung học phổ thông.")
NAMED_THEN_PARENTHESES = ("Tỉnh đón 46 dự án đầu tư (19 dự án FDI và 27 dự án trong nước); tổng vốn đăng ký đạt 512 "
                          "triệu USD.")
PARENTHESES_SHORT = "Tỉnh có 30 xã đạt chuẩn nông thôn mới (12 xã vùng cao và 9 xã ven biển được công nhận trong năm)."


@pytest.mark.parametrize(("text", "span", "value", "unit", "total"), [
    (PARTS_OF_A_PART, "310 khách sạn", 310, "hotel", "1.320 cơ sở lưu trú"),
    (PARTS_OF_A_PART, "270 khách sạn", 270, "hotel", "310 khách sạn"),
    (PARTS_OF_A_PART, "40 khách sạn", 40, "hotel", "310 khách sạn"),
    (PARTS_OF_A_PART, "7.820 phòng", 7820, "room", "18.450 phòng"),
    (PARTS_OF_A_PART, "5.940 phòng", 5940, "room", "7.820 phòng"),
    (PARTS_OF_A_PART, "1.880 phòng", 1880, "room", "7.820 phòng"),
    # the total's parts make it: 36 + 24 = 60 is chance, not a breakdown of the 60 primary schools
    (SIBLINGS_MAKING_THE_TOTAL, "36 trường", 36, "school", "120 trường học"),
    (SIBLINGS_MAKING_THE_TOTAL, "24 trường", 24, "school", "120 trường học"),
    (NAMED_THEN_PARENTHESES, "19 dự án", 19, "project", "46 dự án"),
    (NAMED_THEN_PARENTHESES, "27 dự án", 27, "project", "46 dự án"),
    (NAMED_THEN_PARENTHESES, "512 triệu USD", 512000000, "USD", None),
    (PARENTHESES_SHORT, "12 xã", 12, "commune", None),  # 21 of 30: no breakdown
])
def test_parts_of_a_part_and_named_parentheses(text, span, value, unit, total):
    figure, got = _figure(text, span)
    assert (figure.value, figure.unit, figure.raw_text, got) == (value, unit, span, total)


ITEM_BREAKDOWN = ("Toàn tỉnh đã thu hoạch 24.800 ha, bằng 91% diện tích gieo trồng, trong đó:\n\n"
                  "Cây lúa: đã thu hoạch 9.400 ha, tăng 6,5% so với cùng kỳ. Việc thu hoạch tập trung ở các huyện phía "
                  "nam, trong đó: huyện Nam Sơn 3.900 ha; huyện Tân Hà 2.600 ha; huyện Lâm Phú 1.700 ha.\n\n"
                  "Cây ngô: diện tích thu hoạch 2.350 ha, năng suất ước đạt 68,2 tạ/ha.\n\n"
                  "Rau các loại: đã thu hoạch 13.050 ha.\n\n"
                  "Công tác chuẩn bị vụ hè thu được triển khai sớm. Vụ hè thu sẽ gieo trồng 26.000 ha.")


@pytest.mark.parametrize(("span", "value", "unit", "total"), [
    ("9.400 ha", 9400, "hectare", "24.800 ha"),
    ("3.900 ha", 3900, "hectare", "9.400 ha"),  # the item's own breakdown, in its second sentence
    ("1.700 ha", 1700, "hectare", "9.400 ha"),
    ("2.350 ha", 2350, "hectare", "24.800 ha"),  # the list goes on past the item's second sentence
    ("13.050 ha", 13050, "hectare", "24.800 ha"),
    ("26.000 ha", 26000, "hectare", None),  # a paragraph with no part ended the list
])
def test_breakdown_inside_a_paragraph_item(span, value, unit, total):
    figure, got = _figure(ITEM_BREAKDOWN, span)
    assert (figure.value, figure.unit, figure.raw_text, got) == (value, unit, span, total)


EACH_MEMBER = ("Nhà máy có tổng công suất 120 MW, bao gồm 40 cụm tấm pin, công suất mỗi cụm là 3 MW. Công trình được "
               "đầu tư thành 2 giai đoạn; trong đó, nhà máy giai đoạn I đạt công suất 50 MW, nhà máy giai đoạn II đạt "
               "công suất 70 MW.")
EACH_LATER = ("Tỉnh hỗ trợ 200 hộ nghèo với tổng kinh phí 1.500 triệu đồng, trong đó ngân sách tỉnh 900 triệu đồng, mỗi "
              "hộ được nhận tiền mặt.")


@pytest.mark.parametrize(("text", "span", "value", "unit", "total"), [
    (EACH_MEMBER, "3 MW", 3, "MW", None),  # what each member has: no part
    (EACH_MEMBER, "50 MW", 50, "MW", "120 MW"),
    (EACH_MEMBER, "70 MW", 70, "MW", "120 MW"),
    (EACH_LATER, "900 triệu đồng", 900000000, "VND", "1.500 triệu đồng"),  # "mỗi" only in a later clause
])
def test_an_amount_of_each_member_is_no_part(text, span, value, unit, total):
    figure, got = _figure(text, span)
    assert (figure.value, figure.unit, figure.raw_text, got) == (value, unit, span, total)


CLASSIFIER_TOTAL = ("Tổng số tàu, thuyền đánh bắt của tỉnh là khoảng 5.600 chiếc với tổng công suất hơn 512.000 CV, trong "
                    "đó có gần 1.300 tàu công suất lớn.")
CLASSIFIER_OTHER_NOUN = "Toàn tỉnh có 14.200 chiếc xe máy điện đăng ký mới, trong đó có 350 ô tô điện."


@pytest.mark.parametrize(("text", "span", "value", "unit", "total"), [
    (CLASSIFIER_TOTAL, "gần 1.300 tàu", 1300, "vessel", "khoảng 5.600 chiếc"),  # keeps its own unit
    (CLASSIFIER_OTHER_NOUN, "350 ô tô", 350, "car", None),
])
def test_a_total_counted_by_a_classifier_takes_parts_of_its_noun(text, span, value, unit, total):
    figure, got = _figure(text, span)
    assert (figure.value, figure.unit, figure.raw_text, got) == (value, unit, span, total)


AMONG_NAMED = ("Trong tổng diện tích gieo trồng 6.420 ha lúa, 1.180 ha ngô, có 410 ha lúa giống và 95 ha ngô giống do "
               "các hợp tác xã sản xuất.")
NO_AMONG = "Huyện gieo trồng 2.300 ha lạc, 850 ha đậu tương, có 120 ha lạc giống được bao tiêu."
NAMED_OTHERWISE = "Trong tổng diện tích gieo trồng 3.000 ha mía, có 260 ha chuyển sang trồng sắn."


@pytest.mark.parametrize(("text", "span", "value", "unit", "total"), [
    (AMONG_NAMED, "410 ha", 410, "hectare", "6.420 ha"),
    (AMONG_NAMED, "95 ha", 95, "hectare", "1.180 ha"),  # the maize's, named by the word after the unit
    (NO_AMONG, "120 ha", 120, "hectare", None),
    (NAMED_OTHERWISE, "260 ha", 260, "hectare", None),
])
def test_a_part_among_totals_named_after_their_unit(text, span, value, unit, total):
    figure, got = _figure(text, span)
    assert (figure.value, figure.unit, figure.raw_text, got) == (value, unit, span, total)


def test_a_part_after_a_list_of_related_articles_names_its_own_total():
    # the related articles' figures are dropped: the part's index of its total counts without them
    text = ("Tin liên quan:\nTháng 11 ước nhập siêu 300 triệu USD (27/11/2014)\nXuất khẩu gạo đạt 2 triệu tấn (26/11/2014)"
            "\n\nNăm 2014, toàn tỉnh có 1.200 doanh nghiệp, trong đó 300 doanh nghiệp thành lập mới.")
    figures = parse_document(text).figures
    assert [(f.raw_text, f.component_of) for f in figures] == [("1.200 doanh nghiệp", None), ("300 doanh nghiệp", 0)]


@pytest.mark.parametrize(("text", "expected"), [
    # a breakdown by another criterion after the whole's first one is no list of the last part (here the source's
    # sexes miss 20.000 people); like a second "phân theo" list in one sentence it is left unlinked, so no check adds
    # the two breakdowns together
    ("Năm 2021, trong tổng số 310.500 người, có 70.100 người ở thành thị, 240.400 người ở nông thôn. Phân theo giới "
     "tính, nam có 140.000 người, nữ có 150.500 người.",
     [("310.500 người", None), ("70.100 người", 0), ("240.400 người", 0), ("140.000 người", None),
      ("150.500 người", None)]),
    # the whole told alone before: its breakdown by sex is its parts
    ("Dân số năm 2021 là 310.500 người. Phân theo giới tính, nam 155.000 người, nữ 155.500 người.",
     [("310.500 người", None), ("155.000 người", 0), ("155.500 người", 0)]),
])
def test_a_breakdown_by_another_criterion_is_of_the_whole(text, expected):
    assert [(f.raw_text, f.component_of) for f in parse_document(text).figures] == expected
