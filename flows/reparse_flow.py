"""The ``reparse-documents`` Prefect flow: wiring only, the work is in ``flows.reparse``.

For running ``solieu reparse`` on a schedule or from the UI; one task per
batch of documents, like ``ingest-reports``.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

from prefect import flow, task
from prefect.cache_policies import NONE
from prefect.runtime import flow_run

from flows import reparse
from flows.settings import load_settings

reparse_batch = task(name="reparse-batch", cache_policy=NONE)(reparse.reparse_batch)


@flow(name="reparse-documents", log_prints=True)
def reparse_documents(since: str | None = None, force: bool = False, warehouse: str | None = None,
                      data_path: str | None = None) -> dict:
    settings = load_settings().with_overrides(warehouse=warehouse, data_path=data_path)
    summary = reparse.run_reparse(settings, since=date.fromisoformat(since) if since else None, force=force,
                                  flow_run_id=str(flow_run.id), step=reparse_batch)
    print(summary.text())
    return {"run_id": summary.run_id, "parser_version": summary.parser_version, **asdict(summary.result),
            "summary": summary.text()}
