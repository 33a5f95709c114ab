"""A real ``prefect server`` for the benchmark's runs against a running server.

``solieu run`` without ``PREFECT_API_URL`` starts Prefect's temporary server and
stops it at exit, every run: seconds of start-up that a scheduled deployment
(``solieu serve``, which needs a running server anyway) never pays. The
benchmark times both, so the table shows what the temporary server costs.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_server(env: dict[str, str], log: Path, timeout_s: float = 180.0) -> Iterator[tuple[dict[str, str], float]]:
    """Start ``prefect server`` on a free 127.0.0.1 port; yield the environment pointing at it
    and the seconds it took to answer /api/health. Stopped with SIGTERM on exit."""
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    server_env = dict(env, PREFECT_UI_ENABLED="false")
    server_env.pop("PREFECT_API_URL", None)
    started = time.perf_counter()
    with log.open("w") as out:
        process = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                                    "--port", str(port)], stdout=out, stderr=subprocess.STDOUT, env=server_env,
                                   start_new_session=True)
    try:
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"prefect server exited with {process.returncode}:\n{log.read_text()[-3000:]}")
            try:
                if httpx.get(f"{api}/health", timeout=2).json() is True:
                    break
            except httpx.HTTPError:
                pass
            if time.perf_counter() - started > timeout_s:
                raise RuntimeError(f"prefect server did not answer within {timeout_s:.0f} s:\n{log.read_text()[-3000:]}")
            time.sleep(0.2)
        yield dict(env, PREFECT_API_URL=api), time.perf_counter() - started
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
