"""A change told against a year two years or more before the figure's own: a figure of its own, not the amount's.

"thu nhập bình quân đầu người đạt 63,7 triệu đồng, tăng 31% so với năm 2015" in a report on 2020 gives no change on
last year: the amount keeps neither its rate nor its size (``parsing.scope``). What the text tells is still a figure:
"tăng 31%" a growth over the years since 2015, "tăng 3.060 ha" an amount of hectares gained. The blind labels of sets
B58 to B94 give 26 of the 28 such changes the parser dropped as figures of their own. (A multiple against a far year,
"gấp 1,67 lần so với năm 2015", stays no figure, ``relations.multiple``: the annotators leave out multiples over
decades.)
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsing.figure_patterns import QUANTITY
from parsing.model import Figure
from parsing.quantities import read_quantity

PERCENT = "percent"

# The verb of a change and the words between it and its size: "tăng thêm", "giảm bình quân", "cao hơn", and a bound
# ("tăng hơn 80.000 người": ``read_quantity`` reads it from the words before the number)
_CHANGE_VERB = re.compile(r"(?<!\w)(?:tăng|giảm|cao\s+hơn|thấp\s+hơn)(?:\s+(?:thêm|bình\s+quân))?\s+"
                          r"(?:(?:khoảng|gần|hơn|trên|dưới|xấp\s+xỉ)\s+)?", re.I)


def changes_told(figure: Figure, start: int, stop: int) -> list[Figure]:
    """The amount's rate and size of change as the text prints them between ``start`` and ``stop`` (its base), each a
    figure: the rate a growth in percent ("tăng 31%"), the size an amount in the amount's unit ("tăng 3.060 ha"). Only
    a printed number equal to the change read is taken."""
    body = figure.sentence
    found: list[Figure] = []
    for verb in _CHANGE_VERB.finditer(body, start, stop):
        match = QUANTITY.match(body, verb.end())
        quantity = read_quantity(body, match, verb.end()) if match is not None else None
        if quantity is None or quantity.end > stop:
            continue
        if quantity.unit == PERCENT and figure.yoy_change_pct is not None \
                and abs(quantity.value) == abs(figure.yoy_change_pct):
            found.append(_figure_at(figure, "growth", figure.yoy_change_pct, PERCENT, quantity.start, quantity.end,
                                    quantity.qualifier, quantity.rounding))
        elif quantity.unit != PERCENT and figure.change_abs is not None \
                and abs(quantity.value - abs(figure.change_abs)) <= quantity.rounding + 1e-9:
            # "36 triệu đồng/người (tăng 18,5 triệu đồng ...)": money per head, the unit left unsaid
            per_head = quantity.family == "money" and figure.unit.startswith(quantity.unit + "/")
            unit = figure.unit if per_head else quantity.unit
            found.append(_figure_at(figure, "amount", abs(figure.change_abs), unit, quantity.start, quantity.end,
                                    quantity.qualifier, quantity.rounding))
    return found


def _figure_at(figure: Figure, kind: str, value: float, unit: str, start: int, end: int, qualifier: str | None,
               rounding: float) -> Figure:
    """A figure of the change printed at ``start:end`` of ``figure``'s sentence, said of its region and period."""
    body, base = figure.sentence, figure.sentence_start
    return replace(figure, kind=kind, value=value, unit=unit, raw_text=body[start:end], char_start=base + start,
                   char_end=base + end, indicator=None, indicator_text=None, value_high=None, qualifier=qualifier,
                   pct_of_plan=None, plan_basis=None, pct_of_plan_alt=None, plan_basis_alt=None, yoy_change_pct=None,
                   change_abs=None, component_of=None, value_rounding=rounding, pct_of_plan_rounding=0.0,
                   yoy_change_rounding=0.0, plan_amount=None, plan_amount_rounding=0.0)
