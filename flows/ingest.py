"""The ``ingest-reports`` Prefect flow: wiring only, the work is in ``flows.pipeline``.

One task per batch of documents for parsing and one for loading, so the number
of task runs grows with batches, never with documents or figures.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NONE
from prefect.runtime import flow_run
from prefect.utilities.annotations import quote

from flows import operations, parallel, pipeline
from flows.settings import load_settings
from sources.collect import collect_source

# Inputs are large batches of bytes: never hash them for a cache key.
parse_batch = task(name="parse-and-check-batch", cache_policy=NONE)(pipeline.prepare_batch)
parse_batch_in_pool = task(name="parse-and-check-batch", cache_policy=NONE)(pipeline.prepare_batch_in)
load_batch = task(name="load-batch", cache_policy=NONE)(pipeline.load_prepared)


def load_quoted_batch(settings, run_id: int, batch: pipeline.Batch, held) -> pipeline.LoadResult:
    """``load_batch`` with its batch and connection quoted (``prefect.utilities.annotations.quote``).

    Prefect walks every item of a task's parameters, looking for results of other tasks to
    draw as dependencies: a share of the flow process's CPU that grows with the documents
    (docs/performance.md; the parse tasks' raw documents are quoted too, in ``flows.parallel``). The price is the
    arrow from each parse task to its load task in the UI's graph of a run.
    """
    # Prefect unwraps a quote() before the call; its types do not say so.
    return load_batch(settings, run_id, quote(batch), quote(held))  # type: ignore[call-overload]


# Parsing and loading get no retries: bad input is recorded as rejected, not
# raised, so an exception there is a bug or a full disk, and the same batch
# would fail the same way again. Fetching is the step that retries: each URL
# inside its source's task, on timeouts, connection errors and HTTP 5xx/429 only
# (sources/fetch.py), and the whole task only when the warehouse was busy.


# No flow-level retries: a failure that reaches the flow is not a passing one
# (fetching retries itself, bad input is recorded), so an immediate rerun
# would fail again while holding the deployment's only slot; the next
# scheduled run is the retry, and it picks up whatever this one missed
# (runs are incremental, by content hash).


def _warehouse_was_busy(task, task_run, state) -> bool:
    # HTTP errors are retried per URL inside the task; only a warehouse held by
    # another process is worth running the whole source again (it skips what it recorded).
    from warehouse.connection import WarehouseLocked

    return isinstance(state.result(raise_on_failure=False), WarehouseLocked)


# One task per source (never per URL): a feed can list hundreds of items.
fetch_source = task(name="fetch-source", cache_policy=NONE, task_run_name="fetch-{source.name}",
                    retries=2, retry_delay_seconds=30, retry_condition_fn=_warehouse_was_busy)(collect_source)


@flow(name="ingest-reports", log_prints=True)
def ingest_reports(inbox: str | None = None, warehouse: str | None = None, sources: str | None = None,
                   dask_address: str | None = None, workers: int | None = None,
                   trust_file_times: bool | None = None, review_rules: str | None = None,
                   data_path: str | None = None) -> dict:
    settings = load_settings().with_overrides(
        inbox=Path(inbox) if inbox else None, warehouse=warehouse, data_path=data_path,
        sources_file=Path(sources) if sources else None, dask_address=dask_address, workers=workers,
        trust_file_times=trust_file_times, review_rules_file=Path(review_rules) if review_rules else None,
    )
    # Parse tasks run on local processes or a Dask cluster; loading stays here, in order.
    with parallel.parse_stage(settings, parse_batch, parse_batch_in_pool) as prepare_all:
        summary = pipeline.run_ingest(settings, flow_run_id=str(flow_run.id), parse=parse_batch,
                                      load=load_quoted_batch, fetch=fetch_source, progress_artifact=True,
                                      prepare_all=prepare_all)
    print(summary.text())  # a log line of the run: in the UI, and in the console of `solieu serve`
    create_markdown_artifact(
        "```\n" + summary.text() + "\n```", key="ingest-summary",
        description="documents and figures of the latest run",
    )
    _publish_validation_artifacts(settings, summary)
    operations.emit_run_event(summary)
    if summary.breaches:  # after the artifacts and the event: the flow run ends Failed
        raise operations.ThresholdExceeded("; ".join(summary.breaches) + "\n" + summary.text())
    return {"run_id": summary.run_id, **asdict(summary.result),
            "documents_seen": summary.documents_seen,
            "documents_already_loaded": summary.documents_already_loaded,
            "report_paths": summary.report_paths, "summary": summary.text()}


def _publish_validation_artifacts(settings, summary: pipeline.RunSummary) -> None:
    """The run's failure summary and table, under stable keys so the Prefect UI shows their history."""
    from warehouse.failure_report import run_artifacts

    with pipeline.open_warehouse(settings, read_only=True) as con:  # readers get in beside it
        text, rows = run_artifacts(con, summary.run_id, summary.report_paths)
    create_markdown_artifact(text, key="validation-summary", description="validation failures of the latest run")
    create_table_artifact(rows, key="validation-failures", description="every validation failure of the latest run")
