"""Validation entry points: DataFrames in, failure rows out. No I/O.

``check_batch`` runs where a batch is parsed (any worker): the pandera table
models, the checks between figures of one document, and plausibility.
``check_against_warehouse`` runs in the loader, which alone sees what the
warehouse already holds. ``apply_statuses`` turns failures into figure statuses:
an error quarantines every figure it names, a warning marks them.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import pandera.pandas as pa

from schemas.consistency import check_document_figures
from schemas.cross_document import check_across_documents
from schemas.frames import FailureRow, failure_row, failures_frame, figure_key
from schemas.intervals import format_vn
from schemas.plausibility import check_plausibility
from schemas.tables import FIGURE_ROW_CHECKS, DocumentsTable, FiguresTable


def schema_failures(documents: pd.DataFrame, figures: pd.DataFrame) -> list[FailureRow]:
    """Lazy pandera validation, grouped to one failure per (figure, check), not one per column."""
    failures: list[FailureRow] = []
    if not documents.empty:
        try:
            DocumentsTable.validate(documents, lazy=True)
        except pa.errors.SchemaErrors as errors:
            # A document row that breaks the model is a bug of ours, not of the text: say so loudly
            # (no SolieuError: the CLI shows its traceback).
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
        failures.append(_schema_failure(checked.loc[index], str(check), group))
    return failures


def _schema_failure(figure: pd.Series, check: str, cases: pd.DataFrame) -> FailureRow:
    """One failure per figure and check, however many columns pandera listed it under."""
    if check in FIGURE_ROW_CHECKS:
        name, columns = FIGURE_ROW_CHECKS[check]
        shown = ", ".join(f"{c} = {_show(figure.get(c))}" for c in columns)
        message, observed = f"{figure['raw_text']!r}: {check} ({shown})", figure.get(columns[-1])
    else:
        column = str(cases["column"].dropna().iloc[0]) if cases["column"].notna().any() else "row"
        observed = cases["failure_case"].iloc[0]
        name = f"{column}_invalid"
        message = f"{figure['raw_text']!r}: {column} = {_show(observed)} fails {check}"
    return failure_row(figure["content_sha256"], f"schema:{name}", "error", message,
                       figure_ordinals=[figure["ordinal"]], observed=_as_float(observed),
                       sentence=figure["sentence"])


def _show(value: object) -> str:
    return repr(value) if isinstance(value, str) else format_vn(value) if isinstance(value, (int, float)) \
        else str(value)


def check_batch(documents: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    parsed = documents[documents["status"] == "parsed"]
    failures = schema_failures(parsed, figures)
    failures += check_document_figures(figures, parsed)
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
    keys = pd.Series([figure_key(sha, o) for sha, o in zip(figures["content_sha256"], figures["ordinal"])],
                     index=figures.index)
    for severity, status in (("warning", "warning"), ("error", "quarantined")):
        named: set[str] = set()
        for row in failures[failures["severity"] == severity].itertuples():
            named.update(figure_key(row.content_sha256, o) for o in row.figure_ordinals)
            named.update(row.batch_figure_keys)
        figures.loc[keys.isin(named), "status"] = status
    return figures


def _as_float(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None
