"""Retries where they help (fetching), not where they cannot (bad input)."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from flows.retries import fetch_task_options, is_transient


def _http_error(status: int) -> urllib.error.HTTPError:
    return urllib.error.HTTPError("http://127.0.0.1/feed", status, "status", {}, None)


@pytest.mark.parametrize("error, transient", [
    (ConnectionResetError(), True),
    (TimeoutError(), True),
    (urllib.error.URLError("connection refused"), True),
    (httpx.ConnectTimeout("timed out"), True),
    (_http_error(503), True),
    (_http_error(429), True),
    (_http_error(404), False),
    (_http_error(400), False),
    (ValueError("not a feed"), False),
    (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), False),
    (None, False),
])
def test_only_passing_failures_are_transient(error, transient):
    assert is_transient(error) is transient


def test_httpx_status_errors_are_judged_by_status():
    request = httpx.Request("GET", "http://127.0.0.1/feed")
    for status, transient in ((502, True), (410, False)):
        response = httpx.Response(status, request=request)
        error = httpx.HTTPStatusError("status", request=request, response=response)
        assert is_transient(error) is transient


class _Feed:
    """A real HTTP server on 127.0.0.1 answering a scripted sequence of statuses."""

    def __init__(self, statuses: list[int]):
        self.statuses = list(statuses)
        self.requests = 0
        feed = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                feed.requests += 1
                status = feed.statuses.pop(0) if feed.statuses else 200
                body = b"<rss/>" if status == 200 else b"try later"
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/feed.rss"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def feed_factory():
    feeds = []
    yield lambda statuses: feeds.append(_Feed(statuses)) or feeds[-1]
    for feed in feeds:
        feed.close()


def _fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read()


def _run_fetch_task(url: str):
    from prefect import flow, task

    fetch = task(_fetch, name="fetch-test", **fetch_task_options(retries=3, base_delay_s=0))

    @flow
    def fetch_flow(url: str):
        return fetch(url, return_state=True)

    return fetch_flow(url, return_state=True)


@pytest.mark.usefixtures("prefect_harness")
def test_fetch_task_retries_a_server_that_is_busy_then_answers(feed_factory):
    feed = feed_factory([503, 503])
    state = _run_fetch_task(feed.url)
    assert state.is_completed() and state.result().result() == b"<rss/>"  # flow state -> task state
    assert feed.requests == 3


@pytest.mark.usefixtures("prefect_harness")
def test_fetch_task_does_not_retry_a_missing_page(feed_factory):
    feed = feed_factory([404])
    state = _run_fetch_task(feed.url)
    assert state.is_failed()
    assert feed.requests == 1


def test_production_delays_grow():
    options = fetch_task_options()
    assert options["retries"] == 3
    assert options["retry_delay_seconds"](3) == [10.0, 20.0, 40.0]
