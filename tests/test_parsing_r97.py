"""Rules of R97 (session 57), from the blind sets B105 and P53 after they were scored unseen. Every text is our own
wording."""

import pytest
from conftest import report_bounds as _bounds

from parsing import parse_document


@pytest.mark.parametrize(("text", "expected"), [
    # "gấp rưỡi" is one and a half times
    ("Lãi bình quân mỗi ha đạt trên 25 triệu đồng, cao gấp rưỡi so với năm trước.",
     [("trên 25 triệu đồng", "amount", 25e6, 50.0)]),
    # a multiple against the founding, years back: a change over years, a growth figure of its own
    ("Tổng nguồn vốn của chi nhánh đạt 2.150 tỷ đồng, tăng 15 lần so với khi mới thành lập.",
     [("2.150 tỷ đồng", "amount", 2.15e12, None), ("15 lần", "growth", 1400.0, None)]),
    # a place whose name opens with a number word
    ("Thời gian qua, huyện Năm Căn chủ động chuyển đổi cơ cấu cây trồng.", []),
    # guard: a number word counting places stays a count
    ("Năm nay toàn tỉnh có năm xã đạt chuẩn nông thôn mới.", [("năm xã", "amount", 5.0, None)]),
    # an emulation cluster named by its members' count
    ("Cụm thi đua 7 huyện miền núi tổ chức hội nghị sơ kết.", []),
])
def test_figures_r97(text, expected):
    assert [(f.raw_text, f.kind, f.value, f.yoy_change_pct) for f in parse_document(text).figures] == expected


@pytest.mark.parametrize(("text", "url", "bounds"), [
    # a year of aims still to be reached ("tạo đà cho việc hoàn thành các mục tiêu ... năm 2023") is no period reported
    ("Tỉnh có nhiều điểm sáng, tạo đà cho việc hoàn thành các mục tiêu kinh tế – xã hội năm 2023.\nGRDP quý II tăng "
     "6,9% so cùng kỳ năm 2022. Lũy kế 6 tháng đầu năm ước tăng 7,8%.", None, ("2023-01-01", "2023-06-30")),
    # "Từ đầu tháng 7 đến nay" on a page its address files under July only: that month
    ("Từ đầu tháng 7 đến nay, giá rau tại các chợ đầu mối của huyện tăng mạnh, có loại tăng gấp đôi.",
     "https://bao.example.vn/kinhte/202007/gia-rau-tang-manh-3014400/", ("2020-07-01", "2020-07-31")),
])
def test_period_r97(text, url, bounds):
    assert _bounds(text, url) == bounds


def test_a_caption_retelling_the_lead_is_the_caption():
    # the photo's caption tells the lead's figure again in nearly its words: the caption is the copy, the lead stays
    text = ("Lượng hàng qua cảng đạt kỷ lục\n\nTrong tháng 8 vừa qua, sản lượng hàng hóa thông qua cảng Quy Nhơn đạt hơn "
            "512.000 tấn, cao nhất từ trước đến nay.\n\nTháng 8, hàng hóa thông qua cảng Quy Nhơn đạt mức kỷ lục 512.000 "
            "tấn. Ảnh: cang.example.vn\n\nCông ty cho biết, ngoài việc đạt mức 512.000 tấn, lượng hàng container qua cảng "
            "trong tháng 8 đạt 21.300 Teus.")
    assert [f.raw_text for f in parse_document(text).figures][0] == "hơn 512.000 tấn"
