"""The ledger of inbox files (``inbox_files``): a run opens only what changed since its text was loaded.

Real runs of the job (no Prefect) into a real DuckDB file; reads are counted by wrapping
``read_raw`` where the pipeline calls it.
"""

import os
from pathlib import Path

import duckdb
import pytest

from flows import pipeline
from flows.pipeline import run_ingest
from flows.settings import load_settings
from schemas.errors import SettingError
from sources.inbox import list_inbox
from sources.inbox_ledger import InboxLedger
from warehouse.inbox_files import record_files, trusted_files
from warehouse.migrate import migrate

OLD_NS = 1_700_000_000 * 10**9  # Nov 2023: long settled


def _query(path, sql, params=()):
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


@pytest.fixture
def ledger_settings(settings):
    for path in list_inbox(settings.inbox):
        os.utime(path, ns=(OLD_NS, OLD_NS))
    return settings


@pytest.fixture
def reads(monkeypatch):
    """The names of the files the pipeline opened, in order."""
    opened = []
    real = pipeline.read_raw

    def counting(path, inbox, max_bytes):
        opened.append(Path(path).name)
        return real(path, inbox, max_bytes)

    monkeypatch.setattr(pipeline, "read_raw", counting)
    return opened


def _same_size_other_text(path: Path) -> None:
    """Change one digit: a corrected report, same size; keep the old modification time."""
    data = path.read_bytes()
    at = next(i for i, byte in enumerate(data) if chr(byte).isdigit())
    digit = b"1" if data[at:at + 1] != b"1" else b"2"
    path.write_bytes(data[:at] + digit + data[at + 1:])


def test_first_run_records_every_file_read_and_the_second_opens_none(ledger_settings, reads):
    first = run_ingest(ledger_settings)
    names = sorted(p.name for p in list_inbox(ledger_settings.inbox))
    assert sorted(reads) == names
    recorded = _query(ledger_settings.warehouse, """
        SELECT l.source_name, l.byte_size, l.mtime_ns, l.content_sha256 = d.content_sha256
        FROM inbox_files l JOIN documents d USING (source_name) ORDER BY 1""")
    assert recorded == [(name, (ledger_settings.inbox / name).stat().st_size, OLD_NS, True) for name in names]

    reads.clear()
    second = run_ingest(ledger_settings)
    assert reads == []
    assert (second.documents_seen, second.documents_already_loaded) == (first.documents_seen, len(names))
    assert second.result.documents_new == second.result.documents_rejected == 0
    runs = _query(ledger_settings.warehouse, "SELECT documents_seen, documents_new, documents_skipped, "
                  "documents_rejected FROM runs WHERE run_id = ?", [second.run_id])
    assert runs == [(len(names), 0, len(names), 0)]


def test_an_unchanged_time_and_size_is_trusted_unless_the_switch_is_off(ledger_settings, reads):
    run_ingest(ledger_settings)
    report = ledger_settings.inbox / "langson-2021-h1.txt"
    _same_size_other_text(report)
    os.utime(report, ns=(OLD_NS, OLD_NS))  # as `cp -p` or `rsync -t` could leave it

    reads.clear()
    trusted = run_ingest(ledger_settings)
    assert reads == [] and trusted.result.documents_new == 0

    rehash = run_ingest(ledger_settings.with_overrides(trust_file_times=False))
    assert len(reads) == len(list_inbox(ledger_settings.inbox))
    assert rehash.result.documents_new == 1
    assert _query(ledger_settings.warehouse, "SELECT count(*) FROM documents "
                  "WHERE source_name = 'langson-2021-h1.txt'") == [(2,)]
    # The ledger now names the new text: a plain run trusts the file again.
    reads.clear()
    run_ingest(ledger_settings)
    assert reads == []


def test_touched_and_rewritten_files_are_read_again(ledger_settings, reads):
    run_ingest(ledger_settings)
    touched, rewritten = ledger_settings.inbox / "cantho-2023-q3.txt", ledger_settings.inbox / "nghean-2022-fy.txt"
    os.utime(touched, ns=(OLD_NS + 1, OLD_NS + 1))  # one nanosecond later, same bytes
    _same_size_other_text(rewritten)
    os.utime(rewritten, ns=(OLD_NS + 10**9, OLD_NS + 10**9))

    reads.clear()
    second = run_ingest(ledger_settings)
    assert sorted(reads) == [touched.name, rewritten.name]
    assert second.result.documents_new == 1  # the touched file's text is loaded already
    assert second.documents_already_loaded == len(list_inbox(ledger_settings.inbox)) - 1
    assert _query(ledger_settings.warehouse, "SELECT source_name, mtime_ns FROM inbox_files "
                  "WHERE source_name IN (?, ?) ORDER BY 1", [touched.name, rewritten.name]) == [
        (touched.name, OLD_NS + 1), (rewritten.name, OLD_NS + 10**9)]
    assert _query(ledger_settings.warehouse, "SELECT count(*) FROM inbox_files") == [
        (len(list_inbox(ledger_settings.inbox)),)]  # one row per name


def test_a_new_file_beside_loaded_ones_is_the_only_one_read_and_is_loaded(ledger_settings, reads):
    run_ingest(ledger_settings)
    new = ledger_settings.inbox / "extra" / "langson-2021-h1-copy.txt"
    new.parent.mkdir()
    new.write_bytes((ledger_settings.inbox / "langson-2021-h1.txt").read_bytes() + b"\n\n")
    os.utime(new, ns=(OLD_NS, OLD_NS))

    reads.clear()
    second = run_ingest(ledger_settings)
    assert reads == [new.name]
    assert second.result.documents_new == 1
    assert _query(ledger_settings.warehouse, "SELECT count(*) FROM inbox_files "
                  "WHERE source_name = 'extra/langson-2021-h1-copy.txt'") == [(1,)]


def test_links_recent_files_and_texts_no_longer_loaded_are_read_every_time(ledger_settings, reads):
    inbox = ledger_settings.inbox
    os.symlink(inbox / "daklak-2022-9m.txt", inbox / "linked.txt")
    fresh = inbox / "fresh.txt"
    fresh.write_bytes((inbox / "cantho-2023-q3.txt").read_bytes() + b" ")  # modified just now
    run_ingest(ledger_settings)
    recorded = {row[0] for row in _query(ledger_settings.warehouse, "SELECT source_name FROM inbox_files")}
    assert "linked.txt" not in recorded and "fresh.txt" not in recorded
    with duckdb.connect(str(ledger_settings.warehouse)) as con:  # an analyst removes a text to load it again
        con.execute("DELETE FROM documents WHERE source_name = 'quangninh-2021-h1.txt'")

    reads.clear()
    second = run_ingest(ledger_settings)
    assert sorted(reads) == ["fresh.txt", "linked.txt", "quangninh-2021-h1.txt"]
    assert second.result.documents_new == 1


def test_recording_keeps_one_row_per_name_and_trusts_only_loaded_texts(tmp_path):
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        migrate(con)
        record_files(con, [("a.txt", 3, 10, "aaa"), ("b.txt", 4, 20, "bbb")])
        record_files(con, [("a.txt", 5, 30, "ccc")])
        assert con.execute("SELECT source_name, byte_size, mtime_ns, content_sha256 FROM inbox_files "
                           "ORDER BY 1").fetchall() == [("a.txt", 5, 30, "ccc"), ("b.txt", 4, 20, "bbb")]
        con.execute("INSERT INTO documents (document_id, source_name, content_sha256, status, run_id, loaded_at) "
                    "VALUES (1, 'a.txt', 'ccc', 'parsed', 1, now())")
        assert trusted_files(con) == {"a.txt": (5, 30)}


def test_only_a_regular_file_matching_its_row_is_trusted(tmp_path):
    inbox = tmp_path.resolve()
    (inbox / "a.txt").write_bytes(b"abc")
    os.symlink(inbox / "a.txt", inbox / "link.txt")
    own = {name: (os.lstat(inbox / name).st_size, os.lstat(inbox / name).st_mtime_ns)
           for name in ("a.txt", "link.txt")}
    ledger = InboxLedger({**own, "missing.txt": (1, 1)}, inbox, 100)
    assert ledger.already_loaded(inbox / "a.txt") is True
    assert ledger.already_loaded(inbox / "link.txt") is False  # even when its own stat matches
    assert ledger.already_loaded(inbox / "missing.txt") is False
    assert InboxLedger(own, inbox, 2).already_loaded(inbox / "a.txt") is False  # above a lowered limit
    assert InboxLedger({}, inbox, 100).already_loaded(inbox / "a.txt") is False


def test_migration_006_adds_the_ledger_to_an_older_warehouse_and_re_runs_as_a_no_op(tmp_path):
    path = tmp_path / "w.duckdb"
    with duckdb.connect(str(path)) as con:
        migrate(con, up_to=5)
        assert migrate(con)[0] == "006_inbox_files.sql"  # later ones follow
    with duckdb.connect(str(path)) as con:
        assert migrate(con) == []
        columns = con.execute("SELECT column_name, data_type FROM information_schema.columns "
                              "WHERE table_name = 'inbox_files' ORDER BY ordinal_position").fetchall()
        assert columns == [("source_name", "VARCHAR"), ("byte_size", "BIGINT"), ("mtime_ns", "BIGINT"),
                           ("content_sha256", "VARCHAR"), ("recorded_at", "TIMESTAMP")]
        indexes = con.execute("SELECT count(*) FROM duckdb_constraints() WHERE table_name = 'inbox_files' "
                              "AND constraint_type IN ('PRIMARY KEY', 'UNIQUE')").fetchone()[0]
        assert indexes == 0


@pytest.mark.parametrize("value, expected", [("0", False), ("false", False), ("1", True), ("", True)])
def test_the_switch_reads_from_the_environment(value, expected):
    assert load_settings({"SOLIEU_TRUST_FILE_TIMES": value}).trust_file_times is expected


def test_a_bad_switch_value_is_named():
    with pytest.raises(SettingError, match="SOLIEU_TRUST_FILE_TIMES must be 1 or 0, not 'maybe'"):
        load_settings({"SOLIEU_TRUST_FILE_TIMES": "maybe"})


def test_rehash_on_the_command_line_turns_the_ledger_off():
    from flows.cli import build_parser

    assert build_parser().parse_args(["run", "--rehash"]).rehash is True
    assert build_parser().parse_args(["run"]).rehash is False
