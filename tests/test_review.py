"""`solieu review` and `solieu failures` on a real warehouse file (in-process: no Prefect needed)."""

import duckdb
import pytest
from validation_helpers import LANGSON_2021, edit, ingest

from flows.cli import main

SLIPPED = edit(LANGSON_2021, "xuất khẩu 690 triệu USD", "xuất khẩu 680 triệu USD")
# The export figure said again, correctly, two paragraphs later: the slipped one is now named twice.
RESTATED = edit(SLIPPED, "Hoạt động sản xuất công nghiệp tiếp tục ổn định.",
                "Kim ngạch xuất khẩu 6 tháng đạt 690 triệu USD. Hoạt động sản xuất công nghiệp tiếp tục ổn định.")


def cli(capsys, settings, *args):
    code = main([args[0], "--warehouse", str(settings.warehouse), *args[1:]])
    out, err = capsys.readouterr()
    return code, out, err


def _statuses(settings):
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        return dict(con.execute("SELECT raw_text, status FROM figures "
                                "WHERE status <> 'valid' OR raw_text IN ('2.010 triệu USD', '1.320 triệu USD', "
                                "'680 triệu USD', '690 triệu USD')").fetchall())


def _failure_ids(settings, check=None):
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        return [r[0] for r in con.execute(
            "SELECT failure_id FROM validation_failures WHERE ? IS NULL OR check_name = ? ORDER BY failure_id",
            [check, check]).fetchall()]


def test_accept_makes_figures_valid_unless_another_open_error_names_them(capsys, settings, tmp_path):
    ingest(settings, tmp_path, **{"langson-2021-h1.txt": RESTATED})
    (components,), (twice,) = _failure_ids(settings, "components_sum"), _failure_ids(settings, "stated_twice")
    code, out, _ = cli(capsys, settings, "review", str(components), "--accept", "--note", "rounded differently",
                       "--reviewer", "lan")
    assert code == 0
    assert f"failure {components} accepted by lan" in out
    # The sum is cleared; the export figure stays held back by the other open error (stated twice).
    assert _statuses(settings) == {"2.010 triệu USD": "valid", "680 triệu USD": "quarantined",
                                   "1.320 triệu USD": "valid", "690 triệu USD": "quarantined"}
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        row = con.execute("SELECT review_status, reviewer, review_note, reviewed_at IS NOT NULL "
                          "FROM validation_failures WHERE failure_id = ?", [components]).fetchone()
    assert row == ("accepted", "lan", "rounded differently", True)
    code, out, _ = cli(capsys, settings, "failures", "--format", "csv")
    assert [line.split(",")[0] for line in out.splitlines()[1:]] == [str(twice)]


def test_reject_keeps_them_quarantined_and_a_decision_is_taken_once(capsys, settings, tmp_path):
    ingest(settings, tmp_path, **{"langson-2021-h1.txt": SLIPPED})
    (failure,) = _failure_ids(settings)
    assert cli(capsys, settings, "review", str(failure), "--reject")[0] == 0
    assert set(_statuses(settings).values()) == {"quarantined"}
    code, _, err = cli(capsys, settings, "review", str(failure), "--accept")
    assert code == 2 and f"failure {failure} was already rejected by" in err
    code, _, err = cli(capsys, settings, "review", "999", "--accept")
    assert code == 2 and "no validation failure 999" in err


def test_review_needs_a_decision(capsys, settings):
    with pytest.raises(SystemExit):
        main(["review", "1", "--warehouse", str(settings.warehouse)])


@pytest.mark.parametrize("decision, status", [("--reject", "quarantined"), ("--accept", "valid")])
def test_a_later_run_meeting_the_same_slip_carries_the_decision_over(capsys, settings, tmp_path, decision, status):
    ingest(settings, tmp_path, **{"langson-2021-h1.txt": SLIPPED})
    (first,) = _failure_ids(settings)
    cli(capsys, settings, "review", str(first), decision, "--reviewer", "lan")
    # The same article fetched again with a changed footer: a new text, the same slip.
    again = ingest(settings, tmp_path, **{"langson-2021-h1.txt": SLIPPED + "\nCập nhật lúc 10:00"})
    assert again.result.documents_new == 1
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        second = con.execute("SELECT review_status, reviewer, review_note FROM validation_failures "
                             "WHERE run_id = 2").fetchall()
        new_statuses = {r[0] for r in con.execute("SELECT status FROM figures WHERE run_id = 2 AND raw_text IN "
                                                  "('2.010 triệu USD', '680 triệu USD', '1.320 triệu USD')").fetchall()}
    assert second == [(decision.strip("-") + "ed", "lan", f"as decided on failure {first}")]
    assert new_statuses == {status}
    code, out, _ = cli(capsys, settings, "failures", "--format", "csv")
    assert out.splitlines()[1:] == []  # nothing open


def test_a_confirmed_warning_quarantines_and_an_accepted_one_clears(capsys, settings, tmp_path):
    text = "Tỉnh Lạng Sơn 6 tháng đầu năm 2021: tổng mức bán lẻ hàng hóa ước 10.857 tỷ đồng, đạt 168,7% kế hoạch."
    ingest(settings, tmp_path, **{"a.txt": text, "b.txt": text.replace("10.857", "10.858")})
    first, second = _failure_ids(settings, "pct_of_plan_high")
    cli(capsys, settings, "review", str(first), "--reject")
    cli(capsys, settings, "review", str(second), "--accept")
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        statuses = dict(con.execute("SELECT raw_text, status FROM figures").fetchall())
    assert statuses == {"10.857 tỷ đồng": "quarantined", "10.858 tỷ đồng": "valid"}


def test_failures_command_formats(capsys, settings, tmp_path):
    ingest(settings, tmp_path, **{"langson-2021-h1.txt": SLIPPED})
    code, table, _ = cli(capsys, settings, "failures")
    assert code == 0 and "components_sum" in table and "fall short of total 2.010" in table
    code, md, _ = cli(capsys, settings, "failures", "--run", "latest", "--format", "md")
    assert md.startswith("# Open validation failures of run 1") and "**680 triệu USD**" in md
    code, html, _ = cli(capsys, settings, "failures", "--run", "1", "--format", "html")
    assert html.startswith("<!DOCTYPE html>") and "<mark>680 triệu USD</mark>" in html
    code, out, err = cli(capsys, settings, "failures", "--run", "x")
    assert code == 2 and "--run takes 'latest' or a run id" in err
