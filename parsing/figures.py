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
of its own: its kind, qualifier and name) is read here.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from parsing.components import component_total
from parsing.figure_patterns import (
    COMPONENTS,
    MULTIPLE,
    NEW_SUBJECT,
    OWN_VERB,
    QUANTITY,
    SHARE_HEADS,
    SHARE_NOUN,
    SHARE_VERB,
    START_WORDS,
    ends_with,
)
from parsing.indicators import NAME_REACH, clause_start, name_figure, names_plan, overreaches, plan_clause
from parsing.model import Figure
from parsing.quantities import Quantity, read_quantity
from parsing.reader import Draft, SentenceReader
from parsing.relations import Standalone, amount_change, multiple, percent_relation, point_change
from parsing.restatements import drop_restatements
from parsing.scan import finditer_at, starts, within
from parsing.sentences import Sentence, split_sentences
from parsing.vocabulary import vocabulary

_V = vocabulary()


def extract_figures(text: str) -> list[Figure]:
    sentences = split_sentences(text)
    candidates = {name: starts(text, words, digits) for name, (_, words, digits) in START_WORDS.items()}
    figures: list[Figure] = []
    previous: list[Figure] = []
    for sentence in sentences:
        found = _sentence_figures(text, sentence, candidates, len(figures), previous)
        figures.extend(found)
        previous = found
    return drop_restatements(text, sentences, figures)


def _sentence_figures(text: str, sentence: Sentence, candidates: dict[str, list[int] | None], offset: int,
                      previous: list[Figure]) -> list[Figure]:
    start, end = sentence.start, sentence.end
    quantities = within(candidates["quantity"], text, start, end)
    multiples = within(candidates["multiple"], text, start, end)
    if quantities == [] and multiples == []:
        return []  # nowhere a quantity or a multiple can start: no need to even cut the sentence out
    body = text[start:end]
    events = sorted([(m.start(), "q", m) for m in finditer_at(QUANTITY, body, quantities)]
                    + [(m.start(), "x", m) for m in finditer_at(MULTIPLE, body, multiples)], key=lambda e: e[0])
    if not events:
        return []  # most sentences hold no quantity: their words need no reading
    reader = SentenceReader.open(text, start, end, candidates, offset, previous)
    for _, what, match in events:
        if what == "x":
            multiple(reader, match, reader.current_amount(reader.clause_of(match.start())))
        else:
            _read(reader, match)
    return [d.figure for d in reader.drafts]


def _read(reader: SentenceReader, match: re.Match) -> None:
    """Read one printed quantity: a relation of an amount before it, or a figure of its own."""
    if match.start() < reader.plan_amount_end:
        return  # the plan amount of the percentage just read belongs to its relation
    body = reader.body
    quantity = read_quantity(body, match, reader.segment_start)
    if quantity is None:
        return
    clause = reader.clause_of(match.start())
    current = reader.current_amount(clause)
    before = body[:quantity.start]
    estimated = _estimated(reader, quantity.start)
    if quantity.family == "percent":
        count = len(reader.drafts)
        reader.segment_start = _percent(reader, quantity, before, current, clause, estimated)
        if len(reader.drafts) > count:
            reader.reach = estimated
        return
    reader.end_percent_list()
    if quantity.unit == "percentage point":
        point_change(reader, clause, before, quantity)
        return  # the words before it still name the rate after it
    if amount_change(reader, quantity, before, current):
        reader.segment_start = quantity.end
        return
    _amount(reader, quantity, clause, estimated)


def _amount(reader: SentenceReader, quantity: Quantity, clause: int, estimated: bool) -> None:
    """An amount that is a figure of its own, perhaps a component of a total."""
    body, base = reader.body, reader.base
    total = component_total(reader, quantity)
    if total is not None and total[1].unit != quantity.unit:
        quantity.unit = total[1].unit  # "612 cơ sở lưu trú ..., trong đó 24 cơ sở": the total's unit, shortened
    reader.reach = estimated
    qualifier = quantity.qualifier
    if qualifier is None and (estimated or total is not None and total[1].qualifier == "estimate"):
        qualifier = "estimate"
    indicator, indicator_text = name_figure(body, reader.segment_start, quantity.start, quantity.end, quantity.unit,
                                            quantity.family)
    figure = Figure(
        kind="amount", value=quantity.value, unit=quantity.unit, raw_text=body[quantity.start:quantity.end],
        char_start=base + quantity.start, char_end=base + quantity.end, sentence=body, sentence_start=base,
        indicator=indicator, indicator_text=indicator_text, value_high=quantity.high, qualifier=qualifier,
        component_of=None if total is None else total[0], value_rounding=quantity.rounding,
    )
    reader.drafts.append(Draft(figure, clause, quantity.family, {"unit_phrase": quantity.phrase}))
    reader.segment_start = quantity.end


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
    return reader.reach


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
    qualifier = quantity.qualifier
    if qualifier is None and estimated:
        qualifier = "estimate"
    # read with a target's key kept: what a target rate measures still says whether it is growth
    measured, indicator_text = name_figure(body, segment_start, start, end, "percent", "percent", plans=True)
    indicator = None if measured and names_plan(plan_clause(body, segment_start, start)) else measured
    if indicator is None:
        indicator = _inherited_indicator(reader.drafts, clause, "percent", "percent", body[segment_start:start])
        if indicator is not None and overreaches(indicator, body[clause_start(body, start):start]):
            indicator = None  # "Tỷ trọng kinh tế số 11,4% (KH 12%)": neither the share nor its plan is growth
    if kind == "share" and plan_basis is None and quantity.high is None and not ends_with(SHARE_VERB, body, start) \
            and (indicator or measured) in _V.growth_indicators:
        kind = "growth"  # "Tăng trưởng kinh tế (GRDP) đạt 6,5%", "Phấn đấu tăng trưởng kinh tế đạt 8,5%"
    if kind == "share":
        noun = SHARE_NOUN.match(body[end:])
        if noun and noun.group(1).split()[0].lower() in SHARE_HEADS:
            end = end + noun.end(1)
    points, reader.points = reader.points, None
    figure = Figure(
        kind=kind, value=value, unit="percent", raw_text=body[start:end], char_start=base + start,
        char_end=base + end, sentence=body, sentence_start=base, indicator=indicator,
        indicator_text=indicator_text, value_high=quantity.high, qualifier=qualifier, plan_basis=plan_basis,
        change_abs=points[1] if points and points[0] == clause else None, value_rounding=quantity.rounding,
    )
    reader.drafts.append(Draft(figure, clause, "percent"))
    return end


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
