"""Rules of R89 (session 53), from the blind sets B81 to B84 (seen) and the sets of this session after they were scored
unseen. Every text is our own wording."""

import pytest

from parsing import parse_document


def _read(text):
    return [(f.raw_text, f.value, f.unit, f.yoy_change_pct, f.change_abs, f.pct_of_plan)
            for f in parse_document(text).figures]


@pytest.mark.parametrize(("text", "expected"), [
    # nouns whose first syllable alone was read as an unknown noun
    ("Kỳ họp đã thông qua 12 nghị quyết về ngân sách.", [("12 nghị quyết", 12.0, "resolution", None, None, None)]),
    ("Huyện đã xây mới 4 trụ sở UBND xã.", [("4 trụ sở", 4.0, "office", None, None, None)]),
    ("Đêm nhạc thu hút trên 8.000 khán giả.", [("trên 8.000 khán giả", 8000.0, "spectator", None, None, None)]),
    ("Ngành thú y tiêm phòng được 54.210 lượt con gia súc.",
     [("54.210 lượt con", 54210.0, "head", None, None, None)]),
    # a year, a dash, then that year's rate: no range that falls from its low end
    ("GRDP tăng 6,9%, là mức tăng thấp thứ ba (năm 2017 – 7,4%) trong 5 năm.",
     [("6,9%", 6.9, "percent", None, None, None)]),
    # a number glued to "có" before it, with its change and the change's size
    ("Cây ăn trái toàn tỉnh hiện có8.240ha, tăng 6,2% (480ha) so với cùng kỳ.",
     [("8.240ha", 8240.0, "hectare", 6.2, 480.0, None)]),
    # districts counted only to be ranked and named, as many names as the count
    ("Có 03 huyện có tỷ lệ hộ nghèo cao nhất lần lượt là: Mường Nhé, Nậm Pồ và Tủa Chùa.", []),
    # guard: fewer names than the count keeps the count
    ("Có 03 huyện có tỷ lệ hộ nghèo cao nhất lần lượt là: Mường Nhé và Nậm Pồ.",
     [("03 huyện", 3.0, "district", None, None, None)]),
])
def test_figures_r89(text, expected):
    assert _read(text) == expected


def test_a_bare_zone_is_no_count():
    # guard: "vùng" divides an area or names a region; it counts nothing on its own
    assert [f.raw_text for f in parse_document("Diện tích nuôi được chia thành 2 vùng: nước ngọt và nước lợ.").figures] \
        == []
