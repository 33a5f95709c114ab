"""Set R68 (session 39, after blind set B36): checks that a cut percentage, a second breakdown, a part's own part in
parentheses and numbered sections no longer quarantine sound figures. Texts of our own wording."""

import pytest
from validation_helpers import failures_of as _failures
from validation_helpers import frames


def _errors(text):
    failures = _failures(text)
    return failures[failures["severity"] == "error"]


def test_a_share_of_plan_cut_rather_than_rounded_agrees_with_the_plan_amount():
    # 5.113,4 / 4.980 is 102,678...%: printed cut as "102,6%", not rounded to "102,7%"
    text = "Năm 2023, diện tích trồng rừng đạt 5.113,4/4.980 ha, đạt 102,6% kế hoạch."
    assert _errors(text).empty
    # a share further off than a cut digit is still the slip it was
    assert _errors(text.replace("102,6%", "102,4%"))["check_name"].tolist() == ["plan_amount"]


def test_a_second_breakdown_after_a_complete_one_is_no_part_of_its_last_part():
    text = ("Đến ngày 30/9/2023, toàn tỉnh có 512 dự án còn hiệu lực, gồm 140 dự án trong nước và 372 dự án nước ngoài. "
            "Trong đó có 430 dự án đang hoạt động; 25 dự án đang xây dựng nhà xưởng.")
    assert _errors(text).empty
    documents, figures = frames(("r68-report.txt", text))
    assert figures.set_index("raw_text")["component_of_ordinal"].isna()[["430 dự án", "25 dự án"]].all()


def test_a_parts_own_part_in_parentheses_is_not_added_to_the_total():
    text = ("Quý I/2015, tỉnh đón 410.500 lượt khách, tăng 20,1% so cùng kỳ; trong số này, khách quốc tế "
            "đạt 198.300 lượt, tăng 22,4% so với cùng kỳ (khách đi theo quy chế 849 đạt 9.120 lượt, tăng 12,5%), khách "
            "nội địa đạt 212.200 lượt, tăng 18,2%.")
    assert _errors(text).empty


def test_one_indicator_under_two_numbered_headings_is_a_warning_not_an_error():
    text = ("Tỉnh công bố kết quả rà soát hộ nghèo năm 2021.\n\n"
            "1. Kết quả rà soát theo chuẩn nghèo giai đoạn 2016-2020:\n\n"
            "- Tổng số hộ nghèo: 9.420 hộ; chiếm tỷ lệ 12,4%.\n\n"
            "2. Kết quả rà soát theo chuẩn nghèo mới giai đoạn 2021-2025:\n\n"
            "- Tổng số hộ nghèo: 15.760 hộ; chiếm tỷ lệ 20,7%.")
    failures = _failures(text)
    twice = failures[failures["check_name"] == "stated_twice"]
    assert len(twice) >= 1 and set(twice["severity"]) == {"warning"}
    assert "numbered headings" in twice.iloc[0]["message"]
    # without the headings the two counts are one indicator stated twice: an error, as before
    flat = text.replace("1. Kết quả rà soát theo chuẩn nghèo giai đoạn 2016-2020:\n\n", "").replace(
        "2. Kết quả rà soát theo chuẩn nghèo mới giai đoạn 2021-2025:\n\n", "")
    flat_twice = _failures(flat)
    flat_twice = flat_twice[flat_twice["check_name"] == "stated_twice"]
    assert "error" in set(flat_twice["severity"])


def test_a_lone_part_beyond_the_breakdowns_last_part_is_no_part_of_it():
    # R68b (after B37): one part, not a list, more than the last part of a complete breakdown
    text = ("Lũy kế đến hết tháng 3/2024, có 356 dự án còn hiệu lực, gồm 98 dự án trong nước và 258 dự án nước ngoài. "
            "Trong đó, 301 dự án đang hoạt động, chiếm 84,6% tổng số dự án.")
    assert _errors(text).empty


@pytest.mark.parametrize("text", [
    # R68b: 5 + 12 make the 17; the 2, told after "trong đó" or in a parenthesis after the 5, are two of the 5
    "Năm 2022, tỉnh công nhận 17 sản phẩm OCOP, trong đó có 5 sản phẩm đạt 4 sao, trong đó 2 sản phẩm được xếp lại từ 3 "
    "sao thành 4 sao và 12 sản phẩm đạt 3 sao.",
    "Năm 2022, tỉnh công nhận 17 sản phẩm OCOP, trong đó có 5 sản phẩm đạt 4 sao (có 2 sản phẩm được xếp lại từ 3 sao "
    "thành 4 sao), 12 sản phẩm đạt 3 sao.",
])
def test_a_part_of_the_part_before_makes_the_total_add_up(text):
    assert _errors(text).empty
    documents, figures = frames(("r68-report.txt", text))
    parts = figures.set_index("raw_text")["component_of_ordinal"]
    ordinals = figures.set_index("raw_text")["ordinal"]
    assert parts["2 sản phẩm"] == ordinals["5 sản phẩm"]
    assert parts["5 sản phẩm"] == parts["12 sản phẩm"] == ordinals["17 sản phẩm"]


def test_counts_after_a_count_whose_members_are_named_are_its_siblings():
    # R68b: "gồm:" names the 5 groups in words to its clause's end; the 4 and the 2 are the other groups, no parts
    text = ("Tháng 6/2023, 5/11 nhóm hàng tăng giá gồm: đồ uống, may mặc, nhà ở, giáo dục và văn hóa; 4/11 nhóm giảm giá là "
            "giao thông, bưu chính, thuốc và thiết bị gia đình; 2 nhóm đứng giá.")
    assert _errors(text).empty
