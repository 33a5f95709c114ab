"""The shapes of the tables while a batch is in flight, before the loader gives ids.

Inside a batch a document is keyed by its ``content_sha256`` and a figure by
(``content_sha256``, ``ordinal``); the loader turns these keys into the
warehouse's ``document_id`` / ``figure_id``. Workers can therefore parse and
check documents anywhere (threads, processes, a Dask cluster) and return rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from typing import Any, Literal, NewType, TypedDict

import pandas as pd

from parsing.model import Figure, ParsedDocument

DOCUMENT_COLUMNS = [
    "content_sha256", "source_name", "title", "region", "period_label", "period_start",
    "period_end", "published_on", "status", "reject_reason", "byte_size", "text",
    "region_source", "period_source", "region_code", "area",
]
_FIGURE_FIELDS = [f.name for f in fields(Figure) if f.name != "component_of"]
FIGURE_COLUMNS = ["content_sha256", "ordinal", "component_of_ordinal", *_FIGURE_FIELDS, "status"]
# A row while a frame is built, column -> value.
Row = dict[str, Any]

# A figure of a batch in flight, before it has a warehouse id: "<content_sha256>:<ordinal>".
FigureKey = NewType("FigureKey", str)


def figure_key(content_sha256: str, ordinal: int) -> FigureKey:
    """The key of a batch's figure, as failures name figures of other documents of the batch."""
    return FigureKey(f"{content_sha256}:{int(ordinal)}")


Severity = Literal["error", "warning"]


class FailureRow(TypedDict):
    """A failed check, as every check returns it (build it with ``failure_row``).

    ``figure_ordinals`` name figures of the failure's own document; a cross-document check also
    names figures of other documents of the batch (``batch_figure_keys``) or already in the
    warehouse (``prior_figure_ids``). The loader turns all three into ``figure_ids``.
    """

    content_sha256: str
    figure_ordinals: list[int]
    prior_figure_ids: list[int]
    batch_figure_keys: list[FigureKey]
    check_name: str
    severity: Severity
    message: str
    expected: float | None  # what the check expected, where one number says it
    observed: float | None
    sentence: str | None  # shown to the reviewer


FAILURE_COLUMNS = list(FailureRow.__annotations__)


def failure_row(content_sha256: str, check_name: str, severity: Severity, message: str, *,
                figure_ordinals: Iterable[int] = (), prior_figure_ids: Iterable[int] = (),
                batch_figure_keys: Iterable[FigureKey] = (), expected: float | None = None,
                observed: float | None = None, sentence: str | None = None) -> FailureRow:
    return FailureRow(
        content_sha256=content_sha256, figure_ordinals=[int(o) for o in figure_ordinals],
        prior_figure_ids=[int(i) for i in prior_figure_ids], batch_figure_keys=list(batch_figure_keys),
        check_name=check_name, severity=severity, message=message, expected=expected, observed=observed,
        sentence=sentence)


def parsed_document_row(content_sha256: str, source_name: str, byte_size: int | None, parsed: ParsedDocument) -> Row:
    meta = parsed.meta
    return {
        "content_sha256": content_sha256, "source_name": source_name, "title": meta.title,
        "region": meta.region, "period_label": meta.period_label, "period_start": meta.period_start,
        "period_end": meta.period_end, "published_on": meta.published_on, "status": "parsed",
        "reject_reason": None, "byte_size": byte_size, "text": parsed.text,
        "region_source": meta.region_source, "period_source": meta.period_source, "region_code": meta.region_code,
        "area": meta.area,
    }


def rejected_document_row(content_sha256: str | None, source_name: str, byte_size: int | None,
                          reason: str) -> Row:
    row: Row = dict.fromkeys(DOCUMENT_COLUMNS)
    row.update(content_sha256=content_sha256, source_name=source_name, status="rejected",
               reject_reason=reason, byte_size=byte_size)
    return row


def figure_rows(content_sha256: str, parsed: ParsedDocument) -> list[Row]:
    rows = []
    for ordinal, figure in enumerate(parsed.figures):
        row = {name: getattr(figure, name) for name in _FIGURE_FIELDS}
        row.update(content_sha256=content_sha256, ordinal=ordinal,
                   component_of_ordinal=figure.component_of, status="valid")
        rows.append(row)
    return rows


def documents_frame(rows: list[Row]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)
    for column in ("period_start", "period_end", "published_on"):
        frame[column] = pd.to_datetime(frame[column])
    return frame.astype({"byte_size": "Int64"})


def figures_frame(rows: list[Row]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=FIGURE_COLUMNS)
    for column in ("period_start", "period_end"):  # the figure's own period (parsing.scope)
        frame[column] = pd.to_datetime(frame[column])
    return frame.astype({"ordinal": "int64", "component_of_ordinal": "Int64",
                         "char_start": "int64", "char_end": "int64", "sentence_start": "int64"})


def failures_frame(rows: list[FailureRow]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=FAILURE_COLUMNS)
    for column in ("prior_figure_ids", "batch_figure_keys"):
        frame[column] = [ids if isinstance(ids, list) else [] for ids in frame[column]]
    return frame
