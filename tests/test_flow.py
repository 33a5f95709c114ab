"""The ingest-reports flow as a real Prefect flow run (temporary server, once per session)."""

import duckdb
import pytest

# Real Prefect flow runs: slow (the temporary server starts once per session).
pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]


def test_flow_run_loads_samples_and_records_its_flow_run_id(settings):
    from prefect.client.orchestration import get_client

    from flows.ingest import ingest_reports

    result = ingest_reports(inbox=str(settings.inbox), warehouse=str(settings.warehouse))
    assert result["documents_new"] >= 2 and result["figures_loaded"] > 0
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        flow_run_id, status = con.execute("SELECT flow_run_id, status FROM runs").fetchone()

    async def read():
        async with get_client() as client:
            return await client.read_flow_run(flow_run_id)

    import asyncio

    flow_run = asyncio.run(read())
    assert status == "completed"
    assert flow_run.state.is_completed()
    assert flow_run.parameters["warehouse"] == str(settings.warehouse)
