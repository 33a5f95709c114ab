"""A list whose lead says its items reached or passed the plan: each bare percentage is its item's share of that plan
(lead, after B20). Texts of our own wording."""

import pytest

from parsing.figures import extract_figures


def _plans(text):
    return [(f.raw_text, f.kind, f.pct_of_plan, f.plan_basis) for f in extract_figures(text) if f.unit == "percent"]


@pytest.mark.parametrize("lead", ["đạt và vượt kế hoạch đề ra như", "vượt kế hoạch năm", "đạt kế hoạch, gồm"])
def test_items_of_a_list_that_reached_the_plan_are_shares_of_it(lead):
    text = f"Nhiều sản phẩm chủ lực {lead}: điện 125,7%, thép 126,2%, giày da 98,5%."
    assert _plans(text) == [("125,7%", "share", 125.7, "plan"), ("126,2%", "share", 126.2, "plan"),
                            ("98,5%", "share", 98.5, "plan")]


def test_a_list_whose_lead_names_no_plan_has_no_plan():
    plans = _plans("Nhiều sản phẩm đạt mức tăng cao như: điện 25,7%, thép 26,2%.")
    assert all(plan is None for _, _, plan, _ in plans)
