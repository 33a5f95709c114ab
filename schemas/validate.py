"""Validation entry points: DataFrames in, failure rows out. No I/O.

``check_batch`` runs where a batch is parsed (any worker): the pandera table
models, the checks between figures of one document, and plausibility.
``check_against_warehouse`` runs in the loader, which alone sees what the
warehouse already holds. ``apply_statuses`` turns failures into figure statuses:
an error quarantines every figure it names, a warning marks them.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from schemas.consistency import check_document_figures
from schemas.cross_document import check_across_documents
from schemas.frames import failures_frame
from schemas.plausibility import check_plausibility
from schemas.tables import DocumentsTable, FiguresTable


def schema_failures(documents: pd.DataFrame, figures: pd.DataFrame) -> list[dict]:
    """Lazy pandera validation, grouped to one failure per (figure, check), not one per column."""
    failures = []
    if not documents.empty:
        try:
            DocumentsTable.validate(documents, lazy=True)
        except pa.errors.SchemaErrors as errors:
            # A document row that breaks the model is a bug of ours, not of the text: say so loudly.
            raise ValueError(f"documents table broke its schema:\n{errors.failure_cases}") from None
    if figures.empty:
        return failures
    lengths = documents.set_index("content_sha256")["text"].str.len()
    checked = figures.assign(document_length=figures["content_sha256"].map(lengths))
    try:
        FiguresTable.validate(checked, lazy=True)
        return failures
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases
    cases = cases[cases["index"].notna()]
    for (index, check), group in cases.groupby(["index", "check"], sort=True):
        figure = figures.loc[index]
        columns = ", ".join(sorted(str(c) for c in group["column"].dropna().unique())) or "row"
        observed = group["failure_case"].iloc[0]
        failures.append({
            "content_sha256": figure["content_sha256"], "figure_ordinals": [int(figure["ordinal"])],
            "prior_figure_ids": [], "batch_figure_keys": [], "check_name": f"schema:{check}",
            "severity": "error", "message": f"{figure['raw_text']!r}: {columns} failed {check} (observed {observed!r})",
            "expected": None, "observed": _as_float(observed), "sentence": figure["sentence"],
        })
    return failures


def check_batch(documents: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    parsed = documents[documents["status"] == "parsed"]
    failures = schema_failures(parsed, figures)
    failures += check_document_figures(figures)
    failures += check_plausibility(parsed, figures)
    return failures_frame(failures)


def check_against_warehouse(documents: pd.DataFrame, figures: pd.DataFrame, prior: pd.DataFrame) -> pd.DataFrame:
    return failures_frame(check_across_documents(documents, figures, prior))


def apply_statuses(figures: pd.DataFrame, failures: pd.DataFrame) -> pd.DataFrame:
    """Set ``status``: quarantined where an error names the figure, warning where only a warning does."""
    figures = figures.copy()
    figures["status"] = "valid"
    if failures.empty or figures.empty:
        return figures
    keys = pd.Series([f"{sha}:{int(o)}" for sha, o in zip(figures["content_sha256"], figures["ordinal"])],
                     index=figures.index)
    for severity, status in (("warning", "warning"), ("error", "quarantined")):
        named = set()
        for row in failures[failures["severity"] == severity].itertuples():
            named.update(f"{row.content_sha256}:{int(o)}" for o in row.figure_ordinals)
            named.update(row.batch_figure_keys)
        figures.loc[keys.isin(named), "status"] = status
    return figures


def _as_float(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None
