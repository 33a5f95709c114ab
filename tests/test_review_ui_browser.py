"""The review page in a real browser: Playwright driving Debian's Chromium (never a downloaded one)."""

import os
import shutil
import subprocess
import sys

import duckdb
import pytest
from test_review import SLIPPED
from test_review_history import HANOI
from validation_helpers import HOSTILE, ingest

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture
def served(settings, tmp_path):
    """`solieu review-ui --port 0` over a warehouse of three documents; yields (settings, address)."""
    ingest(settings, tmp_path, **{"ls.txt": SLIPPED, "hn.txt": HANOI, "hostile.txt": HOSTILE})
    env = {**os.environ, "PYTHONPATH": REPO + os.pathsep + os.environ.get("PYTHONPATH", ""), "SOLIEU_LANG": "en"}
    server = subprocess.Popen([sys.executable, "-m", "flows.cli", "review-ui", "--port", "0", "--warehouse",
                               str(settings.warehouse)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env=env)
    try:
        for line in server.stdout:
            if "?token=" in line:
                yield settings, line.split()[-1]
                break
        else:
            pytest.fail("review-ui printed no address: " + server.stderr.read()[-2000:])
    finally:
        server.terminate()
        server.wait(timeout=30)


def _statuses(settings):
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        return dict(con.execute("SELECT d.source_name, v.review_status FROM validation_failures v "
                                "JOIN documents d USING (document_id)").fetchall())


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's `chromium` is not installed (apt-get install chromium)")
def test_review_in_the_browser(served):
    from playwright.sync_api import sync_playwright

    settings, address = served
    base = address.split("/?")[0]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        try:
            stranger = browser.new_context()
            refused = stranger.new_page().goto(base + "/")
            assert refused.status == 403
            stranger.close()

            context = browser.new_context()
            page = context.new_page()
            dialogs = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            assert page.goto(address).status == 200
            # The injected script is shown as text and never ran.
            assert page.title() == "Review validation failures" and not dialogs
            assert "<script>document.title='pwned'</script>" in page.inner_text("body")
            assert page.locator("script").count() == 0
            shot = settings.report_dir / "review-page.png"
            page.screenshot(path=str(shot), full_page=True)
            if os.environ.get("SOLIEU_SCREENSHOT_DIR"):  # to look at the page
                shutil.copy(shot, os.environ["SOLIEU_SCREENSHOT_DIR"])

            page.select_option("select[name=region]", "Lạng Sơn")
            page.click("#apply-filter")
            assert page.inner_text("#matching") == "2"
            page.select_option("#decision", "accept")
            page.fill("#note", "rounded parts")
            page.fill("#reviewer", "lan")
            page.click("#apply-filter-all")
            assert page.get_attribute("#message", "data-done") == "accept:2"
            assert _statuses(settings) == {"ls.txt": "accepted", "hostile.txt": "accepted", "hn.txt": "open"}

            page.select_option("select[name=status]", "accepted")
            page.click("#apply-filter")
            (ls,) = [i for (i,) in duckdb.connect(str(settings.warehouse), read_only=True).execute(
                "SELECT failure_id FROM validation_failures JOIN documents USING (document_id) "
                "WHERE source_name = 'ls.txt'").fetchall()]
            page.check(f"#tick-{ls}")
            page.select_option("#decision", "reopen")
            page.click("#apply-selected")
            assert page.get_attribute("#message", "data-done") == "reopen:1"
            assert _statuses(settings) == {"ls.txt": "open", "hostile.txt": "accepted", "hn.txt": "open"}

            page.goto(base + "/events")
            rows = page.locator("tr.event").all_inner_texts()
            assert len(rows) == 3 and any("accepted → open" in r for r in rows)

            # Cross-site: the cookie alone, without the form's anti-forgery token, decides nothing.
            forged = context.request.post(base + "/decide", form={"decision": "reject", "scope": "filter"})
            assert forged.status == 403
            assert _statuses(settings) == {"ls.txt": "open", "hostile.txt": "accepted", "hn.txt": "open"}
        finally:
            browser.close()
