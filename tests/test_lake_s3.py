"""A lake whose Parquet files are on S3-compatible storage: moto's S3 server, started by the test on
127.0.0.1, and real `solieu run` / `solieu sql` processes. Slow: a server and a Prefect run."""

from __future__ import annotations

import csv
import io
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from conftest import REPO, SAMPLES

from flows.pipeline import run_ingest
from flows.settings import load_settings

pytestmark = pytest.mark.slow

BUCKET, PREFIX = "solieu-lake", "solieu"
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1"}
FIGURES = "SELECT count(*) AS figures, sum(value) AS total, count(DISTINCT document_id) AS documents FROM figures"


@pytest.fixture(scope="module")
def s3_endpoint():
    """moto's S3 server on a free port of 127.0.0.1, with an empty bucket; yields its URL."""
    boto3 = pytest.importorskip("boto3")
    moto_server = Path(sys.executable).with_name("moto_server")
    if not moto_server.exists():
        pytest.skip("moto[server] is not installed (the dev extra)")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([str(moto_server), "-H", "127.0.0.1", "-p", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"moto_server did not start on port {port}") from None
                time.sleep(0.2)
        client = boto3.client("s3", endpoint_url=url, aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
                              aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
                              region_name=CREDENTIALS["AWS_DEFAULT_REGION"])
        client.create_bucket(Bucket=BUCKET)
        yield url, client
    finally:
        server.terminate()
        server.wait(30)


def _solieu(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "flows.cli", *args], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=900)


def test_a_lake_with_its_parquet_files_in_s3_is_loaded_and_read_back(s3_endpoint, tmp_path):
    url, client = s3_endpoint
    catalog = tmp_path / "lake.sqlite"
    env = dict(os.environ, **CREDENTIALS, SOLIEU_WAREHOUSE=f"ducklake:sqlite:{catalog}", SOLIEU_S3_ENDPOINT=url,
               SOLIEU_INBOX=str(SAMPLES), SOLIEU_LOCK_TIMEOUT="600", PYTHONPATH=str(REPO))
    for variable in ("SOLIEU_DATA_PATH", "SOLIEU_S3_URL_STYLE", "AWS_SESSION_TOKEN", "AWS_REGION"):
        env.pop(variable, None)

    run = _solieu(env, "run", "--data-path", f"s3://{BUCKET}/{PREFIX}")
    assert run.returncode == 0, run.stderr

    # What the same samples give in a DuckDB file.
    file = load_settings().with_overrides(warehouse=tmp_path / "file.duckdb", inbox=SAMPLES, workers=1)
    run_ingest(file)
    with duckdb.connect(str(file.warehouse), read_only=True) as con:
        expected = con.execute(FIGURES).fetchone()
    assert expected[0] > 0

    # Only the catalog named: the data path is the one recorded in it, read through the S3 secret.
    sql = _solieu(env, "sql", "--format", "csv", FIGURES)
    assert sql.returncode == 0, sql.stderr
    (row,) = list(csv.DictReader(io.StringIO(sql.stdout)))
    assert (int(row["figures"]), float(row["total"]), int(row["documents"])) == \
        (expected[0], pytest.approx(float(expected[1])), expected[2])

    keys = [item["Key"] for page in client.get_paginator("list_objects_v2").paginate(Bucket=BUCKET, Prefix=PREFIX)
            for item in page.get("Contents", [])]
    assert any(key.startswith(f"{PREFIX}/main/figures") and key.endswith(".parquet") for key in keys), keys
    assert not list(tmp_path.glob("lake.sqlite.files"))  # nothing went to the local default

    # A wrong endpoint is one line and exit 2, not a traceback.
    wrong = _solieu({**env, "SOLIEU_S3_ENDPOINT": "ftp://127.0.0.1"}, "sql", FIGURES)
    assert wrong.returncode == 2, wrong.stderr
    assert "SOLIEU_S3_ENDPOINT is the URL of an S3-compatible service" in wrong.stderr
    assert "Traceback" not in wrong.stderr
