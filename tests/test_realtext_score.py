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
