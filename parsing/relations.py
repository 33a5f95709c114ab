"""Relations: what a percentage, a change or a multiple says about an amount read before it.

Each rule takes the ``SentenceReader`` and the number just read. It either fills a field of an amount of the
sentence and says where its words end (the next figure's name starts there), or leaves the number to be a
figure of its own:

- percentage of plan: "đạt 65,26% kế hoạch" (``pct_of_plan``, ``plan_basis``; a second plan in ``_alt``), with
  the plan amount stated right after it ("(dự toán 6.146 tỷ đồng)") in ``plan_amount``;
- change on the same period last year: "tăng 12,5%", "bằng 105% cùng kỳ", "gấp 2,5 lần" (``yoy_change_pct``),
  one per amount of a list read "respectively" ("tăng lần lượt 13,1% và 69,2%") or "về lượng"/"về giá trị";
- absolute change: "tăng 520 ha" after an amount in hectares, "giảm 4,2 điểm phần trăm" after a rate
  (``change_abs``).

Which amount: the last of the clause, past a share of it, a month-on-month rate beside it and a level in
parentheses (a plan "(kế hoạch 77.000 ha)", another period "(năm 2012 là ...)", another unit "(khoảng 2,15 tỷ
USD)"); a clause opening with the verb ("...; tăng 21%") continues the one before, and "Con số này" the
sentence before. Not a change on last year: a rate after an index's name (the index's own growth), one on the
month before (a growth figure of its own), a multiple against a far base year or another group.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from parsing.figure_patterns import (
    ABOUT,
    ABOUT_BOTH,
    ADDED_BY_NAME,
    AND_JOIN,
    ASIDE_SIZE,
    ASPECT_SUBJECT,
    BASE_YEAR,
    BOUND_AFTER,
    CHANGE,
    CHANGE_AT_LEAST,
    CHANGE_BASE_FIRST,
    CLOSING_PAREN,
    COMPARED,
    COMPONENTS,
    DATED_PERIOD,
    EXCEED,
    FALL_WORDS,
    FROM_TO_LEVELS,
    FROM_TO_WORDS,
    GAP,
    INDEX_NAME,
    LAST_YEAR,
    LAST_YEARS_CHANGE,
    LEVELS_GAP,
    LIST_JOIN,
    MONEY_ASPECTS,
    NAMED_GAP,
    NAMED_PERIOD,
    NO_BASE,
    NOUN_BETWEEN,
    OTHER_PERIOD,
    OWN_VERB,
    PAREN_ASIDE,
    PERIOD_PART,
    PLAN_BEFORE,
    PLAN_REST,
    PREVIOUS_PERIOD,
    PREVIOUS_PERIOD_FIRST,
    PREVIOUS_PERIOD_NAMED,
    RATE_CHANGE_OPENS,
    RATE_NAME,
    RATE_SUBJECT,
    RATIO,
    RATIO_ENDS,
    RATIO_GIVES_WAY,
    RATIO_ON_PREVIOUS,
    RESPECTIVELY,
    SAME_PERIOD,
    SAME_PERIOD_FIRST,
    SAME_PERIOD_LAST_YEAR,
    SAME_PERIOD_NAMED,
    SHARE_CHANGE_OPENS,
    SIGN_BEFORE,
    SIGNED,
    STRUCTURE,
    STRUCTURE_WORDS,
    TIMES,
    YEAR_IN_TEXT,
    YEARLY,
    ends_with,
    phrase_key,
)
from parsing.indicators import clause_start
from parsing.model import Figure
from parsing.numbers import ANY_YEAR, NUMBER, fraction_told_as_percent, parse_number
from parsing.plan_shares import (
    PLAN_BASE_AFTER,
    give_pct_of_plan,
    joint_plan_named,
    plan_gap_rate,
    plan_named,
    plan_named_last,
    plan_of_list,
    plan_of_parts,
    plan_of_ratio_told_before,
    plan_shares_respectively,
)
from parsing.quantities import CURRENCIES, Quantity
from parsing.reader import Draft, SentenceReader, next_in_list, rates_listed
from parsing.vocabulary import vocabulary

_V = vocabulary()


@dataclass(frozen=True, slots=True)
class Standalone:
    """A percentage that is no relation of an amount: a figure of its own, of this kind and value."""

    kind: str  # "share" or "growth"
    value: float  # a growth read from "bằng 105% cùng kỳ" is the change, 5
    plan_basis: str | None  # "đạt 30% kế hoạch" with no amount before it is a share of the plan
    # a change of the amount before it against another base ("tăng 1,2% so với tháng trước"): it takes neither
    # the amount's name nor that of the rate before it
    unnamed: bool = False
    # said against a base ("so với cùng kỳ", "kế hoạch"): the relation of an amount, if the sentence holds one
    against_base: bool = False
    # the number as printed where ``value`` is the plan share it gives ("vượt 18% dự toán": printed 18, share 118)
    printed: float | None = None


def _sign(change: re.Match[str]) -> float:
    """-1 for a change told by "giảm", else +1."""
    return -1.0 if change["dir"].lower() == "giảm" else 1.0


def _gap_sign(gap: re.Match[str]) -> float:
    """-1 for a gap told by "thấp" or "ít" (below), else +1."""
    return -1.0 if gap["dir"].lower() in ("thấp", "ít") else 1.0


def multiple(reader: SentenceReader, match: re.Match[str], current: Draft | None) -> Standalone | None:
    """"gấp 2,5 lần", "gấp đôi", "tăng 2,3 lần": the current amount's change on last year (2,5 times is +150%);
    with no amount before it in its clause, a change of its own (returned, for the caller to make a figure)."""
    number, word = match["num"] or match["num2"], match["word"] or match["word2"]
    value, rounding = parse_number(number) if number else (TIMES[word.lower()], 0.0)
    change = round((value - 1.0) * 100.0, 9)
    if current is None or match["xhigh"]:
        # "tăng gấp 2 - 3 lần so với tháng thường": a range of multiples is no one amount's change, a growth of its own
        return Standalone("growth", change, None)
    reader.segment_start = match.end()
    after = reader.body[match.end():]
    if _multiples_respectively(reader, match, value, rounding, after):
        return None
    if _multiples_about(reader, match, value, rounding, after):
        return None
    plan_basis, _ = plan_named(after)
    if plan_basis is not None:
        # "gấp 1,6 lần so kế hoạch": 160% of the plan, no change on last year
        if current.figure.pct_of_plan is None:
            current.figure = replace(current.figure, pct_of_plan=round(value * 100.0, 9), plan_basis=plan_basis,
                                     pct_of_plan_rounding=rounding * 100)
        return None
    if PREVIOUS_PERIOD.match(after) is not None and "thường" not in after[:40].lower():
        # "ước đạt 878,5 tỷ đồng, tăng gần gấp đôi so với tháng trước; ... bằng 53,1% so với cùng kỳ": a multiple of
        # the period before is a growth figure of its own, as its rate would be; the amount's change on last year
        # may still follow (B85)
        return Standalone("growth", change, None, unnamed=True)
    if not _against_last_year(reader, match.start(), after, current):
        # "gấp 2,5 lần năm 2005" in a report on 2010: a change over years, a growth figure of its own, as R91 reads a
        # rate so told (B101); another group or a point in time ("cao gấp 1,5 lần khu vực nông thôn", "so với đầu năm
        # 2010") gives none
        far = _far_year_base(reader, match.start(), after) or _SINCE_ITS_FOUNDING.match(after) is not None
        return Standalone("growth", change, None, unnamed=True) if far else None
    if current.figure.yoy_change_pct is None:
        current.figure = replace(current.figure, yoy_change_pct=change, yoy_change_rounding=rounding * 100)
        return None
    if OWN_VERB.search(reader.body, current.figure.char_end - reader.base, match.start()) is None \
            and _SUBJECT_BEFORE_MULTIPLE.search(reader.body, current.figure.char_end - reader.base, match.start()):
        # "thành lập 459 doanh nghiệp mới (+37,8%), vốn đăng ký gấp 20 lần cùng kỳ": the amount has its change; the
        # multiple of what is named after it is a growth figure of its own (B92)
        return Standalone("growth", change, None)
    return None


# a noun phrase after a comma, right before a multiple: "..., vốn đăng ký gấp 20 lần"
_SUBJECT_BEFORE_MULTIPLE = re.compile(r",\s*[^\W\d]+(?:\s+[^\W\d]+){0,4}\s+(?:tăng\s+)?$", re.I)


# "lần lượt gấp 2,2 lần và 3,2 lần so với cùng kỳ": one multiple a listed amount, respectively
_RESPECTIVELY_BEFORE = re.compile(r"(?<!\w)lần\s+lượt(?:\s+là)?\s*$", re.I)
_MORE_MULTIPLES = re.compile(rf"\s*(?:,|và)\s*(?:gấp\s+)?(?P<num>{NUMBER})\s+lần(?!\w)", re.I)
# "... về số dự án và 3 lần về số vốn": a further multiple said of another aspect
_MORE_MULTIPLES_ABOUT = re.compile(rf"\s*(?:,|và)\s*(?:(?:tăng\s+)?gấp\s+|tăng\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?"
                                   rf"(?P<num>{NUMBER})\s+lần{ABOUT.pattern}", re.I)


def _multiples_respectively(reader: SentenceReader, match: re.Match[str], value: float, rounding: float,
                            after: str) -> bool:
    """"8.949 tỷ đồng và 131,4 triệu USD, lần lượt gấp 2,2 lần và 3,2 lần so với cùng kỳ": the n-th multiple is the
    change of the n-th of the last amounts of the clause (as many as there are multiples), when the list compares
    with last year. Returns whether the list was read so."""
    if _RESPECTIVELY_BEFORE.search(reader.body, max(0, match.start() - 16), match.start()) is None:
        return False
    values, at = [(value, rounding)], 0
    while (more := _MORE_MULTIPLES.match(after, at)) is not None:
        values.append(parse_number(more["num"]))
        at = more.end()
    clause = reader.clause_of(match.start())
    pending = [d for d in reader.drafts if d.clause == clause and d.figure.kind == "amount"
               and d.figure.yoy_change_pct is None]
    if len(values) < 2 or len(pending) < len(values):
        return False
    reader.segment_start = match.end() + at
    if not _against_last_year(reader, match.start(), after[at:]):
        return True  # "lần lượt gấp 2,2 lần và 3,2 lần năm 2015": another base, no change on last year
    for draft, (times, times_rounding) in zip(pending[-len(values):], values, strict=True):
        draft.figure = replace(draft.figure, yoy_change_pct=round((times - 1.0) * 100.0, 9),
                               yoy_change_rounding=times_rounding * 100)
    return True


def _against_last_year(reader: SentenceReader, at: int, after: str, current: Draft | None = None) -> bool:
    """Whether a multiple at ``at`` compares with last year: "cùng kỳ", "năm trước", the year before one the
    sentence names (and no later one) or, where the sentence names none after it, the year before the last one the
    text named up to the multiple ("Tết 2024 ... gấp 3,9 lần so với năm 2023"); or no base at all ("gấp 2,5 lần.");
    not another group, a far base year or the start of a year. The text's year counts only for a multiple right
    after its amount (``current``, the last figure read), not past a share or a rate read since."""
    body = reader.body
    if SAME_PERIOD_NAMED.match(after) or LAST_YEAR.match(after):
        return True  # "tăng 7 lần so với cùng kỳ năm 2022"
    if OTHER_PERIOD.match(after):
        return False  # "tăng gấp đôi so với đầu năm 2010": a stock against another point in time
    base = BASE_YEAR.match(after)
    if base is not None:
        # the year after the base must be named: "gấp 1,5 lần so với năm 2015" alone compares with a far year
        year = int(base["year"])
        if year in {int(y) for y in _SAME_PERIOD_YEAR.findall(body)}:
            return True  # "tăng 60% so với cùng kỳ 2022, ..., tăng gấp 3 lần so với năm 2022": the same period
        years = [int(y) for y in YEAR_IN_TEXT.findall(body)]
        # "so với 6 tháng đầu năm 2021": a part of a year is compared with the same part, last year's
        named_period = PERIOD_PART.search(base.group())
        if not all(y - year < 2 for y in years):
            return False
        if named_period is not None or year + 1 in years:
            return True
        adjacent = current is not None and bool(reader.drafts) and reader.drafts[-1] is current
        return adjacent and _YEAR_ALONE.fullmatch(base.group()) is not None \
            and _latest_year_named(reader, at) == year + 1
    return bool(SAME_PERIOD.match(after) or NO_BASE.match(after))


# a base that is a year and nothing else ("so với năm 2023"; not "so với bình quân năm 2022")
_YEAR_ALONE = re.compile(r"\s*(?:so\s+(?:với\s+)?)?năm\s+(?:19|20)\d\d", re.I)


# "tăng 20 lần so với khi mới thành lập", "gấp 89 lần so với khi tái lập tỉnh": against the founding, years back (B102,
# B105)
_SINCE_ITS_FOUNDING = re.compile(r"\s*so\s+(?:với\s+)?(?:khi|lúc|ngày|thời\s+điểm)\s+(?:mới\s+|đầu\s+)?(?:tái\s+lập|thành\s+lập)",
                                 re.I)


def _far_year_base(reader: SentenceReader, at: int, after: str) -> bool:
    """Whether a multiple at ``at`` is said against a year alone ("năm 2005") two years or more before a year the text
    names up to it or its sentence writes, a date's too ("Đến ngày 31/7/2022, ... tăng 19,33 lần so với năm 2002",
    B104)."""
    base = _YEAR_ALONE.match(after)
    if base is None:
        return False
    year = int(base.group()[-4:])
    named = [int(y) for y in ANY_YEAR.findall(reader.body)] + [_latest_year_named(reader, at) or 0]
    return any(later - year >= 2 for later in named)


def _latest_year_named(reader: SentenceReader, at: int) -> int | None:
    """The latest year the text names before position ``at`` of the sentence (the year a report on one year is
    about, where its sentence names none), or None."""
    years = [int(y) for y in YEAR_IN_TEXT.findall(reader.text, 0, reader.base + at)] if reader.text else []
    return max(years, default=None)


_LIST_OPENS = re.compile(r":\s*[^\W\d]")
# "cùng kỳ 2022", "cùng kỳ năm 2022": the year the sentence names as last year's same period
_SAME_PERIOD_YEAR = re.compile(r"(?<!\w)cùng\s+k[ỳì]\s+(?:năm\s+)?((?:19|20)\d\d)(?!\d)", re.I)
# "so với (cuối) năm 2015 diện tích tăng": a base year named before the change verb of its clause
_BASE_BEFORE = re.compile(r"(?<!\w)so\s+(?:với\s+)?(?:cuối\s+|đầu\s+)?năm\s+(?P<year>(?:19|20)\d\d)(?!\d)"
                          r"[^%;,\d]{0,40}?(?<!\w)(?:tăng|giảm)(?:\s+[^\W\d]+){0,2}\s*$", re.I)


# ", luân chuyển tăng": a short subject naming one of the sentence's amounts, right before the change verb
_NAMED_CHANGE = re.compile(r"(?:^|[,;:]|(?<=\strước)|(?<=\sngoái)|(?<=\skỳ))\s*(?P<name>[^\W\d]+(?:\s+[^\W\d]+){1,3})\s+(?P<dir>tăng|giảm)\s*$", re.I)
_SO = re.compile(r"(?<!\w)so(?=\s)", re.I)


def _named_change(reader: SentenceReader, before: str) -> tuple[Draft, float] | None:
    """"Khối lượng hành khách vận chuyển ... ước đạt 2.076 ngàn người, luân chuyển đạt 169 triệu người.km; so với cùng
    kỳ năm trước, vận chuyển tăng 17,02%, luân chuyển tăng 15,92%": a change whose short subject repeats two words
    naming one amount of the sentence (no breakdown opened since) is that amount's."""
    found = _NAMED_CHANGE.search(before[-60:])
    if found is None:
        return _named_before(reader, before)
    words = _tone_key(found["name"]).split()
    pairs = {f"{a} {b}" for a, b in zip(words, words[1:])}
    aspect = ASPECT_SUBJECT.search(before[-60:])
    for draft in reversed(reader.drafts):
        if draft.figure.kind != "amount" or not draft.figure.indicator_text:
            continue
        if aspect is not None and (phrase_key(aspect["what"]) in MONEY_ASPECTS) != (draft.unit_family == "money"):
            continue  # "số lượng dự án tăng 19%" is no change of "dự án ... với số vốn 200 triệu USD"
        name = f" {_tone_key(draft.figure.indicator_text)} "
        if any(f" {pair} " in name for pair in pairs):
            if COMPONENTS.search(reader.body, draft.figure.char_end - reader.base, len(before)):
                return None  # "..., trong đó, xuất khẩu tăng 5%": a part's change
            return draft, _sign(found)
    return _named_before(reader, before)


# "So với cùng kỳ, số doanh nghiệp giải thể tăng 22,5%, tạm ngừng hoạt động tăng 170%": a subject of up to six words
# after the comparison, a comma or "và", then the change verb
_SUBJECT_OF_CHANGE = re.compile(r"(?:^|[,;:]|(?<=\svà)|(?<=\skỳ)|(?<=\strước)|(?<=\sngoái)|(?<=\d{4}))\s*"
                                r"(?P<name>[^\W\d]+(?:\s+[^\W\d]+){1,5})\s+(?P<dir>tăng|giảm)\s*$", re.I)
# the words naming an amount after its number, up to a punctuation mark, a number or a word opening another phrase
_NAME_AFTER = re.compile(r"(?:\s+(?!(?:với|và|trong|tăng|giảm|đạt|chiếm|bằng|so)(?!\w))[^\W\d]+){0,5}", re.I)


def _named_before(reader: SentenceReader, before: str) -> tuple[Draft, float] | None:
    """In a sentence opening with "So với cùng kỳ, ...", a change whose subject repeats words naming one amount of
    the sentence before (its words before the number, its unit words and those right after it: "49 doanh nghiệp giải
    thể, 62 doanh nghiệp tạm ngừng hoạt động") is that amount's change on last year; the amount named by the most
    pairs of the subject's words, if only one is, and not a rate ("8,3 tỷ đồng/doanh nghiệp" is no "vốn đăng ký")."""
    if not reader.compared:
        return None
    found = _SUBJECT_OF_CHANGE.search(before[-80:])
    if found is None:
        return None
    words = _tone_key(found["name"]).split()
    pairs = {f"{a} {b}" for a, b in zip(words, words[1:])}
    scored = []
    for draft in reader.compared:
        figure = draft.figure
        if figure.yoy_change_pct is not None:
            continue
        if "/" in figure.unit:
            # a rate is named only by the words before it ("năng suất bình quân ước đạt 58,4 tạ/ha", R68b), never by
            # its unit's ("8,3 tỷ đồng/doanh nghiệp" is no "vốn đăng ký")
            name = f" {_tone_key(figure.indicator_text or '')} "
            scored.append((sum(f" {pair} " in name for pair in pairs), draft))
            continue
        end = figure.char_end - figure.sentence_start
        after = _NAME_AFTER.match(figure.sentence, end)
        digits = _LAST_DIGIT.search(figure.raw_text)
        unit_words = figure.raw_text[digits.end():] if digits else ""
        name = f" {_tone_key(' '.join([figure.indicator_text or '', unit_words, after.group() if after else '']))} "
        scored.append((sum(f" {pair} " in name for pair in pairs), draft))
    best = max((score for score, _ in scored), default=0)
    named = [draft for score, draft in scored if score == best]
    unit = next((unit for measure, unit in _MEASURE_UNITS if f"{' '.join(words)} ".startswith(f"{measure} ")), None)
    if best == 0 and unit is not None:
        # "diện tích tăng 0,2%" after "gieo cấy khoảng 28.600 ha lúa": an area is the one amount in hectares (R68b)
        named = [draft for _, draft in scored if draft.figure.unit == unit]
        best = len(named)
    if best == 0 or len(named) != 1:
        return None
    return named[0], _sign(found)


_LAST_DIGIT = re.compile(r".*\d", re.S)


def named_base_is_previous(before: str) -> bool:
    """Whether the last comparison named before a change is with the period before ("so với tháng trước, ...")."""
    last = None
    for so in _SO.finditer(before):
        if PREVIOUS_PERIOD.match(before, so.start()) or SAME_PERIOD.match(before, so.start()):
            last = so.start()
    return last is not None and PREVIOUS_PERIOD.match(before, last) is not None


# Two spellings of one syllable ("hoá"/"hóa", "thuỷ"/"thủy"): the tone mark on either vowel
_TONES = str.maketrans({"á": "a", "à": "a", "ả": "a", "ã": "a", "ạ": "a", "ó": "o", "ò": "o", "ỏ": "o", "õ": "o",
                        "ọ": "o", "ú": "u", "ù": "u", "ủ": "u", "ũ": "u", "ụ": "u", "ý": "y", "ỳ": "y", "ỷ": "y",
                        "ỹ": "y", "ỵ": "y"})


def _tone_key(words: str) -> str:
    """Words compared whatever vowel of "oa", "uy" carries the tone (lower case, one space)."""
    return " ".join(words.lower().translate(_TONES).split())


# (measure, unit): a measure the unit of its amount names, vocab/relations.tsv ``measure_unit``
_MEASURE_UNITS = [(_tone_key(measure), unit) for measure, unit in
                  (row.split(":") for row in _V.relations.get("measure_unit", []))]


_MARGIN_CEILING = 50.0  # percent: in a list of items said to pass the plan, a bare percentage below it is the margin


def _far_base_before(body: str, before: str) -> bool:
    """Whether the rate's base, named before its verb ("so với năm 2015 diện tích tăng 217,55%"), lies two years or
    more before a year the sentence names ("Đến tháng 6/2019, ..."): a change over years, not on last year."""
    found = _BASE_BEFORE.search(before[-120:])
    if found is None:
        return False
    year = int(found["year"])
    return any(int(y) >= year + 2 for y in YEAR_IN_TEXT.findall(body))


# An amount, then a signed percentage opening a parenthesis: "giảm 536 ha (-38,6%)", "tăng 0,2 tạ/ha (+0,4%)".
# (its base may come between: "tăng 1,8 tạ/ha so năm trước (+3,2%)", B69)
# (the unit may be two or three words: "Tổng đầu tư xã hội 22.077 tỷ đồng (+11,1%)", B92)
_SIGNED_AFTER_AMOUNT = re.compile(r"\d[\d.,]*\s*[^\W\d]+(?:\s+[^\W\d]+){0,2}?(?:\s*/\s*[^\W\d]+)?"
                                  r"(?:\s+so(?:\s+với)?\s+(?:cùng\s+k[ỳì](?:\s+năm\s+(?:trước|ngoái))?|năm\s+(?:trước|ngoái)))?"
                                  r"\s*\(\s*(?P<sign>[-−+])\s*$")

# "giảm 520 ha (bằng 1,8%)" gives the size of a fall, while "giảm 400 tấn so với cùng kỳ, bằng 95,3%" gives the
# level's ratio to last year's (a fall of 4,7%): a fall said to "equal" half of last year's level or more is the
# ratio. Read as the fall's size, 95,3% turned a fall of 400 tonnes into one of 95,3% (a false change_vs_percent).
FALL_RATIO_FLOOR = 50.0


# Two rates in parentheses after an amount with no base named, "(tăng 2,45% và tăng 67,26%)", in a release whose first
# such pair named its bases, the month before first: "(tăng 6,16% so tháng trước và tăng 0,62% so với cùng kỳ năm
# 2021)". The later pairs keep that order (R77b: B62).
_PAIR_VERB = r"(?:tăng|giảm|bằng)"
_PAIR_RATE = rf"{_PAIR_VERB}\s+[\d.,]+\s*%"
_MONTH_FIRST_PAIR = re.compile(rf"\(\s*{_PAIR_RATE}\s+so\s+(?:với\s+)?tháng\s+trước\s+và\s+"
                               rf"{_PAIR_RATE}\s+so\s+(?:với\s+)?cùng\s+k[ỳì]", re.I)
_PAIR_FIRST = re.compile(rf"\(\s*(?P<dir>{_PAIR_VERB})\s+$", re.I)
_PAIR_FIRST_REST = re.compile(rf"\s+và\s+{_PAIR_RATE}\s*\)", re.I)
_PAIR_SECOND = re.compile(rf"\(\s*{_PAIR_RATE}\s+và\s+(?P<dir>{_PAIR_VERB})\s+$", re.I)


def _rate_of_a_bare_pair(reader: SentenceReader, quantity: Quantity, before: str, current: Draft | None
                         ) -> int | Standalone | None:
    """A rate of a bare pair in parentheses after an amount (``_MONTH_FIRST_PAIR``), read in the order the release's
    first pair named: the first the change on the month before, a growth figure of its own; the second the amount's
    change on last year. None when the release named no such order, or the rate is of no such pair."""
    if current is None or current.figure.kind != "amount":
        return None
    first = _PAIR_FIRST.search(before[-24:]) if _PAIR_FIRST_REST.match(reader.body, quantity.end) else None
    second = _PAIR_SECOND.search(before[-48:]) if first is None and CLOSING_PAREN.match(reader.body, quantity.end) \
        else None
    told = first or second
    if told is None or _MONTH_FIRST_PAIR.search(reader.text, 0, reader.base + quantity.start) is None:
        return None
    verb = told["dir"].lower()
    change = round(quantity.value - 100.0, 9) if verb == "bằng" else -quantity.value if verb == "giảm" \
        else quantity.value
    if first is not None:
        return Standalone("growth", change, None, unnamed=True)
    if current.figure.yoy_change_pct is None:
        current.figure = replace(current.figure, yoy_change_pct=change, yoy_change_rounding=quantity.rounding)
    return quantity.end


# A rate in parentheses right after a change given to an amount under a comparison: "So với cùng kỳ, tăng 1 dự án
# (tăng 50%), vốn đầu tư giảm 20,4 tỷ đồng (giảm 33,5%)" (R77b: B66).
_RATE_OF_THE_CHANGE = re.compile(r"\s*\(\s*(?P<dir>tăng|giảm)\s+(?:khoảng\s+|gần\s+|hơn\s+)?", re.I)


def _rate_of_the_change_before(reader: SentenceReader, quantity: Quantity) -> bool:
    """Whether the percentage is the rate of the change just given to an earlier amount (``reader.changed``), set
    as that amount's change on last year."""
    changed = reader.changed
    if changed is None or reader.compared_change_end < 0 or changed.figure.yoy_change_pct is not None:
        return False
    told = _RATE_OF_THE_CHANGE.fullmatch(reader.body, reader.compared_change_end, quantity.start)
    closed = CLOSING_PAREN.match(reader.body, quantity.end)
    if told is None or closed is None:
        return False
    sign = _sign(told)
    if (changed.figure.change_abs or 0.0) * sign < 0:
        return False  # a rate of the other sign is of something else
    changed.figure = replace(changed.figure, yoy_change_pct=sign * quantity.value,
                             yoy_change_rounding=quantity.rounding)
    reader.compared_change_end = closed.end()  # a change after the parenthesis is still under the comparison
    return True


# A rate named by what it counts, after amounts of several things: "1.322 chuyến, 25.900 hành khách (số chuyến giảm
# 23%, số hành khách giảm 12% so cùng kỳ)", "45 dự án với tổng vốn 3.200 tỷ đồng (số dự án tăng 12%, số vốn tăng 30%)"
# (R77c: B60).
_ASPECT_CHANGE = re.compile(r"(?<!\w)số\s+(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)\s+(?P<dir>tăng|giảm)"
                            r"\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$", re.I)


def _change_of_the_aspect_named(reader: SentenceReader, quantity: Quantity, before: str) -> int | None:
    """Where the rate's words end, when it is the change on last year of the one amount of its sentence that counts
    what "số ..." names (its unit, or its name for money: "số vốn" of "tổng vốn 3.200 tỷ đồng"); None otherwise."""
    named = _ASPECT_CHANGE.search(before[-60:])
    amounts = [d for d in reader.drafts if d.figure.kind == "amount"]
    if named is None or len(amounts) < 2:
        return None
    after = reader.body[quantity.end:]
    if OTHER_PERIOD.match(after) or PREVIOUS_PERIOD.match(after):
        return None  # said against another period: a figure of its own, as before
    noun = " ".join(named["noun"].lower().split())
    # the amount counting that noun, else the one whose name holds it ("số vốn": "tổng vốn 3.200 tỷ đồng")
    counted = [d for d in amounts if " ".join(str(d.extras.get("unit_phrase", "")).lower().split()) == noun] \
        or [d for d in amounts if re.search(rf"(?<!\w){re.escape(noun)}(?!\w)", (d.figure.indicator_text or "").lower())]
    if len(counted) != 1 or counted[0].figure.yoy_change_pct is not None:
        return None
    sign = _sign(named)
    counted[0].figure = replace(counted[0].figure, yoy_change_pct=sign * quantity.value,
                                yoy_change_rounding=quantity.rounding)
    same_period = SAME_PERIOD.match(after)
    return quantity.end + (same_period.end() if same_period else 0)


def percent_relation(reader: SentenceReader, quantity: Quantity, before: str, current: Draft | None,
                     clause: int) -> int | Standalone:
    """Read one percentage as a relation of an amount, and return where its words end; or, if it is none,
    what figure it is."""
    body = reader.body
    end, value, rounding = quantity.end, quantity.value, quantity.rounding
    after = body[end:]
    if current is not None and _LIST_OPENS.search(body, current.figure.char_end - reader.base, quantity.start):
        current = None  # "có 6 nhóm tăng giá: nhà ở tăng 0,52%": the rate of an item of the list, not of the count
    if current is not None and _PER_YEAR.search(body[quantity.start:end + 8]):
        # "đạt 151,1 triệu tấn, tăng bình quân 15,1%/năm": an average rate over years, never the amount's change on
        # last year; a growth figure of its own
        current = None
    if current is not None and current.figure.unit == "percentage point":
        # "đóng góp 2,93 điểm phần trăm với mức tăng trưởng 10,33%": the sector's own rate, not a change of its share of
        # the growth
        current = None
    if current is None and SIGN_BEFORE.search(body, max(0, quantity.start - 2), quantity.start):
        # "Cà Mau với -10,5% YoY", "lao động nông nghiệp giảm (-3%)": a signed rate with no amount is a change, its
        # sign part of its span
        quantity.start -= 1
        return Standalone("growth", -value if body[quantity.start] in "-−" else value, None)
    if _AGAINST_A_STANDARD.match(after) and not ends_with(CHANGE, before):
        # "diện tích tự nhiên là 11.567,81 km² (đạt 144,59% so với tiêu chuẩn)": a ratio to a legal standard, a share of
        # it (basis "standard", so above 100 is no error), never a change on last year (B95, B96)
        return Standalone("share", value, "standard")
    if current is not None and current.figure.pct_of_plan is None and _TOLD_OVER_ITS_PLAN.search(current.figure.raw_text) \
            and (over := ends_with(CHANGE, before)) is not None \
            and not (SAME_PERIOD.match(after) or OTHER_PERIOD.match(after) or PREVIOUS_PERIOD.match(after)):
        # "8.568 ha/kế hoạch 7.500 ha tăng 14,24 %": a change with no base after an amount told over its plan is its
        # excess over that plan, 114,24% of it (B91)
        current.figure = replace(current.figure, pct_of_plan=round(100.0 + _sign(over) * value, 9), plan_basis="plan",
                                 pct_of_plan_rounding=rounding)
        return end
    paired = _rate_of_a_bare_pair(reader, quantity, before, current)
    if paired is not None:
        return paired
    if _rate_of_the_change_before(reader, quantity):
        return end
    aspect = _change_of_the_aspect_named(reader, quantity, before)
    if aspect is not None:
        return aspect
    if _named_gap(reader, before, clause, value):
        return end  # "đạt 10,73%, cao hơn so với cùng kỳ năm trước 0,51% và cao hơn toàn ngành là 1,06%"
    if _gap_of_levels(reader, quantity, before, clause):
        return end  # "từ 58,2% năm 2006 xuống còn 27,9% năm 2021, tương đương mức giảm 30,3%"
    if _sizes_an_aside_change(reader, quantity.start, after):
        plan = PLAN_REST.match(after)
        return end + (plan.end() if plan else 0)
    sized = _rate_of_change_size(reader, quantity, before, current)
    if sized is not None:
        return sized
    gap_rate = plan_gap_rate(reader, quantity, before, current)
    if gap_rate is not None:
        return gap_rate
    measured = _measured_change(reader, end, before, clause, value, rounding)
    if measured is not None:
        target, sign, length = measured
        if length < 0:
            # "tăng 12,3% về số doanh nghiệp, ... và giảm 4,6% về vốn đăng ký so với tháng trước": the list is
            # said against the period before; each rate a growth figure of its own, no amount's change on last year
            return Standalone("growth", sign * value, None, unnamed=True)
        if target is not None and target.figure.yoy_change_pct is None:
            target.figure = replace(target.figure, yoy_change_pct=sign * value, yoy_change_rounding=rounding)
        return end + length
    if _change_in_points(reader, quantity, before, clause):
        # the level it ends at is still named by the words before the change ("Tỷ lệ hộ nghèo ... giảm 1,8%, còn 9,4%")
        return reader.segment_start
    if ends_with(LAST_YEARS_CHANGE, before):
        return end  # "(cùng kỳ năm 2023 tăng 5,1%)": last year's rate, not a figure of this report
    respectively = _respectively(reader, before, clause, after)
    if respectively is not None:
        target, sign = respectively
        target.figure = replace(target.figure, yoy_change_pct=sign * value, yoy_change_rounding=rounding)
        same_period = SAME_PERIOD.match(after)
        return end + (same_period.end() if same_period else 0)
    if _far_base_before(body, before):
        return end  # "so với cuối năm 2015 diện tích tăng 165,81%, ... so với năm 2018 tăng 6,65%": not on last year
    subject = _named_change(reader, before)
    if subject is not None:
        target, sign = subject
        if named_base_is_previous(before):
            return Standalone("growth", sign * value, None, unnamed=True)  # "so với tháng trước, vận chuyển tăng 0,8%"
        if target.figure.yoy_change_pct is None:
            target.figure = replace(target.figure, yoy_change_pct=sign * value, yoy_change_rounding=rounding)
        same_period = SAME_PERIOD.match(after)
        return end + (same_period.end() if same_period else 0)
    size_first = _RATE_OF_SIZE.search(before[-80:])
    if size_first is not None and current is not None and current.figure.kind == "amount" \
            and current.figure.change_abs is not None and current.figure.yoy_change_pct is None:
        # "đạt 59,8 ngàn tỷ đồng, tăng 6,3 ngàn tỷ đồng (gần 12%) so với cùng kỳ": the change's size, then its rate
        sign = _sign(size_first)
        current.figure = replace(current.figure, yoy_change_pct=sign * value, yoy_change_rounding=rounding)
        same_period = SAME_PERIOD.match(after)
        return end + (same_period.end() if same_period else 0)
    if ends_with(RATIO_ON_PREVIOUS, before) is not None:
        # "vận chuyển được hơn 2,531 triệu lượt hành khách, so với tháng trước bằng 101,72%": the ratio to the month
        # before, a growth figure of its own (+1,72%), never the amount's change on last year
        return Standalone("growth", round(value - 100.0, 9), None, unnamed=True)
    base_first = ends_with(CHANGE_BASE_FIRST, before)
    if base_first is not None:
        stated = _sign(base_first) * value
        if PREVIOUS_PERIOD.fullmatch(" " + base_first["base"]):
            return Standalone("growth", stated, None, unnamed=True)  # "tăng so với tháng trước 6%": its own figure
        if current is not None and current.figure.kind == "amount" and current.figure.yoy_change_pct is None:
            current.figure = replace(current.figure, yoy_change_pct=stated, yoy_change_rounding=rounding)
            return end
        return Standalone("growth", stated, None, against_base=True)
    respective_plan = plan_shares_respectively(reader, value, rounding, before, after)
    if respective_plan:
        return end
    plan_basis, plan_length = plan_named(after)
    if plan_basis is not None and GAP.search(before[-20:]) is not None:
        plan_basis = None  # "cao hơn 0,7% so với kịch bản": a gap on the plan's level, in points, no share of it
    exceeds = ends_with(EXCEED, before) is not None
    named = None
    if plan_basis is None:
        # the plan named before the percentage: "vượt dự toán 4,92%", "so dự toán địa phương giao đạt 23,7%"
        named = ends_with(PLAN_BEFORE, before)
        if named is not None:
            plan_basis, plan_length = plan_named(named["plan"] or named["plan2"] or named["plan3"])[0], 0
            exceeds = named["plan"] is not None
    if plan_basis is not None and exceeds and quantity.high is not None and named is not None:
        # "tốc độ tăng ... ước 9,71%, vượt kế hoạch 8,5-9,5%": a range after the plan it beats is that plan's level, a
        # target of its own, no share over it (B78)
        return Standalone("share", value, None, against_base=True)
    if plan_basis is not None:
        # ("tăng 5,1% kế hoạch cả năm" with no "so" between: the plan passed by 5,1%, B104)
        beyond = ends_with(CHANGE, before) if not exceeds and (after.lstrip()[:2].lower() == "so" or value < 100.0) \
            else None
        if beyond is None and named is not None and named["dir"]:
            beyond = named  # "so kế hoạch tăng 3,54%" (B104)
        if exceeds and value < 100.0:
            value = round(100.0 + value, 9)  # "vượt 5% kế hoạch" is 105% of the plan ("vượt 102% kế hoạch": 102%)
        elif beyond is not None:
            # "ước tăng 14,7% so với dự toán": the amount is 114,7% of the plan ("giảm 5% so với kế hoạch": 95%)
            value = round(100.0 + (-value if beyond["dir"].lower() == "giảm" else value), 9)
        if current is None:
            rate = _rate_of_clause(reader, clause, quantity.start)
            if rate is not None and (beyond is not None or exceeds and quantity.value < 100.0):
                # "tỷ lệ lao động tham gia BHTN đạt 39,07% (tăng 7,07% so với kế hoạch)": the rate's gap on its target,
                # in points; no share of a plan, no figure (R77b: B66); "... đạt 9,63% so với năm 2024, vượt 1,13% so với
                # chỉ tiêu" likewise (R91: B93, B94)
                return end + plan_length
            if rate is not None and not ends_with(LIST_JOIN, before):  # not "lần lượt 112,8%, 107,3% so với dự toán"
                # "tỷ lệ lao động qua đào tạo đạt 65% (đạt 100% kế hoạch)": the plan of the rate before it
                rate.figure = replace(rate.figure, pct_of_plan=value, plan_basis=plan_basis,
                                      pct_of_plan_rounding=quantity.rounding)
                return end + plan_length
            # "Thu ngân sách vượt 18% dự toán" with no amount: a share of 18, 118% of the plan (B59, B64, B78)
            printed = quantity.value if value != quantity.value else None
            return Standalone("share", value, plan_basis, against_base=True, printed=printed)
        if exceeds and _rate_of_a_fraction_between(reader, current, quantity.start):
            return end + plan_length  # "14.504/18.600 hộ (tỷ lệ 77,97%), vượt 2,97% so với chỉ tiêu": the rate's, in points
        if current.figure.pct_of_plan is not None and current.figure.pct_of_plan_alt is not None \
                and not (exceeds and value in (current.figure.pct_of_plan, current.figure.pct_of_plan_alt)):
            # "bằng 100% dự toán Trung ương giao, đạt 65% dự toán HĐND tỉnh giao, hoàn thành 100% kịch bản thu 9 tháng":
            # a third plan has no place on the amount; its share stays a figure (B77). ("là 143% dự toán tỉnh giao, ...,
            # vượt 43% kế hoạch" tells a share the amount has again, B83.)
            printed = quantity.value if value != quantity.value else None
            return Standalone("share", value, plan_basis, against_base=True, printed=printed)
        joint, joint_length = joint_plan_named(after, plan_basis, plan_length)
        plan_end = give_pct_of_plan(reader, quantity, value, current, plan_basis, end + joint_length)
        if joint is not None and current.figure.plan_basis == plan_basis and current.figure.pct_of_plan == value \
                and current.figure.pct_of_plan_alt is None:
            current.figure = replace(current.figure, pct_of_plan_alt=value, plan_basis_alt=joint)
        return plan_end
    aspect_named = ABOUT.match(after)
    if aspect_named is not None and current is not None and ends_with(RATIO, before) is not None \
            and SAME_PERIOD.match(after, aspect_named.end()) is not None \
            and (phrase_key(aspect_named["what"]) in MONEY_ASPECTS) == (current.unit_family == "money"):
        # "đạt 50 triệu USD, bằng 16,8% về số vốn so cùng kỳ": the ratio to last year of the aspect the amount is (B104)
        after, end = after[aspect_named.end():], end + aspect_named.end()
    same_period = SAME_PERIOD.match(after)
    other_period = OTHER_PERIOD.match(after)
    if same_period and other_period and same_period.end() > other_period.end():
        other_period = None  # "so với tháng cùng kỳ" is the same month a year before, not "so với tháng" (before)
    base_at = 0  # where the base of a change is named in ``after``
    if same_period is None and other_period is None and (aside := PAREN_ASIDE.match(after)) is not None \
            and SAME_PERIOD.match(after, aside.end()) is None:
        # "tăng 1,7% (94,826 tỷ đồng) so với ngày 10/8/2023": the base named past the change's size in parentheses
        other_period = OTHER_PERIOD.match(after, aside.end())
        base_at = aside.end() if other_period is not None else 0
    dated = DATED_PERIOD.match(after)
    base = _dated_base(body[:end], dated, _SAME_PERIOD_NEXT.search(after, dated.end(), dated.end() + 60) is not None)\
        if dated is not None else None
    if base == "same":
        same_period, other_period = dated, None  # "tăng 35,9% so với tháng 2/2024" in February 2025
    elif (last_year := SAME_PERIOD_LAST_YEAR.match(after)) is not None:
        base = _month_last_year(body[:end], last_year)  # "so với tháng 12 năm trước" alone: since the year's start
        if base == "same":
            same_period, other_period = last_year, None  # "tăng 5,4% so với tháng 9 năm trước"
    if other_period is not None and (year_end := _YEAR_END_BASE.match(after)) is not None \
            and re.search(rf"(?<!\w)(?:(?:cuối|hết)\s+năm\s+|(?:ngày\s+)?31\s*(?:[/.-]\s*12\s*[/.-]|\s+tháng\s+12\s+năm)\s*)"
                          rf"{int(year_end['year']) + 1}(?!\d)", before):
        # "Đến cuối năm 2022, toàn tỉnh còn 9.400 hộ nghèo, giảm 3,1% so với cuối năm 2021": a year's end against the
        # one before, a change on last year, not since the start of the year (B40)
        same_period, other_period = year_end, None
    change_match = ends_with(CHANGE, before)
    if _structure_change_of_share(reader, before, value):
        return end  # "chiếm 97,5% tổng diện tích lúa, tăng cơ cấu 0,6%": the share's change, in points
    if change_match is None and current is None:
        # "giảm lần lượt là 2,47% và 7,98%" with no amounts waiting: each rate of the list has the verb's sign
        change_match = _RESPECTIVE_RATES.search(before[-120:]) or _RESPECTIVE_RATES_VERB_LAST.search(before[-120:])
    if change_match is None and same_period and current is not None and current.figure.kind == "amount":
        # "đạt 569,93 triệu USD, vượt 7% so với cùng kỳ": beyond last year's level, a rise on it
        change_match = _EXCEEDS.search(before[-12:])
    if change_match is None and BOUND_AFTER.match(after):
        change_match = ends_with(CHANGE_AT_LEAST, before)  # "giảm từ 3% trở lên"
    if change_match is None and (same_period or other_period or dated or current is None):
        # "tăng 5,49% so với tháng trước và 23,38% cùng kỳ năm trước": the second rate's verb is the first one's; so
        # with no amount waiting and no base: "giảm được 2,95% hộ nghèo và 4,3% tỷ lệ nghèo đa chiều" (R93: B98)
        change_match = _CARRIED_CHANGE.search(before[-90:])
    sign = _sign(change_match) if change_match else 1.0
    ratio = ends_with(RATIO, before)
    if ratio is None and same_period:
        # "bằng 85,6% dự toán và 94,8% cùng kỳ": the second ratio's verb is the first one's (the plan may name its year:
        # "bằng 40,6% kế hoạch năm 2023 và 131,6% so với cùng kỳ", B99)
        ratio = _CARRIED_RATIO.search(before[-90:])
    signed = _SIGNED_AFTER_AMOUNT.search(before[-60:])
    if signed and current is not None and current.figure.kind == "amount" and current.figure.yoy_change_pct is None:
        # "huyện A giảm 510 ha (-36,2%)", "năng suất 48,2 tạ/ha, tăng 0,3 tạ/ha (+0,6%)": a signed percentage in
        # parentheses right after an amount or its change is the change in percent, signed as printed (R72: B43)
        sign_of = -1.0 if signed["sign"] in "-−" else 1.0
        current.figure = replace(current.figure, yoy_change_pct=sign_of * value, yoy_change_rounding=rounding)
        return end
    if ratio and current is not None and current.extras.get("fall") and current.figure.yoy_change_pct is None \
            and not same_period and value < FALL_RATIO_FLOOR:
        # "giảm 520 ha (bằng 1,8%)": the percentage is the size of the fall
        current.figure = replace(current.figure, yoy_change_pct=-value, yoy_change_rounding=rounding)
        return end
    if ratio and current is not None and current.extras.get("fall") is False and current.figure.yoy_change_pct is None \
            and ratio.group().split()[-1].lower() == "bằng" and not same_period and value < 100.0:
        # "191.940,8 tỷ đồng, tăng 1.337 tỷ đồng, bằng 0,7%": a rise's size, no ratio of the level (which a rise puts
        # above 100) (B69)
        current.figure = replace(current.figure, yoy_change_pct=value, yoy_change_rounding=rounding)
        return end
    if same_period is None and other_period is None and ratio \
            and (ratio.group().split()[-1].lower() == "bằng" or after.lstrip()[:3].lower() == "so ") \
            and current is not None and current.figure.kind == "amount" \
            and (year := _YEAR_ALONE.match(after)) is not None \
            and _latest_year_named(reader, quantity.start) == int(year.group()[-4:]) + 1:
        # "năm 2024 sản lượng vải đạt khoảng 22.000 tấn, chỉ bằng 50% năm 2023": the year before, "so với" unsaid (B55);
        # "đạt 94,13% so năm 2021" in a report on 2022 likewise (B92)
        same_period = year
    change: float | None
    if ratio and same_period and value < 100.0 and _GROWTH_RATE_NAMED.search(before, clause_start(body, quantity.start)):
        # "tốc độ tăng giá trị sản xuất nông nghiệp đạt 3,12% so với năm 2022": the growth itself, not a ratio
        change, change_rounding = value, rounding
    elif ratio and same_period:
        change, change_rounding = round(value - 100.0, 9), rounding
    elif ratio and other_period and (previous := PREVIOUS_PERIOD.match(after, base_at)) is not None \
            and "thường" not in previous.group().lower():
        # "Chỉ số sản xuất tháng 4 bằng 99,06% so với tháng trước": the ratio to the month before, a change (-0,94%)
        # as when the base is named first (``RATIO_ON_PREVIOUS``), B67; "bằng 52% so với ngày thường" stays a share
        change, change_rounding = round(value - 100.0, 9), rounding
    elif ratio and ratio.group().split()[-1].lower() == "bằng" and current is not None \
            and current.figure.kind == "amount" and not other_period \
            and (RATIO_ENDS.match(after) or RATIO_GIVES_WAY.match(after)):
        carried = plan_of_ratio_told_before(reader, quantity.start)
        if carried is not None and current.figure.pct_of_plan is None:
            # "Xã A giải ngân 84 tỷ đồng, bằng 91% kế hoạch năm. Tiếp theo là xã B ... 47 tỷ đồng, bằng 62%":
            # the base the list's ratio named last, a plan
            return give_pct_of_plan(reader, quantity, value, current, carried, end)
        # "420 ha khoai lang, bằng 87,5%;": an amount's ratio to last year, its base left unsaid
        change, change_rounding = round(value - 100.0, 9), rounding
    elif change_match:
        change, change_rounding = sign * value, rounding
    elif current is not None and current.figure.kind == "amount" and same_period \
            and (gap := GAP.search(before[-20:])) is not None:
        # "đạt trên 183.000 tấn, ... và cao hơn 17,8% so với cùng kỳ": the amount's change on last year
        change, change_rounding = (1.0 if "cao" in gap.group().lower() else -1.0) * value, rounding
    elif current is not None and current.figure.kind == "amount" and not other_period \
            and (gap_before := _GAP_ON_LAST_YEAR.search(before[-80:])) is not None:
        # "đạt 5.000 tỷ đồng, cao hơn cùng kỳ 12%": the base named before the rate
        change, change_rounding = _gap_sign(gap_before) * value, rounding
    elif current is not None and current.figure.kind == "amount" and ends_with(SIGNED, before):
        # "- Thu ngân sách: 4.856 tỷ đồng, + 10,70%": a list's signed change
        change, change_rounding = value, rounding
    else:
        change = None
    if change_match and _share_change_in_parentheses(reader, clause, change_match.start(), sign * value):
        return end  # "chiếm 21,13% (giảm 4,48%)": the share's change, in points
    if change_match and (current is None or _rate_named_after(reader, current, clause)) \
            and _rate_change(reader, clause, change_match.start(), sign * value, after):
        return end + (same_period.end() if same_period else other_period.end() if other_period else 0)
    if change_match and current is None and "/" not in body[quantity.start:end] \
            and not _AVERAGE.search(change_match.group()) \
            and _level_change_after_comma(reader, clause, change_match.start(), sign * value, same_period is not None):
        # (not a yearly average, "đạt 12,4%, giảm bình quân 2,5%/năm": a rate of its own)
        return end  # "công suất phòng đạt gần 63%, tăng 0,32%": the level's change, in points
    if change is not None and current is not None and current.figure.kind == "amount" \
            and _names_an_index(reader, current, quantity.start):
        return Standalone("growth", change, None)  # "..., chỉ số sản xuất công nghiệp ước tăng 10,5%"
    if change_match and current is not None and current.figure.kind == "amount" \
            and _other_aspect(reader, current, change_match.start()):
        # "cấp mới cho 48 dự án, tổng số vốn đầu tư tăng 72%": the change of the money the sentence does not state,
        # not of the count before it (and "số lượng dự án tăng 19%" after a money amount, likewise); the relations
        # after it are still the amount's ("..., tổng mức đầu tư tăng 3,33 lần")
        return Standalone("growth", change if change is not None else sign * value, None, unnamed=True)
    if change_match and current is not None and current.figure.kind == "amount" \
            and RATE_SUBJECT.search(body, current.figure.char_end - reader.base, change_match.start()):
        # "... tổng kinh phí trên 400 tỷ đồng, tỷ lệ hộ nghèo giảm 7,28%": a rate named as the subject of its own
        # clause changes, not the amount before it
        return Standalone("growth", change if change is not None else sign * value, None)
    if change is not None and current is not None and current.figure.kind == "amount":
        if quantity.high is not None and change_match:
            # "đàn lợn có khoảng 26,8 triệu con, ..., đàn gia cầm ước tăng 6 - 7%": a range of rates is no one
            # amount's change on last year, but a growth figure of its own
            return Standalone("growth", change, None)
        if current.figure.unit == "group" and (
                _GROUP_NAMED.search(body, current.figure.char_end - reader.base, quantity.start)
                or _ITEM_NAMED_AFTER_A_COMMA.search(body, current.figure.char_end - reader.base, quantity.start)):
            # "có 06 nhóm tăng là nhóm hàng ăn ... tăng 0,38%", "có 3/11 nhóm hàng giảm, giảm mạnh nhất ở nhóm hàng ăn
            # ... với mức giảm 1,15%", "có 3 nhóm hàng hóa giảm giá, giao thông giảm 2,15%" (B41): the count of groups that
            # moved; the rate is the group named after it
            return Standalone("growth", change, None, unnamed=True)
        if other_period and PREVIOUS_PERIOD.match(after, base_at) and base != "start" \
                or change_match and _previous_period_first(before) and not (same_period or other_period or dated):
            # "tăng 1,2% so với tháng trước", "so với tháng trước giảm 11,23%": a growth figure of its own, not a
            # change on last year
            return Standalone("growth", change, None, unnamed=True)
        if not same_period and not other_period and dated is None and change_match \
                and _PAIR_WITH_NO_BASES.match(after) and _PAIR_OF_BASES_BEFORE.search(before):
            # "tăng 0,6% so với tháng trước và tăng 22,3% so với cùng kỳ năm trước; ... luân chuyển ước đạt 798 triệu
            # lượt người/km, tăng 0,7% và tăng 32,4%": a later pair with no bases keeps the first pair's, the first rate
            # on the period before (a figure of its own), the second on last year (B87)
            return Standalone("growth", change, None, unnamed=True)
        if not same_period and not other_period and dated is None and change_match \
                and not SAME_PERIOD_FIRST.search(before[-40:]) and _total_compares_previous_first(reader, current):
            # "569 tỷ đồng, giảm 1,4% so với tháng trước và tăng 5,7% so với cùng kỳ. Trong đó, ... 112 tỷ đồng, giảm
            # 0,6%": a part's change with no base of its own is said against the base its total named first
            return Standalone("growth", change, None, unnamed=True)
        if not same_period and not other_period and dated is None and change_match \
                and _earlier_items_compare_previous_only(before):
            # "nhóm hàng may mặc đạt 812 tỷ đồng, tăng 6,4% so với tháng trước; nhóm đồ gỗ đạt 402 tỷ đồng, tăng
            # 11,2%": an item's change with no base follows the base the list's items before it named (B40)
            return Standalone("growth", change, None, unnamed=True)
        if other_period:
            return end + other_period.end()  # "tăng 5,6% so với đầu năm": not a change on last year
        if not same_period and dated is None and change_match and _next_base_is_the_years_start(reader.body, end):
            # "dư nợ cho vay VNĐ 106.300 tỉ đồng, tăng 8,26%; dư nợ cho vay ngoại tệ 6.200 tỉ đồng, tăng 11,21% so với
            # tháng 12-2020": the list's one base, named at its end, is the start of the year (B69)
            return end
        if YEARLY.match(after):
            # "tăng hơn 24% mỗi năm": an average rate over years, its own figure
            return Standalone("growth", change, None, unnamed=True)
        if change_match and _rate_of_a_fraction_between(reader, current, quantity.start):
            # "17.800/18.600 hộ đạt danh hiệu gia đình văn hóa (96%), tăng 1,3% so với năm 2022": the rate's change, in
            # points, no change of the count (B69)
            return end + (same_period.end() if same_period else 0)
        if current.figure.yoy_change_pct is None:
            current.figure = replace(current.figure, yoy_change_pct=change, yoy_change_rounding=change_rounding)
        elif change_match and _OWN_SUBJECT_IN_PARENTHESES.search(before, 0, change_match.start()):
            # "tăng 12,96% (công nghiệp giảm 4,26%)", "tăng 10,55% (6 tháng tăng 11,29%, quý III tăng 9,09%)": the
            # rate of a part or another period named inside the parentheses, a growth figure of its own
            return Standalone("growth", change, None, unnamed=True)
        elif change_match and _part_named_before_its_rate(body, current.figure.char_end - reader.base,
                                                          change_match.start()):
            # "đạt 105.954 tỷ đồng, tăng 14,01% so với cùng kỳ, trong đó công nghiệp tăng 22,28%, nông nghiệp tăng
            # 2,27%": the rates of parts named after "trong đó", each a growth figure of its own (B80)
            return Standalone("growth", change, None, unnamed=True)
        return end + (same_period.end() if same_period else 0)
    if change is not None:
        return Standalone("growth", change, None, against_base=bool(same_period))
    if ratio and ratio.group().split()[-1].lower() == "đạt" and current is not None \
            and current.figure.kind == "amount" and (RATIO_ENDS.match(after) or _NEXT_ITEM.match(after)) \
            and current.figure.pct_of_plan is None \
            and NOUN_BETWEEN.fullmatch(body, current.figure.char_end - reader.base, ratio.start()):
        # "trồng mới rừng được trên 4.458 ha; đạt 28,8%.": the plan left unsaid; also with the noun going on and the
        # list going on after it ("cấp mới 1.323 giấy chứng nhận quyền sử dụng đất, đạt trên 98%; ...", B59), but
        # not "94.044/99.069 hộ, đạt 94,9%", the fraction told again
        if _FRACTION_TEXT.search(current.figure.raw_text) is None:
            return give_pct_of_plan(reader, quantity, value, current, "plan", end)
        if _fraction_told_again(current.figure.raw_text, value, rounding):
            return end  # (a fraction whose percentage does not agree is read below, R69)
    bare = _bare_ratio(reader, quantity, before, current, ratio)
    if bare is not None:
        return bare
    listed = _ratio_as_the_first_item(reader, quantity, current, ratio)
    if listed is not None:
        return listed
    listed_plan = plan_of_list(reader.body, quantity.start)
    if listed_plan is not None:
        # "Kết quả thực hiện so với kế hoạch năm 2023: thu ngân sách 112,5%; kim ngạch xuất khẩu 104,3%": each item of
        # a list whose lead compares with the plan is a percentage of that plan, above 100 as often as not
        list_basis, lead_exceeds = listed_plan
        if (exceeds and value < 100.0) or (lead_exceeds and value < _MARGIN_CEILING):
            # "Nhiều địa phương vượt kế hoạch gieo cấy là: Gia Lộc vượt 4%, TP Hải Dương 3%, ...": each passes the plan
            # by so much, 104% and 103% of it (B106); under a lead that passes the plan a share below half of it can
            # only be such a margin, while "giày da 98,5%" is a share that fell short
            return Standalone("share", round(100.0 + value, 9), list_basis, against_base=True, printed=value)
        return Standalone("share", value, list_basis)
    if ratio and value > 100.0:
        # "tốc độ phát triển GRDP đạt 108,84%": a ratio to last year, not a share above the whole
        return Standalone("growth", round(value - 100.0, 9), None)
    cause = _CAUSE_CHANGE.search(before[-80:])
    if cause is not None:
        # "giảm 9,71% (do giảm diện tích trồng mì 10,4%)": the cause, a change of what it names
        return Standalone("growth", _sign(cause) * value, None, unnamed=True)
    if ratio and ratio.group().split()[-1].lower() == "đạt" and current is None:
        basis = plan_of_parts(reader, quantity.start)
        if basis is not None:
            # "Thu ngân sách ... được 71,4% dự toán, trong đó các khoản thu nội địa đạt 69,8%, thu hải quan đạt
            # 80,2%": the parts' shares of their plan, as their total's
            return Standalone("share", value, basis)
    if current is None and _DISBURSED_SHARE.search(before[-40:]):
        # "Trà Vinh, Vĩnh Long, ... giải ngân trên 5%, riêng TP. Hồ Chí Minh ... chỉ đạt 0,89%": a rate of disbursement
        # is the share of its capital plan disbursed (B72)
        return Standalone("share", value, "plan")
    return Standalone("share", value, None)


# The rate of disbursement, the plan left unsaid: "giải ngân trên 5%", "giải ngân rất thấp, chỉ đạt 0,89%".
# (not "tỷ lệ giải ngân đạt 97%", a bank's rate named as such, B71)
_DISBURSED_SHARE = re.compile(r"(?<!\w)(?<!lệ\s)giải\s+ngân(?:\s+[^\W\d]+){0,3}?(?:\s*,)?(?:\s+(?:chỉ\s+)?(?:đạt|được))?"
                              r"(?:\s+(?:trên|gần|hơn|khoảng|dưới))?\s*$", re.I)


def _previous_period_first(before: str) -> bool:
    """Whether the change verb ending ``before`` follows a base of the period before that is its own ("đạt 820 tỷ
    đồng, so với tháng trước giảm"), not the base closing a rate told before it ("tăng 1,2% so với tháng
    trước, tăng")."""
    first = PREVIOUS_PERIOD_FIRST.search(before[-60:])
    return first is not None and not _RATE_ENDS.search(before[-60:], 0, first.start())


_RATE_ENDS = re.compile(r"\d\s*%?\s*$")


# An open parenthesis, then a word naming what changes, before the change verb: "(công nghiệp giảm", "(6 tháng tăng".
_OWN_SUBJECT_IN_PARENTHESES = re.compile(r"\(\s*(?:\d+\s+)?[^\W\d_][^()]*?\s$")


# The level a rate is left at after its fall, later in its sentence with no number between: "..., hiện còn 15,6%".
# (also after its base year, "giảm 3,83% so với năm 2021 xuống còn 17,83%", B73)
_LEVEL_LEFT = re.compile(r"(?:[^\d;.%()]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}?(?:,\s*(?:hiện\s+|nay\s+|chỉ\s+)?còn|\s+xuống\s+còn)"
                         r"\s+(?P<to>\d+(?:,\d+)?)\s*%", re.I)
# A rate named as the subject before its change verb: "Tỷ lệ hộ nghèo tại địa bàn huyện giảm".
_RATE_SUBJECT_BEFORE = re.compile(r"(?<!\w)tỷ\s+lệ(?!\w)[^\d;.%]{0,60}$", re.I)


def _change_in_points(reader: SentenceReader, quantity: Quantity, before: str, clause: int) -> bool:
    """"tỷ lệ hộ nghèo giảm 20,65%, từ 32,21% ... xuống còn 11,56%": a change whose levels follow and differ by it
    is the later level's change in points (its ``change_abs``), no figure of its own."""
    change = ends_with(CHANGE, before)
    levels = FROM_TO_LEVELS.match(reader.body, quantity.end) if change else None
    if levels is None:
        left = _LEVEL_LEFT.match(reader.body, quantity.end) if change and change["dir"].lower() == "giảm" else None
        if left is None or not _RATE_SUBJECT_BEFORE.search(before[-80:]):
            return False
        # "Tỷ lệ hộ nghèo ... giảm 2,6% so với năm ngoái, hiện còn 15,6%": a rate's fall, then the level it is left at
        # (B53): the level's change in points, as "giảm 4,56 điểm phần trăm, còn 22,98%" is
        reader.points = (clause, -quantity.value, left.start("to"))
        return True
    (start, _), (end, _) = parse_number(levels["from"]), parse_number(levels["to"])
    # the printed difference itself, not just one the roundings allow: "tăng 2%, từ 50% lên 51%" is relative
    if abs(abs(start - end) - quantity.value) > 1e-6:
        return False
    sign = -1.0 if end < start else 1.0
    reader.points = (clause, sign * quantity.value, levels.start("to"))
    return True


# The same period a year before, named as the next change's base: "tăng 15,87% so với tháng 3/2024, tăng 60,11% so
# với cùng kỳ năm 2023" (B49)
_SAME_PERIOD_NEXT = re.compile(r"(?<!\w)(?:cùng\s+k[ỳì]|so\s+với\s+năm\s+trước)(?!\w)", re.I)


def _dated_base(before: str, dated: re.Match[str], same_period_next: bool = False) -> str:
    """What a base such as "tháng 2/2024" or "quý I/2021" is: "same", the same month or quarter a year before the
    one the sentence is about (the sentence names that month or quarter, of the next year or of no year, or none
    of its kind, unless the next change is said against the same period a year before: ``same_period_next``);
    "start", the start of the year after it ("so với tháng 12/2023" named alone: since then); or "before", another
    period ("tháng 10 ... so với tháng 9/2024": the month before)."""
    what, number, year = dated["what"].lower(), dated["n"].upper(), int(dated["year"])
    named = [m for m in NAMED_PERIOD.finditer(before) if m["what"].lower() == what]
    same = [m for m in named if m["n"].upper() == number]
    if same:
        return "same" if any(m["year"] is None or int(m["year"]) == year + 1 for m in same) else "before"
    if named or same_period_next:
        return "before"
    return "start" if what == "tháng" and number == "12" else "same"


def _month_last_year(before: str, base: re.Match[str]) -> str:
    """What "so với tháng 8 năm trước" is, as ``_dated_base`` tells for a dated one: "same" where the sentence names
    that month (or no month, and it is not December), "start" for December named alone ("CPI tháng 9 tăng 3,2% so
    với tháng 12 năm trước": since the start of the year), "before" where it names another one ("quý I ... so với
    quý IV năm trước")."""
    what, number = base["what"].lower(), base["n"].upper()
    named = [m for m in NAMED_PERIOD.finditer(before) if m["what"].lower() == what]
    if any(m["n"].upper() == number for m in named):
        return "same"
    if named:
        return "before"
    return "start" if what == "tháng" and number == "12" else "same"


def _rate_of_clause(reader: SentenceReader, clause: int, at: int) -> Draft | None:
    """The last share of the clause, with no plan yet and no amount after it ("tỷ lệ giảm nghèo đạt 20,58%, giảm
    bình quân 4,12%/năm, đạt 137,3% so với chỉ tiêu"): what a percentage of plan at ``at`` with no amount before it is
    said of; also a growth rate told right before it ("Giá trị công nghiệp tăng 24,5%, đạt 102,05% so với Nghị quyết",
    B69)."""
    for draft in reversed(reader.drafts):
        if draft.clause != clause or draft.figure.kind == "amount":
            return None
        if draft.figure.kind == "share" or _rate_of_a_fall(reader, draft) \
                or draft.figure.kind == "growth" and draft.figure.yoy_change_pct is None \
                and not _PER_YEAR.search(draft.figure.raw_text) \
                and _PLAN_RIGHT_AFTER_RATE.fullmatch(reader.body, draft.figure.char_end - reader.base, at):
            # (not a yearly average, "giảm bình quân 2,5%/năm, đạt 124% so với chỉ tiêu": the plan of the rate before)
            # (a fall's rate too: "tỷ lệ giảm hộ nghèo đạt 3,2% (đạt 106% kế hoạch)", R68)
            return draft if draft.figure.pct_of_plan is None else None
    return None


# The standard a percentage is measured against: "đạt 259% so với tiêu chuẩn", "chỉ đạt 83,8% tiêu chuẩn"
_AGAINST_A_STANDARD = re.compile(r"\s*(?:so\s+(?:với\s+)?)?tiêu\s+chuẩn(?!\w)", re.I)
# An amount's span holding its plan after a slash ("92.127,7 ha/KH 89.000 ha", ``figures._done_over_its_plan``)
_TOLD_OVER_ITS_PLAN = re.compile(r"/\s*(?:KH|kế\s+hoạch)\s", re.I)
# A percentage of plan told right after a rate: "tăng 24,5%, đạt 102,05% ...", also past the rate's base: "tăng 7,02%
# so với năm 2019, bằng 97,4% kế hoạch" (B91)
# ... or passing it: "mức tăng trưởng ... đạt 9,63% so với năm 2024, vượt 1,13% so với chỉ tiêu" (B93)
_PLAN_RIGHT_AFTER_RATE = re.compile(r"\s*(?:so\s+(?:với\s+)?[^\W\d][^,;%\d]{0,25}?(?:\s(?:19|20)\d\d)?)?\s*,\s*(?:đạt|bằng|vượt)\s+",
                                    re.I)


def _rate_of_a_fall(reader: SentenceReader, draft: Draft) -> bool:
    """Whether a growth figure is a fall's rate named by a fall's words right before it ("tỷ lệ giảm hộ nghèo là
    3,2%"), not a change told of the rate before it ("giảm bình quân 2,5%/năm")."""
    figure = draft.figure
    if figure.kind != "growth" or figure.value >= 0:
        return False
    start = figure.char_start - reader.base
    words = re.split(r"[;,]|\d", reader.body[max(0, start - 80):start])[-1]
    return FALL_WORDS.search(words) is not None


# A pair of rates whose bases are named, the period before first: "tăng 0,6% so với tháng trước và tăng 22,3% so với cùng
# kỳ năm trước" (also "so với quý trước"); then, right after a rate, the second rate of a pair with no base.
_PAIR_OF_BASES_BEFORE = re.compile(r"(?<!\w)so\s+(?:với\s+)?(?:tháng|quý|kỳ)\s+trước\s+và\s+(?:tăng|giảm)\s+\d[\d.,]*\s*%\s*"
                                   r"so\s+(?:với\s+)?cùng\s+k[ỳì]", re.I)
_PAIR_WITH_NO_BASES = re.compile(r"\s+và\s+(?:tăng|giảm)\s+\d[\d.,]*\s*%(?!\s*so(?!\w))", re.I)


def _total_compares_previous_first(reader: SentenceReader, part: Draft) -> bool:
    """Whether the total ``part`` belongs to was compared first with the period before ("569 tỷ đồng, giảm 1,4% so
    với tháng trước và tăng 5,7% so với cùng kỳ"): its parts' changes stated with no base follow that one."""
    index = part.figure.component_of
    if index is None:
        return False
    total: Figure | None = None
    if index >= reader.offset and index - reader.offset < len(reader.drafts):
        total = reader.drafts[index - reader.offset].figure
    elif reader.carried_total is not None and 0 <= index - reader.carried_total[0] < len(reader.carried_total[1]):
        total = reader.carried_total[1][index - reader.carried_total[0]]
    if total is None:
        return False
    rest = total.sentence[total.char_end - total.sentence_start:]
    previous = PREVIOUS_PERIOD_NAMED.search(rest)
    same = _SAME_BASE.search(rest)
    return previous is not None and (same is None or previous.start() < same.start())


_YEAR_END_BASE = re.compile(r"\s*so\s+(?:với\s+)?(?:thời\s+điểm\s+)?(?:cuối|hết)\s+năm\s+(?P<year>(?:19|20)\d\d)(?!\d)", re.I)


def _next_base_is_the_years_start(body: str, at: int) -> bool:
    """Whether the first base of a comparison named after ``at`` in its sentence is the start of the year ("so với đầu
    năm", "so với tháng 12-2020" or "so với tháng 12 năm trước" named alone)."""
    sentence_end = re.search(r"\.(?!\d)|\n", body[at:])
    rest = body[at:at + sentence_end.start()] if sentence_end else body[at:]
    base = re.search(r"(?<!\w)so(?:\s+với)?\s", rest)
    if base is None:
        return False
    at_base = at + base.start() - 1
    # (a month named with its year first: "so với tháng" alone is the month before)
    if (dated := DATED_PERIOD.match(body, at_base)) is not None:
        return _dated_base(body[:at_base], dated) == "start"
    if (last_year := SAME_PERIOD_LAST_YEAR.match(body, at_base)) is not None:
        return _month_last_year(body[:at_base], last_year) == "start"
    if SAME_PERIOD.match(body, at_base) or PREVIOUS_PERIOD.match(body, at_base):
        return False
    return OTHER_PERIOD.match(body, at_base) is not None


def _earlier_items_compare_previous_only(before: str) -> bool:
    """Whether the items of a list before the last ";" of ``before`` compare with the period before ("so với tháng
    trước") and never with the same period a year before."""
    items_before, _, item = before.rpartition(";")
    if item.rfind("(") > item.rfind(")"):
        return False  # "(8 tháng ước đạt ..., tăng 0,8%)": an aside in parentheses, another period's own change (B41)
    return PREVIOUS_PERIOD_NAMED.search(items_before) is not None and _SAME_BASE.search(items_before) is None \
        and _YEAR_BEFORE_NAMED.search(items_before) is None


_YEAR_BEFORE_NAMED = re.compile(r"(?<!\w)(?:năm\s+(?:trước|ngoái)|(?:19|20)\d\d)(?!\w)", re.I)


def _share_change_in_parentheses(reader: SentenceReader, clause: int, verb_at: int, change: float) -> bool:
    """"tỷ trọng ... chiếm 21,13% (giảm 4,48%)": a change in parentheses right after a share is the share's
    change (its ``change_abs``, in points), no figure of its own."""
    share = _unchanged_share(reader, clause)
    between = reader.body[share.char_end - reader.base:verb_at] if share is not None else ""
    if share is None or not SHARE_CHANGE_OPENS.fullmatch(between) \
            or share.pct_of_plan is not None and between.strip() != "(":
        return False  # "đạt 50% kế hoạch (tăng 12,8% ...)": a share of the plan; the change is the amount's
    reader.drafts[-1].figure = replace(share, change_abs=change)
    return True


# A change the text says is of the structure, right before its size: "tăng cơ cấu 0,6%", "giảm tỷ trọng 1,2%" (B73).
_STRUCTURE_CHANGE = re.compile(rf"(?<!\w)(?P<dir>tăng|giảm)\s+(?:{STRUCTURE_WORDS})\s*$", re.I)


# The words opening a breakdown of the amount before them ("trong đó công nghiệp tăng ...", "..., trong đó ...").
_MARKER_WORDS = r"trong\s+đó|bao\s+gồm|gồm"
# A breakdown's marker, and an item of its list named in words right before its change verb ("trong đó công nghiệp
# tăng", "..., nông nghiệp tăng").
_BREAKDOWN_MARKER = re.compile(rf"(?<!\w)(?:{_MARKER_WORDS})(?!\w)", re.I)
_ITEM_NAMED = re.compile(rf"(?:^|[,;:]|(?<=\s)và|(?<!\w)(?:{_MARKER_WORDS}))\s*:?\s*[^\W\d][^\d%;(),:]{{0,50}}$", re.I)


def _part_named_before_its_rate(body: str, amount_end: int, verb_at: int) -> bool:
    """Whether, after the amount ending at ``amount_end``, a breakdown's marker opens a list whose item named right
    before ``verb_at`` takes that change: a part's rate, not the amount's."""
    marker = _BREAKDOWN_MARKER.search(body, amount_end, verb_at)
    return marker is not None and _ITEM_NAMED.search(body, marker.start(), verb_at) is not None


def _structure_change_of_share(reader: SentenceReader, before: str, value: float) -> bool:
    """A change of the structure (``_STRUCTURE_CHANGE``) told in the clause after a share of this sentence with no
    change yet, no number between: the share's change (its ``change_abs``, in points), no figure of its own."""
    told = _STRUCTURE_CHANGE.search(before[-30:])
    if told is None or not reader.drafts:
        return False
    share = reader.drafts[-1].figure
    if share.kind != "share" or share.change_abs is not None or share.sentence_start != reader.base:
        return False
    between = before[share.char_end - reader.base:len(before) - len(told.group())]
    if re.search(r"[\d;.]", between) or "," not in between:
        return False
    reader.drafts[-1].figure = replace(share, change_abs=_sign(told) * value)
    return True


def _level_change_after_comma(reader: SentenceReader, clause: int, verb_at: int, change: float,
                              on_last_year: bool = False) -> bool:
    """"công suất sử dụng phòng đạt gần 63%, tăng 0,32%": with no amount the change could belong to, one after a
    comma right after a rate level that no "chiếm" introduced is the level's change (in points), no figure of its
    own ("chiếm 72%, tăng 15%" may be the growth of the part's unstated amount)."""
    share = _unchanged_share(reader, clause)
    if share is None:
        return False
    gap = reader.body[share.char_end - reader.base:verb_at]
    if not _COMMA.fullmatch(gap) and not (gap.isspace() and STRUCTURE.search(reader.body, 0, share.char_start - reader.base)):
        return False  # (in a structure's list the change may follow its share with no comma: "A đạt 17,8% giảm 1,4%")
    if _SHARE_VERB.search(reader.body, clause_start(reader.body, share.char_start - reader.base),
                          share.char_start - reader.base) \
            and not STRUCTURE.search(reader.body, 0, share.char_start - reader.base):
        # (a sentence on the economy's structure, "Cơ cấu kinh tế ...: khu vực A chiếm 20,95%, giảm 0,99%": the
        # shares' changes, in points)
        return False
    if on_last_year and share.indicator in _RATES_CHANGED_IN_PERCENT:
        # "Công suất phòng ước đạt khoảng 95%, tăng 26,7% so với cùng kỳ năm 2024 (năm 2024 là 75%)": a room
        # occupancy's change on last year is told in percent of last year's rate, as its numbers show (B79) and as the
        # blind labels of five texts have it
        reader.drafts[-1].figure = replace(share, yoy_change_pct=change)
        return True
    reader.drafts[-1].figure = replace(share, change_abs=change)
    return True


# Rates whose change on last year reports tell in percent of last year's rate, not in points.
_RATES_CHANGED_IN_PERCENT = frozenset({"room_occupancy"})


def _unchanged_share(reader: SentenceReader, clause: int) -> Figure | None:
    """The share just read in ``clause``, if no change of it was read yet."""
    drafts = reader.drafts
    if not drafts or drafts[-1].clause != clause or drafts[-1].figure.kind != "share" \
            or drafts[-1].figure.change_abs is not None:
        return None
    return drafts[-1].figure


def _other_aspect(reader: SentenceReader, current: Draft, verb_at: int) -> bool:
    """Whether the subject of a change, after a comma, names the other aspect than the amount before it measures:
    the money after a count, the quantity after a money amount."""
    subject = ASPECT_SUBJECT.search(reader.body, current.figure.char_end - reader.base, verb_at)
    if subject is None or not current.unit_family:  # the sentence before's amount ("Con số này ..."): its own name
        return False
    money = phrase_key(subject["what"]) in MONEY_ASPECTS
    return money != (current.unit_family == "money")


def _named_gap(reader: SentenceReader, before: str, clause: int, value: float) -> bool:
    """"tăng trưởng tín dụng ... đạt 10,73%, cao hơn so với cùng kỳ năm trước 0,51% và cao hơn tăng trưởng tín dụng
    toàn ngành là 1,06%": a gap whose base is named before it, right after a rate, is that rate's change in points
    when the base is the same period last year, else a gap to another group; no figure either way."""
    gap = NAMED_GAP.search(before[-90:])
    drafts = reader.drafts
    if gap is None or not drafts or drafts[-1].clause != clause or drafts[-1].figure.unit != "percent":
        return False
    rate = drafts[-1].figure
    year_before = gap["year"] is not None and gap["base"].strip().lower() == f"năm {gap['year']}" \
        and _latest_year_named(reader, len(before)) == int(gap["year"]) + 1
    if gap["year"] is not None and not year_before:
        return False  # ("cao hơn cùng kỳ năm 2022 là 30,2%" after a share and its amount: the amount's change)
    if (SAME_PERIOD.match(" " + gap["base"]) or year_before) and rate.change_abs is None:
        drafts[-1].figure = replace(rate, change_abs=(1.0 if gap["dir"].lower() == "cao" else -1.0) * value)
    return True


def _gap_of_levels(reader: SentenceReader, quantity: Quantity, before: str, clause: int) -> bool:
    """"giảm tỷ lệ hộ nghèo từ 58,2% năm 2006 xuống còn 27,9% năm 2021, tương đương mức giảm 30,3%": a percentage
    restating the printed difference of the two levels just read is the later level's change in points."""
    if len(reader.drafts) < 2 or LEVELS_GAP.search(before[-60:]) is None:
        return False
    start, later = reader.drafts[-2].figure, reader.drafts[-1].figure
    if reader.drafts[-1].clause != clause or start.unit != "percent" or later.unit != "percent" \
            or later.change_abs is not None or abs(abs(start.value - later.value) - quantity.value) > 1e-6:
        return False
    if not FROM_TO_WORDS.search(reader.body, start.char_end - reader.base, later.char_start - reader.base):
        return False
    reader.drafts[-1].figure = replace(later, change_abs=(-1.0 if later.value < start.value else 1.0) * quantity.value)
    return True


def _sizes_an_aside_change(reader: SentenceReader, at: int, after: str) -> bool:
    """Whether the percentage at ``at`` says how large a change on the start of the year just read is ("..., tăng 331
    tỷ đồng so với đầu năm, tỷ lệ tăng 10,3%", "tăng 225 tỷ đồng so với thời điểm 31/12/2019, đạt 92,3% kế hoạch tăng
    trưởng năm"): no other number and no clause end between them. Not the stock's plan, completed: "tăng 12 tỷ đồng so
    với đầu năm và hoàn thành 97% kế hoạch" (B87)."""
    if reader.aside_change_end < 0 or reader.aside_change_end > at:
        return False
    if _STOCK_PLAN_DONE.search(reader.body, max(0, at - 24), at) and (plan := PLAN_REST.match(after)) is not None \
            and "tăng" not in plan.group().lower():
        return False
    return ASIDE_SIZE.fullmatch(reader.body, reader.aside_change_end, at) is not None


_STOCK_PLAN_DONE = re.compile(r"(?<!\w)(?:và\s+)?hoàn\s+thành\s*$", re.I)


def _rate_change(reader: SentenceReader, clause: int, verb_at: int, change: float, after: str) -> bool:
    """"Tỷ lệ thất nghiệp khu vực thành thị là 3,74%, giảm 0,03% so với cùng kỳ", "tỷ lệ lao động qua đào tạo là 81%,
    đạt 100% so với kế hoạch (tăng 0,49% so với năm 2022)": a change on last year right after a rate (past its
    percentage of plan) is the rate's change in points (its ``change_abs``), no figure of its own; "chiếm 62,4%, giảm
    2,3% so với cuối năm 2020", a change on the start of the year after a share, is neither."""
    drafts = reader.drafts
    if not drafts or drafts[-1].clause != clause or drafts[-1].figure.change_abs is not None:
        return False
    rate = drafts[-1].figure
    # "tốc độ tăng trưởng ... đạt 7,58%, tăng 2,97% so với cùng kỳ": a growth rate told as a level, changed in points
    growth_level = rate.kind == "growth" and GROWTH_RATE_NAME.search(rate.indicator_text or "") is not None \
        and _LEVEL_VERB.search(reader.body, 0, rate.char_start - reader.base) is not None
    if rate.kind != "share" and not growth_level:
        return False
    if not RATE_CHANGE_OPENS.fullmatch(reader.body, rate.char_end - reader.base, verb_at):
        return False
    if OTHER_PERIOD.match(after) and not PREVIOUS_PERIOD.match(after):
        return rate.kind == "share"  # against the start of the year: no change on last year, no figure
    if not SAME_PERIOD.match(after) or not (growth_level or RATE_NAME.search(rate.indicator_text or "")):
        return False
    drafts[-1].figure = replace(rate, change_abs=change)
    return True


def _rate_named_after(reader: SentenceReader, current: Draft, clause: int) -> bool:
    """Whether a rate named "tỷ lệ" follows the amount in its clause ("Có 129.354 trẻ ăn bán trú, đạt tỷ lệ 97,17%,
    tăng 3,51% so với cùng kỳ"): the subject is now the rate, whose change the next one is ("chiếm 12,3% tổng mức
    bán lẻ, tăng 25,6%" leaves it with the amount)."""
    if not reader.drafts:
        return False  # (the sentence before's amount, "Con số này ...")
    rate = reader.drafts[-1]
    if rate is current or rate.clause != clause or rate.figure.kind != "share":
        return False
    words = reader.body[current.figure.char_end - reader.base:rate.figure.char_start - reader.base]
    return _RATE_NAMED.search(words) is not None


# the name of a growth rate as such ("Tốc độ tăng trưởng kinh tế", "tăng trưởng GRDP"), and the verb of a level
GROWTH_RATE_NAME = re.compile(r"(?<!\w)(?:tốc\s+độ|tăng\s+trưởng)(?!\w)", re.I)
_LEVEL_VERB = re.compile(r"(?<!\w)(?:đạt|là)\s*(?:mức\s+)?$", re.I)
# "..., đạt tỷ lệ ", ", tỷ lệ là ": the rate named right before its percentage
_RATE_NAMED = re.compile(r"(?<!\w)t[ỷỉ]\s+lệ(?:\s+(?:là|đạt))?\s*:?\s*$", re.I)
_COMMA = re.compile(r"\s*,\s*")
_SAME_BASE = re.compile(r"(?<!\w)(?:cùng\s+k[ỳì]|CK)(?!\w)")
# A cause in parentheses, its change verb before the words naming what changed: "(do giảm diện tích trồng mì "
_CAUSE_CHANGE = re.compile(r"\(\s*do\s+(?P<dir>tăng|giảm)\s+(?:[^\W\d_]+\s+){1,6}$", re.I)
# A change's size and its rate in parentheses after it: "tăng 6,3 ngàn tỷ đồng (gần 12%", or after ", tương đương":
# "tăng 15,54 nghìn người, tương đương 2,08% so với năm 2020" (B53)
_RATE_OF_SIZE = re.compile(r"(?<!\w)(?P<dir>tăng|giảm)(?:\s+(?:thêm|hơn|gần|khoảng))?\s+\d[\d.,]*\s*[^\W\d][^()%;,\d]{0,30}"
                           r"(?:\(|,\s*(?:tương\s+đương|tương\s+ứng)(?:\s+với)?(?:\s+(?:gần|khoảng|hơn))?)\s*$", re.I)
_AVERAGE = re.compile(r"bình\s+quân|trung\s+bình", re.I)
# A change rate and its base, then "và": the next rate shares that verb.
# ("vượt 0,2% kế hoạch và 2,5% so cùng kỳ": passing last year's level by the second rate, a rise on it, B46)
_CARRIED_CHANGE = re.compile(r"(?<!\w)(?P<dir>tăng|giảm|vượt)(?:\s+(?:thêm|mạnh|nhẹ|khoảng|gần|hơn|trên|tới|được))?\s+\d[\d.,]*\s*%"
                             r"\s+(?:so\s+(?:với\s+)?)?[^\W\d][^;.\d%()]{0,40}?\s+và\s*$", re.I)
# "giảm lần lượt (là) 2,47% và ": the verb of a list of rates read respectively, before the list's first rate or
# further rates; "lần lượt giảm 2,47% và ": the same with the verb after "lần lượt"
_RATE_ITEM = r"(?:(?:khoảng|gần|hơn|trên|dưới)\s+)?\d[\d.,]*\s*%"
_RESPECTIVE_RATES = re.compile(rf"(?<!\w)(?P<dir>tăng|giảm)\s+(?:lần\s+lượt|tương\s+ứng)(?:\s+là)?\s*:?\s*"
                               rf"(?:{_RATE_ITEM}\s*(?:,|và)\s*)*$", re.I)
_RESPECTIVE_RATES_VERB_LAST = re.compile(rf"(?<!\w)lần\s+lượt\s+(?P<dir>tăng|giảm)\s+"
                                         rf"(?:{_RATE_ITEM}\s*(?:,|và)\s*)+$", re.I)
_CARRIED_RATIO = re.compile(r"(?<!\w)(?:bằng|đạt)(?:\s+(?:khoảng|gần|hơn|trên))?\s+\d[\d.,]*\s*%"
                            r"\s+(?:so\s+(?:với\s+)?)?[^\W\d](?:[^;.\d%()]|(?:19|20)\d\d){0,40}?\s+và\s*$", re.I)
_PER_YEAR = re.compile(r"%\s*/\s*năm(?!\w)", re.I)
_GROUP_NAMED = re.compile(r"(?<!\w)nhóm(?!\w)", re.I)
# a comma, then words naming an item before the change verb: "..., giao thông giảm"
_ITEM_NAMED_AFTER_A_COMMA = re.compile(r",\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,5}\s+(?:tăng|giảm)\s*$", re.I)
_EXCEEDS = re.compile(r"(?<!\w)(?P<dir>vượt)\s+$", re.I)
_SHARE_VERB = re.compile(r"(?<!\w)chiếm(?!\w)", re.I)


def _names_an_index(reader: SentenceReader, current: Draft, at: int) -> bool:
    """Whether an index ("chỉ số ...", "IIP", "CPI") is named between the amount and the rate at ``at``."""
    return INDEX_NAME.search(reader.body, current.figure.char_end - reader.base, at) is not None


# "414 tỷ đồng, đạt 30,9%, giảm 40,7%", "cho 981 người lao động đi làm việc ở nước ngoài (đạt 57,71%)": a bare "đạt
# X%" right after an amount, or opening parentheses after its name, its base left unsaid, then the amount's change
# or the parentheses' end
_BARE_RATIO_BEFORE = re.compile(r"\s*,?\s*|[^\d,;:.()%]{0,80}\(\s*")
# ... or its parts: "đào tạo nghề cho 9.203 người, đạt 108,27%, trong đó ..." (B78)
# ("đạt 77,1% và giảm 16,9%": the change joined by "và", B96)
_BARE_RATIO_AFTER = re.compile(rf"\s*(?:(?:,|\s+và)\s*(?P<change>tăng|giảm)(?!\w)|(?P<closed>\))"
                               rf"|,\s*(?P<parts>{_MARKER_WORDS})(?!\w))", re.I)


def _bare_ratio(reader: SentenceReader, quantity: Quantity, before: str, current: Draft | None,
                ratio: re.Match[str] | None) -> int | None:
    """"Chi đầu tư phát triển 414 tỷ đồng, đạt 30,9%, giảm 40,7%", "tuyển sinh cho 29.802 người (đạt 86,38%)": a bare
    "đạt X%" after an amount, followed by the amount's change or closing the parentheses it opened: below 100, its
    percentage of the plan the sentence or the one before named last (its total's "đạt 26,1% dự toán"), if one
    did; above it, in parentheses ("318.000 lượt (đạt 150%)"), its ratio to last year (+50%), as a bare ratio above
    100 is read alone. Returns where its words end, or None if it is none of these."""
    if ratio is None or ratio.group().split()[-1].lower() != "đạt" or current is None \
            or current.figure.kind != "amount":
        return None
    body = reader.body
    opened = _BARE_RATIO_BEFORE.fullmatch(body, current.figure.char_end - reader.base, ratio.start())
    after = _BARE_RATIO_AFTER.match(body, quantity.end)
    if opened is None or after is None or ("(" in opened.group()) != bool(after["closed"]):
        return None
    value = quantity.value
    if _fraction_told_again(current.figure.raw_text, value, quantity.rounding):
        return quantity.end  # "94.044/99.069 hộ, đạt 94,9%": the fraction told again, no plan's percentage (B59)
    basis = plan_named_last(reader)
    if after["parts"] and current.figure.pct_of_plan is None:
        # (before the amount's parts, above 100 or below: its share of the plan, as the blind labels of B59, B74 and
        # B78 read "đạt 105,7%." and "đạt 108%;" after an amount)
        return give_pct_of_plan(reader, quantity, value, current, basis or "plan", quantity.end)
    if value < 100.0 and current.figure.pct_of_plan is None and (basis is not None or not after["closed"]):
        # (with no plan named: "Tổng sản lượng thủy sản 21.012 tấn, đạt 61,8%, giảm 38,4% so với năm trước" reached
        # so much of its plan, B59; "đã thu hoạch 24.600 ha (đạt 97%)" so much of the area sown)
        return give_pct_of_plan(reader, quantity, value, current, basis or "plan", quantity.end)
    if value > 100.0 and after["closed"] and current.figure.pct_of_plan is None \
            and _PLAN_AMOUNT_TOLD.search(body, 0, current.figure.char_start - reader.base):
        # "kế hoạch năm là 8 triệu cây, ... trồng 26 triệu cây (đạt 325%)": the plan's amount told before it,
        # the ratio is to the plan, above 100 as it may be (R72: B43)
        return give_pct_of_plan(reader, quantity, value, current, basis or "plan", quantity.end)
    if value > 100.0 and after["closed"] and current.figure.yoy_change_pct is None:
        current.figure = replace(current.figure, yoy_change_pct=round(value - 100.0, 9),
                                 yoy_change_rounding=quantity.rounding)
        return quantity.end
    return None


# After it, the next item of a list ("..., đạt trên 101%, cấp mới 1.323 ...")
_NEXT_ITEM = re.compile(r"\s*,\s*(?!(?:tăng|giảm|bằng|so|trong|chiếm|gấp|vượt|cao|thấp)(?!\w))[^\W\d]", re.I)
_FRACTION_TEXT = re.compile(r"(?P<part>\d[\d.,]*)\s*/\s*(?P<whole>\d[\d.,]*)")


def _fraction_told_again(raw_text: str, percent: float, rounding: float) -> bool:
    """Whether ``percent`` is the count "a/b" of ``raw_text`` in percent."""
    found = _FRACTION_TEXT.search(raw_text)
    return found is not None and fraction_told_as_percent(found["part"], found["whole"], percent, rounding)


# A plan's own amount told earlier in the sentence: "kế hoạch năm là 8 triệu cây"
_PLAN_AMOUNT_TOLD = re.compile(r"(?<!\w)(?:kế\s+hoạch|chỉ\s+tiêu)[^\d;.]{0,60}?(?:là|:)\s*\d", re.I)
# An item of a list, its amount then "(" and the bare percentage: "cây có củ: 19.604 ha (81,24%)"
_AMOUNT_THEN_PARENTHESIS = re.compile(r"\d(?:\s*[^\W\d]+){0,3}(?:/[^\W\d]+)?\s*\(\s*$")  # ("680,04 tỷ đồng (", B55)
# The first item's ratio, said in full: "71.838 ha (đạt 57,47%)", or with its plan named after it: "1.577,59 tỷ đồng
# (101,8% kế hoạch)" (B55)
_ITEM_RATIO_SAID = re.compile(r"\s*\(\s*(?:(?:đạt|bằng)\s+\d|\d[\d.,]*\s*%\s*(?:kế\s+hoạch|KH|dự\s+toán|chỉ\s+tiêu))", re.I)


def _ratio_as_the_first_item(reader: SentenceReader, quantity: Quantity, current: Draft | None,
                             ratio: re.Match[str] | None) -> int | None:
    """"cây lương thực 65.400 ha (đạt 55,2%); cây có củ: 18.300 ha (80,1%); rau đậu 16.900 ha (66,4%) KH": a bare
    percentage in parentheses after a list item's amount is the same ratio the item before said in full, here of the
    plan (R72: B43). Returns where its words end, or None."""
    if ratio is not None or current is None or current.figure.kind != "amount" or current.figure.pct_of_plan is not None:
        return None
    body = reader.body
    if not _AMOUNT_THEN_PARENTHESIS.search(body, max(0, quantity.start - 30), quantity.start) \
            or not body.startswith(")", quantity.end):
        return None
    said = next((d for d in reversed(reader.drafts) if d is not current and d.figure.kind == "amount"
                 and d.figure.pct_of_plan is not None and d.figure.plan_basis is not None
                 and _ITEM_RATIO_SAID.match(body, d.figure.char_end - reader.base)), None)
    basis = said.figure.plan_basis if said is not None else None
    if basis is None:
        return None
    return give_pct_of_plan(reader, quantity, quantity.value, current, basis, quantity.end)


def _measured_change(reader: SentenceReader, end: int, before: str, clause: int, value: float, rounding: float
                     ) -> tuple[Draft | None, float, int] | None:
    """"250 nghìn tấn, trị giá 125 triệu USD, tăng 15% về lượng và 25% về giá trị": a change said to be
    "về lượng" goes to the quantity, "về giá trị" to the money amount of the clause."""
    about = ABOUT.match(reader.body, end)
    if about is None:
        return None
    change = ends_with(CHANGE, before)
    if change:
        reader.about_sign = _sign(change)
    elif reader.about_sign is None or not ends_with(AND_JOIN, before):
        return None
    money = phrase_key(about["what"]) in MONEY_ASPECTS
    if _aspects_against_previous(reader.body, about.end()) or _OPENS_AGAINST_PREVIOUS.match(reader.body):
        # (or a sentence opening with the base: "So với tháng trước, lượng khách vận chuyển tăng 1,8% về
        # hành khách vận chuyển, 0,7% về ... luân chuyển", R72)
        return None, reader.about_sign, -1
    if not any(d.clause == clause and d.figure.kind == "amount" for d in reader.drafts):
        clause -= 1  # "... 1.105 doanh nghiệp, vốn đăng ký 14.513 tỷ đồng; giảm 8,6% về số doanh nghiệp và tăng ..."
    target = _aspect_target(reader, clause, about["what"])
    if target is None and reader.compared and not any(d.figure.kind == "amount" for d in reader.drafts):
        # "... so với tháng trước. So với cùng kỳ năm trước, tăng 15,2% về số doanh nghiệp, tăng 21,4% về số vốn
        # đăng ký ...": a sentence opening with the comparison alone, its aspects those of the sentence before's amounts
        target = _aspect_target(reader, clause, about["what"], reader.compared)
    both = ABOUT_BOTH.match(reader.body, about.end())
    if both is not None and (phrase_key(both["what"]) in MONEY_ASPECTS) != money and change:
        # "giảm 15% về lượng và giá trị": the other aspect's amount changed as much
        other = next((d for d in reversed(reader.drafts) if d.clause == clause and d.figure.kind == "amount"
                      and (d.unit_family == "money") != money), None)
        if other is not None and other.figure.yoy_change_pct is None:
            other.figure = replace(other.figure, yoy_change_pct=reader.about_sign * value,
                                   yoy_change_rounding=rounding)
        return target, reader.about_sign, both.end() - end
    return target, reader.about_sign, about.end() - end


# The further items of a list of changes said of aspects: ", tăng 9,8% về số lao động", " và 4,6% về vốn"
_MORE_ABOUT = re.compile(rf"\s*(?:,|và)\s*(?:(?:tăng|giảm)\s+)?(?:(?:gần|hơn|khoảng|trên|dưới)\s+)?(?:{NUMBER})\s*%", re.I)


def _aspects_against_previous(body: str, at: int) -> bool:
    """Whether the list of changes said of aspects going on at ``at`` (past the first aspect's words) ends with a
    comparison with the period before ("so với tháng trước", "so với tháng 9/2023" in October 2023), not last year."""
    while (more := _MORE_ABOUT.match(body, at)) is not None and (about := ABOUT.match(body, more.end())) is not None:
        at = about.end()
    rest = body[at:]
    if OTHER_PERIOD.match(rest):
        return True
    dated = DATED_PERIOD.match(rest)
    return dated is not None and _dated_base(body[:at], dated) != "same"


_OPENS_AGAINST_PREVIOUS = re.compile(r"\s*so\s+(?:với\s+)?(?:tháng|quý|kỳ)\s+trước(?!\w)", re.I)
_CARRIED_MEASURE = re.compile(r"(?:luân|vận)\s+chuyển$", re.I)
# "số lượng doanh nghiệp" -> "doanh nghiệp": the noun an aspect counts
_COUNTED_ASPECT = re.compile(r"^số\s+(?:lượng\s+)?(?P<noun>\S.*)$", re.I)


def _aspect_target(reader: SentenceReader, clause: int, what: str, pool: list[Draft] | None = None
                   ) -> Draft | None:
    """The amount of the clause an aspect names: the last money amount for "về vốn", else the last count, or
    the last one counted in the noun the aspect names ("về số lao động" after "75 doanh nghiệp ... 2.416 lao
    động" is the workers', "về số doanh nghiệp" the firms'). With ``pool`` (the amounts of the sentence before), the
    last of them instead, whatever their clause."""
    money = phrase_key(what) in MONEY_ASPECTS
    if pool is not None:
        amounts = [d for d in reversed(pool) if d.figure.kind == "amount" and d.figure.yoy_change_pct is None
                   and (d.figure.unit.split("/")[0] in CURRENCIES) == money]
    else:
        amounts = [d for d in reversed(reader.drafts) if d.clause == clause and d.figure.kind == "amount"
                   and (d.unit_family == "money") == money]
    carried = _CARRIED_MEASURE.search(what)
    if carried is not None and not money:
        # "về tấn.km luân chuyển" is the tonne-km's, "về tấn vận chuyển" the tonnes' (R72)
        over_distance = carried.group().lower().startswith("luân")
        measured = next((d for d in amounts if d.figure.unit.endswith("-km") == over_distance), None)
        if measured is not None:
            return measured
    counted = None if money else _COUNTED_ASPECT.match(phrase_key(what))
    unit = _V.units.get(counted["noun"]) if counted else None
    if unit is not None:
        named = next((d for d in amounts if d.figure.unit == unit.name), None)
        if named is not None:
            return named
    return amounts[0] if amounts else None


def _multiples_about(reader: SentenceReader, match: re.Match[str], value: float, rounding: float, after: str
                     ) -> bool:
    """"70 dự án với số vốn 600 triệu USD, tăng gấp 2 lần về số dự án và 3 lần về số vốn so với năm 2020": each
    multiple said of one aspect is the change of the amount of that aspect, if the list compares with last year.
    Returns whether the multiples were read so."""
    about = ABOUT.match(after)
    if about is None:
        return False
    items, at = [(value, rounding, about["what"])], about.end()
    while (more := _MORE_MULTIPLES_ABOUT.match(after, at)) is not None:
        items.append((*parse_number(more["num"]), more["what"]))
        at = more.end()
    reader.segment_start = match.end() + at
    if not _against_last_year(reader, match.start(), after[at:]):
        return True  # "gấp 3 lần về số vốn so với năm 2015": a far base, no change on last year
    clause = reader.clause_of(match.start())
    for times, times_rounding, what in items:
        target = _aspect_target(reader, clause, what)
        if target is not None and target.figure.yoy_change_pct is None:
            target.figure = replace(target.figure, yoy_change_pct=round((times - 1.0) * 100.0, 9),
                                    yoy_change_rounding=times_rounding * 100)
    return True


def _respectively(reader: SentenceReader, before: str, clause: int, after: str = "") -> tuple[Draft, float] | None:
    """"xuất khẩu 690 triệu USD và nhập khẩu 1.320 triệu USD, tăng lần lượt 13,1% và 69,2%": the n-th
    change of the list goes to the n-th amount of the clause; in a sentence opening "So với cùng kỳ, ..." with no
    amount before the list, to the n-th of the last amounts of the sentence before, as many as the list has rates."""
    opening = ends_with(RESPECTIVELY, before)
    if opening:
        sign = -1.0 if (opening["dir"] or opening["dir2"]).lower() == "giảm" else 1.0
        pending = [d for d in reader.drafts if d.clause == clause and d.figure.kind == "amount"
                   and d.figure.yoy_change_pct is None]
        if not pending and reader.compared and not any(d.figure.kind == "amount" for d in reader.drafts):
            rates = rates_listed(_MORE_RATES, after)
            waiting = [d for d in reader.compared if d.figure.yoy_change_pct is None and "/" not in d.figure.unit]
            if rates >= 2 and len(waiting) >= rates:
                pending = waiting[-rates:]
        reader.respectively = (sign, pending)
    elif reader.respectively is not None and not ends_with(LIST_JOIN, before):
        reader.respectively = None
    taken = next_in_list(reader.respectively)
    if taken is None:
        reader.respectively = None
        return None
    sign, target = taken
    return target, sign


# A fraction's rate told again in parentheses after it: "17.800/18.600 hộ ... (96%)", "(tỷ lệ 77,97%)".
_RATE_IN_PARENTHESES = re.compile(rf"\(\s*(?:tỷ\s+lệ|chiếm(?:\s+tỷ\s+lệ)?|đạt)?\s*(?P<rate>{NUMBER})\s*%\s*\)", re.I)


def _rate_of_a_fraction_between(reader: SentenceReader, current: Draft, at: int) -> bool:
    """Whether between the fraction "a/b" of ``current`` and ``at`` its rate is told again in parentheses: a rate of
    change or a gap on a target after it is then that rate's, in points."""
    found = _FRACTION_TEXT.search(current.figure.raw_text)
    if found is None:
        return False
    between = reader.body[current.figure.char_end - reader.base:at]
    told = _RATE_IN_PARENTHESES.search(between)
    if told is None:
        return False
    rate, rounding = parse_number(told["rate"])
    return fraction_told_as_percent(found["part"], found["whole"], rate, rounding)


# The rates after the first of a list: "gần 22% và 12%" ("% và 12%"), ", 4,5%, 3%"
_MORE_RATES = re.compile(rf"(?:\s*(?:,|và)\s*(?:gần|hơn|khoảng|trên|dưới)?\s*(?:{NUMBER})\s*%)+", re.I)


# A signed amount opening a parenthesis right after an amount: "2.464,9 ha (+163,1 ha)", "1.250 con (-320 con)".
_SIGNED_OPENING = re.compile(r"\(\s*(?P<sign>[-−+])\s*$")
_CLOSES = re.compile(r"\s*[),;]")
# ... also after the amount's rate of change or ratio: "1250 ha, bằng 67,57% (-600 ha)" (B73)
_RATE_BEFORE_SIGNED = re.compile(r"\s*,?\s*(?:bằng|tăng|giảm)\s+\d[\d,]*\s*%\s*", re.I)


def _take_change(amount: Draft, sign: float, size: float) -> None:
    """Give ``amount`` its change in its unit (``change_abs``, ``size`` with the verb's ``sign``), and mark whether it
    fell."""
    amount.figure = replace(amount.figure, change_abs=sign * size)
    amount.extras["fall"] = sign < 0


def signed_change(reader: SentenceReader, quantity: Quantity, current: Draft | None) -> bool:
    """Whether the amount is the change, signed as printed, of the amount in its unit right before its parenthesis
    (a statistics release's "diện tích ... là 2.464,9 ha (+163,1 ha), tăng 7,09% so với cùng kỳ"): its ``change_abs``,
    no figure (R77: B63)."""
    body = reader.body
    signed = _SIGNED_OPENING.search(body, max(0, quantity.start - 4), quantity.start)
    if signed is None or signed.end() != quantity.start or not _CLOSES.match(body, quantity.end):
        return False
    between = body[current.figure.char_end - reader.base:signed.start()] if current is not None else ""
    if current is None or current.figure.unit != quantity.unit or current.figure.change_abs is not None \
            or between.strip() and not _RATE_BEFORE_SIGNED.fullmatch(between):
        return False
    _take_change(current, -1.0 if signed["sign"] in "-−" else 1.0, quantity.value)
    return True


# A change or gap whose base, a year or the start of one, comes between the verb and the size: "cao hơn so với năm
# 2014 hơn 145 tỷ đồng", "tăng so với đầu năm hơn 210 tỷ đồng" (B89)
_DATED_BASE_FIRST = re.compile(r"(?<!\w)(?P<dir>tăng|giảm|cao|thấp)(?:\s+hơn)?\s+so\s+(?:với\s+)?"
                               r"(?:(?P<year>năm\s+(?:19|20)\d\d)|(?P<start>đầu\s+năm(?:\s+(?:19|20)\d\d)?))"
                               r"(?:\s+là)?\s*$", re.I)


def _change_after_its_base(reader: SentenceReader, quantity: Quantity, before: str, current: Draft | None) -> bool:
    """Whether the amount is the size of a change of the amount of its unit right before it, the change's base named
    between the verb and the size: last year ("đạt 115,8 tỷ đồng, tăng so với cùng kỳ năm trước là 10,2 tỷ đồng", B85)
    or a year ("cao hơn so với năm 2014 hơn 145 tỷ đồng", B89) give its ``change_abs`` (which ``scope`` makes a figure
    of its own where that year is a far one); the start of the year ("tăng so với đầu năm hơn 210 tỷ đồng") a stock's change, no
    figure, as "tăng 331 tỷ đồng so với đầu năm" is none."""
    told = ends_with(CHANGE_BASE_FIRST, before)
    dated = _DATED_BASE_FIRST.search(before, max(0, len(before) - 60)) if told is None else None
    base = told or dated
    if base is None or current is None \
            or current.figure.unit != quantity.unit and not _per_unit_money(current.figure.unit, quantity.unit):
        return False
    if dated is not None and dated["start"] is not None:
        return True
    if told is not None and PREVIOUS_PERIOD.fullmatch(" " + told["base"]) or current.figure.change_abs is not None:
        return False
    _take_change(current, -1.0 if base["dir"].lower() in ("giảm", "thấp") else 1.0, quantity.value)
    return True


def amount_change(reader: SentenceReader, quantity: Quantity, before: str, current: Draft | None) -> bool:
    """Whether an amount after "tăng"/"giảm" is a change ("tăng 520 ha" after an amount in hectares: its
    ``change_abs``; "...; so với cùng kỳ giảm 5 vụ": that of the amount stated earlier) rather than a figure."""
    change = ends_with(CHANGE, before)
    if not change:
        return _change_after_its_base(reader, quantity, before, current)
    body = reader.body
    # ("before" is the sentence up to the amount: its positions are the sentence's)
    joined = 0 <= reader.compared_change_end <= change.start() \
        and _JOINED_CHANGE.fullmatch(before, reader.compared_change_end, change.start()) is not None
    if ADDED_BY_NAME.search(before, max(0, change.start() - 40), change.start()) and not joined:
        return False  # "tổng vốn tăng thêm 74,5 triệu USD": the capital added, a figure of its own
    if PLAN_BASE_AFTER.match(body, quantity.end) and any(d.figure.unit == quantity.unit for d in reader.drafts):
        return True  # the gap on the plan of an amount the sentence stated: no change on last year, no figure
    if PREVIOUS_PERIOD.match(body, quantity.end) and any(d.figure.unit == quantity.unit for d in reader.drafts):
        # "đạt 58,45 tỷ USD, tăng thêm 127 triệu USD so với tháng trước": a change on the month before is no change
        # on last year; like a rate on the month before, it is a figure of its own
        return False
    aside = OTHER_PERIOD.match(body, quantity.end)
    if aside is not None and not PREVIOUS_PERIOD.match(body, quantity.end) \
            and any(d.figure.unit == quantity.unit for d in reader.drafts):
        # "tăng 10.000 đồng/kg so với đầu năm", "... 3.569 tỷ đồng/85.579 khách hàng, tăng 331 tỷ đồng so với đầu
        # năm": the change of a stock the sentence stated, on the start of the year: no change on last year, no figure
        reader.aside_change_end = aside.end()
        return True
    if quantity.high is not None:
        # "giá ... 3.100 - 3.500 đồng/kg (giảm 60 - 210 đồng/kg so với cùng kỳ)", "giảm từ 100.000-400.000 đ/tạ so với
        # tháng trước": a change told as a range holds two numbers where a change_abs holds one; a figure of its own
        # (set R45)
        return False
    if current is not None and current.figure.change_abs is None and (
            current.figure.unit == quantity.unit
            or _per_unit_money(current.figure.unit, quantity.unit) and _ON_A_YEAR.match(body, quantity.end)):
        if ends_with(CHANGE, body, current.figure.char_start - reader.base):
            # "Hương Sơn giảm 3.399 con, Đức Thọ giảm 4.190 con": a list of changes, each a figure of its own
            return False
        _take_change(current, _sign(change), quantity.value)
        return True
    if quantity.family == "count" and not float(quantity.value).is_integer():
        # "bình quân mỗi xã đạt 15,6 tiêu chí; tăng 1,2 tiêu chí so với cùng kỳ": things are counted whole, so a change
        # with decimals is that of the average told before it in the sentence, per unit or not (R67)
        average = next((d for d in reversed(reader.drafts) if d.figure.kind == "amount" and d.figure.change_abs is None
                        and d.figure.unit.split("/")[0] == quantity.unit), None)
        if average is None:
            return False  # "..., và tăng 4,3 tiêu chí so với năm 2015": a second change, on a far base, is its own
        sign = _sign(change)
        average.figure = replace(average.figure, change_abs=sign * quantity.value)
        return True
    compared = list(COMPARED.finditer(body, clause_start(body, quantity.start), quantity.start))
    if compared and PLAN_BASE_AFTER.match(body, compared[-1].start()) \
            and any(d.figure.unit == quantity.unit for d in reader.drafts):
        # "...; so với kế hoạch diện tích giảm 180 ha, năng suất tăng 1,6 tạ/ha": gaps on the plan of the amounts the
        # sentence stated, told before them: no change on last year, no figure (R68b)
        return True
    if compared or joined:
        # (joined: "so cùng kỳ năm trước tăng 2 dự án và số vốn đăng ký tăng 8,8 triệu USD", the comparison still
        # governs the change of the capital named after the count's)
        earlier = next((d for d in reversed(reader.drafts) if d.figure.unit == quantity.unit
                        and d.figure.kind == "amount" and d.figure.change_abs is None), None)
        if earlier is None and not any(d.figure.kind == "amount" for d in reader.drafts):
            # "... 167.022 tấn. So với cùng kỳ năm 2022 diện tích tăng 40 ha, năng suất tăng 1,2 tạ/ha, sản lượng tăng
            # 2.150 tấn": each change, in its unit, of the one amount of the sentence before in that unit (R68b)
            same_unit = [d for d in reader.compared if d.figure.unit == quantity.unit and d.figure.change_abs is None]
            earlier = same_unit[0] if len(same_unit) == 1 else None
        if earlier is not None:
            sign = _sign(change)
            earlier.figure = replace(earlier.figure, change_abs=sign * quantity.value)
            reader.compared_change_end, reader.changed = quantity.end, earlier
        return True
    if reader.drafts and _COMPARED_LATER.match(body, quantity.end) \
            and _RIGHT_AFTER.fullmatch(body, reader.drafts[-1].figure.char_end - reader.base, change.start()):
        # "18 dự án với tổng vốn 2.340 tỷ đồng, giảm 5 dự án, tăng thêm 610 tỷ đồng so với cùng kỳ": the changes
        # of the amounts before, each in its unit, respectively; a list of changes ("A giảm 1.300 con, B giảm 860
        # con") changes no amount; the change may be set in parentheses ("11 dự án với tổng vốn 2.800 tỷ đồng (tăng
        # 3 dự án so với cùng kỳ)")
        earlier = next((d for d in reversed(reader.drafts) if d.figure.unit == quantity.unit
                        and d.figure.kind == "amount" and d.figure.change_abs is None
                        and d.figure.sentence_start == reader.drafts[-1].figure.sentence_start
                        and not ends_with(CHANGE, body, d.figure.char_start - reader.base)), None)
        if earlier is not None:
            sign = _sign(change)
            earlier.figure = replace(earlier.figure, change_abs=sign * quantity.value)
            reader.compared_change_end, reader.changed = quantity.end, earlier
            return True
    return False


def _per_unit_money(level: str, change: str) -> bool:
    """Whether a change in money can be that of a level of money per unit, written without its "per" ("đạt 215
    triệu đồng/ha, tăng hơn 12 triệu đồng so với năm trước"; "thu nhập bình quân đầu người đạt 52,4 triệu đồng, tăng
    6,8 triệu đồng so với năm 2023": set R33). Only against a year: "tăng khoảng 400 đồng so với cách đây 2 tháng"
    after a price per kilogram is a change of its own, as one on the month before is."""
    # ("đạt 60,6 triệu đồng/người/năm, tăng 5,2 triệu đồng/người so với năm ngoái": the level's per-year left unsaid, B89)
    return change.split("/")[0] in CURRENCIES and level.startswith(change + "/")


_ON_A_YEAR = re.compile(r"\s*so\s+(?:với\s+)?(?:cùng\s+k[ỳì]|năm)(?!\w)", re.I)


# the change opens a clause right after the figure before it ("..., giảm 5 dự án", "... (tăng 3 dự án"), no name of
# its own between
_RIGHT_AFTER = re.compile(r"\s*[,(]\s*")
# a second change joined to one under a comparison, its aspect named between: "và số vốn đăng ký ", ", vốn "
_JOINED_CHANGE = re.compile(r"\s*(?:,|và|,\s*và)\s+(?:[^\W\d]+\s+){0,4}", re.I)
# the comparison with last year named later in the clause, past another change ("giảm 5 dự án, tăng thêm 610 tỷ đồng so
# với cùng kỳ năm trước")
_COMPARED_LATER = re.compile(r"(?:[^.;()]|\.(?=\d)){0,80}?(?<!\w)so\s+(?:với\s+)?(?:cùng\s+k[ỳì]|năm\s+trước|năm\s+ngoái)(?!\w)", re.I)


# "tăng 1.200 tỷ đồng (+11%) so với cùng kỳ": the change told in the amount's unit, then as a rate in parentheses
_SIZE_THEN_RATE = re.compile(r"(?<!\w)(?P<dir>tăng|giảm)(?:\s+[^\W\d]+){0,2}\s+\d[\d.,]*\s*(?:[^\W\d()]+\s*){0,3}"
                             r"\(\s*[+\-−]?$", re.I)


def _rate_of_change_size(reader: SentenceReader, quantity: Quantity, before: str, current: Draft | None) -> int | None:
    """Where the words of a rate in parentheses right after the size of the amount's change end ("đạt 12.000 tỷ đồng,
    tăng 1.200 tỷ đồng (+11%) so với cùng kỳ": the amount's change on last year, told twice); a base at the start of
    the year after the parentheses ("tăng 1.475 tỷ đồng (+6,2%) so với đầu năm") makes neither a change on last year."""
    size = _SIZE_THEN_RATE.search(before[-80:])
    if size is None or current is None or current.figure.kind != "amount" or current.figure.change_abs is None:
        return None
    body = reader.body
    closing = CLOSING_PAREN.match(body, quantity.end)
    if closing is None:
        return None
    same = SAME_PERIOD.match(body, closing.end())
    other = OTHER_PERIOD.match(body, closing.end())
    if other is not None and same is None:
        current.figure = replace(current.figure, change_abs=None)  # a change since the start of the year
        return other.end()
    if current.figure.yoy_change_pct is None:
        sign = _sign(size)
        current.figure = replace(current.figure, yoy_change_pct=sign * quantity.value,
                                 yoy_change_rounding=quantity.rounding)
    return same.end() if same is not None else closing.end()


def drop_aside_change_size(reader: SentenceReader, quantity: Quantity) -> None:
    """"tăng 2.100 tỷ đồng (+7,1%) so với đầu năm": the size read as the amount's change before the signed rate in
    parentheses is a change since the start of the year, no change of the amount either."""
    if quantity.family != "percent" or _SIZE_THEN_RATE.search(reader.body[:quantity.start][-80:]) is None:
        return
    current = reader.current_amount(reader.clause_of(quantity.start))
    if current is not None and current.figure.change_abs is not None:
        current.figure = replace(current.figure, change_abs=None)


# A rate of growth named as the subject: "tốc độ tăng giá trị sản xuất", "tốc độ tăng trưởng" (not "tốc độ phát
# triển", an index of last year = 100)
# ("mức tăng trưởng cả năm ... đạt 9,63% so với năm 2024" likewise, B93)
_GROWTH_RATE_NAMED = re.compile(r"(?<!\w)(?:tốc\s+độ|mức)\s+tăng(?!\w)", re.I)
# "thấp hơn cùng kỳ khoảng 12 nghìn tấn", "cao hơn năm trước 1.200 ha": the size of a gap on last year, right
# before an amount; the base may be a season or month of last year ("cao hơn vụ đông xuân năm trước 300 đồng/kg",
# "tăng hơn vụ hè thu năm ngoái 4 tạ/ha": set R51)
_LAST_YEAR_BASE = (r"(?:cùng\s+k[ỳì](?:\s+năm\s+(?:trước|ngoái|rồi|(?:19|20)\d\d))?"
                   r"|(?:(?:niên\s+)?vụ(?:\s+[^\W\d]+){1,3}\s+|tháng\s+\d{1,2}\s+)?năm\s+(?:trước|ngoái|rồi))")
_GAP_ON_LAST_YEAR = re.compile(r"(?<!không\s)(?<!\w)(?P<dir>cao|thấp|nhiều|ít|tăng|giảm)\s+hơn\s+(?:so\s+với\s+)?"
                               + _LAST_YEAR_BASE + r"\s*(?:là\s+)?$", re.I)
# "so cùng kỳ thấp hơn 6.679 tấn": the base of last year first, then the gap and its size (B58)
_BASE_THEN_GAP = re.compile(r"(?<!\w)so\s+(?:với\s+)?" + _LAST_YEAR_BASE + r"\s*,?\s*(?<!không\s)(?P<dir>cao|thấp|nhiều|ít)"
                            r"\s+hơn\s+(?:tới\s+|đến\s+)?$", re.I)
# "thấp hơn 250 đồng/kg so với cùng kỳ": the gap's size first, its base of last year after it (set R51)
_GAP_FIRST = re.compile(r"(?<!không\s)(?<!\w)(?P<dir>cao|thấp|nhiều|ít)\s+hơn\s+(?:tới\s+|đến\s+)?$", re.I)
# (or the year before named, as "so với năm" is read in ``SAME_PERIOD``: "(cao hơn 2,4 tạ/ha so với năm 2023)", B61)
_LAST_YEAR_AFTER = re.compile(r"\s*so\s+(?:với\s+)?(?:cùng\s+k[ỳì]|(?:cùng\s+)?(?:vụ|tháng)\s+cùng\s+k[ỳì]|năm\s+(?:trước|ngoái|rồi)"
                              r"|năm\s+(?:19|20)\d\d)(?!\w)", re.I)
# a gap of that form read earlier in the sentence, on last year: a later one with no base of its own shares it
# ("..., thấp hơn 250 đồng/kg so với cùng kỳ; loại B ..., thấp hơn 100 đồng/kg")
_EARLIER_GAP_ON_LAST_YEAR = re.compile(r"(?<!\w)(?:cao|thấp|nhiều|ít)\s+hơn\s+(?:tới\s+|đến\s+)?\d[\d.,]*\s*[^\W\d]+(?:/[^\W\d]+)*"
                                       r"\s*so\s+(?:với\s+)?(?:cùng\s+k[ỳì]|năm\s+(?:trước|ngoái|rồi))(?!\w)", re.I)
# a plan named right after an amount passed: "vượt 950 tỷ đồng (so với) dự toán"; and such a gap told before in the sentence
_PLAN_NAMED_AFTER = re.compile(r"\s*(?:so\s+(?:với\s+)?)?(?:dự\s+toán|kế\s+hoạch|KH|chỉ\s+tiêu|mục\s+tiêu)(?!\w)", re.I)
_EARLIER_GAP_ON_PLAN = re.compile(r"(?<!\w)vượt\s+\d[\d.,]*\s*[^\W\d]+(?:\s+[^\W\d]+)?\s+(?:so\s+(?:với\s+)?)?"
                                  r"(?:dự\s+toán|kế\s+hoạch|chỉ\s+tiêu)(?!\w)", re.I)
# the gap closes its clause: a comma, semicolon, full stop, closing parenthesis, "và" or the end
_CLAUSE_CLOSES = re.compile(r"\s*(?:[,;.)]|và(?!\w)|$)", re.I)


def gap_size(reader: SentenceReader, quantity: Quantity, before: str, current: Draft | None) -> bool:
    """Whether an amount after "thấp hơn cùng kỳ"/"cao hơn năm trước" is the size of the gap between the amount of
    its clause and last year's ("tổng sản lượng lúa cả năm đạt 1,31 triệu tấn, thấp hơn cùng kỳ khoảng 12 nghìn tấn"):
    then it is that amount's ``change_abs``, no figure of its own."""
    if current is not None and current.figure.unit == quantity.unit and _EXCEEDS.search(before[-12:]) \
            and (_PLAN_NAMED_AFTER.match(reader.body, quantity.end)
                 or _CLAUSE_CLOSES.match(reader.body, quantity.end) and _EARLIER_GAP_ON_PLAN.search(before)):
        # "ước 12.450 tỷ đồng, vượt 1.230 tỷ đồng so với dự toán", "..., vượt 950 tỷ đồng dự toán", and after such a gap
        # "..., vượt 60 tỷ đồng và tăng 4,5%": the gap over the plan, no figure (B41)
        return True
    gap = _GAP_ON_LAST_YEAR.search(before[-80:]) or _BASE_THEN_GAP.search(before[-80:])
    if gap is None:
        gap = _gap_first(reader, quantity, before)
    if gap is None or current is None or current.figure.unit != quantity.unit or current.figure.change_abs is not None:
        return False
    _take_change(current, _gap_sign(gap), quantity.value)
    return True


def _gap_first(reader: SentenceReader, quantity: Quantity, before: str) -> re.Match[str] | None:
    """"cao hơn"/"thấp hơn" right before an amount whose base of last year follows it ("thấp hơn 250 đồng/kg so với
    cùng kỳ"), or, with no base, closing a clause of a sentence that read such a gap before (set R51). A gap told as
    a range holds two numbers, where a change holds one: a figure of its own (set R45)."""
    gap = _GAP_FIRST.search(before[-40:])
    if gap is None or quantity.high is not None:
        return None
    if _LAST_YEAR_AFTER.match(reader.body, quantity.end):
        return gap
    if _CLAUSE_CLOSES.match(reader.body, quantity.end) and _EARLIER_GAP_ON_LAST_YEAR.search(before):
        return gap
    return None


# After a rate of change: "tăng 0,74% so với cùng kỳ năm 2017 (bằng 837,2 ha)", "tăng 2,64%, bằng 7.300 con",
# "tăng 28,8% so với cùng kỳ, tương đương 1.348,7 ha", "tăng 6,65% so với năm 2018 (3.912 ha)", "tăng 6,74%
# (+1.824 nghìn con)" (the size signed), "tăng 8,2%, tương đương với hơn 3,1 nghìn con", "giảm 7,8% hay 4.737 ha so với
# cùng kỳ" ("hay": that is, B87), "giảm 2,1% (tương ứng -887,1 ha)" (B96).
_SIZE_OF_RATE = re.compile(r"(?<!\w)(?P<dir>tăng|giảm)(?:\s+[^\W\d]+){0,2}\s+(?P<rate>\d[\d.,]*)\s*%"
                           r"(?:\s*,?\s*so\s+(?:với\s+)?[^\d%;,()]{0,30}?(?:(?:19|20)\d\d)?)?"
                           r"(?:\s*(?:\(\s*[+\-–]?|,)\s*(?:(?:bằng|tương\s+đương|tương\s+ứng)(?:\s+với)?(?:\s+(?:tăng|giảm))?\s+[+\-–]?)?"
                           r"|\s+hay\s+)$", re.I)


_BASE_FIT = 0.02  # an amount within 2% of the level the rate starts from is that level, not the change's size


def _holder_of_rate(reader: SentenceReader, rate: float, unit: str) -> Draft | None:
    """The amount of an earlier clause of the sentence the rate just read went to as its change on last year ("đạt
    79.364 ha; giảm 7,03%, tương đương giảm 6.001 ha"): the size told after the rate is that amount's too."""
    last = reader.drafts[-1] if reader.drafts else None
    if last is None or last.figure.unit != unit or last.figure.yoy_change_pct is None \
            or abs(last.figure.yoy_change_pct - rate) > 1e-9 or last.figure.change_abs is not None:
        return None
    return last


def _nearer_the_level(value: float, level: float, size: float) -> bool:
    """Whether ``value`` is nearer, as a ratio, the level a rate starts from than the size of the change."""
    if value <= 0 or level <= 0 or size <= 0:
        return False
    return abs(math.log(value / level)) < abs(math.log(value / size))


def change_size(reader: SentenceReader, quantity: Quantity, before: str, clause: int) -> bool:
    """Whether an amount right after a rate of change ("tăng 2,64%, bằng 7.300 con") is the size of that change in
    the amount's unit: then it is the ``change_abs`` of the amount the rate belongs to (if it is that amount's
    change on last year) and no figure of its own."""
    found = _SIZE_OF_RATE.search(before[-160:])
    if found is None:
        return False
    rate = parse_number(found["rate"])[0]
    sign = _sign(found)
    current = reader.current_amount(clause, quantity.start) or _holder_of_rate(reader, sign * rate, quantity.unit)
    if current is None or current.figure.unit != quantity.unit:
        return False
    base_level = current.figure.value / (1.0 + sign * rate / 100.0) if sign * rate > -100.0 else None
    if base_level is not None and abs(quantity.value - base_level) <= _BASE_FIT * base_level:
        return False  # "tăng 101,6% so với tháng trước (570,9 nghìn lượt khách)": the level compared with, a figure
    if base_level is not None and _nearer_the_level(quantity.value, base_level, abs(current.figure.value - base_level)):
        # "347.000, tăng 40% so với cùng kỳ năm 2024 (265.200 lượt)": nearer the level compared with than the change's
        # size, though the text's own numbers do not fit (B68, B73): that level, a figure
        return False
    yoy = current.figure.yoy_change_pct
    if yoy is not None and abs(abs(yoy) - rate) < 1e-9 and current.figure.change_abs is None:
        current.figure = replace(current.figure, change_abs=(-1.0 if yoy < 0 else 1.0) * quantity.value)
    return True  # the size of a change on another base is no figure either


# "cao hơn 0,2 điểm phần trăm", "thấp hơn năm trước 1,3 điểm": a gap in points, its base (a year, last year) before
# the size or after it
_GAP_IN_POINTS = re.compile(r"(?<!không\s)(?<!\w)(?P<dir>cao|thấp)\s+hơn(?:\s+(?:so\s+với\s+)?(?:cùng\s+k[ỳì]|năm(?:\s+(?:trước|ngoái|"
                            r"(?:19|20)\d\d))?))?\s*$", re.I)
# a gap's base that is a target or plan, after the size: "so với mục tiêu", "so với kế hoạch"
_ON_A_TARGET = re.compile(r"\s*(?:\S+\s+){0,2}?so\s+(?:với\s+)?(?:mục\s+tiêu|kế\s+hoạch|chỉ\s+tiêu|dự\s+toán|nghị\s+quyết"
                          # ... nor is a gap on the whole a part is of, or between the sexes: "cao hơn 4,7 điểm phần
                          # trăm so với mức tăng chung", "cao hơn 0,36 điểm phần trăm so với nữ giới" (B99, B87; a gap on
                          # a forecast stays the rate's change, as the blind labels attach it, R94)
                          r"|mức(?:\s+tăng)?\s+chung|bình\s+quân\s+chung|cả\s+nước|toàn\s+quốc|nữ\s+giới|nam\s+giới)(?!\w)",
                          re.I)


def point_change(reader: SentenceReader, clause: int, before: str, quantity: Quantity) -> None:
    """"giảm 4,2 điểm phần trăm" next to a rate is that rate's absolute change (after it, or before it:
    "giảm 4,56 điểm phần trăm, còn 22,98%"); it is no figure of its own."""
    change = ends_with(CHANGE, before)
    if not change:
        gap = _GAP_IN_POINTS.search(before[-60:])
        if gap is None or _ON_A_TARGET.match(reader.body, quantity.end):
            return  # "cao hơn 0,2 điểm phần trăm so với mục tiêu 8,8%": a gap on a target is no change
        # "đạt 2,9%, cao hơn 0,2 điểm phần trăm so với dự báo", "cao hơn năm 2023 khoảng 1 điểm %": a gap told in
        # points is the rate's change as "tăng"/"giảm" is (set R51)
        sign = _gap_sign(gap)
    else:
        sign = _sign(change)
    drafts = reader.drafts
    if drafts and drafts[-1].clause == clause and drafts[-1].figure.unit == "percent" \
            and drafts[-1].figure.change_abs is None:
        drafts[-1].figure = replace(drafts[-1].figure, change_abs=sign * quantity.value)
    else:
        reader.points = (clause, sign * quantity.value)
