"""`solieu sql` prints without pandas (flows/sql_output.py) the same bytes as through pandas."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows import sql_output
from flows.cli import _format_table

FORMATS = ("table", "csv", "json")

# Results of the kinds analysts ask for: NULLs in every type, dates and times, decimals,
# Vietnamese text, quotes, separators and line breaks, repeated names, wide and empty results.
QUERIES = [
    "SELECT 42 AS n",
    "SELECT count(*) AS n FROM range(7)",
    "SELECT 'ab' AS s UNION ALL SELECT 'abcdef'",
    "SELECT 'ab' AS longheader UNION ALL SELECT 'abcdef'",
    "SELECT 1::INTEGER AS x, -5::BIGINT AS y, 3::TINYINT AS t, 4::SMALLINT AS sm, 5::UTINYINT AS ut, "
    "6::USMALLINT AS us, 7::UINTEGER AS ui, 18446744073709551615::UBIGINT AS ub",
    "SELECT * FROM (VALUES (1), (NULL), (-300)) t(i)",
    "SELECT * FROM (VALUES (1.5::DOUBLE), (-2.25), (1e20), (1e-7), (123456789.123456789), (0.1), (NULL), "
    "('nan'::DOUBLE), ('inf'::DOUBLE), ('-inf'::DOUBLE), (-0.0), (1e16), (9999999999999998.0), (1e-16), "
    "(2.5e-15), (0.30000000000000004), (1234.5678)) t(x)",
    "SELECT 1::DOUBLE AS x UNION ALL SELECT 2",
    "SELECT * FROM (VALUES (2.25::DECIMAL(10,2)), (NULL), (-0.01), (99999999.99)) t(d)",
    "SELECT 123456789.123::DECIMAL(18,3) AS a, 0.18155881863114886::DECIMAL(18,17) AS b, "
    "1234::DECIMAL(4,0) AS c, 1.5::DECIMAL(38,10) AS d, 0.00000001::DECIMAL(38,20) AS e, 0.0000000000000000000000000000001234::DECIMAL(38,37) AS f",
    "SELECT sum(x) AS total, avg(x) AS mean FROM (VALUES (1.25::DECIMAL(12,2)), (2.50), (NULL)) t(x)",
    "SELECT 'Lạng Sơn' AS \"tỉnh\", 'đồng' AS \"đơn vị\", 5 AS \"số lượng\"",
    "SELECT * FROM (VALUES ('a/b \"x\", y'), ('line\nbreak'), ('tab\there'), ('cr\rx'), (''), (NULL), "
    "('  spaced  '), ('back\\slash'), ('ユニコード 😀'), (chr(1) || chr(31) || chr(127) || chr(8232)), "
    "(chr(8) || chr(12))) t(s)",
    "SELECT NULL::VARCHAR AS s, NULL::INTEGER AS i, NULL::DOUBLE AS d, NULL::DATE AS dt, NULL::BOOLEAN AS b, "
    "NULL::TIMESTAMP AS ts, NULL::DECIMAL(9,2) AS dec",
    "SELECT NULL AS n",
    "SELECT 'a' AS s UNION ALL SELECT NULL UNION ALL SELECT 'b'",
    "SELECT true AS b UNION ALL SELECT false",
    "SELECT true AS b UNION ALL SELECT NULL",
    "SELECT true AS \"True\", false AS \"F\"",
    "SELECT DATE '2024-01-31' AS d, TIMESTAMP '2024-01-31 12:00:01' AS t, "
    "TIMESTAMP '2024-01-31 12:00:01.123456' AS t2, TIMESTAMP '2024-01-31 00:00:00' AS t3",
    "SELECT * FROM (VALUES (TIMESTAMP '2024-01-31 12:00:01'), (TIMESTAMP '2024-02-01 12:00:01.5'), (NULL)) t(ts)",
    "SELECT * FROM (VALUES (TIMESTAMP '2024-01-31 00:00:00'), (TIMESTAMP '2024-02-01 00:00:00'), (NULL)) t(ts)",
    "SELECT * FROM (VALUES (TIMESTAMP '2024-01-31 00:00:00'), (TIMESTAMP '1969-12-31 23:59:59.9995')) t(ts)",
    "SELECT * FROM (VALUES (DATE '2024-01-31'), (NULL), (DATE '1999-12-31')) t(d)",
    "SELECT 1 AS a, 2 AS a, 3 AS A, 4 AS a_1",
    "SELECT 'a\tb' AS \"x\ty\", 'c' AS \"has,comma\", 'd' AS \"has\"\"quote\"",
    "SELECT '{\"k\": [1, 2]}'::JSON AS j",
    "SELECT 'x' AS s LIMIT 0",
    "SELECT 1 AS i, 2.5 AS d LIMIT 0",
    "SELECT repeat('x', 70) AS s, repeat('ư', 65) AS u",
    "SELECT " + ", ".join(f"{i} * 1.5 AS c{i}" for i in range(60)),
    "SELECT i, i * 0.37 AS f, 'row ' || i AS s, DATE '2024-01-01' + i::INTEGER AS d, i % 3 = 0 AS b, "
    "CASE WHEN i % 5 = 0 THEN NULL ELSE i END AS n FROM range(600) t(i)",
    "SELECT '' AS e",
    "SELECT * FROM (VALUES ([1, 2, 3]::BIGINT[], ['a', 'b c']::VARCHAR[]), (NULL, []), ([4], [NULL, 'x'])) t(ids, names)",
    "SELECT [1, 100, -5]::BIGINT[] AS l, []::INTEGER[] AS e, [-7]::SMALLINT[] AS s, [18446744073709551615]::UBIGINT[] AS u",
    "SELECT range(n)::BIGINT[] AS l FROM (VALUES (0), (1), (40), (99), (100), (101), (999), (1000), (1001), (1100)) t(n)",
    "SELECT list_transform(range(n), x -> repeat('ư', x::INTEGER % 9) || x)::VARCHAR[] AS l "
    "FROM (VALUES (0), (1), (30), (101), (1001)) t(n)",
    "SELECT ['it''s', 'a\"b', 'ư', 'x\ny', 'tab\tx', '', NULL, 'a/b']::VARCHAR[] AS l",
    "SELECT NULL::BIGINT[] AS l UNION ALL SELECT [2]",
    "SELECT NULL::VARCHAR[] AS l",
    "SELECT NULL::VARCHAR AS e UNION ALL SELECT NULL",
]


@pytest.fixture(scope="module")
def con():
    with duckdb.connect() as connection:
        connection.execute("CREATE TABLE figures AS SELECT i AS figure_id, 'Hà Nội' AS region, "
                           "i * 1.1 AS value, CASE WHEN i % 2 = 0 THEN 'tỷ đồng' END AS unit, "
                           "DATE '2022-01-01' + i::INTEGER AS period_end, "
                           "TIMESTAMP '2022-01-01 08:00:00' + INTERVAL (i) SECOND AS loaded_at "
                           "FROM range(25) t(i)")
        yield connection


def _both(con, query: str, fmt: str) -> tuple[str, str]:
    relation = con.sql(query)
    assert sql_output.supported(relation.types), relation.types
    lean = sql_output.render(fmt, relation.columns, relation.types, relation.fetchall())
    return lean, _format_table(con.sql(query).df(), fmt)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("query", QUERIES)
def test_same_as_pandas(con, query, fmt):
    lean, through_pandas = _both(con, query, fmt)
    assert lean == through_pandas


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("query", ["SELECT * FROM figures", "SELECT unit, count(*) AS n, sum(value) AS total, "
                                   "max(period_end) AS last FROM figures GROUP BY ALL ORDER BY ALL",
                                   "DESCRIBE figures", "SHOW TABLES", "SELECT name, value, description, input_type FROM duckdb_settings() LIMIT 40"])
def test_same_as_pandas_on_a_table(con, query, fmt):
    lean, through_pandas = _both(con, query, fmt)
    assert lean == through_pandas


def test_doubles_and_decimals_at_random(con):
    rng = random.Random(19)
    doubles = ([rng.uniform(-1e6, 1e6) for _ in range(300)] + [rng.random() * 10 ** rng.randint(-20, 20)
                                                               for _ in range(300)]
               + [round(rng.uniform(0, 100), rng.randint(0, 4)) for _ in range(300)])
    con.execute("CREATE OR REPLACE TEMP TABLE d AS SELECT unnest(?::DOUBLE[]) AS x", [doubles])
    decimals = ", ".join(f"('{rng.randint(-10**12, 10**12) / 1000:.3f}'::DECIMAL(18,3), "
                         f"'{rng.randint(-10**15, 10**15) / 10**6:.6f}'::DECIMAL(38,6))" for _ in range(300))
    for fmt in FORMATS:
        for query in ("SELECT x FROM d", f"SELECT * FROM (VALUES {decimals}) t(a, b)"):
            lean, through_pandas = _both(con, query, fmt)
            assert lean == through_pandas, fmt


def test_lists_at_random(con):
    rng = random.Random(25)
    for _ in range(40):
        ints = [[rng.randint(-10 ** rng.randint(0, 12), 10 ** rng.randint(0, 12)) for _ in range(rng.choice([0, 1, 5, 30, 200, 1200]))]
                for _ in range(3)]
        texts = [[rng.choice(["", "a", "Hà Nội", "x'y", 'q"', "dài " * rng.randint(0, 30), None])
                  for _ in range(rng.choice([0, 2, 25, 150]))] for _ in range(3)]
        con.execute("CREATE OR REPLACE TEMP TABLE l AS SELECT unnest(?::BIGINT[][]) AS i, unnest(?::VARCHAR[][]) AS t",
                    [ints, texts])
        for fmt in FORMATS:
            lean, through_pandas = _both(con, "SELECT * FROM l", fmt)
            assert lean == through_pandas, fmt


def test_every_character_of_text(con):
    text = "".join(chr(c) for c in range(1, 0x800)) + "\u2028\u2029\ufeff\U0001f600"
    for fmt in FORMATS:
        rows = con.execute("SELECT ?::VARCHAR AS s", [text]).fetchall()
        frame = con.execute("SELECT ?::VARCHAR AS s", [text]).df()
        assert sql_output.render(fmt, ["s"], ["VARCHAR"], rows) == _format_table(frame, fmt)


@pytest.mark.parametrize("query", ["SELECT [1.5, 2] AS l", "SELECT [1.5, 2]::DOUBLE[] AS l", "SELECT [[1]] AS l", "SELECT [1, 2]::INTEGER[2] AS a", "SELECT {'a': 1} AS s", "SELECT 1::HUGEINT AS h",
                                   "SELECT 1.5::FLOAT AS f", "SELECT INTERVAL 1 DAY AS i", "SELECT TIME '10:00' AS t",
                                   "SELECT TIMESTAMPTZ '2024-01-01 10:00+00' AS t", "SELECT 'a'::BLOB AS b",
                                   "SELECT uuid() AS u"])
def test_other_types_go_through_pandas(con, query):
    assert not sql_output.supported(con.sql(query).types)


@pytest.mark.parametrize("query", ["SELECT DATE '0999-01-02' AS d", "SELECT 'infinity'::DATE AS d",
                                   "SELECT 12345678901234567.5::DECIMAL(38,1) AS d", "SELECT [1, NULL] AS l"])
def test_values_pandas_converts_its_own_way_go_through_pandas(con, query):
    relation = con.sql(query)
    assert sql_output.supported(relation.types)
    with pytest.raises(sql_output.NeedsPandas):
        sql_output.render("csv", relation.columns, relation.types, relation.fetchall())


def test_frame_names_as_duckdb():
    names = ["a", "a", "A", "a_1", "b", "B_1", "b"]
    assert sql_output.frame_names(names) == list(duckdb.sql(
        "SELECT 1 AS a, 2 AS a, 3 AS A, 4 AS a_1, 5 AS b, 6 AS B_1, 7 AS b").df().columns)


@pytest.mark.parametrize("kind", ["file", "lake"])
def test_solieu_sql_imports_no_pandas(tmp_path, kind):
    """An analyst's `solieu sql` starts Python, DuckDB and what opening the warehouse needs, no more
    (pandas, numpy and pyarrow cost most of its time under a run's load: docs/performance.md)."""
    from warehouse.connection import connect
    from warehouse.lake import parse_warehouse

    warehouse = (str(tmp_path / "w.duckdb") if kind == "file"
                 else f"ducklake:sqlite:{tmp_path / 'lake' / 'catalog.sqlite'}")
    with connect(parse_warehouse(warehouse)) as con:
        con.execute("CREATE TABLE figures AS SELECT 1 AS n, 'Huế' AS region, [1, 2] AS ids, DATE '2024-01-01' AS d")
    script = ("import sys\nfrom flows.cli import main\n"
              "for fmt in ('table', 'csv', 'json'):\n"
              f"    assert main(['sql', '--warehouse', {warehouse!r}, '--format', fmt, 'SELECT * FROM figures']) == 0\n"
              "print(sorted(m for m in ('pandas', 'numpy', 'pyarrow', 'prefect', 'urllib.request') if m in sys.modules))")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[]"
    assert "Huế" in done.stdout and '"ids":[1,2]' in done.stdout
