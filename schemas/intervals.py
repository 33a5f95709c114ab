"""Interval arithmetic for printed, rounded numbers.

"2.010 triệu USD" stands for anything from 2.009,5 to 2.010,5 million: half a
unit of its last printed digit either side. Checks between figures compare
such intervals, so rounding never raises an alarm and a real slip does.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


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
        return (self.lo + self.hi) / 2


def percent_ratio(pct: float, half_width: float) -> Interval:
    """"65,26%" of something -> the factor 0,6526 as an interval."""
    return Interval((pct - half_width) / 100.0, (pct + half_width) / 100.0)


def growth_factor(change_pct: float, half_width: float) -> Interval:
    """"tăng 44,6%" -> last year's value is this year's divided by 1,446 (as an interval)."""
    return Interval(1 + (change_pct - half_width) / 100.0, 1 + (change_pct + half_width) / 100.0)


def format_vn(value: float, max_decimals: int = 3) -> str:
    """1234567.5 -> "1.234.567,5": dots group thousands, a comma marks decimals."""
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    text = f"{value:,.{max_decimals}f}".rstrip("0").rstrip(".")
    whole, _, decimals = text.partition(".")
    whole = whole.replace(",", ".")
    return f"{whole},{decimals}" if decimals else whole


def format_interval(interval: Interval, scale: float = 1.0) -> str:
    return f"{format_vn(interval.lo / scale)}..{format_vn(interval.hi / scale)}"
