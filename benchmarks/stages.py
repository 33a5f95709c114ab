"""Where the time goes, stage by stage, in one process: ``python -m benchmarks.stages [N]``.

Generates N reports (default 500) and times each step of the job on them:
reading, the parser's steps, each check of ``schemas/``, and the load. The
numbers are milliseconds per document on one core, beside the regex scan that
is the floor for reading the text.
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _timed(function: Callable[..., Any], *args: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - start, result


def main(argv: list[str] | None = None) -> int:
    from benchmarks.generate import generate_corpus
    from flows.pipeline import load_prepared, prepare_batch
    from flows.settings import load_settings
    from parsing import parse_document
    from parsing.figures import extract_figures
    from parsing.metadata import document_meta
    from parsing.model import SourceFacts
    from parsing.normalize import normalize_text
    from parsing.numbers import NUMBER
    from parsing.page import title_and_body
    from parsing.report_region import region_with_source
    from schemas.consistency import check_change_agrees_with_percent, check_components, check_restatements
    from schemas.plausibility import check_plausibility
    from schemas.validate import schema_failures
    from sources.inbox import list_inbox, read_raw
    from warehouse.connection import connect
    from warehouse.migrate import migrate
    from warehouse.runs_ledger import start_run

    count = int((argv if argv is not None else sys.argv[1:] or ["500"])[0])
    with tempfile.TemporaryDirectory(prefix="solieu-stages-") as tmp:
        directory = Path(tmp)
        generate_corpus(directory, count)
        inbox = directory / "inbox"
        paths = list_inbox(inbox)
        rows = []
        seconds, raws = _timed(lambda: [read_raw(p, inbox, 10**8) for p in paths])
        rows.append(("read and sha256", seconds))
        texts = [raw.content.decode("utf-8") for raw in raws]
        pattern = re.compile(NUMBER)
        rows.append(("regex scan (one compiled regex)", _timed(lambda: [pattern.findall(t) for t in texts])[0]))
        normal = [normalize_text(t) for t in texts]
        rows.append(("parse: normalize", _timed(lambda: [normalize_text(t) for t in texts])[0]))
        rows.append(("parse: region (metadata)",
                     _timed(lambda: [region_with_source(t, *title_and_body(t), SourceFacts()) for t in normal])[0]))
        rows.append(("parse: all metadata", _timed(lambda: [document_meta(t) for t in normal])[0]))
        rows.append(("parse: figures", _timed(lambda: [extract_figures(t) for t in normal])[0]))
        rows.append(("parse: parse_document in all", _timed(lambda: [parse_document(t) for t in texts])[0]))
        prepare_batch(raws[:5])  # imports and the pandera models, once per process
        seconds, batch = _timed(prepare_batch, raws)
        rows.append(("prepare_batch (parse and every check)", seconds))
        parsed = batch.documents[batch.documents["status"] == "parsed"]
        for name, check in [("check: pandera models", lambda: schema_failures(parsed, batch.figures)),
                            ("check: components", lambda: check_components(batch.figures)),
                            ("check: stated twice", lambda: check_restatements(batch.figures)),
                            ("check: change vs percent", lambda: check_change_agrees_with_percent(batch.figures)),
                            ("check: plausibility", lambda: check_plausibility(parsed, batch.figures))]:
            rows.append((name, _timed(check)[0]))
        settings = load_settings().with_overrides(warehouse=directory / "stages.duckdb", inbox=inbox)
        with connect(settings.warehouse) as con:
            migrate(con)
            run_id = start_run(con, flow_run_id=None, inbox=str(inbox), parser_version="stages")
        rows.append(("load (cross-document checks, inserts)", _timed(load_prepared, settings, run_id, batch)[0]))
    print(f"{count} documents, {len(batch.figures)} figures; milliseconds per document on one core")
    for name, seconds in rows:
        print(f"  {name:<42} {1000 * seconds / count:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
