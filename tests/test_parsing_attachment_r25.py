"""R25's rules on real report prose (parsing/realtext/README.md, set R25): each rule with a sentence of ours where
it applies and one where it must not."""

import pytest

from parsing import parse_document


def _list(text: str) -> list[object]:
    return list(parse_document(text).figures)


def _figures(text: str) -> dict[str, object]:
    return {f.raw_text: f for f in _list(text)}


def test_whole_opener_lists_the_parts_of_the_total_told_before():
    figures = _list("Năm qua, tỉnh cấp phép cho 150 dự án. Tổng vốn đăng ký đạt 2,4 tỷ USD. Trong tổng số các dự án được "
                    "cấp phép, có 90 dự án mới với tổng vốn 1,5 tỷ USD; 60 dự án điều chỉnh với tổng vốn tăng 0,9 tỷ USD.")
    index = {f.raw_text: i for i, f in enumerate(figures)}
    parts = {f.raw_text: f.component_of for f in figures}
    assert parts["90 dự án"] == index["150 dự án"] and parts["60 dự án"] == index["150 dự án"]
    assert parts["1,5 tỷ USD"] == index["2,4 tỷ USD"] and parts["0,9 tỷ USD"] == index["2,4 tỷ USD"]
    # "Trong tổng" not opening the sentence opens nothing
    figures = _list("Tổng vốn đăng ký đạt 2,4 tỷ USD. Vốn thực hiện đạt 1,5 tỷ USD.")
    assert all(f.component_of is None for f in figures)


def test_plan_level_in_parentheses_after_its_percentage_is_no_total():
    figures = _list("Tổng vốn đạt 2,5 tỷ USD, lĩnh vực đầu tư đã đạt 130% kế hoạch của năm 2024 (1,9 tỷ USD). Trong tổng "
                    "số các dự án, có 40 dự án mới với tổng vốn 1,2 tỷ USD.")
    index = {f.raw_text: i for i, f in enumerate(figures)}
    assert figures[index["1,2 tỷ USD"]].component_of == index["2,5 tỷ USD"]


def test_bound_after_counted_places_is_their_class():
    assert list(_figures("Có 16/34 địa phương tăng trưởng GRDP đạt từ 8% trở lên.")) == ["16/34 địa phương"]
    assert list(_figures("Đã có 12/16 khoản thu đạt trên 50% dự toán.")) == ["12/16 khoản thu"]
    assert _list("Trong đó, một số địa phương có mức tăng trưởng trên 10%.") == []
    assert _list("Tỉnh là 1 trong 8 địa phương có mức tăng trưởng chưa đạt kỳ vọng (dưới 8%).") == []
    # a change of a count stays its change
    assert _figures("Toàn tỉnh có 120 doanh nghiệp, tăng trên 10%.")["120 doanh nghiệp"].yoy_change_pct == 10.0


def test_criteria_met_before_the_communes_counted_are_a_class():
    figures = _figures("Đạt 19 tiêu chí có 80 xã, đạt 15 - 18 tiêu chí có 9 xã.")
    assert list(figures) == ["80 xã", "9 xã"]
    assert list(_figures("Xã Tân An đạt 17 tiêu chí.")) == ["17 tiêu chí"]


def test_multiples_respectively():
    figures = _figures("Tỉnh thu hút 33 dự án, tổng vốn đăng ký 8.900 tỷ đồng và 130 triệu USD, lần lượt gấp 2,2 lần và "
                       "3,2 lần so với cùng kỳ.")
    assert figures["33 dự án"].yoy_change_pct is None
    assert figures["8.900 tỷ đồng"].yoy_change_pct == pytest.approx(120.0)
    assert figures["130 triệu USD"].yoy_change_pct == pytest.approx(220.0)
    # against a far year: no change on last year
    figures = _figures("Vốn đăng ký 8.900 tỷ đồng và 130 triệu USD, lần lượt gấp 2,2 lần và 3,2 lần năm 2015.")
    assert figures["8.900 tỷ đồng"].yoy_change_pct is None and figures["130 triệu USD"].yoy_change_pct is None


def test_rates_respectively_of_the_sentence_before():
    figures = _figures("Từ đầu năm, ngành đón hơn 3,1 triệu lượt khách, với tổng doanh thu 3.200 tỷ đồng. So với cùng kỳ "
                       "năm, lượt khách và doanh thu đều tăng lần lượt gần 21% và 11%.")
    assert list(figures) == ["hơn 3,1 triệu lượt khách", "3.200 tỷ đồng"]
    assert figures["hơn 3,1 triệu lượt khách"].yoy_change_pct == 21.0 and figures["3.200 tỷ đồng"].yoy_change_pct == 11.0


def test_rate_then_its_base_then_the_amount():
    assert _figures("Khách quốc tế tăng 40% so với cùng kỳ, tương đương 45.000 lượt.")["45.000 lượt"].yoy_change_pct == 40.0
    assert _figures("Khách lưu trú tăng 6,1% so với tháng cùng kỳ với 13.000 lượt.")["13.000 lượt"].yoy_change_pct == 6.1


def test_second_breakdown_of_a_total_listed_before():
    figures = _list("Sản lượng khai thác đạt 12.000 tấn. Trong đó, khai thác biển 11.000 tấn; khai thác nội địa 1.000 tấn. "
                    "Sản phẩm khai thác gồm: cá 10.000 tấn; tôm 500 tấn; thủy sản khác 1.500 tấn.")
    total = next(i for i, f in enumerate(figures) if f.raw_text == "12.000 tấn")
    assert [f.component_of for f in figures[1:]] == [total] * 5
    # a sentence opening a breakdown after one that was no list of parts links nothing back
    figures = _list("Sản lượng khai thác đạt 12.000 tấn. Giá cá tăng. Sản phẩm khai thác gồm: cá 10.000 tấn; tôm 500 tấn.")
    assert all(f.component_of is None for f in figures)


def test_count_nouns_of_several_words():
    figures = _figures("Dự án có 30 gói thầu; huyện có 12 đơn vị hành chính. Có 8 nhóm hàng hóa tăng giá. Chi tiêu bình "
                       "quân 1.200.000 đồng/người/ngày đêm.")
    assert {t: f.unit for t, f in figures.items()} == {
        "30 gói thầu": "bidding package", "12 đơn vị hành chính": "administrative unit", "8 nhóm hàng hóa": "group",
        "1.200.000 đồng/người/ngày đêm": "VND/person/day"}
    # the CPI basket's eleven groups stay no figure
    assert _list("Trong 11 nhóm hàng hóa và dịch vụ tiêu dùng chính, giá nhóm giao thông tăng mạnh nhất.") == []
