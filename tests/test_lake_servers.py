"""A lake with a PostgreSQL catalog (a server this test starts on 127.0.0.1), several writers at once,
and runs killed with SIGKILL: slow, with real servers and real `solieu run` processes."""

from __future__ import annotations

import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pytest
from conftest import REPO, SAMPLES
from projection import inconsistencies, projection
from validation_helpers import running, solieu_command

from flows.pipeline import run_ingest
from flows.settings import load_settings
from warehouse.connection import WarehouseLocked, connect, exclusive_run
from warehouse.lake import parse_warehouse

pytestmark = pytest.mark.slow

# Debian installs each major version's server tools under its own folder; take the newest.
POSTGRES_BIN = max(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name),
                   default=Path("/usr/lib/postgresql/none/bin"))
COPIES, BATCH_SIZE = 6, 4
SLIP = ("xuất khẩu 690 triệu USD", "xuất khẩu 680 triệu USD")


def _as_postgres(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run its tools as the postgres user then."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@pytest.fixture(scope="module")
def postgres():
    """A PostgreSQL server of our own on 127.0.0.1 (a free port), trusting local connections;
    yields a function making a new database and returning its conninfo."""
    if not (POSTGRES_BIN / "initdb").exists():
        pytest.skip("Debian's postgresql package is not installed")
    root = Path(tempfile.mkdtemp(prefix="solieu-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    subprocess.run(_as_postgres([str(POSTGRES_BIN / "initdb"), "-D", str(root / "data"), "-A", "trust",
                                 "-U", "solieu", "-E", "UTF8", "--no-sync"]), check=True, capture_output=True)
    subprocess.run(_as_postgres([str(POSTGRES_BIN / "pg_ctl"), "-D", str(root / "data"), "-l", str(root / "log"),
                                 "-w", "-o", f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off",
                                 "start"]), check=True, capture_output=True)
    made = []

    def database() -> str:
        name = f"lake{len(made)}"
        subprocess.run([str(POSTGRES_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "solieu", name],
                       check=True, capture_output=True)
        made.append(name)
        return f"dbname={name} host=127.0.0.1 port={port} user=solieu"

    try:
        yield database
    finally:
        subprocess.run(_as_postgres([str(POSTGRES_BIN / "pg_ctl"), "-D", str(root / "data"), "-m", "immediate",
                                     "stop"]), capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


def _inbox(root: Path) -> Path:
    """``COPIES`` distinct texts of each sample; one sample with a slip, so there are failures to keep."""
    inbox = root / "inbox"
    inbox.mkdir()
    for sample in sorted(SAMPLES.glob("*.txt")):
        text = sample.read_text(encoding="utf-8").replace(*SLIP)
        for copy in range(COPIES):
            (inbox / f"{sample.stem}-{copy}.txt").write_text(f"{text}\nGhi chú: bản {copy}.\n", encoding="utf-8")
    return inbox


def _clean(root: Path, inbox: Path):
    """What an uninterrupted run into a DuckDB file holds, and its figures per text."""
    clean = load_settings().with_overrides(warehouse=root / "clean.duckdb", inbox=inbox, batch_size=BATCH_SIZE,
                                           workers=1)
    run_ingest(clean)
    with duckdb.connect(str(clean.warehouse), read_only=True) as con:
        figures_per_text = dict(con.execute(
            "SELECT d.content_sha256, count(f.figure_id) FROM documents d LEFT JOIN figures f "
            "USING (document_id) WHERE d.status = 'parsed' GROUP BY 1").fetchall())
        return projection(con), figures_per_text


def _env(warehouse: str, data_path: Path, inbox: Path) -> dict:
    return dict(os.environ, SOLIEU_WAREHOUSE=warehouse, SOLIEU_DATA_PATH=str(data_path), SOLIEU_INBOX=str(inbox),
                SOLIEU_BATCH_SIZE=str(BATCH_SIZE), SOLIEU_LOCK_TIMEOUT="600", PYTHONPATH=str(REPO))


def _solieu_run(env):
    """``solieu run`` as a process for a ``with`` block, in its own session: a kill reaches Prefect's
    temporary server too, and only it."""
    return running(solieu_command("run"), cwd=REPO, env=env, own_session=True)


def test_two_runs_on_one_postgres_lake_load_every_text_once(postgres, tmp_path):
    inbox = _inbox(tmp_path)
    expected, _ = _clean(tmp_path, inbox)
    warehouse = f"ducklake:postgres:{postgres()}"
    env = _env(warehouse, tmp_path / "parquet", inbox)
    with _solieu_run(env) as first, _solieu_run(env) as second:
        outputs = [process.communicate(timeout=900) for process in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], outputs
    texts = len(list(inbox.glob("*.txt")))
    new = sorted(int(out.split(" new")[0].rsplit(" ", 1)[1]) for out, _ in outputs)
    assert new == [0, texts]
    with connect(parse_warehouse(warehouse), read_only=True) as con:
        assert con.execute("SELECT count(*), count(DISTINCT content_sha256) FROM documents").fetchone() == \
            (texts, texts)
        assert projection(con) == expected  # every figure and failure, as one run into a file
        assert con.execute("SELECT status, documents_new, lake_snapshot IS NOT NULL FROM runs ORDER BY run_id"
                           ).fetchall() == [("completed", texts, True), ("completed", 0, True)]
    assert any((tmp_path / "parquet").rglob("*.parquet"))


def test_the_run_lock_of_a_postgres_lake_names_its_holder_and_dies_with_it(postgres):
    lake = parse_warehouse(f"ducklake:postgres:{postgres()}")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import time; from warehouse.connection import exclusive_run; "
         f"from warehouse.lake import parse_warehouse; lock = exclusive_run(parse_warehouse({str(lake)!r})); "
         "lock.__enter__(); print('ready', flush=True); time.sleep(120)"],
        cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(WarehouseLocked, match=rf"is being loaded by solieu run, process {holder.pid} on "
                                                  r".*; gave up after waiting 0.5 s"):
            with exclusive_run(lake, wait_s=0.5):
                pass
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    with exclusive_run(lake, wait_s=30), exclusive_run(lake, wait_s=0):  # released by the server; re-entrant
        pass


def test_runs_killed_mid_batch_leave_the_lake_consistent_and_the_next_run_completes_it(tmp_path):
    inbox = _inbox(tmp_path)
    expected, figures_per_text = _clean(tmp_path, inbox)
    warehouse = f"ducklake:sqlite:{tmp_path}/lake.sqlite"
    lake = parse_warehouse(warehouse)
    env = _env(warehouse, tmp_path / "parquet", inbox)
    plain = [sys.executable, "-c", "from flows.pipeline import run_ingest; from flows.settings import "
             "load_settings; print(run_ingest(load_settings()).text())"]
    rng = random.Random(20261202)
    killed = 0
    for _ in range(3):
        process = subprocess.Popen(plain, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True, start_new_session=True)
        loaded = _documents(lake)
        # Once a batch more than before has committed, the next is being parsed or loaded: kill a
        # moment later, somewhere in it.
        deadline = time.monotonic() + 300
        while process.poll() is None and _documents(lake) <= loaded and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(rng.uniform(0.0, 1.0))
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(30)
            killed += 1
            with connect(lake, read_only=True) as con:
                assert inconsistencies(con, figures_per_text) == []
    assert killed >= 2
    finish = subprocess.run(plain, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert finish.returncode == 0, finish.stderr
    with connect(lake, read_only=True) as con:
        assert inconsistencies(con, figures_per_text) == []
        assert projection(con) == expected
        statuses = [row[0] for row in con.execute("SELECT status FROM runs ORDER BY run_id").fetchall()]
    assert statuses[-1] == "completed" and "running" not in statuses and statuses.count("abandoned") >= 2


def _documents(lake) -> int:
    try:
        with connect(lake, read_only=True) as con:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
    except (FileNotFoundError, duckdb.CatalogException):
        return 0


@pytest.mark.parametrize("catalog", ["sqlite", "postgres"])
def test_a_review_during_a_run_takes_its_turn_and_neither_fails(postgres, tmp_path, catalog):
    """DuckLake refuses a commit that conflicts with another (a decision updating failures while a
    batch inserts them): writers take turns through the lake's write lock instead."""
    inbox = _inbox(tmp_path)
    warehouse = f"ducklake:sqlite:{tmp_path}/lake.sqlite" if catalog == "sqlite" else \
        f"ducklake:postgres:{postgres()}"
    lake = parse_warehouse(warehouse)
    env = _env(warehouse, tmp_path / "parquet", inbox)
    plain = [sys.executable, "-c", "from flows.pipeline import run_ingest; from flows.settings import "
             "load_settings; print(run_ingest(load_settings()).text())"]
    decided = []
    with running(plain, cwd=REPO, env=env) as run:
        deadline = time.monotonic() + 600
        while run.poll() is None and len(decided) < 3 and time.monotonic() < deadline:
            try:
                with connect(lake, read_only=True) as con:
                    open_ids = [r[0] for r in con.execute(
                        "SELECT failure_id FROM validation_failures WHERE review_status = 'open' "
                        "ORDER BY failure_id").fetchall()]
            except (FileNotFoundError, duckdb.CatalogException):
                open_ids = []
            if open_ids:
                review = subprocess.run([sys.executable, "-m", "flows.cli", "review", str(open_ids[0]), "--accept",
                                         "--reviewer", "lan"], cwd=REPO, env=env, capture_output=True, text=True,
                                        timeout=600)
                assert review.returncode == 0, review.stderr
                decided.append((open_ids[0], run.poll() is None))
            time.sleep(0.2)
        out, err = run.communicate(timeout=600)
    assert run.returncode == 0, err
    assert any(during for _, during in decided), decided  # at least one decision while the run loaded
    with connect(lake, read_only=True) as con:
        for failure_id, _ in decided:
            assert con.execute("SELECT review_status, reviewer FROM validation_failures WHERE failure_id = ?",
                               [failure_id]).fetchone() == ("accepted", "lan")
        texts = len(list(inbox.glob("*.txt")))
        assert con.execute("SELECT count(DISTINCT content_sha256), count(*) FROM documents").fetchone() == \
            (texts, texts)
        assert con.execute("SELECT count(*) FROM review_events WHERE origin = 'reviewer'").fetchone()[0] == \
            len(decided)
