"""Interval arithmetic for printed, rounded numbers.

"2.010 triệu USD" stands for anything from 2.009,5 to 2.010,5 million: half a
unit of its last printed digit either side. Checks between figures compare
such intervals, so rounding never raises an alarm and a real slip does.

Scalar ``Interval`` serves messages; the ``*_bounds`` functions compute the same
intervals for whole columns at once, which is what the checks compare.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

# "khoảng", "gần", "xấp xỉ": the writer says the number is not exact. Allow this much
# beyond the printed rounding (relative) before calling a difference a slip.
APPROX_SLACK = 0.02


@dataclass(frozen=True, slots=True)
class Interval:
    lo: float
    hi: float

    @classmethod
    def around(cls, value: float, half_width: float | None) -> Interval:
        half_width = 0.0 if half_width is None or math.isnan(half_width) else abs(half_width)
        return cls(value - half_width, value + half_width)

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def divided_by(self, other: Interval) -> Interval:
        """Quotient of positive intervals (values over ratios): widest bounds."""
        if other.lo <= 0:
            return Interval(-math.inf, math.inf)
        return Interval(self.lo / other.hi, self.hi / other.lo)

    def overlaps(self, other: Interval) -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    @property
    def mid(self) -> float:
        if math.isinf(self.lo) or math.isinf(self.hi):
            return self.lo if math.isinf(self.hi) else self.hi
        return (self.lo + self.hi) / 2


def rounded_or_cut(value: Any, half_digit: Any) -> tuple[Any, Any]:
    """(centre, half width) of what a printed percentage can stand for when its writer may have cut its digits rather
    than rounded them ("31,31%" for 31,318...%): from half a last digit below it to a whole digit above. For a number
    (``Interval.around(*rounded_or_cut(v, r))``) or for columns alike."""
    return value + half_digit / 2, 1.5 * half_digit


def percent_ratio(pct: float, half_width: float) -> Interval:
    """"65,26%" of something -> the factor 0,6526 as an interval."""
    return Interval((pct - half_width) / 100.0, (pct + half_width) / 100.0)


def growth_factor(change_pct: float, half_width: float) -> Interval:
    """"tăng 44,6%" -> last year's value is this year's divided by 1,446 (as an interval)."""
    return Interval(1 + (change_pct - half_width) / 100.0, 1 + (change_pct + half_width) / 100.0)


def _zero_if_missing(column: pd.Series) -> np.ndarray:
    zeroed: np.ndarray = np.nan_to_num(column.to_numpy(dtype="float64", na_value=np.nan), nan=0.0)
    return zeroed


def value_bounds(figures: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """What each printed value can stand for: rounding, a range's upper end, and its qualifier.

    "hơn 9.200" has no upper bound, "dưới 5%" no lower one; "khoảng 3,3 triệu"
    gets ``APPROX_SLACK`` on top of its rounding.
    """
    value = figures["value"].to_numpy(dtype="float64")
    rounding = np.abs(_zero_if_missing(figures["value_rounding"]))
    high = figures["value_high"].to_numpy(dtype="float64", na_value=np.nan)
    top = np.where(np.isnan(high), value, np.maximum(value, high))
    qualifier = figures["qualifier"].to_numpy(dtype=object)
    approx = qualifier == "approx"
    slack = np.where(approx, np.maximum(rounding, APPROX_SLACK * np.abs(top)), rounding)
    lo = value - slack
    hi = top + slack
    hi = np.where(qualifier == "more_than", np.inf, hi)
    lo = np.where(qualifier == "less_than", np.where(figures["kind"].to_numpy(dtype=object) == "growth",
                                                     -np.inf, 0.0), lo)
    return lo, hi


def divide_bounds(lo: np.ndarray, hi: np.ndarray, factor: np.ndarray, factor_rounding: np.ndarray
                  ) -> tuple[np.ndarray, np.ndarray]:
    """[lo, hi] divided by the factor ``factor ± factor_rounding``: unbounded where the factor may be 0,
    NaN where there is no factor."""
    f_lo = factor - factor_rounding
    f_hi = factor + factor_rounding
    missing = np.isnan(factor)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        q_lo = np.where(missing, np.nan, np.where(f_hi > 0, lo / f_hi, -np.inf))
        q_hi = np.where(missing, np.nan, np.where(f_lo > 0, hi / f_lo, np.inf))
    return q_lo, q_hi


def plan_bounds(figures: pd.DataFrame, lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The plan a value and its "đạt X% kế hoạch" imply: value / (X / 100)."""
    pct = figures["pct_of_plan"].to_numpy(dtype="float64", na_value=np.nan) / 100.0
    rounding = _zero_if_missing(figures["pct_of_plan_rounding"]) / 100.0
    return divide_bounds(lo, hi, pct, rounding)


def last_year_bounds(figures: pd.DataFrame, lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Last year's value a value and its "tăng X% so với cùng kỳ" imply: value / (1 + X / 100)."""
    factor = 1.0 + figures["yoy_change_pct"].to_numpy(dtype="float64", na_value=np.nan) / 100.0
    rounding = _zero_if_missing(figures["yoy_change_rounding"]) / 100.0
    return divide_bounds(lo, hi, factor, rounding)


def with_bounds_sql(relation: str) -> str:
    """``value_bounds`` and ``last_year_bounds`` in SQL: ``relation``'s rows with ``lo``, ``hi``,
    ``last_lo`` and ``last_hi`` added (NULL, not NaN, where there is no change to divide by).

    The loader uses it to read only the loaded figures that may disagree with a batch's, so the
    warehouse does the pairing over what it holds. It must agree with the numpy functions above
    (tests/test_intervals_sql.py checks that): change both together.
    """
    slacked = f"""SELECT *,
            CASE WHEN value_high IS NULL THEN value ELSE greatest(value, value_high) END AS _top,
            abs(coalesce(value_rounding, 0)) AS _rounding
        FROM {relation}"""
    bounded = f"""SELECT * EXCLUDE (_top, _rounding),
            CASE WHEN qualifier = 'less_than' THEN (CASE WHEN kind = 'growth' THEN '-inf'::DOUBLE ELSE 0.0 END)
                 WHEN qualifier = 'approx' THEN value - greatest(_rounding, {APPROX_SLACK}::DOUBLE * abs(_top))
                 ELSE value - _rounding END AS lo,
            CASE WHEN qualifier = 'more_than' THEN 'inf'::DOUBLE
                 WHEN qualifier = 'approx' THEN _top + greatest(_rounding, {APPROX_SLACK}::DOUBLE * abs(_top))
                 ELSE _top + _rounding END AS hi,
            1.0 + yoy_change_pct / 100.0 AS _factor,
            coalesce(yoy_change_rounding, 0) / 100.0 AS _factor_rounding
        FROM ({slacked})"""
    return f"""SELECT * EXCLUDE (_factor, _factor_rounding),
            CASE WHEN _factor + _factor_rounding > 0 THEN lo / (_factor + _factor_rounding)
                 WHEN _factor IS NOT NULL THEN '-inf'::DOUBLE END AS last_lo,
            CASE WHEN _factor - _factor_rounding > 0 THEN hi / (_factor - _factor_rounding)
                 WHEN _factor IS NOT NULL THEN 'inf'::DOUBLE END AS last_hi
        FROM ({bounded})"""


def format_vn(value: float, max_decimals: int = 3) -> str:
    """1234567.5 -> "1.234.567,5": dots group thousands, a comma marks decimals."""
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    text = f"{value:,.{max_decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    whole, _, decimals = text.partition(".")
    whole = whole.replace(",", ".")
    if whole in ("-0", "") and not decimals:
        whole = "0"
    return f"{whole},{decimals}" if decimals else whole


def format_interval(interval: Interval, scale: float = 1.0, max_decimals: int = 3) -> str:
    return f"{format_vn(interval.lo / scale, max_decimals)}..{format_vn(interval.hi / scale, max_decimals)}"
