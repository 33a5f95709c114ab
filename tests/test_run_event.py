"""Operators get told, through Prefect: the run's event, and a run over a threshold ends Failed."""

import asyncio
import time

import duckdb
import pytest
from test_review import SLIPPED

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]


def _events(flow_run_id: str):
    from prefect.client.orchestration import get_client
    from prefect.events.filters import EventFilter, EventNameFilter, EventRelatedFilter

    async def read():
        async with get_client() as client:
            page = await client.read_events(EventFilter(event=EventNameFilter(name=["solieu.run.completed"]),
                                                        related=EventRelatedFilter(id=[
                                                            f"prefect.flow-run.{flow_run_id}"])),
                                              limit=50)  # the client's default of 100 is over the server's limit
            return page.events

    return asyncio.run(read())


def _flow_run(flow_run_id: str):
    from prefect.client.orchestration import get_client

    async def read():
        async with get_client() as client:
            return await client.read_flow_run(flow_run_id)

    return asyncio.run(read())


def test_a_run_over_the_threshold_ends_failed_and_its_event_is_in_prefect(settings, tmp_path, monkeypatch):
    from flows.ingest import ingest_reports
    from flows.operations import ThresholdExceeded

    inbox = tmp_path / "slipped"
    inbox.mkdir()
    (inbox / "ls.txt").write_text(SLIPPED, encoding="utf-8")
    monkeypatch.setenv("SOLIEU_MAX_NEW_ERRORS", "0")
    with pytest.raises(ThresholdExceeded, match="1 new open errors"):
        ingest_reports(inbox=str(inbox), warehouse=str(settings.warehouse), workers=1)
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        flow_run_id, status = con.execute("SELECT flow_run_id, status FROM runs").fetchone()
    assert status == "completed"  # the data is loaded; only the flow run says the run is not acceptable
    assert _flow_run(flow_run_id).state.is_failed()
    deadline = time.monotonic() + 60
    events = []
    while not events and time.monotonic() < deadline:  # events are sent in the background
        events = _events(flow_run_id)
        time.sleep(0.5)
    (event,) = events
    assert event.resource.id == f"solieu.warehouse.{settings.warehouse.resolve()}"
    assert event.resource["solieu.over-threshold"] == "yes"
    assert event.payload["new_errors"] == 1 and event.payload["figures_quarantined"] == 3
    assert event.payload["threshold_breaches"] == ["1 new open errors, more than SOLIEU_MAX_NEW_ERRORS=0"]
