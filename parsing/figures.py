"""Figures in report prose: quantities, their qualifiers, relations and components.

One compiled regex finds every printed quantity (number, optional range, scale
word, unit phrase, "/" rate). Each is then read in its sentence, left to right:

- a percentage after "kế hoạch"/"dự toán" words, a change ("tăng/giảm X%"), a
  ratio ("bằng X% cùng kỳ") or a multiple ("gấp X lần") is a *relation* of the
  nearest amount before it in the same clause; with no amount to attach to, a
  change is a stand-alone ``growth`` figure and any other percentage a ``share``
  (or ``growth`` when its indicator is a rate, "GRDP đạt 6,5%");
- a plan amount stated right after a percentage of plan ("đạt 49,5% dự toán (dự toán 6.146 tỷ
  đồng)", "52% kế hoạch giao là 12.000 tỷ đồng") in the amount's own unit is that relation's
  ``plan_amount``, not a figure;
- an amount ("2.010 triệu USD") is a figure; "tăng 520 ha" after an amount is
  that amount's absolute change;
- after "trong đó"/"gồm"/"bao gồm" (also opening the next sentence), amounts of
  the total's unit are its components, until a clause names a new total.

Numbers that label rather than measure (years, dates, decree numbers, "đợt 1",
"Covid-19", "5K") never reach that stage: they carry no unit, or a marker word
or an attached letter/slash says what they are.

Within a sentence any whitespace, a wrapped line included, separates words: a
sentence never holds a blank line (see ``sentences``).

How the code is laid out: ``parsing.figure_patterns`` holds the regexes, ``parsing.quantities`` reads a
number into a quantity, ``parsing.reader`` the state of the sentence being read, ``parsing.relations`` and
``parsing.components`` the rules that attach a number to an amount read before it; what is left (a figure
of its own: its kind, qualifier and name) is read here. Tables flattened into lines are read by ``parsing.tables``;
its cells replace the sentence reader's figures on the lines they stand in.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from parsing.components import (
    PLAN_NAMED_AS_PART,
    component_total,
    counted_by_classifier,
    kind_of,
    parenthesis_closed,
    settle_breakdowns,
)
from parsing.figure_patterns import (
    BULLET,
    CHANGE,
    CLOSING_PAREN,
    COMPARISON_BASE,
    COMPONENTS,
    CONTRIBUTION,
    EQUIVALENT_OPENS,
    FALL_WORDS,
    GAP,
    GROWTH_WORDS,
    MISSED_AMOUNT,
    MULTIPLE,
    NEW_SUBJECT,
    OPENS_WITH_COMPONENTS,
    OTHER_LEVEL_PAREN,
    OTHER_PERIOD,
    OVER_TIME,
    OWN_VERB,
    PLAN_LEVEL,
    PREVIOUS_PERIOD,
    QUANTITY,
    RATE_LIST_GAP,
    RATE_THEN_AMOUNT,
    RATE_WITH_AMOUNT,
    SHARE_HEAD,
    SHARE_NOUN,
    SHARE_VERB,
    SHARE_WORDS,
    START_WORDS,
    STRUCTURE,
    TIME_UNITS,
    WORD,
    ends_with,
    ends_with_components,
)
from parsing.indicators import NAME_REACH, clause_start, name_figure, names_plan, overreaches, plan_clause
from parsing.model import Figure
from parsing.numbers import NUMBER, fraction_told_as_percent, parse_number
from parsing.page import link_list_spans
from parsing.patterns import phrase_alternation
from parsing.quantities import Quantity, read_quantity
from parsing.reader import Draft, SentenceReader, opens_line
from parsing.relations import (
    Standalone,
    amount_change,
    change_size,
    drop_aside_change_size,
    gap_size,
    multiple,
    percent_relation,
    point_change,
    signed_change,
)
from parsing.restatements import drop_restatements
from parsing.scan import finditer_at, starts, within
from parsing.sentences import Sentence, split_sentences
from parsing.tables import table_figures
from parsing.vocabulary import vocabulary

_V = vocabulary()
_PER_YEAR_RATE = re.compile(r"%\s*/\s*năm(?!\w)", re.I)


def extract_figures(text: str, sentences: list[Sentence] | None = None) -> list[Figure]:
    """Every figure of ``text`` (normalised); ``sentences`` are its ``split_sentences``, when the caller has them."""
    if sentences is None:
        sentences = split_sentences(text)
    candidates = {name: starts(text, words, digits) for name, (_, words, digits) in START_WORDS.items()}
    figures: list[Figure] = []
    previous: list[Figure] = []
    asides: frozenset[int] = frozenset()
    last_found: tuple[int, list[Figure], frozenset[int]] | None = None  # the latest sentence that gave figures
    bullet_total: tuple[int, list[Figure], frozenset[int]] | None = None
    part_sums: dict[int, tuple[float, int]] = {}
    open_breakdown: tuple[int, Figure, Figure] | None = None  # the total the last sentence listed parts of
    paragraph_list = False  # "Trong đó:" ending a line, then paragraphs (no bullets) that are the list's items
    item_has_part = False  # whether a sentence of the paragraph being read gave the paragraph list's total a part
    for sentence in sentences:
        body = text[sentence.start:sentence.end]
        if bullet_total is not None and not BULLET.match(body):
            if marker_line_before(text, sentence.start):
                paragraph_list = True  # "... 181.822,9 tấn. Trong đó:" then "Diện tích gieo trồng lúa ..." lines
            elif not paragraph_list:
                bullet_total = None  # a line that is no "+" bullet ends the list
        found, found_asides = _sentence_figures(text, sentence, candidates, len(figures), previous, asides,
                                                bullet_total, part_sums, open_breakdown, figures)
        if previous:
            figures[len(figures) - len(previous):] = previous  # "Con số này tăng 19%" may have changed one
        if found:
            last_found = (len(figures), found, found_asides)
        figures.extend(found)
        if found or not _caption_line(text, sentence):
            previous, asides = found, found_asides
            # the sentence's last amount, past a rate of its own ("..., so với tháng trước bằng 105,95%")
            part = next((f for f in reversed(found) if f.kind == "amount"), None)
            last = part.component_of if part is not None else None
            open_breakdown = (last, figures[last], part) if last is not None and part is not None else None
        if paragraph_list and bullet_total is not None:
            start = bullet_total[0]
            if opens_line(text, sentence.start):
                item_has_part = False  # the sentence opens a paragraph: the list's next item
            if any(f.component_of is not None and start <= f.component_of < start + len(bullet_total[1])
                   for f in found):
                item_has_part = True
            elif not item_has_part:
                # a paragraph with no part of the list's total ends it; a later sentence of one that gave a part
                # ("Diện tích thu hoạch tập trung ..., trong đó: huyện A 4.411 ha; ...") goes on with the item
                bullet_total, paragraph_list = None, False
        if ends_with_components(body):
            bullet_total = last_found  # "... 9.265 phòng. Trong đó:" (or "... phòng, trong đó:") then bullets
            paragraph_list = False
    figures = drop_restatements(text, sentences, settle_breakdowns(figures))
    # "Các tin khác: > Tháng 11 ước nhập siêu 300 triệu USD (27/11/2014)": other articles' headlines; "Hơn 300 nghìn
    # lượt khách dự Lễ hội ... - 1": a photo's caption repeating the title, no figure again
    figures = _without_spans(figures, (*link_list_spans(text), *_title_copies(text)))
    figures = _without(figures, [f for f in figures if _percentage_alone_on_its_line(text, f)
                                 or _ratio_told_again(text, f)])
    figures = [_index_told_as_its_change(text, f) for f in figures]
    cells, rows = table_figures(text)
    return [_share_below_zero_as_change(f) for f in (_with_tables(figures, cells, rows) if cells else figures)]


def _share_below_zero_as_change(figure: Figure) -> Figure:
    """A share printed with a minus ("Nông Lâm Ngư nghiệp (%) 3,46 2,28 -4,13%", a table's cell) is a change, never a
    share below zero, which the figures' schema refuses (R77b: B65)."""
    return replace(figure, kind="growth") if figure.kind == "share" and figure.value < 0 else figure


_PLAN_COMPARED_BEFORE = re.compile(r"\d[\d.,]*\s*[^\W\d]+(?:/[^\W\d]+)?\s+so\s+(?:với\s+)?(?:kế\s+hoạch|dự\s+toán|chỉ\s+tiêu)"
                                   r"(?:\s+(?:năm|giao|được\s+giao|đề\s+ra))*(?:\s+(?:19|20)\d\d)?\s*(?:là\s+)?$", re.I)
_PLAN_TOLD_INSIDE = re.compile(r"\(\s*" + PLAN_NAMED_AS_PART, re.I)


def _percentage_alone_on_its_line(text: str, figure: Figure) -> bool:
    """"100%" on a line of its own, nothing said of it: a portal's text-size control copied with the page (R72: B43),
    not a figure. (A table's cell one a line is read by ``table_figures``, which replaces these.)"""
    if figure.unit != "percent":
        return False
    line_start = text.rfind("\n", 0, figure.char_start) + 1
    line_end = text.find("\n", figure.char_end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:line_end].strip() != figure.raw_text:
        return False
    # not a sentence wrapped at a fixed width ("GRDP ước tăng\n6,72%\nso với cùng kỳ"): a blank line or the end
    # after it, and no word going on into it from the line before
    followed = text[line_end:].lstrip(" \t").startswith("\n\n") or text[line_end:].strip() == "" \
        or text.startswith("\n", line_end) and text[line_end + 1:].lstrip(" \t").startswith("\n")
    before = text[:line_start].rstrip()
    return followed and (not before or text[:line_start].endswith("\n\n") or not before[-1].isalpha())


# "145/145 xã (100%)", "87/87 xã đạt chuẩn nông thôn mới (100%)", "971/876 = 110,8%": a count of a count, its
# percentage told again right after it; or closing its clause, "96/96 thôn có nhà văn hóa, đạt 100%" (B58; "chiếm 5,1%"
# is a share, as always)
# ("(tỷ lệ 95%)" in the parentheses too, B69)
_RATIO_BEFORE = re.compile(r"(?<![\d.,])(?P<part>\d{1,3}(?:\.\d{3})*|\d+)\s*/\s*(?P<whole>\d{1,3}(?:\.\d{3})*|\d+)"
                           r"(?:\s+[^\W\d]+){0,8}\s*(?:\((?:\s*(?:tỷ|tỉ)\s+lệ)?"
                           r"|=|,\s*(?:đạt|bằng)(?:\s+(?:tỷ|tỉ)\s+lệ)?)\s*$")


def _ratio_told_again(text: str, figure: Figure) -> bool:
    """A percentage right after "a/b" that is a/b in percent (R72: B43): the fraction's share told again, no figure
    of its own (a share above 100% of a plan's count would otherwise fail the share's range)."""
    if figure.unit != "percent" or figure.qualifier is not None:
        return False
    found = _RATIO_BEFORE.search(text, max(0, figure.char_start - 90), figure.char_start)
    return found is not None and fraction_told_as_percent(found["part"], found["whole"], figure.value,
                                                          figure.value_rounding)


# "Chỉ số giá lương thực: 105,15% (tăng 5,15%)": an index (above or below 100) and, in parentheses, its change
_CHANGE_IN_PARENTHESES = re.compile(r"\s*\(\s*(?P<dir>tăng|giảm)\s+(?P<rate>\d[\d.,]*)(?P<sign>\s*%)\s*\)", re.I)


def _index_told_as_its_change(text: str, figure: Figure) -> Figure:
    """A percentage near 100 followed by its difference from 100 as a change in parentheses: the index told again as
    its change, which is the figure, a growth (B51); read as a share it would pass 100."""
    if figure.unit != "percent" or figure.kind != "share" or not 50 <= figure.value <= 200:
        return figure
    found = _CHANGE_IN_PARENTHESES.match(text, figure.char_end)
    if found is None:
        return figure
    rate, rounding = parse_number(found["rate"])
    change = -rate if found["dir"].lower() == "giảm" else rate
    if abs(figure.value - 100.0 - change) > max(0.011, 2 * figure.value_rounding):
        return figure
    return replace(figure, kind="growth", value=change, value_rounding=rounding,
                   raw_text=text[found.start("rate"):found.end("sign")], char_start=found.start("rate"),
                   char_end=found.end("sign"))


def _without_spans(figures: list[Figure], spans: tuple[tuple[int, int], ...]) -> list[Figure]:
    """``figures`` less those starting inside one of ``spans`` (``_without``)."""
    if not spans:
        return figures
    return _without(figures, [f for f in figures if any(start <= f.char_start < end for start, end in spans)])


def _without(figures: list[Figure], dropped: list[Figure]) -> list[Figure]:
    """``figures`` less ``dropped``, each part's ``component_of`` renumbered (a part of a dropped total has none)."""
    gone = {id(f) for f in dropped}
    index: dict[int, int] = {}
    for old, figure in enumerate(figures):
        if id(figure) not in gone:
            index[old] = len(index)
    return [replace(f, component_of=index.get(f.component_of) if f.component_of is not None else None)
            for f in figures if id(f) not in gone]


# The title, the first line, told again below as a photo's numbered caption ("<title> - 1", "<title> - 2"; R63). (A
# title's copy on a line of its own is left to ``drop_restatements``.)
_CAPTION_NUMBER = re.compile(r"\s*[-–]\s*\d{1,2}(?!\d)")
_TITLE_WORDS_NEEDED = 4


def _title_copies(text: str) -> list[tuple[int, int]]:
    """Where the page's title (its first line, of a few words and a digit) is printed again word for word as a caption
    followed by a photo's number."""
    first = text.lstrip()
    title = first.split("\n", 1)[0].strip()
    if len(title.split()) < _TITLE_WORDS_NEEDED or not re.search(r"\d", title):
        return []
    after = len(text) - len(first) + len(title)
    copies = []
    at = text.find(title, after)
    while at >= 0:
        end = at + len(title)
        if _CAPTION_NUMBER.match(text, end):
            copies.append((at, end))
        at = text.find(title, end)
    return copies


def marker_line_before(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` opens a line right after a line that ends with "Trong đó:" (its items are
    paragraphs, not bullets)."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    before = text[:line_start].rstrip()
    return ends_with_components(before[before.rfind("\n") + 1:])


def _caption_line(text: str, sentence: Sentence) -> bool:
    """A short line of its own with no figure (a photo caption between a total and its "Trong đó, ...", also of two
    sentences: "Thi công khu dân cư mới ... Ảnh: Việt Hương"): it does not part the parts from their total."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.end)
    line_end = len(text) if line_end < 0 else line_end
    lines = {line.strip() for line in text[line_start:line_end].split("\n")}
    if len(lines) == 1 and "\n" in text[line_start:line_end]:
        # a caption printed twice, one line under the other: as long as one of them
        return len(lines.pop()) <= _CAPTION_CHARS and line_start > 0
    return line_end - line_start <= _CAPTION_CHARS and line_start > 0


_CAPTION_CHARS = 200
# "98,9 triệu USD vốn từ 12 dự án cấp mới, bằng 35,86%": the items an amount came from, counted inside its noun
# phrase; the relations after them are the amount's
_FROM_ITEMS = re.compile(r"\s+(?:[^\W\d]+\s+){0,2}từ\s+")
# "đạt gần 923 tỷ đồng, cho 28.475 lượt khách hàng vay vốn, bằng 115% cùng kỳ", "trên 3.349 tỷ đồng, với 131.718
# khách hàng còn dư nợ, đạt 99,5% kế hoạch": a count said of a money amount stands beside it, the relations after it
# are the amount's
_WITH_COUNT = re.compile(r"\s*,?\s*(?:cho|với)\s+", re.I)
# "6.665,33 ha/7.610 hộ": an area and the farms on it, two quantities sharing a slash
_SLASH_PAIR = re.compile(r"\s*/\s*")
# "452.000 tấn (tương đương 309.000 tấn thịt xẻ)": the amount in another measure of the same unit, never a total
# for the parts that follow (a value within 5% of the amount is the amount restated, see parsing.restatements)
_EQUIVALENT_MEASURE = re.compile(r"\s*\(\s*tương\s+đương\s+", re.I)
# ", tương đương hơn 14.000 USD": the amount just told, converted into another unit after a comma
_CONVERTED = re.compile(r"\s*[,;]\s*(?:tương\s+đương|tức\s+là|hay)(?:\s+(?:với|khoảng|gần|hơn|trên))?\s*", re.I)
# ", vượt xa mục tiêu ban đầu là ", ", vượt kế hoạch ": the target the amount just told is set against, named right
# before its own amount
_TARGET_AFTER = re.compile(r"\s*[,;]?\s*(?:vượt(?:\s+xa)?\s+(?:so\s+với\s+)?)?(?:mục\s+tiêu|kế\s+hoạch|chỉ\s+tiêu)"
                           r"(?:\s+[^\W\d]+){0,3}?\s*(?:là|đề\s+ra|giao|đặt\s+ra)?\s*:?\s*", re.I)
# "sản lượng trứng ... nghìn quả", "trứng gia cầm": what "quả" counts is named before it
_EGGS = re.compile(r"(?<!\w)trứng(?!\w)", re.I)
# A sentence about one place inside the province: "Riêng Phú Quốc có ...", "Riêng thành phố Đà Lạt đón ..." (a
# capital after "riêng" and any kind of place; "Riêng tháng 5" names a time, not a place)
_SUB_AREA = re.compile(r"\W*[Rr]iêng\s+(?:(?:[Tt]hành\s+phố|TP\.?|[Tt]hị\s+xã|[Hh]uyện|[Qq]uận|[Đđ]ảo|[Kk]hu\s+vực)\s+)?"
                       r"(?=[A-ZĐÂĂÊÔƠƯ])(?!Tháng|Năm|Quý|Dịp|Ngày|Trong)")
# An open parenthesis whose words begin with a period naming a year, then a comma: "(3 tháng đầu năm 2021, ... là "
_OTHER_PERIOD_LEVEL = re.compile(r"\(\s*(?:(?:\d+|sáu|chín)\s+tháng(?:\s+đầu)?\s+|quý\s+[IV\d]+\s+|tháng\s+\d+\s+|cùng\s+k[ỳì]\s+)?"
                                 r"năm\s+(?:19|20)\d\d\s*,[^()]*$"
                                 # "(cùng kỳ có 15 dự án, tổng vốn đầu tư đăng ký 1,352 triệu USD)": last year's (B68)
                                 r"|\(\s*cùng\s+k[ỳì](?:\s+năm\s+(?:trước|ngoái))?\s+(?:có|là|đạt)\s[^()]*$", re.I)


_ENGLISH_WORDS_NEEDED = 3
_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")


def _in_english(body: str) -> bool:
    """Whether a sentence is written in English: no letter outside ASCII (Vietnamese prints "đ" and its marked vowels
    in nearly every sentence) and at least three English words ("increased by 11.09% over 2018"); R63."""
    if _NON_ASCII_LETTER.search(body):
        return False  # found at once in a Vietnamese sentence, which need not be cut into words
    words = WORD.findall(body)
    return sum(word.lower() in _V.english_words for word in words) >= _ENGLISH_WORDS_NEEDED


def _sentence_figures(text: str, sentence: Sentence, candidates: dict[str, list[int] | None], offset: int,
                      previous: list[Figure], previous_asides: frozenset[int],
                      bullet_total: tuple[int, list[Figure], frozenset[int]] | None,
                      part_sums: dict[int, tuple[float, int]], open_breakdown: tuple[int, Figure, Figure] | None = None,
                      earlier: list[Figure] | None = None) -> tuple[list[Figure], frozenset[int]]:
    """The figures of one sentence, and which of them stand aside in parentheses (never a total)."""
    start, end = sentence.start, sentence.end
    quantities = within(candidates["quantity"], text, start, end)
    multiples = within(candidates["multiple"], text, start, end)
    if quantities == [] and multiples == []:
        return [], frozenset()  # nowhere a quantity or a multiple can start: no need to even cut the sentence out
    body = text[start:end]
    if _in_english(body):
        return [], frozenset()  # a bilingual page's English half: the Vietnamese half's figures told again (R63)
    events = sorted([(m.start(), "q", m) for m in finditer_at(QUANTITY, body, quantities)]
                    + [(m.start(), "x", m) for m in finditer_at(MULTIPLE, body, multiples)], key=lambda e: e[0])
    if not events:
        return [], frozenset()  # most sentences hold no quantity: their words need no reading
    reader = SentenceReader.open(text, start, end, candidates, offset, previous, bullet_total, previous_asides,
                                 part_sums, earlier)
    reader.open_breakdown = open_breakdown
    for _, what, match in events:
        if what == "x":
            change = multiple(reader, match, reader.current_amount(reader.clause_of(match.start()), match.start())
                              or reader.anaphor)
            if change is not None and OVER_TIME.match(body, match.end()):
                _own_multiple(reader, match, change.value, change.unnamed)
            elif change is not None:
                reader.segment_start = match.end()
        else:
            _read(reader, match)
    if reader.anaphor is not None:
        told = reader.anaphor.figure
        previous[reader.anaphor.extras["index"]] = told
        if told.yoy_change_pct is not None:
            for i in reader.anaphor.extras.get("also", ()):
                previous[i] = replace(previous[i], yoy_change_pct=told.yoy_change_pct,
                                      yoy_change_rounding=told.yoy_change_rounding)
    for draft in reader.compared:
        previous[draft.extras["index"]] = draft.figure  # "So với cùng kỳ, số doanh nghiệp tăng 51%" may name one
    return [d.figure for d in reader.drafts], frozenset(i for i, d in enumerate(reader.drafts) if d.extras.get("aside"))


def _read(reader: SentenceReader, match: re.Match[str]) -> None:
    """Read one printed quantity: a relation of an amount before it, or a figure of its own."""
    if match.start() < reader.plan_amount_end:
        return  # the plan amount of the percentage just read belongs to its relation
    if match.start() < reader.restated_end:
        return  # "Trong 19 dự án ...": the count told before, naming the total of the parts after it
    if match.start() < reader.range_end:
        return  # the high end of a range whose low end repeats the unit
    body = reader.body
    quantity = read_quantity(body, match, reader.segment_start)
    if quantity is None:
        _next_in_ranking(reader, match)
        return
    quantity = _range_repeating_unit(reader, match, quantity)
    quantity = _whole_repeating_unit(reader, quantity)
    quantity = _done_over_its_plan(reader, quantity)
    if quantity.family == "money" and (carried := _carried_rate(reader, quantity)) is not None:
        quantity.unit = carried  # read before its relations: "..., tăng 2,52 triệu đồng" changes the rate
    if _signed_aside_on_start_of_year(body, quantity.start, quantity.end):
        drop_aside_change_size(reader, quantity)
        return  # "tăng trưởng tốt (+10,74%; +10.960 tỷ đồng) so với cuối năm 2021": a change since the year's start
    if _class_threshold(reader, quantity):
        return  # "5 ngành hàng có kim ngạch trên 10 tỷ USD": the bound of a class the count before it counts
    clause = reader.clause_of(match.start())
    current = reader.current_amount(clause, quantity.start)
    before = body[:quantity.start]
    estimated = _estimated(reader, quantity.start)
    # "(3 tháng đầu năm 2021, diện tích rừng bị cháy là 115,1 ha)": a level of another period, set in parentheses
    # inside a list of parts, is neither a part, nor a total, nor under the estimate verb of this period
    other_period_level = _OTHER_PERIOD_LEVEL.search(before) is not None
    if other_period_level or _a_bases_level(reader, quantity, before):
        # (and "tăng 18% so với quý I/2024 (1,36 triệu lượt)": the base's level, counted, not estimated; B40)
        estimated = False
    # "tôm sú 598.100 ha (kế hoạch 590.000 ha)": a plan level, no part of the total its amount is a part of
    plan_level = ends_with(PLAN_LEVEL, before) is not None
    if plan_level:
        estimated = False  # "ước tăng 7,7% (NQ 7,5%)": the target set, not estimated (B46)
    if _PLAN_COMPARED_BEFORE.search(before[-60:]) or _PLAN_TOLD_INSIDE.search(before[-80:]):
        # "ước đạt 310 ha so với kế hoạch 420 ha, đạt 73,8% kế hoạch" (R72d: B44), "đạt 10,5% dự toán (trong đó dự toán
        # được giao: 24.100 tỷ đồng)" (R72: B43): the plan's amount, set aside and not estimated; the relations after
        # it are the amount's before it
        plan_level, estimated = True, False
    if quantity.family == "percent" and ends_with(SHARE_VERB, body, quantity.start) is not None:
        # "ước đạt 464,1 triệu USD, chiếm 65,5% kim ngạch": "chiếm" is the share's own verb, which ends the estimate's
        # reach (the blind labels of B58 to B98: 30 such shares unestimated, 1 estimated; R93)
        estimated = False
    aside = other_period_level or plan_level or _stands_aside(reader, quantity, before, current)
    count = len(reader.drafts)
    if quantity.family == "percent":
        continues = current is None and reader.continues_previous_clause(clause, quantity.start)
        further = current is None and not continues \
            and _further_in_a_continuing_clause(reader, clause, quantity.start, _FURTHER_RELATION)
        if (continues or further) \
                and not (_PRICE_CHANGED.search(body, max(0, quantity.start - 12), quantity.start)
                         and _PRICE_NAMED_AFTER.match(body, quantity.end)):
            own_clause = clause
            clause -= 1  # "... đạt 1,5687 tỷ USD; tăng 120,5% so với cùng kỳ"
            current = reader.current_amount(clause, quantity.start)
            while current is None and reader.continues_previous_clause(clause, reader.first_number(clause)) \
                    and not any(d.clause == clause for d in reader.drafts):
                # "đạt 6.070 tỷ đồng; so cùng kỳ tăng 26,07%; so kế hoạch năm đạt 61,69%": a chain of clauses with
                # no subject, each a relation of the amount the first of them follows
                clause -= 1
                current = reader.current_amount(clause, quantity.start)
            if further and current is not None and current.figure.pct_of_plan is not None:
                # "đạt 100,7% so với kế hoạch năm 2019; tăng 10,1% so với cùng kỳ 2018, đạt 99,06% kế hoạch năm 2019":
                # the amount has its plan share; a second one told after it stays a figure (B63)
                current, clause = None, own_clause
        if current is None and clause == 0 and not reader.drafts:
            current = reader.anaphor  # "... gần 40 triệu tấn. Con số này cũng tăng trên 19%"
        reader.segment_start = _percent(reader, quantity, before, current, clause, estimated)
        if len(reader.drafts) > count:
            reader.reach = estimated
    else:
        reader.end_percent_list()
        if quantity.unit == "percentage point":
            contribution = CONTRIBUTION.search(body, max(reader.segment_start, quantity.start - NAME_REACH),
                                               quantity.start)
            if not contribution:
                point_change(reader, clause, before, quantity)
                return  # the words before it still name the rate after it
            kind = "amount"
            if (contribution["dir"] or "").lower() in ("giảm", "gim"):
                # a negative amount fails the figures schema: a contribution that pulls growth down is a change
                quantity.value, kind = -quantity.value, "growth"
            _amount(reader, quantity, clause, estimated, kind)
        elif signed_change(reader, quantity, current) \
                or amount_change(reader, quantity, before, current or _amount_before_a_continuing_clause(
                    reader, clause, quantity.start)) \
                or change_size(reader, quantity, before, clause) \
                or gap_size(reader, quantity, before, current):
            reader.segment_start = quantity.end
            return
        else:
            # (a comparison base's level, "so với năm 2023 (29.500 lượt)", is no part of the total either)
            _amount(reader, quantity, clause, estimated,
                    part=not (other_period_level or plan_level or _a_bases_level(reader, quantity, before)))
    if aside and len(reader.drafts) > count:
        reader.drafts[-1].extras["aside"] = True


# After a count ranked first ("tỉnh A ... nhiều nhất với 5.100 lao động"), the places that come next with their
# numbers bare in parentheses ("kế đến là tỉnh B (3.900), tỉnh C (2.400)"), the last perhaps after "và", count
# the same thing (R63); so do numbers bare after capitalised names ("tiếp đến lần lượt là Định Quán 240, Xuân Lộc
# 200 và Long Khánh 45", session 35).
_PLACE_NAME = r"(?:TP\.?\s*)?[A-ZĐÂÊÔƠƯÁÀẢÃẠ][^\W\d_]*(?:\s+[A-ZĐÂÊÔƠƯÁÀẢÃẠ][^\W\d_]*){0,3}"
_NEXT_WORDS = r"(?P<next>(?:kế|tiếp)\s+(?:đến|theo)(?:\s+lần\s+lượt)?(?:\s+là)?\s+|sau\s+đó\s+là\s+)"
_NEXT_RANKED = re.compile(rf"(?P<closed>\s*\))?(?:\s*,\s*(?:và\s+)?|\s+và\s+){_NEXT_WORDS}?{_PLACE_NAME}\s*\(\s*", re.I)
# (case kept: a name must be capitalised where no parenthesis marks the number)
_NEXT_RANKED_BARE = re.compile(rf"(?:\s*,\s*(?:và\s+)?|\s+và\s+)(?i:{_NEXT_WORDS})?{_PLACE_NAME}\s+")
_BARE_ITEM_END = re.compile(r"\s*(?:[,;.]|và\s|$)")
_RANKED_FIRST = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, vocabulary().ranking_words))})(?!\w)", re.I)
_A_YEAR = re.compile(r"(?:19|20)\d\d")


def _next_in_ranking(reader: SentenceReader, match: re.Match[str]) -> None:
    """A bare number in parentheses after a place's name, or bare after its capitalised name, in a list opened by
    "kế đến là", "tiếp theo là" or "tiếp đến lần lượt là" right after a count ranked first ("nhiều nhất", "dẫn
    đầu", "cao nhất"): an amount of the leader's unit. Each later place of the list follows the one before it after
    a comma, written the same way. A year is no such amount."""
    if not match["num"] or any(match[group] for group in ("unit", "scale", "of", "high", "high2", "from", "word")):
        return
    body = reader.body
    if not reader.drafts or _A_YEAR.fullmatch(match["num"]):
        return
    last = reader.drafts[-1]
    if last.unit_family != "count" or last.figure.value_high is not None:
        return
    start = last.figure.char_end - reader.base
    listed = _NEXT_RANKED.fullmatch(body, start, match.start())
    form = "parenthesis" if listed is not None and CLOSING_PAREN.match(body, match.end()) else None
    if form is None:
        listed = _NEXT_RANKED_BARE.fullmatch(body, start, match.start())
        form = "bare" if listed is not None and _BARE_ITEM_END.match(body, match.end()) else None
    if listed is None or form is None:
        return
    closed = form == "parenthesis" and bool(listed["closed"])
    if last.extras.get("ranked_next"):
        if listed["next"] or last.extras["ranked_next"] != form or form == "parenthesis" and not closed:
            return
    elif closed or not listed["next"] or _RANKED_FIRST.search(body, 0, last.figure.char_start - reader.base) is None:
        return
    value, rounding = parse_number(match["num"])
    if not value.is_integer() or value <= 0:
        return
    quantity = Quantity(match.start(), match.end(), value, None, rounding, last.figure.unit, "count", None,
                        str(last.extras.get("unit_phrase", "")))
    _amount(reader, quantity, reader.clause_of(match.start()), False, part=False)
    reader.drafts[-1].extras["ranked_next"] = form


# "từ 95.000 đồng đến 98.000 đồng/kg", "52.000 đồng - 55.000 đồng/kg": a range whose low end repeats the unit
_RANGE_TO = re.compile(r"\s*(?:đến|tới|[-–])\s*", re.I)


def _range_repeating_unit(reader: SentenceReader, match: re.Match[str], quantity: Quantity) -> Quantity:
    """The quantity read on to the high end of its range when both ends print the unit: one figure, its unit the
    high end's ("đồng/kg")."""
    if quantity.high is not None or not quantity.phrase:
        return quantity
    joined = _RANGE_TO.match(reader.body, quantity.end)
    if joined is None:
        return quantity
    if quantity.family == "percent":
        return _percent_range(reader, match, quantity, joined.end())
    high = _plain_quantity_at(reader, joined.end())
    if high is None or high.qualifier is not None or high.family != quantity.family \
            or high.unit.split("/")[0] != quantity.unit.split("/")[0] or not quantity.value < high.value:
        return quantity
    reader.range_end = high.end
    start = match.start() if match["from"] else quantity.start
    return replace(quantity, start=start, end=high.end, high=high.value, unit=high.unit)


# "Lúa đạt 92.127,7 ha/KH 89.000 ha", "đạt 48,1 triệu đồng/kế hoạch 48 triệu đồng": the amount done, a slash and its
# plan's amount (B90, B91)
_OVER_ITS_PLAN = re.compile(r"\s*/\s*(?:KH|kế\s+hoạch)(?:\s+năm)?\s+(?=\d)", re.I)


def _done_over_its_plan(reader: SentenceReader, quantity: Quantity) -> Quantity:
    """The amount done read on over the plan amount told after it with a slash: one figure, the plan's amount no
    figure of its own."""
    joined = _OVER_ITS_PLAN.match(reader.body, quantity.end)
    if joined is None or quantity.family == "percent":
        return quantity
    plan = _plain_quantity_at(reader, joined.end())
    if plan is None or plan.family != quantity.family:
        return quantity
    reader.range_end = plan.end
    return replace(quantity, end=plan.end)


def _plain_quantity_at(reader: SentenceReader, at: int, also_refused: tuple[str, ...] = ()) -> Quantity | None:
    """The quantity printed at ``at`` as a number with its unit, if one is: not spelled out, no range or "từ" of its
    own (nor the parts of ``QUANTITY`` named in ``also_refused``)."""
    body = reader.body
    if 0 < at and body[at - 1] in "-–":
        body = body[:at - 1] + " " + body[at:]  # "132.000 đồng-138.000 đồng/kg": the dash joined no space (R72d: B44)
    found = QUANTITY.match(body, at)
    if found is None or any(found[group] for group in ("word", "high", "high2", "from", *also_refused)):
        return None
    return read_quantity(body, found, reader.segment_start)


_WHOLE_AFTER = re.compile(r"/\s?(?=\d)")


# The share of the plan right after a count and its whole: ", đạt 135% KH", ", bằng 93% kế hoạch".
_PLAN_SHARE_AFTER = re.compile(r"\s*,?\s*(?:đạt|bằng)\s+[\d.,]+\s*%\s*(?:KH|kế\s+hoạch)(?!\w)", re.I)


def _whole_repeating_unit(reader: SentenceReader, quantity: Quantity) -> Quantity:
    """An amount done and the whole it is counted against, both printed with their unit ("2.150 ha/2.400 ha",
    "412 tỷ 150 triệu đồng/530 tỷ 200 triệu đồng"; set R33): one figure whose plan is the second amount, as
    "2.150/2.400 ha" is, never two figures; a count too when its plan's share follows ("131.000 con/96.880 con, đạt
    135% KH", B53)."""
    if quantity.high is not None or quantity.whole is not None or quantity.family == "percent" \
            or not quantity.phrase:
        return quantity
    slash = _WHOLE_AFTER.match(reader.body, quantity.end)
    if slash is None:
        return quantity
    whole = _plain_quantity_at(reader, slash.end(), also_refused=("of", "per"))
    if whole is None or whole.qualifier is not None or whole.unit != quantity.unit or whole.high is not None:
        return quantity
    if quantity.family == "count" and (whole.phrase != quantity.phrase
                                       or not _PLAN_SHARE_AFTER.match(reader.body, whole.end)):
        # "8.112 hộ nghèo/506.184 hộ": poor households out of all, two figures (B49); "74 xã/137 xã" as R33 left it;
        # only a count told with its plan's share after it is one figure
        return quantity
    reader.range_end = whole.end
    return replace(quantity, end=whole.end, whole=whole.value, whole_rounding=whole.rounding)


# The high end of a range of percentages printed at both ends ("từ 8,15% đến 8,30%", "khoảng 70%-75%"): a number
# and "%" with nothing after it that makes it a figure of another kind ("80% - 85% kế hoạch" keeps its plan word on the
# range as one figure too).
_PERCENT_HIGH = re.compile(rf"(?P<num>{NUMBER})\s*%(?!\s*/|\w)")


def _percent_range(reader: SentenceReader, match: re.Match[str], quantity: Quantity, at: int) -> Quantity:
    """A percentage read on to the high end of its range when both ends print "%" (set R33): one figure, not two
    ("trong khoảng từ 81,25% - 98,40%", "đạt mức từ 8,15% đến 8,30%"); the high end must be larger."""
    if quantity.qualifier in ("more_than", "less_than"):
        return quantity  # "trên 30% - 70%" is no range of the bound's
    high = _PERCENT_HIGH.match(reader.body, at)
    if high is None:
        return quantity
    value = parse_number(high["num"])[0]
    if not quantity.value < value:
        return quantity
    reader.range_end = high.end()
    start = match.start() if match["from"] else quantity.start
    return replace(quantity, start=start, end=high.end(), high=value)


# A percentage of the plan, a few words naming the plan, then an opening parenthesis: the amount inside is the plan's.
_PLAN_SHARE_THEN_PAREN = re.compile(r"\d\s*%\s*(?:so\s+với\s+)?(?:kế\s+hoạch|dự\s+toán|mục\s+tiêu|KH)(?!\w)[^()%\d;.]{0,40}"
                                    r"(?:(?:19|20)\d\d[^()%\d;.]{0,10})?\(\s*$", re.I)


# "... chỉ tăng nhẹ so với năm 2018 (đạt 2988,4 triệu USD, tăng 0,94% so với cùng kỳ)": an amount in the parentheses after
# a comparison that goes on with its own change on last year is the level compared, not the base's (B68)
_OWN_CHANGE_AFTER = re.compile(r"\s*,\s*(?:tăng|giảm)\s+\d[\d.,]*\s*%\s*so\s+(?:với\s+)?cùng\s+k[ỳì]", re.I)


def _a_bases_level(reader: SentenceReader, quantity: Quantity, before: str) -> bool:
    """Whether the amount is the level of the base a comparison right before it names (``COMPARISON_BASE``)."""
    return ends_with(COMPARISON_BASE, before) is not None and not _OWN_CHANGE_AFTER.match(reader.body, quantity.end)


def _stands_aside(reader: SentenceReader, quantity: Quantity, before: str, current: Draft | None) -> bool:
    """Whether a figure stands aside from the amount before it: a figure of its own, but the relations after it
    belong to that amount, and it is never a total for the parts that follow."""
    if _a_bases_level(reader, quantity, before):
        return True
    if quantity.family != "percent" and _PLAN_SHARE_THEN_PAREN.search(before[-80:]) is not None:
        return True  # "đạt 132% kế hoạch của năm 2025 (gần 1,9 tỉ USD)": the plan's level, never a total
    if current is None:
        return False
    body, after_current = reader.body, current.figure.char_end - reader.base
    if quantity.family != "percent" and quantity.unit != current.figure.unit \
            and (EQUIVALENT_OPENS.fullmatch(body, after_current, quantity.start) is not None
                 or _CONVERTED.fullmatch(body, after_current, quantity.start) is not None):
        # "(kế hoạch 77.000 ha)", "(khoảng 2,15 tỷ USD)", ", tương đương hơn 14.000 USD" right after an amount in
        # another unit
        return True
    if quantity.family != "percent" and quantity.unit == current.figure.unit \
            and _TARGET_AFTER.fullmatch(body, after_current, quantity.start) is not None:
        return True  # "đạt 50.482 tỷ đồng, vượt mục tiêu là 50.000 tỷ đồng và tăng 12,3%": the target beside it
    if quantity.family == "count" and quantity.unit != current.figure.unit \
            and _FROM_ITEMS.fullmatch(body, after_current, quantity.start) is not None:
        return True
    if quantity.family == "count" and current.unit_family == "money" \
            and _WITH_COUNT.fullmatch(body, after_current, quantity.start) is not None:
        return True
    if quantity.family == "count" and quantity.unit != current.figure.unit \
            and _SLASH_PAIR.fullmatch(body, after_current, quantity.start) is not None:
        return True  # "đạt 6.665,33 ha/7.610 hộ, đạt 98,02% kế hoạch": the farms on the area, its relations the area's
    return quantity.family != "percent" and quantity.unit == current.figure.unit \
        and not 0.95 <= quantity.value / max(current.figure.value, 1e-9) <= 1.05 \
        and _EQUIVALENT_MEASURE.fullmatch(body, after_current, quantity.start) is not None


# Between a count and a bounded amount: what each counted member has ("6 tỉnh, thành phố có kim ngạch xuất khẩu",
# "... gồm <their names> thu về kim ngạch xuất khẩu"); not a total it has ("có tổng vốn").
# A count written right before it, not a year nor a span of time ("6 tỉnh/thành thu về kim ngạch xuất khẩu ").
_COUNT_HAVING = re.compile(r"(?<![\w.,/])(?<!năm\s)(?<!tháng\s)(?<!quý\s)(?!(?:19|20)\d\d(?!\d))\d{1,3}(?:\.\d{3})*\s+"
                           r"(?!(?:tháng|năm|quý|ngày|tuần|giờ)(?!\w))[^\W\d_]+(?:[\s,/]+[^\W\d_]+){0,3}?\s+(?:có|thu\s+về)"
                           r"(?!\s+tổng(?!\w))(?:\s+[^\W\d_]+){1,5}\s+\Z", re.I)
# A set named by a plural word, then what each member has ("các xã có tỷ lệ hộ nghèo cao trên 25%", "những doanh
# nghiệp có doanh thu dưới 1 tỷ đồng"); not a total ("có tổng"), nor a level the sentence states ("có ... đạt").
_PLURAL_HAVING = re.compile(r"(?<!\w)(?:các|những|một\s+số)\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?\s+có(?!\s+tổng(?!\w))"
                            r"(?:\s+(?!(?:đạt|là|bằng|ở)(?!\w))[^\W\d_]+){1,6}\s+\Z", re.I)
# A clause opening with a noun and what it has, the bound, then what befalls the class ("Hộ có thu nhập bình quân dưới
# 1,5 triệu đồng/người/tháng được xếp là hộ nghèo"): a definition, no figure. ("Tỉnh có tỷ lệ hộ nghèo dưới 3%." states
# the province's rate: no predicate follows.)
_CLASS_OPENING = re.compile(r"(?:^|[.;:]\s*)[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?\s+có(?!\s+tổng(?!\w))"
                            r"(?:\s+(?!(?:đạt|là|bằng|ở)(?!\w))[^\W\d_]+){1,6}\s+\Z")
_CLASS_PREDICATE = re.compile(r"(?:[^\w;.]*?\s(?:trở\s+lên|trở\s+xuống))?\s+(?:được|không\s+được|phải|sẽ\s+được|thì)(?!\w)",
                              re.I)
_HAVING_CLASS = re.compile(r"[^\d;()]{0,200}?(?<!\w)(?:có|thu\s+về)(?!\s+tổng(?!\w))(?:\s+[^\W\d_]+){1,5}\s+", re.I)
# A count, then what each member reached, its measure named ("31 thị trường đạt kim ngạch trên 1 triệu USD", "3 xã đạt
# thu nhập bình quân trên 30 triệu đồng/năm"); the bound is a threshold word ("trên", "dưới", "từ ... đến dưới"), not
# "hơn" or "gần", which are said of what the members reached together ("45 dự án đạt hơn 3.000 tỷ đồng").
_REACHING_CLASS = re.compile(r"(?:\s+[^\W\d_]+){0,4}?\s+đạt(?:\s+(?!tổng(?!\w))[^\W\d_]+){1,4}\s+\Z", re.I)
_THRESHOLD = re.compile(r"(?:trên|dưới|từ)\s", re.I)
_BELOW_HIGH = re.compile(r"(?<!\w)(?:đến|tới)\s+dưới\s", re.I)
# A plural subject whose members each reach a bound: "Các địa phương trọng điểm cơ bản đều đạt mức tăng trưởng từ 8%
# trở lên" ("đều": each of them), "Một số điểm đến thu hút hơn 500 lượt trở lên như: ..." (a bound said after it).
# The subject's words may hold a number or an aside ("mọi chỉ tiêu của các ngành khóa 21 (nhiệm kỳ 2015 - 2020) đều đạt
# từ 115% trở lên", R67c).
_PLURAL_SUBJECT = re.compile(r"(?<!\w)(?:các|những|một\s+số|nhiều)\s+[^\W\d_]+"
                             r"(?:\s+(?:[^\W\d_]+|\d{1,4}|\([^()]{0,40}\))){0,16}\s+\Z", re.I)
_EACH = re.compile(r"(?<!\w)đều(?!\w)", re.I)
_BOUND_SAID_AFTER = re.compile(r"\s*trở\s+(?:lên|xuống)(?!\w)", re.I)
# R59: "từ 3 mô hình kinh tế tập thể tiêu biểu trở lên": a bound closed a few words after its unit.
_BOUND_CLOSED_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,8}\s+trở\s+(?:lên|xuống)(?!\w)", re.I)
# R59: a bound, then the count of the class it bounds ("số tỉnh có từ 50 doanh nghiệp mới trở lên là 12 tỉnh",
# "... vốn lớn hơn 1.000 tỷ đồng là 6 tỉnh").
_BOUND_THEN_CLASS_COUNT = re.compile(r"(?:\s*trở\s+(?:lên|xuống))?\s+là\s+\d", re.I)
# R59: what each member has, after "đều có" ("các tỉnh khác đều có số doanh nghiệp đăng ký mới trong tháng dưới 50
# doanh nghiệp", "những xã còn lại đều có số hộ nghèo ... là dưới 50 hộ"), however long its measure's name.
_EACH_HAVING = re.compile(r"(?<!\w)đều\s+có(?!\s+tổng(?!\w))(?:\s+[^\W\d_]+){1,16}?(?:\s+là)?\s+\Z", re.I)
# R59: a comparative bound after what a class has ("... có số vốn đăng ký ... lớn hơn 20 tỷ đồng thì ..."): "lớn hơn"
# compares, it states no level.
_HAVING_COMPARED = re.compile(r"(?<!\w)có(?:\s+[^\W\d_]+){1,16}?\s+(?:lớn|nhỏ)\s+\Z", re.I)


# Places counted, or members counted as a fraction ("12/16 khoản thu"), then what each of them reached: "16/34 địa phương
# tăng trưởng GRDP đạt từ 8% trở lên", "6 địa phương tăng trưởng trên 10%", "(18 địa phương) có mức tăng trưởng ... đạt
# trên 8%": no change of the count ("tăng"/"giảm" alone), no share of it ("chiếm"), within the clause.
_MEMBER_PLACES = frozenset({"province", "locality", "district", "city", "town", "commune", "urban district"})
_MEMBERS_THEN_BOUND = re.compile(r"\)?(?:\s+(?!(?:tăng|giảm|chiếm|bằng)(?!\s+trưởng)(?!\w))[^\W\d_]+){1,12}\s+(?:từ\s+)?\Z",
                                 re.I)


# "từ 8,5% lên mức phấn đấu 10%", "từ 7% xuống còn 6,5%": the level a rate is moved to, right after it (set R61, B24)
_FROM = re.compile(r"(?<!\w)từ\s+(?:(?:mức|khoảng|hơn|trên|gần|dưới)\s+)?$", re.I)
_MOVED_TO = re.compile(r"\s+(?:lên|xuống)(?:\s+còn)?(?:\s+mức)?(?:\s+[^\W\d_]+){0,2}\s+", re.I)


def _raised_from_a_rate(reader: SentenceReader, clause: int, start: int) -> bool:
    """Whether a level is where a growth rate read just before it in its clause, after "từ", is moved to."""
    drafts = reader.drafts
    if not drafts or drafts[-1].clause != clause or drafts[-1].figure.kind != "growth" \
            or drafts[-1].figure.unit != "percent":
        return False
    before_start, before_end = drafts[-1].figure.char_start - reader.base, drafts[-1].figure.char_end - reader.base
    return _FROM.search(reader.body, max(0, before_start - 16), before_start) is not None \
        and _MOVED_TO.fullmatch(reader.body, before_end, start) is not None




def _in_a_structure(body: str, segment_start: int, start: int) -> bool:
    """Whether a level stands in a sentence that named a structure ("cơ cấu", "tỷ trọng") before its clause, or after
    "đóng góp" in its clause, with no word of growth nor a gap in its own clause: a later item of the structure's
    list, or the part of a whole a subject contributes."""
    if GROWTH_WORDS.search(body, segment_start, start) or GAP.search(body, segment_start, start):
        return False
    # a part's contribution to a whole: "đóng góp khoảng 45% GRDP và trên 60% tổng thu ngân sách"
    if _CONTRIBUTES.search(body, min(segment_start, clause_start(body, start)), start) is not None:
        return True
    structure = next(reversed(list(STRUCTURE.finditer(body, 0, segment_start))), None)
    # (a list of rates of change after the structure ended it: "tỷ trọng ... chiếm 48%; ba xã có mức tăng cao nhất là:
    # Tân An 6,1%; Phú Lộc 5,4%")
    return structure is not None and not GROWTH_WORDS.search(body, structure.end(), start)


_CONTRIBUTES = re.compile(r"(?<!\w)đóng\s+góp(?!\w)", re.I)


def _members_bound(reader: SentenceReader, quantity: Quantity) -> bool:
    """Whether a bounded percentage right after a count of members says what each of them reached ("có 16/34 địa phương
    tăng trưởng GRDP đạt từ 8% trở lên", "12/16 khoản thu ước thực hiện đạt trên 50% dự toán"): a class's bound."""
    last = reader.drafts[-1] if reader.drafts else None
    if last is None or last.unit_family != "count" or last.figure.kind != "amount" \
            or not (last.figure.unit in _MEMBER_PLACES or "/" in last.figure.raw_text):
        return False
    return _MEMBERS_THEN_BOUND.fullmatch(reader.body, last.figure.char_end - reader.base, quantity.start) is not None


_LEVEL_FALLEN_TO = re.compile(r"(?<!\w)(?:còn|xuống(?:\s+còn)?|xuống\s+mức)\s*$", re.I)


def _named_fall(window: str) -> bool:
    """Whether the words naming a percentage name a fall ("mức giảm tỷ lệ hộ nghèo"), with no other figure or
    item of a list between them and it ("mức giảm tỷ lệ hộ nghèo 0,88%; tỷ lệ lao động qua đào tạo đạt 76,04%")."""
    falls = list(FALL_WORDS.finditer(window))
    # (a number glued to a letter names a document, "Nghị quyết 30a", and is no figure; "giảm tỷ lệ hộ nghèo còn
    # 1,43%" names the level it falls to, no fall, B56)
    return bool(falls) and not re.search(r"[;,]|\d(?![\d.,]*[^\W\d_])", window[falls[-1].end():]) \
        and not _LEVEL_FALLEN_TO.search(window)


def _class_threshold(reader: SentenceReader, quantity: Quantity) -> bool:
    """Whether a bounded amount right after a count says what each counted member has above or below it ("5 ngành
    hàng có kim ngạch trên 10 tỷ USD", "12 doanh nghiệp có doanh thu dưới 1 tỷ đồng"): a class's bound, no figure."""
    body = reader.body
    said_after = _BOUND_SAID_AFTER.match(body, quantity.end) is not None
    if said_after and (plural := _PLURAL_SUBJECT.search(body, max(0, quantity.start - 120), quantity.start)) \
            and (_EACH.search(plural.group(0)) or body.lower().startswith("một số", plural.start())):
        return True  # "các địa phương ... đều đạt mức tăng trưởng khoảng từ 8% trở lên": what each member reached
    if (_THRESHOLD.match(body, quantity.start) or re.search(r"(?<!\w)từ\s+\Z", body[:quantity.start][-8:])) \
            and _BOUND_CLOSED_AFTER.match(body, quantity.end) \
            and _members_counted_before(reader, quantity):
        return True  # "8/10 huyện ... đã có từ 3 mô hình kinh tế tập thể tiêu biểu trở lên": what each one did
    if _BELOW_HIGH.search(body, quantity.start, quantity.end) and _counted_reaching(reader, quantity):
        return True  # "26 xã đạt thu nhập bình quân từ 20 đến dưới 30 triệu đồng/năm": a class between two bounds
    if quantity.qualifier not in ("more_than", "less_than"):
        return False
    if _THRESHOLD.match(body, quantity.start) and _counted_reaching(reader, quantity):
        return True  # "31 thị trường đạt kim ngạch trên 1 triệu USD": what each counted member reached
    if _BOUND_THEN_CLASS_COUNT.match(body, quantity.end) \
            and re.search(r"(?<!\w)có\s[^\d;.]{1,200}\Z", body[max(0, quantity.start - 200):quantity.start]):
        return True  # "... từ 50 doanh nghiệp trở lên là 12 tỉnh": the class, then how many it holds
    reach = max(0, quantity.start - 200)  # (not a clause's start: ``clause_start`` is the function of indicators.py)
    if _EACH_HAVING.search(body, reach, quantity.start) \
            or _HAVING_COMPARED.search(body, reach, quantity.start):
        return True  # "... còn lại đều có số doanh nghiệp ... dưới 50 doanh nghiệp", "... có số vốn ... trên 1.000 tỷ đồng"
    if _PLURAL_HAVING.search(reader.body, max(0, quantity.start - 80), quantity.start):
        return True  # "tỷ lệ hộ nghèo tại các xã có tỷ lệ hộ nghèo cao trên 25% giảm ...": the communes described
    if _CLASS_OPENING.search(reader.body, max(0, quantity.start - 80), quantity.start) \
            and _CLASS_PREDICATE.match(reader.body, quantity.end):
        return True  # "Xã có tỷ lệ hộ nghèo từ 50% trở lên được hưởng ...": a class the sentence says what befalls
    if quantity.family == "percent" and _members_bound(reader, quantity):
        return True
    if _COUNT_HAVING.search(reader.body, max(0, quantity.start - 120), quantity.start):
        return True  # (a count the parser does not keep: "là 6 tỉnh/thành thu về kim ngạch xuất khẩu trên 10 tỷ USD",
        # "Trong số 9 địa phương có GRDP tăng trên 10%")
    last = reader.drafts[-1] if reader.drafts else None
    if quantity.family == "percent" or last is None or last.unit_family != "count" or last.figure.kind != "amount":
        return False
    return _HAVING_CLASS.fullmatch(reader.body, last.figure.char_end - reader.base, quantity.start) is not None


def _members_counted_before(reader: SentenceReader, quantity: Quantity) -> bool:
    """Whether the figure read right before ``quantity`` counts places or members as a fraction ("7/9 huyện, thành
    phố, thị xã") with only words between them: the members whose each reach ``quantity`` bounds."""
    last = reader.drafts[-1] if reader.drafts else None
    if last is None or last.unit_family != "count" or last.figure.kind != "amount" \
            or not (last.figure.unit in _MEMBER_PLACES or "/" in last.figure.raw_text):
        return False
    return re.fullmatch(r"[^\d;.()]{1,160}", reader.body[last.figure.char_end - reader.base:quantity.start]) is not None


def _counted_reaching(reader: SentenceReader, quantity: Quantity) -> bool:
    """Whether the count read right before ``quantity`` (in the same clause) is followed by "đạt" and the name of a
    measure, then ``quantity``: a count of members by what each reached."""
    last = reader.drafts[-1] if reader.drafts else None
    if last is None or last.unit_family != "count" or last.figure.kind != "amount" or last.figure.unit == quantity.unit:
        return False
    return _REACHING_CLASS.fullmatch(reader.body, last.figure.char_end - reader.base, quantity.start) is not None


def _signed_aside_on_start_of_year(body: str, start: int, end: int) -> bool:
    """Whether the number at ``start`` is signed inside parentheses that close right before a base at the start of
    the year ("(+10,74%; +10.960 tỷ đồng) so với cuối năm 2021"): a change since then, no figure of the report."""
    if start < 1 or body[start - 1] not in "+-−" or body.rfind("(", 0, start) < body.rfind(")", 0, start):
        return False
    close = body.find(")", end)
    if close < 0 or "(" in body[end:close]:
        return False
    return OTHER_PERIOD.match(body, close + 1) is not None and PREVIOUS_PERIOD.match(body, close + 1) is None


def _amount(reader: SentenceReader, quantity: Quantity, clause: int, estimated: bool, kind: str = "amount",
            part: bool = True) -> None:
    """An amount that is a figure of its own, perhaps a component of a total (unless ``part`` is false)."""
    body, base = reader.body, reader.base
    total = component_total(reader, quantity) if part else None
    if total is not None and total[1].unit != quantity.unit and not kind_of(quantity.unit, total[1].unit) \
            and not counted_by_classifier(quantity.phrase, total[1]):
        quantity.unit = total[1].unit  # "612 cơ sở lưu trú ..., trong đó 24 cơ sở": the total's unit, shortened
    if quantity.unit == "fruit" and _EGGS.search(body, reader.segment_start, quantity.start):
        quantity.unit = "egg"  # "sản lượng trứng ước đạt 335.610 nghìn quả": eggs, not fruit
    if total is not None:
        listed, count = reader.part_sums.get(total[0], (0.0, 0))
        reader.part_sums[total[0]] = (listed + quantity.value, count + 1)
    reader.reach = estimated
    qualifier = quantity.qualifier
    # the estimate of a total passes to its parts in its own sentence only: a new sentence ends the verb's reach
    # ("... ước đạt 12.500 tỷ đồng. Trong đó, thu nội địa 11.800 tỷ đồng" states the part as it is)
    total_estimated = total is not None and total[0] >= reader.offset and total[1].qualifier == "estimate"
    if qualifier is None and (estimated or total_estimated):
        qualifier = "estimate"
    indicator, indicator_text = name_figure(body, reader.segment_start, quantity.start, quantity.end, quantity.unit,
                                            quantity.family)
    if indicator is not None and _SUB_AREA.match(body):
        indicator = None  # "Riêng Phú Quốc có 417.643 lượt khách ...; trong đó, khách quốc tế ...": a place's part
    change = _rate_before(reader, clause, quantity.start)
    told_before = _relation_told_before(reader, clause, quantity.start) if change is None else None
    if told_before is not None and indicator is None:
        # the amount's subject is named before its relation ("doanh thu du lịch tăng hơn 1,4 lần ..., đạt ...")
        rate_start = told_before.char_start - base
        indicator, indicator_text = name_figure(body, 0, rate_start, told_before.char_end - base, quantity.unit,
                                                quantity.family)
    if told_before is not None and told_before.kind == "growth":
        change, told_before = told_before, None
    if qualifier is None and any(r is not None and r.qualifier == "estimate" for r in (change, told_before)):
        qualifier = "estimate"  # "ước tăng 9,2%, đạt 4,1 tỷ USD": the level of an estimated change is estimated
    figure = Figure(
        kind=kind, value=quantity.value, unit=quantity.unit, raw_text=body[quantity.start:quantity.end],
        char_start=base + quantity.start, char_end=base + quantity.end, sentence=body, sentence_start=base,
        indicator=indicator, indicator_text=indicator_text, value_high=quantity.high, qualifier=qualifier,
        component_of=None if total is None else total[0], value_rounding=quantity.rounding,
        plan_amount=quantity.whole, plan_amount_rounding=quantity.whole_rounding,
    )
    if told_before is not None:
        figure = replace(figure, pct_of_plan=told_before.pct_of_plan, plan_basis=told_before.plan_basis,
                         pct_of_plan_rounding=told_before.pct_of_plan_rounding)
    extras: dict[str, object] = {"unit_phrase": quantity.phrase}
    if change is not None:
        figure = replace(figure, yoy_change_pct=change.value, yoy_change_rounding=change.value_rounding)
        if body.rfind("(", 0, quantity.start) > body.rfind(")", 0, quantity.start):
            # "tăng 2,68% so với cùng kỳ (đạt khoảng gần 7.200 tỷ đồng) và bằng 51,3% kế hoạch": the amount the
            # sentence is about, set in parentheses after its change; the relations after them are its too
            extras["subject_in_parentheses"] = True
    reader.drafts.append(Draft(figure, clause, quantity.family, extras))
    reader.segment_start = quantity.end


# How near the money rate told before must end, and how close in size the amount must be to it, for the amount to be
# read in the rate's unit (``_carried_rate``)
_CARRY_REACH = 160
_CARRY_RATIO = 5.0


def _carried_rate(reader: SentenceReader, quantity: Quantity) -> str | None:
    """The unit of a money rate told just before, for a money amount printed without its divisors: "tăng từ 10,98
    triệu đồng/năm (năm 2010) lên 14 triệu đồng/năm (năm 2012) và lên 16,5 triệu đồng năm 2013" (the income per
    person named once), "bình quân cả vụ gần 32.000 đồng mỗi kg. Năm ngoái, giá trung bình cả vụ chỉ khoảng 16.000
    đồng", "... là 3,230 triệu đồng, đứng sau Thanh Hóa với 3,510 triệu đồng". The rate is the sentence's last figure,
    or, when the sentence has given none yet, the document's last, ending within ``_CARRY_REACH`` characters; it is of
    the same currency, divides by all the amount does and more, and is within a factor of five of it (a total in
    the same currency is far larger: "Giá lúa 6.000 đồng/kg. Doanh thu đạt 500 tỷ đồng."). An amount naming
    another indicator than the rate's keeps its own unit."""
    if quantity.family != "money" or quantity.value <= 0:
        return None
    if reader.drafts:
        rate: Figure | None = reader.drafts[-1].figure
    else:
        rate = reader.earlier[-1] if reader.earlier else None
    if rate is None or rate.kind != "amount" or rate.value <= 0:
        return None
    if reader.base + quantity.start - rate.char_end > _CARRY_REACH:
        return None
    parts, rate_parts = quantity.unit.split("/"), rate.unit.split("/")
    if rate_parts[0] != parts[0] or len(rate_parts) <= len(parts) or not set(parts[1:]) <= set(rate_parts[1:]):
        return None
    if len(parts) > 1 and (any(p not in TIME_UNITS for p in parts[1:])
                           or any(p in TIME_UNITS for p in set(rate_parts[1:]) - set(parts[1:]))):
        return None  # a divisor printed stays: only a person or a hectare goes before a printed time ("đồng/năm")
    change = bool(reader.drafts) and ends_with(CHANGE, reader.body, quantity.start) is not None
    if not change and not 1 / _CARRY_RATIO <= quantity.value / rate.value <= _CARRY_RATIO:
        return None  # (the change of the rate told in its sentence, "tăng 2,52 triệu đồng", may be far smaller)
    indicator, _ = name_figure(reader.body, reader.segment_start, quantity.start, quantity.end, quantity.unit,
                               quantity.family)
    if indicator is not None and indicator != rate.indicator:
        return None
    return rate.unit


# A rate named as the subject of the change before it in its clause: "tỷ lệ hộ nghèo đa chiều toàn tỉnh năm 2024 giảm".
_RATE_IS_THE_SUBJECT = re.compile(r"(?<!\w)t[ỷỉ]\s+lệ(?!\w)[^;.%,]{0,70}?(?<!\w)(?:tăng|giảm)(?:\s+[^\W\d]+)?\s*$", re.I)


def _rate_before(reader: SentenceReader, clause: int, start: int) -> Figure | None:
    """"khách quốc tế tăng 27%, tương ứng 1.504 nghìn lượt": the growth read right before these words is the
    change of the amount after them; it is taken off the figures and returned."""
    drafts = reader.drafts
    rate = ends_with(RATE_THEN_AMOUNT, reader.body, start) or ends_with(RATE_WITH_AMOUNT, reader.body, start)
    if not drafts or drafts[-1].clause != clause or drafts[-1].figure.kind != "growth" \
            or drafts[-1].extras.get("beside_amount") or not rate:
        return None
    if drafts[-1].figure.char_end - reader.base < rate.start():
        return None
    if _rate_is_the_subject(reader.body, drafts[-1].figure, reader.base):
        return None
    return drafts.pop().figure


def _rate_is_the_subject(body: str, change: Figure, base: int) -> bool:
    """Whether the change is a rate's, named "tỷ lệ" before its verb: "tỷ lệ hộ nghèo ... giảm 6,26%, tương đương với
    11.710 hộ" is the rate's fall and what it comes to, not the change of a level of 11.710 households (B54)."""
    at = change.char_start - base
    return _RATE_IS_THE_SUBJECT.search(body, max(0, at - 80), at) is not None


# A relation told first and the amount it is of after a comma: "tăng 167%, với lượng khách đạt khoảng 308.164 lượt",
# "tăng hơn 1,5 lần so với năm 2022, đạt khoảng 4.700 tỷ đồng", "đạt 26% kế hoạch, với số tiền thu được là 55,5 tỷ
# đồng", "đạt gần 80% kế hoạch năm, tương đương 5.919 tỷ đồng". Between the relation and the comma only its base
# (a comparison with last year for a rate of change, the plan's name for a share of plan); after the comma the words
# that give the amount.
# (R58: an adverb may stand before "đạt": "giảm 12% so với năm trước, chỉ đạt 86 triệu USD". Session 35: the level a
# change ends at, ", xuống còn 1.950 USD/tấn", ", ở mức ...", ", lên ...", and "đạt tổng cộng" join too; a rate of
# change before ", đạt" needs no base, as one after an amount needs none: "tăng 11%, đạt 4.300 tỷ đồng". A bare ", còn"
# is what remains ("còn 20 dự án đang triển khai"), no level.)
# (R77: "có giá trị đạt" after the comma, "tăng 73,5% so với cùng kỳ, có giá trị đạt 3,2 tỷ USD"; and "lên" with no
# comma, "tăng 21,6% lên 12.832 tỷ đồng", as "xuống còn".)
_THEN_ITS_AMOUNT = re.compile(r"(?:\s*,\s*(?:tương\s+(?:đương|ứng)(?:\s+(?:với|là))?|với\s+(?:[^\W\d_]+\s+){1,5}?(?:là|đạt)"
                              rf"|(?:(?:(?:{phrase_alternation(_V.relations['reached_adverb'])})\s+)?(?:ước\s+)?đạt"
                              r"(?:\s+tổng\s+cộng)?"
                              r"|có\s+giá\s+trị\s+(?:ước\s+)?(?:đạt|là)"
                              r"|(?:xuống|giảm)\s+còn|(?:tăng\s+)?lên(?:\s+mức)?|ở\s+mức))|\s+(?:lên(?:\s+mức)?|xuống(?:\s+còn)?))\s*$",
                              re.I)
_LAST_YEAR_GAP = re.compile(r"\s*so\s+(?:với\s+)?(?:cùng\s+k[ỳì](?:\s+năm\s+(?:trước|ngoái|(?:19|20)\d\d))?"
                            r"|năm\s+(?:trước|ngoái|(?:19|20)\d\d))", re.I)
_PLAN_NAME_GAP = re.compile(r"\s*(?:so\s+(?:với\s+)?)?(?:kế\s+hoạch|dự\s+toán|mục\s+tiêu|chỉ\s+tiêu)(?!\w)(?:\s+[^\W\d_]+){0,4}",
                            re.I)
# R58: the plan named before the share, right after its verb: "vượt dự toán 8,5%, với số thu đạt 5.420 tỷ đồng",
# "đạt kế hoạch năm 96%, tương đương 5.919 tỷ đồng" (no plan needs naming again between the share and the comma)
_PLAN_NAMED_FIRST = re.compile(r"(?<!\w)(?:vượt|đạt|bằng)\s+(?:so\s+(?:với\s+)?)?(?:kế\s+hoạch|dự\s+toán|mục\s+tiêu|chỉ\s+tiêu)"
                               r"(?:\s+[^\W\d_]+){0,4}\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$", re.I)


def _relation_told_before(reader: SentenceReader, clause: int, start: int) -> Figure | None:
    """The rate of change or share of plan told right before the amount starting at ``start``, in the amount's
    clause, the two joined as in ``_THEN_ITS_AMOUNT``: it is the amount's relation, no figure of its own; it is taken
    off the figures and returned."""
    drafts = reader.drafts
    if not drafts or drafts[-1].clause != clause or drafts[-1].extras.get("beside_amount"):
        return None
    rate = drafts[-1].figure
    if rate.unit != "percent" or rate.kind == "growth" and rate.yoy_change_pct is not None:
        return None
    gap_start = rate.char_end - reader.base
    if rate.kind == "growth":
        base = _LAST_YEAR_GAP.match(reader.body, gap_start, start)
    elif rate.kind == "share" and rate.pct_of_plan is not None \
            and rate.pct_of_plan in (rate.value, round(100.0 + rate.value, 9)):  # (a share over the plan: "vượt 8,5%")
        base = _PLAN_NAME_GAP.match(reader.body, gap_start, start)
        rate_start = rate.char_start - reader.base
        if base is None and _PLAN_NAMED_FIRST.search(reader.body, max(0, rate_start - 60), rate_start):
            base = re.compile("").match(reader.body, gap_start)  # the plan was named first: nothing between
    else:
        return None
    joined = _THEN_ITS_AMOUNT.match(reader.body, base.end() if base else gap_start, start)
    if joined is None or joined.end() != start or rate.kind == "share" and base is None:
        return None
    if rate.kind == "growth" and _rate_is_the_subject(reader.body, rate, reader.base):
        return None
    return drafts.pop().figure


def _own_multiple(reader: SentenceReader, match: re.Match[str], change: float, unnamed: bool = False) -> None:
    """"Kim ngạch xuất khẩu tăng gấp 3 lần so với năm 2015" with no amount stated: a growth figure, +200%; with
    ``unnamed``, a change of the amount before it on another base ("tăng gần gấp đôi so với tháng trước"), which
    stands beside that amount and takes neither its name nor its estimate."""
    body, base = reader.body, reader.base
    start = match.start("at2") if match["at2"] else match.start()
    end = match.end()
    bound = match["q"] or match["q2"]
    if bound is None and (before := _BOUND_BEFORE_MULTIPLE.search(body, max(0, start - 12), start)) is not None:
        bound, start = before["q"], before.start()  # "gần gấp đôi"
    qualifier = _V.qualifiers[bound.lower()][0] if bound else None
    estimated = _estimated(reader, start)
    if qualifier is None and estimated and not unnamed:
        qualifier = "estimate"
    number = match["num"] or match["num2"]
    rounding = parse_number(number)[1] * 100 if number else 0.0
    high = round((parse_number(match["xhigh"])[0] - 1.0) * 100.0, 9) if match["xhigh"] else None
    indicator, indicator_text = name_figure(body, reader.segment_start, start, end, "percent", "percent")
    if unnamed:
        indicator = None
    figure = Figure(
        kind="growth", value=change, unit="percent", raw_text=body[start:end], char_start=base + start,
        char_end=base + end, sentence=body, sentence_start=base, indicator=indicator, indicator_text=indicator_text,
        qualifier=qualifier, value_rounding=rounding, value_high=high,
    )
    reader.drafts.append(Draft(figure, reader.clause_of(start), "percent", {"beside_amount": True} if unnamed else {}))
    reader.reach = estimated
    reader.segment_start = end


# "gần gấp đôi", "khoảng gấp 3 lần": a bound written before "gấp" rather than after it
_BOUND_BEFORE_MULTIPLE = re.compile(r"(?<!\w)(?P<q>khoảng|gần|hơn)\s+$", re.I)


def _estimated(reader: SentenceReader, start: int) -> bool:
    """Whether an estimate verb governs the number at ``start``.

    "ước" governs the figure it introduces and the later figures of its sentence
    that have no verb of their own ("ước đạt 160.270 tấn ...; sản lượng cua 20.150
    tấn"); a new predicate ends its reach ("..., quy mô nền kinh tế đạt ...").
    """
    estimate_at, segment_start = reader.estimate_at, reader.segment_start
    at = bisect_left(estimate_at, segment_start)
    if at < len(estimate_at) and estimate_at[at] < start:
        return True
    if OWN_VERB.search(reader.body, max(segment_start, start - NAME_REACH), start):
        return False
    return reader.reach and not _estimate_within_item(reader, start)


def _estimate_within_item(reader: SentenceReader, start: int) -> bool:
    """Whether the estimate verb that still reaches ``start`` stands inside one item of a ";" list, an item before
    the one holding ``start`` ("; hồ tiêu ... có sản lượng ước tính 60.000 tấn/năm; 25.000 ha cao su ..."): it
    estimates its own item only. A verb before the list's first ";" governs the items after it ("ước đạt 160.270
    tấn ...; sản lượng cua 20.150 tấn"), and so do the verbs of a list estimated from its first item on."""
    at = bisect_left(reader.estimate_at, start)
    if not at:
        return False
    verb = reader.estimate_at[at - 1]
    ends = reader.clause_ends
    item = bisect_left(ends, start)
    if not bisect_left(ends, verb) or item <= bisect_left(ends, verb) or reader.estimate_at[0] < ends[0]:
        return False  # (an estimate verb in the list's first item too: "ước đạt ...; ... ước đạt ...; xuất siêu ...")
    # "...; trong đó, Đà Lạt chiếm 69,3% sản lượng": a breakdown of the estimated item goes on in its estimate
    return OPENS_WITH_COMPONENTS.match(reader.body[ends[item - 1] + 1:]) is None


def _percent(reader: SentenceReader, quantity: Quantity, before: str, current: Draft | None, clause: int,
             estimated: bool) -> int:
    """Read one percentage: a relation of the current amount, or a growth or share figure; return where its
    words end."""
    relation = percent_relation(reader, quantity, before, current, clause)
    if not isinstance(relation, Standalone):
        return relation
    kind, value, plan_basis = relation.kind, relation.value, relation.plan_basis
    body, base, segment_start = reader.body, reader.base, reader.segment_start
    start, end = quantity.start, quantity.end
    if kind == "share" and plan_basis is None and (done := _done_of_its_plan(reader, current, quantity)) is not None:
        # "giải ngân 2.184/3.050 tỷ đồng vốn được giao, đạt 72%": the amount done over its plan, as its numbers give it
        done.figure = replace(done.figure, pct_of_plan=value, plan_basis="plan", pct_of_plan_rounding=quantity.rounding)
        return end
    if relation.against_base and current is None and MISSED_AMOUNT.search(body, segment_start, start):
        # "Diện tích xuống giống lúa 337.874ha, tăng 2,27% so cùng kỳ": the relation of an amount not read
        return end
    qualifier = quantity.qualifier
    if qualifier is None and estimated and not relation.unnamed \
            and not OTHER_LEVEL_PAREN.search(body, max(segment_start, start - 40), start):
        qualifier = "estimate"
    # read with a target's key kept: what a target rate measures still says whether it is growth
    measured, indicator_text = name_figure(body, segment_start, start, end, "percent", "percent", plans=True)
    indicator = None if measured and names_plan(plan_clause(body, segment_start, start)) else measured
    if relation.unnamed:
        indicator = None
    elif indicator is None:
        indicator = _inherited_indicator(reader.drafts, clause, "percent", "percent", body[segment_start:start])
        if indicator is not None and overreaches(indicator, body[clause_start(body, start):start]):
            indicator = None  # "Tỷ trọng kinh tế số 11,4% (KH 12%)": neither the share nor its plan is growth
    window = body[max(segment_start, start - NAME_REACH):start]
    level_of = _plan_level_of(reader, clause, start)
    if kind == "share" and level_of is not None:
        # "41,85% (KH 41%)": the plan level is a figure of the same kind and name as the one it is the plan of
        kind, indicator = level_of.kind, level_of.indicator
    elif kind == "share" and plan_basis is None and _plans_a_change(reader, start):
        # "đạt 5.830 tỷ đồng, tăng 15,08% (KH 16-17%)": the plan of the amount's rate of change is a growth rate too
        kind, indicator = "growth", None
    elif kind == "share" and plan_basis is None and SHARE_WORDS.search(window):
        # "Tỷ trọng đóng góp của kinh tế biển vào GRDP 41,85%": a share, whatever it is a share of
        if indicator in _V.growth_indicators:
            indicator = None
    elif kind == "share" and plan_basis is None and _in_a_structure(body, segment_start, start):
        # "Cơ cấu kinh tế ...: A đạt 17,8% ...; B đạt 33,1% ...", "... chiếm tỷ trọng lớn nhất (71,2%), tiếp theo là
        # khu vực công nghiệp - xây dựng (22,5%)": the sectors' levels of a structure named before are shares, as its first is
        if indicator in _V.growth_indicators:
            indicator = None
    elif kind == "share" and plan_basis is None and _raised_from_a_rate(reader, clause, start):
        kind = "growth"  # "mục tiêu tăng trưởng từ 8,5% lên mức phấn đấu 10%": the level a growth rate is moved to
    elif kind == "share" and plan_basis is None and quantity.high is None and not ends_with(SHARE_VERB, body, start) \
            and (indicator or measured) in _V.growth_indicators:
        kind = "growth"  # "Tăng trưởng kinh tế (GRDP) đạt 6,5%", "Phấn đấu tăng trưởng kinh tế đạt 8,5%"
    elif kind == "share" and plan_basis is None and (listed := _CHANGES_LISTED.search(body, max(0, start - 400), start)):
        # "có 3 nhóm hàng giảm giá là giao thông 0,8%; may mặc 0,2%; ...": each item's rate is its change (R63)
        kind = "growth"
        if listed["dir"].lower() == "giảm":
            value = -value
    elif kind == "share" and plan_basis is None and (rate := _RATE_OF_CHANGE.search(window)) is not None:
        kind, value = "growth", -value if rate["dir"].lower() == "giảm" else value
    elif kind == "share" and plan_basis is None and _named_fall(window):
        kind, value = "growth", -value  # "mức giảm tỷ lệ hộ nghèo 0,88%": a fall named as a noun, below zero
    elif kind == "share" and plan_basis is None and (gap := GAP.search(body, 0, start)) is not None \
            and gap.group().lower().startswith("thấp") and _LOWER_THAN_LAST_YEAR.search(
                body[max(segment_start, start - 80):start] + " " + body[end:end + 40]):
        kind, value = "growth", -value  # "sản lượng thấp hơn 4-7% so với năm ngoái": a fall on last year, below zero (R63)
    elif kind == "share" and plan_basis is None and (GROWTH_WORDS.search(window) or GAP.search(body, 0, start)):
        kind = "growth"  # "tăng trưởng của tỉnh ước đạt 8,35%", "có mức tăng cao nhất 8,25%", "cao hơn 0,5%"
    elif kind == "share" and plan_basis is None and _continues_rates_of_change(reader, start):
        kind = "growth"  # "(tăng lần lượt là 3,21%, 4,85%, 5,42%)", "tăng trưởng 2 con số là: A 11,86%; B 11,07%"
    elif kind == "share" and plan_basis is None and _PER_YEAR_RATE.search(body, start, end):
        kind = "growth"  # "trồng trọt tương ứng là 3,94%/năm": a share is no rate a year; a change on average is
    if kind in ("share", "growth") and plan_basis is None and value > 0 and _NEGATIVE_BEFORE.search(window):
        kind, value = "growth", -value  # "sản xuất nông nghiệp đã âm hơn 4,10%", "tăng trưởng âm 2,3%": below zero (B87)
    if kind in ("share", "growth") and plan_basis is None and value > 0 and (
            _LOWERS_THE_WHOLE.search(window)
            or _CONTRIBUTES_RIGHT_BEFORE.search(window) and _TO_THE_FALL.match(body, end)):
        # "nhóm giáo dục giảm 0,76%, tác động làm giảm CPI chung 0,06%" (B86), "đóng góp 0,25% vào mức giảm chung" (B90):
        # a contribution to a fall
        kind, value = "growth", -value
    if kind == "share" and plan_basis is None and not ends_with(SHARE_VERB, body, start):
        # (after "chiếm" the noun is the whole the share is of: "chiếm 59,8% lượt khách đến toàn tỉnh" is a base)
        noun = SHARE_NOUN.match(body[end:])
        if noun and SHARE_HEAD.match(noun.group(1)):
            end = end + noun.end(1)
    points = reader.points
    if points is not None and len(points) == 3 and points[2] != start:
        points = None  # "từ 32,21%": the starting level; the change waits for the level it ends at
    else:
        reader.points = None
    high = quantity.high
    if high is not None and value == -quantity.value != 0:
        high = -high  # "giảm từ 2 - 3%/năm": a fall, both ends
    # "vượt 18% dự toán": the share as printed, 118% of the plan
    printed = relation.printed if plan_basis is not None else None
    figure = Figure(
        kind=kind, value=value if printed is None else printed, unit="percent", raw_text=body[start:end],
        char_start=base + start, char_end=base + end, sentence=body, sentence_start=base, indicator=indicator,
        indicator_text=indicator_text, value_high=high, qualifier=qualifier, plan_basis=plan_basis,
        pct_of_plan=value if plan_basis is not None else None,
        change_abs=points[1] if points and points[0] == clause else None, value_rounding=quantity.rounding,
        pct_of_plan_rounding=0.0 if printed is None else quantity.rounding,
    )
    # a change against another base stands beside its amount: the relations after it are still the amount's
    reader.drafts.append(Draft(figure, clause, "percent", {"beside_amount": True} if relation.unnamed else {}))
    return end


def _amount_before_a_continuing_clause(reader: SentenceReader, clause: int, at: int) -> Draft | None:
    """The amount of the clause before, when the clause of the change at ``at`` has no subject and opens with its verb
    ("diện tích cây lúa gần 3.800 ha; giảm 38,1 ha so với cùng kỳ", B90), or with another relation the change follows
    ("...; đạt 99,7% kế hoạch, giảm 18,69 ha so với cùng kỳ")."""
    if any(d.clause == clause for d in reader.drafts):
        return None
    if not reader.continues_previous_clause(clause, at) \
            and not _further_in_a_continuing_clause(reader, clause, at, _FURTHER_CHANGE):
        return None
    return reader.current_amount(clause - 1, at)


# A further change, or a further relation of a percentage, after a comma or "và" in a clause with no subject: "...; đạt
# 99,7% kế hoạch, giảm 18,69 ha" (B90), "...; giảm 3,81% so với năm 2023, đạt 136% so với kế hoạch năm" (B86)
_FURTHER_CHANGE = re.compile(r"(?:,|\svà)\s*(?:tăng|giảm)\s*$", re.I)
_FURTHER_RELATION = re.compile(r"(?:,|\svà)\s*(?:đạt|bằng|hoàn\s+thành)(?:\s+(?:được|khoảng|gần|hơn|trên))?\s*$", re.I)


def _further_in_a_continuing_clause(reader: SentenceReader, clause: int, at: int, further: re.Pattern[str]) -> bool:
    """Whether the number at ``at`` follows ``further`` words in a clause with no subject and no figure of its own,
    whose first relation went to the amount of the clause before."""
    return further.search(reader.body, max(0, at - 24), at) is not None \
        and not any(d.clause == clause for d in reader.drafts) \
        and reader.continues_previous_clause(clause, reader.first_number(clause))


# A change whose subject is a price named right after it ("; giảm 30% giá vé xem biểu diễn"): the clause's own rate, no
# change of the amount of the clause before (R63).
_PRICE_CHANGED = re.compile(r"(?<!\w)(?:tăng|giảm)\s+\Z", re.I)
_PRICE_NAMED_AFTER = re.compile(r"\s+giá\s+[^\W\d_]", re.I)
# Last year named near a rate "thấp hơn" stands before, with no amount it is the change of (R63).
_LOWER_THAN_LAST_YEAR = re.compile(r"(?<!\w)(?:năm\s+(?:trước|ngoái)|cùng\s+k[ỳì])(?!\w)", re.I)
# A change of price opening a list with "là" or ":", then items each named (no digit) before its bare rate, kept apart
# by ";" or ",": "3 nhóm hàng giảm giá là giao thông 0,8%; may mặc 0,2%; đồ dùng 0,1%" (R63).
# ... and a list after the change verb and a colon, each item's rate in parentheses or not: "Các mặt hàng nhập khẩu
# tăng: máy móc (12%); cao su (7,5%)" (B30)
# The base may stand before the colon ("tăng so cùng kỳ: ...", "tăng so tháng trước: ..."), and an item may give two
# rates, each after its label ("sắn lát (lượng: 7,3%; trị giá: 5,2%)").
_LIST_ITEM_NAME = r"(?:[^\W\d][^\d;:%.()]{0,60}?\s*\(?\s*)?(?:[^\W\d][^\d;:%.()]{0,20}:\s*)?"
_CHANGES_LISTED = re.compile(
    r"(?<!\w)(?P<dir>giảm|tăng)(?:\s+giá\s*(?:là|:)|(?:\s+so\s+(?:với\s+)?(?:cùng\s+k[ỳì](?:\s+năm\s+trước)?|tháng\s+trước"
    r"|năm\s+trước))?\s*:"
    # "tăng mạnh ở các ngành: xây dựng (140%); vận tải (95,5%)": where it rose, named before the colon
    # (not the structure of a whole: "tăng dần tỷ trọng các ngành: ...", R68)
    r"|(?:\s+(?!(?:tỷ|tỉ)\s+trọng|cơ\s+cấu)[^\W\d]+){1,5}\s*:)\s*"
    rf"(?:{_LIST_ITEM_NAME}\d[\d.,]*\s*%\s*\)?\s*[;,]\s*){{0,12}}{_LIST_ITEM_NAME}\Z",
    re.I)
# "âm hơn 4,10%", "tăng trưởng âm 2,3%": a rate written below zero in words
_NEGATIVE_BEFORE = re.compile(r"(?<!\w)âm\s*$", re.I)
# "làm giảm CPI chung", "kéo giảm chỉ số giá tiêu dùng": what a part did to the whole, named between the verb and the rate
# ("tỷ lệ hộ nghèo được kéo giảm xuống còn 1,98%" names the level reached, no contribution)
_LOWERS_THE_WHOLE = re.compile(r"(?<!\w)(?:làm|kéo)\s+giảm(?:\s+(?!(?:xuống|còn|mức|ở|là|đến|tới)(?!\w))[^\W\d]+){1,6}\s*$",
                               re.I)
# ... or the verb after the rate: "đóng góp 0,25% vào mức giảm chung"
_CONTRIBUTES_RIGHT_BEFORE = re.compile(r"(?<!\w)đóng\s+góp(?:\s+(?:khoảng|gần|hơn))?\s*$", re.I)
_TO_THE_FALL = re.compile(r"\s*vào\s+(?:mức\s+)?giảm(?!\w)", re.I)
# "so với ... thì tỷ lệ tăng lên tới 165%": the rate of a change, not a share
_RATE_OF_CHANGE = re.compile(r"(?<!\w)t[ỷỉ]\s+lệ\s+(?P<dir>tăng|giảm)(?:\s+(?:lên|xuống))?(?:\s+(?:tới|đến|là|đạt))?\s*$", re.I)


# "..., đạt 72%": between an amount and a bare percentage, the words naming it, a comma and "đạt"
# ("đạt tỉ lệ 295,06%", B53: the rate named before it)
_THEN_REACHED = re.compile(r"[^\d%;.]{0,80},\s*(?:ước\s+)?đạt(?:\s+t[ỷỉ]\s+lệ)?\s*", re.I)


def _done_of_its_plan(reader: SentenceReader, current: Draft | None, quantity: Quantity) -> Draft | None:
    """The amount told as done out of its plan ("2.184/3.050 tỷ đồng": ``plan_amount``) whose share of the plan a bare
    "đạt X%" right after it is: nothing but its name stands between them, and the percentage agrees with the two
    numbers (within its last printed digit and half a point the source may have rounded by)."""
    if current is None or not current.figure.plan_amount or current.figure.pct_of_plan is not None \
            or quantity.high is not None \
            or not _THEN_REACHED.fullmatch(reader.body, current.figure.char_end - reader.base, quantity.start):
        return None
    done = 100.0 * current.figure.value / current.figure.plan_amount
    return current if abs(done - quantity.value) <= quantity.rounding + 0.5 else None


def _continues_rates_of_change(reader: SentenceReader, start: int) -> bool:
    """Whether the rate at ``start`` goes on a list of rates of change: the figure before it in the sentence is
    a growth rate, and only a list's joints, a name or a breakdown's words ("trong đó ngành A đạt") stand between
    them, no share word ("chiếm", "tỷ trọng")."""
    if not reader.drafts:
        return False
    body, k = reader.body, len(reader.drafts) - 1
    # "nông nghiệp đạt 3,4% (đóng góp 0,6 điểm %); công nghiệp - xây dựng 12,1%": a figure told in parentheses
    # that close before the rate stands aside; the list goes on from the rate before them
    while k > 0 and parenthesis_closed(body, reader.drafts[k].figure.char_start - reader.base, start):
        k -= 1
    last = reader.drafts[k].figure
    if last.kind != "growth" or last.unit != "percent" or reader.drafts[k].extras.get("beside_amount"):
        return False
    between = _PARENTHESES.sub("", body[last.char_end - reader.base:start])
    if len(between) > _RATE_LIST_REACH or SHARE_WORDS.search(between):
        return False
    if _LEVEL_NAME.search(between):
        return False  # "mức giảm tỷ lệ hộ nghèo 0,88%; tỷ lệ lao động qua đào tạo đạt 76,04%": a level named anew
    if RATE_LIST_GAP.fullmatch(between) or _NEXT_ITEM.fullmatch(between) or _RANKED_NEXT.fullmatch(between) \
            or _PERIOD_ITEM.fullmatch(between):
        return True
    item = _NAMED_AFTER_A_COMMA.fullmatch(between)
    if item is not None and _parallel_item(body[:last.char_start - reader.base], item["name"]):
        return True
    marker = COMPONENTS.search(between)
    return marker is not None and re.fullmatch(r"[^\d%;]*", between) is not None


_RATE_LIST_REACH = 80
_PARENTHESES = re.compile(r"\s*\([^()]*\)")
# "thị trường Úc tăng 51,2%, thị trường Pháp 33,4%", "...; sợi các loại 21,5%, hàng nông sản 9,7%": the next
# item of a list after a comma, a name and no verb, when the item before names its own in the same words or has no
# verb either (``_parallel_item``)
_NAMED_AFTER_A_COMMA = re.compile(r"\s*,\s*(?P<name>[^\W\d][^\d%;:()]{0,50}?)\s*")
_ITEM_BEFORE = re.compile(r"(?P<name>[^\W\d][^\d%;:,()]{0,50}?)\s*(?P<verb>(?<!\w)(?:tăng|giảm)(?:\s+(?:lần\s+lượt|khoảng|hơn|gần))?)?"
                          r"\s*$", re.I)


def _parallel_item(before: str, name: str) -> bool:
    """Whether the item told in ``before`` (up to its rate) and the one named ``name`` after it are items of one list:
    the earlier one has no verb of its own ("...; sợi các loại 21,5%"), or its name holds the words the later one
    opens with ("xuất khẩu sang thị trường Úc tăng ..., thị trường Pháp ..."); a level's name ("tỷ lệ",
    ``_LEVEL_NAME``) or a share word is checked by the caller."""
    item = _ITEM_BEFORE.search(before[-80:])
    if item is None or not item["name"].strip():
        return False
    if item["verb"] is None:
        return True
    opening = " ".join(name.split()[:2])
    return re.search(rf"(?<!\w){re.escape(opening)}(?!\w)", item["name"], re.I) is not None


# "mức tăng trưởng cao nhất là Bắc Giang với 23,9%, đứng thứ hai là Khánh Hòa với 20,48%": the next place of a ranking
_RANKED_NEXT = re.compile(r"\s*[,;]\s*(?:đứng\s+)?(?:thứ\s+(?:hai|ba|tư|năm|\d{1,2})|tiếp\s+theo|kế\s+đến|sau\s+đó)"
                          r"\s+(?:là\s+)?[^\d%;()]{1,40}?\s+với\s+(?:mức\s+)?", re.I)
# "bình quân đạt 7,16%/năm, riêng năm 2019 đạt hơn 10%", "(năm 2012 đạt 5,7%, năm 2013 đạt 6,81%)": the same rate
# told for a year or quarter of its own
_PERIOD_ITEM = re.compile(r"\s*[,;]\s*(?:riêng\s+)?(?:năm|quý|tháng)\s+(?:\d{1,4}|[IVX]{1,3})(?:/\d{4})?"
                          r"\s*(?:đạt|là|:)?\s*", re.I)
# A rate named as a level ("tỷ lệ ..."): the next item names a level of its own, no rate of change of the list
_LEVEL_NAME = re.compile(r"(?<!\w)t[ỷỉ]\s+lệ(?!\w)", re.I)
# "giáo dục tăng 0,15%; văn hóa, giải trí và du lịch 0,02%": the next item of a list of rates, named and no verb;
# or named and labelled by a colon, past the plan level in parentheses of the item before ("nông nghiệp: 3,09%
# (kế hoạch 2,7%), công nghiệp - xây dựng: 14,62%")
_NEXT_ITEM = re.compile(r"\s*;\s*[^\W\d][^\d%;:()]{0,60}|\s*\)?\s*[,;]\s*[^\W\d][^\d%;:()]{0,60}:\s*")


# "tăng 15,08% (KH 16-17%": a rate of change, then the plan level in parentheses right after it
_CHANGE_THEN_PAREN = re.compile(r"(?<!\w)(?:tăng|giảm)(?:\s+[^\W\d]+){0,2}\s+\d[\d.,]*\s*%\s*\([^()\d]{0,25}$", re.I)


def _plans_a_change(reader: SentenceReader, start: int) -> bool:
    """Whether the rate at ``start`` is a plan level in parentheses right after a rate of change that went to the
    amount before it as its change on last year ("5.830 tỷ đồng, tăng 15,08% (KH 16-17%)"): no figure stands
    between them for ``_plan_level_of`` to take the kind of, yet the plan of a rate of change is a growth rate."""
    body = reader.body
    return ends_with(PLAN_LEVEL, body, start) is not None \
        and _CHANGE_THEN_PAREN.search(body, max(0, start - 60), start) is not None


def _plan_level_of(reader: SentenceReader, clause: int, start: int) -> Figure | None:
    """The rate a plan level in parentheses right after it is the plan of ("11,4% (KH 12%)")."""
    drafts = reader.drafts
    if not drafts or drafts[-1].clause != clause or drafts[-1].figure.unit != "percent" \
            or not ends_with(PLAN_LEVEL, reader.body, start):
        return None
    return drafts[-1].figure


def _inherited_indicator(drafts: list[Draft], clause: int, unit: str, family: str, window: str) -> str | None:
    """A rate with no name of its own continues the list it stands in ("CPI tháng 10 tăng 0,35% so với
    tháng trước; bình quân 10 tháng tăng 3,1%", "giảm từ 29,6% xuống còn 25,4%"), unless it names a part
    ("GRDP tăng 7,15%, trong đó khu vực dịch vụ tăng 6,8%")."""
    if not drafts or drafts[-1].clause < clause - 1 or NEW_SUBJECT.search(window) or COMPONENTS.search(window):
        return None
    key = drafts[-1].figure.indicator
    units = _V.indicator_units.get(key or "", frozenset())
    if key is None or units and not units & {unit, family}:
        return None
    return key


def _with_tables(figures: list[Figure], cells: list[Figure], rows: list[tuple[int, int]]) -> list[Figure]:
    """The table reader's figures in place of whatever the sentence reader made of the same lines."""
    starts = [start for start, _ in rows]

    def in_table(figure: Figure) -> bool:
        at = bisect_right(starts, figure.char_end - 1) - 1
        return any(rows[i][0] < figure.char_end and figure.char_start < rows[i][1] for i in (at, at + 1)
                   if 0 <= i < len(rows))

    kept = _without(figures, [f for f in figures if in_table(f)])
    merged = sorted([(f.char_start, 0, i, f) for i, f in enumerate(kept)]
                    + [(f.char_start, 1, i, f) for i, f in enumerate(cells)], key=lambda e: e[:3])
    moved = [{i: n for n, (_, from_cells, i, _) in enumerate(merged) if from_cells == source} for source in (0, 1)]
    return [f if f.component_of is None else replace(f, component_of=moved[source][f.component_of])
            for _, source, _, f in merged]

