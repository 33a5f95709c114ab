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
    # a part's contribution to a fall, the fall named after the rate
    ("Chỉ số giá nhóm giao thông giảm 2,84%, đóng góp 0,21% vào mức giảm chung.",
     [("2,84%", "growth", -2.84, None, None), ("0,21%", "growth", -0.21, None, None)]),
    # guard: a contribution to a level is a share of it
    ("Ngành công nghiệp đóng góp 6,15% vào GRDP của tỉnh.", [("6,15%", "share", 6.15, None, None)]),
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


def _changes(text):
    return [(f.raw_text, f.change_abs, f.pct_of_plan) for f in parse_document(text).figures]


@pytest.mark.parametrize(("text", "expected"), [
    # a gap on the year before, its base named between the verb and the size
    ("Năm 2016, doanh số cho vay đạt hơn 640 tỷ đồng, cao hơn so với năm 2015 hơn 120 tỷ đồng.",
     [("hơn 640 tỷ đồng", 120e9, None)]),
    ("Năm 2016, dư nợ quá hạn còn 12 tỷ đồng, thấp hơn so năm 2015 gần 3 tỷ đồng.", [("12 tỷ đồng", -3e9, None)]),
    # a stock's change on the start of the year, its base named first: no figure, no change on last year
    ("Tổng dư nợ đạt hơn 2.140 tỷ đồng, tăng so với đầu năm hơn 180 tỷ đồng.", [("hơn 2.140 tỷ đồng", None, None)]),
    # a change per person of a level per person and year
    ("Thu nhập bình quân đạt 58,2 triệu đồng/người/năm, tăng 4,9 triệu đồng/người so với năm trước.",
     [("58,2 triệu đồng/người/năm", 4.9e6, None)]),
    # the change in a clause with no subject, after its verb or after a further relation of that clause
    ("Diện tích ngô đạt 2.450 ha; giảm 61,5 ha so với cùng kỳ.", [("2.450 ha", -61.5, None)]),
    ("Diện tích ngô đạt 2.450 ha; đạt 98,2% kế hoạch, giảm 61,5 ha so với cùng kỳ.", [("2.450 ha", -61.5, 98.2)]),
    # ... on a far year, in a report on 2019: a change over years, neither a change on last year nor a figure
    ("Thu nhập bình quân đầu người năm 2019 đạt 51,4 triệu đồng/người/năm; tăng 27,3 triệu đồng so với năm 2011.",
     [("51,4 triệu đồng/người/năm", None, None)]),
    # guard: a clause with its own subject keeps its change a figure
    ("Diện tích ngô đạt 2.450 ha; diện tích khoai giảm 61,5 ha so với cùng kỳ.",
     [("2.450 ha", None, None), ("61,5 ha", None, None)]),
])
def test_changes_r90(text, expected):
    assert _changes(text) == expected
