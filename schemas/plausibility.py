"""Values that are possible but suspicious: loaded with status ``warning``, shown to a reviewer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd

from schemas.cross_document import own_scope
from schemas.frames import FailureRow, failure_row
from schemas.intervals import format_vn

# (check name, condition on the figure and its document's period, message). Thresholds
# are deliberately loose: a warning a reviewer learns to ignore is worse than none.
MAX_PCT_OF_PLAN_BEFORE_YEAR_END = 150.0  # half a year rarely brings 1.5 times the yearly plan
MAX_YOY_CHANGE_PCT = 400.0  # five times last year's value
MAX_ABS_GROWTH_PCT = 30.0  # GRDP, IIP and CPI rates beyond this are almost always misread


def check_plausibility(documents: pd.DataFrame, figures: pd.DataFrame) -> list[FailureRow]:
    if figures.empty:
        return []
    rows = own_scope(figures, documents)  # the figure's own period: "cả năm 2023" in a half-year report
    months = ((pd.to_datetime(rows["period_end"]) - pd.to_datetime(rows["period_start"])).dt.days / 30.4).round()
    failures: list[FailureRow] = []

    def warn(mask: pd.Series, check: str, message: Callable[[Any], str]) -> None:
        for row in rows[mask.fillna(False)].itertuples():
            failures.append(failure_row(row.content_sha256, check, "warning", message(row),
                                        figure_ordinals=[row.ordinal], sentence=row.sentence))

    warn((rows["pct_of_plan"] > MAX_PCT_OF_PLAN_BEFORE_YEAR_END) & (months < 12),
         "pct_of_plan_high", lambda r: f"{r.raw_text!r} is {format_vn(r.pct_of_plan)}% of the yearly plan after "
         f"only part of the year (above {format_vn(MAX_PCT_OF_PLAN_BEFORE_YEAR_END)}%)")
    warn(rows["yoy_change_pct"] > MAX_YOY_CHANGE_PCT, "yoy_change_high",
         lambda r: f"{r.raw_text!r} changed {format_vn(r.yoy_change_pct)}% on the same period last year "
         f"(above {format_vn(MAX_YOY_CHANGE_PCT)}%)")
    warn((rows["kind"] == "growth") & (rows["value"].abs() > MAX_ABS_GROWTH_PCT), "growth_rate_extreme",
         lambda r: f"growth rate {format_vn(r.value)}% is beyond ±{format_vn(MAX_ABS_GROWTH_PCT)}%")
    return failures
