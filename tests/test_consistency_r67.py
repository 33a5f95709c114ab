"""Set R67c (after blind set B35): a count told with its rate, then a change pair in parentheses, and a whole set's
members each reaching a bound. Texts of our own wording."""

from validation_helpers import failures_of as _failures
from validation_helpers import frames


def test_a_percentage_after_a_counts_change_beside_its_rate_is_a_warning_not_an_error():
    text = ("Năm 2023, tổng số hộ cận nghèo của tỉnh là 6.420 hộ, tỷ lệ 2,15%, (tăng 380 hộ, tăng 0,12% so với năm "
            "2022).")
    failures = _failures(text)
    change = failures[failures["check_name"] == "change_vs_percent"]
    assert len(change) == 1 and change.iloc[0]["severity"] == "warning"
    assert "that rate's change in points" in change.iloc[0]["message"]
    # with no rate told beside the count, the same pair is an error, as before
    failures = _failures(text.replace(" tỷ lệ 2,15%,", ""))
    change = failures[failures["check_name"] == "change_vs_percent"]
    assert len(change) == 1 and change.iloc[0]["severity"] == "error"


def test_every_target_of_a_term_reaching_a_bound_is_no_share_out_of_range():
    text = ("Năm 2019, thu ngân sách của thành phố đạt 2.150 tỷ đồng. Đến năm 2020, thành phố muốn các chỉ tiêu "
            "của Đại hội khóa 21 (nhiệm kỳ 2015 - 2020) đều đạt từ 115% trở lên.")
    failures = _failures(text)
    assert failures[failures["severity"] == "error"].empty
    documents, figures = frames(("r67-report.txt", text))
    assert list(figures["raw_text"]) == ["2.150 tỷ đồng"]
