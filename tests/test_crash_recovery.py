"""SIGKILL real runs at several points; the warehouse stays consistent and a re-run completes it.

A run is watched from outside without touching it: DuckDB holds a POSIX lock on
the warehouse file exactly while a run has it open (start of the run, each batch's
load transaction, the end), and ``F_GETLK`` shows who holds it without taking it.
So the test can kill a run in the middle of loading a batch, or while it parses
the next one, or after a seeded random delay, with no hook in the production code.
"""

from __future__ import annotations

import fcntl
import os
import random
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from conftest import REPO, SAMPLES
from projection import inconsistencies, projection

from flows.pipeline import run_ingest
from flows.settings import load_settings

pytestmark = pytest.mark.slow

COPIES = 20  # x 8 samples = 160 documents, and three that are rejected or have no figures
BATCH_SIZE = 8
PLAIN_RUN = ("import sys; from flows.pipeline import run_ingest; from flows.settings import load_settings; "
             "print(run_ingest(load_settings()).text())")


def _tag(number: int) -> str:
    letters = "abcdeghiklmnopqrstuvxy"
    word = ""
    while True:
        number, digit = divmod(number, len(letters))
        word += letters[digit]
        if not number:
            return word


def make_inbox(inbox: Path) -> None:
    inbox.mkdir(parents=True)
    for sample in sorted(SAMPLES.glob("*.txt")):
        text = sample.read_text(encoding="utf-8")
        for copy in range(COPIES):
            (inbox / f"{sample.stem}-{_tag(copy)}.txt").write_text(f"{text}\nGhi chú: bản {_tag(copy)}.\n",
                                                                   encoding="utf-8")
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "scan.pdf").write_bytes(b"%PDF-1.7\n")
    (inbox / "no-figures.txt").write_text("Hội nghị tổng kết công tác.\n", encoding="utf-8")


def lock_holder(warehouse: Path) -> int | None:
    """The pid holding DuckDB's lock on ``warehouse``, found without taking the lock."""
    try:
        fd = os.open(warehouse, os.O_RDONLY)
    except FileNotFoundError:
        return None
    try:
        layout = "hhqqi"  # struct flock on Linux x86-64 / arm64: type, whence, start, len, pid (+ padding)
        query = struct.pack(layout, fcntl.F_WRLCK, 0, 0, 0, 0) + bytes(4)
        kind, _, _, _, pid = struct.unpack(layout, fcntl.fcntl(fd, fcntl.F_GETLK, query)[:struct.calcsize(layout)])
        return None if kind == fcntl.F_UNLCK else pid
    finally:
        os.close(fd)


def start(command: list[str], env: dict) -> subprocess.Popen:
    # Own session: the kill reaches Prefect's temporary server too, and only it.
    return subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)


def watch_and_kill(process: subprocess.Popen, warehouse: Path, point: str, rng: random.Random,
                   timeout: float = 240) -> bool:
    """Kill ``process`` at ``point``; False when it finished first."""
    deadline = time.monotonic() + timeout
    if point == "random":
        time.sleep(rng.uniform(1.0, 6.0))
    else:
        wanted_loads = rng.randint(2, 4)  # the run's start, then batches
        loads, holding = 0, False
        while time.monotonic() < deadline and process.poll() is None:
            held = lock_holder(warehouse) == process.pid
            if held and not holding:
                loads += 1
            holding = held
            if loads >= wanted_loads and ((point == "loading" and held) or (point == "parsing" and not held)):
                break
            time.sleep(0.002)
    if process.poll() is not None:
        return False
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(30)
    return True


@pytest.fixture(scope="module")
def crash_setup(tmp_path_factory):
    root = tmp_path_factory.mktemp("crash")
    make_inbox(root / "inbox")
    clean = load_settings().with_overrides(warehouse=root / "clean.duckdb", inbox=root / "inbox",
                                           batch_size=BATCH_SIZE, workers=1)
    run_ingest(clean)
    with duckdb.connect(str(clean.warehouse), read_only=True) as con:
        expected = projection(con)
        figures_per_text = dict(con.execute(
            "SELECT d.content_sha256, count(f.figure_id) FROM documents d LEFT JOIN figures f "
            "USING (document_id) WHERE d.status = 'parsed' GROUP BY 1").fetchall())
    return root, expected, figures_per_text


def _env(root: Path, warehouse: Path) -> dict:
    # SOLIEU_HOLD_CONNECTION=0: the loader opens the file for each batch and closes it after, so
    # watching DuckDB's lock tells when a batch is loading; the random kills need no such signal.
    return dict(os.environ, SOLIEU_WAREHOUSE=str(warehouse), SOLIEU_INBOX=str(root / "inbox"),
                SOLIEU_BATCH_SIZE=str(BATCH_SIZE), SOLIEU_LOCK_TIMEOUT="60", SOLIEU_HOLD_CONNECTION="0",
                PYTHONPATH=str(REPO))


def _check_after_kill(warehouse, figures_per_text, what):
    with duckdb.connect(str(warehouse), read_only=True) as con:  # replays the WAL a killed run left
        problems = inconsistencies(con, figures_per_text)
    assert problems == [], f"after {what}: {problems}"


def test_runs_killed_at_any_point_leave_a_consistent_warehouse_that_a_rerun_completes(crash_setup):
    root, expected, figures_per_text = crash_setup
    warehouse = root / "killed.duckdb"
    env = _env(root, warehouse)
    rng = random.Random(20261123)
    plain = [sys.executable, "-c", PLAIN_RUN]
    killed = []
    for point in ["parsing", "loading", "random", "loading", "parsing", "random", "loading", "random"]:
        process = start(plain, env)
        if watch_and_kill(process, warehouse, point, rng):
            wal = Path(f"{warehouse}.wal")
            killed.append(f"{point} (WAL {wal.stat().st_size if wal.exists() else 0} bytes)")
            _check_after_kill(warehouse, figures_per_text, f"a kill while {point}")
        else:
            assert process.returncode == 0, process.stderr.read()
    print("killed:", ", ".join(killed))  # shown with pytest -s
    assert len(killed) >= 6, f"most runs should have been killed before finishing: {killed}"

    finish = subprocess.run(plain, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert finish.returncode == 0, finish.stderr
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert inconsistencies(con, figures_per_text) == []
        assert projection(con) == expected
        statuses = [row[0] for row in con.execute("SELECT status FROM runs ORDER BY run_id").fetchall()]
    assert statuses[-1] == "completed"
    assert "running" not in statuses
    # Every killed run that had started is marked abandoned by the next; a random kill may
    # land before the run's row exists.
    watched = len([point for point in killed if not point.startswith("random")])
    assert watched <= statuses.count("abandoned") <= len(killed)


def test_a_killed_prefect_run_is_completed_by_the_next_one(crash_setup):
    root, expected, figures_per_text = crash_setup
    warehouse = root / "prefect.duckdb"
    env = _env(root, warehouse)
    cli = [sys.executable, "-m", "flows.cli", "run"]
    process = start(cli, env)
    assert watch_and_kill(process, warehouse, "loading", random.Random(7)), process.stderr.read()
    _check_after_kill(warehouse, figures_per_text, "killing a Prefect run while loading")

    finish = subprocess.run(cli, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert finish.returncode == 0, finish.stderr
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert projection(con) == expected
        runs = con.execute("SELECT status, flow_run_id IS NOT NULL, message FROM runs ORDER BY run_id").fetchall()
    assert [(status, has_flow_run) for status, has_flow_run, _ in runs] == [("abandoned", True), ("completed", True)]
    assert "ended without finishing" in runs[0][2]


KILLED_AFTER_COMMIT = """
import os, signal, sys
from pathlib import Path
from flows.pipeline import prepare_batch
from parsing import PARSER_VERSION
from schemas.validate import apply_statuses, check_against_warehouse
from sources.inbox import list_inbox, read_raw
from warehouse.connection import connect
from warehouse.loader import load_batch
from warehouse.runs_ledger import start_run
from warehouse.migrate import migrate

warehouse, inbox = Path(sys.argv[1]), Path(sys.argv[2])
con = connect(warehouse)
migrate(con)
run_id = start_run(con, flow_run_id=None, inbox=str(inbox), parser_version=PARSER_VERSION)
batch = prepare_batch([read_raw(path, inbox, 5_000_000) for path in list_inbox(inbox)[:12]])
load_batch(con, run_id, PARSER_VERSION, batch.documents, batch.figures, batch.failures,
           check_against_warehouse, apply_statuses)
os.kill(os.getpid(), signal.SIGKILL)  # committed, but never closed: the batch is only in the WAL
"""


def test_a_batch_committed_only_to_the_wal_survives_a_kill(crash_setup):
    root, expected, figures_per_text = crash_setup
    warehouse = root / "wal.duckdb"
    killed = subprocess.run([sys.executable, "-c", KILLED_AFTER_COMMIT, str(warehouse), str(root / "inbox")],
                            cwd=REPO, capture_output=True, text=True, timeout=300)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert Path(f"{warehouse}.wal").stat().st_size > 0
    with duckdb.connect(str(warehouse), read_only=True) as con:  # replays the WAL
        assert inconsistencies(con, figures_per_text) == []
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 12
    settings = load_settings().with_overrides(warehouse=warehouse, inbox=root / "inbox", batch_size=BATCH_SIZE)
    run_ingest(settings)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert projection(con) == expected
        assert con.execute("SELECT status FROM runs ORDER BY run_id").fetchall() == [("abandoned",), ("completed",)]
