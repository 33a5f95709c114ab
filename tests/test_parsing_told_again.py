"""Plain logic of the R22 rules on false figures: copies of a sentence, brief retellings, named members, falls."""

import pytest

from parsing import parse_document
from parsing.figures import _named_fall
from parsing.quantities import _names_its_members
from parsing.restatements import _near_copy, _retells_briefly


def test_a_sentence_pasted_with_a_few_words_changed_is_a_near_copy():
    first = "Đồng thời, tỉnh cũng trao 5 biên bản ghi nhớ hợp tác đầu tư với tổng số vốn dự kiến 28.800 tỷ đồng."
    again = ("Tại hội nghị, UBND tỉnh cũng trao 5 biên bản ghi nhớ nghiên cứu đầu tư với tổng số vốn đăng ký dự kiến "
             "28.800 tỷ đồng.")
    assert _near_copy(again, [(7, first)]) == 7


def test_other_numbers_or_other_words_make_no_copy():
    first = "Tỉnh trao 5 biên bản ghi nhớ hợp tác đầu tư với tổng số vốn dự kiến 28.800 tỷ đồng."
    assert _near_copy("Tỉnh trao 6 biên bản ghi nhớ hợp tác đầu tư với tổng số vốn dự kiến 28.800 tỷ đồng.",
                      [(0, first)]) is None
    assert _near_copy("Kim ngạch xuất khẩu của 5 doanh nghiệp FDI đạt 28.800 tỷ đồng, chiếm phần lớn kim ngạch.",
                      [(0, first)]) is None


def test_a_short_bounded_sentence_is_a_retelling_but_not_a_list_item():
    assert _retells_briefly("Bắc Giang tăng trưởng gần 14% trong năm 2024.")
    assert not _retells_briefly("- Doanh thu du lịch đạt hơn 500 tỷ đồng.")
    assert not _retells_briefly("Doanh thu du lịch năm 2023 đạt 4.738 tỷ đồng, tăng 17,9% so với năm 2022.")
    assert not _retells_briefly("Tổng thu ngân sách trên địa bàn tỉnh trong năm đạt hơn 5.000 tỷ đồng, vượt dự toán "
                                "Hội đồng nhân dân tỉnh giao đầu năm.")


def test_places_named_after_their_count_to_the_end_of_the_clause():
    text = "Vùng có 3 tỉnh trọng điểm: Bình Định, Phú Yên và Khánh Hòa."
    assert _names_its_members(text, text.index("tỉnh") + len("tỉnh"))
    text = "Năm nay có 2 huyện Mường Tè và Sìn Hồ đạt chuẩn nông thôn mới."
    assert not _names_its_members(text, text.index("huyện") + len("huyện"))


def test_a_fall_named_as_a_noun_names_the_rate_right_after_it_only():
    assert _named_fall("Năm 2023, mức giảm tỷ lệ hộ nghèo ")
    assert not _named_fall("mức giảm tỷ lệ hộ nghèo 0,88%; tỷ lệ lao động qua đào tạo đạt ")


def test_falls_and_bounds_in_a_sentence():
    parsed = parse_document("Tỉnh phấn đấu tỷ lệ hộ nghèo giảm từ 3% trở lên. Tối thiểu 1.200 người lao động được "
                            "hỗ trợ. Trong tháng, tất cả 12 nhóm hàng hóa đều tăng giá.")
    got = [(f.raw_text, f.kind, f.value, f.qualifier) for f in parsed.figures]
    assert got == [("3%", "growth", -3.0, "more_than"), ("1.200 người lao động", "amount", 1200.0, "more_than")]


@pytest.mark.parametrize(("text", "expected"), [
    # a negated bound is the other bound, said before the number and out of its span
    ("Vụ này cần tiêu thụ không dưới 10 ngàn tấn ngao.", [("10 ngàn tấn", "more_than")]),
    ("Giá vé không vượt quá 200.000 đồng.", [("200.000 đồng", "less_than")]),
    ("Sản lượng đạt 5.000 tấn, dưới 10 ngàn tấn của năm trước.", [("5.000 tấn", None), ("dưới 10 ngàn tấn", "less_than")]),
    # the level of an estimated change is estimated; of a change stated as done, stated
    ("Giá trị hàng xuất khẩu ước tăng 9,2%, đạt 4,1 tỷ USD.", [("4,1 tỷ USD", "estimate")]),
    ("Giá trị hàng xuất khẩu tăng 9,2%, đạt 4,1 tỷ USD.", [("4,1 tỷ USD", None)]),
])
def test_session36_negated_bounds_and_estimated_levels(text, expected):
    assert [(f.raw_text, f.qualifier) for f in parse_document(text).figures] == expected
