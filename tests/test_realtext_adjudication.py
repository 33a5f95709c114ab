"""The third reading of a blind set's disagreements: questions that hide their sides, answers that move the gold."""

import json
from pathlib import Path

from parsing.realtext.adjudication import apply_answers, folder_questions

TEXT = """Thu ngân sách tỉnh Bình Định năm 2023

Năm 2023, tổng thu ngân sách trên địa bàn tỉnh Bình Định đạt 12.500 tỷ đồng, tăng 8,5% so với năm 2022, đạt 104% \
dự toán. Kim ngạch xuất khẩu ước đạt 1,2 tỷ USD.
"""


def _label(text: str, value: float, unit: str, kind: str = "amount") -> dict:
    return {"text": text, "indicator_text": None, "indicator": None, "kind": kind, "value": value,
            "value_high": None, "unit": unit, "qualifier": None, "pct_of_plan": None, "plan_basis": None,
            "pct_of_plan_alt": None, "plan_basis_alt": None, "yoy_change_pct": None, "change_abs": None,
            "components_of": None, "phenomena": []}


def _folder(tmp_path: Path) -> Path:
    """One report whose gold disagrees with the parser four ways: its period, a figure's relations, a figure read
    with another value, and a percentage labelled as a figure of its own."""
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "r1.txt").write_text(TEXT, encoding="utf-8")
    entry = {"id": "r1", "file": "r1.txt", "region": "Bình Định", "period": "năm 2022",
             "period_start": "2022-01-01", "period_end": "2022-12-31",
             "figures": [_label("12.500 tỷ đồng", 12500e9, "VND"), _label("8,5%", 8.5, "percent", "share"),
                         _label("1,2 tỷ USD", 1.2e6, "USD")]}
    (folder / "gold.json").write_text(json.dumps([entry], ensure_ascii=False), encoding="utf-8")
    return folder


def test_each_disagreement_is_one_question_with_both_readings(tmp_path):
    questions = folder_questions(_folder(tmp_path))
    assert sorted(q.topic for q in questions) == ["figure", "figure", "relations", "report"]
    value_question = next(q for q in questions if q.topic == "figure" and q.gold and q.parser)
    assert (value_question.gold["value"], value_question.parser["value"]) == (1.2e6, 1.2e9)
    assert next(q for q in questions if q.topic == "figure" and not q.parser).gold["text"] == "8,5%"
    relations = next(q for q in questions if q.topic == "relations")
    assert relations.parser == {"pct_of_plan": 104.0, "plan_basis": "budget_estimate", "yoy_change_pct": 8.5}
    for question in questions:
        shown = question.public()
        assert set(shown) == {"id", "doc", "topic", "context", "reading_1", "reading_2"}  # no side told
        first = question.gold if question.gold_first else question.parser
        assert shown["reading_1"] == (first or "no figure here")


def test_taking_every_parser_reading_leaves_no_disagreement(tmp_path):
    folder = _folder(tmp_path)
    answers = {q.id: {"choice": 2 if q.gold_first else 1} for q in folder_questions(folder)}
    counts = apply_answers(folder, answers, tmp_path / "out")
    assert counts == {"report parser": 1, "figure parser": 2, "relations parser": 1}
    assert folder_questions(tmp_path / "out") == []
    assert json.loads((folder / "gold.json").read_text(encoding="utf-8"))[0]["period_start"] == "2022-01-01"


def test_gold_and_neither_keep_the_gold(tmp_path):
    folder = _folder(tmp_path)
    questions = folder_questions(folder)
    answers = {q.id: {"choice": (1 if q.gold_first else 2) if i % 2 else 0} for i, q in enumerate(questions)}
    counts = apply_answers(folder, answers, tmp_path / "out")
    assert sum(counts.values()) == 4 and not any(key.endswith("parser") for key in counts)
    assert json.loads((tmp_path / "out" / "gold.json").read_text(encoding="utf-8")) == json.loads(
        (folder / "gold.json").read_text(encoding="utf-8"))
