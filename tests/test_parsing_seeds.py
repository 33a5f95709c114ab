"""The two real seed reports: every figure exactly right, and none of their traps read as a figure."""

import json
from pathlib import Path

import pytest

from parsing import parse_document
from parsing.evaluate import evaluate_document

SAMPLES = Path(__file__).resolve().parent.parent / "sources" / "samples"
SEEDS = [e for e in json.loads((SAMPLES / "gold.json").read_text(encoding="utf-8"))
         if e["id"] in ("langson-2020-h1", "langson-2021-h1")]


@pytest.mark.parametrize("entry", SEEDS, ids=lambda e: e["id"])
def test_seed_figures_are_exactly_right_and_there_are_no_others(entry):
    result = evaluate_document(entry, (SAMPLES / entry["file"]).read_text(encoding="utf-8"))
    assert not result.misses, [m.text for m in result.misses]
    assert not result.false, [f.raw_text for f in result.false]
    for pair in result.pairs:
        got, want = pair.predicted, pair.gold.label
        assert (got.kind, got.unit, got.qualifier) == (want["kind"], want["unit"], want["qualifier"]), want["text"]
        assert got.value == pytest.approx(want["value"])
        assert got.pct_of_plan == (None if want["pct_of_plan"] is None else pytest.approx(want["pct_of_plan"]))
        assert got.yoy_change_pct == (None if want["yoy_change_pct"] is None
                                      else pytest.approx(want["yoy_change_pct"]))
        assert got.raw_text == want["text"]
        assert want.get("_predicted_component_of") == want["components_of"]


def test_seed_metadata():
    parsed = parse_document((SAMPLES / "langson-2021-h1.txt").read_text(encoding="utf-8"))
    meta = parsed.meta
    assert (meta.region, meta.period_label) == ("Lạng Sơn", "6 tháng đầu năm 2021")
    assert (str(meta.period_start), str(meta.period_end), str(meta.published_on)) == (
        "2021-01-01", "2021-06-30", "2021-07-01")


def test_components_point_at_their_total():
    parsed = parse_document((SAMPLES / "langson-2021-h1.txt").read_text(encoding="utf-8"))
    by_text = {f.raw_text: i for i, f in enumerate(parsed.figures)}
    total = by_text["2.010 triệu USD"]
    assert parsed.figures[by_text["690 triệu USD"]].component_of == total
    assert parsed.figures[by_text["1.320 triệu USD"]].component_of == total
    assert parsed.figures[by_text["61 triệu USD"]].component_of is None
