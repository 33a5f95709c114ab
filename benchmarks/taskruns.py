"""Task runs Prefect recorded for one flow run: ``python -m benchmarks.taskruns FLOW_RUN_ID``.

Prints ``{task name: {"runs": n, "seconds": total run time}}`` as JSON. Run as its own
process so that it reads the same Prefect database (``PREFECT_HOME``) as the run it counts.
"""

from __future__ import annotations

import asyncio
import json
import sys
from uuid import UUID


async def task_runs_of(flow_run_id: str) -> dict[str, dict]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    found: dict[str, dict] = {}
    page = 200  # the API's default page size
    async with get_client() as client:
        offset = 0
        while True:
            runs = await client.read_task_runs(
                flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[UUID(flow_run_id)])),
                limit=page, offset=offset)
            for run in runs:
                name = run.name.rsplit("-", 1)[0]  # "load-batch-3f2" -> "load-batch"
                entry = found.setdefault(name, {"runs": 0, "seconds": 0.0})
                entry["runs"] += 1
                entry["seconds"] += run.total_run_time.total_seconds()
            if len(runs) < page:
                return found
            offset += page


def main(argv: list[str] | None = None) -> int:
    flow_run_id = (argv if argv is not None else sys.argv[1:])[0]
    print(json.dumps(asyncio.run(task_runs_of(flow_run_id))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
