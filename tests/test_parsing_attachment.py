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
    # with no base named, the rate before ", đạt" is the amount's change as much as one after it would be
    ("Xuất khẩu hạt điều tăng 5%, chỉ đạt 31 triệu USD do giá giảm.", "31 triệu USD", 31e6, "USD", 5.0, None, None),
    ("Doanh thu du lịch tăng 11%, đạt 4.300 tỷ đồng.", "4.300 tỷ đồng", 4300e9, "VND", 11.0, None, None),
    # a level the change ends at: ", xuống còn", ", lên", ", ở mức", and "đạt tổng cộng"
    ("Giá xuất khẩu bình quân giảm 8,5% so với cùng kỳ năm trước, xuống còn 1.950 USD/tấn.", "1.950 USD/tấn", 1950.0,
     "USD/tonne", -8.5, None, None),
    ("Giá phân bón tăng 6% so với cùng kỳ, ở mức 15.200 đồng/kg.", "15.200 đồng/kg", 15200.0, "VND/kg", 6.0, None,
     None),
    ("Lượng cà phê xuất khẩu tăng 3,2% so với năm 2021, đạt tổng cộng 162 nghìn tấn.", "162 nghìn tấn", 162e3,
     "tonne", 3.2, None, None),
    # "cùng kì", the same period spelled with "i"
    ("Sản lượng điện tăng 4,1% so với cùng kì năm trước, đạt 1.260 triệu kWh.", "1.260 triệu kWh", 1260e6, "kWh",
     4.1, None, None),
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


def test_relation_told_before_needs_a_verb_giving_the_amount():
    # ", còn 20 dự án": what remains, not the level the change ends at
    figures = _figures("Số dự án hoàn thành tăng 10% so với năm trước, còn 20 dự án đang triển khai.")
    assert figures["10%"].kind == "growth" and figures["20 dự án"].yoy_change_pct is None
    # ", với 38 dự án hoàn thành": no "là" or "đạt" giving the amount, the share of the plan stays its own
    figures = _figures("Tỷ lệ giải ngân vượt kế hoạch 4%, với 38 dự án hoàn thành.")
    assert figures["4%"].pct_of_plan == 104.0 and figures["38 dự án"].pct_of_plan is None


def test_aspect_changes_against_the_month_before_are_growth_figures():
    text = ("Tháng 10/2023, toàn tỉnh có 146 doanh nghiệp thành lập mới, vốn đăng ký 1.325 tỷ đồng và 2.180 lao "
            "động, tăng 12,3% về số doanh nghiệp, giảm 4,6% về vốn đăng ký và tăng 9,8% về số lao động so với tháng "
            "9/2023.")
    figures = _figures(text)
    assert [figures[k].yoy_change_pct for k in ("146 doanh nghiệp", "1.325 tỷ đồng", "2.180 lao động")] == [None] * 3
    assert [(figures[k].kind, figures[k].value) for k in ("12,3%", "4,6%", "9,8%")] == \
        [("growth", 12.3), ("growth", -4.6), ("growth", 9.8)]
    # the same list against last year stays the amounts' changes (R29)
    figures = _figures(text.replace("tháng 9/2023", "cùng kỳ năm trước"))
    assert [figures[k].yoy_change_pct for k in ("146 doanh nghiệp", "1.325 tỷ đồng", "2.180 lao động")] == \
        [12.3, -4.6, 9.8]


def test_aspect_changes_in_a_sentence_opening_with_last_year():
    figures = _figures("Tháng 10/2023, toàn tỉnh có 146 doanh nghiệp thành lập mới, vốn đăng ký 1.325 tỷ đồng và "
                       "2.180 lao động, tăng 12,3% về số doanh nghiệp so với tháng trước. So với cùng kỳ năm trước, tăng "
                       "15,2% về số doanh nghiệp, tăng 21,4% về số vốn đăng ký và tăng 6,7% về số lao động.")
    assert [figures[k].yoy_change_pct for k in ("146 doanh nghiệp", "1.325 tỷ đồng", "2.180 lao động")] == \
        [15.2, 21.4, 6.7]
    assert "15,2%" not in figures
    # a sentence with amounts of its own keeps its aspects to them
    figures = _figures("Tháng 10/2023, toàn tỉnh có 146 doanh nghiệp thành lập mới. So với cùng kỳ năm trước, có 38 "
                       "doanh nghiệp quay trở lại hoạt động, tăng 15,2% về số doanh nghiệp.")
    assert figures["38 doanh nghiệp"].yoy_change_pct == 15.2 and figures["146 doanh nghiệp"].yoy_change_pct is None


@pytest.mark.parametrize(("text", "span", "yoy"), [
    # the year after the compared one named in the amount's clause: its change on last year, on a page of 2024
    ("Kim ngạch xuất khẩu rau quả cả nước năm 2023 đạt 5,6 tỷ USD, tăng 66% so với năm 2022. Trong 6 tháng đầu năm "
     "2024, kim ngạch đạt 3,2 tỷ USD.", "5,6 tỷ USD", 66.0),
    # no such year in its clause: against a far base, no change on last year
    ("Trong 6 tháng đầu năm 2024, doanh thu du lịch sinh thái đạt 410 tỷ đồng, tăng 35% so với năm 2022.",
     "410 tỷ đồng", None),
    # the year named as a base is no year of the amount's
    ("Trong 6 tháng đầu năm 2024, doanh thu so với năm 2023 đạt 410 tỷ đồng, tăng 35% so với năm 2022.",
     "410 tỷ đồng", None),
])
def test_own_year_named_before_the_amount(text: str, span: str, yoy: float | None) -> None:
    figure = _figures(text)[span]
    assert figure.yoy_change_pct == yoy


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    # a count printed with a comma before exactly three digits: thousands, so the aspects of its list go right
    ("Toàn vùng có 12,486 doanh nghiệp đăng ký thành lập mới.", "12,486 doanh nghiệp", 12486.0, "enterprise"),
    ("Tỉnh đón 2,125 lượt khách trong dịp lễ.", "2,125 lượt khách", 2125.0, "visit"),
    # a scale word after it keeps the comma a decimal mark
    ("Tỉnh đón 1,500 triệu lượt khách.", "1,500 triệu lượt khách", 1.5e6, "visit"),
])
def test_count_with_comma_thousands(text: str, span: str, value: float, unit: str) -> None:
    figures = parse_document(text).figures
    assert [(f.raw_text, f.value, f.unit) for f in figures] == [(span, value, unit)]


def test_comma_count_in_an_aspect_list_and_an_average():
    figures = _figures("Tính chung 9 tháng năm 2024, toàn vùng có 12,486 doanh nghiệp đăng ký thành lập mới, vốn đăng "
                       "ký 98,5 nghìn tỷ đồng, lao động đăng ký 74,2 nghìn lao động, tăng 6,1% về số doanh nghiệp, "
                       "tăng 2,8% về số lao động và giảm 3,4% về vốn đăng ký so với cùng kỳ năm trước.")
    assert [figures[k].yoy_change_pct for k in ("12,486 doanh nghiệp", "98,5 nghìn tỷ đồng", "74,2 nghìn lao động")] \
        == [6.1, -3.4, 2.8]
    # an average per member need not be whole: a rate per member (R61), never a count of thousands
    for text, span, unit in (("Bình quân mỗi doanh nghiệp có 5,942 lao động.", "5,942 lao động", "person/enterprise"),
                             ("Bình quân mỗi hộ có 4,125 người, cao hơn mức chung của tỉnh.", "4,125 người",
                              "person/household")):
        assert [(f.raw_text, f.value, f.unit) for f in parse_document(text).figures] == [(span, float(span[:5].replace(",", ".")), unit)]


@pytest.mark.parametrize(("text", "amount", "yoy", "growth"), [
    # the period before named ahead of the verb: that change is a figure of its own, the one on last year the amount's
    ("Doanh thu vận tải đạt 25.300 triệu đồng, so với tháng trước giảm 3,2%, so với cùng kỳ năm trước giảm 12,5%.",
     "25.300 triệu đồng", -12.5, {"3,2%": -3.2}),
    ("Vốn đầu tư tháng 5 ước tính 356,8 tỷ đồng, so tháng trước tăng 1,74%.", "356,8 tỷ đồng", None, {"1,74%": 1.74}),
    # a month written with its number may be last year's same month: still the amount's change
    ("Kim ngạch xuất khẩu tháng 8/2021 đạt 120 triệu USD, so với tháng 8/2020 tăng 15%.", "120 triệu USD", 15.0, {}),
    # the base closing the rate before is not the next rate's: "tăng 1,2% so với tháng trước, tăng 12,5% ..."
    ("Doanh thu tháng 10 ước đạt 3.915 tỷ đồng, tăng 1,2% so với tháng trước, tăng 12,5% so với cùng kỳ.",
     "3.915 tỷ đồng", 12.5, {"1,2%": 1.2}),
    # a sentence opening with the comparison and no comma, naming the amount told before
    ("Doanh thu vận tải đạt 25.300 triệu đồng. So với cùng kỳ năm trước doanh thu vận tải giảm 12,5%.",
     "25.300 triệu đồng", -12.5, {}),
])
def test_base_named_before_the_change_verb(text: str, amount: str, yoy: float | None,
                                           growth: dict[str, float]) -> None:
    figures = _figures(text)
    assert figures[amount].yoy_change_pct == yoy
    assert {span: f.value for span, f in figures.items() if f.kind == "growth"} == growth


def test_a_bare_ratio_takes_the_plan_its_list_named_last():
    # "bằng 62%" after a ranked list's "bằng 91% kế hoạch năm": the same plan, not a ratio to last year
    figures = _figures("Xã A giải ngân 84 tỷ đồng, bằng 91% kế hoạch năm. Tiếp theo là xã B giải ngân 47 tỷ đồng, bằng "
                       "62%; xã C giải ngân 39 tỷ đồng, bằng 55%.")
    assert [(figures[k].pct_of_plan, figures[k].yoy_change_pct) for k in ("47 tỷ đồng", "39 tỷ đồng")] == \
        [(62.0, None), (55.0, None)]
    # the last base named is last year's: the bare ratios after it compare with last year, as before
    figures = _figures("Diện tích gieo trồng 6.200 ha, bằng 97% kế hoạch, bằng 103% cùng kỳ; trong đó lúa 4.100 ha, "
                       "bằng 102%; ngô 900 ha, bằng 94%.")
    assert [(figures[k].pct_of_plan, figures[k].yoy_change_pct) for k in ("4.100 ha", "900 ha")] == \
        [(None, 2.0), (None, -6.0)]


def test_parts_reach_their_share_of_the_totals_plan():
    figures = _figures("Ngân sách 9 tháng thu được 71,4% dự toán, trong đó các khoản thu nội địa đạt 69,8%, thu hải "
                       "quan đạt 80,2%.")
    assert [(figures[k].kind, figures[k].pct_of_plan) for k in ("69,8%", "80,2%")] == [("share", 69.8), ("share", 80.2)]
    # a rate of its own in the next sentence is no part: it stays a share of nothing
    figures = _figures("Thu ngân sách 9 tháng đạt 71,4% dự toán năm. Tỷ lệ che phủ rừng đạt 58,3%.")
    assert figures["58,3%"].pct_of_plan is None


def test_a_second_share_of_a_council_named_without_du_toan():
    # a town's report: its share of the province's estimate, then of its own council's, "dự toán" left out
    figure = _figures("Thu ngân sách trên địa bàn thị xã đạt 64,2 tỷ đồng, bằng 131,5% dự toán tỉnh giao và 124,8% "
                      "HĐND thị xã giao.")["64,2 tỷ đồng"]
    assert (figure.pct_of_plan, figure.plan_basis, figure.pct_of_plan_alt, figure.plan_basis_alt) == \
        (131.5, "provincial_budget_estimate", 124.8, "budget_estimate")
    figure = _figures("Thu ngân sách đạt 9.120 tỷ đồng, bằng 108,3% dự toán Trung ương và 101,6% HĐND tỉnh giao.")[
        "9.120 tỷ đồng"]
    assert (figure.pct_of_plan_alt, figure.plan_basis_alt) == (101.6, "provincial_budget_estimate")
