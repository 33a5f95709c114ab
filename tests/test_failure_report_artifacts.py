"""The flow publishes the failure summary and table as Prefect artifacts under stable keys."""

import asyncio

import pytest
from validation_helpers import LANGSON_2021, edit

# Real Prefect flow runs: slow (the temporary server starts once per session).
pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]


def test_flow_run_publishes_validation_summary_and_table(settings, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    from flows.ingest import ingest_reports

    inbox = tmp_path / "artifact-inbox"
    inbox.mkdir()
    (inbox / "langson-2021-h1.txt").write_text(edit(LANGSON_2021, "51,49%", "57,49%"), encoding="utf-8")
    result = ingest_reports(inbox=str(inbox), warehouse=str(settings.warehouse))

    async def latest(key):
        async with get_client() as client:
            found = await client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key])))
            return max(found, key=lambda a: a.created)

    summary = asyncio.run(latest("validation-summary"))
    table = asyncio.run(latest("validation-failures"))
    assert summary.type == "markdown" and table.type == "table"
    assert f"# Validation failures of run {result['run_id']}" in summary.data
    assert "| plans\\_sum | error | 1 |" in summary.data
    assert "run-00001-failures.html" in summary.data
    rows = table.data if isinstance(table.data, list) else __import__("json").loads(table.data)
    assert [(r["check"], r["severity"], r["figures"]) for r in rows] == [
        ("plans_sum", "error", "2.010 triệu USD | 690 triệu USD | 1.320 triệu USD")]
