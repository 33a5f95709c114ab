"""Rules of R99 (session 58), from the blind sets B108, B109 and P55 after they were scored unseen. Every text is our
own wording."""

import pytest

from parsing import SourceFacts, parse_document


@pytest.mark.parametrize(("text", "expected"), [
    # money told per one unit after an average or a balance: no count of one
    ("Bình quân dư nợ 1 phòng giao dịch 412 tỷ đồng, dư nợ 1 xã 31,2 tỷ đồng.",
     [("412 tỷ đồng", 412e9), ("31,2 tỷ đồng", 31.2e9)]),
    # guard: a count of one project and its capital
    ("Năm nay có 1 dự án vốn 150 tỷ đồng được cấp phép.", [("1 dự án", 1.0), ("150 tỷ đồng", 150e9)]),
    # "cung cấp" supplies; it labels no level
    ("Mỗi năm đội tàu cung cấp từ 24 - 26 nghìn tấn hải sản.", [("từ 24 - 26 nghìn tấn", 24000.0)]),
    # a vessel's class by its length overall bounds the class, no figure
    ("Có 210 tàu cá có chiều dài lớn nhất từ 12 m đến dưới 15 m.", [("210 tàu cá", 210.0)]),
])
def test_figures_r99(text, expected):
    assert [(f.raw_text, f.value) for f in parse_document(text).figures] == expected


def test_provinces_a_figure_beats_are_a_yardstick_not_a_digest():
    text = ("Địa phương thu ngân sách cao nhất Hà Nội: số thu cao hơn nhiều tỉnh\n\nNăm 2024, huyện Gia Lâm thu ngân sách "
            "đạt 21.300 tỷ đồng, đứng đầu Hà Nội, bằng 180% dự toán thành phố giao.")
    url = "https://tin.example.vn/dia-phuong-thu-ngan-sach-cao-nhat-ha-noi-so-thu-cao-hon-nhieu-tinh-1234567.html"
    assert parse_document(text, SourceFacts(url=url)).meta.region == "Hà Nội"


def test_a_spelling_of_a_province_and_an_update_stamp():
    text = ("Cập nhật ngày: 14/8/2018\n\nNguồn vốn cho vay hộ nghèo của tỉnh Đắc Nông tăng bình quân 14%/năm, tổng dư nợ "
            "đến nay đạt 1.980 tỷ đồng.")
    meta = parse_document(text).meta
    assert (meta.region, str(meta.published_on)) == ("Đắk Nông", "2018-08-14")
