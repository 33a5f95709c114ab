"""The ``ingest-reports`` Prefect flow: wiring only, the work is in ``flows.pipeline``.

One task per batch of documents for parsing and one for loading, so the number
of task runs grows with batches, never with documents or figures.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NONE
from prefect.runtime import flow_run

from flows import pipeline
from flows.settings import load_settings
from warehouse.run_lock import close_interrupted_runs, run_lock

# Inputs are large batches of bytes: never hash them for a cache key.
parse_batch = task(pipeline.prepare_batch, name="parse-and-check-batch", cache_policy=NONE)
load_batch = task(pipeline.load_prepared, name="load-batch", cache_policy=NONE)
# Parsing and loading get no retries: bad input is recorded as rejected, not
# raised, so an exception there is a bug or a full disk, and the same batch
# would fail the same way again. A step that fetches over the network (feeds,
# URL lists) is the one that retries:
#   task(fetch_fn, name="fetch-sources", cache_policy=NONE, **fetch_task_options())
# (flows/retries.py: 3 retries, 10/20/40 s with jitter, transient errors only).


# No flow-level retries: a failure that reaches the flow is not a passing one
# (fetching retries itself, bad input is recorded), so an immediate rerun
# would fail again while holding the deployment's only slot; the next
# scheduled run is the retry, and it picks up whatever this one missed
# (runs are incremental, by content hash).


@flow(name="ingest-reports", log_prints=True)
def ingest_reports(inbox: str | None = None, warehouse: str | None = None,
                   sources: str | None = None) -> dict:
    settings = load_settings().with_overrides(
        inbox=Path(inbox) if inbox else None, warehouse=Path(warehouse) if warehouse else None,
        sources_file=Path(sources) if sources else None,
    )
    with run_lock(settings.warehouse, wait_s=settings.lock_timeout_s):
        if interrupted := close_interrupted_runs(settings.warehouse, wait_s=settings.lock_timeout_s):
            print(f"runs {interrupted} had been interrupted; now marked failed")
        summary = pipeline.run_ingest(settings, flow_run_id=str(flow_run.id), parse=parse_batch,
                                      load=load_batch, progress_artifact=True)
    print(summary.text())  # a log line of the run: in the UI, and in the console of `solieu serve`
    create_markdown_artifact(
        "```\n" + summary.text() + "\n```", key="ingest-summary",
        description="documents and figures of the latest run",
    )
    return {"run_id": summary.run_id, **asdict(summary.result),
            "documents_seen": summary.documents_seen,
            "documents_already_loaded": summary.documents_already_loaded,
            "report_paths": summary.report_paths, "summary": summary.text()}
