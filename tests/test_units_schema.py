"""Every unit the parser can build passes FiguresTable: the parser and the schema agree."""

import pandas as pd
import pandera.errors
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from parsing import parse_document
from parsing.vocabulary import vocabulary
from schemas.tables import FiguresTable

_V = vocabulary()
# What parsing.figures builds a unit from: a name of units.tsv, divided by what a "/" after it
# names (per_units.tsv) or a phrase before or after the number names (rate_contexts.tsv).
NAMES = sorted({unit.name for unit in _V.units.values()})
DIVISORS = sorted(set(_V.per_units.values()) | {divisor for divisor, _ in _V.rate_contexts.values()})


def _valid(units: list[str]) -> pd.Series:
    n = len(units)
    frame = pd.DataFrame({"content_sha256": ["0" * 64] * n, "ordinal": range(n), "kind": ["amount"] * n,
                          "value": [1.0] * n, "unit": units, "qualifier": [None] * n, "pct_of_plan": [None] * n,
                          "yoy_change_pct": [None] * n, "plan_amount": [None] * n, "char_start": [0] * n,
                          "char_end": [1] * n, "raw_text": ["1"] * n}).astype(
        {"pct_of_plan": "float64", "yoy_change_pct": "float64", "plan_amount": "float64", "qualifier": "object"})
    try:
        FiguresTable.validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as errors:
        bad = errors.failure_cases
        return pd.Series(units)[bad.loc[bad["column"] == "unit", "index"].dropna().astype(int).unique()]
    return pd.Series([], dtype="object")


def test_every_unit_name_and_every_rate_of_it_passes_the_schema():
    units = NAMES + [f"{name}/{d}" for name in NAMES for d in DIVISORS]
    assert _valid(units).tolist() == []


@settings(deadline=None, max_examples=50)  # a pandera validation each: slow on a busy machine, not wrong
@given(st.sampled_from(NAMES), st.lists(st.sampled_from(DIVISORS), max_size=3))
def test_a_unit_divided_by_up_to_four_divisors_in_all_passes(name, divisors):
    unit = "/".join([name, *divisors])
    assume(unit.count("/") <= 4)  # a rate unit, a "/" after the number, a rate phrase of two: four at most
    assert _valid([unit]).tolist() == []


@pytest.mark.parametrize("sentence", [
    "Khối lượng hàng hóa luân chuyển đạt 1.250 triệu tấn.km, tăng 8%.",
    "Mật độ dân số 285 người/km2.",
    "Vải bán tại vườn khoảng 35 ngàn đồng một ký, gạo xuất khẩu 620 USD một tấn.",
    "Nhiều gia đình thu nhập từ 100-300 triệu đồng/năm; thu nhập bình quân/tháng là 3,2 triệu đồng.",
])
def test_units_read_from_our_own_sentences_pass(sentence):
    units = [f.unit for f in parse_document(sentence).figures]
    assert units and _valid(units).tolist() == []
