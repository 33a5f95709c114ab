"""Plan and year-on-year attachment rules of set R58 (parsing/realtext/README.md, "Set R58"), each with a sentence
of ours where it applies and one where it must not."""

import pytest

from parsing import parse_document


def _figures(text: str) -> dict[str, object]:
    return {f.raw_text: f for f in parse_document(text).figures}


@pytest.mark.parametrize(("text", "span", "value", "unit", "yoy", "plan", "basis"), [
    # a rate on last year, then ", chỉ đạt" / ", mới đạt" and the amount: the amount's change, no figure of its own
    ("Xuất khẩu hạt tiêu giảm 12% so với năm trước, chỉ đạt 86 triệu USD.", "86 triệu USD", 86e6, "USD", -12.0,
     None, None),
    ("Xuất khẩu cà phê tăng 9% so với cùng kỳ, mới đạt 240 triệu USD.", "240 triệu USD", 240e6, "USD", 9.0,
     None, None),
    # the plan named before its share, then ", với số thu đạt" / ", tương đương" and the amount
    ("Thu ngân sách vượt dự toán 8,5%, với số thu đạt 5.420 tỷ đồng.", "5.420 tỷ đồng", 5420e9, "VND", None,
     108.5, "budget_estimate"),
    ("Thu nội địa vượt kế hoạch 12%, tương đương 3.100 tỷ đồng.", "3.100 tỷ đồng", 3100e9, "VND", None,
     112.0, "plan"),
])
def test_relation_told_before_its_amount(text: str, span: str, value: float, unit: str, yoy: float | None,
                                         plan: float | None, basis: str | None) -> None:
    figures = parse_document(text).figures
    assert [f.raw_text for f in figures] == [span]
    figure = figures[0]
    assert (figure.value, figure.unit, figure.yoy_change_pct, figure.pct_of_plan, figure.plan_basis) == \
        (value, unit, yoy, plan, basis)


def test_relation_told_before_needs_its_base_or_a_verb_giving_the_amount():
    # "tăng 5%, chỉ đạt": no base named, the rate says no more than that something was reached; it stays a figure
    figures = _figures("Xuất khẩu hạt điều tăng 5%, chỉ đạt 31 triệu USD do giá giảm.")
    assert figures["5%"].kind == "growth" and figures["31 triệu USD"].yoy_change_pct is None
    # ", với 38 dự án hoàn thành": no "là" or "đạt" giving the amount, the share of the plan stays its own
    figures = _figures("Tỷ lệ giải ngân vượt kế hoạch 4%, với 38 dự án hoàn thành.")
    assert figures["4%"].pct_of_plan == 104.0 and figures["38 dự án"].pct_of_plan is None
