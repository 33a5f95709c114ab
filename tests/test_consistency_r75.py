"""Set R75 (session 46, after blind set B53 was scored unseen): checks that a total broken down twice, a ratio printed
with its last digit cut, a special zone's paragraph and the month's own figure beside the running total no longer
quarantine sound figures. Texts of our own wording."""

from validation_helpers import failures_of as _failures
from validation_helpers import frames


def _errors(text):
    failures = _failures(text)
    return failures[failures["severity"] == "error"]


def test_a_total_broken_down_by_area_and_by_sex_raises_nothing():
    text = ("Dân số trung bình năm 2022 của tỉnh đạt 512,4 nghìn người, bao gồm dân số thành thị 140,2 nghìn người, "
            "chiếm 27,36%; dân số nông thôn 372,2 nghìn người, chiếm 72,64%; dân số nam 255,9 nghìn người, chiếm "
            "49,94%; dân số nữ 256,5 nghìn người, chiếm 50,06%.")
    assert _failures(text).empty
    _, figures = frames(("r75-report.txt", text))
    assert figures["component_of_ordinal"].notna().sum() == 4  # both runs are parts of the total, and checked
    # a slip in the first run is still caught (one in the second leaves its parts unlinked: no second breakdown)
    slipped = text.replace("372,2 nghìn người", "392,2 nghìn người")
    assert "components_sum" in _failures(slipped)["check_name"].tolist()


def test_a_ratio_cut_rather_than_rounded_agrees_with_the_change():
    # 333.216 of 333.699 is 99,855%: printed cut as "99,85%", the change -483 is -0,1447%
    text = "Vụ xuân năm 2019, sản lượng lúa ước đạt 333.216 tấn, bằng 99,85% giảm 483 tấn so với cùng kỳ năm 2018."
    assert _errors(text).empty
    # a rate off by more than its last digit is still a slip
    assert _errors(text.replace("99,85%", "99,75%"))["check_name"].tolist() == ["change_vs_percent"]


def test_a_special_zones_paragraph_is_no_second_statement_of_the_provinces_figure():
    text = ("Du lịch năm 2025 của tỉnh\n\nNăm 2025, toàn tỉnh đón 19,2 triệu lượt khách. Tổng thu từ du lịch đạt khoảng "
            "42.600 tỷ đồng, tăng 76,8% so với cùng kỳ.\n\nĐặc khu Phú Quốc là đầu tàu của ngành, thu hút hơn 5,2 "
            "triệu lượt khách. Tổng thu từ du lịch khoảng 24.870 tỷ đồng, tăng 93,6% so với cùng kỳ.")
    assert _errors(text).empty
    failures = _failures(text)
    assert failures["check_name"].tolist() == ["stated_twice"]
    assert "a place inside the area" in failures["message"].iloc[0]


def test_the_months_own_figure_beside_the_running_total():
    text = ("Du lịch 10 tháng năm 2025\n\nTrong tháng, toàn tỉnh đón trên 689.800 lượt khách. Tổng thu từ du lịch ước đạt "
            "2.677 tỷ đồng.\n\nLũy kế 10 tháng năm 2025, tỉnh ước đón khoảng 9,4 triệu lượt khách. Tổng thu từ du lịch "
            "ước đạt 38.878 tỷ đồng.")
    assert _errors(text).empty
