"""Prefect's temporary API server, started when ``solieu run`` starts rather than when its flow does.

Without ``PREFECT_API_URL``, Prefect starts a temporary server (uvicorn serving
``prefect.server.api.server:create_app``) at the flow's first API call, waits for
it, and stops it at exit. Importing Prefect's server takes seconds of CPU, in the
server's process and, just to start it, in the run's own too, all before the flow
can begin: most of a run with nothing to do (docs/performance.md).

Starting the same server here, first thing, lets it import on the other core
while this process imports Prefect, pandas and the parser; and this process
never imports Prefect's server. The command and environment are Prefect's own
(``prefect.server.api.server.SubprocessASGIServer._run_uvicorn_command``,
prefect 3.8.8, pinned in constraints.txt). Should it not answer, the run falls
back to Prefect's own temporary server: a slower start, never a failed run.
"""

from __future__ import annotations

import atexit
import ctypes
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _site_packages_of_prefect() -> str:
    # find_spec locates the package without importing it (importing is what we avoid here).
    spec = importlib.util.find_spec("prefect")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("prefect is not installed")
    return str(Path(next(iter(spec.submodule_search_locations))).parent)


def _die_with_parent() -> None:
    """In the server's process: ask Linux to stop it when the run's process dies, even by
    SIGKILL, which runs no exit handler (elsewhere the exit handler is the only stop)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass


_PR_SET_PDEATHSIG = 1


class TemporaryServer:
    """A Prefect API server for one run of this process, on a free 127.0.0.1 port."""

    def __init__(self, startup_timeout_s: float):
        self.port = _free_port()
        self.api_url = f"http://127.0.0.1:{self.port}/api"
        self.startup_timeout_s = startup_timeout_s
        self._started = time.monotonic()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--app-dir", _site_packages_of_prefect(), "--factory",
             "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(self.port),
             "--log-level", "error", "--lifespan", "on"],
            env={**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1",
                 "PREFECT__SERVER_FINAL": "1"},
            preexec_fn=_die_with_parent,
        )

    def wait_until_ready(self) -> bool:
        """True once the server answers /health; False if it exited or did not answer in time."""
        while time.monotonic() - self._started < self.startup_timeout_s:
            if self.process.poll() is not None:
                return False
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=2) as response:
                    if response.status == 200:
                        return True
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.05)
        return False

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def early_temporary_server() -> TemporaryServer | None:
    """Start the temporary server now when this run will need one (no ``PREFECT_API_URL``
    in the environment), or return None. It stops when this process exits."""
    if os.environ.get("PREFECT_API_URL"):
        return None
    server = TemporaryServer(float(os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")))
    # At exit, not when the flow returns: Prefect sends its last logs and events from its own
    # exit handlers, and those registered later (on importing Prefect) run first.
    atexit.register(server.stop)
    return server


@contextmanager
def api_of(server: TemporaryServer | None) -> Iterator[None]:
    """Point Prefect at ``server`` for the block, unless a Prefect profile names an API of its
    own or the server did not start (then Prefect starts its own, as without this module)."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    if server is None or PREFECT_API_URL.value() or not server.wait_until_ready():
        if server is not None:
            server.stop()
        yield
        return
    with temporary_settings({PREFECT_API_URL: server.api_url}):
        yield
