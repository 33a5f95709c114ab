"""R38's rules on real report prose (parsing/realtext/README.md, set R38, by frequency on B10 to B16): each rule with
text of ours where it applies and one where it must not."""

from parsing import parse_document


def _plans(text: str) -> list[tuple[str, float | None, str | None, float | None, str | None]]:
    return [(f.raw_text, f.pct_of_plan, f.plan_basis, f.pct_of_plan_alt, f.plan_basis_alt)
            for f in parse_document(text).figures]


def test_one_percentage_of_two_estimates_joined_by_va_is_of_each():
    assert _plans("Tổng thu ngân sách lũy kế được 2.410 tỷ đồng, đạt 64,2% dự toán Trung ương và HĐND tỉnh giao.") == [
        ("2.410 tỷ đồng", 64.2, "central_budget_estimate", 64.2, "provincial_budget_estimate")]
    # the second estimate named with its own "dự toán", and a city's council
    assert _plans("Thu nội địa lũy kế được 1.115 tỷ đồng, đạt 58,1% dự toán Trung ương và dự toán Hội đồng nhân dân "
                  "tỉnh giao.") == [("1.115 tỷ đồng", 58.1, "central_budget_estimate", 58.1, "provincial_budget_estimate")]
    assert _plans("Thu ngân sách đạt 9.870 tỷ đồng (đạt 47,5% dự toán Trung ương và HĐND thành phố giao).") == [
        ("9.870 tỷ đồng", 47.5, "central_budget_estimate", 47.5, "provincial_budget_estimate")]


def test_va_before_no_second_estimate_joins_nothing():
    # "và" opens the next relation: no second plan
    assert _plans("Thu xuất nhập khẩu được 95 tỷ đồng, đạt 48% dự toán Trung ương và tăng 12% so với cùng kỳ.") == [
        ("95 tỷ đồng", 48.0, "central_budget_estimate", None, None)]
    # a plain plan after "và" is no estimate of the council's
    assert _plans("Thu ngân sách được 300 tỷ đồng, bằng 40% dự toán tỉnh giao và kế hoạch.") == [
        ("300 tỷ đồng", 40.0, "provincial_budget_estimate", None, None)]
    # two percentages keep their own bases as before
    assert _plans("Thu ngân sách được 1.466 tỷ đồng, đạt 27,9% dự toán Trung ương giao, đạt 27,6% dự toán Hội đồng "
                  "nhân dân giao.") == [
        ("1.466 tỷ đồng", 27.9, "central_budget_estimate", 27.6, "provincial_budget_estimate")]


def test_the_estimate_the_ministry_of_finance_sets_is_the_centres():
    assert _plans("Năm 2019, thu ngân sách đạt 13.200 tỷ đồng, vượt 12,4% dự toán Bộ Tài chính giao.") == [
        ("13.200 tỷ đồng", 112.4, "central_budget_estimate", None, None)]
    assert _plans("Thu nội địa đạt 6.050 tỷ đồng, bằng 95% dự toán Bộ Tài chính giao, đạt 61% dự toán HĐND tỉnh "
                  "giao.") == [("6.050 tỷ đồng", 95.0, "central_budget_estimate", 61.0, "provincial_budget_estimate")]
    # an estimate named by no one stays the plain budget estimate
    assert _plans("Thu ngân sách đạt 420 tỷ đồng, bằng 52% dự toán.") == [("420 tỷ đồng", 52.0, "budget_estimate", None,
                                                                       None)]
