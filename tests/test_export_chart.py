"""``solieu export`` round-trips and ``solieu chart`` draws, on the bundled samples."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET

import duckdb
import pandas as pd
import pytest
from validation_helpers import SAMPLES

from flows.pipeline import run_ingest
from warehouse.export import export


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    from flows.settings import load_settings

    path = tmp_path_factory.mktemp("export") / "solieu.duckdb"
    run_ingest(load_settings().with_overrides(warehouse=path, inbox=SAMPLES, workers=1))
    return path


@pytest.fixture
def con(warehouse):
    connection = duckdb.connect(str(warehouse), read_only=True)
    yield connection
    connection.close()


@pytest.mark.parametrize("table", ["indicator_values", "provinces", "figures"])
def test_parquet_reads_back_equal(con, tmp_path, table):
    import pyarrow.parquet as pq

    export(con, tmp_path, "parquet", [table])
    back = pq.read_table(tmp_path / f"{table}.parquet")  # any engine: here pyarrow, not DuckDB
    expected = con.execute(f"SELECT * FROM {table}").fetch_arrow_table()
    assert expected.num_rows > 0
    assert back.schema.names == expected.schema.names
    assert back.to_pylist() == expected.to_pylist()


def test_csv_and_column_descriptions(con, tmp_path):
    written = export(con, tmp_path, "csv")
    assert tmp_path / "indicator_values.csv" in written
    back = pd.read_csv(tmp_path / "indicator_values.csv")
    assert len(back) == con.execute("SELECT count(*) FROM indicator_values").fetchone()[0]
    with (tmp_path / "columns.csv").open(encoding="utf-8") as handle:
        described = {(row["table"], row["column"]): row for row in csv.DictReader(handle)}
    assert described[("indicator_values", "value_lo")]["comment"]
    assert described[("indicator_values", "obs_status")]["header_vi"] == "Tình trạng số liệu"
    assert all(row["comment"] for row in described.values())


def test_xlsx_one_sheet_per_table_reads_back_equal(con, tmp_path):
    from openpyxl import load_workbook

    [book_path, _] = export(con, tmp_path, "xlsx", ["indicator_values", "provinces"], vietnamese=True)
    book = load_workbook(book_path, read_only=True)
    assert book.sheetnames == ["indicator_values", "provinces", "columns"]
    rows = list(book["indicator_values"].values)
    expected = con.execute("SELECT * FROM indicator_values").fetchall()
    assert rows[0][:3] == ("Mã tỉnh", "Tỉnh/thành", "Chỉ tiêu") and len(rows) - 1 == len(expected)
    columns = [d[0] for d in con.execute("SELECT * FROM indicator_values LIMIT 0").description]
    for got, want in zip(rows[1:], expected, strict=True):
        for name, g, w in zip(columns, got, want, strict=True):
            if isinstance(w, list):
                assert g == (", ".join(map(str, w)) or None), name
            elif hasattr(w, "isoformat") and g is not None:
                assert g.date() == w, name
            elif isinstance(w, float):
                assert float(g) == pytest.approx(w), name  # ±inf (no upper bound) is written as text
            else:
                assert g == w, name


def test_xlsx_takes_every_default_table(con, tmp_path):
    from openpyxl import load_workbook

    from warehouse.export import _cell

    [book_path, _] = export(con, tmp_path, "xlsx")
    book = load_workbook(book_path, read_only=True)
    assert "validation_failures" in book.sheetnames and "indicator_values" in book.sheetnames
    figures = con.execute("SELECT count(*) FROM figures").fetchone()[0]
    assert len(list(book["figures"].values)) == figures + 1
    # failure fingerprints hold unit separators, which a sheet cannot
    assert _cell("check\x1fa.txt\x1f531 triệu") == "check a.txt 531 triệu"


def test_chart_draws_a_series(con, tmp_path):
    from warehouse.chart import write_chart

    indicator, region = con.execute("""SELECT indicator, region_code FROM indicator_values WHERE kind = 'amount'
                                       GROUP BY ALL ORDER BY count(*) DESC, 1, 2 LIMIT 1""").fetchone()
    path = write_chart(con, indicator, region=region, out=tmp_path / "series.svg")
    root = ET.parse(path).getroot()  # well-formed SVG
    assert root.tag.endswith("svg")
    text = path.read_text(encoding="utf-8")
    assert indicator in text or con.execute("SELECT name_vi FROM indicators WHERE indicator = ?",
                                            [indicator]).fetchone()[0] in text
    assert text.count('class="value') >= 1


def test_chart_provinces_side_by_side(con, tmp_path):
    from warehouse.chart import write_chart

    indicator, period = con.execute("""SELECT indicator, period_code FROM indicator_values
                                       GROUP BY ALL ORDER BY count(DISTINCT region_code) DESC, 1, 2 LIMIT 1""").fetchone()
    path = write_chart(con, indicator, period=period, out=tmp_path / "compare.html")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "<svg" in text and "http" not in text.replace(
        "http://www.w3.org/2000/svg", "")
