"""``solieu reparse`` as plain functions: stored texts -> parsed and checked again -> figures replaced.

Documents whose figures an older parser version produced (or all with
``force``), loaded since a date or ever, are re-read from ``document_texts`` in
batches; each batch's figures and failures are replaced in one transaction by
``warehouse.reparse.replace_figures``, which keeps reviewers' decisions that
still apply. ``parse`` and ``parser_version`` are parameters so that a test
(or an experiment) can re-parse with a changed parser without editing it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from flows.pipeline import Batch, open_warehouse
from flows.settings import Settings
from parsing import PARSER_VERSION, ParsedDocument, SourceFacts, parse_document
from parsing.regions import province_in_url_path, province_of_folders, province_of_url
from schemas.frames import documents_frame, figure_rows, figures_frame, parsed_document_row
from schemas.validate import apply_statuses, check_against_warehouse, check_batch
from warehouse.connection import exclusive_run, transaction
from warehouse.loader import LoadResult
from warehouse.migrate import migrate
from warehouse.period_bounds import rebuild
from warehouse.reparse import ReparseResult, documents_to_reparse, replace_figures, stored_texts
from warehouse.runs_ledger import finish_run, start_run

Parse = Callable[[str, SourceFacts | None], ParsedDocument]


def stored_facts(row) -> SourceFacts:
    """What was known beside a stored text when it was loaded, as far as the warehouse keeps it: the URL
    or inbox folder in its name, its date and title, and the region found beside the text. A region a
    person stated (sidecar, sources file) is kept; one from a URL or folder is found again from the
    name when the name holds it (the outlets file may have grown), else kept (a sidecar's URL)."""
    name = str(row.source_name)
    is_url = name.startswith(("http://", "https://"))
    folder = None if is_url else province_of_folders(name.replace("\\", "/").split("/")[:-1])
    from_name = folder or (is_url and (province_of_url(name) or province_in_url_path(name)))
    kept = isinstance(row.region, str) and (row.region_source in ("sidecar", "source")
                                            or row.region_source in ("url", "folder") and not from_name)
    return SourceFacts(
        url=name if is_url else None, title=row.title if isinstance(row.title, str) else None,
        published=None if pd.isna(row.published_on) else pd.Timestamp(row.published_on).date(),
        region=row.region if kept else None, region_origin=row.region_source if kept else "sidecar",
        folder_region=folder)


def prepare_texts(texts: pd.DataFrame, parse: Parse = parse_document) -> Batch:
    """Parse and check stored texts, keyed by their documents' content hash (like ``prepare_batch``).

    No decoding step: the text is already the normalised text the spans point into.
    """
    document_rows, rows = [], []
    for row in texts.itertuples():
        parsed = parse(row.text, stored_facts(row))
        byte_size = None if pd.isna(row.byte_size) else int(row.byte_size)
        document_rows.append(parsed_document_row(row.content_sha256, row.source_name, byte_size, parsed))
        rows.extend(figure_rows(row.content_sha256, parsed))
    documents = documents_frame(document_rows)
    figures = figures_frame(rows)
    failures = check_batch(documents, figures)
    return Batch(documents, apply_statuses(figures, failures), failures)


def reparse_batch(settings: Settings, run_id: int, document_ids: list[int], parse: Parse,
                  parser_version: str) -> ReparseResult:
    """One batch, under one connection: read texts, parse, check, replace in one transaction."""
    with open_warehouse(settings) as con:
        texts = stored_texts(con, document_ids)
        batch = prepare_texts(texts, parse)
        return replace_figures(con, run_id, parser_version, texts, batch.documents, batch.figures,
                               batch.failures, check_against_warehouse, apply_statuses)


@dataclass
class ReparseSummary:
    warehouse: str
    parser_version: str
    run_id: int | None = None  # None when there was nothing to re-parse
    result: ReparseResult = field(default_factory=ReparseResult)

    def text(self) -> str:
        r = self.result
        if self.run_id is None:
            return (f"nothing to re-parse in {self.warehouse}: every document's figures are from "
                    f"parser {self.parser_version}")
        return "\n".join([
            f"reparse run {self.run_id} with parser {self.parser_version} into {self.warehouse}",
            f"documents: {r.documents} re-parsed",
            f"figures:   {r.figures_before} replaced by {r.figures_after}; {r.failures_open} open validation "
            f"failures",
            f"reviews:   {r.reviews_kept} decisions kept, {r.reviews_dropped} dropped (check no longer fails "
            f"or figures gone)",
        ])


def run_reparse(settings: Settings, *, since: date | None = None, force: bool = False,
                parse: Parse = parse_document, parser_version: str | None = None,
                flow_run_id: str | None = None, step=reparse_batch) -> ReparseSummary:
    """Re-parse what needs it, batch by batch; recorded in ``runs`` like an ingest run.

    ``parser_version`` defaults to this module's ``PARSER_VERSION`` (the parser's), read at call time.
    """
    # A reparse writes figures and a row in ``runs`` like an ingest run, so it takes
    # the same run lock: it never interleaves with a run, and is never taken for a dead one.
    with exclusive_run(settings.warehouse, wait_s=settings.lock_timeout_s):
        return _run_reparse(settings, since, force, parse, parser_version, flow_run_id, step)


def _run_reparse(settings, since, force, parse, parser_version, flow_run_id, step) -> ReparseSummary:
    parser_version = parser_version or PARSER_VERSION
    summary = ReparseSummary(str(settings.warehouse), parser_version)
    with open_warehouse(settings) as con:
        migrate(con)
        ids = documents_to_reparse(con, parser_version, since=since, force=force)
        if not ids:
            return summary
        label = "reparse" + (f" since {since.isoformat()}" if since else "") + (" (forced)" if force else "")
        summary.run_id = start_run(con, flow_run_id=flow_run_id, inbox=label, parser_version=parser_version)
    try:
        for start in range(0, len(ids), settings.batch_size):
            summary.result.add(step(settings, summary.run_id, ids[start:start + settings.batch_size],
                                    parse, parser_version))
        # The replaced figures' bounds stayed in ``period_bounds`` (it only widens): narrow it again.
        with open_warehouse(settings) as con, transaction(con):
            rebuild(con)
        status, message = "completed", None
    except BaseException as error:
        status, message = "failed", f"{type(error).__name__}: {error}"[:500]
        raise
    finally:
        r = summary.result
        with open_warehouse(settings) as con:
            finish_run(con, summary.run_id, status=status, seen=len(ids), skipped=0,
                       result=LoadResult(figures_loaded=r.figures_after, failures=r.failures_open),
                       message=message or f"re-parsed {r.documents} documents")
    return summary
