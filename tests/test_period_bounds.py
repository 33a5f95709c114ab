import duckdb
import pytest

from parsing.model import DocumentMeta, Figure, ParsedDocument
from schemas.frames import documents_frame, failures_frame, figure_rows, figures_frame, parsed_document_row
from schemas.validate import apply_statuses
from warehouse.loader import load_batch
from warehouse.migrate import migrate
from warehouse.period_bounds import rebuild
from warehouse.runs_ledger import start_run

ROWS = "SELECT * FROM period_bounds ORDER BY ALL"


def _insert_document(con, document_id, region, year):
    con.execute("INSERT INTO documents (document_id, source_name, region, period_start, period_end, status, run_id, "
                "loaded_at) VALUES (?, ?, ?, ?, ?, 'parsed', 1, now())",
                [document_id, f"{document_id}.txt", region, f"{year}-01-01", f"{year}-06-30"])


def _insert_figure(con, figure_id, document_id, value, indicator="export_turnover", **extra):
    columns = {"figure_id": figure_id, "document_id": document_id, "ordinal": figure_id, "kind": "amount",
               "value": value, "unit": "USD", "raw_text": "x", "char_start": 0, "char_end": 1,
               "status": "valid", "run_id": 1, "indicator": indicator, "value_rounding": 0.5e6, **extra}
    con.execute(f"INSERT INTO figures ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                list(columns.values()))


def test_migration_007_summarises_the_figures_already_loaded():
    con = duckdb.connect()
    migrate(con, up_to=6)
    _insert_document(con, 1, "Lạng Sơn", 2021)
    _insert_document(con, 2, "Lạng Sơn", 2021)
    _insert_document(con, 3, None, 2021)  # no region: never compared
    _insert_figure(con, 1, 1, 690e6)
    _insert_figure(con, 2, 2, 700e6, yoy_change_pct=10.0, yoy_change_rounding=0.05)
    _insert_figure(con, 3, 2, 5e6, indicator=None)
    _insert_figure(con, 4, 3, 1e6)

    assert migrate(con, up_to=7) == ["007_period_bounds.py"]

    rows = con.execute(ROWS).fetchall()
    assert len(rows) == 1
    region, indicator, kind, unit, start, end, max_lo, min_hi, max_last_lo, min_last_hi = rows[0]
    assert (region, indicator, kind, unit, str(start), str(end)) == (
        "Lạng Sơn", "export_turnover", "amount", "USD", "2021-01-01", "2021-06-30")
    assert (max_lo, min_hi) == (699.5e6, 690.5e6)
    assert max_last_lo == pytest.approx(699.5e6 / 1.1005) and min_last_hi == pytest.approx(700.5e6 / 1.0995)
    assert migrate(con, up_to=7) == []


TEXT = "Kim ngạch xuất khẩu 690 triệu USD."


def _batch(sha, region, value):
    figure = Figure(kind="amount", value=value, unit="USD", raw_text="690 triệu USD", char_start=20, char_end=33,
                    sentence=TEXT, indicator="export_turnover", value_rounding=0.5e6)
    parsed = ParsedDocument(TEXT, DocumentMeta(region=region, period_label="6 tháng đầu năm 2021",
                                               period_start="2021-01-01", period_end="2021-06-30"), (figure,))
    documents = documents_frame([parsed_document_row(sha, f"{sha[:4]}.txt", len(TEXT), parsed)])
    return documents, figures_frame(figure_rows(sha, parsed)), failures_frame([])


def _no_cross_check(documents, figures, prior):
    return failures_frame([])


def test_loading_widens_the_bounds_and_deleting_figures_never_narrows_them():
    con = duckdb.connect()
    migrate(con)
    run_id = start_run(con, flow_run_id=None, inbox="x", parser_version="t")
    load_batch(con, run_id, "t", *_batch("a" * 64, "Lạng Sơn", 690e6), _no_cross_check, apply_statuses)
    load_batch(con, run_id, "t", *_batch("b" * 64, "Lạng Sơn", 700e6), _no_cross_check, apply_statuses)
    load_batch(con, run_id, "t", *_batch("c" * 64, "Cao Bằng", 90e6), _no_cross_check, apply_statuses)
    loaded = con.execute(ROWS).fetchall()
    assert [(row[0], row[6], row[7]) for row in loaded] == [("Cao Bằng", 89.5e6, 90.5e6),
                                                            ("Lạng Sơn", 699.5e6, 690.5e6)]
    rebuild(con)
    assert con.execute(ROWS).fetchall() == loaded  # what the loader kept is what the figures say

    con.execute("DELETE FROM figures WHERE value = 700e6")  # as reparsing does, before adding new ones
    load_batch(con, run_id, "t", *_batch("d" * 64, "Lạng Sơn", 695e6), _no_cross_check, apply_statuses)
    assert con.execute(ROWS).fetchall() == loaded  # 695 lies inside; the deleted 700 still counts


def test_a_batch_inside_the_bounds_rewrites_no_row(tmp_path):
    """On a lake an updated row is a deleted row plus a new one that every later batch reads past:
    only rows a batch changes are updated."""
    from warehouse.lake import open_lake, parse_warehouse

    lake = parse_warehouse(f"ducklake:sqlite:{tmp_path}/c.sqlite").with_data_path(str(tmp_path / "data"))
    with open_lake(lake) as con:
        migrate(con)
        run_id = start_run(con, flow_run_id=None, inbox="x", parser_version="t")
        table_id = str(con.execute("SELECT table_id FROM __ducklake_metadata_solieu.ducklake_table "
                                   "WHERE table_name = 'period_bounds' AND end_snapshot IS NULL").fetchone()[0])

        def changed_by(sha, value):
            load_batch(con, run_id, "t", *_batch(sha, "Lạng Sơn", value), _no_cross_check, apply_statuses)
            changes = con.execute("SELECT changes FROM solieu.snapshots() ORDER BY snapshot_id DESC LIMIT 1"
                                  ).fetchone()[0]
            return [kind for kind, tables in changes.items() if table_id in tables]

        assert changed_by("a" * 64, 690e6)  # a new key and period: a row inserted
        assert changed_by("b" * 64, 700e6)  # narrows both bounds: the row is rewritten
        assert changed_by("d" * 64, 695e6) == []  # inside: period_bounds untouched
        assert [row[6:8] for row in con.execute(ROWS).fetchall()] == [(699.5e6, 690.5e6)]
