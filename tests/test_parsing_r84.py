"""Rules of R84 (session 50), periods written from the seen sets B70, B73 to B76, P37 and P38. Every text is our own
wording."""

from datetime import date

import pytest
from conftest import report_bounds as _bounds

from parsing import SourceFacts


@pytest.mark.parametrize(("text", "published", "expected"), [
    # both days written with their year, a dash between
    ("Theo lũy kế từ ngày 01/01/2024-24/3/2024, hàng hóa qua cửa khẩu đạt 192.400 tấn, tăng 31% so với cùng kỳ.", None,
     ("2024-01-01", "2024-03-24")),
    # two years opening a sentence are the time of it
    ("Năm 2018-2019, huyện đã mở 31 lớp đào tạo nghề cho 920 lao động.", None, ("2018-01-01", "2019-12-31")),
    # the year's tasks carried out: the year reviewed
    ("Sáng 18/12, Đảng ủy xã tổ chức hội nghị đánh giá tình hình thực hiện nhiệm vụ năm 2024.\n\nTổng giá trị sản phẩm "
     "trên địa bàn tăng 9,8%.", date(2024, 12, 18), ("2024-01-01", "2024-12-31")),
    # the way ahead a speech asks for is the next year's, no year reviewed
    ("Ngày 20/12, tỉnh tổ chức Hội nghị tổng kết ngành Công Thương năm 2019, triển khai nhiệm vụ năm 2020. Giá trị sản "
     "xuất công nghiệp đạt 48.000 tỷ đồng, tăng gần 9% so với năm trước (theo giá năm 2010).\n\nTại Hội nghị, Chủ tịch "
     "tỉnh đánh giá cao nỗ lực của ngành trong năm qua, đồng thời nhấn mạnh: “Đơn vị phải tìm ra hướng đi mới cho năm "
     "2020. Trong đó, xây dựng Đề án tái cơ cấu ngành”.", None, ("2019-01-01", "2019-12-31")),
])
def test_periods_r84(text, published, expected):
    assert _bounds(text, SourceFacts(published=published)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a base year far back in a long comparison ("so với thời điểm xã được công nhận nông thôn mới năm 2014") is no
    # period reported on (R84b)
    ("(ABC) – Huyện đã tổ chức lễ đón nhận Bằng công nhận xã đạt chuẩn nông thôn mới nâng cao năm 2022 đối với xã Ia "
     "Tơ. Đến cuối năm 2022, thu nhập bình quân đầu người tại xã là 46,2 triệu đồng, cao gấp 1,6 lần so với so với thời "
     "điểm xã được công nhận nông thôn mới năm 2014.", ("2022-01-01", "2022-12-31")),
    # "đánh giá" is to assess, no price list of a day: the stock is counted to that day from January (R84b)
    ("Theo đánh giá tình hình phát triển kinh tế tập thể của UBND tỉnh, đến ngày 30/9/2016, toàn tỉnh có 812 tổ hợp tác "
     "và 704 hợp tác xã.", ("2016-01-01", "2016-09-30")),
    # guard: a price list of a day keeps its day
    ("Giá cà phê hôm nay 12/6/2024 tăng 500 đồng/kg.", ("2024-06-12", "2024-06-12")),
])
def test_periods_r84b(text, expected):
    assert _bounds(text) == expected


def test_a_plan_share_right_after_a_growth_rate_is_the_rates():
    # (R84c, from B69, seen): a rise told alone, then its percentage of the plan
    from parsing import parse_document

    text = "Giá trị sản xuất công nghiệp tăng 18,2%, đạt 104,3% so với Nghị quyết HĐND giao."
    assert [(f.raw_text, f.kind, f.pct_of_plan) for f in parse_document(text).figures] == [("18,2%", "growth", 104.3)]
    # guard: after an amount, the plan share stays the amount's
    amount = "Doanh thu đạt 500 tỷ đồng, tăng 12%, đạt 95% kế hoạch."
    assert [(f.raw_text, f.yoy_change_pct, f.pct_of_plan) for f in parse_document(amount).figures] == [
        ("500 tỷ đồng", 12.0, 95.0)]
