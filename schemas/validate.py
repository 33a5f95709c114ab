"""Validation entry points: DataFrames in, failure rows out. No I/O.

``check_batch`` runs where a batch is parsed (any worker): the pandera table
models and the checks between figures of one document.
``check_against_warehouse`` runs in the loader, which alone sees what the
warehouse already holds. ``apply_statuses`` turns failures into figure statuses:
an error quarantines the figures it names, a warning marks them.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from schemas.frames import failures_frame
from schemas.tables import FiguresTable


def schema_failures(figures: pd.DataFrame) -> list[dict]:
    """Lazy pandera validation, one failure per (figure, check), not per column."""
    if figures.empty:
        return []
    try:
        FiguresTable.validate(figures, lazy=True)
        return []
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases
    cases = cases[cases["index"].notna()]
    failures = []
    for (index, check), group in cases.groupby(["index", "check"], sort=True):
        figure = figures.loc[index]
        columns = ", ".join(sorted(str(c) for c in group["column"].dropna().unique()))
        observed = group["failure_case"].iloc[0]
        failures.append({
            "content_sha256": figure["content_sha256"],
            "figure_ordinals": [int(figure["ordinal"])],
            "check_name": f"schema:{check}",
            "severity": "error",
            "message": f"{figure['raw_text']!r}: {columns or 'row'} failed {check} (observed {observed!r})",
            "expected": None,
            "observed": _as_float(observed),
            "sentence": figure["sentence"],
        })
    return failures


def check_batch(documents: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    return failures_frame(schema_failures(figures))


def check_against_warehouse(documents: pd.DataFrame, figures: pd.DataFrame,
                            prior: pd.DataFrame) -> pd.DataFrame:
    return failures_frame([])


def apply_statuses(figures: pd.DataFrame, failures: pd.DataFrame) -> pd.DataFrame:
    """Set ``status`` to quarantined (any error names it) or warning; else valid."""
    figures = figures.copy()
    figures["status"] = "valid"
    if failures.empty or figures.empty:
        return figures
    named = failures.explode("figure_ordinals").dropna(subset=["figure_ordinals"])
    for severity, status in (("warning", "warning"), ("error", "quarantined")):
        keys = set(zip(named.loc[named["severity"] == severity, "content_sha256"],
                       named.loc[named["severity"] == severity, "figure_ordinals"].astype(int)))
        hit = [(sha, int(o)) in keys for sha, o in zip(figures["content_sha256"], figures["ordinal"])]
        figures.loc[hit, "status"] = status
    return figures


def _as_float(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None
