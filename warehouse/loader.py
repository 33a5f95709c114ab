"""Loading a run's batches: new documents, their texts, figures and failures.

A batch is one transaction: its documents, their texts, figures and failures
land together or not at all, so a document is never recorded as loaded without
its figures. Rows go in set-based (registered frames, ``INSERT ... SELECT``),
never row by row. The figures and failures take the path ``solieu reparse`` takes
too (``warehouse.write_batch``); the runs ledger is ``warehouse.runs_ledger``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import duckdb
import pandas as pd

from warehouse.connection import transaction
from warehouse.ids import next_id
from warehouse.inbox_files import write_files
from warehouse.registered import as_arrow, registered
from warehouse.review import carry_over_reviews, named_figures, refresh_statuses, verdicts
from warehouse.write_batch import (
    ApplyStatuses,
    CrossCheck,
    check_against_loaded,
    insert_rows,
    number_failures,
    numbered_rows,
)


@dataclass
class LoadResult:
    documents_new: int = 0
    documents_rejected: int = 0
    documents_already_loaded: int = 0
    # New parsed documents without a province / a period: their figures group under no region or period.
    documents_without_region: int = 0
    documents_without_period: int = 0
    figures_loaded: int = 0
    figures_warning: int = 0
    figures_quarantined: int = 0
    failures: int = 0

    def add(self, other: LoadResult) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def known_hashes(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute("SELECT content_sha256 FROM documents WHERE content_sha256 IS NOT NULL").fetchall()
    return {row[0] for row in rows}


def load_batch(con: duckdb.DuckDBPyConnection, run_id: int, parser_version: str,
               documents: pd.DataFrame, figures: pd.DataFrame, failures: pd.DataFrame,
               cross_check: CrossCheck, apply_statuses: ApplyStatuses,
               inbox_files: Sequence[tuple[str, int, int, str]] = ()) -> LoadResult:
    """Load a batch in one transaction, with the inbox ledger's rows of the files read for it."""
    with transaction(con):
        result = _load(con, run_id, parser_version, documents, figures, failures,
                       cross_check, apply_statuses)
        write_files(con, list(inbox_files))
    return result


def _load(con: duckdb.DuckDBPyConnection, run_id: int, parser_version: str, documents: pd.DataFrame,
          figures: pd.DataFrame, failures: pd.DataFrame, cross_check: CrossCheck,
          apply_statuses: ApplyStatuses) -> LoadResult:
    result = LoadResult()
    documents, dropped = _drop_already_loaded(con, documents)
    result.documents_already_loaded = dropped
    if documents.empty:
        return result
    keep = set(documents["content_sha256"].dropna())
    figures = figures[figures["content_sha256"].isin(keep)]
    failures = failures[failures["content_sha256"].isin(keep)]
    figures, failures, prior = check_against_loaded(con, documents, figures, failures, cross_check, apply_statuses)

    now = datetime.now()
    documents = documents.reset_index(drop=True)
    first_document_id = next_id(con, "documents", "document_id")
    documents["document_id"] = range(first_document_id, first_document_id + len(documents))
    documents["run_id"] = run_id
    documents["parser_version"] = parser_version
    documents["loaded_at"] = now
    first_figure_id = next_id(con, "figures", "figure_id")
    figures, failures = numbered_rows(con, documents, figures, failures, prior, run_id=run_id,
                                      parser_version=parser_version)
    failures = number_failures(con, carry_over_reviews(con, failures), run_id=run_id, now=now)
    # A new figure can only be named by this batch's failures, so its status is known before it
    # is inserted; figures loaded earlier that a failure names are refreshed from the warehouse.
    named = named_figures(failures)
    figures["status"] = figures["figure_id"].map(verdicts(figures["figure_id"], named))
    earlier = named.loc[named["figure_id"] < first_figure_id, "figure_id"]

    with registered(con, batch_documents=as_arrow(documents)):
        con.execute(
            """INSERT INTO documents (document_id, source_name, content_sha256, title, region,
                   period_label, period_start, period_end, published_on, status, reject_reason,
                   run_id, parser_version, byte_size, loaded_at, region_source, period_source, region_code, area)
               SELECT document_id, source_name, content_sha256, title, region, period_label,
                   period_start::DATE, period_end::DATE, published_on::DATE, status, reject_reason,
                   run_id, parser_version, byte_size, loaded_at, region_source::VARCHAR,
                   period_source::VARCHAR, region_code::VARCHAR, area::VARCHAR
               FROM batch_documents"""
        )
        con.execute(
            "INSERT INTO document_texts SELECT document_id, text FROM batch_documents WHERE text IS NOT NULL"
        )
    insert_rows(con, figures, failures)
    refresh_statuses(con, earlier)

    result.documents_new = int((documents["status"] == "parsed").sum())
    result.documents_rejected = int((documents["status"] == "rejected").sum())
    parsed_rows = documents[documents["status"] == "parsed"]
    result.documents_without_region = int(parsed_rows["region"].isna().sum())
    result.documents_without_period = int(parsed_rows["period_start"].isna().sum())
    result.figures_loaded = len(figures)
    result.figures_warning = int((figures["status"] == "warning").sum())
    result.figures_quarantined = int((figures["status"] == "quarantined").sum())
    result.failures = len(failures)
    return result


def _drop_already_loaded(con: duckdb.DuckDBPyConnection, documents: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """Drop texts another run loaded meanwhile, and repeat rejections of unreadable files."""
    hashes = documents["content_sha256"].dropna().tolist()
    loaded = set()
    if hashes:
        loaded = {row[0] for row in con.execute(
            "SELECT content_sha256 FROM documents WHERE content_sha256 IN (SELECT unnest(?::VARCHAR[]))",
            [hashes],
        ).fetchall()}
    unreadable = documents["content_sha256"].isna()
    recorded = set()
    if unreadable.any():
        recorded = set(con.execute(
            "SELECT source_name, reject_reason FROM documents WHERE content_sha256 IS NULL"
        ).fetchall())
    keep = [
        (sha not in loaded) if isinstance(sha, str) else ((name, reason) not in recorded)
        for sha, name, reason in zip(documents["content_sha256"], documents["source_name"],
                                     documents["reject_reason"])
    ]
    return documents[keep], len(documents) - sum(keep)
