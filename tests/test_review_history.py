"""Reversible and bulk decisions, their history (review_events), and review rules from a file."""

from datetime import date

import duckdb
import pytest
from test_review import SLIPPED, cli
from validation_helpers import LANGSON_2021, edit, ingest

from warehouse.review_rules import ReviewRulesError, read_rules

# A second province with the same slip: two components_sum failures in two regions.
HANOI = edit(SLIPPED.replace("Lạng Sơn", "Hà Nội"), "nhập khẩu 1.320 triệu USD", "nhập khẩu 1.310 triệu USD")


def _rows(settings, sql, params=()):
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def _by_region(settings):
    return dict(_rows(settings, "SELECT d.region, v.review_status FROM validation_failures v "
                                "JOIN documents d USING (document_id) WHERE check_name = 'components_sum'"))


def test_bulk_decision_by_filter_then_reopen_one_all_recorded(capsys, settings, tmp_path):
    ingest(settings, tmp_path, **{"ls.txt": SLIPPED, "hn.txt": HANOI})
    assert _by_region(settings) == {"Lạng Sơn": "open", "Hà Nội": "open"}
    code, out, _ = cli(capsys, settings, "review", "--check", "components_sum", "--region", "lạng sơn",
                       "--accept", "--reviewer", "lan", "--note", "rounded")
    assert code == 0 and "1 failures accepted by lan" in out and '"region": "lạng sơn"' in out
    assert _by_region(settings) == {"Lạng Sơn": "accepted", "Hà Nội": "open"}
    code, out, _ = cli(capsys, settings, "review", "--check", "components_sum", "--expected", "--reviewer", "minh")
    assert code == 0 and "1 failures expected" in out  # only the one still open
    (langson,) = [i for (i,) in _rows(settings, "SELECT failure_id FROM validation_failures v JOIN documents d "
                                                "USING (document_id) WHERE d.region = 'Lạng Sơn'")]
    code, _, err = cli(capsys, settings, "review", str(langson), "--reject")
    assert code == 2 and "--reopen` first" in err
    code, out, _ = cli(capsys, settings, "review", str(langson), "--reopen", "--reviewer", "lan", "--note", "again")
    assert code == 0 and f"failure {langson} reopened by lan" in out
    assert _by_region(settings) == {"Lạng Sơn": "open", "Hà Nội": "expected"}
    # The reopened failure shows no stale reviewer (the history keeps it).
    assert _rows(settings, "SELECT reviewer, review_note FROM validation_failures WHERE failure_id = ?",
                 [langson]) == [(None, None)]
    assert cli(capsys, settings, "review", str(langson), "--reject")[0] == 0
    events = _rows(settings, "SELECT failure_id, from_status, to_status, reviewer, note, origin, bulk_id IS NOT NULL, "
                             "bulk_filter FROM review_events ORDER BY event_id")
    assert [e[1:3] for e in events] == [("open", "accepted"), ("open", "expected"), ("accepted", "open"),
                                        ("open", "rejected")]
    assert events[0][0] == langson and events[0][3:7] == ("lan", "rounded", "reviewer", True)
    assert '"check": "components_sum"' in events[0][7]
    assert events[2][3:7] == ("lan", "again", "reviewer", False) and events[2][7] is None
    assert {s for (s,) in _rows(settings, "SELECT f.status FROM figures f JOIN documents d USING (document_id) "
                                "WHERE f.raw_text = '680 triệu USD' AND d.region = 'Lạng Sơn'")} == {
        "quarantined"}


def test_expected_clears_figures_like_accept(capsys, settings, tmp_path):
    ingest(settings, tmp_path, **{"ls.txt": SLIPPED})
    cli(capsys, settings, "review", "--run", "1", "--expected")
    assert {s for (s,) in _rows(settings, "SELECT status FROM figures")} == {"valid"}


def test_bulk_needs_a_filter_and_not_an_id_as_well(capsys, settings, tmp_path):
    ingest(settings, tmp_path, **{"ls.txt": SLIPPED})
    code, _, err = cli(capsys, settings, "review", "--accept")
    assert code == 2 and "give a FAILURE_ID" in err
    code, _, err = cli(capsys, settings, "review", "1", "--check", "x", "--accept")
    assert code == 2 and "not both" in err
    code, out, _ = cli(capsys, settings, "review", "--check", "no_such_check", "--accept")
    assert code == 0 and "no failure matches" in out


def test_a_carried_over_decision_is_a_history_row(capsys, settings, tmp_path):
    ingest(settings, tmp_path, **{"ls.txt": SLIPPED})
    cli(capsys, settings, "review", "--run", "1", "--reject", "--reviewer", "lan")
    ingest(settings, tmp_path, **{"ls.txt": SLIPPED + "\nCập nhật"})
    assert _rows(settings, "SELECT e.origin, e.to_status, e.reviewer FROM review_events e "
                           "JOIN validation_failures v USING (failure_id) WHERE v.run_id = 2") == [
        ("earlier_decision", "rejected", "lan")]


RULES = """
[[rule]]
name = "langson-parts"
check = "components_sum"
region = "Lạng Sơn"
source = "*.txt"
decision = "expected"
reason = "Lạng Sơn rounds its parts separately"
expires = {expires}

[[rule]]
name = "gone"
check = "stated_twice"
region = "Cà Mau"
decision = "accept"
reason = "an old habit"
"""


@pytest.mark.parametrize("expires, status", [(date(2999, 1, 1), "expected"), (date(2020, 1, 1), "open")])
def test_a_rule_decides_the_next_run_unless_expired(capsys, settings, tmp_path, expires, status):
    rules = tmp_path / "review_rules.toml"
    rules.write_text(RULES.format(expires=expires.isoformat()), encoding="utf-8")
    ingest(settings, tmp_path, **{"ls.txt": LANGSON_2021})  # a run before the slip
    summary = ingest(settings.with_overrides(review_rules_file=rules), tmp_path, **{"ls.txt": SLIPPED})
    assert _rows(settings, "SELECT review_status, review_rule, reviewer FROM validation_failures") == [
        (status, "langson-parts" if status != "open" else None, "rule:langson-parts" if status != "open" else None)]
    text = summary.text()
    assert "rules matching nothing: gone" in text
    if status == "open":
        assert "expired rules: langson-parts" in text
        assert _rows(settings, "SELECT count(*) FROM review_events") == [(0,)]
    else:
        assert "decided by rules: 1 langson-parts" in text
        assert _rows(settings, "SELECT origin, rule_name, note FROM review_events") == [
            ("rule", "langson-parts", "Lạng Sơn rounds its parts separately")]
        assert {s for (s,) in _rows(settings, "SELECT status FROM figures WHERE run_id = 2")} == {"valid"}
        for name in ("run-00002-failures.html", "run-00002-failures.md"):
            assert "decided by rule langson-parts" in (settings.report_dir / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("text, message", [
    ('[[rule]]\ncheck = "x"\ndecision = "maybe"\nreason = "r"', "decision must be"),
    ('[[rule]]\ndecision = "accept"\nreason = "r"', "must name a check"),
    ('[[rule]]\ncheck = "x"\ndecision = "accept"', "needs a reason"),
    ('[[rule]]\ncheck = "x"\ndecision = "accept"\nreason = "r"\ncolour = "red"', "unknown keys colour"),
    ('[[rule]]\ncheck = "x"\ndecision = "accept"\nreason = "r"\nexpires = "soon"', "expires must be a date"),
])
def test_bad_rules_files_are_refused_with_a_reason(tmp_path, text, message):
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReviewRulesError, match=message):
        read_rules(path)
