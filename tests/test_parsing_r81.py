"""Rules of R81 (session 50), written from the seen blind sets B58 to B72 and province-and-period sets P27 to P36.
Every text is our own wording."""

import pytest

from parsing import parse_document


def _counts(text):
    return [(f.raw_text, f.value) for f in parse_document(text).figures]


@pytest.mark.parametrize(("text", "expected"), [
    # what a council passed, an office settled or issued: counted after the verb, whatever the noun
    ("Kỳ họp đã thông qua 6 nghị quyết quan trọng.", [("6 nghị quyết", 6.0)]),
    ("Trong quý, xã ban hành 142 văn bản, tiếp nhận và xử lý 310 văn bản đến.", [("142 văn", 142.0), ("310 văn", 310.0)]),
    ("Đoàn thanh tra đã giải quyết 96 ý kiến của cử tri.", [("96 ý", 96.0)]),
    # what a programme started, approved or helped
    ("Sở đã triển khai 41 đề tài khoa học cấp tỉnh.", [("41 đề", 41.0)]),
    ("Hội đã giúp 72 phụ nữ thoát nghèo.", [("72 phụ", 72.0)]),
    ("Năm nay huyện phát triển mới 4 câu lạc bộ, nâng tổng số lên 58 câu lạc bộ.", [("4 câu", 4.0), ("58 câu", 58.0)]),
    # where and of what: a place or a body counted after "tại", "của"
    ("Liên hoan diễn ra tại 9 sân khấu ngoài trời.", [("9 sân", 9.0)]),
    ("Cục đã giao chỉ tiêu thu của 12 chi cục trực thuộc.", [("12 chi", 12.0)]),
])
def test_counts_after_verbs_that_take_them(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # guard: a slogan's numbers in quotation marks count nothing, also after a counted list
    ("Hội giúp 60 phụ nữ khởi nghiệp, 310 gia đình đạt chuẩn “5 không, 3 sạch” trong năm.",
     [("60 phụ", 60.0), ("310 gia đình", 310.0)]),
    # guard: a count pointed back to after four words describing it is no figure of its own
    ("Năng suất của 3 giống lúa thơm chịu mặn này cao hơn giống cũ.", []),
    # guard: a place's number named after "tại" is an address, no count
    ("Hội nghị diễn ra tại 25 Trần Phú.", []),
])
def test_no_count_after_the_new_frames(text, expected):
    assert _counts(text) == expected


def test_two_scales_with_a_decimal_in_the_smaller():
    assert _counts("Tổng dư nợ đạt 52 tỷ 318,5 triệu đồng.") == [("52 tỷ 318,5 triệu đồng", 52318500000.0)]
