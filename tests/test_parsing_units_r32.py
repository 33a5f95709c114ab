"""R32's rules on real report prose (parsing/realtext/README.md, set R32, by frequency on B10 to B15): money rates
whose divisor is told in words, carried to the amounts told after the rate, and adverbs between a change verb and
its rate. Each rule with text of ours where it applies and one where it must not."""

from parsing import parse_document


def _units(text: str) -> dict[str, str]:
    return {f.raw_text: f.unit for f in parse_document(text).figures}


def _kinds(text: str) -> dict[str, str]:
    return {f.raw_text: f.kind for f in parse_document(text).figures}


def test_a_price_per_unit_of_mass_said_after_the_money_unit():
    assert _units("Vải bán tại vườn khoảng 35 ngàn đồng một ký.") == {"khoảng 35 ngàn đồng": "VND/kg"}
    assert _units("Giá bình quân cả vụ gần 32.000 đồng mỗi kg.") == {"gần 32.000 đồng": "VND/kg"}
    assert _units("Giá gạo xuất khẩu đạt 620 USD một tấn.") == {"620 USD": "USD/tonne"}
    # an amount of another family after the words is no price ("1,5 tấn trên một ha" stays a yield)
    assert _units("Năng suất đạt 6 tấn mỗi ha.") == {"6 tấn": "tonne/hectare"}


def test_a_value_per_hectare_written_with_a_slash_before_the_number():
    figures = parse_document("Giá trị sản xuất /1ha đất canh tác đạt 98,88 triệu đồng, tăng 2,52 triệu đồng so với "
                             "năm 2016.").figures
    assert [(f.raw_text, f.unit, f.change_abs) for f in figures] == [("98,88 triệu đồng", "VND/hectare", 2520000.0)]
    assert _units("Giá trị sản xuất đạt trên 98 triệu đồng/1ha.") == {"trên 98 triệu đồng/1ha": "VND/hectare"}


def test_income_of_the_people_is_per_person_and_of_a_family_per_household():
    assert _units("Thu nhập của người dân nông thôn đạt 41,5 triệu đồng/năm.") == {
        "41,5 triệu đồng/năm": "VND/person/year"}
    assert _units("Nhiều gia đình thu nhập từ 100-300 triệu đồng/năm.") == {
        "từ 100-300 triệu đồng/năm": "VND/household/year"}
    assert _units("Tỉnh có thu nhập bình quân/tháng là 3,230 triệu đồng.") == {"3,230 triệu đồng": "VND/person/month"}


def test_the_rate_carries_to_the_money_amounts_told_right_after_it():
    assert _units("Thu nhập của người dân tăng từ 10,98 triệu đồng/năm (năm 2010) lên 14 triệu đồng/năm (năm 2012) "
                  "và lên 16,5 triệu đồng năm 2013.") == {"10,98 triệu đồng/năm": "VND/person/year",
                                                          "14 triệu đồng/năm": "VND/person/year",
                                                          "16,5 triệu đồng": "VND/person/year"}
    # into the next sentence, when that one has given no figure before it
    assert _units("Giá bình quân cả vụ gần 32.000 đồng mỗi kg. Năm ngoái, giá trung bình cả vụ chỉ khoảng 16.000 "
                  "đồng.") == {"gần 32.000 đồng": "VND/kg", "khoảng 16.000 đồng": "VND/kg"}
    assert _units("Tỉnh có thu nhập bình quân/tháng là 3,230 triệu đồng, đứng sau tỉnh bạn với 3,510 triệu đồng.\n"
                  "Tiếp đó là các tỉnh: A: 3,212 triệu đồng; B: 3,150 triệu đồng.") == dict.fromkeys(
        ["3,230 triệu đồng", "3,510 triệu đồng", "3,212 triệu đồng", "3,150 triệu đồng"], "VND/person/month")


def test_the_rate_does_not_carry_to_a_total_another_divisor_or_another_indicator():
    # a total in the same currency is far larger than the rate
    assert _units("Giá lúa tươi 7.200 đồng/kg. Doanh thu từ lúa gạo đạt 410 tỷ đồng.") == {
        "7.200 đồng/kg": "VND/kg", "410 tỷ đồng": "VND"}
    # a divisor printed stays: a time is not added to a value per hectare
    assert _units("Giá trị thu hoạch bình quân 1 ha đạt 350 triệu đồng/năm. Trong đó, hoa đạt 900 triệu đồng/ha.") == {
        "350 triệu đồng/năm": "VND/hectare/year", "900 triệu đồng/ha": "VND/hectare"}
    # an amount far smaller than the rate, with no change verb before it, keeps its unit
    assert _units("Giá xuất khẩu 1.518 USD/tấn, thu về 25 USD.")["25 USD"] == "USD"


def test_an_adverb_between_the_change_verb_and_its_rate():
    assert _kinds("Giá vàng tăng lên đột biến 26,58%; giá đô la Mỹ tăng khá 5,51%.") == {
        "26,58%": "growth", "5,51%": "growth"}
    assert _kinds("Dịch vụ ăn uống ngoài gia đình tăng khá với mức 0,60%.") == {"0,60%": "growth"}
    # a level reached after the adverb stays a level
    assert _kinds("Công suất sử dụng phòng tăng khá, đạt 69%.") == {"69%": "share"}
