"""pandera models of the in-flight tables, one per table, checks beside the columns.

A check returns one boolean per row (or per value). It is annotated ``pd.Series``, not pandera's
``Series[bool]``: pandas has no types for mypy here, so ``Series[bool]`` would be asserted, not checked.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from parsing.model import KINDS, PERIOD_SOURCES, QUALIFIERS, REGION_SOURCES


class DocumentsTable(pa.DataFrameModel):
    content_sha256: Series[str] = pa.Field(nullable=True, str_matches=r"^[0-9a-f]{64}$")
    source_name: Series[str] = pa.Field(str_length={"min_value": 1})
    status: Series[str] = pa.Field(isin=["parsed", "rejected"])
    reject_reason: Series[str] = pa.Field(nullable=True)
    region_source: Series[str] = pa.Field(nullable=True, isin=list(REGION_SOURCES))
    period_source: Series[str] = pa.Field(nullable=True, isin=list(PERIOD_SOURCES))
    region_code: Series[str] = pa.Field(nullable=True, str_matches=r"^\d\d$")

    @pa.dataframe_check(error="a rejected document needs a reason; a parsed one has none")
    def reason_matches_status(cls, df: pd.DataFrame) -> pd.Series:
        return (df["status"] == "rejected") == df["reject_reason"].notna()

    @pa.dataframe_check(error="a region needs its source, and a source its region")
    def region_has_source(cls, df: pd.DataFrame) -> pd.Series:
        if "region_source" not in df:
            return pd.Series(True, index=df.index)
        return df["region"].notna() == df["region_source"].notna()

    @pa.dataframe_check(error="a period needs its source, and a source its period")
    def period_has_source(cls, df: pd.DataFrame) -> pd.Series:
        if "period_source" not in df:
            return pd.Series(True, index=df.index)
        return df["period_start"].notna() == df["period_source"].notna()

    class Config:
        strict = False
        coerce = False


UNITS = ("VND", "USD", "percent", "person", "visit", "hectare", "tonne", "head", "household", "project",
         "commune", "criterion", "enterprise")


class FiguresTable(pa.DataFrameModel):
    content_sha256: Series[str]
    ordinal: Series[int] = pa.Field(ge=0)
    kind: Series[str] = pa.Field(isin=list(KINDS))
    value: Series[float]
    # The named units of the warehouse, or the long tail as a short English noun ("value chain",
    # "tonne-km", "vehicle/day", "VND/person/month", "case/10000 person", "person/km2"): every
    # unit the parser can build passes (tests/test_units_schema.py). Four "/" at most: a rate unit
    # ("VND/person/month") divided again by a rate phrase that itself names two ("người/tháng").
    unit: Series[str] = pa.Field(str_matches=r"^(?:" + "|".join(UNITS) + r"|[A-Za-z][A-Za-z0-9 \-]{0,30})"
                                 r"(?:/[A-Za-z0-9][A-Za-z0-9 \-]{0,20}){0,4}$")
    qualifier: Series[str] = pa.Field(nullable=True, isin=list(QUALIFIERS))
    pct_of_plan: Series[float] = pa.Field(nullable=True, gt=0)
    yoy_change_pct: Series[float] = pa.Field(nullable=True, gt=-100)
    plan_amount: Series[float] = pa.Field(nullable=True, gt=0)
    char_start: Series[int] = pa.Field(ge=0)
    char_end: Series[int] = pa.Field(ge=0)
    raw_text: Series[str] = pa.Field(str_length={"min_value": 1})

    @pa.check("value", error="value is not a finite number")
    def value_is_finite(cls, value: Series[float]) -> pd.Series:
        return pd.Series(np.isfinite(value.to_numpy(dtype="float64")), index=value.index)

    @pa.dataframe_check(error="an amount cannot be negative")
    def amounts_not_negative(cls, df: pd.DataFrame) -> pd.Series:
        return (df["kind"] != "amount") | (df["value"] >= 0)

    @pa.dataframe_check(error="a share must lie within 0..100 percent")
    def shares_within_0_100(cls, df: pd.DataFrame) -> pd.Series:
        # "đạt 112,8% dự toán" standing alone is a share of the plan: revenue above its estimate is
        # routine, so only a share of no plan is bounded by 100
        of_plan = df["plan_basis"].notna() if "plan_basis" in df else pd.Series(False, index=df.index)
        return (df["kind"] != "share") | df["value"].between(0, 100) | (of_plan & (df["value"] >= 0))

    @pa.dataframe_check(error="span is empty or reversed")
    def span_is_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return df["char_end"] > df["char_start"]

    @pa.dataframe_check(error="span lies outside the document text")
    def span_inside_document(cls, df: pd.DataFrame) -> pd.Series:
        if "document_length" not in df:
            return pd.Series(True, index=df.index)
        return df["document_length"].isna() | (df["char_end"] <= df["document_length"])

    class Config:
        strict = False
        coerce = False


# Row-level checks of FiguresTable: (short check name, the columns a reviewer needs to see), by error text.
FIGURE_ROW_CHECKS = {
    "an amount cannot be negative": ("amount_negative", ["kind", "value"]),
    "a share must lie within 0..100 percent": ("share_out_of_range", ["kind", "value"]),
    "span is empty or reversed": ("span_reversed", ["char_start", "char_end"]),
    "span lies outside the document text": ("span_outside_document", ["document_length", "char_end"]),
}
