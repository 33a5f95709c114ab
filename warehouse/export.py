"""``solieu export``: the public tables and views as files an analyst opens elsewhere.

Parquet and CSV are written by DuckDB itself (one file per table); xlsx is one workbook with one
sheet per table, written by openpyxl in streaming mode, and a ``columns`` sheet. Every format
comes with ``columns.csv``: table, column, type, Vietnamese header and the column's comment.
"""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb

from schemas.errors import SolieuError
from warehouse.analyst import vietnamese_headers

# What an analyst wants by default: the curated values and code tables first, then the trail.
# document_texts (every text), fetched_raw (response bodies) and internal tables only on request.
DEFAULT_TABLES = ("indicator_values", "province_series", "provinces", "indicators", "periods",
                  "figures", "figure_codes", "documents", "document_codes", "validation_failures", "runs",
                  "fetched_items", "fetch_failures")
FORMATS = ("parquet", "csv", "xlsx")
EXCEL_MAX_ROWS = 1_048_575  # a sheet's rows, less the header
WORKBOOK = "solieu.xlsx"


class ExportError(SolieuError):
    """The export cannot be written as asked; the message says why."""


def existing_tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {name for name, in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' "
        "UNION ALL SELECT view_name FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal").fetchall()}


def export(con: duckdb.DuckDBPyConnection, out: Path, fmt: str, tables: list[str] | None = None,
           vietnamese: bool = False) -> list[Path]:
    """Write ``tables`` (default: ``DEFAULT_TABLES`` that exist) to ``out`` in ``fmt``; returns the files."""
    if fmt not in FORMATS:
        raise ExportError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    present = existing_tables(con)
    if tables:
        unknown = [t for t in tables if t not in present]
        if unknown:
            raise ExportError(f"no table or view {', '.join(unknown)} in the warehouse")
    else:
        tables = [t for t in DEFAULT_TABLES if t in present]
    out.mkdir(parents=True, exist_ok=True)
    written = []
    if fmt == "xlsx":
        written.append(_workbook(con, out / WORKBOOK, tables, vietnamese))
    else:
        for table in tables:
            path = out / f"{table}.{fmt}"
            options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
            con.execute(f"COPY (SELECT * FROM \"{table}\") TO '{_sql_path(path)}' ({options})")
            written.append(path)
    written.append(_describe(con, out / "columns.csv", tables))
    return written


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def column_rows(con: duckdb.DuckDBPyConnection, tables: list[str]) -> list[tuple[str, str, str, str, str]]:
    rows = []
    for table in tables:
        headers = vietnamese_headers(table)
        for column, data_type, comment in con.execute(
                "SELECT column_name, data_type, comment FROM duckdb_columns() "
                "WHERE schema_name = 'main' AND table_name = ? ORDER BY column_index", [table]).fetchall():
            rows.append((table, column, data_type, headers.get(column, ""), comment or ""))
    return rows


def _describe(con, path: Path, tables: list[str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["table", "column", "type", "header_vi", "comment"])
        writer.writerows(column_rows(con, tables))
    return path


def _cell(value):
    """openpyxl takes numbers, text, dates and booleans; lists (figure ids, spellings) become text,
    and control characters a sheet cannot hold (the unit separators inside failure fingerprints)
    become spaces."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, list | tuple):
        value = ", ".join(str(v) for v in value)
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub(" ", value)
    if isinstance(value, float) and value != value:  # NaN
        return None
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return str(value)
    return value


def _workbook(con, path: Path, tables: list[str], vietnamese: bool) -> Path:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for table in tables:
        sheet = book.create_sheet(title=table[:31])
        relation = con.execute(f'SELECT * FROM "{table}" LIMIT {EXCEL_MAX_ROWS}')
        columns = [d[0] for d in relation.description]
        headers = vietnamese_headers(table) if vietnamese else {}
        sheet.append([headers.get(c, c) for c in columns])
        while batch := relation.fetchmany(10_000):
            for row in batch:
                sheet.append([_cell(v) for v in row])
    description = book.create_sheet(title="columns")
    description.append(["table", "column", "type", "header_vi", "comment"])
    for row in column_rows(con, tables):
        description.append(list(row))
    book.save(path)
    return path
