"""A third reading of where the parser and a blind set's gold disagree, to tell the parser's errors from the gold's.

    python -m parsing.realtext.adjudication questions FOLDER QUESTIONS.json
    python -m parsing.realtext.adjudication apply FOLDER ANSWERS.json OUT_FOLDER

``questions`` writes every disagreement of the parser with FOLDER's gold as a question with two readings: a figure
one side gives and the other not (or reads with another value), a figure's share of plan or year-on-year change, a
report's province or period. The two readings come in an order drawn from the question's id, so the file does not
say which is the parser's: an adjudicator who has not seen the parser's output picks one by the labelling rules
(``parsing/corpus/README.md``), or neither. The file quotes the texts: keep it outside the repository.

``apply`` reads the answers (``{"ID": {"choice": 1 | 2 | 0, "note": "..."}}``, 0 for neither), draws the same
questions again from the same parser, and writes OUT_FOLDER: the texts, their sidecars and the gold with every
chosen reading taken (neither keeps the gold). Score it with ``python -m parsing.realtext.score OUT_FOLDER``.

Only disagreements are read a third time, so the adjudicated scores are an upper bound: a figure that parser and
gold both read wrongly stays as it is.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parsing import PARSER_VERSION
from parsing import evaluate as ev
from parsing.model import Figure
from parsing.normalize import normalize_text
from parsing.realtext.score import _evaluate

_CONTEXT = 250  # characters either side of a span: the sentence and its neighbours
_OPENING = 700  # characters of a text shown for its province and period
RELATIONS = ("pct_of_plan", "plan_basis", "yoy_change_pct")
_PERIOD_FIELDS = ("period", "period_start", "period_end")


@dataclass
class Question:
    id: str
    doc: str
    topic: str  # "figure", "relations" or "report"
    context: str
    gold: dict[str, Any] | None  # the gold's reading (None: no figure)
    parser: dict[str, Any] | None  # the parser's reading
    gold_first: bool
    anchor: tuple[str, float] | None = None  # the gold figure's text and value, to find it again

    def public(self) -> dict[str, Any]:
        first, second = (self.gold, self.parser) if self.gold_first else (self.parser, self.gold)
        return {"id": self.id, "doc": self.doc, "topic": self.topic, "context": self.context,
                "reading_1": first or "no figure here", "reading_2": second or "no figure here"}


def _gold_first(question_id: str) -> bool:
    return hashlib.sha256(question_id.encode()).digest()[0] % 2 == 0


def _in_context(text: str, start: int, end: int) -> str:
    return (text[max(0, start - _CONTEXT):start] + "[[" + text[start:end] + "]]" + text[end:end + _CONTEXT]).replace(
        "\n", " / ")


_SHOWN = ("text", "kind", "value", "value_high", "unit", "qualifier", "pct_of_plan", "plan_basis",
          "yoy_change_pct", "change_abs")


def _shown(label: dict[str, Any]) -> dict[str, Any]:
    return {k: label.get(k) for k in _SHOWN}


def figure_reading(figure: Figure) -> dict[str, Any]:
    """A parser figure as a labeller would write it."""
    return {"text": figure.raw_text, **{k: getattr(figure, k) for k in _SHOWN[1:]}}


def _relations(label: dict[str, Any] | Figure) -> dict[str, Any]:
    get = label.get if isinstance(label, dict) else lambda k: getattr(label, k)
    return {k: get(k) for k in RELATIONS}


def document_questions(entry: dict[str, Any], raw_text: str, text_file: Path) -> list[Question]:
    result = _evaluate(entry, raw_text, text_file)
    text = normalize_text(raw_text)
    doc = entry["id"]
    questions: list[Question] = []

    def ask(topic: str, context: str, gold: dict[str, Any] | None, parser: dict[str, Any] | None,
            anchor: ev.GoldFigure | None = None) -> None:
        question_id = f"{doc}:{len(questions) + 1}"
        where = (anchor.label["text"], anchor.label["value"]) if anchor is not None else None
        questions.append(Question(question_id, doc, topic, context, gold, parser, _gold_first(question_id), where))

    if result.meta is not None:
        region, period = ev.meta_scores([result])
        opening = f"{entry.get('url') or _sidecar_url(text_file)} | {text[:_OPENING]}".replace("\n", " / ")
        if region.total and not region.right:
            ask("report", opening, {"region": entry.get("region")}, {"region": result.meta.region})
        if period.total and not period.right:
            meta = result.meta
            ask("report", opening, {k: entry.get(k) for k in _PERIOD_FIELDS},
                {"period": meta.period_label, "period_start": _iso(meta.period_start),
                 "period_end": _iso(meta.period_end)})
    misses = list(result.misses)
    for figure in result.false:
        # a miss on the same words is the same figure read two ways: one question
        same = next((g for g in misses if g.start < figure.char_end and figure.char_start < g.end), None)
        if same is not None:
            misses.remove(same)
        start = min(figure.char_start, same.start) if same else figure.char_start
        end = max(figure.char_end, same.end) if same else figure.char_end
        ask("figure", _in_context(text, start, end), _shown(same.label) if same else None,
            figure_reading(figure), same)
    for gold in misses:
        ask("figure", _in_context(text, gold.start, gold.end), _shown(gold.label), None, gold)
    for pair in result.pairs:
        gold_relations, parser_relations = _relations(pair.gold.label), _relations(pair.predicted)
        if any(not ev.ATTRIBUTES[name](pair) and ev._attachment_applies(name)(pair)
               for name in ("pct_of_plan", "yoy_change_pct")):
            ask("relations", _in_context(text, pair.gold.start, pair.gold.end), gold_relations, parser_relations,
                pair.gold)
    return questions


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _sidecar_url(text_file: Path) -> str:
    facts = ev.sidecar_facts(text_file)
    return (facts.url if facts else None) or ""


def folder_questions(folder: Path) -> list[Question]:
    return [q for entry, raw_text in ev.load_gold(folder)
            for q in document_questions(entry, raw_text, folder / entry["file"])]


def write_questions(folder: Path, out: Path) -> int:
    questions = folder_questions(folder)
    out.write_text(json.dumps({"parser_version": PARSER_VERSION, "questions": [q.public() for q in questions]},
                              ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(questions)


def _take(entry: dict[str, Any], question: Question) -> None:
    """Make ``question``'s parser reading the gold's in ``entry``."""
    if question.topic == "report":
        entry.update(question.parser or {})
        return
    figures = entry["figures"]
    at = None if question.anchor is None else next(
        (i for i, label in enumerate(figures)
         if label["text"] == question.anchor[0] and ev._same(label["value"], question.anchor[1])), None)
    if question.topic == "relations":
        if at is not None:
            figures[at].update(question.parser or {})
    elif question.parser is None:
        if at is not None:
            del figures[at]
    elif at is None:
        figures.append({**question.parser, "indicator": None, "components_of": None, "phenomena": []})
    else:
        figures[at].update(question.parser)


def apply_answers(folder: Path, answers: dict[str, dict[str, Any]], out: Path) -> dict[str, int]:
    """Write ``out`` (texts, sidecars, adjudicated gold); the counts of answers by topic and side."""
    out.mkdir(parents=True, exist_ok=True)
    entries = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    by_id = {entry["id"]: entry for entry in entries}
    counts: dict[str, int] = {}
    for question in folder_questions(folder):
        choice = (answers.get(question.id) or {}).get("choice")
        if choice not in (0, 1, 2):
            side = "unanswered"
        elif choice == 0:
            side = "neither"
        else:
            side = "gold" if (choice == 1) == question.gold_first else "parser"
        counts[f"{question.topic} {side}"] = counts.get(f"{question.topic} {side}", 0) + 1
        if side == "parser":
            _take(by_id[question.doc], question)
    for entry in entries:
        for path in folder.glob(Path(entry["file"]).stem + "*"):
            if path.is_file():
                shutil.copy2(path, out / path.name)
    (out / "gold.json").write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return counts


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "questions":
        print(f"{write_questions(Path(argv[1]), Path(argv[2]))} questions written to {argv[2]}")
        return 0
    if len(argv) == 4 and argv[0] == "apply":
        data = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        for topic_side, count in sorted(apply_answers(Path(argv[1]), data, Path(argv[3])).items()):
            print(f"{topic_side}: {count}")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
