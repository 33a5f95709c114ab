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

from flows import parallel, pipeline
from flows.settings import load_settings

# Inputs are large batches of bytes: never hash them for a cache key.
parse_batch = task(pipeline.prepare_batch, name="parse-and-check-batch", cache_policy=NONE)
load_batch = task(pipeline.load_prepared, name="load-batch", cache_policy=NONE)


@flow(name="ingest-reports", log_prints=True)
def ingest_reports(inbox: str | None = None, warehouse: str | None = None, dask_address: str | None = None,
                   workers: int | None = None) -> dict:
    settings = load_settings().with_overrides(
        inbox=Path(inbox) if inbox else None, warehouse=Path(warehouse) if warehouse else None,
        dask_address=dask_address, workers=workers,
    )
    # Parse tasks run on local processes or a Dask cluster; loading stays here, in order.
    with parallel.task_runner_for(settings) as runner:
        summary = pipeline.run_ingest(settings, flow_run_id=str(flow_run.id), parse=parse_batch,
                                      load=load_batch, progress_artifact=True,
                                      prepare_all=parallel.submitting(runner, parse_batch, settings))
    create_markdown_artifact(
        "```\n" + summary.text() + "\n```", key="ingest-summary",
        description="documents and figures of the latest run",
    )
    return {"run_id": summary.run_id, **asdict(summary.result),
            "documents_seen": summary.documents_seen,
            "documents_already_loaded": summary.documents_already_loaded,
            "report_paths": summary.report_paths, "summary": summary.text()}
