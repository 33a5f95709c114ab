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
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from itertools import chain

from parsing.figure_patterns import (
    ABOUT,
    AND_JOIN,
    CHANGE,
    CLAUSE_END,
    CLOSING_PAREN,
    COMPARED,
    COMPONENTS,
    ESTIMATE,
    EXCEED,
    LAST_YEARS_CHANGE,
    LIST_JOIN,
    MONEY_ASPECTS,
    MULTIPLE,
    NEW_SUBJECT,
    NEW_TOTAL,
    NOT_ESTIMATE,
    OPENS_WITH_COMPONENTS,
    OTHER_PERIOD,
    OWN_VERB,
    PLAN,
    PLAN_AMOUNT,
    PLAN_BASIS_ORDER,
    QUANTITY,
    RATIO,
    RESPECTIVELY,
    SAME_PERIOD,
    SHARE_HEADS,
    SHARE_NOUN,
    SHARE_VERB,
    START_WORDS,
    TIMES,
    ends_with,
    phrase_key,
)
from parsing.indicators import NAME_REACH, clause_start, name_figure
from parsing.model import Figure
from parsing.numbers import parse_number
from parsing.quantities import Quantity, read_quantity
from parsing.scan import finditer_at, starts, within
from parsing.sentences import Sentence, split_sentences
from parsing.vocabulary import vocabulary

_V = vocabulary()


@dataclass
class _Draft:
    """A figure while its sentence is being read; frozen into a Figure at the end."""

    figure: Figure
    clause: int
    unit_family: str
    extras: dict = field(default_factory=dict)


def extract_figures(text: str) -> list[Figure]:
    sentences = split_sentences(text)
    candidates = {name: starts(text, words, digits) for name, (_, words, digits) in START_WORDS.items()}
    figures: list[Figure] = []
    previous: list[Figure] = []
    for sentence in sentences:
        found = _sentence_figures(text, sentence, candidates, len(figures), previous)
        figures.extend(found)
        previous = found
    return _drop_heading_repeats(figures, {s.start for s in sentences if s.is_heading})


def _sentence_figures(text: str, sentence: Sentence, candidates: dict[str, list[int] | None], offset: int,
                      previous: list[Figure]) -> list[Figure]:
    start, end = sentence.start, sentence.end
    quantities = within(candidates["quantity"], text, start, end)
    multiples = within(candidates["multiple"], text, start, end)
    if quantities == [] and multiples == []:
        return []  # nowhere a quantity or a multiple can start: no need to even cut the sentence out
    body = text[start:end]
    base = start
    events = sorted([(m.start(), "q", m) for m in finditer_at(QUANTITY, body, quantities)]
                    + [(m.start(), "x", m) for m in finditer_at(MULTIPLE, body, multiples)], key=lambda e: e[0])
    if not events:
        return []  # most sentences hold no quantity: their words need no reading
    not_estimates = [m.span() for m in NOT_ESTIMATE.finditer(body)] if "ước" in body.lower() else []
    estimates = finditer_at(ESTIMATE, body, within(candidates["estimate"], text, start, end))
    estimate_at = [m.start() for m in estimates if not any(a <= m.start() < b for a, b in not_estimates)]
    components = finditer_at(COMPONENTS, body, within(candidates["components"], text, start, end))
    components_at = [m.end() for m in components]
    clause_ends = [m.start() for m in CLAUSE_END.finditer(body)]
    # "Trong đó, thu nội địa ..." opening a sentence lists parts of the previous sentence's total.
    carried_total = None
    if previous and OPENS_WITH_COMPONENTS.match(body):
        carried_total = (offset - len(previous), previous)
    drafts: list[_Draft] = []
    reach = False  # whether an estimate verb still governs the figures being read
    state: dict = {}  # what a list of percentages read "respectively" still has to fill
    segment_start = 0  # where the words naming the next figure begin
    for _, what, match in events:
        clause = bisect_left(clause_ends, match.start())
        current = _current_amount(drafts, clause)
        if what == "x":
            number, word = match["num"] or match["num2"], match["word"] or match["word2"]
            value, rounding = parse_number(number) if number else (TIMES[word.lower()], 0.0)
            change = round((value - 1.0) * 100.0, 9)
            if current is not None and current.figure.yoy_change_pct is None:
                current.figure = replace(current.figure, yoy_change_pct=change, yoy_change_rounding=rounding * 100)
            segment_start = match.end()
            continue
        if match.start() < state.get("plan_amount_end", -1):
            continue  # the plan amount of the percentage just read belongs to its relation
        quantity = read_quantity(body, match, segment_start)
        if quantity is None:
            continue
        before = body[:quantity.start]
        estimated = _estimated(body, estimate_at, segment_start, quantity.start, reach)
        if quantity.family == "percent":
            count = len(drafts)
            segment_start = _percent(body, quantity, before, current, drafts, clause, segment_start, estimated,
                                     base, state)
            if len(drafts) > count:
                reach = estimated
            continue
        state.clear()
        if quantity.unit == "percentage point":
            _point_change(drafts, clause, before, quantity, state)
            continue  # the words before it still name the rate after it
        change = ends_with(CHANGE, before)
        if change and current is not None and current.figure.unit == quantity.unit \
                and OTHER_PERIOD.match(body, quantity.end):
            segment_start = quantity.end  # "tăng 10.000 đồng/kg so với đầu năm": not a change on last year
            continue
        if change and current is not None and current.figure.unit == quantity.unit \
                and current.figure.change_abs is None:
            sign = -1.0 if change["dir"].lower() == "giảm" else 1.0
            current.figure = replace(current.figure, change_abs=sign * quantity.value)
            current.extras["fall"] = sign < 0
            segment_start = quantity.end
            continue
        if change and COMPARED.search(body, clause_start(body, quantity.start), quantity.start):
            # "...; so với cùng kỳ giảm 5 vụ": a change of an amount stated earlier, not a figure
            earlier = next((d for d in reversed(drafts) if d.figure.unit == quantity.unit
                            and d.figure.kind == "amount" and d.figure.change_abs is None), None)
            if earlier is not None:
                sign = -1.0 if change["dir"].lower() == "giảm" else 1.0
                earlier.figure = replace(earlier.figure, change_abs=sign * quantity.value)
            segment_start = quantity.end
            continue
        total = _component_total(drafts, components_at, clause_ends, body, quantity, offset, carried_total)
        if total is not None and total[1].unit != quantity.unit:
            quantity.unit = total[1].unit  # "612 cơ sở lưu trú ..., trong đó 24 cơ sở": the total's unit, shortened
        reach = estimated
        qualifier = quantity.qualifier
        if qualifier is None and (estimated or total is not None and total[1].qualifier == "estimate"):
            qualifier = "estimate"
        indicator, indicator_text = name_figure(body, segment_start, quantity.start, quantity.end, quantity.unit,
                                                quantity.family)
        figure = Figure(
            kind="amount", value=quantity.value, unit=quantity.unit, raw_text=body[quantity.start:quantity.end],
            char_start=base + quantity.start, char_end=base + quantity.end, sentence=body, sentence_start=base,
            indicator=indicator, indicator_text=indicator_text, value_high=quantity.high, qualifier=qualifier,
            component_of=None if total is None else total[0], value_rounding=quantity.rounding,
        )
        drafts.append(_Draft(figure, clause, quantity.family, {"unit_phrase": quantity.phrase}))
        segment_start = quantity.end
    return [d.figure for d in drafts]


def _point_change(drafts: list[_Draft], clause: int, before: str, quantity: Quantity, state: dict) -> None:
    """"giảm 4,2 điểm phần trăm" next to a rate is that rate's absolute change (after it, or before it:
    "giảm 4,56 điểm phần trăm, còn 22,98%"); it is no figure of its own."""
    change = ends_with(CHANGE, before)
    if not change:
        return
    sign = -1.0 if change["dir"].lower() == "giảm" else 1.0
    if drafts and drafts[-1].clause == clause and drafts[-1].figure.unit == "percent" \
            and drafts[-1].figure.change_abs is None:
        drafts[-1].figure = replace(drafts[-1].figure, change_abs=sign * quantity.value)
    else:
        state["points"] = (clause, sign * quantity.value)


def _estimated(body: str, estimate_at: list[int], segment_start: int, start: int, reach: bool) -> bool:
    """Whether an estimate verb governs the number at ``start``.

    "ước" governs the figure it introduces and the later figures of its sentence
    that have no verb of their own ("ước đạt 160.270 tấn ...; sản lượng cua 20.150
    tấn"); a new predicate ends its reach ("..., quy mô nền kinh tế đạt ...").
    """
    at = bisect_left(estimate_at, segment_start)
    if at < len(estimate_at) and estimate_at[at] < start:
        return True
    if OWN_VERB.search(body, max(segment_start, start - NAME_REACH), start):
        return False
    return reach


def _percent(body, quantity: Quantity, before, current, drafts, clause, segment_start, estimated, base,
             state: dict) -> int:
    """Read one percentage: a relation of the current amount, or a growth or share figure."""
    start, end, value, rounding = quantity.start, quantity.end, quantity.value, quantity.rounding
    after = body[end:]
    measured = _measured_change(body, end, before, drafts, clause, state)
    if measured is not None:
        target, sign, length = measured
        if target is not None and target.figure.yoy_change_pct is None:
            target.figure = replace(target.figure, yoy_change_pct=sign * value, yoy_change_rounding=rounding)
        return end + length
    if ends_with(LAST_YEARS_CHANGE, before):
        return end  # "(cùng kỳ năm 2023 tăng 5,1%)": last year's rate, not a figure of this report
    respectively = _respectively(before, drafts, clause, state)
    if respectively is not None:
        target, sign = respectively
        target.figure = replace(target.figure, yoy_change_pct=sign * value, yoy_change_rounding=rounding)
        same_period = SAME_PERIOD.match(after)
        return end + (same_period.end() if same_period else 0)
    plan_basis, plan_length = _plan_basis(after)
    if plan_basis is not None:
        plan_end = end + plan_length
        if current is not None:
            if ends_with(EXCEED, before):
                value = round(100.0 + value, 9)  # "vượt 5% kế hoạch" is 105% of the plan
            f = current.figure
            if f.pct_of_plan is None:
                current.figure = replace(f, pct_of_plan=value, plan_basis=plan_basis, pct_of_plan_rounding=rounding)
                stated = _stated_plan_amount(body, plan_end, f.unit, segment_start)
                if stated is not None:
                    plan, plan_end = stated
                    current.figure = replace(current.figure, plan_amount=plan.value,
                                             plan_amount_rounding=plan.rounding)
                    state["plan_amount_end"] = plan_end
            elif f.pct_of_plan_alt is None:
                # a second plan ("... dự toán Trung ương giao, bằng 19,2% dự toán tỉnh giao")
                current.figure = replace(f, pct_of_plan_alt=value, plan_basis_alt=plan_basis)
            return plan_end
        kind, change = "share", None
    else:
        same_period = SAME_PERIOD.match(after)
        other_period = OTHER_PERIOD.match(after)
        change_match = ends_with(CHANGE, before)
        ratio = ends_with(RATIO, before)
        if ratio and current is not None and current.extras.get("fall") and current.figure.yoy_change_pct is None \
                and not same_period:
            # "giảm 520 ha (bằng 1,8%)": the percentage is the size of the fall
            current.figure = replace(current.figure, yoy_change_pct=-value, yoy_change_rounding=rounding)
            return end
        if ratio and same_period:
            change, change_rounding = round(value - 100.0, 9), rounding
        elif change_match:
            sign = -1.0 if change_match["dir"].lower() == "giảm" else 1.0
            change, change_rounding = sign * value, rounding
        else:
            change = None
        if change is not None and current is not None and current.figure.kind == "amount":
            if other_period:
                return end + other_period.end()  # "tăng 1,2% so với tháng trước": not a change on last year
            if current.figure.yoy_change_pct is None:
                current.figure = replace(current.figure, yoy_change_pct=change, yoy_change_rounding=change_rounding)
            return end + (same_period.end() if same_period else 0)
        if change is not None:
            kind, value = "growth", change
        else:
            kind = "share"
    qualifier = quantity.qualifier
    if qualifier is None and estimated:
        qualifier = "estimate"
    indicator, indicator_text = name_figure(body, segment_start, start, end, "percent", "percent")
    if indicator is None:
        indicator = _inherited_indicator(drafts, clause, "percent", "percent", body[segment_start:start])
    if kind == "share" and plan_basis is None and indicator in _V.growth_indicators \
            and not ends_with(SHARE_VERB, body, start) and quantity.high is None:
        kind = "growth"  # "Tăng trưởng kinh tế (GRDP) đạt 6,5%"
    if kind == "share":
        noun = SHARE_NOUN.match(after)
        if noun and noun.group(1).split()[0].lower() in SHARE_HEADS:
            end = end + noun.end(1)
    points = state.pop("points", None)
    figure = Figure(
        kind=kind, value=value, unit="percent", raw_text=body[start:end], char_start=base + start,
        char_end=base + end, sentence=body, sentence_start=base, indicator=indicator,
        indicator_text=indicator_text, value_high=quantity.high, qualifier=qualifier, plan_basis=plan_basis,
        change_abs=points[1] if points and points[0] == clause else None, value_rounding=rounding,
    )
    drafts.append(_Draft(figure, clause, "percent"))
    return end


def _measured_change(body: str, end: int, before: str, drafts: list[_Draft], clause: int, state: dict):
    """"250 nghìn tấn, trị giá 125 triệu USD, tăng 15% về lượng và 25% về giá trị": a change said to be
    "về lượng" goes to the quantity, "về giá trị" to the money amount of the clause."""
    about = ABOUT.match(body, end)
    if about is None:
        return None
    change = ends_with(CHANGE, before)
    if change:
        state["about"] = -1.0 if change["dir"].lower() == "giảm" else 1.0
    elif "about" not in state or not ends_with(AND_JOIN, before):
        return None
    money = phrase_key(about["what"]) in MONEY_ASPECTS
    target = next((d for d in reversed(drafts) if d.clause == clause and d.figure.kind == "amount"
                   and (d.unit_family == "money") == money), None)
    return target, state["about"], about.end() - end


def _respectively(before: str, drafts: list[_Draft], clause: int, state: dict) -> tuple[_Draft, float] | None:
    """"xuất khẩu 690 triệu USD và nhập khẩu 1.320 triệu USD, tăng lần lượt 13,1% và 69,2%": the n-th
    change of the list goes to the n-th amount of the clause."""
    opening = ends_with(RESPECTIVELY, before)
    if opening:
        sign = -1.0 if (opening["dir"] or opening["dir2"]).lower() == "giảm" else 1.0
        pending = [d for d in drafts if d.clause == clause and d.figure.kind == "amount"
                   and d.figure.yoy_change_pct is None]
        state["respectively"] = (sign, pending)
    elif "respectively" not in state or not ends_with(LIST_JOIN, before):
        state.pop("respectively", None)
        return None
    sign, pending = state["respectively"]
    if not pending:
        state.pop("respectively", None)
        return None
    return pending.pop(0), sign



def _plan_basis(after: str) -> tuple[str | None, int]:
    """The plan a percentage is measured against ("65,26% kế hoạch"), and the phrase's length."""
    for basis in PLAN_BASIS_ORDER:
        match = PLAN[basis].match(after)
        if match:
            return basis, match.end()
    return None, 0


def _stated_plan_amount(body: str, at: int, unit: str, segment_start: int) -> tuple[Quantity, int] | None:
    """The plan amount written right after "X% kế hoạch" ("(1.340 triệu USD)", "giao là 12.000 tỷ đồng"), and
    where it ends: only a single number in the amount's own unit ("kế hoạch năm 2021" is a year)."""
    link = PLAN_AMOUNT.match(body, at)
    if link is None:
        return None
    match = QUANTITY.match(body, link.end())
    if match is None or match["word"]:
        return None
    quantity = read_quantity(body, match, segment_start)
    if quantity is None or quantity.unit != unit or quantity.high is not None or quantity.qualifier is not None:
        return None
    end = quantity.end
    if link["paren"]:
        closing = CLOSING_PAREN.match(body, end)
        if closing is None:
            return None
        end = closing.end()
    return quantity, end


def _current_amount(drafts: list[_Draft], clause: int) -> _Draft | None:
    """The amount that relations read now belong to: the last one of the clause, past any share of it
    ("1.234 tỷ đồng, chiếm 12,3% tổng mức bán lẻ, tăng 25,6%")."""
    for draft in reversed(drafts):
        if draft.clause != clause or draft.figure.kind == "growth":
            return None
        if draft.figure.kind == "amount":
            return draft
    return None


def _component_total(drafts: list[_Draft], components_at: list[int], clause_ends: list[int], body: str,
                     quantity: Quantity, offset: int, carried) -> tuple[int, Figure] | None:
    """Document index and figure of the total this amount is a component of, if any.

    A component follows a "trong đó"/"gồm" marker and has the total's unit (or its
    head: "612 cơ sở lưu trú, trong đó 24 cơ sở"). A later clause that names a new "tổng", or starts with the words that named the
    total ("Diện tích chè ..., trong đó ...; diện tích cây mắc ca ..."), is the
    total's sibling and ends the list.
    """
    markers_before = bisect_left(components_at, quantity.start + 1)
    marker = components_at[markers_before - 1] if markers_before else None
    candidates = []
    if marker is not None:
        last = bisect_right(drafts, marker, key=lambda d: d.figure.char_end - d.figure.sentence_start)
        candidates = ((offset + i, drafts[i].figure, drafts[i].extras.get("unit_phrase", ""))
                      for i in range(last - 1, -1, -1))
        first = next(candidates, None)
        candidates = [] if first is None else chain([first], candidates)
    if not candidates and carried is not None:
        start, figures = carried
        candidates = ((start + i, figures[i], "") for i in range(len(figures) - 1, -1, -1))
        marker = 0
    if not candidates:
        return None
    before_clauses = bisect_left(clause_ends, quantity.start)
    clause_start = clause_ends[before_clauses - 1] if before_clauses else -1
    if clause_start > marker and NEW_TOTAL.search(body, clause_start, quantity.start):
        return None
    for index, figure, phrase in candidates:  # nearest first
        if figure.kind != "amount":
            continue
        same_unit = figure.unit == quantity.unit or (
            "/" not in figure.unit and quantity.phrase and phrase.startswith(quantity.phrase + " "))
        if not same_unit:
            continue
        if clause_start > marker and _opens_like(body[clause_start + 1:quantity.start], figure.indicator_text):
            return None
        # no check that the part is smaller: a misprinted part must reach the checks in schemas/
        return index, figure
    return None


def _opens_like(clause: str, total_name: str | None) -> bool:
    """Whether a clause starts with the first two words that named the total."""
    if not total_name:
        return False
    head = total_name.lower().split()[:2]
    return len(head) == 2 and clause.lower().split()[:2] == head


def _inherited_indicator(drafts: list[_Draft], clause: int, unit: str, family: str, window: str) -> str | None:
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


def _drop_heading_repeats(figures: list[Figure], headings: set[int]) -> list[Figure]:
    """A heading that repeats a figure of the body ("Kinh tế tăng trưởng 6,72%") adds no figure."""
    if not headings:
        return figures
    body_keys = {(f.value, f.unit, f.kind) for f in figures if f.sentence_start not in headings}
    keep = [not (f.sentence_start in headings and (f.value, f.unit, f.kind) in body_keys) for f in figures]
    if all(keep):
        return figures
    new_index, kept = {}, []
    for old, (figure, ok) in enumerate(zip(figures, keep)):
        if ok:
            new_index[old] = len(kept)
            kept.append(figure)
    return [f if f.component_of is None else replace(f, component_of=new_index.get(f.component_of))
            for f in kept]
