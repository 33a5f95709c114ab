"""The patterns the figure reader matches, built once from the vocabulary (``parsing/vocab/``).

A ``Tail`` is read right before a number ("tăng", "khoảng", "kế hoạch số"); the other patterns are matched
at a place of the sentence (``pattern.match(body, at)``) or searched in a window of it. No logic here: what a
match means is decided in ``parsing.quantities``, ``parsing.relations`` and ``parsing.components``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from parsing.numbers import NUMBER, SPELLED
from parsing.patterns import phrase_alternation
from parsing.scan import lower_case
from parsing.vocabulary import vocabulary

_V = vocabulary()


# Longest phrase first; a space in a phrase matches any run of whitespace (a wrapped line too).
_alternation = phrase_alternation


def phrase_key(phrase: str) -> str:
    """A phrase as the vocabulary keys it: lower case, one space between words."""
    return " ".join(phrase.split()).lower()


# a word of letters only (no digit, no underscore): the unit of comparing names word by word
WORD = re.compile(r"[^\W\d_]+")

_UNIT_ALT = _alternation(u.phrase for u in _V.units.values())
_SCALE_ALT = _alternation(_V.scales)
_PER_ALT = _alternation(_V.per_units)
_COUNT_UNIT_ALT = _alternation(u.phrase for u in _V.units.values() if u.family == "count")
_SPELLED_ALT = _alternation(SPELLED)
# "nửa" (half) is a number written out before a scale word ("nửa triệu tấn", "hơn nửa triệu lượt khách") or a
# measured unit ("nửa tấn"), never before a count or a time ("nửa tháng", "nửa đầu năm": periods).
HALF = "nửa"
_MEASURE_UNIT_ALT = _alternation(u.phrase for u in _V.units.values()
                                 if u.family in {"mass", "area", "volume", "length"} and "/" not in u.phrase)
# A unit whose first word is a scale word ("tỷ phú": billionaires): that word is no scale there.
_SCALE_STARTED_UNITS = [u.phrase.split(maxsplit=1)[1] for u in _V.units.values()
                        if " " in u.phrase and u.phrase.split()[0].lower() in _V.scales]
# R59: "tỷ" opening a noun ("16  Tỷ suất sinh thô", a yearbook's table number before "Tỷ lệ", "Tỷ số"): no scale.
_NOUN_AFTER_SCALE = rf"(?!\s+(?:{_alternation(_V.scale_nouns)})(?!\w))" if _V.scale_nouns else ""
_NOT_A_SCALE = (rf"(?!\s+(?:{_alternation(_SCALE_STARTED_UNITS)})(?!\w))" if _SCALE_STARTED_UNITS else "") \
    + _NOUN_AFTER_SCALE

# A number may be glued to the verb before it ("đạt143 triệu USD", "là24.130 ha", "hiện có10.171ha"), a scale word to "đồng"
# or "tấn" ("1.234,5 tỷđồng", "136,24nghìntấn", B86): typing slips. Two quantities
# may share a slash ("7.335ha/381 cơ sở", "23.000 ha/4.000 hộ": an area and the farms on it).
# A number may follow a minus sign written against it after a space or "(" ("Cà Mau với -10,5% YoY", "giảm (-3%)"),
# never after another number ("10 -15%": a range). A range's high end may carry its own bound ("từ 1,5 đến trên
# 9,5%").
# A unit ends before "/" only ahead of a number or of "tổng" ("chiếm 0,83%/tổng dư nợ": a share of the total).
# What a unit is divided by may follow its "/" after one space ("71,8 tạ/ ha", "250 tấn/ ngày": a typing habit),
# unless a number follows it ("lượt/ tháng 6": a month named; "23 nghìn ha/ năm 2023": the unit, then its year, B104).
# A plan's amount after the slash may carry a bound
# ("giải ngân 2.184/hơn 3.050 tỷ đồng"), and decimals ("474,94/371,0 ha"); the slash may follow a space ("2.761,11 /2.945,0
# ha", B60).
QUANTITY = re.compile(
    rf"(?:(?<![\w/.,\-–])|(?<=(?<!\w)đạt)|(?<=(?<!\w)là)|(?<=(?<!\w)có)|(?<=(?<!\w)gần)|(?<=(?<!\w)hơn)|(?<=(?<!\w)trên)|(?<=(?<!\w)khoảng)|(?<=[^\W\d_]/)|(?<=[(]-)|(?<=(?<![\d%])\s-))(?:(?P<from>từ)\s+)?(?P<num>{NUMBER})(?:[ ]?/\s?(?:(?:hơn|gần|khoảng|trên)\s+)?(?P<of>\d{{1,3}}(?:\.\d{{3}})+(?:,\d{{1,3}})?(?![\d,])|\d{{1,4}}(?:,\d{{1,3}})?(?!\d))(?![\d/.,\-–]\d|/))?"
    rf"(?:\s*[-–]\s*(?P<high>{NUMBER})|\s+(?:đến|tới)\s+(?:(?:trên|hơn|gần|dưới)\s+)?(?P<high2>{NUMBER}))?"
    rf"(?:\s*(?P<scale>{_SCALE_ALT})(?:(?!\w)|(?=(?:đồng|tấn)(?!\w))){_NOT_A_SCALE}(?:\s+(?P<rest>\d{{1,3}}(?:,\d{{1,3}})?)\s*(?P<scale2>{_SCALE_ALT})(?!\w)|(?:(?<=nghìn)|(?<=ngàn))\s+(?P<ones>\d{{1,3}})(?![\d.,/%]))?)?"
    rf"(?:\s*(?P<unit>{_UNIT_ALT})(?P<per>(?:/(?:{_PER_ALT})|/[ ](?:{_PER_ALT})(?!\s*\d))*)(?!\w|/(?!\d|tổng\s|\s*(?:KH|kế\s+hoạch)\s|\s*năm\s+(?:19|20)\d\d(?!\d)))(?!(?<!%)\s+số(?!\w)))?"
    rf"|(?<!\w)(?P<word>{_SPELLED_ALT}|{HALF})\s+(?:(?P<wordscale>triệu|nghìn|ngàn|tỷ|tỉ)\s+(?P<wordany>{_UNIT_ALT})(?!\w)"
    rf"|(?<!{HALF}\s)(?P<wordunit>{_COUNT_UNIT_ALT})(?![\w/])(?!\s+số(?!\w))"
    rf"|(?<={HALF}\s)(?P<wordmeasure>{_MEASURE_UNIT_ALT})(?![\w/])"
    rf"|(?<=(?<!\w)một\s)(?P<halfpct>{HALF})(?![\w/])(?=\s*(?:[,.;:)]|$|so\s+(?:với\s+)?|(?:trong\s+)?tổng(?!\w)|với(?!\w))))",
    re.IGNORECASE,
)
# A number written out counts only a unit after it ("hai xã"), or anything after a scale word ("một triệu lượt
# khách", "hai tỷ đồng").
# "một nửa" (one half) is 50% after "chiếm", "giảm" or "bằng", closing its clause or before "so với", "(trong) tổng"
# or "với": "chiếm hơn một nửa với 389 tỷ đồng", "giảm gần một nửa so với năm 2018" (set R49, 4 texts of 3 sets
# B10, B18, B19); elsewhere ("một nửa số hộ", "một nửa thời gian") it is no figure.
HALF_AS_PERCENT_AFTER = re.compile(r"(?<!\w)(?:chiếm|giảm|bằng)\s+$", re.I)
# "gấp 2,5 lần", "gấp 2 - 3 lần" (a range), "gấp đôi", and "tăng 2,3 lần" or "vượt 2,2 lần kế hoạch" (where "lần" must
# be written).
MULTIPLE = re.compile(rf"gấp\s+(?:(?P<q>khoảng|gần|hơn)\s+)?(?:(?P<num>{NUMBER})(?:\s*[-–]\s*(?P<xhigh>{NUMBER}))?\s+lần"
                      rf"|(?P<word>đôi|rưỡi|hai|ba|bốn|năm)(?:\s+lần)?(?!\w)(?!\s+\d))"
                      rf"|(?:tăng|vượt)\s+(?P<at2>(?:(?P<q2>khoảng|gần|hơn)\s+)?(?:(?P<num2>{NUMBER})|(?P<word2>hai|ba|bốn|năm))\s+lần)(?!\w)",
                      re.I)
# What a multiple is measured against, right after it: a base year ("năm 2010", "so với năm 2015"), last year,
# or nothing ("gấp 2,5 lần." / "gấp 2,5 lần, ...").
BASE_YEAR = re.compile(r"\s*(?:so\s+(?:với\s+)?)?(?:[^,.;:()]{0,40}?\s)?năm\s+(?P<year>(?:19|20)\d\d)(?!\d)", re.I)
LAST_YEAR = re.compile(r"\s*(?:so\s+(?:với\s+)?)?(?:năm|cùng\s+k[ỳì])\s+(?:trước|ngoái)(?!\w)", re.I)
NO_BASE = re.compile(r"\s*(?:[,.;:)(]|và(?!\w)|$)", re.I)
# "bằng 87,5%;", "bằng 91,53% (giảm ...)": a ratio whose base is left unsaid ends its clause or opens a parenthesis
# ("bằng 13% và xếp thứ 2 cả nước" is a share of something else).
RATIO_ENDS = re.compile(r"\s*(?:[;(]|,\s*\(|\.(?!\d)|$|và\s+(?!tăng|giảm|bằng|đạt)[^\W\d])")  # "đạt 50,51% và thu ..."
# "cấp mới 34 dự án trong nước, bằng 57,6%, vốn đăng ký ...", "60,02 triệu USD (bằng 55,3%)": a ratio with its base
# left unsaid may also close its parentheses or give way, after a comma, to the next item's name, or to the next
# item's count ("vốn đăng ký 912 tỷ đồng, bằng 87,5%, 16 dự án FDI, vốn đăng ký ...")
# ... or, with no comma, to the amount's change and its base: "59.460 ha, bằng 100,54% tăng 318 ha so với cùng kỳ năm
# 2018" (a statistics office's idiom, B53)
RATIO_GIVES_WAY = re.compile(r"\s*(?:\)|,\s*(?=[^\W\d]|\d[\d.,]*\s+[^\W\d])|(?=\s+(?:tăng|giảm)\s+\d))", re.I)
# A part of a year named before a base year ("so với 6 tháng đầu năm 2021", "quý I năm 2023").
PERIOD_PART = re.compile(r"(?<!\w)(?:tháng|quý|mùa|vụ)(?!\w)", re.I)
YEAR_IN_TEXT = re.compile(r"(?<![\d.,/])(?:19|20)\d\d(?![\d.,/\-]\d)")
# "đóng góp 1,06 điểm phần trăm", "làm giảm tăng trưởng chung 0,18 điểm %": a contribution to a growth rate, a
# figure of its own in points ("gim": "giảm" on a page that lost its diacritics).
CONTRIBUTION = re.compile(r"(?<!\w)(?:đóng\s+góp|làm\s+(?P<dir>tăng|giảm|gim))(?!\w)(?![^;]*\d)", re.I)
# What may follow a multiple that is a change over time ("gấp 5 lần so với năm 1992", "tăng 7,3 lần về sản
# lượng"); "gấp 1,7 lần Kiên Giang", "gấp 4 lần so với giá đầu vụ" compare with something else.
OVER_TIME = re.compile(r"\s*(?:[,;.:)]|$|(?:về|năm|cùng\s+k[ỳì])(?!\w)"
                       r"|so\s+(?:với\s+)?(?:cùng|năm|giai|đầu|cuối|tháng|quý|kỳ|trước|thời|lúc|khi|\d))", re.I)
TIMES = {"đôi": 2.0, "rưỡi": 1.5, **{w: float(n) for w, n in SPELLED.items()}}  # ("cao gấp rưỡi", B105)
# (a compound whose last word is a verb before a number is the unit, then that verb: "15.980 tỷ đồng bằng 101% so với
# kịch bản" is a sum of money equal to 101% of a scenario, not a delta, B85)
COMPOUND = re.compile(rf"(?:{_alternation(_V.compounds)})(?!\w)(?!(?<=bằng)\s+\d)", re.I)


@dataclass(frozen=True)
class Tail:
    """A pattern anchored with ``$``, read right before a number: each of its matches ends with one of ``ends``
    (lower case) and then whitespace alone, and holds one of ``holds`` (lower case) if any are given."""

    pattern: re.Pattern[str]
    ends: tuple[str, ...]
    holds: tuple[str, ...] = ()


def _last_words(phrases: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({phrase.lower().split()[-1] for phrase in phrases if phrase.strip()}))


def _qualifier_words_before(position: str, glued: bool = False) -> Tail:
    """The qualifiers of one position in vocab/qualifiers.tsv, as the words that end the text before a number (with
    ``glued``, also written against it)."""
    words = [phrase for phrase, (_, where) in _V.qualifiers.items() if where == position]
    return Tail(re.compile(rf"(?:^|(?<=\W))(?P<q>{_alternation(words)})\s{'*' if glued else '+'}$", re.I), _last_words(words))


# Words directly before a number (a page may glue one to it: "ước tính đạt gần1.250 tỷ đồng", B84; ``QUANTITY``).
BOUND = _qualifier_words_before("bound", glued=True)
# "khoảng hơn 45.000 lượt khách", "khoảng trên 4.000 tỷ đồng", "khoảng gần 14.000 hộ": an approximation word before
# the bound word, both in the span (the corpus puts every bounding word written in front of the number inside it);
# the bound nearest the number gives the qualifier (set R49, 14 texts of 8 sets B10 to B19).
HEDGE_BEFORE_BOUND = re.compile(
    rf"(?:^|(?<=\W))(?P<q>{_alternation(p for p, (q, pos) in _V.qualifiers.items() if pos == 'bound' and q == 'approx')})\s+$",
    re.I)
# "đạt 4% trở lên": a bound said after the figure, right after its span
BOUND_AFTER = re.compile(
    rf"\s+(?P<q>{_alternation(p for p, (_, pos) in _V.qualifiers.items() if pos == 'after')})(?!\w)", re.I)
# "Tối thiểu 1.200 người lao động": a bound said before the number, left out of its span
BOUND_BEFORE = _qualifier_words_before("before")
# "vượt mốc 83% kế hoạch", "đã vượt con số 660 ngàn lượt": a level passed, at least (left out of the span); bare
# "vượt" only before an amount ("khách quốc tế vượt 35.000 lượt"), as "vượt 10,9% dự toán" is a rate of the plan
PASSED = _qualifier_words_before("passed")
PASSED_AMOUNT = _qualifier_words_before("passed_amount")
# A list of numbers after a marker ends with a comma.
MARKER = Tail(re.compile(rf"(?<!\w)(?:{_alternation(_V.markers)})\s+(?:(?:{NUMBER})\s*,\s*)*$", re.I),
               (*_last_words(_V.markers), ","))
NOT_MARKER = Tail(re.compile(rf"(?<!\w)(?:{_alternation(_V.not_markers)})\s+(?:(?:{NUMBER})\s*,\s*)*$", re.I),
                   (*_last_words(_V.not_markers), ","))
# "vượt hơn 500 km từ Đồng Hới đến Bắc Giang", "cách khoảng 30 km": a distance, not a figure (length units only)
_DISTANCE_BOUNDS = ("hơn", "khoảng", "gần", "trên", "chừng", "xấp xỉ", "gần như")
DISTANCE = Tail(re.compile(rf"(?<!\w)(?:{_alternation(_V.distance_words)})\s+(?:(?:{_alternation(_DISTANCE_BOUNDS)})\s+)?$",
                           re.I), (*_last_words(_V.distance_words), *_last_words(_DISTANCE_BOUNDS)))
TIME_MARKER = Tail(re.compile(rf"(?<!\w)(?P<w>{_alternation(_V.time_markers)})\s+$", re.I),
                    _last_words(_V.time_markers))
PER = Tail(re.compile(rf"(?<!\w)(?:{_alternation(_V.per_words)})\s+$", re.I), _last_words(_V.per_words))
# Up to two adverbs may stand between the verb and the rate ("tăng mạnh 33,4%", "tăng bình quân hơn 7%").
# (an adverb may follow a comma: "giảm nhanh, bình quân 4,78%/năm"); a fall achieved: "tỷ lệ hộ nghèo giảm đạt 4,1%"
# ("tăng 15,56%, tương đương thêm 55,5 nghìn tỷ đồng": "thêm" after "tương đương" or "tương ứng" is the rise's size, B73)
CHANGE = Tail(re.compile(rf"(?<!\w)(?P<dir>tăng|giảm|(?<=tương đương )thêm|(?<=tương ứng )thêm)(?:\s+trưởng|(?<=giảm)\s+đạt)?"
                         rf"(?:,?\s+(?:{_alternation(_V.relations['change_adverb'])})){{0,2}}\s*$", re.I),
               ("tăng", "giảm", "thêm", "trưởng", "đạt", *_last_words(_V.relations["change_adverb"])))
# "giảm từ 3% trở lên": a change of at least the rate ("từ ... trở lên" bounds it; "giảm từ 29,6% xuống còn 25,4%"
# starts a level instead, so only a rate with its bound after it is read this way)
CHANGE_AT_LEAST = Tail(re.compile(r"(?<!\w)(?P<dir>tăng|giảm)\s+từ\s+$", re.I), ("từ",))
# ("đạt hơn 1,3 triệu tấn, tương đương 285% so với cùng kỳ": a ratio to last year, B56; a change's size before it,
# "tăng 6,1 nghìn người, tương đương 1,21%", is read first as that change's rate)
RATIO = Tail(re.compile(r"(?<!\w)(?:bằng|đạt|chỉ\s+bằng|tương\s+đương)\s+$", re.I), ("bằng", "đạt", "đương"))
# "tăng hơn so với tháng trước gần 6%", "giảm so với cùng kỳ 3,2%", "tăng so với cùng kỳ năm trước là 10,2 tỷ đồng":
# the comparison named between the verb and its rate or size
_BASES_FIRST = [*_V.relations["same_period"], *_V.relations["previous_period"]]
CHANGE_BASE_FIRST = Tail(re.compile(rf"(?<!\w)(?P<dir>tăng|giảm)(?:\s+hơn)?\s+(?P<base>{_alternation(_BASES_FIRST)})"
                                    r"(?:\s+là)?\s*$", re.I), (*_last_words(_BASES_FIRST), "là"),
                         holds=tuple(sorted({phrase.lower().split()[0] for phrase in _BASES_FIRST if phrase.strip()})))
RESPECTIVELY = Tail(re.compile(r"(?<!\w)(?:(?P<dir>tăng|giảm)\s+(?:lần\s+lượt|tương\s+ứng)(?:\s+là)?"
                                r"|lần\s+lượt\s+(?P<dir2>tăng|giảm))\s*$", re.I),
                     ("lượt", "ứng", "là", "tăng", "giảm"), holds=("lượt", "ứng"))
LIST_JOIN = Tail(re.compile(r"%\s*(?:,|và)\s*$"), (",", "và"))
AND_JOIN = Tail(re.compile(r"(?:,|(?<!\w)và)\s*$"), (",", "và"))
ABOUT = re.compile(rf"\s*(?:về\s+|(?=số\s))(?P<what>{_alternation(_V.relations['about_quantity'] + _V.relations['about_money'])})"
                   r"(?!\w)", re.I)
MONEY_ASPECTS = {phrase_key(phrase) for phrase in _V.relations["about_money"]}
# The subject of a change after a comma naming one aspect of what the sentence counts: ", tổng số vốn đầu tư tăng 72%"
# (the money), ", số lượng dự án tăng 19%" (the quantity).
ASPECT_SUBJECT = re.compile(rf"[,;]\s*(?:tổng\s+)?(?P<what>{_alternation(_V.relations['about_quantity'] + _V.relations['about_money'])})"
                            r"(?!\w)[^\d%,;()]{0,40}$", re.I)
# "giảm 15% về lượng và giá trị": one change said of both aspects
ABOUT_BOTH = re.compile(rf"\s*(?:và|,)\s*(?:về\s+)?(?P<what>{_alternation(_V.relations['about_quantity'] + _V.relations['about_money'])})"
                        r"(?!\w)", re.I)
# "cùng kỳ tăng 5,1%" says how the same period of last year changed; "so với cùng kỳ tăng 5,1%" does not.
LAST_YEARS_CHANGE = Tail(re.compile(r"(?<!so\s)(?<!với\s)(?<!\w)cùng\s+k[ỳì](?:\s+năm\s+(?:trước|ngoái|\d{4}))?"
                                     r"\s*,?\s*(?:tăng|giảm)\s*$", re.I), ("tăng", "giảm"), holds=("cùng",))
# ("đạt và vượt trên 50% KH năm": reached, over half of the plan; no excess, B88)
EXCEED = Tail(re.compile(r"(?<!\w)(?<!đạt\svà\s)vượt\s+$", re.I), ("vượt",))
SHARE_VERB = Tail(re.compile(r"(?<!\w)chiếm(?:\s+(?:khoảng|gần|hơn|trên|dưới|xấp\s+xỉ))?\s*$", re.I),
                   ("chiếm", "khoảng", "gần", "hơn", "trên", "dưới", "xỉ"))
ESTIMATE = re.compile(
    rf"(?<!\w)(?:{_alternation(p for p, (q, pos) in _V.qualifiers.items() if pos == 'verb')})(?!\w)", re.I)
# "ước" inside another word is no estimate ("Hiệp ước", "công ước", "mơ ước").
NOT_ESTIMATE = re.compile(rf"(?<!\w)(?:{_alternation(_V.not_estimates)})(?!\w)", re.I)
# "phân theo khu vực như sau:", "theo các vùng như sau:" open a breakdown of the total before it, as "trong đó" does; so
# does "tập trung nhiều tại các xã:" before the places' amounts (B60)
COMPONENTS = re.compile(r"(?<!\w)(?:trong\s+đó|trong\s+số\s+(?:đó|này)|bao\s+gồm|gồm|chia\s+ra|cụ\s+thể\s*(?:như\s+sau\s*)?:"
                        r"|tập\s+trung(?:\s+(?:nhiều|chủ\s+yếu))?\s+(?:tại|ở)\s+các\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:"
                        r"|(?:phân\s+)?theo(?:\s+[^\W\d_]+){1,4}?\s+như\s+sau\s*:"
                        # ("phân theo thị trường lao động: Nhật Bản 1.617 lao động; ...", B67)
                        r"|(?<![^\W\d_]\s)phân\s+theo(?:\s+[^\W\d_]+){1,4}?\s*[,:])(?!\w)", re.I)
# "Phân theo loại hình kinh tế, ...; Phân theo ngành vận tải, ...": one breakdown of the total each, not of its parts
BREAKDOWN_BY = re.compile(r"phân\s+theo(?!\w)", re.I)
# A count, then in parentheses its parts, each a label and a bare number, up to the number read: "362 sản phẩm (nhóm
# thực phẩm 179, đồ uống 60, ..., dịch vụ 2)" (B58). The parts count what the total counts and are its components.
COUNT_THEN_PARTS_IN_PARENTHESES = re.compile(
    r"(?<![\d.,])(?P<total>\d[\d.]*)\s+(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+)?)(?:\s+[^\W\d_]+){0,3}\s*\("
    r"(?:\s*[^\W\d_][^\W\d_ ]*(?:\s+[^\W\d_]+){0,4}\s+\d[\d.]*\s*,)*\s*[^\W\d_][^\W\d_ ]*(?:\s+[^\W\d_]+){0,4}\s+$")
# Where each pattern read over a whole sentence can start (see ``parsing.scan``): at one of these words, and at a
# run of digits if told.
START_WORDS = {  # by name: hashing a compiled pattern reads all its code
    "quantity": (QUANTITY, ("từ", *SPELLED, HALF), True),
    "multiple": (MULTIPLE, ("gấp", "tăng", "vượt"), False),
    "estimate": (ESTIMATE, tuple(sorted({p.lower().split()[0] for p, (q, pos) in _V.qualifiers.items() if pos == "verb"})), False),
    "components": (COMPONENTS, ("trong", "bao", "gồm", "chia", "phân", "theo", "cụ", "tập"), False),
}
# "Cụ thể, có 85 dự án cấp mới ...; Cụ thể: Sản lượng ... nuôi trồng ...": a sentence opening with "Cụ thể" and a comma
# or a colon spells out the figure of the sentence before, as "Trong đó," does (set R40)
OPENS_WITH_COMPONENTS = re.compile(r"^\W*(?:trong\s+đó|trong\s+số\s+(?:đó|này)|bao\s+gồm|gồm|phân\s+theo(?:\s+[^\W\d_]+){1,4}?\s*,"
                                   r"|cụ\s+thể(?:\s+như\s+sau)?\s*[,:])(?!\w)", re.I)
# "Trong 19 dự án đầu tư vào tỉnh ..., có 10 dự án ...": a sentence opening with a count (told before: it names
# the total whose parts follow).
OPENS_WITH_COUNT = re.compile(r"^\W*trong\s+(?:số\s+)?(?=\d)", re.I)
# "Trong đó, tính riêng trong tháng 8, ...": the figures of a period within the total's, no list of its parts.
PERIOD_OWN = re.compile(r"\W*(?:tính\s+)?riêng\s+(?:trong\s+)?(?:tháng|quý|năm|ngày|tuần)(?!\w)", re.I)
# "Trong thu nội địa, thu từ khu vực DNNN trung ương 432,9 tỷ đồng; ...": a sentence opening with the name of a
# figure of the sentence before lists that figure's parts (``reader.SentenceReader.open`` checks the name).
OPENS_WITH_NAMED_TOTAL = re.compile(r"^\W*trong\s+(?!(?:đó|số\s+đó|số\s+này|khi|năm|tháng|quý|kỳ|dịp|thời|giai|những|các|"
                                    r"tuần|ngày|đợt|vụ|mùa|lúc)(?!\w))(?P<name>[^\W\d_][^,;:.\d]{2,40}?)\s*,", re.I)
# "Chia theo ngành kinh tế, ...", "Sản phẩm khai thác gồm: ...": a sentence opening a breakdown of its own, after a
# sentence listing the parts of a total told before it: a second breakdown of that total
OPENS_WITH_BREAKDOWN = re.compile(r"^\W*(?:(?:chia|phân)\s+theo(?:\s+[^\W\d_]+){1,4}?\s*,"
                                  r"|(?:[^\W\d_]+\s+){1,4}?(?:bao\s+)?gồm\s*:)", re.I)
# "Trong tổng số các dự án FDI được cấp ..., có 148 dự án ...", "Trong tổng nguồn thu ước thực hiện 6 tháng năm 2021, thu
# nội địa ...": a sentence opening with the whole told before ("tổng", named in any words) lists its parts, as "Trong đó,"
OPENS_WITH_WHOLE = re.compile(r"^\W*trong\s+tổng(?:\s+số)?\s[^,;:.()]{3,100}?,", re.I)
# "... 255 cơ sở lưu trú với 9.265 phòng. Trong đó:" then "+ 04 khách sạn ..." lines: a list of bullets, each a
# sentence, every one of them parts of the total before the marker
ENDS_WITH_COMPONENTS = re.compile(r"(?<!\w)(?:trong\s+đó|bao\s+gồm|gồm|chia\s+ra|cụ\s+thể(?:\s+như\s+sau)?)\s*:\s*$", re.I)


def ends_with_components(text: str) -> bool:
    """Whether ``text`` ends with "Trong đó:" (``ENDS_WITH_COMPONENTS``). Most sentences do not even end with a colon,
    and that is seen without searching the whole sentence."""
    return text.rstrip().endswith(":") and ENDS_WITH_COMPONENTS.search(text) is not None


BULLET = re.compile(r"^\s*[-+•–]\s")  # a list line ("+ ...", "- ...") after "Trong đó:"
# A sentence going on with the items of the list before: opening with a sequence word ("Kế đến là", "Tiếp theo"),
# with "Sau <name>," ("Sau Bình Dương, TP. Hồ Chí Minh ..."), or with "Ngoài ra" and examples ("Ngoài ra, các mặt
# hàng ... như: cà phê ..."); or naming the rank of its item ("Bắc Ninh xếp thứ ba", "đứng thứ 4")
LIST_GOES_ON = re.compile(rf"^\W*(?:(?:{_alternation(_V.relations['list_goes_on'])})(?!\w)|sau\s+(?-i:[A-ZĐ])[^,.;:]{{1,30}},"
                          r"|ngoài\s+ra\s*,[^.;\d]{0,80}?\snhư\s*:?)", re.I)
LIST_RANK = re.compile(rf"(?<!\w)(?:{_alternation(_V.relations['list_rank'])})\s+(?:hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d+)(?!\w)", re.I)
CLAUSE_END = re.compile(r";")
# "Con số này ...", "Tuy nhiên, con số này ..." opening a sentence.
ANAPHOR = re.compile(rf"\W*(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s*,\s*)?(?:{_alternation(_V.relations['anaphor'])})(?!\w)", re.I)
AMOUNTS_ANAPHOR = re.compile(rf"\W*(?:{_alternation(_V.relations['amounts_anaphor'])})\s+(?:cũng\s+)?đều(?!\w)", re.I)
# "So với cùng kỳ năm ngoái, kim ngạch xuất khẩu của Hải Phòng tăng 29,25%": a sentence opening with the comparison
# and naming its subject before the change verb; the subject may be the last amount of the sentence before.
# (the comma may be left out: "So với cùng kỳ năm trước sản lượng ngô giảm 3,1%")
OPENS_WITH_SAME_PERIOD = re.compile(rf"\W*(?:{_alternation(_V.relations['same_period'])})(?:\s+(?:năm\s+)?(?:19|20)\d\d)?"
                                    r"(?:\s*,\s*|\s+(?!(?:năm|trước|ngoái|tăng|giảm)(?!\w)))"
                                    r"(?P<subject>[^\W\d_]+\s+[^\W\d_]+)[^,;:()\d]{0,50}?\s(?:tăng|giảm)(?!\w)", re.I)
# "So với cùng kỳ, số doanh nghiệp giải thể tăng 22,5%, tạm ngừng hoạt động tăng 170%": a sentence opening with the
# comparison alone; the changes named after it may be those of the amounts of the sentence before
OPENS_WITH_SAME_PERIOD_BASE = re.compile(rf"\W*(?:{_alternation(_V.relations['same_period'])})"
                                         r"(?:\s+năm)?(?:\s+(?:(?:19|20)\d\d|trước|ngoái))?"
                                         rf"(?:\s*,|\s+(?=(?:{_alternation(_V.relations['crop_measure'])})\s))", re.I)
# (also "cùng kỳ năm,"; with no comma before the name of a crop's measure, "... năm trước diện tích tăng 40 ha", R68b)
# "tổng vốn tăng thêm 74,5 triệu USD", "vốn đăng ký điều chỉnh tăng 40 triệu USD": a change verb right after a noun
# naming capital names the amount added, no change of the amount before it
ADDED_BY_NAME = re.compile(rf"(?<!\w)(?:{_alternation(_V.relations['added_by_name'])})\s+(?:điều\s+chỉnh\s+)?$", re.I)
# A clause with no subject of its own, opening with a change or ratio verb: "...; tăng 21% so với cùng kỳ".
# "...; so cùng kỳ tăng 26,07%", "...; so kế hoạch năm đạt 61,69%": the base may come before the verb
# ("...; tuy nhiên chỉ bằng 53,1% so với cùng kỳ": a contrast and "chỉ" before the verb, B85; "...; thực hiện được
# 96,2% kế hoạch năm", B101)
CONTINUING_CLAUSE = re.compile(r"\s*(?:(?:tuy\s+nhiên|nhưng)\s*,?\s+)?(?:chỉ\s+)?"
                               r"(?:so\s+(?:với\s+)?(?:cùng\s+k[ỳì](?:\s+năm\s+(?:trước|ngoái))?|kế\s+hoạch(?:\s+năm)?)\s+)?"
                               r"(?:tăng|giảm|bằng|đạt|thực\s+hiện)(?:\s+[^\W\d_]+){0,2}?\s*$", re.I)
# "so cùng kỳ tăng 47,44%": the same period a year before, named before the change verb
SAME_PERIOD_FIRST = re.compile(r"(?<!\w)so\s+(?:với\s+)?cùng\s+k[ỳì](?:\s+năm\s+(?:trước|ngoái))?\s+(?:tăng|giảm)\s*$", re.I)
NEW_SUBJECT = re.compile(rf"(?<!\w)(?:{_alternation(_V.relations['new_subject'])})(?!\w)", re.I)
OWN_VERB = re.compile(rf"(?<!\w)(?:{_alternation(_V.relations['predicate'])})(?!\w)", re.I)
# A clause naming a new total ("; tổng chi ngân sách ...") closes the list of components; "với tổng vốn" after a
# count ("; điều chỉnh 13 lượt dự án với tổng vốn tăng thêm 43 triệu USD") is the sum over the items counted.
# "chiếm 98,6% tổng giá trị xuất khẩu", "chiếm 30% trong tổng số": the base of a share names no new total
NEW_TOTAL = re.compile(r"(?<!\w)(?<!với\s)(?<!%\s)(?<!%)(?<!trong\s)tổng(?!\w)", re.I)
# A count raised to a running total, anywhere after the marker: "trong đó gồm mở 51 lớp ..., nâng lên 123 lớp đào tạo
# nghề cho hơn 2.800 người đến nửa đầu năm nay" (B61) is no part of the month's total.
RAISED_TO = re.compile(r"(?<!\w)nâng(?:\s+tổng\s+số)?\s+lên(?!\w)", re.I)

# Words right after a percentage.
# (the plan word alone in parentheses too: "bằng 100,2% (KH)")
# ("đạt 45,27%/tổng kế hoạch": the plan after a slash, B91)
PLAN = {basis: re.compile(rf"\s*(?:\(\s*(?:{_alternation(phrases)})\s*\)|(?:so\s+(?:với\s+)?(?:số\s+)?|/\s*(?:tổng\s+)?)?"
                          rf"(?:{_alternation(phrases)})(?!\w))", re.I)
        for basis, phrases in _V.relations.items()
        if basis in ("plan", "budget_estimate", "central_budget_estimate", "provincial_budget_estimate")}
# A plan amount right after the plan words: "(dự toán 6.146 tỷ đồng)", "(1.340 triệu USD)", " giao là 12.000 tỷ".
PLAN_AMOUNT = re.compile(rf"\s*(?P<paren>\(\s*)?(?:(?:{_alternation(_V.relations['plan_amount_link'])})(?!\w)\s*)?"
                         rf":?\s*(?=\d)", re.I)
CLOSING_PAREN = re.compile(r"\s*\)")
# "(94,826 tỷ đồng)" right after a rate of change: its size told aside, before the base it is compared with
PAREN_ASIDE = re.compile(r"\s*\([^()]{1,40}\)")
# "so với cùng kỳ năm 2022": the same period, whatever year it names
SAME_PERIOD_NAMED = re.compile(r"\s*(?:so\s+)?(?:với\s+)?cùng\s+k[ỳì](?!\w)", re.I)
SAME_PERIOD = re.compile(rf"\s*(?:so\s+)?(?:với\s+)?(?:{_alternation(_V.relations['same_period'])})(?!\w)", re.I)
# "(kế hoạch 77.000 ha)", "(kế hoạch năm 2023 là 7,5%)", "(kế hoạch tăng 1,98%)": the words opening a plan level in
# parentheses, right before its number.
# "(năm 2012 là 24.300.000 tấn)", "(cùng kỳ năm trước là 5.100 tỷ đồng)": a level of another period, likewise.
# "vượt mục tiêu năm 2024 (8,4 triệu lượt khách)": the level named right before the parentheses.
PLAN_LEVEL = Tail(re.compile(rf"(?:\(\s*(?:(?:{_alternation(_V.relations['plan_level'])})(?:\s+năm\s+(?:19|20)\d\d)?(?:\s+(?:là|giao|tăng|giảm))?\s*:?"
                             r"|(?:năm\s+(?:19|20)\d\d|cùng\s+k[ỳì](?:\s+năm\s+(?:trước|ngoái|(?:19|20)\d\d))?)\s+(?:là|đạt))"
                             rf"|(?<!\w)(?:{_alternation(_V.relations['plan_level'])})(?:\s+năm)?(?:\s+(?:19|20)\d\d)?"
                             r"(?:(?:\s+[^\W\d]+){0,3}\s+(?:giao|đề\s+ra))?\s*\()"
                             r"\s*$", re.I),
                  (*_last_words(_V.relations["plan_level"]), "là", "giao", "tăng", "giảm", ":", "đạt", "("))
# "tăng 55,6% ... gấp 1,9 lần so với trung bình giai đoạn 2017-2021 (20.949 doanh nghiệp)", "tăng 101,6% so với
# tháng trước (570,9 nghìn lượt khách)": the base of a comparison, stated in parentheses right after it. A figure of
# its own that stands aside: never a total for the parts that follow, and no subject of the relations after it.
# ("so với dịp Tết năm 2023 (đón 397.058 lượt)": the base's level may follow a verb of its own)
COMPARISON_BASE = Tail(re.compile(r"(?<!\w)so(?:\s+với)?\s+[^()%;,.:\d]*(?:\d[^()%;,.:]*)?\(\s*(?:(?:đón|đạt|là|có)\s+)?$",
                                  re.I), ("(", "đón", "đạt", "là", "có"), ("so",))
INDEX_NAME = re.compile(rf"(?<!\w)(?:{_alternation(_V.relations['index_name'])})(?!\w)", re.I)
# (also "so với tháng cùng kỳ": the same month last year)
_SAME_BASE = (r"so\s+(?:với\s+)?(?:(?:tháng\s+)?cùng\s+k[ỳì](?:\s+năm\s+(?:trước|ngoái|(?:19|20)\d\d))?"
              r"|(?:tháng\s+(?:0?[1-9]|1[01])|quý\s+[IVX]{1,3})\s+(?:của\s+)?năm\s+(?:trước|ngoái))")  # (December: the start)
# "tăng 42% so với cùng kỳ, tương đương 48.381 lượt": the comparison may stand between the rate and the words
RATE_THEN_AMOUNT = Tail(re.compile(rf"%\s*(?:(?:{_SAME_BASE})\s*)?,?\s*(?:{_alternation(_V.relations['rate_then_amount'])})(?:\s+(?:với|là))?\s*$", re.I),
                        (*_last_words(_V.relations["rate_then_amount"]), "với", "là"))
# "đã tăng 81,6% so với cùng kỳ năm ngoái với 156.200 lượt người": the rate, its base, then "với" and the amount
# and "tăng 3,1% so với cùng kỳ năm trước, đạt 1.240 tấn", "tăng 5,4% so với tháng 9 năm trước, đạt ...": the rate on
# last year, then the amount after "đạt"
# and "tăng 2,68% so với cùng kỳ (đạt khoảng gần 7.200 tỷ đồng) và bằng 51,3% kế hoạch": the amount in parentheses
RATE_WITH_AMOUNT = Tail(re.compile(rf"%\s*(?:(?:{_SAME_BASE})\s*,?\s*)?với\s*$|%\s*(?:{_SAME_BASE})\s*[,(]\s*(?:ước\s+)?đạt(?:\s+khoảng)?\s*$",
                                   re.I), ("với", "đạt", "khoảng"))
GROWTH_WORDS = re.compile(rf"(?<!\w)(?:{_alternation(_V.relations['growth_word'])})(?!\w)", re.I)
# "mức giảm tỷ lệ hộ nghèo 0,88%", "biên độ giảm tỷ lệ hộ nghèo hàng năm trung bình 1,86%": a fall named as a noun
FALL_WORDS = re.compile(rf"(?<!\w)(?:{_alternation(_V.relations['fall_word'])})(?!\w)", re.I)
# Between two rates of one list: punctuation, "và", "là", a place or sector named with capitals ("...: Nam Định
# 11,86%; Hải Phòng 11,07%"), or a breakdown's words ("8,4%/năm, trong đó chăn nuôi gia súc (lợn, trâu, bò) đạt").
RATE_LIST_GAP = re.compile(r"\s*(?:[,;:]\s*|\s(?:và|là)\s+|\s)*(?:(?:tỉnh|thành\s+phố|TP\.?)\s+)?"
                           r"(?:[A-ZĐÂĂÊÔƠƯ][^\W\d_]*(?:\s+[A-ZĐÂĂÊÔƠƯ][^\W\d_]*){0,3})?\s*(?:đạt|là)?\s*:?\s*$")
# The words naming a structure ("cơ cấu kinh tế", "tỷ trọng"), and a sentence naming one: its levels are shares
# (set R61, B24), and a change after a share in it is the share's, in points.
STRUCTURE_WORDS = r"cơ\s+cấu|t[ỷỉ]\s+trọng"
STRUCTURE = re.compile(rf"(?<!\w)(?:{STRUCTURE_WORDS})(?!\w)", re.I)
SHARE_WORDS = re.compile(rf"(?<!\w)(?:{_alternation(_V.relations['share_word'])})(?!\w)", re.I)
# A value in parentheses right after another period or the plan: "kế hoạch năm 2021 (7,5%)", "quý IV năm trước (+5,8%)".
OTHER_LEVEL_PAREN = re.compile(rf"(?<!\w)(?:{_alternation(_V.relations['other_level'])})(?:\s+[\wÀ-ỹ]+){{0,3}}?\s*\(\s*[+\-–]?\s*$",
                               re.I)
# "cao hơn 0,5% so với mục tiêu", "chỉ cao hơn 25%": a gap between two values, not a bound ("không cao hơn" is one);
# so is a lag or a lead, "chậm hơn 1.321ha theo kế hoạch", "sớm hơn 10 ngày" (B73).
COMPARATIVE = re.compile(r"(?<!\w)(?P<neg>không\s+)?(?P<dir>cao|thấp|chậm|sớm|muộn|trễ|nhanh)\s*$", re.I)
GAP = re.compile(r"(?<!không\s)(?<!\w)(?:cao|thấp)\s+hơn\s*$", re.I)
# An amount restated in another unit in parentheses: "49.681 tỷ đồng (khoảng 2,15 tỷ USD)".
EQUIVALENT_OPENS = re.compile(r"\s*\(\s*(?:tương\s+đương|tương\s+ứng|bằng|hay)?\s*", re.I)
# A number no figure was read from but that looks like an amount: grouped thousands ("331.624 lyợ́t"), a unit
# glued to it ("337.874ha"), or a decimal before a scale word ("35,07 ngh́n t đồng").
MISSED_AMOUNT = re.compile(r"(?<![\w/])(?:\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?(?![\d/])|\d+(?:[.,]\d+)?(?=[^\W\d_])"
                           r"|\d+[.,]\d+\s+(?:nghìn|ngàn|triệu|tỷ|tỉ|ngh|tri|t)(?!\w))", re.I)
# Only punctuation between an amount and the verb after it: the verb's subject is the amount ("4.458 ha; đạt 28,8%").
# Between an amount and a bare "đạt X%": nothing but a comma, or its noun going on, then a comma ("1.323 giấy chứng nhận
# quyền sử dụng đất, đạt trên 98%", B59)
NOUN_BETWEEN = re.compile(r"\s*[,;]?\s*|(?:\s+[^\W\d]+){1,6}\s*[,;]\s*")
SIGNED = Tail(re.compile(r"[,:;]\s*\+\s*$"), ("+",))
YEARLY = re.compile(r"\s*(?:mỗi|một|hằng|hàng)\s+năm(?!\w)", re.I)
# (the whole a share is of may be named before the parenthesis: "chiếm 1,91% dân số trong tỉnh (giảm 0,78% so với năm
# 2019)", "chiếm 8,65% so tổng số hộ (giảm 2,2%)", B67, B79)
SHARE_CHANGE_OPENS = re.compile(r"(?:\s+[^\W\d][^\d%;(),.:]{0,40}?)?\s*\(\s*")
# "Tỷ lệ thất nghiệp ... là 3,74%, giảm 0,03% so với cùng kỳ", "tỷ lệ lao động qua đào tạo là 81%, đạt 100% so với
# kế hoạch (tăng 0,49% so với năm 2022)": what may stand between a rate and its change on last year, in points (a
# comma, or its percentage of plan).
RATE_CHANGE_OPENS = re.compile(r"\s*(?:,\s*(?:(?:đạt|bằng)\s+\d[\d.,]*\s*%\s*(?:so\s+(?:với\s+)?)?[^\W\d]"
                               r"[^\d%;,()]{0,30}?\s*[(,]\s*)?|\(\s*)", re.I)
# Between a change on the start of the year and the percentage saying its size: "..., tỷ lệ tăng đạt 9,9%", "/2019,
# đạt 92,3% kế hoạch": words, commas and a date's tail, no number of its own and no clause end.
ASIDE_SIZE = re.compile(r"(?:/\d{4})?\s*,?\s*(?:[^\W\d][^\d%;.:()]{0,40})?", re.I)
# The rest of a plan's name after its basis ("kế hoạch tăng trưởng năm"): part of the aside's words.
PLAN_REST = re.compile(r"\s*(?:kế\s+hoạch|KH|chỉ\s+tiêu)(?:\s+(?:tăng\s+trưởng|năm|giao|đề\s+ra))*", re.I)
# "..., tương đương mức giảm 30,3%", "tức là giảm 4,2%": words restating the difference of two levels just given.
LEVELS_GAP = re.compile(r"(?<!\w)(?:tương\s+đương|tức\s+là|tức)\s+(?:với\s+)?(?:mức\s+)?(?:giảm|tăng)"
                        r"(?:\s+[^\W\d]+){0,3}\s*$", re.I)
# The words between a level a rate starts from and the one it reaches: "từ 58,2% năm 2006 xuống còn 27,9%".
FROM_TO_WORDS = re.compile(r"(?<!\w)(?:xuống|lên)(?!\w)", re.I)
# A rate named as the subject of the clause of a change, after a comma: ", tỷ lệ hộ nghèo giảm" (to the change verb).
RATE_SUBJECT = re.compile(r"[,;]\s*t[ỷỉ]\s+lệ\s+[^\d%,;()]{1,60}$", re.I)
# A gap whose base is named before its size: "cao hơn so với cùng kỳ năm trước 0,51%", "thấp hơn toàn ngành là 1,06%".
# ("thấp hơn năm 2021 là 0,84%": a base named by its year, B78)
NAMED_GAP = re.compile(r"(?<!\w)(?P<dir>cao|thấp)\s+hơn\s+(?:so\s+với\s+)?(?P<base>[^\W\d][^\d%;()]{2,60}?"
                       r"(?:(?<=năm\s)(?P<year>(?:19|20)\d\d))?)\s*(?:là\s*)?$", re.I)
# A sign written against a rate, after a space or "(": "với -10,5% YoY", "(+5,2%)".
# ("Công nghiệp – xây dựng đạt+11,8%": a plus glued to the word before, B92)
SIGN_BEFORE = re.compile(r"(?:(?:^|(?<=[\s(]))[-+−]|(?<=[^\W\d])\+)$")
# The name of a rate whose change is said in points: "tỷ lệ ...".
RATE_NAME = re.compile(r"(?<!\w)t[ỷỉ]\s+lệ(?!\w)", re.I)
# "so với ...", and its short form before a period ("so cùng kỳ năm trước tăng 5 dự án", set R33)
COMPARED = re.compile(r"(?<!\w)so\s+(?:với(?!\w)|(?=(?:cùng\s+k[ỳì]|năm|kỳ|đầu\s+năm)(?!\w)))", re.I)
# (and a day named by its date, "tăng 1,7% so với ngày 10/8/2023" in a report of late August: a stock against a recent
# day; not "so với ngày này năm trước", the same day a year before)
# "so với cùng kỳ tháng 5 vừa qua": the same days of a month this year, a period before ("so với cùng kỳ tháng 5 năm
# 2023" is last year's; R77b: B66)
_SAME_DAYS_OF_A_MONTH = r"so\s+(?:với\s+)?cùng\s+k[ỳì]\s+tháng\s+\d{1,2}(?![\d/-])(?!\s+năm(?!\w))(?!\s+(?:19|20)\d\d)"
OTHER_PERIOD = re.compile(rf"\s*(?:{_alternation(_V.relations['other_period'])}"
                          r"|so\s+(?:với\s+)?ngày\s+\d{1,2}[/-]\d{1,2}(?:[/-](?:19|20)\d\d)?"
                          rf"|{_SAME_DAYS_OF_A_MONTH})(?!\w)", re.I)
# "so với tháng 2/2024", "so với quý I năm 2021": a month or quarter of a named year, the base of a comparison
# (``relations._dated_same_period`` tells whether it is the same period a year before); and such a period
# named anywhere in a sentence.
DATED_PERIOD = re.compile(r"\s*so\s+(?:với\s+)?(?P<what>tháng|quý)\s+(?P<n>\d{1,2}|[IVX]{1,3})\s*(?:[/-]|\s+năm\s+)"
                          r"(?P<year>(?:19|20)\d\d)(?!\d)", re.I)
# "tăng 5,4% so với tháng 9 năm trước", "so với quý II năm ngoái": the same month or quarter a year before, named
# by its number and "năm trước" instead of a year
SAME_PERIOD_LAST_YEAR = re.compile(r"\s*so\s+(?:với\s+)?(?P<what>tháng|quý)\s+(?P<n>\d{1,2}|[IVX]{1,3})\s+(?:của\s+)?năm\s+"
                                   r"(?:trước|ngoái)(?!\w)", re.I)
NAMED_PERIOD = re.compile(r"(?<!\w)(?P<what>tháng|quý)\s+(?P<n>\d{1,2}|[IVX]{1,3})(?!\w)"
                          r"(?:\s*(?:[/-]|\s+năm\s+)(?P<year>(?:19|20)\d\d)(?!\d))?", re.I)
# "giảm 20,65%, từ 32,21% (đầu năm 2016) xuống còn 11,56%": a rate's change in points, its levels after it.
FROM_TO_LEVELS = re.compile(r"\s*,?\s*từ\s+(?P<from>\d+(?:,\d+)?)\s*%[^;%]{0,60}?(?:xuống|lên)\s+(?:còn\s+|mức\s+)?"
                            r"(?P<to>\d+(?:,\d+)?)\s*%", re.I)
PREVIOUS_PERIOD = re.compile(rf"\s*(?:{_alternation(_V.relations['previous_period'])}|{_SAME_DAYS_OF_A_MONTH})(?!\w)",
                             re.I)
# the same, anywhere in a text: "giảm 1,4% so với tháng trước và tăng 5,7% so với cùng kỳ" (not "so với tháng 8-2021")
PREVIOUS_PERIOD_NAMED = re.compile(rf"(?<!\w)(?:{_alternation(_V.relations['previous_period'])})(?!\w)(?!\s*\d)", re.I)
# "đạt 820 tỷ đồng, so với tháng trước giảm 4,6%": the period before, named before the change verb (a month
# written with its number may be the same month a year before: "so với tháng 8/2020 tăng ...")
PREVIOUS_PERIOD_FIRST = re.compile(rf"(?<!\w)(?:{_alternation(_V.relations['previous_period'])})(?!\w)(?!\s*\d)"
                                   r"\s*,?\s*(?:tăng|giảm)(?:\s+(?:nhẹ|mạnh))?\s*$", re.I)
# "..., so với tháng trước bằng 101,72%": the ratio to the period before, its base named before it
RATIO_ON_PREVIOUS = Tail(re.compile(rf"(?<!\w)(?:{_alternation(_V.relations['previous_period'])})\s*,?\s*bằng\s*$", re.I),
                         ("bằng",), holds=("so",))
# A count of a noun the vocabulary does not know: after a word that introduces a count ("có 35 chủ trương",
# "thêm 12 điểm bán"), a whole number followed by a lower-case word that is no time, order or function word.
# The span ends after that first word: which of the next words still belong to the noun is not known.
COUNT_FRAME = Tail(re.compile(rf"(?<!\w)(?:{_alternation(_V.count_frames)})\s+$", re.I), _last_words(_V.count_frames))
_NOT_NOUN = rf"(?!(?:{_alternation(_V.not_count_nouns + _V.noun_ends)})(?!\w))"
UNKNOWN_NOUN = re.compile(rf"\s+{_NOT_NOUN}(?P<noun>[a-zà-ỹđ]+)(?![\w/%])")
# "có 14 điểm bị ngập", "tổ chức 115 kỳ sát hạch": after a count frame, "điểm" is a place counted when a passive verb
# follows it, "kỳ" a session counted when the rest of its name follows (not "còn 2 điểm nữa", "có 3 điểm cao hơn").
FRAMED_PLACE_OR_SESSION = re.compile(rf"\s+(?P<noun>điểm(?=\s+(?:bị|được)(?!\w))|kỳ(?=\s+{_NOT_NOUN}[a-zà-ỹđ]+(?![\w/%])))")
# "1/5 tổng sản lượng", "chiếm 1/4 cả nước": a fraction of a whole, after these words or before a whole's name.
FRACTION_SHARE_BEFORE = Tail(re.compile(r"(?<!\w)(?:chiếm|đóng\s+góp|khoảng|gần|hơn|trên|tới|đến)\s+$", re.I),
                             ("chiếm", "góp", "khoảng", "gần", "hơn", "trên", "tới", "đến"))
FRACTION_SHARE_AFTER = re.compile(r"\s+(?:tổng|diện\s+tích|sản\s+lượng|cả\s+nước|số\s+lượng|giá\s+trị|dân\s+số|số)(?!\w)",
                                  re.I)  # "1/3 số hộ": a third of the households
AFTER_LABEL = re.compile(r"[/\-–.]\s*\d|[A-Za-zĐđ]|/", re.I)
YEAR = re.compile(r"(?:19|20)\d\d")
# The counted noun after a share ("100% cơ sở y tế", "90-95% phòng vào cuối tuần"): up to four
# words, stopping at a preposition or a verb.
SHARE_NOUN = re.compile(rf"\s+((?:[^\W\d_]+)(?:\s+(?!{_alternation(_V.noun_ends)}(?!\w))[^\W\d_]+){{0,3}})")
TIME_UNITS = {"day", "night", "week", "month", "quarter", "year", "hour"}
# "150.000 tấn thành phẩm/năm", "50 triệu con gà/năm", "250 - 300 con tôm/m2", "500 triệu đồng /ha": what the unit
# counts, named between the unit and the "/" of its rate (up to four words, no number, no punctuation), or a space
# before the "/": the rate and its span run to the divisor (set R49, 8 texts of 4 sets B16 to B19).
NOUN_THEN_PER = re.compile(
    rf"(?:(?:\s+(?!(?:và|hoặc|với|của|là|đạt|tăng|giảm|so|trên|mỗi|một|bình|quân|từ|đến|tới)(?!\w))[^\W\d_]+){{1,4}}\s*|\s+)"
    rf"(?P<per>(?:/(?:{_PER_ALT}))+)(?![\w/])(?!\s*\d)", re.I)
# "1.200 lượt khách mỗi tuần": a rate over time named after the number. Its phrases are the vocabulary's
# rate contexts that divide by a time unit, so a phrase found here always has its row.
_PER_TIME = [phrase for phrase, (divisor, _) in _V.rate_contexts.items() if divisor in TIME_UNITS]
RATE_AFTER = re.compile(rf"(?:\s+[^\W\d_]+){{0,3}}?\s+(?P<per>{_alternation(_PER_TIME)})(?!\w)", re.I)
# "1,5 tấn trên một ha", "35 ngàn đồng một ký": a per-area or per-measure phrase right after the unit makes a
# yield, a value per hectare or a price per kilogram, tonne or litre
_PER_MEASURE = {"hectare", "kg", "tonne", "litre"}
_PER_AREA = [phrase for phrase, (divisor, _) in _V.rate_contexts.items() if divisor in _PER_MEASURE]
RATE_AREA_AFTER = re.compile(rf"\s+(?P<per>{_alternation(_PER_AREA)})(?!\w)", re.I)
RATE_CONTEXT = re.compile(rf"(?<!\w)(?:{_alternation(_V.rate_contexts)})(?!\w)", re.I)
# "công suất mỗi tua-bin là 4,2 MW", "sau mỗi chuyến biển ... 2,3 tấn", "bình quân 1 tổ có 46 thành viên": each one of
# a counted noun the vocabulary names, before the number in its clause, is what the amount is per (set R61, B24) when
# the rate contexts name no divisor.
EACH_COUNTED = re.compile(rf"(?<!\w)(?:(?P<mean>bình\s+quân\s+(?:1|01|một|mỗi))|mỗi)\s+(?P<noun>{_COUNT_UNIT_ALT})(?!\w)"
                          r"(?!\s+(?:một|1)\s)", re.I)  # not "Mỗi xã một sản phẩm", a programme's name
# A unit of any other family (a percentage, an area) is never made a rate: its words need not be searched.
RATE_FAMILIES = frozenset().union(*(families for _, families in _V.rate_contexts.values()))

_PLAN_ALT = _alternation(p for basis in ("plan", "budget_estimate", "central_budget_estimate",
                                          "provincial_budget_estimate") for p in _V.relations[basis])
# The plan named before its percentage: "vượt dự toán 4,92%", "so dự toán địa phương giao đạt 23,7%".
# (not the plan of the percentage before it: "đạt 91,5% so với kế hoạch, đạt 97,5% so với cùng kỳ")
# ("vượt kế hoạch đề ra gần 2%": the plan set, B68; "so với kế hoạch tỉnh đạt 101,12%", "vượt kế hoạch tỉnh giao 8%":
# the plan a province set, B82, B86; "vượt mục tiêu cả năm gần 5%", the year's, R93: B98; "so kế hoạch tăng 3,54%", the
# plan passed by that much, B104)
PLAN_BEFORE = Tail(re.compile(rf"(?<!\w)(?:vượt\s+(?:so\s+với\s+)?(?P<plan>{_PLAN_ALT})(?:\s+cả\s+năm)?(?:\s+(?:đề\s+ra|được\s+giao"
                              r"|(?:tỉnh|huyện|thị\s+xã|thành\s+phố)(?:\s+giao)?))?"
                              rf"|(?<!%\s)(?<!%)so\s+(?:với\s+)?(?P<plan2>{_PLAN_ALT})(?:\s+(?:tỉnh|huyện|thị\s+xã|thành\s+phố)(?:\s+giao)?)?"
                              rf"\s*,?\s+(?:đạt|bằng)"
                              rf"|(?:(?<=,\s)|(?<=;\s))so\s+(?:với\s+)?(?P<plan3>{_PLAN_ALT})\s+(?P<dir>tăng|giảm))\s*$", re.I),
                   (*_last_words(p for basis in ("plan", "budget_estimate", "central_budget_estimate",
                                                 "provincial_budget_estimate") for p in _V.relations[basis]),
                    "đạt", "bằng", "ra", "giao", "tăng", "giảm"), holds=("so", "vượt"))
PLAN_BASIS_ORDER = ["central_budget_estimate", "provincial_budget_estimate", "budget_estimate", "plan"]

# A share's counted noun is part of its span ("100% cơ sở y tế") when it starts with a counted noun.
# A whole phrase, so that "dân tộc" does not make "20% dân số" a count of people.
SHARE_HEAD = re.compile(rf"(?:{_COUNT_UNIT_ALT})(?!\w)", re.I)
# "Tổng số giường bệnh: ", "Số ca mắc các bệnh dịch là ": a label naming what the bare number after it counts
# (not a page's counter: "Số lượt xem: 515")
COUNT_LABEL = re.compile(rf"(?:(?<!\w)(?:tổng\s+)?số(?:\s+lượng)?\s+(?P<unit>{_COUNT_UNIT_ALT})(?![\w/])"
                         r"(?!\s+(?:xem|đọc|truy\s+cập|thích|chia\s+sẻ|bình\s+luận)(?!\w))[^:;.\d%()]{0,50}?"
                         r"(?::|\s(?:là|có))"
                         # an item of a list opening with the counted noun: "Trong đó, bệnh nhân điều trị ngoại trú
                         # tăng huyết áp: 4.290, bệnh nhân ... tiểu đường: 4.149"
                         rf"|(?:[,;]\s*|(?<!\w)trong\s+đó\s*,?\s*)(?P<item>{_COUNT_UNIT_ALT})(?![\w/])[^:;.\d%()]{{0,50}}?:)"
                         r"\s*$", re.I)


# How far back the words right before a number can reach ("Chỉ thị số 15, 16, 19, ...").
_LOOKBACK = 80


# A sentence is asked for the tails before each of its numbers: lower-case it once (lower-casing each window cost more
# than the test it serves)
_lowered_sentence = lru_cache(maxsize=8)(lower_case)


def ends_with(tail: Tail, text: str, end: int | None = None) -> re.Match[str] | None:
    """``tail`` right before ``end``, searching only the last few words."""
    end = len(text) if end is None else end
    start = max(0, end - _LOOKBACK)
    # The search tries every place of the window (see ``parsing.scan``). Most windows do not end with one of the
    # words a match ends with, or lack the word it holds ("tăng 5%" with no "cùng kỳ"), and that costs a fraction
    # of the search to see.
    lowered = _lowered_sentence(text)
    last = lowered[start:end].rstrip() if lowered is not None else None
    if last is not None and (not last.endswith(tail.ends) or tail.holds and not any(w in last for w in tail.holds)):
        return None
    return tail.pattern.search(text, start, end)


