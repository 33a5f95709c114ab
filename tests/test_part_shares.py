"""A part's share told right after it (``schemas.part_shares``): a warning where the part over its total cannot give
it. Texts and figures of our own (blind set B33 showed two such slips)."""

import pytest
from validation_helpers import frames

from schemas.validate import check_batch


def _part_shares(text):
    documents, figures = frames(("part-share-report.txt", text))
    failures = check_batch(documents, figures)
    return failures[failures["check_name"] == "part_share"]


def test_a_share_the_part_over_its_total_cannot_give_is_a_warning():
    text = ("Năm 2022, sản lượng bưởi của huyện đạt 31.000 tấn, trong đó bưởi đạt chuẩn 12.400 tấn (chiếm 41,5% tổng "
            "sản lượng).")
    found = _part_shares(text)
    assert len(found) == 1
    row = found.iloc[0]
    assert row["severity"] == "warning"
    assert "12.400 tấn of the total 31.000 tấn" in row["message"] and "41,5%" in row["message"]
    assert row["expected"] == pytest.approx(40.0, abs=0.01)


@pytest.mark.parametrize("share", ["40%", "40,0%", "40,00%", "khoảng 40%"])
def test_a_share_the_part_gives_rounded_or_cut_is_no_failure(share):
    text = ("Năm 2022, sản lượng bưởi của huyện đạt 31.000 tấn, trong đó bưởi đạt chuẩn 12.400 tấn (chiếm "
            f"{share} tổng sản lượng).")
    assert _part_shares(text).empty


def test_a_share_cut_rather_than_rounded_is_no_failure():
    # 1.250 / 3.990 is 31,328...%: cut to "31,32%" (rounded it would be "31,33%")
    text = ("Năm 2020, tổng giá trị sản xuất của huyện đạt 3.990 tỷ đồng, trong đó thương mại - dịch vụ 1.250 tỷ "
            "đồng, chiếm 31,32%.")
    assert _part_shares(text).empty
    assert len(_part_shares(text.replace("31,32%", "31,22%"))) == 1


def test_a_share_of_another_whole_named_after_it_is_not_checked():
    text = ("Năm 2022, kim ngạch xuất khẩu của tỉnh đạt 900 triệu USD, trong đó hàng dệt may 300 triệu USD, chiếm "
            "12% kim ngạch dệt may cả vùng.")
    assert _part_shares(text).empty


def test_a_word_between_the_part_and_the_percentage_makes_it_no_share_of_the_part():
    text = ("Năm 2022, kim ngạch xuất khẩu của tỉnh đạt 900 triệu USD, trong đó hàng dệt may 300 triệu USD, tăng "
            "12% so với năm trước.")
    assert _part_shares(text).empty
