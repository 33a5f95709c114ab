"""Checks across documents: against the batch and what the warehouse already holds.

Both checks are symmetric: whichever of two documents is loaded second raises
the failure, and documents of one batch are compared with each other too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from schemas.consistency import description, display_scale
from schemas.frames import FailureRow, FigureKey, Severity, failure_row, figure_key
from schemas.intervals import Interval, format_interval, format_vn, last_year_bounds, value_bounds

# Estimates ("ước") published before a period ends are revised later, by a few percent: an estimate
# and a later figure that differ by less than this give a warning, not an error.
ESTIMATE_REVISION = 0.05
# (the area: a district's report is compared with the same district's only, ``parsing.report_area``)
_KEY = ["region", "area", "indicator", "kind", "unit"]
_COLUMNS = [*_KEY, "period_start", "period_end", "indicator_text", "value", "value_high", "qualifier", "value_rounding",
            "yoy_change_pct", "yoy_change_rounding", "raw_text", "sentence", "source_name", "content_sha256", "ordinal",
            "figure_id", "document_id", "in_batch"]


_SCOPE = ["region", "period_label", "period_start", "period_end", "area"]


def own_scope(figures: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """``figures`` with their own region and period (``parsing.scope``); a figure without
    (one built by other means than ``parse_document``) takes its document's."""
    docs = documents.reindex(columns=["content_sha256", *_SCOPE]).drop_duplicates("content_sha256").set_index("content_sha256")
    figures = figures.copy()
    unscoped = figures["region_source"].isna() if "region_source" in figures \
        else pd.Series(True, index=figures.index)
    shas = figures["content_sha256"].astype(object)
    for column in _SCOPE:
        from_document = pd.Series(docs[column].reindex(shas).to_numpy(), index=figures.index)
        figures[column] = from_document.where(unscoped, figures[column] if column in figures else None)
    for column in ("region_source", "period_source"):
        figures[column] = "document" if column not in figures else figures[column].where(~unscoped, "document")
    for column in ("period_start", "period_end"):
        figures[column] = pd.to_datetime(figures[column])
    return figures


def comparable_figures(documents: pd.DataFrame, figures: pd.DataFrame, prior: pd.DataFrame) -> pd.DataFrame:
    """Batch and warehouse figures with an indicator, a region and a period, in one frame.

    A figure's region and period are its own (a digest's paragraph on another province, a
    month in a half-year report: ``parsing.scope``).

    Left out are figures whose own document gives their indicator and period values that do
    not agree (a total and a part, two categories the indicator keys do not tell apart):
    which of them should another document's figure equal? Comparing them anyway raised a
    failure for every pair of reprints of such a report, many per document.
    """
    batch = figures[figures["indicator"].notna() & (figures["status"] != "quarantined")].merge(
        documents[["content_sha256", "source_name"]], on="content_sha256")
    batch = own_scope(batch, documents)
    batch = batch.assign(figure_id=pd.NA, in_batch=True)
    prior = prior.assign(content_sha256=None, ordinal=pd.NA, in_batch=False)
    both = pd.concat([batch.reindex(columns=_COLUMNS), prior.reindex(columns=_COLUMNS)], ignore_index=True)
    both = both.dropna(subset=["region", "period_start", "period_end"]).reset_index(drop=True)
    both["in_batch"] = both["in_batch"].astype(bool)
    for column in ("period_start", "period_end"):
        both[column] = pd.to_datetime(both[column])
    # One integer for region, indicator, kind and unit: the joins and groupings below compare it
    # instead of four string columns.
    both["key"] = both.groupby(_KEY, sort=False, dropna=False).ngroup()
    both["lo"], both["hi"] = value_bounds(both)
    both = both[~_ambiguous(both)].reset_index(drop=True)
    both["last_lo"], both["last_hi"] = last_year_bounds(both, both["lo"].to_numpy(), both["hi"].to_numpy())
    # What an estimate may still become: the same intervals with room for a revision.
    revision = np.where(both["qualifier"].to_numpy(dtype=object) == "estimate",
                        ESTIMATE_REVISION * both["value"].abs().to_numpy(dtype="float64"), 0.0)
    both["rev_lo"], both["rev_hi"] = both["lo"] - revision, both["hi"] + revision
    return both


def _ambiguous(known: pd.DataFrame) -> pd.Series:
    """Figures whose document states their key and period more than once, with values apart."""
    document = known["content_sha256"].where(known["in_batch"], "id:" + known["document_id"].astype(str))
    groups = known.groupby([document, *_MATCH], sort=False, dropna=False)
    return groups["lo"].transform("max") > groups["hi"].transform("min")


def _severity(apart_even_if_revised: bool) -> Severity:
    return "error" if apart_even_if_revised else "warning"


_REVISED = (f" (within the {ESTIMATE_REVISION:.0%} by which an estimate ('ước') may later be revised: "
            "a warning, not an error)")


_MATCH = ["key", "period_start", "period_end"]  # the same region, indicator, kind, unit and period
_SLIM = ["in_batch", "content_sha256", "source_name", "lo", "hi", "last_lo", "last_hi"]


def _pairs(known: pd.DataFrame, left: pd.DataFrame, keep: Callable[[pd.DataFrame], pd.Series]) -> pd.DataFrame:
    """Pairs of ``left`` rows and ``known`` rows with the same region, indicator and period that ``keep``.

    The join and the filter run on a few columns only; the full rows (sentences, texts) are
    fetched for the pairs that survive, which are few.
    """
    pairs = left[_MATCH + _SLIM].reset_index(names="row").merge(
        known[_MATCH + _SLIM].reset_index(names="row_other"), on=_MATCH, suffixes=("", "_other"))
    pairs = pairs[keep(pairs)]
    mine = left.loc[pairs["row"]].reset_index(names="row")
    other = known.loc[pairs["row_other"]].reset_index(names="row").add_suffix("_other")
    return pd.concat([mine, other], axis=1)


def check_reported_differently(known: pd.DataFrame) -> list[FailureRow]:
    """The same region, indicator and period reported with different values by two documents."""
    def keep(p: pd.DataFrame) -> pd.Series:
        # A pair of two batch figures is seen twice: keep one of them.
        return (p["in_batch"] & (p["source_name"] != p["source_name_other"])
                & (~p["in_batch_other"] | (p["content_sha256"] > p["content_sha256_other"]))
                & ((p["lo"] > p["hi_other"]) | (p["lo_other"] > p["hi"])))

    failures = []
    # Only the batch's figures on the left: a pair of two loaded figures was checked when the
    # second was loaded, and pairing every loaded figure with every other grew with the warehouse.
    for row in _pairs(known, known[known["in_batch"]], keep).itertuples():
        mine, other = Interval(row.lo, row.hi), Interval(row.lo_other, row.hi_other)
        scale, word = display_scale(row.raw_text)
        place = f"{row.area}, {row.region}" if isinstance(row.area, str) else row.region
        message = (f"{row.indicator} of {place} for {row.period_start:%Y-%m-%d}..{row.period_end:%Y-%m-%d} is "
                   f"{format_interval(mine, scale)} here but {format_interval(other, scale)} in "
                   f"{row.source_name_other} ({row.raw_text_other!r}){' ' + word if word else ''} {row.unit}")
        # A revision turns an estimate into a final figure: two estimates (or two final figures) must agree.
        if (row.qualifier == "estimate") != (row.qualifier_other == "estimate"):
            severity = _severity(row.rev_lo > row.rev_hi_other or row.rev_lo_other > row.rev_hi)
        else:
            severity = "error"
        message += "" if severity == "error" else _REVISED
        severity, message = _unless_described_differently(row, severity, message)
        failures.append(_failure(row, "reported_differently", message, row.value_other, row.value, severity=severity))
    return failures


def _year_earlier(dates: pd.Series) -> pd.Series:
    """The same day a year earlier (29 February -> 28 February), set-based, unlike ``DateOffset``."""
    year, month, day = (dates.dt.year.to_numpy() - 1970 - 1, dates.dt.month.to_numpy() - 1,
                        dates.dt.day.to_numpy() - 1)
    day = np.where((month == 1) & (day == 28), 27, day)
    shifted = ((year.astype("datetime64[Y]").astype("datetime64[M]") + month.astype("timedelta64[M]"))
               .astype("datetime64[D]") + day.astype("timedelta64[D]"))
    return pd.Series(shifted, index=dates.index).astype(dates.dtype)


def check_against_last_year(known: pd.DataFrame) -> list[FailureRow]:
    """A year-on-year change must agree with last year's figure for the same region and period."""
    this_year = known[known["yoy_change_pct"].notna() & (known["kind"] == "amount")].copy()
    this_year["period_start"] = _year_earlier(this_year["period_start"])
    this_year["period_end"] = _year_earlier(this_year["period_end"])

    def keep(p: pd.DataFrame) -> pd.Series:
        return ((p["in_batch"] | p["in_batch_other"])
                & ((p["last_lo"] > p["hi_other"]) | (p["lo_other"] > p["last_hi"])))

    # Either side may be the batch's; two loaded figures were paired when the later was loaded.
    pairs = pd.concat([_pairs(known, this_year[this_year["in_batch"]], keep),
                       _pairs(known[known["in_batch"]], this_year[~this_year["in_batch"]], keep)])
    pairs = pairs.sort_values(["row", "row_other"], kind="stable")  # the order of one join of all rows
    failures = []
    for row in pairs.itertuples():
        implied, last_year = Interval(row.last_lo, row.last_hi), Interval(row.lo_other, row.hi_other)
        scale, word = display_scale(row.raw_text)
        unit = f"{' ' + word if word else ''} {row.unit}"
        message = (f"{row.raw_text!r} {'+' if row.yoy_change_pct >= 0 else ''}{format_vn(row.yoy_change_pct)}% "
                   f"on the same period last year implies last year {format_vn(implied.mid / scale, 1)} "
                   f"({format_interval(implied, scale, 1)}){unit}, but {row.source_name_other} reported "
                   f"{format_vn(row.value_other / scale)} ({format_interval(last_year, scale)}){unit}")
        # Expected: last year's reported value; observed: what this year's change implies.
        # This year's change is on last year's final figure; last year's report may have printed an estimate.
        severity = _severity(row.last_lo > row.rev_hi_other or row.rev_lo_other > row.last_hi)
        message += "" if severity == "error" else _REVISED
        severity, message = _unless_described_differently(row, severity, message)
        failures.append(_failure(row, "yoy_vs_last_year", message,
                                 row.value_other, implied.mid, mine="this" if row.in_batch else "other",
                                 severity=severity))
    return failures


def _unless_described_differently(row: Any, severity: Severity, message: str) -> tuple[Severity, str]:
    """An error only where both figures are described alike: destinations, sectors or parts of a
    breakdown can share an indicator key ("xuất khẩu sang Hoa Kỳ" and "xuất khẩu")."""
    mine, other = description(row.indicator_text), description(row.indicator_text_other)
    if severity != "error" or mine == other:
        return severity, message
    return "warning", (f"{message} (a warning, not an error: described differently, {mine!r} and {other!r}, "
                       "and such figures can share an indicator key)")


def _failure(row: Any, check: str, message: str, expected: float | None, observed: float | None, mine: str = "this",
             severity: Severity = "error") -> FailureRow:
    """One failure row, owned by the batch figure; the other figure is named by key or warehouse id."""
    me, other = ("", "_other") if mine == "this" else ("_other", "")

    def get(name: str, side: str) -> Any:
        return getattr(row, name + side)

    batch_keys: list[FigureKey] = []
    prior_ids: list[int] = []
    if get("in_batch", other):
        batch_keys.append(figure_key(get("content_sha256", other), get("ordinal", other)))
    else:
        prior_ids.append(int(get("figure_id", other)))
    return failure_row(get("content_sha256", me), check, severity, message,
                       figure_ordinals=[get("ordinal", me)], prior_figure_ids=prior_ids,
                       batch_figure_keys=batch_keys, expected=expected, observed=observed,
                       sentence=get("sentence", me))


def check_across_documents(documents: pd.DataFrame, figures: pd.DataFrame, prior: pd.DataFrame) -> list[FailureRow]:
    if figures.empty or documents.empty:
        return []
    known = comparable_figures(documents, figures, prior)
    if not known["in_batch"].any():
        return []
    return check_reported_differently(known) + check_against_last_year(known)
