"""R29's rules on real report prose (parsing/realtext/README.md, set R29, chosen by frequency on B10 to B13): each
rule with a sentence of ours where it applies and one where it must not."""

from parsing import parse_document


def _figures(text: str) -> dict[str, object]:
    return {f.raw_text: f for f in parse_document(text).figures}


def test_change_about_a_counted_noun_goes_to_the_count_in_that_unit():
    figures = _figures("Toàn tỉnh có 120 doanh nghiệp thành lập mới với 2.350 tỷ đồng vốn đăng ký và 1.840 lao động, "
                       "tăng 12,5% về số doanh nghiệp, giảm 8,2% về vốn đăng ký và tăng 30,4% về số lao động so với "
                       "cùng kỳ năm trước.")
    assert figures["120 doanh nghiệp"].yoy_change_pct == 12.5
    assert figures["2.350 tỷ đồng"].yoy_change_pct == -8.2
    assert figures["1.840 lao động"].yoy_change_pct == 30.4
    # an aspect naming no count of the clause's units keeps the last count
    figures = _figures("Toàn tỉnh cấp mới 35 dự án với 900 tỷ đồng, tăng 9% về số lượng so với cùng kỳ.")
    assert figures["35 dự án"].yoy_change_pct == 9.0 and figures["900 tỷ đồng"].yoy_change_pct is None


def test_aspect_opening_with_so_needs_no_ve():
    figures = _figures("Quý II có 310 doanh nghiệp thành lập mới, tổng vốn 4.120 tỷ đồng, so với cùng kỳ tăng 21% số "
                       "doanh nghiệp và tăng 48% số vốn đăng ký.")
    assert figures["310 doanh nghiệp"].yoy_change_pct == 21.0 and figures["4.120 tỷ đồng"].yoy_change_pct == 48.0


def test_multiples_said_of_an_aspect():
    figures = _figures("Năm 2023, tỉnh thu hút 45 dự án FDI với số vốn 820 triệu USD, tăng gấp 1,5 lần về số dự án và "
                       "4 lần về số vốn so với năm 2022.")
    assert figures["45 dự án"].yoy_change_pct == 50.0 and figures["820 triệu USD"].yoy_change_pct == 300.0
    figures = _figures("Tỉnh thu hút 9 dự án mới với số vốn 150 triệu USD, tăng hơn 5 lần về số vốn so với cùng kỳ năm "
                       "trước.")
    assert figures["150 triệu USD"].yoy_change_pct == 400.0 and figures["9 dự án"].yoy_change_pct is None
    # against a far base year: no change on last year
    figures = _figures("Năm 2023, tỉnh thu hút 45 dự án FDI với số vốn 820 triệu USD, gấp 4 lần về số vốn so với năm "
                       "2015.")
    assert figures["820 triệu USD"].yoy_change_pct is None


def test_a_level_passed_is_at_least_that_level():
    figures = _figures("Lượng khách đến tỉnh đã vượt con số 250 ngàn lượt; riêng khách quốc tế vượt 18.000 lượt. Kim "
                       "ngạch xuất khẩu cả năm vượt mốc 2 tỷ USD.")
    assert [f.qualifier for f in figures.values()] == ["more_than"] * 3
    # "vượt" before a rate of the plan is the plan's, no bound; a milestone word before a rate is one
    figures = _figures("Thu ngân sách đạt 3.200 tỷ đồng, vượt 12,5% dự toán.")
    assert figures["3.200 tỷ đồng"].pct_of_plan == 112.5 and figures["3.200 tỷ đồng"].qualifier is None
    assert _figures("Tỷ lệ giải ngân vượt mốc 60%.")["60%"].qualifier == "more_than"
    assert _figures("Thu ngân sách vượt 12% dự toán.")["12%"].qualifier is None
