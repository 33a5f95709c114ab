"""The temporary Prefect server ``solieu run`` starts first thing (flows/temporary_server.py)."""

import os
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

from flows.temporary_server import early_temporary_server


def test_no_server_is_started_when_an_api_is_configured(monkeypatch):
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:4200/api")
    assert early_temporary_server() is None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is dead for our purpose: its parent (the killed run) can no longer reap it.
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().split(")")[-1].split()[0] != "Z"


@pytest.mark.slow
def test_server_answers_and_dies_with_a_run_killed_by_sigkill(tmp_path):
    """SIGKILL runs no exit handler: the server must not outlive the run and hold its port for ever."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    run = subprocess.Popen(
        [sys.executable, "-c",
         "from flows.temporary_server import early_temporary_server\n"
         "import time\n"
         "server = early_temporary_server()\n"
         "print(server.process.pid, server.api_url, server.wait_until_ready(), flush=True)\n"
         "time.sleep(600)\n"],
        stdout=subprocess.PIPE, text=True, env=env)
    try:
        server_pid, api_url, ready = run.stdout.readline().split()
        assert ready == "True"
        with urllib.request.urlopen(f"{api_url}/health", timeout=10) as response:
            assert response.status == 200
    finally:
        run.send_signal(signal.SIGKILL)
        run.wait()
    deadline = time.monotonic() + 20
    while _alive(int(server_pid)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(int(server_pid)), "the temporary server outlived the killed run"
