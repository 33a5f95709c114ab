"""`solieu serve` against a real `prefect server start`: the cron schedule fires, runs load
documents, two runs at once do not overlap, stopping (idle or mid-run) pauses the deployment and
cancels the run in progress, and serving again brings the schedule back.

Cron has minute granularity, so this waits for up to two minute boundaries (about 2-3 min).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import httpx
import pytest

from warehouse.connection import exclusive_run

pytestmark = pytest.mark.slow

SAMPLES = Path(__file__).resolve().parent.parent / "sources" / "samples"
SAMPLE_REPORTS = len(list(SAMPLES.glob("*.txt")))
PREFECT = Path(sys.executable).with_name("prefect")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(what: str, check, timeout: float, every: float = 1.0, log: Path | None = None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(every)
    tail = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
    pytest.fail(f"timed out after {timeout:g} s waiting for {what}\n{tail}")


def _stop(process: subprocess.Popen, sig=signal.SIGTERM, timeout: float = 30) -> int | None:
    if process.poll() is None:
        try:
            os.killpg(process.pid, sig)
            return process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            return None
    return process.returncode


@pytest.fixture
def prefect_server(tmp_path):
    """A real Prefect server (with its scheduler) on a free 127.0.0.1 port, in a private home."""
    port = _free_port()
    log = tmp_path / "prefect-server.log"
    env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect-server-home"),
               PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_UI_ENABLED="false",
               # The scheduler creates runs for new or changed deployments within a loop.
               PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS="5")
    env.pop("PREFECT_API_URL", None)
    with log.open("w") as out:
        server = subprocess.Popen([str(PREFECT), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                                  stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    api = f"http://127.0.0.1:{port}/api"

    def healthy():
        if server.poll() is not None:
            pytest.fail(f"prefect server exited with {server.returncode}\n{log.read_text()[-3000:]}")
        try:
            return httpx.get(f"{api}/health", timeout=2).json() is True
        except httpx.HTTPError:
            return False

    try:
        _wait_for("the Prefect server to answer /api/health", healthy, timeout=120, log=log)
        yield api
    finally:
        _stop(server, signal.SIGTERM, timeout=20)


class Api:
    """The server's REST API. SQLite under a loaded machine can answer 5xx for a moment: retry those."""

    def __init__(self, url: str):
        self.client = httpx.Client(base_url=url, timeout=10)

    def _call(self, method: str, path: str, expect: tuple[int, ...] = (200, 201), **kwargs):
        for attempt in range(5):
            try:
                response = self.client.request(method, path, **kwargs)
            except httpx.TransportError:
                response = None
            if response is not None and response.status_code < 500:
                break
            time.sleep(1 + attempt)
        assert response is not None and response.status_code in expect, (
            f"{method} {path}: {response.status_code if response else 'no answer'} "
            f"{response.text[:500] if response else ''}")
        return response

    def deployment(self) -> dict | None:
        response = self._call("GET", "/deployments/name/ingest-reports/ingest-reports", expect=(200, 404))
        return response.json() if response.status_code == 200 else None

    def flow_runs(self, deployment_id: str) -> list[dict]:
        body = {"deployments": {"id": {"any_": [deployment_id]}}, "sort": "EXPECTED_START_TIME_ASC"}
        return self._call("POST", "/flow_runs/filter", json=body).json()

    def create_run(self, deployment_id: str, parameters: dict | None = None) -> str:
        body = {"parameters": parameters} if parameters else {}
        return self._call("POST", f"/deployments/{deployment_id}/create_flow_run", json=body).json()["id"]

    def flow_run(self, flow_run_id: str) -> dict:
        return self._call("GET", f"/flow_runs/{flow_run_id}").json()


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


class Serve:
    """`solieu serve` as a user starts it, its output in a file."""

    def __init__(self, api: str, inbox: Path, warehouse: Path, log: Path):
        # A run waits this long for the run lock: the overlap check holds the lock for a while.
        env = dict(os.environ, PREFECT_API_URL=api, PREFECT_RUNNER_POLL_FREQUENCY="5", SOLIEU_LOCK_TIMEOUT="180")
        self.log = log
        with log.open("w") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "flows.cli", "serve", "--cron", "* * * * *",
                 "--inbox", str(inbox), "--warehouse", str(warehouse)],
                stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        self.started_at = datetime.now(UTC)

    def wait_until_serving(self) -> None:
        def serving():
            if self.process.poll() is not None:
                pytest.fail(f"solieu serve exited with {self.process.returncode}\n{self.log.read_text()}")
            return "stop with Ctrl-C" in self.log.read_text()

        _wait_for("solieu serve to start", serving, timeout=90, log=self.log)

    def stop(self) -> int | None:
        return _stop(self.process, signal.SIGTERM)

    def terminate(self, timeout: float = 60) -> int:
        """SIGTERM to the serve process alone, as `docker stop` sends it."""
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=timeout)


def _completed_scheduled_run(api: Api, deployment_id: str, after: datetime):
    def check():
        for run in api.flow_runs(deployment_id):
            if (run["auto_scheduled"] and run["state_type"] == "COMPLETED"
                    and _time(run["expected_start_time"]) >= after):
                return run
            if run["auto_scheduled"] and run["state_type"] in ("FAILED", "CRASHED"):
                pytest.fail(f"scheduled run {run['name']} ended {run['state_type']}: {run['state']}")
        return None

    return check


def _warehouse_rows(warehouse: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql).fetchall()


def _finished(api: Api, deployment_id: str, ids: set[str]):
    def check():
        runs = [r for r in api.flow_runs(deployment_id) if r["id"] in ids]
        done = len(runs) == len(ids) and all(
            r["state_type"] in ("COMPLETED", "CANCELLED", "FAILED", "CRASHED") for r in runs)
        return runs if done else None

    return check


def _left_waiting(run: dict) -> dict | None:
    """The run once the runner has decided on it (started or cancelled it), else None."""
    return None if run["state_type"] in ("SCHEDULED", "PENDING") else run


def test_serve_fires_on_schedule_survives_a_restart_and_never_overlaps(prefect_server, sample_inbox,
                                                                       warehouse_path, tmp_path):
    started = time.monotonic()
    api = Api(prefect_server)
    inbox, warehouse = sample_inbox, warehouse_path
    serving = Serve(prefect_server, inbox, warehouse, tmp_path / "serve-1.log")
    try:
        serving.wait_until_serving()
        deployment = api.deployment()
        assert deployment is not None and deployment["paused"] is False
        [schedule] = deployment["schedules"]
        assert schedule["active"] is True
        assert schedule["schedule"]["cron"] == "* * * * *"
        assert schedule["schedule"]["timezone"] == "Asia/Ho_Chi_Minh"  # the default
        # Overlap is ruled out by the deployment's own limit: one run, new ones cancelled.
        assert deployment["global_concurrency_limit"]["limit"] == 1
        assert deployment["concurrency_options"]["collision_strategy"] == "CANCEL_NEW"
        assert deployment["parameters"]["warehouse"] == str(warehouse.resolve())

        first = _wait_for("a scheduled run to complete",
                          _completed_scheduled_run(api, deployment["id"], serving.started_at),
                          timeout=150, every=2, log=serving.log)
        assert _warehouse_rows(warehouse, "SELECT count(*) FROM documents WHERE status = 'parsed'") == [
            (SAMPLE_REPORTS,)]
        assert _warehouse_rows(warehouse, "SELECT status FROM runs WHERE flow_run_id = "
                               f"'{first['id']}'") == [("completed",)]

        # A run asked for while another is running is cancelled by the concurrency limit. The first
        # must still be running when the second is decided, whatever the machine's speed: it waits
        # for the warehouse's run lock, which this test holds until then (a run with nothing new
        # would otherwise finish before the runner even picks up the second).
        with exclusive_run(warehouse.resolve()):
            holder = api.create_run(deployment["id"])
            _wait_for("the first manual run to start", lambda: api.flow_run(holder)["state_type"] == "RUNNING",
                      timeout=60, every=0.5, log=serving.log)
            newcomer = api.create_run(deployment["id"])
            cancelled = _wait_for("the second manual run to be cancelled or started",
                                  lambda: _left_waiting(api.flow_run(newcomer)), timeout=90, every=1, log=serving.log)
            assert api.flow_run(holder)["state_type"] == "RUNNING"  # it held the slot all along
        assert cancelled["state_type"] == "CANCELLED", cancelled  # RUNNING would be two runs at once
        assert "concurrency" in (cancelled["state"]["message"] or "").lower()
        [held] = _wait_for("the first manual run to finish", _finished(api, deployment["id"], {holder}),
                           timeout=90, every=2, log=serving.log)
        assert held["state_type"] == "COMPLETED", held

        # SIGTERM (what systemd and `docker stop` send) stops it cleanly and pauses the schedule.
        assert serving.stop() == 0
        assert "stopped; schedule paused" in serving.log.read_text()
        assert api.deployment()["paused"] is True
    finally:
        serving.stop()

    (inbox / "extra-report.txt").write_text(
        (SAMPLES / "langson-2021-h1.txt").read_text() + "\nTổng vốn đầu tư ước đạt 1.234 tỷ đồng.\n")
    serving = Serve(prefect_server, inbox, warehouse, tmp_path / "serve-2.log")
    try:
        serving.wait_until_serving()
        deployment = api.deployment()
        assert deployment["paused"] is False
        assert len(deployment["schedules"]) == 1  # serving again replaced the schedule, did not add one

        second = _wait_for("a scheduled run to complete after serving again",
                           _completed_scheduled_run(api, deployment["id"], serving.started_at),
                           timeout=150, every=2, log=serving.log)
        assert _warehouse_rows(warehouse, "SELECT r.flow_run_id FROM documents d JOIN runs r USING (run_id) "
                               "WHERE d.source_name = 'extra-report.txt'") == [(second["id"],)]

        # Stopped in the middle of a (long) run: the run is cancelled, not left Running.
        big_inbox = tmp_path / "big-inbox"
        big_inbox.mkdir()
        texts = [path.read_text() for path in sorted(SAMPLES.glob("*.txt"))]
        for number in range(300):
            (big_inbox / f"report-{number}.txt").write_text(texts[number % len(texts)] + f"\nBản số {number}.\n")
        long_run = api.create_run(deployment["id"], parameters={"inbox": str(big_inbox)})
        _wait_for("the long run to start", lambda: api.flow_run(long_run)["state_type"] == "RUNNING",
                  timeout=60, every=0.5, log=serving.log)
        time.sleep(1)
        assert serving.terminate() == 0
        assert api.flow_run(long_run)["state_type"] == "CANCELLED"
        assert _warehouse_rows(warehouse, f"SELECT status FROM runs WHERE flow_run_id = '{long_run}'") == [
            ("failed",)]
        assert api.deployment()["paused"] is True
    finally:
        serving.stop()

    # Across everything that ran, no two runs of the deployment were ever running at once. A run
    # cancelled before it started has a start time too (Prefect gives one to every finished run),
    # but it never entered Running: its run_count is 0.
    ran = sorted((_time(r["start_time"]), _time(r["end_time"]), r["name"], r["state_type"], r["auto_scheduled"])
                 for r in api.flow_runs(deployment["id"]) if r["run_count"] > 0)
    assert len(ran) >= 4
    for (_, end, *_), (next_start, *_) in zip(ran, ran[1:]):
        assert end is not None and end <= next_start, "\n".join(map(str, ran))
    print(f"serve integration test took {time.monotonic() - started:.0f} s (plus server start-up)")
