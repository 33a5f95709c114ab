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


def _changes(text: str) -> list[tuple[str, float | None]]:
    return [(f.raw_text, f.change_abs) for f in parse_document(text).figures]


def test_the_capitals_change_joined_to_the_counts_under_one_comparison_is_the_capitals():
    assert _changes("Trong quý I, tỉnh cấp mới 6 dự án FDI với số vốn đăng ký trên 40 triệu USD, so cùng kỳ năm trước "
                    "tăng 2 dự án và số vốn đăng ký tăng 12,5 triệu USD.") == [
        ("6 dự án", 2.0), ("trên 40 triệu USD", 12500000.0)]
    assert _changes("Tỉnh cấp mới cho 180 doanh nghiệp với tổng số vốn đăng ký 1.250 tỷ đồng; so với cùng kỳ năm 2021, "
                    "tăng 15 doanh nghiệp, số vốn đăng ký tăng 80,5 tỷ đồng.") == [
        ("180 doanh nghiệp", 15.0), ("1.250 tỷ đồng", 80500000000.0)]


def test_a_counts_change_in_parentheses_after_its_capital_is_the_counts():
    assert _changes("Tỉnh cấp giấy chứng nhận đăng ký đầu tư cho 12 dự án với tổng vốn 3.400 tỷ đồng (tăng 5 dự án so "
                    "với cùng kỳ).") == [("12 dự án", 5.0), ("3.400 tỷ đồng", None)]


def test_capital_added_with_no_comparison_joined_stays_a_figure():
    # the capital added by adjustments, in a clause of its own after the count's change: a figure, no change
    assert _changes("Có 30 dự án đăng ký mới, so với cùng kỳ tăng 5 dự án; có 11 dự án điều chỉnh, tổng vốn tăng thêm "
                    "74,5 triệu USD.") == [("30 dự án", 5.0), ("11 dự án", None), ("74,5 triệu USD", None)]
    # a change in the next sentence is not joined
    assert _changes("Tỉnh có 120 doanh nghiệp với vốn 900 tỷ đồng, so với cùng kỳ tăng 12 doanh nghiệp. Vốn điều lệ "
                    "bình quân tăng 1,2 tỷ đồng.") == [("120 doanh nghiệp", 12.0), ("900 tỷ đồng", None),
                                                       ("1,2 tỷ đồng", None)]


def _yoy(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(f.raw_text, f.yoy_change_pct, f.change_abs) for f in parse_document(text).figures]


def test_a_change_on_a_year_two_or_more_back_is_no_change_on_last_year():
    # (the rate a growth over the years, a figure of its own: R91)
    assert _yoy("Trong dịp Tết Nguyên đán Quý Mão 2023, khu du lịch đón 1,2 triệu khách, tăng gần 130% so với cùng kỳ "
                "năm 2021.") == [("1,2 triệu khách", None, None), ("gần 130%", None, None)]
    # the size and the ratio both, on a year three years back (the size a figure of its own, R91)
    assert _yoy("Trong 4 ngày nghỉ lễ Quốc khánh năm 2022, khu du lịch đón 90.500 lượt du khách, tăng 48.000 lượt và "
                "bằng 210% so với cùng kỳ năm 2019.") == [("90.500 lượt du khách", None, None),
                                                         ("48.000 lượt", None, None)]


def test_a_change_on_the_year_before_or_with_no_year_stays():
    assert _yoy("Doanh thu 6 tháng đầu năm 2022 đạt 500 tỷ đồng, tăng 12% so với cùng kỳ năm 2021.") == [
        ("500 tỷ đồng", 12.0, None)]
    assert _yoy("Năm 2022, sản lượng lúa đạt 1,2 triệu tấn, tăng 3,5% so với cùng kỳ.") == [
        ("1,2 triệu tấn", 3.5, None)]
    # a far year compared by the next amount of the sentence is that amount's
    assert _yoy("Năm 2022, tỉnh đón 2,1 triệu lượt khách, tăng 15% so với năm 2021; doanh thu đạt 3.000 tỷ đồng, gấp "
                "2 lần so với năm 2019.")[0] == ("2,1 triệu lượt khách", 15.0, None)


def test_a_second_comparison_after_va_keeps_its_own_percentage():
    assert _plans("Thu ngân sách đạt 2.350 tỷ đồng, đạt 41% dự toán Trung ương giao và so dự toán HĐND tỉnh giao đạt "
                  "38,2%.") == [("2.350 tỷ đồng", 41.0, "central_budget_estimate", 38.2, "provincial_budget_estimate")]
