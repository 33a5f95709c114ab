"""The ingest-reports deployment as `solieu serve` builds it, and the command's refusals."""

from __future__ import annotations

import asyncio
import socket

import pytest

from flows import serve
from flows.cli import main


def test_default_schedule_is_daily_at_six_in_vietnam():
    serve.validate_schedule(serve.DEFAULT_CRON, serve.DEFAULT_TIMEZONE)
    assert (serve.DEFAULT_CRON, serve.DEFAULT_TIMEZONE) == ("0 6 * * *", "Asia/Ho_Chi_Minh")


@pytest.mark.parametrize("cron, timezone, words", [
    ("61 * * * *", "Asia/Ho_Chi_Minh", "invalid cron expression '61 * * * *'"),
    ("every day", "Asia/Ho_Chi_Minh", "invalid cron expression"),
    ("0 6 * * *", "Asia/Hanoi_City", "unknown time zone 'Asia/Hanoi_City'"),
])
def test_bad_schedules_are_refused_in_words(cron, timezone, words):
    with pytest.raises(serve.ServeError, match=words.replace("*", r"\*")):
        serve.validate_schedule(cron, timezone)


def test_cli_refuses_a_bad_cron_with_one_line_and_exit_2(capsys, sample_inbox, warehouse_path):
    code = main(["serve", "--cron", "0 25 * * *", "--inbox", str(sample_inbox),
                 "--warehouse", str(warehouse_path)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("solieu serve: invalid cron expression '0 25 * * *'") and err.count("\n") == 1
    assert not warehouse_path.exists()  # refused before touching anything


def test_cli_refuses_a_missing_sources_file(capsys, sample_inbox, warehouse_path, tmp_path):
    code = main(["serve", "--inbox", str(sample_inbox), "--warehouse", str(warehouse_path),
                 "--sources", str(tmp_path / "feeds.toml")])
    assert code == 2
    assert "sources file" in capsys.readouterr().err


def test_serving_needs_a_prefect_server():
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: None}):
        with pytest.raises(serve.ServeError, match="PREFECT_API_URL is not set.*prefect server start"):
            serve.api_url()
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    with temporary_settings(updates={PREFECT_API_URL: f"http://127.0.0.1:{closed}/api"}):
        with pytest.raises(serve.ServeError, match=f"no Prefect server answers at http://127.0.0.1:{closed}"):
            serve.api_url()


def test_parameters_are_absolute_paths(settings, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    relative = settings.with_overrides(warehouse=type(settings.warehouse)("wh/solieu.duckdb"))
    parameters = serve.deployment_parameters(relative)
    assert parameters == {"inbox": str(settings.inbox.resolve()),
                          "warehouse": str(tmp_path / "wh" / "solieu.duckdb"), "sources": None,
                          "data_path": None}


def _read_deployment():
    from prefect.client.orchestration import get_client

    async def read():
        async with get_client() as client:
            return await client.read_deployment_by_name(f"{serve.FLOW_NAME}/{serve.DEPLOYMENT_NAME}")

    return asyncio.run(read())


def _pause(deployment_id):
    from prefect.client.orchestration import get_client

    async def pause():
        async with get_client() as client:
            await client.pause_deployment(deployment_id)

    asyncio.run(pause())


@pytest.mark.slow  # needs the Prefect test server
@pytest.mark.usefixtures("prefect_harness")
def test_serving_again_unpauses_and_replaces_the_schedule(settings):
    """What a stop leaves (a paused deployment) is undone by the next `solieu serve`."""
    deployment_id = serve.build_deployment(settings).apply()
    first = _read_deployment()
    assert first.paused is False
    assert [(s.schedule.cron, s.schedule.timezone, s.active) for s in first.schedules] == [
        ("0 6 * * *", "Asia/Ho_Chi_Minh", True)]
    assert first.global_concurrency_limit.limit == 1
    assert first.concurrency_options.collision_strategy == "CANCEL_NEW"
    assert first.entrypoint == "flows.ingest.ingest_reports"  # runs work from any directory
    assert first.parameters["warehouse"] == str(settings.warehouse.resolve())

    _pause(deployment_id)  # what Prefect does when serve stops
    assert _read_deployment().paused is True

    assert serve.build_deployment(settings, cron="30 5 * * 1-5", timezone="UTC").apply() == deployment_id
    again = _read_deployment()
    assert again.paused is False
    assert [(s.schedule.cron, s.schedule.timezone, s.active) for s in again.schedules] == [
        ("30 5 * * 1-5", "UTC", True)]
