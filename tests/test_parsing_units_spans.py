"""R61's rules on units, spans and kinds of matched figures (parsing/realtext/README.md, set R61, by frequency on
B24): each rule with text of ours where it applies (value, unit and exact span) and one where it must not."""

import pytest

from parsing import parse_document


def _figures(text: str) -> list[tuple[str, float, str]]:
    return [(f.raw_text, f.value, f.unit) for f in parse_document(text).figures]


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Năm 2023, tỉnh có thêm 24 tua-bin gió hòa lưới.", "24 tua-bin gió", 24.0, "turbine"),
    ("Năm 2023, nhà máy lắp 16 trụ turbine gió.", "16 trụ turbine gió", 16.0, "turbine"),
    ("Năm 2023, dự án có 6 tuabin.", "6 tuabin", 6.0, "turbine"),
    ("Năm 2023, tỉnh phê duyệt 5 đề án phát triển sản xuất.", "5 đề án", 5.0, "scheme"),
    ("Năm 2023, tỉnh xây dựng 21 cánh đồng lớn trồng lúa.", "21 cánh đồng lớn", 21.0, "large field"),
    ("Năm 2023, công trình huy động hơn 900 kỹ sư, công nhân.", "hơn 900 kỹ sư", 900.0, "person"),
    ("Năm 2023, ngân hàng cho vay 3.450 lượt hộ gia đình.", "3.450 lượt hộ gia đình", 3450.0, "household"),
    ("Năm 2023, ngân hàng cho 86 lượt học sinh, sinh viên vay vốn.", "86 lượt học sinh", 86.0, "student"),
    ("Năm 2023, tỉnh có khoảng 39.000 hộ kinh doanh cá thể.", "khoảng 39.000 hộ kinh doanh", 39000.0, "household"),
    ("Năm 2023, tỉnh có 18 khu, điểm tham quan được công nhận.", "18 khu, điểm tham quan", 18.0, "tourist site"),
    ("Số tiền tương đương 40 cây vàng.", "40 cây vàng", 40.0, "gold tael"),
])
def test_a_counted_noun_runs_to_its_last_word(text, span, value, unit):
    assert _figures(text) == [(span, value, unit)]


@pytest.mark.parametrize("text", [
    "Tỉnh tiếp tục thực hiện Đề án 06 của Chính phủ và Đề án 4 về chuyển đổi số.",
    "Cánh đồng 3 của hợp tác xã được gieo sạ sớm; tuabin số 5 của nhà máy đã được thay thế.",
])
def test_a_noun_naming_the_number_after_it_counts_nothing(text):
    assert parse_document(text).figures == ()
