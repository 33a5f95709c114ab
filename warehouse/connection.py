"""Opening the warehouse file: one writer at a time, waiting politely for another."""

from __future__ import annotations

import re
import time
from pathlib import Path

import duckdb

_HOLDER = re.compile(r"Conflicting lock is held in (?P<program>.+?) \(PID (?P<pid>\d+)\)")


class WarehouseLocked(Exception):
    """Another process holds the warehouse file; the message names it."""


def describe_holder(error_message: str) -> str:
    match = _HOLDER.search(error_message)
    if not match:
        return "another process"
    return f"process {match['pid']} ({_command_line(int(match['pid'])) or match['program']})"


def _command_line(pid: int) -> str | None:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    return raw.replace(b"\x00", b" ").decode(errors="replace").strip()[:200] or None


def connect(path: Path, *, read_only: bool = False, wait_s: float = 0.0) -> duckdb.DuckDBPyConnection:
    """Open ``path``; while another process holds it, retry for up to ``wait_s`` seconds."""
    if str(path) != ":memory:":
        path = Path(path)
        if read_only and not path.exists():
            raise FileNotFoundError(f"warehouse {path} does not exist yet; run `solieu run` first")
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_s
    delay = 0.1
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as error:
            if "lock" not in str(error).lower():
                raise
            if time.monotonic() >= deadline:
                raise WarehouseLocked(
                    f"warehouse {path} is held by {describe_holder(str(error))}; "
                    f"gave up after waiting {wait_s:g} s"
                ) from None
            time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
            delay = min(delay * 2, 2.0)
