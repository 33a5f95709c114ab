"""What comes beside a report: sidecars, province folders, a source's stated region, down to the warehouse.

Every example text here is written for these tests.
"""

import json
from datetime import date

import duckdb
import pytest

from flows.prepare import prepare_batch
from sources.config import SourcesError, read_sources
from sources.inbox import list_inbox, read_raw

BODY = "6 tháng đầu năm, toàn tỉnh thu ngân sách đạt 2.400 tỷ đồng, tăng 12% so với cùng kỳ.\n"


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_sidecar_is_read_with_its_text_and_is_no_report(tmp_path):
    report = _write(tmp_path / "a.txt", BODY)
    _write(tmp_path / "a.meta.json", json.dumps({"url": "https://baolangson.vn/x.html", "title": "Thu ngân sách",
                                                 "published": "2024-07-08", "region": "lang-son"}))
    assert list_inbox(tmp_path) == [report]
    raw = read_raw(report, tmp_path, 10_000)
    assert (raw.facts.url, raw.facts.title, raw.facts.published, raw.facts.region, raw.warning) == (
        "https://baolangson.vn/x.html", "Thu ngân sách", date(2024, 7, 8), "lang-son", None)


def test_the_full_name_sidecar_comes_before_the_stem_one(tmp_path):
    report = _write(tmp_path / "a.txt", BODY)
    _write(tmp_path / "a.meta.json", json.dumps({"region": "Cao Bằng"}))
    _write(tmp_path / "a.txt.meta.json", json.dumps({"region": "Quảng Ninh"}))
    assert read_raw(report, tmp_path, 10_000).facts.region == "Quảng Ninh"


@pytest.mark.parametrize("sidecar, kept, warned", [
    ("{not json", None, "could not be read"),
    ("[1, 2]", None, "is not a JSON object"),
    (json.dumps({"region": "Gotham", "url": "https://baolangson.vn/x"}), "https://baolangson.vn/x", "region 'Gotham'"),
    (json.dumps({"published": "8/7/2024", "author": "x", "url": "https://baolangson.vn/x"}),
     "https://baolangson.vn/x", "unknown field 'author'"),
])
def test_a_bad_sidecar_is_a_warning_and_the_report_is_read(tmp_path, sidecar, kept, warned):
    report = _write(tmp_path / "a.txt", BODY)
    _write(tmp_path / "a.meta.json", sidecar)
    raw = read_raw(report, tmp_path, 10_000)
    assert raw.error is None and raw.content is not None
    assert (raw.facts.url if raw.facts else None) == kept
    assert warned in raw.warning


def test_a_province_folder_gives_its_files_a_region(tmp_path):
    for folder, region in [("lang-son", "Lạng Sơn"), ("Quảng Ninh/2024", "Quảng Ninh"), ("20/2024", "Lạng Sơn"),
                           ("2024/06", None), ("misc", None)]:
        report = _write(tmp_path / folder / "a.txt", BODY)
        raw = read_raw(report, tmp_path, 10_000)
        assert (raw.facts.folder_region if raw.facts else None) == region, folder


def test_a_sidecar_warning_is_recorded_with_the_parsed_document(tmp_path):
    report = _write(tmp_path / "a.txt", BODY)
    _write(tmp_path / "a.meta.json", json.dumps({"region": "Gotham", "url": "https://baolangson.vn/x.html"}))
    batch = prepare_batch([read_raw(report, tmp_path, 10_000)])
    document = batch.documents.iloc[0]
    assert (document["status"], document["region"], document["region_source"]) == ("parsed", "Lạng Sơn", "url")
    warning = batch.failures[batch.failures["check_name"] == "source_metadata"]
    assert list(warning["severity"]) == ["warning"] and "Gotham" in warning["message"].iloc[0]


def _sources(tmp_path, region_line):
    path = tmp_path / "sources.toml"
    path.write_text(f'[[source]]\nname = "ls"\nkind = "rss"\nurl = "https://baolangson.vn/rss.rss"\n{region_line}\n',
                    encoding="utf-8")
    return path


def test_a_source_region_is_checked(tmp_path):
    assert read_sources(_sources(tmp_path, 'region = "cao-bang"')).sources[0].region == "Cao Bằng"
    assert read_sources(_sources(tmp_path, "")).sources[0].region is None
    with pytest.raises(SourcesError, match="region 'Gotham' is not a province"):
        read_sources(_sources(tmp_path, 'region = "Gotham"'))


def test_a_run_loads_region_and_how_it_was_found(settings):
    from flows.pipeline import run_ingest

    inbox = settings.inbox
    for path in list(inbox.iterdir()):  # only this test's reports
        if path.is_file():
            path.unlink()
    _write(inbox / "lang-son" / "folder.txt", BODY)
    _write(inbox / "outlet.txt", BODY.replace("2.400", "2.410"))
    _write(inbox / "outlet.meta.json", json.dumps({"url": "https://baoquangninh.vn/kinh-te/bai.html",
                                                   "published": "2024-07-08"}))
    _write(inbox / "lang-son" / "stated.txt", BODY.replace("2.400", "2.420"))
    _write(inbox / "lang-son" / "stated.meta.json", json.dumps({"region": "Cao Bằng"}))
    _write(inbox / "text.txt", "Tỉnh Lào Cai: 9 tháng năm 2025 thu ngân sách 9.000 tỷ đồng.\n")
    _write(inbox / "nothing.txt", "Toàn tỉnh thu ngân sách 1.000 tỷ đồng, tăng 5%.\n")
    summary = run_ingest(settings)
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        rows = con.execute("""SELECT source_name, region, region_source, region_code, period_start, period_source
                              FROM documents ORDER BY source_name""").fetchall()
        run = con.execute("SELECT documents_without_region, documents_without_period FROM runs").fetchall()
    assert rows == [
        ("lang-son/folder.txt", "Lạng Sơn", "folder", "20", None, None),
        ("lang-son/stated.txt", "Cao Bằng", "sidecar", "04", None, None),
        ("nothing.txt", None, None, None, None, None),
        ("outlet.txt", "Quảng Ninh", "url", "22", date(2024, 1, 1), "published"),
        ("text.txt", "Lào Cai", "text", "15", date(2025, 1, 1), "text"),
    ]
    assert run == [(1, 3)]
    assert "1 new reports without a province, 3 without a period" in summary.text()

    # Re-parsing finds the region again from the stored name (folder) and keeps the one a person stated.
    from flows.reparse import run_reparse

    with duckdb.connect(str(settings.warehouse)) as con:
        con.execute("UPDATE documents SET region_code = NULL")
    assert run_reparse(settings, force=True).result.documents == 5
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        assert con.execute("""SELECT source_name, region, region_source, region_code, period_start, period_source
                              FROM documents ORDER BY source_name""").fetchall() == rows


def test_fetched_documents_carry_their_url_title_date_and_stated_region(monkeypatch):
    import contextlib
    from types import SimpleNamespace

    import sources.collect as collect
    from parsing import SourceFacts

    url = "https://baolangson.vn/kinh-te/thu-ngan-sach.html"
    items = [{"item_id": 1, "url": url, "final_url": url, "source": source, "content_type": "text/plain",
              "title": "Thu ngân sách", "published_on": date(2024, 7, 5), "raw": BODY.encode()}
             for source in ("stated", "unstated")]
    monkeypatch.setattr(collect, "connect", lambda *args, **kwargs: contextlib.nullcontext(None))
    monkeypatch.setattr(collect, "pending_items", lambda con: items[:1] if stated else items[1:])
    settings = SimpleNamespace(warehouse=None, lock_timeout_s=0)
    stated = True
    [raw] = collect.fetched_documents(settings, {"stated": "Cao Bằng"})
    assert raw.facts == SourceFacts(url=url, title="Thu ngân sách", published=date(2024, 7, 5), region="Cao Bằng",
                                    region_origin="source")
    document = prepare_batch([raw]).documents.iloc[0]
    assert (document["region"], document["region_source"], document["period_source"]) == (
        "Cao Bằng", "source", "published")
    stated = False
    [raw] = collect.fetched_documents(settings, {"stated": "Cao Bằng"})
    document = prepare_batch([raw]).documents.iloc[0]
    assert (document["region"], document["region_source"]) == ("Lạng Sơn", "url")


def test_a_bad_sidecar_is_a_warning_in_the_run_and_its_failure_report(settings):
    from pathlib import Path

    from flows.pipeline import run_ingest

    _write(settings.inbox / "bad.txt", BODY)
    _write(settings.inbox / "bad.meta.json", "{oops")
    summary = run_ingest(settings)
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        rows = con.execute("""SELECT d.status, v.severity, v.figure_ids FROM validation_failures v
                              JOIN documents d USING (document_id)
                              WHERE v.check_name = 'source_metadata'""").fetchall()
    assert rows == [("parsed", "warning", [])]
    report = "\n".join(Path(p).read_text(encoding="utf-8") for p in summary.report_paths if p.endswith(".md"))
    assert "bad.meta.json could not be read" in report
