"""R24's rules on real report prose (parsing/realtext/README.md, set R24): each rule with a sentence of ours where
it applies and one where it must not."""

import pytest

from parsing import parse_document


def _list(text: str) -> list[object]:
    return parse_document(text).figures


def _figures(text: str) -> dict[str, object]:
    return {f.raw_text: f for f in _list(text)}


def test_breakdown_in_parentheses_ends_where_they_close():
    figures = _list("Nông nghiệp tăng 2,9% (đóng góp 0,4 điểm %); công nghiệp tăng 10,2% (đóng góp 4,8 điểm %; trong đó "
                    "công nghiệp chế biến đóng góp 4,3 điểm %, xây dựng đóng góp 0,5 điểm %); dịch vụ tăng 5,7% "
                    "(đóng góp 1,6 điểm %).")
    by_text = [(f.raw_text, f.component_of) for f in figures if f.unit == "percentage point"]
    total = next(i for i, f in enumerate(figures) if f.raw_text == "4,8 điểm %")
    assert by_text == [("0,4 điểm %", None), ("4,8 điểm %", None), ("4,3 điểm %", total), ("0,5 điểm %", total),
                       ("1,6 điểm %", None)]


def test_rate_list_goes_on_past_a_contribution_in_parentheses():
    figures = _figures("Tăng trưởng khu vực nông nghiệp đạt 3,4% (đóng góp 0,6 điểm %); công nghiệp - xây dựng 12,1% "
                       "(đóng góp 6,2 điểm %).")
    assert figures["12,1%"].kind == "growth"
    # a share word still makes a share
    assert _figures("Nông nghiệp tăng 3,4% (đóng góp 0,6 điểm %); công nghiệp chiếm 41,3%.")["41,3%"].kind == "share"


def test_capital_added_is_an_amount_not_a_change():
    figures = _figures("Cấp mới 19 dự án FDI, vốn đăng ký 205 triệu USD, điều chỉnh 11 dự án tổng vốn tăng thêm "
                       "74,5 triệu USD.")
    assert figures["205 triệu USD"].change_abs is None
    assert figures["74,5 triệu USD"].value == pytest.approx(74.5e6)
    # a change verb after the amount's clause, with no capital noun before it, is still its change
    change = _figures("Vốn FDI đăng ký đạt 205 triệu USD, tăng 74,5 triệu USD so với cùng kỳ.")
    assert change["205 triệu USD"].change_abs == pytest.approx(74.5e6) and "74,5 triệu USD" not in change


def test_ratio_gives_way_to_the_next_items_count():
    figures = _figures("Cấp mới 28 dự án trong nước, vốn đăng ký 912 tỷ đồng, bằng 87,5%, 16 dự án FDI, vốn đăng ký "
                       "140 triệu USD.")
    assert figures["912 tỷ đồng"].yoy_change_pct == pytest.approx(-12.5)
    assert "87,5%" not in figures


def test_changes_of_the_amounts_before_respectively():
    figures = _figures("Huyện thu hút 18 dự án với tổng vốn 2.340 tỷ đồng, giảm 5 dự án, tăng thêm 610 tỷ đồng so "
                       "với cùng kỳ năm trước.")
    assert set(figures) == {"18 dự án", "2.340 tỷ đồng"}
    assert figures["18 dự án"].change_abs == -5.0
    assert figures["2.340 tỷ đồng"].change_abs == pytest.approx(610e9)
    # changes listed by place after a clause of their own stay figures
    places = _figures("Đàn lợn toàn huyện có 21.500 con; xã An Bình giảm 1.300 con, xã Hòa Lạc giảm 860 con so với "
                      "cùng kỳ.")
    assert places["21.500 con"].change_abs is None and {"1.300 con", "860 con"} <= set(places)


def test_comma_with_three_zeros_groups_thousands():
    assert _figures("Khu di tích đón hơn 30,000 lượt khách.")["hơn 30,000 lượt khách"].value == 30000.0
    assert _figures("Năng suất đạt 5,8 tấn/ha.")["5,8 tấn/ha"].value == 5.8


def test_fraction_with_a_space_after_the_slash():
    figures = _figures("Huyện đã thu hoạch hơn 4.100/ 5.260ha lúa hè thu.")
    assert list(figures) == ["hơn 4.100/ 5.260ha"] and figures["hơn 4.100/ 5.260ha"].value == 4100.0


def test_rank_among_provinces_is_no_share():
    assert _figures("Tăng trưởng của tỉnh cao thứ 7/63 cả nước.") == {}
    assert _figures("Diện tích lúa của tỉnh chiếm 1/4 cả nước.")["1/4"].value == 25.0


def test_title_printed_again_in_capitals_is_one_fact():
    text = ("Gieo cấy hơn 80% diện tích lúa mùa\n\nGieo cấy hơn 80% diện tích lúa mùa\n\n"
            "GIEO CẤY HƠN 80% DIỆN TÍCH LÚA MÙA\n\nToàn huyện đã gieo cấy 9.300 ha lúa mùa.\n")
    assert [f.value for f in _list(text)] == [80.0, 9300.0]


def test_banks_branches_and_business_locations_are_counted():
    figures = _figures("Trên địa bàn có 9 nhà băng, 24 chi nhánh và 130 địa điểm kinh doanh.")
    assert [figures[s].unit for s in ("9 nhà băng", "24 chi nhánh", "130 địa điểm kinh doanh")] == \
        ["bank", "branch", "business location"]
