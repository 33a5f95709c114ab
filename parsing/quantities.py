"""One printed quantity read into a value: number, range, scale, unit (a rate too) and bound.

``read_quantity`` takes a match of ``QUANTITY`` and says what it measures, or that it is no
figure at all: a year, a date, a decree number, "đợt 1", a count of something no unit names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from parsing.figure_patterns import (
    AFTER_LABEL,
    BOUND,
    BOUND_AFTER,
    BOUND_BEFORE,
    COMPARATIVE,
    COMPOUND,
    COUNT_FRAME,
    COUNT_LABEL,
    COUNT_THEN_PARTS_IN_PARENTHESES,
    DISTANCE,
    EACH_COUNTED,
    FRACTION_SHARE_AFTER,
    FRACTION_SHARE_BEFORE,
    FRAMED_PLACE_OR_SESSION,
    HALF,
    HALF_AS_PERCENT_AFTER,
    HEDGE_BEFORE_BOUND,
    MARKER,
    NOT_MARKER,
    NOUN_THEN_PER,
    PASSED,
    PASSED_AMOUNT,
    PER,
    QUANTITY,
    RATE_AFTER,
    RATE_AREA_AFTER,
    RATE_CONTEXT,
    RATE_FAMILIES,
    TIME_MARKER,
    TIME_UNITS,
    UNKNOWN_NOUN,
    YEAR,
    ends_with,
    phrase_key,
)
from parsing.indicators import named_count_unit, names_money
from parsing.numbers import SPELLED, parse_number
from parsing.patterns import LOWER, UPPER, phrase_alternation
from parsing.vocabulary import Unit, vocabulary

# The units of money by name, where no unit family is at hand (a draft of the sentence before carries none)
CURRENCIES = frozenset({"VND", "USD"})

_V = vocabulary()
_WORD_VALUES: dict[str, float] = {**SPELLED, HALF: 0.5}


@dataclass
class Quantity:
    """A quantity as printed: its span in the sentence, its value with the scale applied, and its unit."""

    start: int
    end: int
    value: float
    high: float | None
    rounding: float
    unit: str
    family: str
    qualifier: str | None
    phrase: str = ""  # the unit as written, lower case ("cơ sở lưu trú")
    # the plan a fraction of it names ("đạt 152/450 tỷ đồng": 450 billion), with its rounding
    whole: float | None = None
    whole_rounding: float = 0.0


# The words after a count of one naming its price in the clause: "1 cây giống cao su có giá", "1 kg tôm giá"
_PRICED_AFTER = re.compile(r"[^\d,.;:()]{0,40}?(?<!\w)(?:có\s+)?giá(?!\w)(?!\s+trị)", re.I)
def _low_end_in_thousands(low_raw: str, high_raw: str) -> float | None:
    """The low end of a range that leaves its thousands to the high end's: "32-36.000 đồng/kg" is 32.000 to 36.000
    (B47); None where the low end is written whole ("29.000-30.000", "5-9 tiêu chí", "1-1,5%")."""
    groups = high_raw.split(".")
    if not low_raw.isdigit() or len(groups) < 2 or not all(len(g) == 3 and g.isdigit() for g in groups[1:]) \
            or len(low_raw) != len(groups[0]) or int(low_raw) >= int(groups[0]) + 1 + int(groups[0]) // 2:
        return None
    return float(int(low_raw) * 1000 ** (len(groups) - 1))


_COUNT_BEFORE = re.compile(rf"(?<!\w)(?:{phrase_alternation(_V.relations['count_before'])})\s+$", re.I)
# Money right after a count of one and its noun's last words: "Bình quân dư nợ 1 phòng giao dịch 434 tỷ đồng, dư nợ 1
# xã 33,5 tỷ đồng".
_MONEY_RIGHT_AFTER = re.compile(r"(?:\s+[^\W\d]+){0,3}?\s+\d[\d.,]*\s*(?:(?:tỷ|tỉ|triệu|nghìn|ngàn)\s*)?(?:đồng|USD)(?!\w)", re.I)
_AVERAGE_OR_BALANCE_BEFORE = re.compile(r"(?<!\w)(?:bình\s+quân|trung\s+bình|dư\s+nợ)(?:\s+[^\W\d]+){0,3}\s*$", re.I)
_COST_OF_ONE = re.compile(r"(?<!\w)(?:chi\s+phí|giá\s+thành)(?!\w)[^\d,.;:()]{0,40}$"
                          # "sản lượng của 1 ha ruộng muối khoảng 50 tấn/tháng", "lợi nhuận từ 1 ha": what one unit
                          # yields (B84)
                          r"|(?<!\w)(?:sản\s+lượng|lợi\s+nhuận|thu\s+nhập|doanh\s+thu|năng\s+suất|tiền\s+lãi)(?!\w)"
                          r"[^\d,.;:()]{0,40}(?<!\w)(?:của|từ|trên|cho)\s*$", re.I)


def read_quantity(body: str, match: re.Match[str], segment_start: int) -> Quantity | None:
    """Span, value, range, rounding, unit and bound qualifier of one quantity; None if not a figure."""
    if _head_on_next_line(body, match):
        return None  # "NĂM\nCHỈ TIÊU", "5\nChỉ tiêu": a table's head line after a year or a row number
    if match["word"]:
        spelled = _read_spelled(body, match)
        return None if spelled is not None and _few_places(spelled.unit, spelled.value, spelled.high) else spelled
    if match["of"] and (fraction := _read_fraction(body, match)) is not True:
        return fraction
    end, noun = match.end(), None
    if match["unit"] is None:
        noun = _unknown_noun(body, match)
        if noun is not None:
            unit, end = _ANY_NOUN, noun.end()  # "có 35 chủ trương": a count of a noun the vocabulary lacks
        elif (changed := _unit_of_change(body, match)) is not None:
            unit = changed  # "số hộ nghèo là 17.185 (giảm 5.193 hộ ...)": the change names what is counted
        elif match["scale"] and (listed := _unit_of_the_total_listed(body, match.start())) is not None:
            unit = listed  # "hơn 15.500 triệu con, trong đó: ..., hàu 756 triệu": the total's noun, no money
        elif not match["scale"] and (listed := _unit_of_the_count_in_parentheses(body, match.start())) is not None:
            unit = listed  # "362 sản phẩm (nhóm thực phẩm 179, đồ uống 60, ...)": parts of the count
        elif _bare_money(body, match, segment_start):
            unit = _V.units["đồng"]  # "thu ngân sách đạt 18.000 tỷ": a sum of money written without "đồng"
        elif (counted := _bare_count(body, match, segment_start)) is not None:
            unit = counted  # "thu hút khách du lịch khoảng 8,3 triệu": visits, the word left out
        elif (labelled := _count_of_label(body, match)) is not None:
            # "Tổng số giường bệnh: 2.411, trong đó:": beds, named by the label before the colon (which also bounds
            # the words that could make it a rate)
            unit, segment_start = labelled
        else:
            return None  # a bare number: a year, a label, or a figure of no unit
    else:
        if _starts_compound(body, match.start("unit"), match.end("unit")):
            return None  # "năm xã hội": the unit word starts another word
        if _labels_next_number(body, match["unit"], match.end("unit")):
            return None  # "6 giai đoạn 2": the noun labels the number after it, no count before it
        unit = _V.units[phrase_key(match["unit"])]
        if unit.family == "count" and _numbers_a_name(body, match):
            return None  # "thôn Hành Rạc 1, Bạc Rây 2 xã Phước Bình": a village's number, then the commune it lies in
        if unit.family == "count" and _opens_a_sentence(body, match):
            return None  # "10/03/2019 22:01\nTỉnh Đắk Lắk ...", "hinh anh 1Du khách trải nghiệm ...": no count
    raw_number = match["num"]
    if unit.family == "score" and ("," not in raw_number or match["scale"]):
        # "đạt 94,89 điểm", "tăng 8,48 điểm": a score is told to its decimals; a whole number of "điểm" counts places
        # ("90 điểm", "153 điểm sạt lở") or is a gap ("còn 2 điểm nữa"): only places counted after a count frame with a
        # passive verb after them are figures ("có 14 điểm bị ngập", ``FRAMED_PLACE_OR_SESSION``)
        if not (ends_with(COUNT_FRAME, body, match.start()) and FRAMED_PLACE_OR_SESSION.match(body, match.end("num"))):
            return None
        unit = _ANY_NOUN
    before = body[:match.start()]
    if unit.family == "score" and _CONTRIBUTED.search(before[-_CONTRIBUTED_CHARS:]):
        unit = _V.units["điểm phần trăm"]  # "tăng 1,35%, đóng góp 1,11 điểm": a contribution, in percentage points
    if unit.family == "length" and (ends_with(DISTANCE, before) or _FAR_FROM.search(before[-_FAR_FROM_CHARS:])):
        return None  # "vượt hơn 500 km từ ... đến ...", "cách trung tâm huyện 30 km": a distance, no figure
    if unit.family in ("length", "power") and _CLASS_BOUND.match(body, match.end()):
        return None  # "tàu cá có chiều dài dưới 6m: 271 chiếc", "từ 15m đến dưới 24m: 3.128 chiếc": a class's bound
    if unit.family in ("length", "power") and _OPEN_CLASS_AFTER.match(body, match.end()) \
            and _VESSEL_CLASS_BEFORE.search(body, max(0, match.start("num") - 48), match.start("num")):
        return None  # "tàu cá công suất từ 90 CV trở lên là 523 chiếc", "hơn 1.100 tàu từ 15 m trở lên": a class's bound
    if unit.family == "length" and _LENGTH_CLASS_BEFORE.search(body[max(0, match.start("num") - 64):match.start("num")]):
        return None  # "tàu cá chiều dài từ 12m đến dưới 15m hoạt động vùng lộng là 472 chiếc": the class, not a figure
    high_raw = match["high"] or match["high2"]
    after_number = body[match.end("num"):match.end("num") + 2]
    glued_unit = match["unit"] is not None and match.start("unit") == match.end("num")
    if high_raw is None and match["scale"] is None and AFTER_LABEL.match(after_number) and not glued_unit \
            and not match["of"]:
        return None  # 09/4/2020, 42/NQ-CP, 30.6.2022, 12/63; "65ha", "96.000m3" are a number and its unit
    if ends_with(MARKER, before) and not ends_with(NOT_MARKER, before) \
            and not (match["unit"] is not None and _GROUPED_WHOLE.fullmatch(raw_number)) \
            and not (unit.family == "percent" and "," in raw_number):
        # đợt 1, Điều 5, số 15, 16, 19, tháng 5; a level or a label is never a count in thousands printed with
        # its unit ("trung cấp 27.828 người": 27.828 people at the intermediate level), nor a rate with decimals
        # ("tăng ngoạn mục 176,8%", "tăng vượt bậc 76,8%": "mục" and "bậc" end an adverb there; "nhóm 20%" is a label)
        return None
    value, rounding = parse_number(raw_number)
    if " " in raw_number or value.is_integer():  # the words before matter only to a whole number
        time_marker = ends_with(TIME_MARKER, before)
        if " " in raw_number and time_marker:
            return None  # "tháng 6 250 tấn" is month 6, then a number: not "6 250"
        if time_marker and value.is_integer() and _time_word_labels(time_marker["w"], value, unit):
            return None  # tháng 5, năm 2021, quý 2
    if match["scale"] is None and unit.family not in ("percent", "money") and YEAR.fullmatch(raw_number) \
            and not _COUNT_BEFORE.search(before[-24:]):
        return None  # "năm 2021 xã" reads as a year followed by a noun; "với 2060 khẩu" counts persons
    if value == 100.0 and unit.family == "percent" and _BRAND_NEW_BEFORE.search(before[-8:]):
        return None  # "lon và nắp nhôm mới 100%": brand-new goods, no share (B103)
    if value == 0.0 and unit.family == "money" and _FREE_GOODS_BEFORE.search(before[-24:]):
        return None  # "không để tour 0 đồng tái diễn", "vé 0 đồng": the name of goods sold at no price (B101)
    if value == 1.0 and match["scale"] is None and high_raw is None \
            and (ends_with(PER, before) or before.rstrip().endswith("/")
                 or _COST_OF_ONE.search(body, max(0, match.start("num") - 60), match.start("num"))
                 or _PRICED_AFTER.match(body, match.end())
                 or _MONEY_RIGHT_AFTER.match(body, match.end()) and _AVERAGE_OR_BALANCE_BEFORE.search(before[-40:])):
        # "bình quân 01 xã", "trên 1 ha", "đồng/1 kg": per commune, per hectare, per kilogram; "1 cây giống ... có giá
        # 16.000 đồng", "chi phí đầu tư cho 1ha": what a price or a cost is told for (B47); "dư nợ 1 xã 33,5 tỷ đồng":
        # money told per one commune (B108)
        return None
    phrase = phrase_key(f"{raw_number} {match['unit'] or ''}")
    if match["scale"] is None and high_raw is None and any(phrase == s.lower() for s in _V.standards) \
            and not ends_with(BOUND, before) and not match["of"]:
        # "19 tiêu chí" names the national new-rural standard; "19/19 tiêu chí" counts the criteria met, a fraction
        # (annotators of B58 to B68 alike)
        return None
    scale = _V.scales.get(phrase_key(match["scale"]), 1.0) if match["scale"] else 1.0
    if match["rest"]:  # "2 triệu 67 nghìn người", "1 tỷ 500 triệu đồng", "74 tỷ 977,5 triệu": one number, two scales
        smaller = _V.scales[phrase_key(match["scale2"])] / scale
        rest, rest_rounding = parse_number(match["rest"])
        if smaller >= 1.0 or rest * smaller >= 1.0:
            return None
        value, rounding = value + rest * smaller, rest_rounding * smaller
    if match["ones"]:  # "hơn 33 nghìn 900 người": thousands, then the ones counted after them (R72b)
        value, rounding = value + float(match["ones"]) / scale, 0.5 / scale
    high = parse_number(high_raw)[0] * scale if high_raw else None
    if high is not None and high < value and YEAR.fullmatch(raw_number):
        return None  # "(năm 2015 – 8,2%)": a year, then that year's rate; no range falls from its low end (B83)
    if high_raw and (shared := _low_end_in_thousands(raw_number, high_raw)) is not None:
        value, rounding = shared, rounding * shared / value if value else rounding
    start = match.start() if match["high2"] or match["from"] and match["high"] else match.start("num")  # "từ 250 - 300"
    qualifier = None
    bound = ends_with(BOUND, body, start)
    if bound and (negated := ends_with(BOUND_BEFORE, body, start)) is not None and negated.start("q") < bound.start("q"):
        bound = None  # "không dưới 10 ngàn tấn": at least, read as the phrase before the number (out of its span)
    comparative = None
    if bound and phrase_key(bound["q"]) == "hơn":
        comparative = COMPARATIVE.search(body, max(0, bound.start("q") - 12), bound.start("q"))
    if comparative is not None:
        # "cao hơn 0,5%" is a gap, no bound; "không cao hơn 18.438 đồng/lít" is at most, "không thấp hơn" at least
        if comparative["neg"] and comparative["dir"].lower() in ("cao", "thấp"):
            qualifier = "less_than" if comparative["dir"].lower() == "cao" else "more_than"
    elif bound:
        qualifier = _V.qualifiers[phrase_key(bound["q"])][0]
        start = _hedged_start(body, bound)
    elif (after_bound := BOUND_AFTER.match(body, end)) is not None:
        qualifier = _V.qualifiers[phrase_key(after_bound["q"])][0]
    elif (outside := ends_with(BOUND_BEFORE, body, start)) is not None:
        qualifier = _V.qualifiers[phrase_key(outside["q"])][0]
    elif (passed := ends_with(PASSED, body, start)
            or (ends_with(PASSED_AMOUNT, body, start) if unit.family != "percent" else None)) is not None \
            and not (phrase_key(passed["q"]) == "vượt" and _AMOUNT_THEN_COMMA.search(body, max(0, start - 48),
                                                                                    passed.start("q"))) \
            and not (phrase_key(passed["q"]) == "vượt" and _TARGETS_MET.search(body, start, end + 12)):
        qualifier = _V.qualifiers[phrase_key(passed["q"])][0]  # "vượt mốc 83%", "vượt 35.000 lượt": at least
    per = match["per"]
    if match["unit"] is not None and not per and unit.family != "percent" \
            and (rate_noun := NOUN_THEN_PER.match(body, end)) is not None:
        per, end = rate_noun["per"], rate_noun.end()  # "150.000 tấn thành phẩm/năm": the rate's divisor after its noun
    name = _unit_name(unit, per, body[segment_start:start], body[end:end + 40])
    if unit.family == "count" and name.endswith("/kg") and _GRADE_BEFORE.search(body, max(0, start - 40), start):
        return None  # "tôm thẻ chân trắng size 30 con/kg có giá 240.000 đồng/kg": a grade named by its count, no figure
    if name in _TAKEN_OVER and qualifier is None and _AVERAGED_OVER_BEFORE.search(body, max(0, start - 60), start):
        # "thu nhập bình quân đầu người của 20/20 xã NTM đạt 83,84 triệu đồng", "tỷ lệ nghèo đa chiều của 20/20 xã NTM
        # giảm còn 0,76%": the places a mean or a rate is taken over, no count of the report's (B74); so are the
        # branches an index is taken over, "Chỉ số sản xuất của 4 ngành công nghiệp trọng điểm tăng 11,6%" (B99)
        return None
    if _SIZE_OF_THE_PER_BEFORE.search(body, max(0, start - 16), start):
        return None  # "phân DAP ở mức 980.000 đồng/bao (50 kg)": the size of the bag a price is told per (B88)
    if _PAGE_COUNTER_BEFORE.search(body, max(0, start - 24), start):
        return None  # "Số lượt xem: 3338 Người đăng: ...": a page's counter, then the poster's label (B72)
    if name in _CAPACITY_UNITS and qualifier is None and high is None \
            and _FACILITY_NAMED_BEFORE.search(body, max(0, start - 50), start):
        # "Nhà máy nhiệt điện Quỳnh Lập 2.400MW", "Bệnh viện quốc tế 500 giường", "cầu cảng Container 5.000 tấn": the
        # capacity a facility is known by, part of its name, no figure (B58, B64)
        return None
    if unit.family in ("mass", "volume") and _PER_CONTAINER_BEFORE.search(body, max(0, start - 30), start):
        return None  # "giá gas tăng 17.000 đồng/bình 12kg": the size of the container priced, no figure (B78)
    if value == 1.0 and high is None and _PRICED_BEFORE.search(body, max(0, start - 20), start):
        return None  # "giá bán 1kg tôm ... là 240.000 đồng/kg": the measure a price is given for, no figure (B76)
    ranked = _RANKED_BY.match(body, end) if name in _RANKED_SETS and high is None else None
    if ranked and not _MEMBERS.search(ranked.group(0)):
        return None  # "10 tỉnh có tỷ lệ hộ nghèo giảm nhanh nhất": the set a ranking is drawn from
    if name in _RANK_PLACES and high is None and (_RANKED_AMONG.search(body[max(0, start - 40):start])
                                                  or _COMPARED_THEN_RANKED.match(body, end)
                                                  and _SO_VOI.search(body[max(0, start - 12):start])):
        return None  # "xếp thứ 19 so với 63 tỉnh", "nhỏ nhất trong 5 tỉnh Tây Nguyên": the set a rank is taken in
    if name in _RANK_PLACES and high is None \
            and _RANKED_PAST.search(body, max(0, match.start("num") - 24), match.start("num")):
        return None  # "xếp trên 47 tỉnh, thành trong cả nước", "đứng sau 12 tỉnh": the places a rank passes (B107)
    if _few_places(name, value * scale, high) and not match["of"]:
        return None
    if name in _RANK_PLACES and high is None and _names_its_members(body, end):
        return None  # "3 tỉnh trọng điểm: Bình Định, Phú Yên và Khánh Hòa": the places named, no count of the report's
    if unit.family == "count" and high is None and scale == 1.0 and _enumerates_members(body, end, value):
        return None  # "3 nhà đầu tư nước ngoài là Hàn Quốc, Trung Quốc và Ấn Độ.": the members named, one by one
    if name in _PLACE_UNITS and high is None and (_REGION_MEMBERS.match(body, end)
                                                  or _REGION_THEN_MEMBERS.search(body, max(0, start - 80), start)):
        return None  # "kim ngạch xuất khẩu của 13 tỉnh khu vực Đồng bằng sông Cửu Long": the region's provinces
    if name in _RANK_PLACES and match["of"] and _RANK_VERB.search(body, max(0, start - 24), start):
        return None  # "đứng 6/34 địa phương cả nước": a rank among the places, no count
    if unit.family == "count" and high is None and _ONE_OF.search(body, max(0, start - 24), start):
        return None  # "là một trong 30 tỉnh không đạt dự toán": the set the subject belongs to, no count of its own
    if unit.family == "percent" and _HOLDS_CAPITAL_BEFORE.search(body, max(0, start - 30), start) \
            and _CAPITAL_AFTER.match(body, end):
        # "2 DN Nhà nước nắm giữ 100% vốn điều lệ; 13 DN có vốn Nhà nước (7 DN ... nắm giữ trên 50% vốn điều lệ)": the
        # share of capital held names a class of enterprises, no figure (B71)
        return None
    if _CLASS_SHARE_AFTER.match(body, end) and _SIZE_CLASS_BEFORE.search(body, max(0, start - 40), start):
        # "quy mô vốn dưới 10 tỷ đồng chiếm 88,6%; quy mô từ 10 - 20 tỷ đồng chiếm 5,5%": a class of things by their
        # size, its share after it; the bounds name the class, no figure (B75)
        return None
    if name == "criterion" and (_CRITERIA_CLASS.match(body, end)
                                or _COMMUNES_COUNTED_BEFORE.search(body, max(0, start - 40), start)
                                or qualifier in ("less_than", "more_than")
                                and _COMMUNES_OF_A_CLASS.search(body, max(0, start - 40), start)
                                and not _MEAN_COMMUNE.search(body, max(0, start - 40), start)):
        # "đạt 15 – 18 tiêu chí có 8 xã", "31 xã đạt từ 15 - 18 tiêu chí": the class of the communes counted, no
        # figure (R67)
        return None
    if unit.family == "count" and high is None and not match["of"] \
            and _WHOLE_SET.search(body, max(0, start - 16), start) \
            and _EACH_OF_THEM.match(body, end):
        # "tất cả 12 nhóm hàng hóa đều tăng": every member of a set, its size no count of the report's ("tất cả 16/16 chỉ
        # tiêu ... đều đạt" counts those that did, B89)
        return None
    if qualifier in ("more_than", "less_than") and _SET_CRITERION.search(body, max(0, start - 80), start):
        return None  # "một trong 6 tỉnh tăng GRDP trên 10%": what each member of the set has, a class's bound
    if unit.family == "power" and _VESSEL_POWER.search(body, max(0, start - 40), start):
        return None  # "chủ tàu cá 130 CV", "tàu lưới vây 550 CV": a boat named by its engine's power, no figure
    if unit.family == "mass" and _VESSEL_SIZE.search(body, max(0, start - 90), start):
        return None  # "đón tàu trọng tải lên tới 160.000 tấn", "các tàu trên 100.000 tấn": a ship's size, no figure
    if unit.family == "count" and high is None and _refers_back(body, end):
        return None  # "Tổng vốn đăng ký của 2 dự án này": the projects counted before, not a count of its own
    if unit.family == "count" and "/" not in name and not value.is_integer() and scale * unit.multiplier == 1.0 \
            and _COMMA_THOUSANDS.fullmatch(raw_number) and not _AVERAGE_BEFORE.search(before[-60:]):
        # "cả nước có 131,777 doanh nghiệp": things are counted whole, so a comma before exactly three digits groups
        # thousands (R58)
        value, rounding = parse_number(raw_number.replace(",", ""))
    if name.startswith("VND") and scale * unit.multiplier == 1.0 \
            and _COMMA_THOUSANDS.fullmatch(raw_number) and (high_raw is None or _COMMA_THOUSANDS.fullmatch(high_raw)):
        # "49,500 – 52,500 đồng/kg": the đồng has no fractions, so a comma before exactly three digits groups thousands
        # (B51)
        value, rounding = parse_number(raw_number.replace(",", ""))
        high = parse_number(high_raw.replace(",", ""))[0] if high_raw else None
    if unit.family == "count" and "/" not in name and not value.is_integer() and scale * unit.multiplier == 1.0 \
            and not _an_average(body, start, name):
        return None  # things are counted whole: "4.068,9\n Thành phố" ends a table row, the next row's name follows
    scale *= unit.multiplier
    high = None if high is None else high * unit.multiplier
    whole, whole_rounding = parse_number(match["of"]) if _of_a_plan(match) else (None, 0.0)
    return Quantity(start, end, value * scale, high, rounding * scale, name, unit.family, qualifier,
                    phrase_key(match["unit"] or (noun["noun"] if noun else "")),
                    None if whole is None else whole * scale, whole_rounding * scale)


_BRAND_NEW_BEFORE = re.compile(r"(?<!\w)mới\s*$", re.I)
# The kind of a place right before its name
_PLACE_KIND_BEFORE = re.compile(r"(?<!\w)(?:huyện|xã|thị\s+xã|thị\s+trấn|phường|quận|thành\s+phố|TP\.?|tỉnh|thôn|ấp|bản|làng)\s+$",
                                re.I)
# Goods named by their price of nothing: "tour 0 đồng", "vé 0 đồng", "siêu thị 0 đồng"
_FREE_GOODS_BEFORE = re.compile(r"(?<!\w)(?:tour|vé|gói|chuyến|bữa|suất|siêu\s+thị|gian\s+hàng|chợ|cửa\s+hàng|quán)\s+$",
                                re.I)


# A whole number printed with a comma grouping its thousands: "131,777"
_COMMA_THOUSANDS = re.compile(r"[1-9]\d{0,2},\d{3}")
# ... unless an average is told ("bình quân mỗi hộ có 4,125 người"): an average need not be whole
def _an_average(body: str, start: int, unit_name: str) -> bool:
    """Whether a count with decimals is an average: criteria are met whole by each commune, so a share of one is a
    mean over communes ("đạt 16,3 tiêu chí", "TP. Tây Ninh 17,7/19 tiêu chí"); another count is one when an average
    word leads its clause ("bình quân mỗi xã đạt 15,6 tiêu chí", "trung bình mỗi hộ có 2,5 lao động") (R67)."""
    return unit_name == "criterion" or _AVERAGE_BEFORE.search(body, max(0, start - 60), start) is not None


_AVERAGE_BEFORE = re.compile(r"(?<!\w)(?:bình\s+quân|trung\s+bình|mỗi)(?!\w)[^.;,]*$", re.I)


# Places counted as the set a ranking is drawn from ("4 tỉnh nuôi tôm diện tích lớn nhất", "5 địa phương dẫn
# đầu"), read up to the end of the clause: no count of the report's own.
_RANKED_SETS = frozenset(_V.ranked_sets)
_RANKED_BY = re.compile(  # ", TP" of "20 tỉnh, TP có ... cao nhất" names more of the places, no new clause
    rf"(?:[^;.:(),]|,\s*(?=TP|thành\s+phố)){{0,80}}?(?<!\w)(?:{'|'.join(map(re.escape, _V.ranking_words))})(?!\w)",
    re.I)
_MEMBERS = re.compile(r"(?<!\w)(?:lọt|top|tốp)(?!\w)", re.I)

# The provinces a named region is made of: "13 tỉnh khu vực Đồng bằng sông Cửu Long", "13 tỉnh thành vùng ĐBSCL" (a
# digest's set, no count of the report's own).
_REGION_MEMBERS = re.compile(r"\s+(?:thuộc\s+)?(?:khu\s+vực|vùng)\s+(?:[A-ZĐ]|miền\s)")
# ... or in parentheses after the region's name: "Vùng Tây Nguyên (5 tỉnh)", "Vùng đồng bằng sông Hồng(11 tỉnh,TP)".
_REGION_THEN_MEMBERS = re.compile(r"(?<!\w)(?:vùng|khu\s+vực)\s[^()]{1,60}\(\s*$", re.I)
_PLACE_UNITS = frozenset({"province", "locality"})
_FEW_PLACES = 3  # provinces a text names or compares (``_few_places``)
# Places a rank is taken among: also a province's districts and communes ("đứng thứ 3 trong 10 huyện, thành phố").
_RANK_PLACES = _PLACE_UNITS | {"district", "city", "town", "commune", "urban district"}
# Right before the places: a rank, then the set it is taken in ("xếp thứ 19 so với 63 tỉnh", "thứ 1 trong 5 tỉnh",
# "nhỏ nhất trong 5 tỉnh"); or "So với 5 tỉnh trong khu vực, Bình Định xếp thứ 1": the set, then the rank.
_RANKED_AMONG = re.compile(r"(?<!\w)(?:(?:thứ\s+\w+|nhất|đầu)\s+(?:so\s+với|trong(?:\s+số)?)"
                           r"|(?:đứng|xếp|dẫn)\s+đầu(?:\s+(?:các|cả))?)\s+$", re.I)  # also "đứng đầu 14 tỉnh ..."
_SO_VOI = re.compile(r"(?<!\w)so\s+với\s+$", re.I)
_RANKED_PAST = re.compile(r"(?<!\w)(?:đứng|xếp)\s+(?:trên|sau|trước|dưới)\s+$", re.I)
_COMPARED_THEN_RANKED = re.compile(r"[^;.:]{0,60}?(?<!\w)(?:xếp|đứng)\s+(?:thứ|hạng)(?!\w)", re.I)

# "là một trong 30 tỉnh ...", "một trong số 5 dự án ...": the set a subject belongs to (the bounded amount in the
# rest of its description is what each member has: "một trong 6 tỉnh tăng GRDP trên 10%").
_ONE_OF = re.compile(r"(?<!\w)(?:một|1)\s+trong\s+(?:số\s+|những\s+|các\s+)?$", re.I)
# After a count of places: a few words, then ":", "là" or "gồm", then the places' names to the end of the clause.
_MEMBERS_OPEN = re.compile(r"(?:\s+[^\W\d_]+){0,3}?\s*(?::|\s(?:là|gồm))\s*|\s+(?=[^\W\d_])")
_MEMBER_JOIN = re.compile(r"\s*,\s*|\s+và\s+")
_MEMBER_PREFIX = re.compile(r"(?:tỉnh|huyện|thị\s+xã|thành\s+phố|TP\.?|xã|phường)\s+")


def _few_places(unit: str, value: float, high: float | None) -> bool:
    """"hai tỉnh Tuyên Quang và Hà Giang", "hợp nhất hai tỉnh", "hai địa phương đang phát triển ra sao?": two or three
    provinces are the ones a text is about or compares, named or to be named, no count of a report's (the blind labels
    of B58 to B96 leave 34 of 35 such counts out)."""
    return unit in _PLACE_UNITS and value <= _FEW_PLACES and high is None


def _names_its_members(body: str, end: int) -> bool:
    """Whether the places counted right before ``end`` are only named after it, up to the end of the clause: "3 tỉnh
    trọng điểm: Bình Định, Phú Yên và Khánh Hòa", "là 2 huyện Mường Tè và Sìn Hồ", "có 2 thành phố là Thủ Dầu Một và
    Dĩ An". ("2 huyện Mường Tè và Sìn Hồ đạt chuẩn" goes on with what they did: a count.)"""
    opened = _MEMBERS_OPEN.match(body, end)
    if opened is None:
        return False
    rest = body[opened.end():]
    stop = re.search(r"[.;()!?\n]", rest)
    names = _MEMBER_JOIN.split(rest[:stop.start() if stop else len(rest)].strip())
    return len(names) >= 2 and all(_is_name(_MEMBER_PREFIX.sub("", n, count=1)) for n in names)


# A count of N things, then exactly N of them named one by one up to the end of the clause (or inside parentheses
# right after it): the count only names its members ("3 dân tộc Kinh - Khmer - Chăm,", "2 di tích quốc gia đặc biệt
# (Khu ... và Khu ...),", "cả 3 thị trường (trong tỉnh, trong nước, xuất khẩu)."), also when what they did follows
# the names ("2 huyện A và B thu hoạch được ...", R48). The number of names must be the count, so a list that names
# only some ("4 cửa khẩu quốc tế A, B") stays a count. The things may be ranked before their names ("04 huyện có tỷ lệ
# hộ nghèo cao nhất lần lượt là: A, B, C và D", B78), and the things' abbreviation may follow their noun ("3 Cụm công
# nghiệp (CCN) gồm: CCN A, CCN B, CCN C", R93: B97).
_DESCRIPTOR = re.compile(rf"(?:\s*\([{UPPER}]{{2,6}}\))?(?:\s+(?!(?:là|gồm|bao\s+gồm|với|có|đạt|tại|ở|thu|đón)(?!\w))[{LOWER}]+(?!\w)){{0,6}}"
                         rf"(?:\s+có(?:\s+[{LOWER}]+){{1,8}}?\s+(?:cao|thấp|lớn|nhiều|ít)\s+nhất)?"
                         r"(?:\s*:|\s+(?:(?:lần\s+lượt\s+)?là|gồm|bao\s+gồm)(?!\w)\s*:?)?\s*")
_ITEM_SPLIT = re.compile(r"\s*,\s*|\s+và\s+|\s*[-–]\s+")  # ("Việt Nam- Lào- Campuchia", B103)
_KINDS = r"(?:tỉnh|huyện|thị\s+xã|thị\s+trấn|thành\s+phố|TP\.?|xã|phường|quận|làng|khu|danh\s+thắng)"
_NAME_PREFIX = re.compile(rf"{_KINDS}\s+(?=[{UPPER}])")
_OPENS_NAME = rf"(?=[{UPPER}]|{_KINDS}\s+[{UPPER}])"
# Where the next name of a list opens: a comma, "và" or a dash, then a capital (or a place's kind, then a capital).
_NEXT_NAME = re.compile(rf"\s*,\s*{_OPENS_NAME}|\s+và\s+{_OPENS_NAME}|\s*[-–]\s+(?=[{UPPER}])")
_NEXT_NAME_NO_DASH = re.compile(rf"\s*,\s*{_OPENS_NAME}|\s+và\s+{_OPENS_NAME}")  # "Óc Eo - Ba Thê" one name
# The names end at the end of the sentence, or a comma that opens no name.
_NAMES_STOP = re.compile(rf"[.;!?\n]|,(?!\s*{_OPENS_NAME})")
_ASIDE = re.compile(r"\s*\([^()]*\)")
_CLAUSE_END = re.compile(r"\s*(?:[.;,!?]|\n|$)")


def _enumerates_members(body: str, end: int, count: float) -> bool:
    """Whether the ``count`` things counted right before ``end`` are named one by one right after it, up to the end
    of the clause, the names as many as the count (two to ten)."""
    if not count.is_integer() or not 2 <= count <= 10:
        return False
    if count <= _FEW_KINDS and _names_kinds(body, end, int(count)):
        return True
    opened = _DESCRIPTOR.match(body, end)
    if opened is None:
        return False
    at = opened.end()
    if body.startswith("(", at):  # "3 huyện (Ninh Sơn, Thuận Bắc, Bác Ái)": the names inside parentheses
        close = body.find(")", at)
        if close < 0 or "(" in body[at + 1:close]:
            return False
        if _CLAUSE_END.match(body, close + 1):
            return _names_counted(body[at + 1:close], int(count), capitals=False)
        # "3 huyện (Ninh Sơn, Thuận Bắc, Bác Ái) đã xảy ra dịch": the names, then what they did (R48); names of things
        # open with a capital only, "03 sản phẩm chủ lực (Cam sành, Mật ong Bạc hà, Gạo chất lượng cao) gắn với ..."
        # (R93: B98)
        inside = body[at + 1:close]
        return _names_counted(inside, int(count), capitals=True) or _names_opening_capitalised(inside, int(count))
    rest = _ASIDE.sub("", body[at:at + 300])
    if body[end:at].rstrip().endswith(":") and _DONE_TO_THEM.search(body, end, at) is None \
            and _items_by_semicolons(body[at:at + 600], int(count)):
        return True  # "đối với 3 chương trình: Hỗ trợ ...; Hỗ trợ ...; Xóa nhà tạm, ... ." (R59)
    cut = _NAMES_STOP.search(rest)
    if cut is not None and _names_counted(rest[:cut.start()], int(count), capitals=True):
        return True
    return _DONE_TO_THEM.search(body, end, at) is None \
        and _names_then_predicate(rest[:cut.start()] if cut is not None else rest, int(count))


# Two or three kinds of a thing named in lower case after their count, a few words describing them, then ",", ":" or
# "là": "2 loại cam chủ lực là cam sành (chiếm 70%) và cam Vinh", "2 đối tượng nuôi chủ lực ... là tôm thẻ chân trắng và
# tôm sú", "2 mặt hàng ... là gạo và thủy sản (cá phi lê)" (B102, B104: the annotators leave all five such counts out).
# The last name ends at the clause's first mark after "và".
_FEW_KINDS = 3
# (a comma opens them only right after the count's noun: "Hai nhà máy chế biến mới, nhà máy A (công suất ...) và nhà máy
# B (...), đi vào hoạt động" counts the factories described)
_KINDS_OPEN = re.compile(r"(?:(?:\s+[^\W\d_]+){0,8}?\s*(?::|\s+là)|\s*,)\s+(?=[^\W\d_])", re.I)
_LAST_KIND_JOIN = re.compile(r"\s+và\s+")
_KIND_ENDS = re.compile(r"[,.;:()!?\n]")
_KIND_WORDS = 5  # words of one kind's name at most


def _names_kinds(body: str, end: int, count: int) -> bool:
    """Whether exactly ``count`` kinds are named after the count ending at ``end`` (``_KINDS_OPEN``), the last after
    "và", each in a few words with no digit."""
    opened = _KINDS_OPEN.match(body, end)
    if opened is None or _DONE_TO_THEM.search(opened.group()):
        return False  # ("2 loại cây được xác định là chủ lực gồm ...": a count of what was done, B102)
    rest = body[opened.end():opened.end() + 200]
    joined = _LAST_KIND_JOIN.search(rest)
    if joined is None:
        return False
    stop = _KIND_ENDS.search(rest, joined.end())
    named = _ASIDE.sub("", rest[:stop.start() if stop else len(rest)])
    kinds = [kind.strip() for kind in _MEMBER_JOIN.split(named)]
    return len(kinds) == count and all(1 <= len(kind.split()) <= _KIND_WORDS and not re.search(r"\d", kind)
                                       for kind in kinds)


def _items_by_semicolons(text: str, count: int) -> bool:
    """Whether ``text``, after a count's colon, names exactly ``count`` items kept apart by ";" up to the sentence's end,
    each opening with a capital and holding no digit: "2 dự án: Nâng cấp chợ trung tâm; Xây dựng trường mầm non
    của xã." names the projects counted (R59)."""
    stop = re.search(r"\.(?!\d)|\n", text)
    items = [item.strip() for item in (text[:stop.start()] if stop else text).split(";")]
    return len(items) == count and all(item[:1].isupper() and not re.search(r"\d", item)
                                       and len(item.split()) <= 20 for item in items)


# Words of a count's descriptor that tell what was done to the members before they are named: "02 xã được công nhận:
# A và B", "2 dự án đã cấp phép là ...": the count is of what was done, a figure.
_DONE_TO_THEM = re.compile(r"(?<!\w)(?:được|đã|bị|sẽ|đang|vừa|mới|cần|phải)(?!\w)", re.I)
_NAMES_THEN_PREDICATE_MAX = 8  # words of a name before the one that closes the list


def _names_then_predicate(text: str, count: int) -> bool:
    """Whether ``text`` opens with exactly ``count`` names, the last joined by "và" (or exactly ``count`` of them, each
    after a comma or a dash), and then says what they did or have: "hai huyện Giồng Riềng và Tân
    Hiệp thu hoạch được 100% diện tích", "4 tỉnh Nam Định, Đồng Nai, Hưng Yên và Hà Nam đã được công nhận", "2 cửa
    khẩu là Cửa khẩu quốc tế A (...) và Cửa khẩu quốc tế B (...) tăng mạnh". The count only names its members, as
    before a clause's end: the annotators of five blind sets (B11, B14, B17, B18, B19) left every such count
    unlabelled (R48; parsing/corpus/README.md). The names are each capitalised, with no digit ("Đông Thành 1 và 2"
    stays); a list naming fewer or more than the count ("4 cửa khẩu A, B, ...") stays a count."""
    seps = list(_NEXT_NAME.finditer(text))
    if len(seps) < count - 1:
        return False
    items = [text[:seps[0].start()]] + [text[a.end():b.start()] for a, b in zip(seps, seps[1:])] \
        + [text[seps[-1].end():]] if seps else [text]
    if len(items) < count or not (re.match(r"\s+và\s", seps[count - 2].group(0)) or len(items) == count):
        # (with no "và", exactly ``count`` names: "3 dân tộc Kinh, Vân Kiều, Pa Cô sinh sống", B101)
        return False
    names, last = items[:count - 1], _NAME_PREFIX.sub("", items[count - 1].strip(), count=1)
    if any(re.search(r"\d", n) or not n.strip() for n in names):
        return False
    if not all(_NAME_PREFIX.sub("", n.strip(), count=1)[:1].isupper() and n.split()[-1][:1].isupper()
               and len(n.split()) <= _NAMES_THEN_PREDICATE_MAX for n in names):
        return False
    head = re.match(rf"(?:[{UPPER}][^\s,;.()]*\s*)+", last)  # the last name's capitalised words
    return head is not None and not re.search(r"\d", head.group(0))


def _names_counted(text: str, count: int, capitals: bool) -> bool:
    """Whether ``text`` is a list of exactly ``count`` names, each opening with a capital (a place's kind may come
    first: "huyện Tu Mơ Rông"), with no digit; outside parentheses (``capitals``) each also ends with one (a list
    with what its members did after it is ``_names_then_predicate``'s); inside, also as many short items of any
    case ("trong tỉnh, trong nước, xuất khẩu")."""
    text = _ASIDE.sub("", text).strip()
    if not text or re.search(r"\d", text):
        return False
    names = _NEXT_NAME.split(text)  # a name may hold "và" or lower-case words ("Khu di tích khảo cổ và kiến trúc")
    if all(_NAME_PREFIX.sub("", n, count=1)[:1].isupper() and len(n.split()) <= 20 for n in names) \
            and (not capitals or all(n.split()[-1][:1].isupper() for n in names)):
        # "Kon Pring, thị trấn Măng Đen và Vi Rơ Ngheo, xã Đăk Tăng": two places, each with where it lies
        return count in (len(names), len(_NEXT_NAME_NO_DASH.split(text)), len(re.split(r"\s+và\s+", text)))
    items = _ITEM_SPLIT.split(text)
    return not capitals and len(items) == count and all(0 < len(i.split()) <= 4 for i in items)


def _names_opening_capitalised(text: str, count: int) -> bool:
    """Whether ``text`` is exactly ``count`` items kept apart by commas (the last perhaps by "và"), each a short name
    opening with a capital and holding no digit: "Cam sành, Mật ong Bạc hà, Gạo chất lượng cao"."""
    items = [item.strip() for item in _MEMBER_JOIN.split(text.strip())]
    return len(items) == count and all(item[:1].isupper() and not re.search(r"\d", item) and len(item.split()) <= 6
                                       for item in items)


def _is_name(words: str) -> bool:
    """One to four words, each opening with a capital ("Khánh Hòa", "Thủ Dầu Một")."""
    parts = words.split()
    return 1 <= len(parts) <= 4 and all(p[0].isupper() for p in parts)


# Criteria met, then the communes that met them: "Đạt 19 tiêu chí có 87 xã, đạt 15 – 18 tiêu chí có 8 xã".
_CRITERIA_CLASS = re.compile(r"\s+(?:thì\s+)?có\s+\d", re.I)
# ... or the communes first, then the criteria they met: "31 xã đạt từ 15 - 18 tiêu chí; 12 xã đạt dưới 10 tiêu chí",
# "19 xã đạt chuẩn 19/19 tiêu chí" (B101), "4 xã 11 tiêu chí" in a list of such classes, "Các xã đạt từ 10 đến 14 tiêu
# chí" (B103); "bình quân 01 xã đạt trên 13 tiêu chí" is the mean commune's count, a figure.
_COMMUNES_COUNTED_BEFORE = re.compile(r"(?<!bình quân )(?<!trung bình )(?<!mỗi )(?<![\w,.])"
                                      r"(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các)\s+xã\s+(?:đã\s+)?"
                                      r"(?:(?:đạt(?:\s+chuẩn|\s+đủ)?|có)\s+)?$", re.I)
# ... or the communes of a class by a bound on their criteria: "từ chỗ có 134 xã dưới 5 tiêu chí", "không còn xã dưới
# 10 tiêu chí" (B75), "không còn xã nào dưới 10 tiêu chí", "các xã còn lại đạt 13 tiêu chí trở lên" (B103); "bình quân
# mỗi xã đạt trên 13 tiêu chí" is the mean commune's, a figure.
_COMMUNES_OF_A_CLASS = re.compile(r"(?<!\w)(?:[^\W\d_]+|\d+)\s+xã(?:\s+nào|\s+còn\s+lại)?\s+(?:đạt\s+)?$", re.I)
_MEAN_COMMUNE = re.compile(r"(?<!\w)(?:bình\s+quân|trung\s+bình|mỗi)\s+(?:\d+\s+)?xã\s+(?:đạt\s+)?$", re.I)
# The share of a company's capital a holder has ("nắm giữ trên 50% vốn điều lệ"), which classes the company.
_HOLDS_CAPITAL_BEFORE = re.compile(r"(?<!\w)(?:nắm\s+giữ|sở\s+hữu|chi\s+phối)\s*$", re.I)
_CAPITAL_AFTER = re.compile(r"\s+(?:tổng\s+)?vốn(?!\w)", re.I)
# A class of things by their size ("quy mô vốn dưới 10 tỷ đồng", "quy mô từ 10 - 20 tỷ đồng"), then the class's share.
_SIZE_CLASS_BEFORE = re.compile(r"(?<!\w)quy\s+mô(?:\s+[^\W\d_]+){0,3}\s+(?:(?:dưới|trên|hơn|từ)\s+)?$", re.I)
_CLASS_SHARE_AFTER = re.compile(r"\s*(?:trở\s+(?:lên|xuống)\s*)?,?\s*chiếm(?!\w)", re.I)
# A grade of shrimp or fish named by how many weigh a kilogram: "size 30 con/kg", "cỡ 20 con/kg", "size lớn, 25 hoặc
# 20 con/kg" (B76).
_GRADE_BEFORE = re.compile(r"(?<!\w)(?:size|cỡ|kích\s+cỡ)(?:\s+(?:lớn|nhỏ|từ))?\s*,?\s*(?:\d+\s*(?:,|hoặc|và|-|–|đến)\s*)*$",
                           re.I)
# The one measure a price is given for: "giá bán 1kg tôm" (B76).
_PRICED_BEFORE = re.compile(r"(?<!\w)giá(?:\s+(?:bán|mua|thu\s+mua))?\s+$", re.I)
# A mean, a rate or an index, then "của" and what it is taken over (``_TAKEN_OVER``).
_AVERAGED_OVER_BEFORE = re.compile(r"(?<!\w)(?:bình\s+quân|tỷ\s+lệ|chỉ\s+số)(?:\s+[^\W\d]+){0,5}\s+của\s+$", re.I)
# What a mean, a rate or an index is taken over: places, and the branches of an economy
_TAKEN_OVER = _RANK_PLACES | {"industry"}
# A number and the space after it, right before a word.
_NUMBER_THEN_SPACE = re.compile(r"\d[ \t]+$")
# A page's counter label right before its number.
_PAGE_COUNTER_BEFORE = re.compile(r"(?<!\w)lượt\s+(?:xem|đọc|truy\s+cập|thích)\s*:\s*$", re.I)
# A facility and its name's words, no verb, then its capacity ("Nhà máy nhiệt điện Quỳnh Lập 2.400MW").
# ("công suất nhà máy 30MW" is the plant's capacity told, a figure: B107)
_FACILITY_NAMED_BEFORE = re.compile(r"(?<!\w)(?<!công suất )(?:nhà\s+máy|bệnh\s+viện|cầu\s+cảng|bến\s+cảng)"
                                    r"(?:\s+(?!(?:có|đạt|là|với|được|công\s+suất|quy\s+mô|tổng(?!\s+hợp)|gồm|khoảng|trên|hơn|"
                                    r"gần|mới|thêm|và)(?!\w))[^\W\d]+){0,5}\s*$", re.I)
_CAPACITY_UNITS = frozenset({"MW", "bed", "tonne"})
# A price per container, then the container's size: "tăng 17.000 đồng/bình 12kg" (B78).
_PER_CONTAINER_BEFORE = re.compile(r"\d\s*(?:đồng|đ|USD)\s*/\s*(?:bình|chai|can|bao|thùng|hộp|gói)\s+$", re.I)
# "tất cả 12 nhóm hàng hóa đều tăng", "toàn bộ 9 huyện đều ...": a whole set whose members each do one thing.
_WHOLE_SET = re.compile(r"(?<!\w)(?:tất\s+cả|toàn\s+bộ)\s+(?:các\s+)?$", re.I)
_EACH_OF_THEM = re.compile(r"[^;.:()\d]{0,60}?(?<!\w)đều(?!\w)", re.I)
_SET_CRITERION = re.compile(r"(?<!\w)(?:một|1)\s+trong\s+(?:số\s+|những\s+|các\s+)?(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
                            r"\s(?:[^;.:()\d%,]|,\s*(?=thành\s+phố|TP))*\(?\s*$", re.I)  # also "(dưới 8%)"
# A rank written as a fraction of the places, after the verb that ranks: "đứng 6/34 địa phương", "xếp 5/63 tỉnh".
_RANK_VERB = re.compile(r"(?<!\w)(?:đứng|xếp|xếp\s+hạng|vị\s+trí|vị\s+thứ)(?:\s+thứ)?\s+$", re.I)
# A ship's size: the tonnage a vessel carries, after "tàu" or "trọng tải" with only size words between (and the
# sizes listed before it: "các tàu trên 100.000 tấn, 130.000 tấn"); "tàu cá khai thác được 500 tấn" stays a figure.
_VESSEL_SIZE = re.compile(
    r"(?<!\w)(?:tàu|trọng\s+tải|tải\s+trọng)"
    r"(?:\s+(?:có|cỡ|lớn|nhỏ|lên|tới|đến|từ|loại|hàng|container|biển|trọng\s+tải|tải\s+trọng)(?!\w)){0,6}"
    r"(?:\s+(?:(?:trên|dưới|hơn|khoảng|gần|từ)\s+)?\d[\d.,]*\s*(?:tấn|DWT)\s*(?:,|và|hoặc|đến|tới|-))*\s*$", re.I)

# A boat and up to three words of its kind right before its power ("tàu cá", "tàu lưới vây", "tàu vỏ thép"); not a
# total ("tàu cá với tổng công suất 10.000 CV") nor a bound of a class ("tàu cá có công suất từ 90 CV trở lên").
_VESSEL_POWER = re.compile(r"(?<!\w)tàu(?:\s+(?!(?:tổng|có|với|đạt|là|từ|trên|dưới)(?!\w))[^\W\d_]+){0,3}\s+$", re.I)

# A count pointing back at things counted before: "2 dự án này", "các 3 xã nói trên".
_BACK_REFERENCE = re.compile(r"\s+(?:này|nói\s+trên|kể\s+trên)(?!\w)", re.I)
# ... also after up to three lowercase words describing the things counted ("của 3 nhóm giống lúa này", R63), none of
# them a preposition, a verb of the clause or a word of time ("5 dự án trong tháng này" counts the month's projects).
_DESCRIBED_BACK_REFERENCE = re.compile(
    rf"(?:\s+(?!(?:{'|'.join(_V.back_reference_stops)})(?!\w))[{LOWER}]+(?!\w)){{1,4}}\s+(?:này|nói\s+trên|kể\s+trên)(?!\w)")


def _refers_back(body: str, end: int) -> bool:
    """Whether the things counted right before ``end`` are ones named before, pointed back to by "này", "nói trên" or
    "kể trên" right after the count or after a few words describing them: "2 dự án này", "hai ngành này", "3 nhóm
    giống lúa này" (R63). The count is no figure of its own."""
    return _BACK_REFERENCE.match(body, end) is not None or _DESCRIBED_BACK_REFERENCE.match(body, end) is not None

def _hedged_start(body: str, bound: re.Match[str]) -> int:
    """Where the span of a bounded number starts: at its bound word, or at an approximation word right before a
    bound of another word ("khoảng hơn 45.000 lượt khách", "khoảng gần 14.000 hộ"); the nearer bound is the
    qualifier."""
    start = bound.start("q")
    if _V.qualifiers[phrase_key(bound["q"])][0] == "approx" and phrase_key(bound["q"]) != "gần":
        return start  # "khoảng khoảng" is no pair; "khoảng gần" is
    hedge = HEDGE_BEFORE_BOUND.search(body, max(0, start - 16), start)
    return hedge.start("q") if hedge is not None and phrase_key(hedge["q"]) != phrase_key(bound["q"]) else start


# What a count of a noun the vocabulary does not name is counted in.
_ANY_NOUN = Unit("", "item", "count")


def _unknown_noun(body: str, match: re.Match[str]) -> re.Match[str] | None:
    """The noun after a whole number that a count frame introduces ("có 35 chủ trương"), or after a number with its
    scale word ("trên 14 triệu giỏ", "92,6 nghìn lá"), if it is one."""
    if match["high"] or match["high2"] or match["from"] or match["of"]:
        return None
    if match["scale"]:
        # a scale word before a noun counts it: no sum of money, rate or time is written so (R77: B62, B63)
        counted = _V.scales[phrase_key(match["scale"])] in (1e3, 1e4, 1e6)
        noun = UNKNOWN_NOUN.match(body, match.end()) if counted else None
        return None if noun is None or noun["noun"].lower() in _V.scaled_noun_stops else noun
    raw = match["num"]
    if not (raw.isdigit() or _GROUPED_WHOLE.fullmatch(raw)) or YEAR.fullmatch(raw):
        return None
    if _OPEN_QUOTE.search(body, max(0, match.start() - _QUOTE_CHARS), match.start()):
        return None  # "giúp 84 phụ nữ ..., 494 gia đình đạt “5 không, 3 sạch”": a slogan's numbers count nothing
    if ends_with(COUNT_FRAME, body, match.start()):
        return UNKNOWN_NOUN.match(body, match.end()) or FRAMED_PLACE_OR_SESSION.match(body, match.end())
    if _LIST_ITEM.search(body, max(0, match.start() - 4), match.start()) is None:
        return None
    # "có 48 kỳ sát hạch lái xe ô tô, 67 kỳ sát hạch lái xe mô tô", "quản lý 67 đường dây ...; 40 trạm biến áp ...":
    # the next item of a list of counts, the first of them after a count frame (B49)
    noun = UNKNOWN_NOUN.match(body, match.end()) or FRAMED_PLACE_OR_SESSION.match(body, match.end())
    if noun is None:
        return None
    return noun if any(ends_with(COUNT_FRAME, body, first.start())
                       for first in _COUNT_OF_A_NOUN.finditer(body, 0, match.start())) else None


# A contribution to a growth rate, told in points: "ngành chế biến tăng 1,35%, đóng góp 1,11 điểm".
_CONTRIBUTED = re.compile(r"(?<!\w)đóng\s+góp(?:\s+(?:khoảng|gần|hơn|trên|thêm))?\s*$", re.I)
_CONTRIBUTED_CHARS = 24


# A quotation opened and not yet closed before a number: the number belongs to a name or a slogan.
_OPEN_QUOTE = re.compile(r"“[^”]*$")
_QUOTE_CHARS = 40


# A whole number before a word: a count, perhaps the first of a list.
_COUNT_OF_A_NOUN = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3})*(?=\s+[^\W\d_])")


# Where the next item of a list starts: after a comma, a semicolon or "và".
_LIST_ITEM = re.compile(r"(?:[,;]|(?<!\w)và)\s*$")


# A whole number printed with its thousands grouped ("19.375 thí sinh"): counts as a plain one does.
_GROUPED_WHOLE = re.compile(r"\d{1,3}(?:\.\d{3})+")


# A change in parentheses right after a bare number: "17.185 (giảm 5.193 hộ so với ...)".
_CHANGE_AFTER = re.compile(r"\s*\(\s*(?:tăng|giảm)\s+(?:thêm\s+)?", re.I)


def _unit_of_change(body: str, match: re.Match[str]) -> Unit | None:
    """The count unit of the change a bare whole number is followed by, if the change names one."""
    opened = _CHANGE_AFTER.match(body, match.end())
    raw = match["num"]
    if opened is None or match["scale"] or match["of"] or YEAR.fullmatch(raw) or not parse_number(raw)[0].is_integer():
        return None
    change = QUANTITY.match(body, opened.end())
    if change is None or change["unit"] is None or change["scale"] or change["word"]:
        return None
    unit = _V.units[phrase_key(change["unit"])]
    return unit if unit.family == "count" and not change["per"] else None


# "cách trung tâm huyện khoảng 30 km": how far a place lies from another, its name between
# (a title may open with it: "Cách Hà Nội 50km, tỉnh này ...")
_FAR_FROM = re.compile(r"(?<!\w)(?<![bB]ằng\s)(?<![tT]heo\s)[cC]ách(?!\s+(?:làm|thức|ly|mạng|nào|này|khác|tiếp)(?!\w))(?:\s+[^\W\d_]+|\s+[A-ZĐ][\w]*\.(?:[A-ZĐ]\w*)?){1,6}\s+$")
_FAR_FROM_CHARS = 60
# After a length or a power: the rest of a class's name, then a colon and the count in it ("dưới 6m: 271 chiếc",
# "từ 15m đến dưới 24m: 3.128 chiếc", "từ 24m trở lên: 174 chiếc").
_CLASS_BOUND = re.compile(r"(?:\s*(?:đến|tới|[-–])\s*(?:dưới|trên)?\s*\d+(?:[.,]\d+)?\s*(?:m|km|mét|CV)?)?"
                          r"\s*(?:trở\s+(?:lên|xuống))?\s*:\s*\d", re.I)


# Targets counted after "hoàn thành và vượt": "vượt 26/28 chỉ tiêu" met or passed so many targets, no bound (B55).
_TARGETS_MET = re.compile(r"(?<!\w)(?:chỉ\s+tiêu|mục\s+tiêu|nhiệm\s+vụ)(?!\w)", re.I)


# A price per package, then the package's size in parentheses: "980.000 đồng/bao (50 kg)", "đồng/bình (12 kg)".
_SIZE_OF_THE_PER_BEFORE = re.compile(r"/\s*(?:bao|bình|thùng|túi|can|chai)\s*\(\s*$", re.I)
# A class of vessels open at one end, named by its bound: "tàu cá công suất từ 90 CV trở lên", "1.100 tàu từ 15 m trở
# lên" (B80, B86)
_VESSEL_CLASS_BEFORE = re.compile(r"(?<!\w)(?:tàu|thuyền)(?!\w)[^\d.;:]*?(?:từ|trên|dưới)\s+$", re.I)
_OPEN_CLASS_AFTER = re.compile(r"\s*trở\s+(?:lên|xuống)(?!\w)", re.I)
# A length bounding a class of vessels, its count told after: "tàu cá chiều dài từ 12m đến dưới 15m ... là 472 chiếc",
# "có chiều dài từ 24m trở lên" (B54).
# ("Tuyến đường có chiều dài trên 12 km" is a road's length, a figure)
# ("tàu cá có chiều dài lớn nhất từ 12 m đến dưới 15 m", the register's "length overall", B109)
_LENGTH_CLASS_BEFORE = re.compile(r"(?<!\w)(?:tàu|thuyền)(?:\s+cá)?(?:\s+có)?\s+chiều\s+dài(?:\s+lớn\s+nhất)?\s+(?:từ|trên|dưới)\s+"
                                  r"(?:\d+(?:[.,]\d+)?\s*(?:m|mét)?\s*(?:đến|tới|-|–)\s*(?:dưới\s+|trên\s+)?)?$", re.I)


# What "a/b" of a measured unit divides: an amount done out of its plan ("11.284/10.870 tấn"), never a date or a rank.
_MEASURED = frozenset({"mass", "area", "volume", "money"})


def _of_a_plan(match: re.Match[str]) -> bool:
    """Whether "a/b" with a measured unit is the amount done against its plan: printed in thousands or with a scale
    word ("11.284/10.870 tấn", "152/450 tỷ đồng"), never a date, a rank or a document number."""
    return match["of"] is not None and match["unit"] is not None and not (match["high"] or match["high2"]) \
        and _V.units[phrase_key(match["unit"])].family in _MEASURED \
        and ("." in match["num"] + match["of"] or match["scale"] is not None or not _could_be_a_date(match))


def _could_be_a_date(match: re.Match[str]) -> bool:
    """"12/6 ha" may be a day and a month run into a unit; "20,8/31 ha" and "42/42 ha" cannot (B57)."""
    day, month = match["num"], match["of"]
    return day.isdigit() and month.isdigit() and 1 <= int(day) <= 31 and 1 <= int(month) <= 12


# A fraction's rate right after it: ", đạt tỷ lệ 85,35%", "(96%)".
_RATE_AFTER_FRACTION = re.compile(r"\s*(?:,\s*(?:đạt|bằng)(?:\s+tỷ\s+lệ)?\s+|\(\s*)\d[\d,]*\s*%", re.I)


def _read_fraction(body: str, match: re.Match[str]) -> Quantity | Literal[True] | None:
    """"69/85 xã" counts 69 communes (True: read on as a count); "chiếm 1/4 cả nước" is a share of 25%;
    any other "a/b" is a date, a rank or a document number."""
    part, whole = parse_number(match["num"])[0], parse_number(match["of"])[0]
    if _of_a_plan(match):
        return True  # "đạt 11.284/10.870 tấn, đạt 103,8% kế hoạch", "đạt 152/450 tỷ đồng": the amount done, then its plan
    if match["high"] or match["high2"] or match["scale"] or not 0 < part:
        return None
    if part > whole:
        # "87.096/75.250 lượt người": done against the target, a count beyond it; a day and a month ("25/12") or a
        # rank are no counts
        counted = match["unit"] is not None and _V.units[phrase_key(match["unit"])].family == "count"
        return True if counted and whole >= 100 and not YEAR.fullmatch(match["of"]) else None
    if part <= 12 and part.is_integer() and YEAR.fullmatch(match["of"]):
        return None  # "tháng 7/2022 tổng kim ngạch ...": a month of a year before a whole's name, no share
    if match["unit"] is not None:
        if _V.units[phrase_key(match["unit"])].family == "count":
            return True
        # "đường trục chính nội đồng 64,593/75,683 km, đạt tỷ lệ 85,35%": a measure done of the whole, its rate after
        # it (B74)
        return True if _RATE_AFTER_FRACTION.match(body, match.end()) else None
    before = body[:match.start("num")]
    if ends_with(MARKER, before) and not ends_with(NOT_MARKER, before):
        return None  # "tăng trưởng cao thứ 7/63 cả nước": a rank among the provinces, no share of them
    if not (ends_with(FRACTION_SHARE_BEFORE, before) or FRACTION_SHARE_AFTER.match(body, match.end())):
        return None
    start, qualifier = match.start("num"), None
    bound = ends_with(BOUND, body, start)
    if bound:
        qualifier, start = _V.qualifiers[phrase_key(bound["q"])][0], _hedged_start(body, bound)
    return Quantity(start, match.end(), round(100 * part / whole, 2), None, 0.0, "percent", "percent", qualifier)


def _bare_money(body: str, match: re.Match[str], segment_start: int) -> bool:
    """"18.000 tỷ" with no unit word, after the name of an indicator measured in money."""
    if not match["scale"] or _V.scales[phrase_key(match["scale"])] < 1e9:
        return False
    if names_money(body, segment_start, match.start()):
        return True
    # Nothing else is counted in billions in a report: "doanh thu khoảng 3.450 tỷ", unless "tỷ" starts another
    # word ("2020 tỷ lệ", "tỷ trọng") or the number is a year.
    return not _OTHER_TY_WORD.match(body, match.end("scale")) and not YEAR.fullmatch(match["num"])


# A total counted with its scale and noun, then "trong đó": "sản xuất được hơn 15.500 triệu con giống, trong đó: ..."
_SCALED_COUNT_THEN_PARTS = re.compile(r"\d[\d.,]*\s*(?:triệu|tỷ|nghìn|ngàn)\s+(?P<noun>[^\W\d_]+)[^.;:!?\d]{0,40}?,?\s*"
                                      r"(?:trong\s+đó|bao\s+gồm|gồm)(?!\w)", re.I)


def _unit_of_the_total_listed(body: str, start: int) -> Unit | None:
    """The count noun of the total a bare scaled number is listed under: "hơn 15.500 triệu con, trong đó: ..., sò
    huyết 10 tỷ, hàu 756 triệu": the parts count what the total counts, no money (R67)."""
    totals = list(_SCALED_COUNT_THEN_PARTS.finditer(body, max(0, start - 400), start))
    if not totals:
        return None
    unit = _V.units.get(phrase_key(totals[-1]["noun"]))
    return unit if unit is not None and unit.family == "count" and unit.multiplier == 1.0 else None


def _unit_of_the_count_in_parentheses(body: str, start: int) -> Unit | None:
    """The count noun of the total whose parts a parenthesis lists as labels and bare numbers ("362 sản phẩm (nhóm thực
    phẩm 179, đồ uống 60, ...)"): each part counts what the total counts."""
    found = COUNT_THEN_PARTS_IN_PARENTHESES.search(body, max(0, start - 300), start)
    if found is None:
        return None
    nouns = found["noun"].split()
    unit = _V.units.get(phrase_key(found["noun"])) or _V.units.get(phrase_key(nouns[0]))
    return unit if unit is not None and unit.family == "count" and unit.multiplier == 1.0 else None


# A verb reaching a level right before a bare number: "tổng lượt khách ... ước đạt 612.922, tăng 46,8%", "nâng tổng
# số lượt khách cả năm lên 847.226" (B68, B73, B74).
_REACHED_BEFORE = re.compile(r"(?<!\w)(?:đạt|đón|lên)\s+$", re.I)


def _bare_count(body: str, match: re.Match[str], segment_start: int) -> Unit | None:
    """"khoảng 8,3 triệu" with no unit word, or a whole number grouped in thousands reached ("ước đạt 612.922"), after
    the name of an indicator counted in one unit: that unit."""
    reached = match["scale"] is None and _GROUPED_WHOLE.fullmatch(match["num"]) is not None \
        and not (match["high"] or match["of"]) and _REACHED_BEFORE.search(body, max(0, match.start() - 8), match.start())
    if not reached and (match["scale"] is None or _V.scales[phrase_key(match["scale"])] not in (1e3, 1e6)
                        or _OTHER_TY_WORD.match(body, match.end("scale"))):
        return None
    name = named_count_unit(body, segment_start, match.start())
    unit = next((u for u in _V.units.values() if u.name == name and u.multiplier == 1.0), None) if name else None
    return unit if unit is not None and unit.family == "count" else None


def _time_word_labels(time_word: str, value: float, unit: Unit) -> bool:
    """Whether a time word right before a whole number labels it ("tháng 5", "năm 2021", "quý 2"): not above the time
    unit's highest value, never a percentage ("bình quân hàng năm 9%", B64), nor after "năm" a measure whose number can
    be no year's ("diện tích ngô cả năm 310 ha", B68)."""
    if value > _V.time_markers[phrase_key(time_word)] or unit.family == "percent":
        return False
    return not (time_word.lower() == "năm" and unit.family != "count" and not 1900 <= value <= 2100)


def _count_of_label(body: str, match: re.Match[str]) -> tuple[Unit, int] | None:
    """A whole number with no unit word after a label "(Tổng) số <count noun> ...:" or "... là", the noun the vocabulary
    knows ("Tổng số giường bệnh: 2.411", "Số ca mắc các bệnh dịch là 20.915"): counted in that noun; not a rate per
    head ("bình quân 1 vạn dân") nor a number that goes on ("2.411 tỷ", "15/63")."""
    if match["scale"] is not None or not _LABEL_NUMBER_ENDS.match(body, match.end()):
        return None
    label = COUNT_LABEL.search(body, max(0, match.start() - _LABEL_REACH), match.start())
    if label is None or _PER_HEAD.search(label.group()):
        return None
    value, _ = parse_number(match["num"])
    return (_V.units[phrase_key(label["unit"] or label["item"])], label.start()) if value.is_integer() else None


_LABEL_REACH = 80
_PER_HEAD = re.compile(r"(?<!\w)(?:bình\s+quân|trên|mỗi)(?!\w)", re.I)
# the number ends its clause, or a change of it follows ("số lượt khách nội địa là 54.840 tăng 11,7%"), or its share in
# parentheses ("Số trường đạt chuẩn quốc gia bậc mầm non là 141 (51,8%)", B69)
_LABEL_NUMBER_ENDS = re.compile(r"\s*(?:[,;]|\.(?!\d)|$)|\s+(?:tăng|giảm)(?!\w)|\s*\(\s*\d[\d.,]*\s*%\s*\)", re.M | re.I)


# An amount and a comma before a bare "vượt": "cây dược liệu 342 ha, vượt 42 ha" tells by how much the amount passed
# its target, an excess of its own, not a bound (B46).
_AMOUNT_THEN_COMMA = re.compile(r"\d(?:[\d.,]*\d)?\s*[^\W\d_][^\s,;.]{0,12}(?:\s+[^\W\d_][^\s,;.]{0,8})?\s*,\s*$")
_LABEL_NOUNS = frozenset(m.lower() for m in _V.markers)
_NUMBER_NEXT = re.compile(r"[ \t]+\d")


def _labels_next_number(body: str, phrase: str, end: int) -> bool:
    """Whether a counted noun that also labels a number ("đợt", "giai đoạn", "chương trình": negatives.tsv markers)
    stands right before a number: then it labels that number ("giai đoạn 2", "đợt 3") and the number before it
    counts nothing."""
    return phrase_key(phrase) in _LABEL_NOUNS and _NUMBER_NEXT.match(body, end) is not None


def _starts_compound(body: str, start: int, end: int) -> bool:
    """Whether the unit phrase read at ``start`` is only the start of a longer word ("nhà" of "nhà nước"); a compound
    the vocabulary itself names as a unit ("nhà đầu tư": investors) counts."""
    compound = COMPOUND.match(body, start)
    return compound is not None and compound.end() > end


_OTHER_TY_WORD = re.compile(r"\s*(?:lệ|trọng|suất|giá|phú|số)(?!\w)", re.I)


_TABLE_HEADS = frozenset({"chỉ tiêu"})  # the head of a table's column of row labels, alone on its line


# A place's name ending in a small number ("Bạc Rây 2", "Tà Lú 1"): two capitalised words right before the number, and
# after it the kind and the name of the place it lies in ("xã Phước Bình") (R77: B62).
_NAME_BEFORE_ITS_NUMBER = re.compile(rf"[{UPPER}][{LOWER}]*\s+[{UPPER}][{LOWER}]*\s+$"
                                     # ... or a numbered division of it: "ấp 3 xã Tân Hòa", "khu phố 3 phường An Lạc"
                                     r"|(?<!\w)(?i:ấp|thôn|tổ|tổ\s+dân\s+phố|khu\s+phố|khu|khóm|xóm|bản|khối|phường|quận)\s+$")
_PLACE_IT_LIES_IN = re.compile(rf"\s+[{UPPER}]")
_PLACE_KINDS = frozenset({"xã", "phường", "thị trấn", "huyện", "quận", "thị xã"})


def _numbers_a_name(body: str, match: re.Match[str]) -> bool:
    """Whether the small number before a place's kind ends the name of a smaller place ("thôn ... Bạc Rây 2 xã Phước
    Bình"), not a count of places."""
    raw = match["num"]
    return raw.isdigit() and int(raw) <= 20 and phrase_key(match["unit"]) in _PLACE_KINDS \
        and _PLACE_IT_LIES_IN.match(body, match.end("unit")) is not None \
        and _NAME_BEFORE_ITS_NUMBER.search(body, max(0, match.start() - 40), match.start()) is not None


def _opens_a_sentence(body: str, match: re.Match[str]) -> bool:
    """Whether the noun counted opens with a capital on the next line ("22:01\nTỉnh", "30/4 và 1/5\nDu khách": a
    dateline's time or a headline's date, then the article) or right against the digits with no space ("1Du
    khách", "2Lễ hội": a photo's number in a caption): a new sentence, not the noun a number counts."""
    gap = body[match.end("num"):match.start("unit")]
    return match["unit"][:1].isupper() and ("\n" in gap or not gap)


def _head_on_next_line(body: str, match: re.Match[str]) -> bool:
    """Whether the unit counted stands alone on the next line as a table's head ("Chỉ tiêu" under a column of row
    numbers, "CHỈ TIÊU" under "NĂM"), not after its number."""
    group = "unit" if match["unit"] else "wordunit" if match["wordunit"] else None
    if group is None or "\n" not in body[match.start():match.start(group)]:
        return False
    line_end = body.find("\n", match.start(group))
    line = body[match.start(group):line_end if line_end >= 0 else len(body)].strip(" \t|:")
    return phrase_key(line) in _TABLE_HEADS


_SO_VOI_AFTER = re.compile(r"\s+so(?!\w)", re.I)


def _read_spelled(body: str, match: re.Match[str]) -> Quantity | None:
    """"hai xã", "ba dự án": a small number written out, counting a unit; "nửa triệu tấn", "nửa tấn": a half."""
    word = match["word"].lower()
    before = body[:match.start()]
    if word == "năm" and _NUMBER_THEN_SPACE.search(before[-12:]):
        return None  # "qua 20 năm hoạt động", "Kỷ niệm 45 Năm ngành Kiểm lâm": years counted, no "five" (B58, B73)
    if match["halfpct"]:  # "chiếm hơn một nửa", "giảm gần một nửa so với năm 2018": 50%
        bound = ends_with(BOUND, body, match.start())
        verb_end = bound.start("q") if bound is not None else match.start()
        verb = HALF_AS_PERCENT_AFTER.search(body, max(0, verb_end - 12), verb_end)
        if verb is None or verb.group().lower().startswith("bằng") and not _SO_VOI_AFTER.match(body, match.end()):
            return None  # "chỉ bằng một nửa." with its base told before it: a ratio left to the words around it
        qualifier = _V.qualifiers[phrase_key(bound["q"])][0] if bound is not None else None
        start = _hedged_start(body, bound) if bound is not None else match.start()
        return Quantity(start, match.end(), 50.0, None, 0.0, "percent", "percent", qualifier)
    if match["wordmeasure"]:  # "thu hoạch được nửa tấn quả": half a measured unit
        unit = _V.units[phrase_key(match["wordmeasure"])]
        if ends_with(PER, before) or _starts_compound(body, match.start("wordmeasure"), match.end("wordmeasure")):
            return None
        return Quantity(match.start(), match.end(), _WORD_VALUES[word] * unit.multiplier, None, 0.0, unit.name,
                        unit.family, None, phrase_key(match["wordmeasure"]))
    if match["wordscale"]:  # "đón hơn một triệu lượt khách": a number written out, then its scale and unit
        unit = _V.units[phrase_key(match["wordany"])]
        if ends_with(PER, before) or _starts_compound(body, match.start("wordany"), match.end("wordany")):
            return None
        scale = _V.scales[phrase_key(match["wordscale"])] * unit.multiplier
        start, qualifier = match.start(), None
        if (bound := ends_with(BOUND, body, start)) is not None and not COMPARATIVE.search(
                body, max(0, bound.start("q") - 12), bound.start("q")):
            qualifier, start = _V.qualifiers[phrase_key(bound["q"])][0], _hedged_start(body, bound)
        return Quantity(start, match.end(), _WORD_VALUES[word] * scale, None, 0.0, unit.name, unit.family, qualifier,
                        phrase_key(match["wordany"]))
    if ends_with(PER, before) or _starts_compound(body, match.start("wordunit"), match.end("wordunit")):
        return None
    if _labels_next_number(body, match["wordunit"], match.end("wordunit")):
        return None  # "hai giai đoạn 3 và 4", "Ngã Bảy giai đoạn 2": a label's noun, no count
    if _ONE_OF.search(before[-24:]):
        return None  # "một trong hai cảng biển loại đặc biệt": the set the subject belongs to
    if match["word"][:1].isupper() and match["wordunit"][:1].isupper() and _PLACE_KIND_BEFORE.search(before[-16:]):
        return None  # "huyện Năm Căn", "xã Ba Sao": a place's name (B105)
    if word == "một" and re.search(r"(?<!\w)là\s+$", before):
        return None  # "Hà Nam là một tỉnh nhỏ của đồng bằng": what the subject is, no count (R68)
    if word == "một" and not _among_counts(body, match):
        return None  # "một số", "có một doanh nghiệp", "Thêm một doanh nghiệp": an article, not a count
    if word == "năm" and re.search(r"(?<!\w)(?:trong|của|cả|mỗi|hằng|hàng|cuối|đầu|giữa|từng|các|những)\s+$",
                                    before, re.I):
        return None  # "trong năm doanh nghiệp ...": the year, not five
    unit = _V.units[phrase_key(match["wordunit"])]
    if unit.name in _RANK_PLACES and _names_its_members(body, match.end()):
        return None  # "ở hai xã Tà Tổng, Mù Cả": the places named, as "2 xã Tà Tổng, Mù Cả" in figures
    if unit.family == "count" and _refers_back(body, match.end()):
        return None  # "sản phẩm của hai ngành này": the two named before, as "2 dự án này" in figures (R63)
    if unit.family == "count" and _enumerates_members(body, match.end(), float(SPELLED[word])):
        return None  # "hai làng du lịch Kon Pring, thị trấn Măng Đen và Vi Rơ Ngheo, xã Đăk Tăng.", as in figures
    if unit.name in _RANKED_SETS and (ranked := _RANKED_BY.match(body, match.end())) and not _MEMBERS.search(ranked.group(0)):
        return None  # "Mười địa phương dẫn đầu thu hút vốn FDI": the set a ranking is drawn from, as in figures
    return Quantity(match.start(), match.end(), float(SPELLED[word]), None, 0.0, unit.name, unit.family, None,
                    phrase_key(match["wordunit"]))


_EACH_ONE = re.compile(r"(?<!\w)mỗi(?:\s+[^\W\d_]+){1,2}\s+$", re.I)
_OTHER_NUMBER = r"(?<![\w,.])(?:\d[\d.]*|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"


def _among_counts(body: str, match: re.Match[str]) -> bool:
    """Whether "một" + a counted noun stands in a list of counts of that noun: its sentence counts the same noun
    with another number ("12 dự án ...; 2 dự án ...; một dự án trong lĩnh vực y tế"). Alone, "một" is the article
    ("hiện có một cơ sở giết mổ", "trong đó có một doanh nghiệp đến từ Hàn Quốc", "Thêm một doanh nghiệp ..."), and so is
    "Mỗi xã một sản phẩm" (one for each)."""
    if _EACH_ONE.search(body, 0, match.start()):
        return False  # "Mỗi xã một sản phẩm": one for each, no count
    noun = re.escape(match["wordunit"])
    return re.search(rf"{_OTHER_NUMBER}\s+{noun}(?!\w)", body, re.I) is not None


def _unit_name(unit: Unit, per: str | None, window: str, after: str) -> str:
    """The unit, divided by what a "/" after it, a phrase before the number ("đầu người") or a "mỗi
    tháng" right after it says."""
    name = unit.name
    if per:
        name = "/".join([name, *(_V.per_units[phrase_key(p)] for p in per.split("/")[1:])])
    parts = name.split("/")
    following = RATE_AFTER.match(after) or RATE_AREA_AFTER.match(after)
    if following and len(parts) == 1:
        divisor, families = _V.rate_contexts[phrase_key(following["per"])]
        if unit.family in families:
            return "/".join([name, divisor])
    if unit.family in RATE_FAMILIES:
        for context in RATE_CONTEXT.finditer(window):
            divisor, families = _V.rate_contexts[phrase_key(context.group(0))]
            # "đầu người" turns VND/month into VND/person/month; "mỗi năm" leaves tonne/hectare alone
            fits = len(parts) == 1 or divisor not in TIME_UNITS and all(p in TIME_UNITS for p in parts[1:])
            if unit.family in families and divisor not in parts and fits:
                parts.insert(1, divisor)
                # a time told apart from who it is per ("Hằng tháng, bình quân mỗi lao động gửi về 18 triệu
                # đồng"): VND/person/month (set R61); otherwise the first divisor found
                if not (divisor in TIME_UNITS and len(parts) == 2):
                    return "/".join(parts)
    return _per_each_counted(unit, parts, window)


# What an amount measured per one of a counted noun can be: power, energy, mass; money only after "bình quân" (the
# rate contexts name the money per person, household, ... after "mỗi": "mỗi chuyến biển thu về 300 triệu đồng" is a
# trip's takings, no rate); another count only when "có" gives it ("bình quân 1 tổ có 46 thành viên", "mỗi xã có 2
# trạm"), not a level reached ("bình quân 01 xã đạt 13 tiêu chí").
_PER_EACH_FAMILIES = frozenset({"power", "energy", "mass"})
_HAS = re.compile(r"(?<!\w)có\s+(?:(?:hơn|trên|gần|khoảng|dưới)\s+)?$", re.I)


def _per_each_counted(unit: Unit, parts: list[str], window: str) -> str:
    """The unit divided by the counted noun that "mỗi" or "bình quân 1" names last before the number in its clause
    ("công suất mỗi tua-bin là 4,2 MW": MW/turbine, "bình quân 1 tổ có 46 thành viên": member/group), when no
    other divisor than a time was found."""
    if not all(p in TIME_UNITS for p in parts[1:]):
        return "/".join(parts)
    each = next(reversed(list(EACH_COUNTED.finditer(window))), None)  # the last named before the number
    if each is None:
        return "/".join(parts)
    if not (unit.family in _PER_EACH_FAMILIES or unit.family == "money" and each["mean"]
            or unit.family == "count" and _HAS.search(window)):
        return "/".join(parts)
    divisor = _V.units[phrase_key(each["noun"])].name
    if "/" in divisor or divisor == unit.name or divisor in parts:
        return "/".join(parts)
    parts.insert(1, divisor)
    return "/".join(parts)
