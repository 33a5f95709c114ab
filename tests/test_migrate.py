import duckdb

from warehouse.migrate import available_migrations, migrate

PUBLIC_TABLES = {"documents", "document_texts", "figures", "validation_failures", "runs"}


def test_migrations_create_public_tables_and_are_recorded_once():
    con = duckdb.connect()
    applied = migrate(con)
    assert applied == [name for _, name, _ in available_migrations()]
    tables = {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert PUBLIC_TABLES <= tables
    assert migrate(con) == []
    recorded = con.execute("SELECT count(*) FROM schema_migrations").fetchone()[0]
    assert recorded == len(available_migrations())


def _columns(con, table):
    return con.execute("SELECT column_name, data_type, is_nullable FROM information_schema.columns "
                       "WHERE table_name = ? ORDER BY ordinal_position", [table]).fetchall()


def test_dropping_the_primary_key_indexes_keeps_every_row_and_column():
    con = duckdb.connect()
    migrate(con, up_to=4)  # a warehouse as the previous release left it
    con.execute("INSERT INTO documents (document_id, source_name, status, run_id, loaded_at) "
                "VALUES (1, 'a.txt', 'parsed', 1, now())")
    con.execute("INSERT INTO document_texts VALUES (1, 'Xuất khẩu 690 triệu USD.')")
    con.execute("INSERT INTO figures (figure_id, document_id, ordinal, kind, value, unit, raw_text, char_start, "
                "char_end, status, run_id, plan_amount) VALUES (7, 1, 0, 'amount', 690e6, 'USD', '690 triệu USD', "
                "10, 23, 'valid', 1, 1340e6)")
    con.execute("INSERT INTO validation_failures (failure_id, run_id, figure_ids, check_name, severity, message, "
                "created_at, fingerprint) VALUES (3, 1, [7], 'components_sum', 'error', 'm', now(), 'fp')")
    tables = ["documents", "document_texts", "figures", "validation_failures"]
    before = {t: (_columns(con, t), con.execute(f"SELECT * FROM {t}").fetchall()) for t in tables}

    assert migrate(con, up_to=5) == ["005_no_primary_key_indexes.sql"]  # later ones add columns of their own

    assert {t: (_columns(con, t), con.execute(f"SELECT * FROM {t}").fetchall()) for t in tables} == before
    keys = con.execute("SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'").fetchall()
    assert {t for (t,) in keys} & set(tables) == set()
    # The default an insert without review columns relies on survived the rebuild.
    con.execute("INSERT INTO validation_failures (failure_id, run_id, check_name, severity, message, created_at) "
                "VALUES (4, 1, 'c', 'error', 'm', now())")
    assert con.execute("SELECT review_status FROM validation_failures WHERE failure_id = 4").fetchone() == ("open",)


def test_a_gap_in_the_numbers_is_fine_and_a_late_lower_number_still_applies(monkeypatch):
    # 011 landed while 010 was still on another branch: whichever lands later must still apply.
    real = available_migrations()
    late = next(m for m in real if m[0] == 10)
    monkeypatch.setattr("warehouse.migrate.available_migrations", lambda: [m for m in real if m is not late])
    con = duckdb.connect()
    migrate(con)
    versions = {v for (v,) in con.execute("SELECT version FROM schema_migrations").fetchall()}
    assert 11 in versions and 10 not in versions
    monkeypatch.setattr("warehouse.migrate.available_migrations", lambda: real)
    assert migrate(con) == [late[1]]
    assert migrate(con) == []


def test_008_adds_how_region_and_period_were_found_and_is_safe_to_re_run():
    con = duckdb.connect()
    migrate(con, up_to=7)
    con.execute("INSERT INTO documents (document_id, source_name, status, run_id, loaded_at, region) "
                "VALUES (1, 'a.txt', 'parsed', 1, now(), 'Lạng Sơn')")
    assert migrate(con, up_to=8) == ["008_document_region_period_source.sql"]
    columns = {name for name, _, _ in _columns(con, "documents")}
    assert {"region_source", "period_source", "region_code"} <= columns
    assert {"documents_without_region", "documents_without_period"} <= {name for name, _, _ in _columns(con, "runs")}
    assert con.execute("SELECT region, region_source, region_code FROM documents").fetchall() == [
        ("Lạng Sơn", None, None)]
    con.execute("DELETE FROM schema_migrations WHERE version = 8")
    assert migrate(con, up_to=8) == ["008_document_region_period_source.sql"]  # again, nothing breaks
