"""Operators get told: counts, thresholds, sources with nothing new (plain functions, no Prefect)."""

from datetime import datetime, timedelta

import duckdb
from test_review import SLIPPED
from validation_helpers import ingest

from flows.operations import breaches, event_payload, stale_sources


def test_thresholds():
    assert breaches(new_errors=3, figures_loaded=10, figures_quarantined=1, max_new_errors=None,
                    max_quarantined_share=None) == []
    assert breaches(new_errors=3, figures_loaded=10, figures_quarantined=1, max_new_errors=3,
                    max_quarantined_share=0.1) == []
    over = breaches(new_errors=4, figures_loaded=10, figures_quarantined=2, max_new_errors=3,
                    max_quarantined_share=0.1)
    assert over == ["4 new open errors, more than SOLIEU_MAX_NEW_ERRORS=3",
                    "20.0% of the figures loaded quarantined, more than SOLIEU_MAX_QUARANTINED_SHARE=0.1"]


def test_a_run_over_its_threshold_says_so_and_its_payload_carries_the_counts(settings, tmp_path):
    summary = ingest(settings.with_overrides(max_new_errors=0), tmp_path, **{"ls.txt": SLIPPED})
    assert summary.new_errors == 1 and summary.breaches == [
        "1 new open errors, more than SOLIEU_MAX_NEW_ERRORS=0"]
    assert "OVER THRESHOLD: 1 new open errors" in summary.text()
    payload = event_payload(summary)
    assert payload["new_errors"] == 1 and payload["figures_quarantined"] == 3 and payload["run_id"] == 1
    assert payload["threshold_breaches"] == summary.breaches and payload["stale_sources"] == []


def test_sources_with_nothing_new_for_n_days(settings, tmp_path):
    ingest(settings, tmp_path, **{"ls.txt": SLIPPED})  # the inbox's last new document: now
    now = datetime.now()
    with duckdb.connect(str(settings.warehouse)) as con:
        # A feed article fetched 9 days from now; the source "quiet" never brought one.
        con.execute("INSERT INTO fetched_items (item_id, url, final_url, source, fetched_at, http_status, "
                    "byte_size, content_sha256, outcome) VALUES (1, 'https://a.vn/1', 'https://a.vn/1', 'baolangson', "
                    "?, 200, 10, 'x', 'document')", [now + timedelta(days=9)])

        def stale(days, at):
            return stale_sources(con, days=days, inbox=settings.inbox, source_names=["baolangson", "quiet"], now=at)

        assert stale(7, now) == []  # the warehouse is younger than 7 days: nothing can be stale yet
        assert stale(7, now + timedelta(days=10)) == [f"inbox {settings.inbox}", "quiet"]
        assert stale(7, now + timedelta(days=17)) == [f"inbox {settings.inbox}", "baolangson", "quiet"]
        assert stale(12, now + timedelta(days=10)) == []


def test_the_automation_example_builds():
    import uuid

    from flows.automation_example import build_automation

    automation = build_automation(uuid.uuid4())
    assert automation.trigger.expect == {"solieu.run.completed"}
    assert automation.trigger.match.model_dump() == {"prefect.resource.id": "solieu.warehouse.*",
                                                     "solieu.over-threshold": "yes"}
