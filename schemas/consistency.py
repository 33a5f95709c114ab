"""Checks between the figures of one document, on intervals (see ``schemas.intervals``).

Every check returns failure rows (``schemas.frames.FAILURE_COLUMNS``); a failed
arithmetic check is an ``error``. Components listed after "trong đó" may be
only some of the parts, so their sum must not *exceed* the total; it must
*equal* the total only when the components' indicators form a complete
decomposition of the total's (``schemas/decompositions.tsv``), as export plus
import make up total trade.
"""

from __future__ import annotations

import math
import re
from functools import cache
from importlib import resources

import pandas as pd

from schemas.intervals import Interval, format_interval, format_vn, growth_factor, percent_ratio

_SCALES = [("nghìn tỷ", 1e12), ("ngàn tỷ", 1e12), ("nghìn tỉ", 1e12), ("tỷ", 1e9), ("tỉ", 1e9),
           ("triệu", 1e6), ("nghìn", 1e3), ("ngàn", 1e3)]


@cache
def complete_decompositions() -> dict[str, set[frozenset[str]]]:
    text = resources.files("schemas").joinpath("decompositions.tsv").read_text(encoding="utf-8")
    found: dict[str, set[frozenset[str]]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            total, parts = line.split("\t")
            found.setdefault(total, set()).add(frozenset(p.strip() for p in parts.split("+")))
    return found


def display_scale(raw_text: str) -> tuple[float, str]:
    """The scale a figure was printed in, to show arithmetic as the report wrote it."""
    lowered = raw_text.lower()
    for word, scale in _SCALES:
        if re.search(rf"(?<!\w){word}(?!\w)", lowered):
            return scale, word
    return 1.0, ""


def _value(row) -> Interval:
    return Interval.around(row.value, row.value_rounding)


def _failure(rows, check: str, message: str, expected: float | None, observed: float | None,
             severity: str = "error") -> dict:
    rows = list(rows)
    return {
        "content_sha256": rows[0].content_sha256, "figure_ordinals": [int(r.ordinal) for r in rows],
        "prior_figure_ids": [], "check_name": check, "severity": severity, "message": message,
        "expected": expected, "observed": observed, "sentence": rows[-1].sentence,
    }


def _is_set(value) -> bool:
    return value is not None and value is not pd.NA and not (isinstance(value, float) and math.isnan(value))


def _sum_check(total, parts, check: str, what: str, total_interval: Interval, part_intervals: list[Interval],
               complete: bool, scale: float, unit_label: str) -> dict | None:
    parts_sum = part_intervals[0]
    for interval in part_intervals[1:]:
        parts_sum = parts_sum + interval
    too_big = parts_sum.lo > total_interval.hi
    too_small = complete and parts_sum.hi < total_interval.lo
    if not (too_big or too_small):
        return None
    terms = " + ".join(format_vn(i.mid / scale) for i in part_intervals)
    relation = "exceed" if too_big else "fall short of"
    message = (f"{what}: components {terms} = {format_vn(parts_sum.mid / scale)} "
               f"(interval {format_interval(parts_sum, scale)}) {relation} total "
               f"{format_vn(total_interval.mid / scale)} ({format_interval(total_interval, scale)}){unit_label}")
    return _failure([total, *parts], check, message, total_interval.mid, parts_sum.mid)


def check_components(figures: pd.DataFrame) -> list[dict]:
    """Components add up to their total; so do the plans and last year's values they imply."""
    failures = []
    with_total = figures[figures["component_of_ordinal"].notna()]
    if with_total.empty:
        return failures
    indexed = figures.set_index(["content_sha256", "ordinal"], drop=False)
    decompositions = complete_decompositions()
    for (sha, total_ordinal), parts in with_total.groupby(["content_sha256", "component_of_ordinal"]):
        total = indexed.loc[(sha, int(total_ordinal))]
        parts = list(parts.itertuples())
        part_indicators = frozenset(p.indicator for p in parts if _is_set(p.indicator))
        complete = len(part_indicators) == len(parts) and part_indicators in decompositions.get(total.indicator, set())
        scale, word = display_scale(total.raw_text)
        unit_label = f" {word} {total.unit}".rstrip() if word else f" {total.unit}"
        found = _sum_check(total, parts, "components_sum", "components do not add up to the total",
                           _value(total), [_value(p) for p in parts], complete, scale, unit_label)
        if found:
            failures.append(found)
        if _is_set(total.pct_of_plan) and all(_is_set(p.pct_of_plan) and p.plan_basis == total.plan_basis
                                              for p in parts):
            plans = [_value(p).divided_by(percent_ratio(p.pct_of_plan, p.pct_of_plan_rounding)) for p in parts]
            total_plan = _value(total).divided_by(percent_ratio(total.pct_of_plan, total.pct_of_plan_rounding))
            found = _sum_check(total, parts, "plans_sum", "plans implied by % of plan do not add up",
                               total_plan, plans, complete, scale, unit_label)
            if found:
                failures.append(found)
        if _is_set(total.yoy_change_pct) and all(_is_set(p.yoy_change_pct) for p in parts):
            last_year = [_value(p).divided_by(growth_factor(p.yoy_change_pct, p.yoy_change_rounding)) for p in parts]
            total_last = _value(total).divided_by(growth_factor(total.yoy_change_pct, total.yoy_change_rounding))
            found = _sum_check(total, parts, "last_year_sum",
                               "last year's values implied by the year-on-year changes do not add up",
                               total_last, last_year, complete, scale, unit_label)
            if found:
                failures.append(found)
    return failures


def check_change_agrees_with_percent(figures: pd.DataFrame) -> list[dict]:
    """"giảm 520 ha (bằng 0,4%)": the absolute and the relative change must agree."""
    both = figures[figures["change_abs"].notna() & figures["yoy_change_pct"].notna()]
    failures = []
    for row in both.itertuples():
        value = _value(row)
        change = Interval.around(row.change_abs, row.value_rounding)
        last_year = value - change
        if last_year.lo <= 0:
            continue
        implied = Interval(100 * change.lo / last_year.hi, 100 * change.hi / last_year.lo)
        if change.lo < 0:
            implied = Interval(100 * change.lo / last_year.lo, 100 * change.hi / last_year.hi)
        stated = Interval.around(row.yoy_change_pct, row.yoy_change_rounding)
        if not implied.overlaps(stated):
            message = (f"change of {format_vn(row.change_abs)} {row.unit} on last year's "
                       f"{format_vn(last_year.mid)} is {format_interval(implied)} %, but the text says "
                       f"{format_vn(row.yoy_change_pct)} % ({format_interval(stated)})")
            failures.append(_failure([row], "change_vs_percent", message, implied.mid, row.yoy_change_pct))
    return failures


def check_restatements(figures: pd.DataFrame) -> list[dict]:
    """The same indicator stated twice in one document, in different sentences, with different values."""
    keyed = figures[figures["indicator"].notna()]
    failures = []
    for _, group in keyed.groupby(["content_sha256", "indicator", "kind", "unit"]):
        if len(group) < 2:
            continue
        rows = list(group.itertuples())
        for i, first in enumerate(rows):
            for second in rows[i + 1:]:
                if first.sentence_start == second.sentence_start or _related(first, second):
                    continue
                if not _value(first).overlaps(_value(second)):
                    scale, word = display_scale(first.raw_text)
                    message = (f"{first.indicator} stated twice: {first.raw_text!r} "
                               f"({format_interval(_value(first), scale)}) and {second.raw_text!r} "
                               f"({format_interval(_value(second), scale)}){' ' + word if word else ''} {first.unit}")
                    failures.append(_failure([first, second], "stated_twice", message, first.value, second.value))
    return failures


def _related(a, b) -> bool:
    return (_is_set(a.component_of_ordinal) and int(a.component_of_ordinal) == b.ordinal) or \
        (_is_set(b.component_of_ordinal) and int(b.component_of_ordinal) == a.ordinal)


def check_document_figures(figures: pd.DataFrame) -> list[dict]:
    if figures.empty:
        return []
    return check_components(figures) + check_change_agrees_with_percent(figures) + check_restatements(figures)
