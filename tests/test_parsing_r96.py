"""Rules of R96 (session 57), from the blind sets B103, B104 and P52 after they were scored unseen. Every text is our own
wording."""

import pytest
from conftest import report_bounds as _bounds

from parsing import parse_document


def _read(text):
    return [(f.raw_text, f.kind, f.value, f.yoy_change_pct, f.pct_of_plan) for f in parse_document(text).figures]


@pytest.mark.parametrize(("text", "expected"), [
    # "tăng X% kế hoạch" with no "so" between: the plan passed by X%, the change on last year after it the amount's
    ("Năm 2009, sản lượng ngô đạt 41.200 tấn, tăng 4,2% kế hoạch cả năm và tăng 6,1% so với năm 2008.",
     [("41.200 tấn", "amount", 41200.0, 6.1, 104.2)]),
    # the plan named before its change verb after a comma
    ("Sản lượng lúa vụ mùa ước đạt 98.400 tấn, tăng 2,3% so cùng vụ năm trước, so kế hoạch tăng 1,8%.",
     [("98.400 tấn", "amount", 98400.0, 2.3, 101.8)]),
    # a multiple against a year twenty years back, the sentence dated by a day
    ("Đến ngày 30/6/2023, tổng nguồn vốn đạt trên 1.840 tỷ đồng, tăng 15,2 lần so với năm 2003.",
     [("trên 1.840 tỷ đồng", "amount", 1.84e12, None, None), ("15,2 lần", "growth", 1420.0, None, None)]),
    # the communes of each class of criteria met, the verb left out after the first
    ("Toàn huyện có 2 xã đạt 15 tiêu chí, 3 xã 12 tiêu chí và không còn xã nào dưới 8 tiêu chí.",
     [("2 xã", "amount", 2.0, None, None), ("3 xã", "amount", 3.0, None, None)]),
    ("Có 5 xã đạt 16 tiêu chí trở lên, các xã còn lại đạt 12 tiêu chí trở lên.", [("5 xã", "amount", 5.0, None, None)]),
    ("Huyện miền núi: Các xã đạt từ 11 đến 15 tiêu chí nông thôn mới", []),
    # a ratio said of an aspect before its base
    ("Vốn FDI thực hiện ước đạt 42 triệu USD, bằng 21,5% về số vốn so cùng kỳ.",
     [("42 triệu USD", "amount", 42e6, -78.5, None)]),
    # a unit, a slash, then the year its amount is of
    ("Diện tích rừng trồng mới đạt trên 11 nghìn ha/ năm 2022 (tăng khoảng 3,1% so với cùng kỳ năm trước).",
     [("trên 11 nghìn ha", "amount", 11000.0, 3.1, None)]),
    # a component project by its number
    ("Nhiều dự án lớn khởi công trong năm như Dự án thành phần 3 công trình cầu Mỹ Lợi.", []),
    # a count naming its members with dashes run up to the names
    ("Khu kinh tế nằm trong tam giác phát triển của 3 nước Việt Nam- Lào- Campuchia, có vị trí chiến lược.", []),
    # the base of a ratio told in words
    ("Theo tính toán, cứ 50 hộ thoát nghèo thì có khoảng 1 hộ tái nghèo.",
     [("khoảng 1 hộ", "amount", 1.0, None, None)]),
    # brand-new goods
    ("Doanh nghiệp nhập khẩu máy móc mới 100% phục vụ sản xuất.", []),
])
def test_figures_r96(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "bounds"), [
    # "Đầu năm đến nay" without "từ", on a page dated to the day
    ("12/08/2022 - 09:30\n\nĐầu năm đến nay, giá trị sản xuất công nghiệp của huyện đạt hơn 2.100 tỉ đồng, đạt 61% kế "
     "hoạch, tăng 4,2% so với cùng kỳ năm trước.", ("2022-01-01", "2022-08-12")),
    # a page's stamp line under its title is no year the text writes: the text's year, told by its base, stays
    ("Lúa hai vụ tăng cả diện tích và năng suất\n\nĐược đăng : 15/06/2018\n\nSản xuất lúa trong năm nay đạt gần 85.000 "
     "tấn, vượt 3,1% so với kế hoạch năm 2009 và tăng 4,6% so với năm 2008.", ("2009-01-01", "2009-12-31")),
])
def test_period_r96(text, bounds):
    assert _bounds(text) == bounds


@pytest.mark.parametrize(("text", "expected"), [
    # two kinds named in lower case after their count and "là": the count only names them (R96b)
    ("Trong đó 2 mặt hàng nông sản chủ lực là chè và quế, chiếm trên 60% kim ngạch.", [("trên 60%", "share", 60.0)]),
    ("Huyện trồng cây ăn quả với 2 loại, xoài và nhãn.", []),
    # guard: a count of what was done to them stays a figure
    ("Có 2 loại cây được chọn là chủ lực gồm xoài và nhãn.", [("2 loại", "amount", 2.0)]),
    # guard: a comma after a description opens things described, each with a figure of its own
    ("Hai nhà máy chế biến mới, nhà máy Hòa An (công suất 900 tấn/năm) và nhà máy Phú Lộc (công suất 900 tấn/năm), đi "
     "vào hoạt động.", [("Hai nhà máy", "amount", 2.0), ("900 tấn/năm", "amount", 900.0), ("900 tấn/năm", "amount", 900.0)]),
])
def test_kinds_named_in_lower_case(text, expected):
    assert [(f.raw_text, f.kind, f.value) for f in parse_document(text).figures] == expected
