"""The review page's rules, through Starlette's test client (no server, no browser)."""

import re
import warnings

import duckdb
import pytest

with warnings.catch_warnings():  # Starlette 1.x suggests httpx2 for its test client; httpx still works
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient
from test_review import SLIPPED
from test_review_history import HANOI
from validation_helpers import HOSTILE, ingest

from warehouse.review_ui import ReviewApp


@pytest.fixture
def page(settings, tmp_path):
    ingest(settings, tmp_path, **{"ls.txt": SLIPPED, "hn.txt": HANOI, "hostile.txt": HOSTILE})
    app = ReviewApp(settings.warehouse, lang="en")
    return app, TestClient(app.asgi(), base_url="http://127.0.0.1")


def _statuses(settings):
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        return dict(con.execute("SELECT d.source_name, v.review_status FROM validation_failures v "
                                "JOIN documents d USING (document_id)").fetchall())


def test_no_token_no_page(page):
    app, client = page
    assert client.get("/").status_code == 403
    assert client.get("/?token=wrong").status_code == 403
    assert client.get("/events").status_code == 403
    assert client.post("/decide", data={"form_token": app.form_token, "decision": "accept"}).status_code == 403


def test_token_sets_a_cookie_and_the_page_escapes_document_text(page):
    app, client = page
    shown = client.get(f"/?token={app.token}")
    assert shown.status_code == 200
    assert "script-src" not in shown.headers["content-security-policy"]  # default-src 'none': no script
    assert "<script" not in shown.text.lower()
    assert "&lt;script&gt;document.title=" in shown.text  # shown, as text
    assert "<mark>690 triệu USD</mark>" in shown.text
    assert client.get("/").status_code == 200  # the cookie carries the token from now on


def test_filter_then_decide_in_bulk_and_reopen_one(page, settings):
    app, client = page
    client.get(f"/?token={app.token}")
    listed = client.get("/", params={"region": "Lạng Sơn"})
    assert re.search(r'id="matching">(\d+)<', listed.text).group(1) == "2"  # ls.txt and hostile.txt
    response = client.post("/decide", data={"form_token": app.form_token, "decision": "accept", "scope": "filter",
                                            "region": "Lạng Sơn", "status": "open", "note": "rounded",
                                            "reviewer": "lan"}, follow_redirects=False)
    assert response.status_code == 303 and "done=accept%3A2" in response.headers["location"]
    assert _statuses(settings) == {"ls.txt": "accepted", "hostile.txt": "accepted", "hn.txt": "open"}
    (ls,) = [i for i, in duckdb.connect(str(settings.warehouse), read_only=True).execute(
        "SELECT failure_id FROM validation_failures JOIN documents USING (document_id) "
        "WHERE source_name = 'ls.txt'").fetchall()]
    client.post("/decide", data={"form_token": app.form_token, "decision": "reopen", "scope": "selected",
                                 "failure_id": str(ls), "status": "accepted", "reviewer": "lan"})
    assert _statuses(settings) == {"ls.txt": "open", "hostile.txt": "accepted", "hn.txt": "open"}
    events = client.get("/events").text
    assert events.count('class="event"') == 3 and "accepted → open" in events


def test_a_form_without_its_anti_forgery_token_is_refused(page, settings):
    app, client = page
    client.get(f"/?token={app.token}")
    for data in ({"decision": "accept", "scope": "filter"},
                 {"decision": "accept", "scope": "filter", "form_token": "forged"}):
        assert client.post("/decide", data=data).status_code == 403
    assert set(_statuses(settings).values()) == {"open"}
