"""Feeds and URL lists fetched from a real HTTP server on 127.0.0.1, into a real DuckDB file.

The server (``tests/site/``) serves an RSS and an Atom feed, article pages with
menus and footers, a page slower than the timeout, a 404, a redirect, a PDF, a
page that is not an article, a page that fails once with 503, and a plain text
report. Every request is counted, so the tests can tell what was fetched twice.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import pytest

from flows.pipeline import run_ingest

SITE = Path(__file__).resolve().parent / "site"
SLOW_S = 1.5  # the slow page answers after this; the tests' timeout is 0.4 s
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


class _Site:
    def __init__(self):
        self.hits: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.base = ""

    def count(self, path: str) -> int:
        with self.lock:
            self.hits[path] += 1
            return self.hits[path]


def _handler(site: _Site):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # keep the test output clean
            pass

        def do_GET(self):
            path = self.path.split("?")[0]
            hit = site.count(path)
            if path in ("/rss.xml", "/atom.xml"):
                body = (SITE / path.lstrip("/")).read_text(encoding="utf-8").replace("{base}", site.base)
                return self._send(200, "application/rss+xml; charset=utf-8", body.encode())
            if path == "/cham.html":
                time.sleep(SLOW_S)
                return self._send(200, "text/html; charset=utf-8", b"<html><body>tre</body></html>")
            if path == "/chuyen-huong/hagiang":
                self.send_response(301)
                self.send_header("Location", "/kinh-te/hagiang-9-thang-2024.html")
                self.send_header("Content-Length", "0")
                return self.end_headers()
            if path == "/tai-lieu/bao-cao.pdf":
                return self._send(200, "application/pdf", PDF)
            if path == "/kinh-te/thanhhoa-quy-1-2024.html" and hit == 1:
                return self._send(503, "text/html", b"<html><body>Server busy</body></html>")
            if path == "/bao-cao-quy-1.txt":
                return self._send(200, "text/plain; charset=utf-8", (SITE / "bao-cao-quy-1.txt").read_bytes())
            file = SITE / path.lstrip("/")
            if path.endswith(".html") and file.is_file():
                return self._send(200, "text/html; charset=utf-8", file.read_bytes())
            return self._send(404, "text/html", b"<html><body>Not found</body></html>")

        def _send(self, status: int, content_type: str, body: bytes):
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
                pass

    return Handler


@pytest.fixture
def site():
    state = _Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


def _sources_file(tmp_path: Path, base: str, max_failed_runs: int = 2) -> Path:
    (tmp_path / "urls.txt").write_text(f"# reports named one by one\n{base}/bao-cao-quy-1.txt\n",
                                       encoding="utf-8")
    path = tmp_path / "sources.toml"
    path.write_text(f"""
[fetch]
timeout_s = 0.4
retries = 1
backoff_s = 0.05
host_delay_s = 0.0
max_failed_runs = {max_failed_runs}

[[source]]
name = "baolangson"
kind = "rss"
url = "{base}/rss.xml"

[[source]]
name = "baoquangninh"
kind = "atom"
url = "{base}/atom.xml"

[[source]]
name = "bao-cao"
kind = "urls"
file = "urls.txt"
""", encoding="utf-8")
    return path


@pytest.fixture
def feed_settings(settings, site, tmp_path):
    inbox = tmp_path / "empty-inbox"
    inbox.mkdir()
    return settings.with_overrides(inbox=inbox, sources_file=_sources_file(tmp_path, site.base))


def _rows(path, sql):
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql).fetchall()


ARTICLES = ["/kinh-te/langson-6-thang-2024.html", "/kinh-te/caobang-quy-1-2024.html",
            "/kinh-te/hagiang-9-thang-2024.html", "/kinh-te/quangninh-quy-3-2024.html",
            "/kinh-te/thanhhoa-quy-1-2024.html"]


def test_feeds_and_url_lists_land_as_documents_and_failures_are_recorded(feed_settings, site):
    summary = run_ingest(feed_settings)
    base = site.base
    documents = dict(_rows(feed_settings.warehouse,
                           "SELECT source_name, status FROM documents ORDER BY source_name"))
    assert documents == {base + path: "parsed" for path in [*ARTICLES, "/bao-cao-quy-1.txt"]}
    assert summary.result.documents_new == 6

    failures = dict(_rows(feed_settings.warehouse, "SELECT url, reason FROM fetch_failures"))
    assert failures[base + "/cham.html"] == "timed out after 0.4 s (2 attempts)"
    assert failures[base + "/kinh-te/da-go.html"] == "HTTP 404 Not Found"
    assert failures[base + "/tai-lieu/bao-cao.pdf"] == "not HTML: content type application/pdf"
    assert failures[base + "/trang-chu.html"].startswith("not an article: ")
    assert len(failures) == 4  # the 503 page succeeded on its retry

    items = {url: (final, status, outcome) for url, final, status, outcome in _rows(
        feed_settings.warehouse, "SELECT url, final_url, http_status, outcome FROM fetched_items")}
    assert items[base + "/chuyen-huong/hagiang"] == (base + "/kinh-te/hagiang-9-thang-2024.html", 200, "document")
    assert items[base + "/tai-lieu/bao-cao.pdf"][2] == "not_article"
    assert items[base + "/trang-chu.html"][2] == "not_article"
    assert base + "/cham.html" not in items and base + "/kinh-te/da-go.html" not in items
    # The raw bytes of every fetched item are kept, exactly.
    raw_pdf = _rows(feed_settings.warehouse, f"""SELECT r.raw FROM fetched_raw r JOIN fetched_items i USING (item_id)
                                               WHERE i.url = '{base}/tai-lieu/bao-cao.pdf'""")
    assert raw_pdf == [(PDF,)]
    # The article linked from both feeds, and the 404, were asked for once; the timeout twice (a retry).
    assert site.hits["/kinh-te/langson-6-thang-2024.html"] == 1
    assert site.hits["/kinh-te/da-go.html"] == 1
    assert site.hits["/cham.html"] == 2
    assert site.hits["/kinh-te/thanhhoa-quy-1-2024.html"] == 2


def test_articles_give_figures_dates_and_titles_without_menus(feed_settings, site):
    run_ingest(feed_settings)
    url = site.base + "/kinh-te/langson-6-thang-2024.html"
    title, published, region, period, text = _rows(feed_settings.warehouse, f"""
        SELECT d.title, d.published_on::VARCHAR, d.region, d.period_label, t.text
        FROM documents d JOIN document_texts t USING (document_id) WHERE d.source_name = '{url}'""")[0]
    assert title == "Lạng Sơn: Kinh tế 6 tháng đầu năm 2024 tăng trưởng khá"
    assert (published, region, period) == ("2024-07-05", "Lạng Sơn", "6 tháng đầu năm 2024")
    for chrome in ("Trang chủ", "Đường dây nóng", "0205.3812.345", "Tin mới nhất", "Giấy phép", "dataLayer",
                   "Tin liên quan", "Chia sẻ", "Ảnh:", "Bản quyền"):
        assert chrome not in text
    figures = dict(_rows(feed_settings.warehouse, f"""
        SELECT f.raw_text, f.value FROM figures f JOIN documents d USING (document_id)
        WHERE d.source_name = '{url}' AND f.kind = 'amount'"""))
    assert figures["3.420 tỷ đồng"] == 3_420_000_000_000
    assert figures["780 triệu USD"] == 780_000_000
    # Hà Giang's page has no date of its own: the feed's pubDate is used.
    hagiang = _rows(feed_settings.warehouse, """SELECT published_on::VARCHAR, period_label FROM documents
                                                WHERE source_name LIKE '%hagiang%'""")
    assert hagiang == [("2024-10-05", "9 tháng năm 2024")]


def test_second_run_fetches_nothing_fetched_before_and_retries_failures(feed_settings, site):
    run_ingest(feed_settings)
    before = Counter(site.hits)
    counts = _rows(feed_settings.warehouse, "SELECT (SELECT count(*) FROM documents), "
                   "(SELECT count(*) FROM figures), (SELECT count(*) FROM fetched_items)")
    second = run_ingest(feed_settings)
    new_hits = Counter(site.hits) - before
    # Feeds are read again; of the items only the two that failed are tried again.
    assert new_hits == Counter({"/rss.xml": 1, "/atom.xml": 1, "/cham.html": 2, "/kinh-te/da-go.html": 1})
    assert second.result.documents_new == 0
    assert _rows(feed_settings.warehouse, "SELECT (SELECT count(*) FROM documents), "
                 "(SELECT count(*) FROM figures), (SELECT count(*) FROM fetched_items)") == counts
    assert "2 failed" in second.fetch.text()
    # max_failed_runs = 2: after failing in two runs they are left alone.
    before = Counter(site.hits)
    third = run_ingest(feed_settings)
    assert Counter(site.hits) - before == Counter({"/rss.xml": 1, "/atom.xml": 1})
    assert "2 given up" in third.fetch.text()
    runs = _rows(feed_settings.warehouse, "SELECT run_id, count(*) FROM fetch_failures GROUP BY 1 ORDER BY 1")
    assert runs == [(1, 4), (2, 2)]


def test_items_fetched_but_not_loaded_are_loaded_by_the_next_run(feed_settings, site, monkeypatch):
    import flows.pipeline as pipeline

    def stop(*args):
        raise RuntimeError("the machine went down")

    monkeypatch.setattr(pipeline, "fetched_documents", stop)
    with pytest.raises(RuntimeError):
        run_ingest(feed_settings)
    assert _rows(feed_settings.warehouse, "SELECT count(*) FROM documents") == [(0,)]
    assert _rows(feed_settings.warehouse, "SELECT status FROM runs") == [("failed",)]
    monkeypatch.undo()
    before = Counter(site.hits)
    summary = run_ingest(feed_settings)
    assert summary.result.documents_new == 6
    assert not set(Counter(site.hits) - before) & set(ARTICLES)  # loaded from the kept bytes


def test_an_unreachable_feed_is_a_recorded_failure_and_the_run_goes_on(settings, site, tmp_path):
    sources = tmp_path / "down.toml"
    sources.write_text(f"""
[fetch]
timeout_s = 0.4
retries = 1
backoff_s = 0.05
host_delay_s = 0.0
[[source]]
name = "gone"
kind = "rss"
url = "{site.base}/khong-co-feed.xml"
[[source]]
name = "closed-port"
kind = "rss"
url = "http://127.0.0.1:9/rss.xml"
[[source]]
name = "not-a-feed"
kind = "atom"
url = "{site.base}/kinh-te/langson-6-thang-2024.html"
""", encoding="utf-8")
    summary = run_ingest(settings.with_overrides(sources_file=sources))
    reasons = dict(_rows(settings.warehouse, "SELECT source, reason FROM fetch_failures"))
    assert reasons["gone"] == "feed: HTTP 404 Not Found"
    assert reasons["closed-port"].startswith("feed: connection failed: ConnectError")
    assert reasons["closed-port"].endswith("(2 attempts)")
    assert reasons["not-a-feed"].startswith("feed: not an RSS or Atom feed")
    assert summary.result.documents_new >= 2  # the inbox (bundled samples) still loads


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_flow_fetches_one_task_per_source(feed_settings, site):
    import asyncio

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    from flows.ingest import ingest_reports

    result = ingest_reports(inbox=str(feed_settings.inbox), warehouse=str(feed_settings.warehouse),
                            sources=str(feed_settings.sources_file))
    assert result["documents_new"] == 6
    flow_run_id = _rows(feed_settings.warehouse, "SELECT flow_run_id FROM runs")[0][0]

    async def task_names():
        async with get_client() as client:
            runs = await client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))
            return sorted(r.name for r in runs)

    names = asyncio.run(task_names())
    assert [n for n in names if n.startswith("fetch-")] == ["fetch-bao-cao", "fetch-baolangson", "fetch-baoquangninh"]
