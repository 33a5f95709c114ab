"""The job as plain Python, without Prefect: ``python -m benchmarks.plain INBOX WAREHOUSE``.

The benchmark times this beside ``solieu run`` to show what orchestration
costs. Parsing runs on the same number of local processes as the flow.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    # Imported here, not above: spawned workers import this module again (as ``__mp_main__``)
    # and should load only what parsing needs, as under ``solieu run``.
    from flows.pipeline import run_ingest
    from flows.settings import load_settings

    inbox, warehouse = (argv if argv is not None else sys.argv[1:])[:2]
    settings = load_settings().with_overrides(inbox=Path(inbox), warehouse=warehouse)  # a file or ducklake:...
    summary = run_ingest(settings)
    print(json.dumps({"run_id": summary.run_id, **asdict(summary.result)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
