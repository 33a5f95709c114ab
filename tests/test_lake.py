"""The DuckLake kind of warehouse, on a real lake: a SQLite catalog and Parquet files in tmp_path."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from validation_helpers import LANGSON_2021, edit, ingest, running, solieu_command

from flows.cli import main
from flows.settings import load_settings
from schemas.errors import SettingError
from warehouse.connection import connect
from warehouse.lake import (
    Lake,
    LakeError,
    extension_file,
    load_extension,
    open_lake,
    parse_warehouse,
    s3_secret_sql,
    signatures_checked,
)
from warehouse.migrate import available_migrations, lake_dialect, migrate

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "sources" / "samples"
SLIPPED = edit(LANGSON_2021, "xuất khẩu 690 triệu USD", "xuất khẩu 680 triệu USD")


@pytest.fixture
def lake_settings(tmp_path, sample_inbox):
    lake = f"ducklake:sqlite:{tmp_path / 'lake' / 'catalog.sqlite'}"
    return load_settings().with_overrides(warehouse=lake, data_path=str(tmp_path / "lake" / "data"),
                                          inbox=sample_inbox, workers=1)


def cli(capsys, settings, *args):
    command = 2 if args[0] == "warehouse" else 1  # `solieu warehouse copy|maintain`
    code = main([*args[:command], "--warehouse", str(settings.warehouse), *args[command:]])
    out, err = capsys.readouterr()
    return code, out, err


def rows(settings, sql, params=None):
    with connect(settings.warehouse, read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


# --- naming a warehouse -------------------------------------------------------------------------

def test_a_path_is_a_file_and_ducklake_strings_are_lakes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert parse_warehouse("warehouse/solieu.duckdb") == Path("warehouse/solieu.duckdb")
    assert parse_warehouse("ducklake:sqlite:lake/c.sqlite") == Lake("sqlite", str(tmp_path / "lake" / "c.sqlite"))
    pg = parse_warehouse("ducklake:postgres:dbname=solieu host=127.0.0.1 port=5433")
    assert pg == Lake("postgres", "dbname=solieu host=127.0.0.1 port=5433")
    assert str(pg) == "ducklake:postgres:dbname=solieu host=127.0.0.1 port=5433"
    for wrong in ("ducklake:mysql:x", "ducklake:sqlite:", "ducklake:"):
        with pytest.raises(LakeError, match="ducklake:sqlite:PATH or ducklake:postgres:CONNINFO"):
            parse_warehouse(wrong)


def test_a_wrong_lake_string_is_one_line_and_exit_2(monkeypatch, capsys):
    monkeypatch.setenv("SOLIEU_WAREHOUSE", "ducklake:mysql:x")
    assert main(["sql", "SELECT 1"]) == 2
    err = capsys.readouterr().err.strip()
    assert "ducklake:sqlite:PATH or ducklake:postgres:CONNINFO" in err and "Traceback" not in err
    assert len(err.splitlines()) == 1


def test_settings_fold_the_data_path_into_the_lake_and_refuse_it_for_a_file(tmp_path):
    settings = load_settings({"SOLIEU_WAREHOUSE": f"ducklake:sqlite:{tmp_path}/c.sqlite",
                              "SOLIEU_DATA_PATH": str(tmp_path / "parquet")})
    assert settings.warehouse == Lake("sqlite", f"{tmp_path}/c.sqlite", f"{tmp_path}/parquet/")
    assert settings.report_dir == tmp_path / "reports"
    s3 = settings.with_overrides(data_path="s3://bucket/solieu")
    assert s3.warehouse.data_path == "s3://bucket/solieu/"
    with pytest.raises(SettingError, match="is for a DuckLake warehouse"):
        load_settings({"SOLIEU_WAREHOUSE": str(tmp_path / "w.duckdb"), "SOLIEU_DATA_PATH": "x"})


def test_an_s3_endpoint_becomes_a_secret_with_path_style_urls_and_the_aws_credentials():
    assert s3_secret_sql({"AWS_ACCESS_KEY_ID": "k"}) is None  # AWS itself: DuckDB reads the variables
    sql = s3_secret_sql({"SOLIEU_S3_ENDPOINT": "http://127.0.0.1:9000/", "AWS_ACCESS_KEY_ID": "k",
                         "AWS_SECRET_ACCESS_KEY": "s'x", "AWS_DEFAULT_REGION": "us-east-1"})
    assert sql == ("CREATE OR REPLACE SECRET solieu_s3 (TYPE s3, ENDPOINT '127.0.0.1:9000', URL_STYLE 'path', "
                   "KEY_ID 'k', SECRET 's''x', REGION 'us-east-1', USE_SSL false)")
    tls = s3_secret_sql({"SOLIEU_S3_ENDPOINT": "https://s3.example.vn", "SOLIEU_S3_URL_STYLE": "vhost",
                         "AWS_REGION": "hn", "AWS_DEFAULT_REGION": "x"})
    assert "URL_STYLE 'vhost'" in tls and "REGION 'hn'" in tls and tls.endswith("USE_SSL true)")
    for wrong in ("127.0.0.1:9000", "ftp://host", "http://"):
        with pytest.raises(LakeError, match="SOLIEU_S3_ENDPOINT is the URL of an S3-compatible service"):
            s3_secret_sql({"SOLIEU_S3_ENDPOINT": wrong})
    with pytest.raises(LakeError, match="SOLIEU_S3_URL_STYLE is path or vhost"):
        s3_secret_sql({"SOLIEU_S3_ENDPOINT": "http://h", "SOLIEU_S3_URL_STYLE": "virtual"})


def test_the_sqlite_extension_is_loaded_under_its_entry_points_name():
    assert extension_file("sqlite").name == "sqlite_scanner.duckdb_extension"
    assert extension_file("sqlite").resolve().name == "sqlite.duckdb_extension"  # the pip package's file
    assert extension_file("ducklake").name == "ducklake.duckdb_extension"


def test_an_extension_file_is_hashed_for_its_signature_once_then_loaded_unchecked(lake_settings, tmp_path,
                                                                                  monkeypatch):
    monkeypatch.setattr("tempfile.gettempdir", lambda: str(tmp_path / "tmp"))  # no markers yet
    lake = lake_settings.warehouse

    def checked_signatures() -> bool:
        with open_lake(lake) as con:
            return not con.execute("SELECT current_setting('allow_unsigned_extensions')").fetchone()[0]

    assert not signatures_checked(["ducklake", "sqlite"])
    assert checked_signatures()  # the first opening checks them, and records that they passed
    assert signatures_checked(["ducklake", "sqlite"]) and not signatures_checked(["ducklake", "sqlite", "httpfs"])
    assert not checked_signatures()
    folder = extension_file("sqlite").parent
    folder.chmod(0o777)  # markers anyone may write prove nothing
    try:
        assert not signatures_checked(["ducklake", "sqlite"]) and checked_signatures()
    finally:
        folder.chmod(0o700)
    with duckdb.connect(":memory:", config={"allow_unsigned_extensions": True}) as con:
        with pytest.raises(LakeError, match="has not passed DuckDB's signature check yet"):
            load_extension(con, "httpfs")


def test_lake_dialect_drops_keys_only_in_table_definitions():
    assert lake_dialect("CREATE TABLE t (a BIGINT PRIMARY KEY, b VARCHAR NOT NULL UNIQUE)") == \
        "CREATE TABLE t (a BIGINT, b VARCHAR NOT NULL)"
    comment = "COMMENT ON COLUMN t.a IS 'unique per run, the primary key of runs'"
    assert lake_dialect(comment) == comment


# --- migrations ---------------------------------------------------------------------------------

def _columns(con):
    return con.execute(
        "SELECT table_name, column_name, data_type FROM duckdb_columns() "
        "WHERE database_name = current_database() AND schema_name = 'main' ORDER BY ALL").fetchall()


def test_migrations_give_a_lake_the_tables_and_views_of_a_file(tmp_path, lake_settings):
    with connect(tmp_path / "file.duckdb") as con:
        migrate(con)
        on_file = _columns(con)
        file_comments = con.execute("SELECT count(*) FROM duckdb_tables() WHERE comment IS NOT NULL "
                                    "AND database_name = current_database()").fetchone()[0]
    with connect(lake_settings.warehouse) as con:
        applied = migrate(con)
        assert applied == [name for _, name, _ in available_migrations()]
        assert _columns(con) == on_file
        assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE comment IS NOT NULL "
                           "AND database_name = current_database()").fetchone()[0] == file_comments
        assert con.execute("SELECT count(*) FROM periods").fetchone()[0] > 1000
        assert con.execute("SELECT period_code(DATE '2021-01-01', DATE '2021-06-30')").fetchone()[0] == "2021-S1"
        assert migrate(con) == []  # recorded: nothing again
    assert (tmp_path / "lake" / "data").is_dir() and any((tmp_path / "lake" / "data").rglob("*.parquet"))


def test_reading_a_lake_that_does_not_exist_says_so(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist yet; run `solieu run` first"):
        connect(parse_warehouse(f"ducklake:sqlite:{tmp_path}/none.sqlite"), read_only=True)


# --- commands on a lake --------------------------------------------------------------------------

def test_run_failures_review_and_reports_on_a_lake(capsys, lake_settings, tmp_path):
    first = ingest(lake_settings, tmp_path, **{"langson-2021-h1.txt": SLIPPED})
    assert first.result.documents_new == 1 and first.result.failures == 1
    assert all(Path(p).exists() for p in first.report_paths)
    (failure,) = [r[0] for r in rows(lake_settings, "SELECT failure_id FROM validation_failures")]

    code, out, _ = cli(capsys, lake_settings, "failures", "--format", "csv")
    assert code == 0 and out.splitlines()[1].split(",")[0] == str(failure)
    code, out, _ = cli(capsys, lake_settings, "review", str(failure), "--reject", "--reviewer", "lan")
    assert code == 0 and f"failure {failure} rejected by lan" in out
    assert rows(lake_settings, "SELECT review_status, reviewer FROM validation_failures") == [("rejected", "lan")]
    assert rows(lake_settings, "SELECT DISTINCT status FROM figures WHERE raw_text = '680 triệu USD'") == \
        [("quarantined",)]
    assert rows(lake_settings, "SELECT to_status, origin FROM review_events") == [("rejected", "reviewer")]

    # The same slip again in a new text: the decision carries over, ids go on from the lake's.
    again = ingest(lake_settings, tmp_path, **{"langson-2021-h1.txt": SLIPPED + "\nCập nhật lúc 10:00"})
    assert again.run_id == 2 and again.new_errors == 0
    assert rows(lake_settings, "SELECT failure_id, review_status FROM validation_failures WHERE run_id = 2") == \
        [(failure + 1, "rejected")]
    assert rows(lake_settings, "SELECT count(*), count(DISTINCT figure_id) FROM figures")[0] == \
        (2 * first.result.figures_loaded,) * 2

    code, out, _ = cli(capsys, lake_settings, "sql", "--format", "csv",
                       "SELECT run_id, status FROM runs ORDER BY run_id")
    assert code == 0 and out.splitlines() == ["run_id,status", "1,completed", "2,completed"]
    code, out, _ = cli(capsys, lake_settings, "export", "--format", "csv", "--out", str(tmp_path / "out"),
                       "--table", "figures")
    assert code == 0 and (tmp_path / "out" / "figures.csv").exists()


def generated_inbox(tmp_path, copies: int) -> Path:
    """``copies`` distinct texts of each bundled sample (a footer apart)."""
    inbox = tmp_path / "many"
    inbox.mkdir()
    for sample in sorted(SAMPLES.glob("*.txt")):
        text = sample.read_text(encoding="utf-8")
        for copy in range(copies):
            (inbox / f"{sample.stem}-{copy}.txt").write_text(f"{text}\nGhi chú: bản {copy}.\n", encoding="utf-8")
    return inbox


def test_solieu_sql_answers_from_the_latest_snapshot_while_solieu_run_writes(tmp_path):
    """`solieu run` (Prefect, batches of 4) into a lake named by the environment, read meanwhile."""
    inbox = generated_inbox(tmp_path, copies=3)
    texts = len(list(inbox.glob("*.txt")))
    env = {**os.environ, "PYTHONPATH": str(REPO), "SOLIEU_WAREHOUSE": f"ducklake:sqlite:{tmp_path}/lake.sqlite",
           "SOLIEU_DATA_PATH": str(tmp_path / "parquet"), "SOLIEU_BATCH_SIZE": "4"}

    def solieu(*args):
        return subprocess.run([sys.executable, "-m", "flows.cli", *args], capture_output=True, text=True,
                              env=env, timeout=600)

    lake = parse_warehouse(env["SOLIEU_WAREHOUSE"])
    counts, during = [], None
    with running(solieu_command("run", "--inbox", str(inbox)), env=env) as run:
        while run.poll() is None:
            time.sleep(0.25)  # the run shares the cores
            try:
                with connect(lake, read_only=True) as con:  # never waits: no wait_s
                    counts.append(con.execute("SELECT count(*) FROM documents").fetchone()[0])
            except (FileNotFoundError, duckdb.CatalogException):  # before the run created the lake
                continue
            if during is None and 0 < counts[-1] < texts:
                during = solieu("sql", "--format", "csv", "SELECT count(*) AS n FROM documents")
        out, err = run.communicate(timeout=600)
    assert run.returncode == 0, err
    assert f"into ducklake:sqlite:{tmp_path}/lake.sqlite" in out
    assert counts == sorted(counts) and any(0 < n < texts for n in counts), counts  # committed batches, mid-run
    assert during is not None and during.returncode == 0, during and during.stderr
    assert 0 < int(during.stdout.splitlines()[1]) <= texts
    sql = solieu("sql", "--format", "csv", "SELECT count(*) AS n, count(DISTINCT content_sha256) AS texts "
                 "FROM documents")
    assert sql.stdout.splitlines() == ["n,texts", f"{texts},{texts}"], sql.stderr
    assert any((tmp_path / "parquet").rglob("*.parquet"))


# --- time travel --------------------------------------------------------------------------------

def test_sql_as_of_run_reads_the_lake_as_that_run_left_it(capsys, lake_settings, tmp_path):
    first = ingest(lake_settings, tmp_path, **{"langson-2021-h1.txt": SLIPPED})
    (failure,) = [r[0] for r in rows(lake_settings, "SELECT failure_id FROM validation_failures")]
    cli(capsys, lake_settings, "review", str(failure), "--accept", "--reviewer", "lan")
    second = ingest(lake_settings, tmp_path, **{"langson-2021-h1.txt": LANGSON_2021})
    snapshots = rows(lake_settings, "SELECT run_id, lake_snapshot FROM runs ORDER BY run_id")
    assert [run for run, _ in snapshots] == [1, 2] and snapshots[0][1] < snapshots[1][1]

    query = "SELECT count(DISTINCT document_id) AS d, max(run_id) AS r, " \
            "(SELECT string_agg(review_status, ',') FROM validation_failures) AS s FROM figures"
    code, out, err = cli(capsys, lake_settings, "sql", "--format", "csv", "--as-of-run", "1", query)
    assert code == 0, err
    assert out.splitlines()[1] == "1,1,open"  # before the decision and the second run
    code, out, _ = cli(capsys, lake_settings, "sql", "--format", "csv", "--as-of-run", "2", query)
    assert out.splitlines()[1] == "2,2,accepted"
    assert second.result.documents_new == first.result.documents_new == 1

    code, _, err = cli(capsys, lake_settings, "sql", "--as-of-run", "7", "SELECT 1")
    assert code == 2 and "no run 7 in the warehouse" in err


def test_sql_as_of_run_on_a_file_says_it_keeps_no_earlier_states(capsys, settings):
    code, _, err = cli(capsys, settings, "sql", "--as-of-run", "1", "SELECT 1")
    assert code == 2
    assert f"the DuckDB file {settings.warehouse} keeps no earlier states" in err


# --- copy and upkeep ----------------------------------------------------------------------------

def _all_rows(warehouse) -> dict[str, list]:
    """Every row of every table the copy carries, in a stable order."""
    with connect(warehouse, read_only=True) as con:
        tables = [t for t, in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
            "AND table_name NOT IN ('schema_migrations', 'analyst_state') ORDER BY 1").fetchall()]
        found = {}
        for table in tables:
            columns = [c for c, in con.execute(
                "SELECT column_name FROM duckdb_columns() WHERE database_name = current_database() "
                "AND table_name = ? AND column_name <> 'lake_snapshot' ORDER BY column_index", [table]).fetchall()]
            listed = ", ".join(f'"{c}"' for c in columns)
            found[table] = con.execute(f'SELECT {listed} FROM "{table}" ORDER BY ALL').fetchall()
    return found


def test_copy_a_file_into_a_lake_and_back_keeps_every_row_id_and_decision(capsys, settings, tmp_path):
    ingest(settings, tmp_path, **{"langson-2021-h1.txt": SLIPPED})
    (failure,) = [r[0] for r in rows(settings, "SELECT failure_id FROM validation_failures")]
    cli(capsys, settings, "review", str(failure), "--expected", "--reviewer", "lan", "--note", "their habit")
    ingest(settings, tmp_path, **{"langson-2021-h1.txt": SLIPPED + "\nCập nhật lúc 10:00"})
    original = _all_rows(settings.warehouse)
    assert len(original["review_events"]) == 2  # the decision, and its carry-over to run 2

    lake = f"ducklake:sqlite:{tmp_path}/copy/lake.sqlite"
    code, out, err = cli(capsys, settings, "warehouse", "copy", "--to", lake,
                         "--to-data-path", str(tmp_path / "copy" / "data"))
    assert code == 0, err
    assert f"copied {settings.warehouse} -> {lake}:" in out and "figures " in out
    assert _all_rows(parse_warehouse(lake)) == original

    back = tmp_path / "back.duckdb"
    code, out, err = main(["warehouse", "copy", "--warehouse", lake, "--to", str(back)]), *capsys.readouterr()
    assert code == 0, err
    assert _all_rows(back) == original

    code, _, err = main(["warehouse", "copy", "--warehouse", lake, "--to", str(back)]), *capsys.readouterr()
    assert code == 2 and f"target {back} already holds 2 runs and 2 documents" in err


def test_maintain_merges_expires_and_deletes_but_keeps_what_runs_and_time_travel_read(capsys, lake_settings, tmp_path):
    one_by_one = lake_settings.with_overrides(batch_size=1)  # a snapshot and small files per text
    ingest(one_by_one, tmp_path, **{f"r{i}.txt": LANGSON_2021 + f"\nBản {i}." for i in range(4)})
    ingest(one_by_one, tmp_path, **{f"s{i}.txt": SLIPPED + f"\nBản {i}." for i in range(3)})
    latest = _all_rows(lake_settings.warehouse)
    with connect(lake_settings.warehouse) as con:
        snapshots_before = con.execute("SELECT count(*) FROM solieu.snapshots()").fetchone()[0]
    code, out, err = cli(capsys, lake_settings, "warehouse", "maintain", "--older-than", "0")
    assert code == 0, err
    merged, written = map(int, out.split("merged:")[1].split("\n")[0].split(" small files into "))
    expired, of = (int(n) for n in out.split("snapshots:")[1].split(" expired")[0].split(" of "))
    deleted = int(out.split("deleted:")[1].split()[0])
    assert merged > written > 0 and of == snapshots_before and 0 < expired < of and deleted > 0
    assert "bytes freed" in out or "MB freed" in out
    assert _all_rows(lake_settings.warehouse) == latest
    # The snapshots that ended runs stay: the warehouse after run 1 still reads as it was.
    code, out, err = cli(capsys, lake_settings, "sql", "--format", "csv", "--as-of-run", "1",
                         "SELECT count(*) AS n FROM documents")
    assert code == 0 and out.splitlines()[1] == "4", err


# A batch interrupted after DuckLake wrote its Parquet file, before the commit that records it.
_KILLED_MID_BATCH = """
import os, signal, sys
from warehouse.connection import connect
from warehouse.lake import parse_warehouse
con = connect(parse_warehouse(sys.argv[1]))
con.execute("BEGIN TRANSACTION")
con.execute("INSERT INTO document_texts SELECT 1000000 + range, repeat('x', 100) FROM range(5000)")
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_maintain_deletes_the_files_a_run_killed_mid_batch_left_and_keeps_every_row(capsys, lake_settings,
                                                                                        tmp_path):
    ingest(lake_settings, tmp_path, **{"langson-2021-h1.txt": LANGSON_2021})
    before = _all_rows(lake_settings.warehouse)
    data = Path(lake_settings.warehouse.data_path)
    files_before = set(data.rglob("*.parquet"))
    killed = subprocess.run([sys.executable, "-c", _KILLED_MID_BATCH, str(lake_settings.warehouse)],
                            cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, text=True)
    assert killed.returncode == -9, killed.stderr
    (orphan,) = set(data.rglob("*.parquet")) - files_before  # written, never committed
    orphan_bytes = orphan.stat().st_size

    code, out, err = cli(capsys, lake_settings, "warehouse", "maintain")
    assert code == 0, err
    line = next(line for line in out.splitlines() if line.startswith("orphaned:"))
    assert line.split()[1] == "1" and (f"{orphan_bytes:,} bytes freed" in line
                                       or f"{orphan_bytes / 1e6:.1f} MB freed" in line), out
    assert not orphan.exists()
    assert _all_rows(lake_settings.warehouse) == before
    code, out, err = cli(capsys, lake_settings, "warehouse", "maintain")  # nothing left to find
    assert code == 0 and next(line for line in out.splitlines() if line.startswith("orphaned:")).split()[1] == "0"


def test_maintain_on_a_file_checkpoints_it(capsys, settings, tmp_path):
    ingest(settings, tmp_path, **{"langson-2021-h1.txt": LANGSON_2021})
    code, out, err = cli(capsys, settings, "warehouse", "maintain")
    assert code == 0, err
    assert out.startswith("DuckDB file: checkpointed;")


def test_a_readers_open_transaction_does_not_stop_a_writer_committing(lake_settings):
    """A SQLite catalog is kept in WAL mode: in SQLite's default mode this commit failed with
    'database is locked' while the reader's transaction was open."""
    with connect(lake_settings.warehouse) as writer:
        migrate(writer)
        reader = connect(lake_settings.warehouse, read_only=True)
        try:
            reader.execute("BEGIN TRANSACTION")
            assert reader.execute("SELECT count(*) FROM runs").fetchone()[0] == 0
            writer.execute("INSERT INTO runs (run_id, started_at, status) VALUES (1, now(), 'running')")
            assert reader.execute("SELECT count(*) FROM runs").fetchone()[0] == 0  # its snapshot
            reader.execute("COMMIT")
            assert reader.execute("SELECT count(*) FROM runs").fetchone()[0] == 1
        finally:
            reader.close()
    catalog = Path(lake_settings.warehouse.target)
    with sqlite3.connect(catalog) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
