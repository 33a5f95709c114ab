"""Rules of R83 (session 50), written from the blind sets B75 and B76 and the province-and-period sets P37 and P38
after each was scored unseen. Every text is our own wording."""

from datetime import date

import pytest
from conftest import report_bounds as _bounds

from parsing import SourceFacts, parse_document


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a span a year is ranked within is no span reported on
    ("Năm 2020 tỉnh giải quyết việc làm cho 29.000 lao động\n\n15/07/2020\n\nNổi bật trong công tác an sinh xã hội trong "
     "năm qua, là năm có tỷ lệ hộ nghèo giảm cao nhất trong giai đoạn 2016-2019.\n\nToàn tỉnh còn 21.400 hộ nghèo, chiếm "
     "4,8% (giảm so với năm 2018 là 2,1%). Năm 2019, toàn tỉnh giải quyết việc làm mới cho 28.700 lao động, đạt 102% kế "
     "hoạch năm.", None, ("2019-01-01", "2019-12-31")),
    # nor a span ending a quoted programme's name
    ("Huyện Tiên An có 11/14 xã đạt chuẩn nông thôn mới\n\nSáng 14/7, Huyện ủy tổ chức hội nghị sơ kết 6 tháng đầu năm "
     "và triển khai nhiệm vụ 6 tháng cuối năm 2022. Thu ngân sách đạt 61 tỷ đồng.\n\nDịp này, Chi bộ được khen thưởng vì "
     "thành tích trong “Học tập và làm theo tư tưởng Hồ Chí Minh” giai đoạn 2017 - 2022.", None,
     ("2022-01-01", "2022-06-30")),
    # a quarter's routine meeting names no quarter reported on: the months it reviews do
    ("Sáng 12/10, Sở tổ chức họp giao ban toàn ngành quý III năm 2024. Cuộc họp đánh giá kết quả 9 tháng đầu năm và "
     "nhiệm vụ các tháng cuối năm 2024; diện tích gieo trồng đạt 21.400 ha.", None, ("2024-01-01", "2024-09-30")),
    # "Gia" of a province's name, capitalised, is no price, nor is a day after it a price list's day
    ("(ABC)- Tại kỳ họp thứ 5 HĐND xã Ia Sao (tỉnh Gia Lai) diễn ra vào ngày 29-12, năm 2025 xã thu ngân sách đạt 6,2 "
     "tỷ đồng.", date(2026, 1, 2), ("2025-01-01", "2025-12-31")),
])
def test_periods_r83(text, published, expected):
    assert _bounds(text, SourceFacts(published=published)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # classes of firms by the size of their capital, each class's share after it: the bounds name the classes
    ("Doanh nghiệp có quy mô vốn dưới 10 tỷ đồng chiếm 84,2%; quy mô từ 10 - 50 tỷ đồng chiếm 9,1%; quy mô từ 50 tỷ "
     "đồng trở lên chiếm 6,7%.", [("84,2%", 84.2), ("9,1%", 9.1), ("6,7%", 6.7)]),
    # communes classed by a bound on the criteria they met
    ("Từ chỗ có 96 xã dưới 5 tiêu chí, đến nay không còn xã dưới 5 tiêu chí.", [("96 xã", 96.0)]),
    # guard: the mean commune's criteria stay a figure
    ("Bình quân 01 xã đạt trên 14 tiêu chí.", [("trên 14 tiêu chí", 14.0)]),
    # guard: a firm's capital with no class's share after it stays a figure
    ("Doanh nghiệp có quy mô vốn 2.300 tỷ đồng.", [("2.300 tỷ đồng", 2.3e12)]),
    # a grade of shrimp named by how many weigh a kilogram, and the kilogram a price is given for, are no figures
    ("Tôm thẻ size 40 con/kg có giá 185.000 đồng/kg; giá bán 1kg tôm sú cỡ 25 hoặc 20 con/kg là 290.000 đồng.",
     [("185.000 đồng/kg", 185000.0), ("290.000 đồng", 290000.0)]),
    # guard: a stocking density per square metre stays a figure
    ("Mật độ thả nuôi 120 con/m2.", [("120 con/m2", 120.0)]),
])
def test_classes_and_grades_are_no_figures(text, expected):
    assert [(f.raw_text, f.value) for f in parse_document(text).figures] == expected
