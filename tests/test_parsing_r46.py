"""R46's rules on real report prose (parsing/realtext/README.md, set R46, by frequency on B10 to B19): plan and
year-on-year attachment, each rule with text of ours where it applies and one where it must not."""

from parsing import parse_document


def _relations(text: str) -> list[tuple[str, str, float | None, str | None, float | None]]:
    return [(f.raw_text, f.kind, f.pct_of_plan, f.plan_basis, f.yoy_change_pct) for f in parse_document(text).figures]


def test_a_bare_share_after_each_part_takes_the_plan_its_head_named():
    text = ("Sáu tháng đầu năm 2024, tổng chi ngân sách ước đạt 2.400 tỷ đồng, đạt 45,1% dự toán, tăng 5,2%. "
            "Trong đó: chi đầu tư phát triển 800 tỷ đồng, đạt 38,4%, giảm 10,5%; "
            "chi thường xuyên 1.500 tỷ đồng, đạt 49,6%, tăng 8,3%.")
    assert _relations(text) == [("2.400 tỷ đồng", "amount", 45.1, "budget_estimate", 5.2),
                                ("800 tỷ đồng", "amount", 38.4, "budget_estimate", -10.5),
                                ("1.500 tỷ đồng", "amount", 49.6, "budget_estimate", 8.3)]


def test_a_bare_share_in_parentheses_after_a_count_takes_the_plan_named_before():
    text = ("Năm 2024, toàn tỉnh giải quyết việc làm cho 12.000 người (đạt 96% kế hoạch), trong đó đưa 900 người "
            "lao động đi làm việc ở nước ngoài (đạt 75%).")
    assert _relations(text) == [("12.000 người", "amount", 96.0, "plan", None),
                                ("900 người lao động", "amount", 75.0, "plan", None)]


def test_a_bare_share_with_no_plan_named_stays_a_share_of_its_own():
    text = "Năm 2024, nông dân gieo cấy 20.000 ha lúa. Đến nay đã thu hoạch 19.000 ha (đạt 95%)."
    assert _relations(text) == [("20.000 ha", "amount", None, None, None), ("19.000 ha", "amount", None, None, None),
                                ("95%", "share", None, None, None)]


def test_a_bare_ratio_above_a_hundred_in_parentheses_is_the_amounts_ratio_to_last_year():
    text = "Dịp Tết Nguyên đán 2024, tỉnh đón 150.000 lượt khách (đạt 125%), doanh thu đạt 300 tỷ đồng."
    assert _relations(text)[0] == ("150.000 lượt khách", "amount", None, None, 25.0)


def test_a_multiple_on_the_year_before_the_texts_year_is_a_change_on_last_year():
    text = ("Dịp Tết Nguyên đán 2024, tỉnh đón 150.000 lượt khách. "
            "Riêng khách quốc tế có 20.000 lượt, gấp 2,5 lần so với năm 2023.")
    assert _relations(text)[1] == ("20.000 lượt", "amount", None, None, 150.0)


def test_a_multiple_on_a_far_year_or_a_years_average_is_no_change_on_last_year():
    text = ("Năm 2024, tỉnh đón 150.000 lượt khách. Riêng khách quốc tế có 20.000 lượt, gấp 2,5 lần so với năm 2021. "
            "Mỗi ngày cửa khẩu có 300 lượt phương tiện, tăng gấp 3 lần so với bình quân năm 2023.")
    relations = _relations(text)
    assert [r[4] for r in relations if r[1] == "amount"] == [None, None, None]
    # the far year's multiple is a change over years, a growth figure of its own (R95); the average's gives none
    assert [r[0] for r in relations if r[1] == "growth"] == ["gấp 2,5 lần"]
