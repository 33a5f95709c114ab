"""R40's rule on real report prose (parsing/realtext/README.md, set R40, by frequency on B10 to B17): a sentence
opening with "Cụ thể" spells out the figure of the sentence before; its amounts below that total, two or more, are the
total's parts. Texts of our own wording."""

from parsing import parse_document
from schemas.consistency import declares_whole


def _links(text: str) -> dict[str, str | None]:
    figures = parse_document(text).figures
    return {f.raw_text: None if f.component_of is None else figures[f.component_of].raw_text for f in figures}


def test_parts_after_cu_the_with_a_comma():
    links = _links("Trong 4 ngày nghỉ lễ, tỉnh đón 40 nghìn lượt khách. Cụ thể, ngày đầu tiên đón 12 nghìn lượt khách; "
                   "ngày thứ hai đón 15 nghìn lượt khách; hai ngày cuối đón 13 nghìn lượt khách.")
    assert {links["12 nghìn lượt khách"], links["15 nghìn lượt khách"], links["13 nghìn lượt khách"]} \
        == {"40 nghìn lượt khách"}


def test_parts_after_cu_the_with_a_colon_and_the_rest():
    links = _links("Kim ngạch xuất khẩu năm 2025 ước đạt khoảng 600 triệu USD. Cụ thể: cà phê ước đạt 250 triệu USD; "
                   "hồ tiêu ước đạt 120 triệu USD và các mặt hàng khác ước đạt 230 triệu USD.")
    assert {links["250 triệu USD"], links["120 triệu USD"], links["230 triệu USD"]} == {"khoảng 600 triệu USD"}


def test_one_amount_after_cu_the_tells_the_total_again():
    links = _links("Dịp lễ, thành phố đón gần 1 triệu lượt khách. Cụ thể, trong 5 ngày nghỉ, tổng số khách tham quan "
                   "tại các điểm du lịch ước đạt khoảng 970.000 lượt, tăng 20% so với cùng kỳ.")
    assert links["khoảng 970.000 lượt"] is None


def test_a_larger_amount_after_cu_the_is_no_part():
    links = _links("Tháng 2, tỉnh đón 250.000 lượt khách. Cụ thể, hơn 260.000 lượt khách đến tỉnh trong tháng, "
                   "trong đó khách quốc tế 9.000 lượt.")
    assert links["hơn 260.000 lượt khách"] is None


def test_the_rest_named_declares_the_list_whole():
    assert declares_whole("", ["cà phê", "hồ tiêu", "các mặt hàng khác ước đạt"])
