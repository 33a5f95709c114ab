"""Rules of R90 (session 54), from the blind sets B85 to B88 (seen) and the sets of this session after they were scored
unseen. Every text is our own wording."""

import pytest

from parsing import parse_document


def _read(text):
    return [(f.raw_text, f.kind, f.value, f.yoy_change_pct, f.qualifier) for f in parse_document(text).figures]


@pytest.mark.parametrize(("text", "expected"), [
    # a multiple of the month before: a growth figure of its own; the amount's ratio to last year still follows
    ("Doanh thu lữ hành tháng 4/2021 đạt 312 tỷ đồng, tăng gấp đôi so với tháng trước và bằng 64,5% so với cùng kỳ.",
     [("312 tỷ đồng", "amount", 312e9, -35.5, None), ("gấp đôi", "growth", 100.0, None, None)]),
    # ... with its bound written before "gấp", and the ratio in a clause opening "tuy nhiên chỉ bằng"
    ("Doanh thu lữ hành tháng 4/2021 đạt 312 tỷ đồng, tăng gần gấp 3 lần so với tháng trước; tuy nhiên chỉ bằng "
     "64,5% so với cùng kỳ.",
     [("312 tỷ đồng", "amount", 312e9, -35.5, None), ("gần gấp 3 lần", "growth", 200.0, None, "approx")]),
    # guard: a multiple of ordinary days is no figure (a comparison with no period)
    ("Lượng khách tham quan đạt 15.000 lượt, gấp 3 lần so với ngày thường.",
     [("15.000 lượt", "amount", 15000.0, None, None)]),
])
def test_figures_r90(text, expected):
    assert _read(text) == expected


def _relations(text):
    return [(f.raw_text, f.yoy_change_pct, f.pct_of_plan) for f in parse_document(text).figures]


@pytest.mark.parametrize(("text", "expected"), [
    # a clause with no subject: its first relation and a further one after a comma both go to the amount before it
    ("Thu nội địa ước đạt 8.615 tỷ đồng; tăng 6,2% so với năm 2024, đạt 112% so với dự toán năm.",
     [("8.615 tỷ đồng", 6.2, 112.0)]),
    # guard: the amount already has its plan share; a second one told later stays a figure of its own
    ("Lượt khách ước đạt 1.240.000 lượt, đạt 101,2% kế hoạch năm; tăng 9,4% so với cùng kỳ, đạt 98,7% kế hoạch năm.",
     [("1.240.000 lượt", 9.4, 101.2), ("98,7%", None, 98.7)]),
    # a stock's plan, completed, after its change on the start of the year
    ("Tổng dư nợ của chi nhánh đạt 512 tỷ đồng, tăng 18 tỷ đồng so với đầu năm và hoàn thành 98% kế hoạch.",
     [("512 tỷ đồng", None, 98.0)]),
    # guard: the change's own plan, a growth plan
    ("Tổng dư nợ của chi nhánh đạt 512 tỷ đồng, tăng 18 tỷ đồng so với đầu năm, đạt 90% kế hoạch tăng trưởng năm.",
     [("512 tỷ đồng", None, None)]),
])
def test_relations_r90(text, expected):
    assert _relations(text) == expected
