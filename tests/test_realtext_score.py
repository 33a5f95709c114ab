"""score.py counts evaluate.py's results per document: a miss, a false figure, an attribute error."""

import json

from parsing.realtext import build_records, score

TEXT = ("Doanh thu du lịch đạt 500 tỷ đồng, tăng 12% so với cùng kỳ. Tổng vốn đầu tư đạt 2.000 tỷ đồng. "
        "Khách du lịch đạt 30.000 lượt khách.")


def label(text, value, unit, kind="amount", yoy=None):
    return {"text": text, "value": value, "value_high": None, "unit": unit, "kind": kind, "qualifier": None,
            "pct_of_plan": None, "plan_basis": None, "yoy_change_pct": yoy, "change_abs": None,
            "components_of": None}


def test_a_miss_a_false_figure_and_a_wrong_yoy_are_counted(tmp_path):
    (tmp_path / "001.txt").write_text(TEXT, encoding="utf-8")
    gold = [{"id": "T-001", "file": "001.txt", "url": "https://example.org/a", "source_kind": "newspaper",
             "region": "Lào Cai", "figures": [
                 label("500 tỷ đồng", 500e9, "VND", yoy=15.0),  # the text says 12: a yoy error
                 label("12%", 12.0, "percent", kind="growth"),  # labelled as a figure of its own: a miss
                 label("30.000 lượt khách", 30000.0, "visit"),  # right
             ]}]  # "2.000 tỷ đồng" is left out of the gold: a false figure
    (tmp_path / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")

    rows, totals = score.score_folders([tmp_path])

    row = rows[0]
    assert (row["gold"], row["parser"], row["matched"], row["false"], row["missed"]) == (3, 3, 2, 1, 1)
    assert row["err_yoy"] == 1
    assert sum(row[f"err_{name}"] for name in score.ATTRIBUTE_COLUMNS) == 1
    assert row["errors"] == 2  # the false figure and the wrong yoy
    assert (row["url"], row["province"], row["source_kind"]) == ("https://example.org/a", "Lào Cai", "newspaper")
    assert totals.per_100("missed") == 100 / 3
    assert build_records.attribute_errors(row) == "yoy=1"
    assert "tỷ" not in score.to_tsv(rows)  # facts only: no words of the text


def test_a_later_set_gets_rows_from_its_facts_its_before_scores_and_the_current_parser(tmp_path):
    folder = tmp_path / "realtext" / "R9"
    folder.mkdir(parents=True)
    (folder / "R9-01.txt").write_text(TEXT, encoding="utf-8")
    (folder / "R9-01.meta.json").write_text(json.dumps({"url": "https://example.org/b"}), encoding="utf-8")
    gold = [{"id": "R9-01", "file": "R9-01.txt", "region": "Lào Cai", "figures": [
        label("500 tỷ đồng", 500e9, "VND", yoy=12.0), label("2.000 tỷ đồng", 2000e9, "VND"),
        label("30.000 lượt khách", 30000.0, "visit")]}]
    (folder / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    (folder / "facts.jsonl").write_text(json.dumps({
        "id": "R9-01", "source_kind": "portal", "published": "2024-07",
        "false_alarms_before": {"stated_twice:error": 1}, "false_alarms_after": {}}) + "\n", encoding="utf-8")
    before_rows, _ = score.score_folders([folder])
    before_rows[0] |= {"parser": 4, "false": 1, "errors": 1}  # as an older parser scored it: one false figure
    (folder / "before.tsv").write_text(score.to_tsv(before_rows), encoding="utf-8")

    assert build_records.later_sets(tmp_path) == [folder]
    assert build_records.later_sets(tmp_path, ["R8"]) == []
    rows, totals = build_records.later_set_rows(folder)

    row = rows[0]
    assert (row["reader_id"], row["url"], row["province"], row["source_kind"]) == (
        "R9-01", "https://example.org/b", "Lào Cai", "portal")
    assert row["false_alarms_before"] == "stated_twice:error=1"
    assert row["errors_before"] == "false_figure=1"
    assert (row["parser_figures_before"], row["false_before"], row["parser_after"], row["false_after"]) == (
        "4", "1", 3, 0)  # read back from a TSV: text
    section = build_records.later_set_section(folder, rows, totals)
    assert "Set R9: 1 excerpts" in section and "before: 1 in 1 reports (stated_twice 1); after: 0 in 1" in section


def test_a_province_and_period_set_replaces_its_own_rows_and_keeps_the_others(tmp_path, monkeypatch):
    from parsing.realtext import period_set

    folder = tmp_path / "P99"
    folder.mkdir()
    (folder / "p99-01.txt").write_text("Năm 2023, doanh thu du lịch của tỉnh đạt 500 tỷ đồng.", encoding="utf-8")
    (folder / "p99-01.meta.json").write_text(json.dumps({"url": "https://baolaocai.vn/a"}), encoding="utf-8")
    gold = [{"id": "p99-01", "file": "p99-01.txt", "region": "Lào Cai", "period_start": "2023-01-01",
             "period_end": "2023-12-31", "source_kind": "provincial newspaper", "province_in_text": False,
             "figures": []}]
    (folder / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    tsv = tmp_path / "regions_periods.tsv"
    build_records.write_tsv(tsv, period_set.COLUMNS, [{"id": "x-01", "set": "P1"}, {"id": "old", "set": "P99"}])
    monkeypatch.setattr(period_set, "TSV", tsv)
    repo = build_records.HERE.parent.parent

    period_set.build(folder, "P99", repo)
    period_set.build(folder, "P99", repo)  # again: the same rows, not twice

    rows = build_records.read_tsv(tsv)
    assert [(r["id"], r["set"]) for r in rows] == [("x-01", "P1"), ("p99-01", "P99")]
    assert (rows[1]["url"], rows[1]["province_in_text"], rows[1]["region_after"], rows[1]["period_after"],
            rows[1]["period_before"]) == ("https://baolaocai.vn/a", "no", "right", "right", "right")
