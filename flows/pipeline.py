"""The job as plain functions: inbox -> batches -> parsed and checked rows -> warehouse.

The Prefect flow in ``flows/ingest.py`` only wires these together; tests and
the benchmark call them directly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path

from flows import parallel
from flows.operations import breaches, open_counts, stale_sources
from flows.prepare import Batch, prepare_batch
from flows.progress import Progress
from flows.settings import Settings
from parsing import PARSER_VERSION
from schemas.validate import apply_statuses, check_against_warehouse
from sources.collect import FetchSummary, collect_source, fetched_documents
from sources.config import read_sources
from sources.inbox import RawDocument, list_inbox, read_raw
from sources.inbox_ledger import InboxLedger
from warehouse.connection import HeldConnection, connect, exclusive_run
from warehouse.failure_report import write_run_reports
from warehouse.inbox_files import record_files, trusted_files
from warehouse.loader import LoadResult, known_hashes, load_batch
from warehouse.migrate import migrate
from warehouse.review import record_carried_over
from warehouse.review_rules import RulesOutcome, apply_rules, read_rules
from warehouse.run_index import write_run_index
from warehouse.runs_ledger import abandon_stale_runs, finish_run, start_run


@dataclass
class Discovery:
    """What reading the inbox found, before any parsing."""

    seen: int = 0
    already_loaded: int = 0


def new_batches(
    paths: Iterable[Path | RawDocument], inbox: Path, known_hashes: set[str], batch_size: int, max_bytes: int,
    discovery: Discovery, ledger: InboxLedger | None = None,
) -> Iterator[list[RawDocument]]:
    """Read files lazily and yield batches of documents not loaded before.

    A text is "already loaded" when its content hash is in ``known_hashes``
    (the warehouse) or appeared earlier in this run under another name, or,
    without opening the file, when ``ledger`` knows the file unchanged since then.
    """
    batch: list[RawDocument] = []
    for path in paths:
        if ledger is not None and not isinstance(path, RawDocument) and ledger.already_loaded(path):
            discovery.seen += 1
            discovery.already_loaded += 1
            continue
        # Fetched documents arrive already read.
        raw = path if isinstance(path, RawDocument) else read_raw(path, inbox, max_bytes)
        if ledger is not None:
            ledger.note(raw)
        discovery.seen += 1
        if raw.sha256 is not None:
            if raw.sha256 in known_hashes:
                discovery.already_loaded += 1
                continue
            known_hashes.add(raw.sha256)
        batch.append(raw)
        if len(batch) >= batch_size:
            yield batch
            batch = []
    if batch:
        yield batch


def prepare_batch_in(raws: list[RawDocument], pool: Executor) -> Batch:
    """``prepare_batch`` on a worker process of ``pool``, waited for here (a thread of the flow)."""
    return pool.submit(prepare_batch, raws).result()


def open_warehouse(settings: Settings, *, read_only: bool = False):
    """The job's connection to the warehouse: waits for the file lock, DuckDB's memory capped.

    ``read_only`` for a stage that only reads: several processes may read a file at once, so an
    analyst's query gets in beside it instead of waiting for it to end.
    """
    return connect(settings.warehouse, read_only=read_only, wait_s=settings.lock_timeout_s,
                   memory_limit=settings.job_memory_limit)


def held_warehouse(settings: Settings, hold_s: float) -> HeldConnection:
    """The loader's connection, as ``open_warehouse`` opens it, kept open for up to ``hold_s`` seconds."""
    return HeldConnection(settings.warehouse, wait_s=settings.lock_timeout_s, hold_s=hold_s,
                          memory_limit=settings.job_memory_limit)


def inbox_paths(inbox: Path) -> list[Path]:
    return list_inbox(inbox)


def load_prepared(settings: Settings, run_id: int, batch: Batch, held: HeldConnection | None = None) -> LoadResult:
    """Load one prepared batch in its own short transaction, on ``held`` or a connection of its own."""
    held = held or held_warehouse(settings, hold_s=0.0)
    with held.use() as con:
        return load_batch(con, run_id, PARSER_VERSION, batch.documents, batch.figures, batch.failures,
                          check_against_warehouse, apply_statuses, batch.inbox_files)


@dataclass
class RunSummary:
    run_id: int
    warehouse: str
    documents_seen: int
    documents_already_loaded: int
    result: LoadResult
    report_paths: list[str] = field(default_factory=list)
    flow_run_id: str | None = None
    fetch: FetchSummary | None = None
    rules: RulesOutcome | None = None
    index_path: str | None = None
    new_errors: int = 0  # the run's failures still open after earlier decisions and rules
    new_warnings: int = 0
    stale_sources: list[str] = field(default_factory=list)
    breaches: list[str] = field(default_factory=list)  # thresholds the run is over

    def text(self) -> str:
        r = self.result
        lines = [
            f"run {self.run_id} into {self.warehouse}",
            f"documents: {self.documents_seen} seen, {r.documents_new} new, "
            f"{self.documents_already_loaded} already loaded, {r.documents_rejected} rejected",
            f"meta:      {r.documents_without_region} new reports without a province, "
            f"{r.documents_without_period} without a period",
            f"figures:   {r.figures_loaded} loaded, {r.figures_warning} with warnings, "
            f"{r.figures_quarantined} quarantined ({r.failures} validation failures)",
        ]
        if self.fetch is not None:
            lines.insert(1, self.fetch.text())
        lines.append(f"open:      {self.new_errors} new errors, {self.new_warnings} new warnings "
                     "(not decided by an earlier decision or a rule)")
        if self.stale_sources:
            lines.append("nothing new for a while: " + ", ".join(self.stale_sources))
        if self.breaches:
            lines.append("OVER THRESHOLD: " + "; ".join(self.breaches))
        if self.rules is not None and self.rules.text():
            lines.append(self.rules.text())
        if self.report_paths:
            lines.append("failure report: " + ", ".join(self.report_paths))
        if self.index_path:
            lines.append(f"all runs: {self.index_path}")
        return "\n".join(lines)


ParseStep = Callable[[list[RawDocument]], Batch]
LoadStep = Callable[[Settings, int, Batch, HeldConnection], LoadResult]
# Batches of raw documents in, prepared batches out in the same order (see flows.parallel).
PrepareAll = Callable[[Iterable[list[RawDocument]]], Iterable[Batch]]


def run_ingest(settings: Settings, *, flow_run_id: str | None = None, parse: ParseStep = prepare_batch,
               load: LoadStep = load_prepared, fetch=collect_source,
               progress_artifact: bool = False, prepare_all: PrepareAll | None = None) -> RunSummary:
    """One run of the job. ``parse``, ``load`` and ``fetch`` are swapped for Prefect tasks by the flow.

    Without ``prepare_all``, batches are parsed on ``settings.workers`` local processes.
    The whole run holds the warehouse's run lock: runs never overlap (see
    ``warehouse.connection.exclusive_run``), so a 'running' row found at start is a dead run's.
    """
    with exclusive_run(settings.warehouse, wait_s=settings.lock_timeout_s):
        if prepare_all is not None:
            return _run_ingest(settings, flow_run_id, load, fetch, progress_artifact, prepare_all)
        with parallel.local_prepare(settings, parse) as local:
            return _run_ingest(settings, flow_run_id, load, fetch, progress_artifact, local)


def _run_ingest(settings, flow_run_id, load, fetch, progress_artifact, prepare_all) -> RunSummary:
    paths: Sequence[Path | RawDocument] = inbox_paths(settings.inbox)
    sources = read_sources(settings.sources_file) if settings.sources_file else None
    rules = read_rules(settings.review_rules_file) if settings.review_rules_file else []
    fetch_summary = None
    with open_warehouse(settings) as con:
        migrate(con)
        run_id = start_run(con, flow_run_id=flow_run_id, inbox=str(settings.inbox),
                           parser_version=PARSER_VERSION)
        abandon_stale_runs(con, found_by=run_id)
        known = known_hashes(con)
        ledger = InboxLedger(trusted_files(con) if settings.trust_file_times else {},
                             settings.inbox, settings.max_document_bytes)
    discovery = Discovery()
    result = LoadResult()
    held = held_warehouse(settings, hold_s=settings.hold_connection_s)
    try:
        if sources is not None:  # one fetch step per source, then every article not yet loaded
            fetch_summary = FetchSummary([fetch(settings, run_id, source, sources.fetch)
                                          for source in sources.sources])
            stated = {source.name: source.region for source in sources.sources if source.region}
            paths = [*paths, *fetched_documents(settings, stated)]
        with Progress(len(paths), prefect_artifact=progress_artifact) as progress:
            counted = 0
            raw_batches = new_batches(paths, settings.inbox, known, settings.batch_size,
                                      settings.max_document_bytes, discovery, ledger)
            for batch in prepare_all(raw_batches):
                batch.inbox_files = ledger.take()
                result.add(load(settings, run_id, batch, held))
                progress.advance(len(batch.documents))
                counted += len(batch.documents)
                batch.release()
            progress.advance(discovery.seen - counted)
        held.close()
        already_loaded = discovery.already_loaded + result.documents_already_loaded
        with open_warehouse(settings) as con:
            record_files(con, ledger.take())
            rules_outcome = settle_reviews(con, run_id, rules)
            if rules_outcome.decided:  # the rules changed some of the run's figures' statuses
                result.figures_warning, result.figures_quarantined = con.execute(
                    "SELECT count(*) FILTER (status = 'warning'), count(*) FILTER (status = 'quarantined') "
                    "FROM figures WHERE run_id = ?", [run_id]).fetchone()
        # The failure reports read the whole run's failures: at 20 000 reports the longest stage of
        # a run after the batches. Written on a connection of their own that only reads, so that
        # readers of a file get in beside it (they waited up to 104 s when it held the file).
        with open_warehouse(settings, read_only=True) as con:
            reports = write_run_reports(con, run_id, settings.report_dir, lang=settings.lang)
        with open_warehouse(settings) as con:
            finish_run(con, run_id, status="completed", seen=discovery.seen, skipped=already_loaded,
                       result=result, report_path=", ".join(map(str, reports)) or None)
        with open_warehouse(settings, read_only=True) as con:
            new_errors, new_warnings = open_counts(con, run_id)
            stale = [] if settings.stale_after_days is None else stale_sources(
                con, days=settings.stale_after_days, inbox=settings.inbox,
                source_names=[source.name for source in sources.sources] if sources else [])
            index = write_run_index(con, settings.report_dir, lang=settings.lang, stale_sources=stale)
    except BaseException as error:
        held.close()
        _record_failed_run(settings, run_id, discovery, result, error)
        raise
    over = breaches(new_errors=new_errors, figures_loaded=result.figures_loaded,
                    figures_quarantined=result.figures_quarantined, max_new_errors=settings.max_new_errors,
                    max_quarantined_share=settings.max_quarantined_share)
    return RunSummary(run_id, str(settings.warehouse), discovery.seen, already_loaded, result,
                      [str(p) for p in reports], flow_run_id, fetch_summary, rules_outcome, str(index),
                      new_errors, new_warnings, stale, over)


def settle_reviews(con, run_id: int, rules) -> RulesOutcome:
    """After loading: history rows for the failures that arrived decided (the same slip decided
    before), then the review rules on those still open."""
    from warehouse.connection import transaction

    with transaction(con):
        record_carried_over(con, run_id)
        return apply_rules(con, run_id, rules)


def _record_failed_run(settings, run_id, discovery, result, error) -> None:
    try:
        with open_warehouse(settings) as con:
            finish_run(con, run_id, status="failed", seen=discovery.seen,
                       skipped=discovery.already_loaded, result=result,
                       message=f"{type(error).__name__}: {error}"[:500])
    except Exception:  # the original error matters more than the ledger entry
        pass
