"""R23's attachment rules on real report prose (parsing/realtext/README.md, set R23): each rule with a sentence
of ours where it applies and one where it must not."""

import pytest

from parsing import parse_document


def _figures(text: str) -> dict[str, object]:
    return {f.raw_text: f for f in parse_document(text).figures}


def test_plan_level_after_a_rate_of_change_is_growth():
    figures = _figures("Giá trị tăng thêm ngành công nghiệp đạt 5.830 tỷ đồng, tăng 15,1% (KH 16-17%).")
    assert figures["5.830 tỷ đồng"].yoy_change_pct == 15.1
    assert figures["16-17%"].kind == "growth"
    # a plan level after a share stays a share
    assert _figures("Tỷ trọng kinh tế số trong GRDP đạt 11,4% (KH 12%).")["12%"].kind == "share"


def test_rate_list_goes_on_past_a_plan_level_in_parentheses():
    figures = _figures("Tăng trưởng kinh tế đạt 6,2%, trong đó khu vực nông nghiệp: 3,1% (kế hoạch 2,8%), "
                       "khu vực công nghiệp - xây dựng: 11,6% (kế hoạch 10,5%).")
    assert [figures[s].kind for s in ("3,1%", "2,8%", "11,6%", "10,5%")] == ["growth"] * 4


def test_base_named_past_the_size_in_parentheses():
    day = _figures("Vốn đầu tư công giải ngân 2.150 tỷ đồng, tăng 1,8% (38 tỷ đồng) so với ngày 10/8.")
    assert list(day) == ["2.150 tỷ đồng"]
    assert day["2.150 tỷ đồng"].yoy_change_pct is None and day["2.150 tỷ đồng"].change_abs is None
    last_year = _figures("Dư nợ tín dụng đạt 41.200 tỷ đồng, tăng 11,7% (4.315 tỷ đồng) so với cùng kỳ.")
    assert last_year["41.200 tỷ đồng"].yoy_change_pct == 11.7
    assert last_year["41.200 tỷ đồng"].change_abs == pytest.approx(4.315e12)
    same_day = _figures("Dư nợ đạt 41.200 tỷ đồng, tăng 11,7% so với ngày này năm trước.")
    assert same_day["41.200 tỷ đồng"].yoy_change_pct == 11.7


def test_change_on_the_month_before_is_a_figure_of_its_own():
    month = _figures("Vốn FDI lũy kế đạt 58,4 tỷ USD, tăng thêm 130 triệu USD so với tháng trước.")
    assert month["58,4 tỷ USD"].change_abs is None and "130 triệu USD" in month
    year = _figures("Kim ngạch xuất khẩu đạt 2,4 tỷ USD, tăng 210 triệu USD so với cùng kỳ.")
    assert year["2,4 tỷ USD"].change_abs == pytest.approx(2.1e8) and len(year) == 1


def test_range_is_no_total_and_parts_named_after_their_noun():
    figures = parse_document("Tổng vốn đầu tư đạt 60.000 - 65.000 tỷ đồng. Đến nay có 150 dự án. Trong đó, 138 dự án "
                             "trong nước với tổng vốn đăng ký 45.900 tỷ đồng.").figures
    assert all(f.component_of is None for f in figures if f.unit == "VND")
    parts = parse_document("Tỉnh điều chỉnh vốn cho 9 lượt dự án (6 dự án FDI và 3 dự án trong nước).").figures
    assert [f.component_of for f in parts] == [None, 0, 0]
    short = parse_document("Tỉnh cấp mới cho 12 dự án (7 dự án FDI và 4 dự án đã khởi công).").figures
    assert [f.component_of for f in short] == [None, None, None]


@pytest.mark.parametrize("text, basis, value", [
    ("Sản lượng lương thực đạt 182.400 tấn, bằng 101,3% (KH).", "plan", 101.3),
    ("Chi ngân sách địa phương đạt 5.120 tỷ đồng, đạt 38,2% so với nhiệm vụ chi.", "budget_estimate", 38.2),
    ("Tỉnh thu hút được 640 triệu USD vốn FDI. Với kết quả này, tỉnh đã đạt 80% kế hoạch năm.", "plan", 80.0),
    ("Thu ngân sách đạt 11.300 tỷ đồng, tăng 2.260 tỷ đồng so với dự toán (tăng 25%).", "budget_estimate", 125.0),
])
def test_plan_of_the_amount(text, basis, value):
    amount = parse_document(text).figures[0]
    assert (amount.pct_of_plan, amount.plan_basis, amount.yoy_change_pct) == (value, basis, None)


def test_gap_on_plan_leaves_the_rate_on_last_year():
    amount = parse_document("Thu ngân sách đạt 8.600 tỷ đồng, tăng 1.000 tỷ đồng so với dự toán, tăng 14% so với "
                            "cùng kỳ.").figures[0]
    assert (amount.pct_of_plan, amount.yoy_change_pct) == (None, 14.0)


@pytest.mark.parametrize("text, beside", [
    ("Kim ngạch xuất khẩu đạt 25.400 tỷ đồng, tương đương gần 1,1 tỷ USD, tăng 9,4% so với cùng kỳ.", "gần 1,1 tỷ USD"),
    ("Tổng vốn huy động đạt 48.300 tỷ đồng, vượt mục tiêu đề ra là 45.000 tỷ đồng và tăng 10,5% so với cùng kỳ.",
     "45.000 tỷ đồng"),
])
def test_relations_pass_a_conversion_or_target_beside_the_amount(text, beside):
    figures = parse_document(text).figures
    assert figures[0].yoy_change_pct is not None
    assert next(f for f in figures if f.raw_text == beside).yoy_change_pct is None


def test_ranking_of_rises_and_a_year_of_its_own_are_growth():
    assert _figures("Các nhóm hàng đều tăng giá, tăng cao nhất là nhóm giáo dục với 1,15%.")["1,15%"].kind == "growth"
    ranked = _figures("Quảng Ninh có mức tăng trưởng cao nhất vùng với 11,2%, đứng thứ hai là Hải Phòng với 10,3%.")
    assert ranked["10,3%"].kind == "growth"
    assert _figures("Tăng trưởng bình quân đạt 7,4%/năm, riêng năm 2019 đạt hơn 10%.")["hơn 10%"].kind == "growth"
    # a level told again for a year stays a level
    assert _figures("Tỷ lệ hộ nghèo giảm còn 2,1%, riêng năm 2023 là 1,8%.")["1,8%"].kind == "share"


def test_milestone_passed_gives_way_to_the_amount_reached():
    passed = _figures("Thu ngân sách lần đầu tiên vượt mốc 20.000 tỷ đồng (đạt 21.350 tỷ đồng), tăng 18% so với cùng kỳ.")
    assert list(passed) == ["21.350 tỷ đồng"] and passed["21.350 tỷ đồng"].yoy_change_pct == 18.0
    next_sentence = _figures("Năm 2017 tỉnh thu ngân sách vượt con số 10 nghìn tỷ đồng. Cụ thể, thu ngân sách đạt "
                             "12.498 tỷ đồng.")
    assert list(next_sentence) == ["12.498 tỷ đồng"]
    # told alone, or a level named after the amount it is passed by, it stays a figure
    assert list(_figures("Lượng khách lần đầu vượt mốc 1 triệu lượt khách.")) == ["1 triệu lượt khách"]
    assert len(_figures("Tỉnh thu hút được 2.100 tỷ đồng vốn đầu tư, vượt mức 1.500 tỷ đồng của năm trước.")) == 2


def test_size_of_a_change_after_a_semicolon_goes_to_the_amount_its_rate_went_to():
    figures = parse_document("Diện tích gieo trồng đạt 79.400 ha; giảm 7%, tương đương giảm 6.000 ha so với cùng kỳ.").figures
    assert [(f.raw_text, f.change_abs) for f in figures] == [("79.400 ha", -6000.0)]
    # a size in another unit than the amount's is a figure of its own
    other = parse_document("Sản lượng lúa đạt 320.000 tấn; giảm 2%, tương đương giảm 1.500 ha diện tích.").figures
    assert [f.raw_text for f in other] == ["320.000 tấn", "1.500 ha"] and other[0].change_abs is None
