"""The stated plan amount against the plan its value and % of plan imply, on intervals."""

import duckdb
import pytest
from validation_helpers import edit, frames, ingest, named_raw_texts

from schemas.validate import check_batch

BUDGET = ("Tỉnh Lạng Sơn 6 tháng đầu năm 2021. Tổng thu ngân sách ước đạt 3.042,3 tỷ đồng, "
          "đạt 49,5% dự toán (dự toán 6.146 tỷ đồng).")
TRADE = ("Tỉnh Lạng Sơn 6 tháng đầu năm 2021. Kim ngạch xuất khẩu đạt 690 triệu USD, "
         "bằng 51,49% kế hoạch năm (1.340 triệu USD).")


def _plan_failures(text):
    documents, figures = frames(("langson-2021-h1.txt", text))
    failures = check_batch(documents, figures)
    return failures[failures["check_name"] == "plan_amount"], figures


@pytest.mark.parametrize("text", [BUDGET, TRADE, edit(TRADE, "bằng 51,49% kế hoạch năm (1.340 triệu USD)",
                                                       "đạt 51,49% kế hoạch giao là 1.340 triệu USD")])
def test_a_plan_amount_that_agrees_raises_nothing(text):
    failures, figures = _plan_failures(text)
    assert figures["plan_amount"].notna().sum() == 1
    assert failures.empty, failures["message"].tolist()


def test_a_plan_amount_one_digit_off_is_an_error_naming_the_figure():
    failures, figures = _plan_failures(edit(BUDGET, "6.146 tỷ", "6.246 tỷ"))
    assert len(failures) == 1
    failure = failures.iloc[0]
    assert failure["severity"] == "error"
    assert named_raw_texts(failure, figures) == ["3.042,3 tỷ đồng"]
    # 49,5% may be cut from up to 49,6%: the implied plan runs down to 3.042,25 / 0,496 = 6.133,6
    assert failure["message"] == ("3.042,3 tỷ đồng / 49,5% = 6.143 (6.133,6..6.152,4) vs stated plan 6.246 "
                                  "(6.245,5..6.246,5) tỷ VND")
    assert failure["observed"] == pytest.approx(6.246e12)


def test_a_plan_amount_one_digit_off_in_usd_is_an_error_too():
    failures, figures = _plan_failures(edit(TRADE, "(1.340 triệu", "(1.840 triệu"))
    assert named_raw_texts(failures.iloc[0], figures) == ["690 triệu USD"]
    assert "690 triệu USD / 51,49% = 1.340 (1.338,8..1.341,2)" in failures.iloc[0]["message"]


# 3.042,25 / 0,496 = 6.133,6 (49,5% cut from 49,59...%) and 3.042,35 / 0,4945 = 6.152,4 (rounded from 49,45%): both
# limits print within reach.
@pytest.mark.parametrize("plan", ["6.134", "6.140", "6.152"])
def test_a_plan_amount_at_the_rounding_limits_is_no_slip(plan):
    failures, _ = _plan_failures(edit(BUDGET, "6.146 tỷ", f"{plan} tỷ"))
    assert failures.empty, failures["message"].tolist()


@pytest.mark.parametrize("plan", ["6.133", "6.153"])
def test_one_unit_beyond_the_rounding_limits_is_a_slip(plan):
    failures, _ = _plan_failures(edit(BUDGET, "6.146 tỷ", f"{plan} tỷ"))
    assert failures["check_name"].tolist() == ["plan_amount"]


def test_more_than_leaves_the_implied_plan_open_above_only():
    more = edit(BUDGET, "ước đạt 3.042,3", "đạt hơn 3.042,3")
    assert _plan_failures(edit(more, "6.146 tỷ", "6.246 tỷ"))[0].empty
    assert len(_plan_failures(edit(more, "6.146 tỷ", "6.046 tỷ"))[0]) == 1


def test_about_widens_the_implied_plan_by_the_approximation_slack():
    about = edit(BUDGET, "ước đạt 3.042,3", "đạt khoảng 3.042,3")
    assert _plan_failures(edit(about, "6.146 tỷ", "6.246 tỷ"))[0].empty
    assert len(_plan_failures(edit(about, "6.146 tỷ", "6.546 tỷ"))[0]) == 1


def test_the_plan_amount_lands_in_the_warehouse_and_a_slip_quarantines_its_figure(settings, tmp_path):
    ingest(settings, tmp_path, **{"budget.txt": BUDGET, "trade.txt": edit(TRADE, "(1.340 triệu", "(1.840 triệu")})
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        rows = con.execute("""SELECT raw_text, plan_amount, plan_amount_rounding, status FROM figures
                              ORDER BY raw_text""").fetchall()
        checks = con.execute("SELECT check_name FROM validation_failures").fetchall()
    assert rows == [("3.042,3 tỷ đồng", 6.146e12, 5e8, "valid"), ("690 triệu USD", 1.84e9, 5e5, "quarantined")]
    assert checks == [("plan_amount",)]


# "đạt A/B tỷ đồng": the amount done A of its plan B, printed as a fraction with the scale word after both
PROGRESS = ("Tỉnh Kon Tum 6 tháng đầu năm 2024. Thu ngân sách trên địa bàn đạt 152/450 tỷ đồng, "
            "bằng 33,78% kế hoạch.")


def test_a_fraction_of_its_plan_gives_the_plan_amount_and_a_misprinted_share_is_an_error():
    failures, figures = _plan_failures(PROGRESS)
    assert figures[["raw_text", "value", "plan_amount", "pct_of_plan"]].values.tolist() == \
        [["152/450 tỷ đồng", 152e9, 450e9, 33.78]]
    assert failures.empty, failures["message"].tolist()
    # 152 / 450 is 33,78 %: a share of 33,94 % the fraction's roundings cannot give
    assert len(_plan_failures(edit(PROGRESS, "33,78%", "33,94%"))[0]) == 1
