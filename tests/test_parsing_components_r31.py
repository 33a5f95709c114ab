"""R31's rule on real report prose (parsing/realtext/README.md, set R31, by frequency on B10 to B13): amounts told
right after a total, in its unit and with no marker, that add up to it are its parts; texts of ours where it applies
and where it must not."""

from parsing import parse_document


def _links(text: str) -> dict[str, str | None]:
    figures = parse_document(text).figures
    return {f.raw_text: None if f.component_of is None else figures[f.component_of].raw_text for f in figures}


def test_detail_sentences_adding_up_to_a_bound_total():
    links = _links("Tổng thu du lịch ước đạt hơn 4.200 tỷ đồng. Cụ thể, lưu trú đạt trên 1.150 tỷ đồng; ăn uống đạt "
                   "gần 1.630 tỷ đồng. Bên cạnh đó, lữ hành đạt 540 tỷ đồng và dịch vụ khác đạt trên 900 tỷ đồng.")
    assert {links[p] for p in ("trên 1.150 tỷ đồng", "gần 1.630 tỷ đồng", "540 tỷ đồng", "trên 900 tỷ đồng")} \
        == {"hơn 4.200 tỷ đồng"}


def test_new_and_adjusted_capital_in_the_next_sentence():
    links = _links("Năm 2025, tỉnh thu hút 2,46 tỷ USD vốn FDI. Nguồn vốn gồm cả 1,18 tỷ USD vốn cấp mới và 1,28 tỷ "
                   "USD vốn điều chỉnh tăng thêm.")
    assert links["1,18 tỷ USD"] == links["1,28 tỷ USD"] == "2,46 tỷ USD"
    links = _links("Năm 2025, tỉnh thu hút 2,46 tỷ USD vốn FDI. Điểm sáng là 1,18 tỷ USD vốn cấp mới và 1,28 tỷ USD "
                   "vốn điều chỉnh tăng thêm.")
    assert links["1,18 tỷ USD"] == links["1,28 tỷ USD"] == "2,46 tỷ USD"


def test_list_going_on_past_its_sentence_completes_the_total():
    links = _links("Năm 2025, tỉnh thu hút 512,6 triệu USD vốn FDI, trong đó 20 dự án cấp mới với vốn 210,4 triệu USD."
                   " Đồng thời 9 dự án điều chỉnh với vốn đăng ký tăng 240 triệu USD, 14 lượt góp vốn 62,2 triệu USD.")
    assert links["240 triệu USD"] == links["62,2 triệu USD"] == "512,6 triệu USD"


def test_places_after_a_colon():
    links = _links("Vụ hè thu gieo trồng được 21.480 ha, tập trung ở các huyện: Tân Phước 12.360 ha, Cái Bè 6.740 ha, "
                   "Cai Lậy 2.380 ha.")
    assert {links["12.360 ha"], links["6.740 ha"], links["2.380 ha"]} == {"21.480 ha"}


def test_parts_of_a_part_and_the_remainder():
    links = _links("Tỉnh vừa giao 628,5 tỷ đồng vốn đầu tư công. Trong đó, 596,5 tỷ đồng vốn trung ương dành cho giao "
                   "thông 281 tỷ đồng, thủy lợi 164 tỷ đồng, giáo dục hơn 151,5 tỷ đồng. Còn lại 32 tỷ đồng là vốn "
                   "đối ứng.")
    assert {links["281 tỷ đồng"], links["164 tỷ đồng"], links["hơn 151,5 tỷ đồng"]} == {"596,5 tỷ đồng"}
    assert links["596,5 tỷ đồng"] == links["32 tỷ đồng"] == "628,5 tỷ đồng"


def test_a_subset_after_the_parts_is_left_out():
    links = _links("Dịp lễ, toàn tỉnh đón 186.000 lượt khách. Cụ thể, khách nội địa đạt 171.500 lượt; khách quốc tế "
                   "đạt 14.500 lượt, khách lưu trú đạt 92.000 lượt.")
    assert links["171.500 lượt"] == links["14.500 lượt"] == "186.000 lượt khách"
    assert links["92.000 lượt"] is None


def test_a_sentence_of_other_figures_ends_the_run():
    links = _links("Dịp Tết, tỉnh đón hơn 120.000 lượt khách. Cụ thể, có hơn 108 nghìn lượt khách đến các điểm du "
                   "lịch. Công suất phòng đạt 75%. Khách lưu trú ước đạt hơn 12 nghìn lượt.")
    assert links["hơn 108 nghìn lượt khách"] is None and links["hơn 12 nghìn lượt"] is None


def test_an_item_of_a_list_is_no_total():
    links = _links("Sâu bệnh gây hại trên lúa: bệnh đạo ôn 41,3 ha, bệnh bạc lá 38,2 ha, rầy nâu 36,1 ha, sâu cuốn lá "
                   "2,1 ha.")
    assert all(link is None for link in links.values())


def test_coarse_parts_tell_nothing():
    # "1 triệu" may be anything from 0,5 to 1,5 million: no sum of it matches a total
    links = _links("Năm 2023, tổng lượt khách đến tỉnh đạt 1,13 triệu lượt. Khách quốc tế đạt 130 nghìn lượt; riêng "
                   "khu du lịch Măng Đen đón 1 triệu lượt khách.")
    assert links["1 triệu lượt khách"] is None
    # counts printed in full are exact: 842 and 407 enterprises do not make 1.250
    links = _links("Năm 2024, toàn tỉnh có 1.250 doanh nghiệp thành lập mới. Khu vực dịch vụ có 842 doanh nghiệp, khu "
                   "vực công nghiệp có 407 doanh nghiệp.")
    assert links["842 doanh nghiệp"] is None and links["407 doanh nghiệp"] is None
    links = _links("Năm 2024, toàn tỉnh có 1.250 doanh nghiệp thành lập mới. Khu vực dịch vụ có 842 doanh nghiệp, khu "
                   "vực công nghiệp có 408 doanh nghiệp.")
    assert links["842 doanh nghiệp"] == links["408 doanh nghiệp"] == "1.250 doanh nghiệp"


def test_a_balance_is_no_part():
    links = _links("Quý I, kim ngạch xuất khẩu ước đạt 5,29 tỷ USD; kim ngạch nhập khẩu ước đạt 3,78 tỷ USD; xuất "
                   "siêu khoảng 1,51 tỷ USD.")
    assert links["3,78 tỷ USD"] is None and links["khoảng 1,51 tỷ USD"] is None


def test_an_amount_named_as_another_whole_is_no_part():
    links = _links("Tổng thu đạt 500 tỷ đồng. Trong đó, thu thuế 300 tỷ đồng. Chi ngân sách đạt 200 tỷ đồng.")
    assert links["200 tỷ đồng"] is None
    # a key measuring a part of the total's: international visitors among all
    links = _links("Dịp lễ, toàn tỉnh đón 240.000 lượt khách. Cụ thể, khách quốc tế ước đạt 14.000 lượt khách; khách "
                   "nội địa ước đạt 226.000 lượt khách.")
    assert links["14.000 lượt khách"] == links["226.000 lượt khách"] == "240.000 lượt khách"


def test_a_list_line_is_an_item_of_its_own():
    links = _links("2. Tài chính\n- Chi ngân sách: 2.300 tỷ đồng, trong đó chi thường xuyên 1.100 tỷ đồng\n"
                   "- Dư nợ vay 1.200 tỷ đồng")
    assert links["1.100 tỷ đồng"] == "2.300 tỷ đồng" and links["1.200 tỷ đồng"] is None
