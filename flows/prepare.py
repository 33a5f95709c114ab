"""What a worker does with a batch: decode, parse and check it. No warehouse, no Prefect.

A local worker process imports only this module to run ``prepare_batch`` (a Dask worker
also imports Prefect, which runs the task there), so it imports only what parsing and
checking need: not DuckDB or httpx, whose memory each worker would hold for nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pandas as pd

from parsing import SourceFacts, parse_document
from schemas.frames import (
    FailureRow,
    documents_frame,
    failure_row,
    failures_frame,
    figure_rows,
    figures_frame,
    parsed_document_row,
    rejected_document_row,
)
from schemas.validate import apply_statuses, check_batch
from sources.decode import RejectedDocument, decode_report
from sources.inbox import RawDocument
from sources.inbox_ledger import FileRow


@dataclass
class Batch:
    """Rows of one batch of documents, keyed by content hash until loaded."""

    documents: pd.DataFrame
    figures: pd.DataFrame
    failures: pd.DataFrame
    # Ledger rows of the inbox files read so far, written with the batch (sources/inbox_ledger.py).
    inbox_files: list[FileRow] = field(default_factory=list)

    def release(self) -> None:
        """Drop the rows, once loaded. A parse task's result outlives the task: Prefect's events
        worker keeps a copy of the context of each event until it is sent, and that copy holds
        the task's return value (prefect 3.8.8, ``EventsWorker._context_cache``), so loaded
        batches stayed alive beside those in flight and raised the run's peak memory."""
        self.documents = self.figures = self.failures = pd.DataFrame()
        self.inbox_files = []


def prepare_batch(raws: list[RawDocument]) -> Batch:
    """Decode, parse and check one batch. Pure: no warehouse, safe on any worker."""
    document_rows, figure_rows_, warnings = [], [], []
    for raw in raws:
        if raw.error is not None:
            document_rows.append(rejected_document_row(None, raw.source_name, None, raw.error))
            continue
        content, sha256 = raw.content, raw.sha256
        assert content is not None and sha256 is not None, "a RawDocument without an error has its bytes"
        try:
            text = decode_report(content)
        except RejectedDocument as rejection:
            document_rows.append(
                rejected_document_row(sha256, raw.source_name, len(content), str(rejection))
            )
            continue
        try:
            parsed = parse_document(text, source_facts(raw))
        except Exception as error:  # a parser bug must not stop every later document, run after run
            document_rows.append(rejected_document_row(
                sha256, raw.source_name, len(content), f"parser error: {type(error).__name__}: {error}"[:500]))
            continue
        row = parsed_document_row(sha256, raw.source_name, len(content), parsed)
        if row["published_on"] is None:  # a web page's date when the text itself has none
            row["published_on"] = raw.published_on
        document_rows.append(row)
        figure_rows_.extend(figure_rows(sha256, parsed))
        if raw.warning:
            warnings.append(source_warning_row(sha256, raw.warning))
    documents = documents_frame(document_rows)
    figures = figures_frame(figure_rows_)
    failures = check_batch(documents, figures)
    if warnings:
        failures = pd.concat([failures, failures_frame(warnings)], ignore_index=True)
    return Batch(documents, apply_statuses(figures, failures), failures)


def source_facts(raw: RawDocument) -> SourceFacts | None:
    """What the parser is told beside the text: the raw document's facts, with its publication date."""
    if raw.facts is None:
        return SourceFacts(published=raw.published_on) if raw.published_on else None
    if raw.facts.published is None and raw.published_on is not None:
        return replace(raw.facts, published=raw.published_on)
    return raw.facts


def source_warning_row(content_sha256: str, message: str) -> FailureRow:
    """A warning of the document as a whole (no figure): what came beside its text could not all be used."""
    return failure_row(content_sha256, "source_metadata", "warning", message)
