"""One example table per phenomenon (tests/parsing_examples.json): value, unit, kind, relations and exact span.

Every figure the parser returns for an example must be listed, in order, and
every attribute not listed must be empty: a figure too many or a relation
attached to the wrong amount fails as surely as a miss. Negatives list no figure.
"""

import json
import unicodedata
from pathlib import Path

import pytest

from parsing import parse_document

EXAMPLES = json.loads((Path(__file__).parent / "parsing_examples.json").read_text(encoding="utf-8"))
# Attributes that must be empty unless the example gives them.
OPTIONAL = ("value_high", "qualifier", "pct_of_plan", "plan_basis", "pct_of_plan_alt", "plan_basis_alt",
            "yoy_change_pct", "change_abs", "plan_amount")


def _text(example: dict) -> str:
    if example.get("form") == "nfd":
        return unicodedata.normalize("NFD", example["text"])
    return example["text"]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: f"{e['phenomenon']}:{e['text'][:40]}")
def test_example(example):
    parsed = parse_document(_text(example))
    got = parsed.figures
    assert [f.raw_text for f in got] == [w["span"] for w in example["figures"]]
    for figure, want in zip(got, example["figures"]):
        assert parsed.text[figure.char_start:figure.char_end] == figure.raw_text
        assert figure.value == pytest.approx(want["value"], rel=1e-9), want["span"]
        assert figure.unit == want["unit"], want["span"]
        assert figure.kind == want.get("kind", "amount"), want["span"]
        for name in OPTIONAL:
            expected = want.get(name)
            actual = getattr(figure, name)
            if isinstance(expected, (int, float)) and not isinstance(expected, bool):
                assert actual == pytest.approx(expected, rel=1e-9), (want["span"], name)
            else:
                assert actual == expected, (want["span"], name)
        total = None if figure.component_of is None else got[figure.component_of].raw_text
        assert total == want.get("component_of"), (want["span"], "component_of")
        if "indicator" in want:
            assert figure.indicator == want["indicator"], want["span"]
