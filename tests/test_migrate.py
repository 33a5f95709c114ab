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
