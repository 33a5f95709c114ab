"""Every labelled figure of the seeds, samples and corpus: value, unit and exact span (Duckling style).

Figures the parser is known to miss are listed, with the reason, in
``parsing_known_misses.json`` and expected to fail (strictly: once the parser
gets one right, the test says so and the entry must go).
"""

import json
from pathlib import Path

import pytest

from parsing import parse_document
from parsing.normalize import normalize_text

REPO = Path(__file__).resolve().parent.parent
CORPORA = [REPO / "sources" / "samples", REPO / "parsing" / "corpus"]
DISPUTES = {(d["id"], d["text"]): d["reason"] for d in json.loads(
    (Path(__file__).parent / "parsing_known_misses.json").read_text(encoding="utf-8"))}


def _labelled_figures():
    for corpus in CORPORA:
        gold = corpus / "gold.json"
        if not gold.exists():
            continue
        for entry in json.loads(gold.read_text(encoding="utf-8")):
            for n, figure in enumerate(entry["figures"]):
                reason = DISPUTES.get((entry["id"], figure["text"]))
                marks = [pytest.mark.xfail(strict=True, reason=f"known miss: {reason}")] if reason else []
                yield pytest.param(corpus / entry["file"], figure, id=f"{entry['id']}-{n}-{figure['text']}",
                                   marks=marks)


_PARSED: dict[Path, object] = {}


def _parsed(path: Path):
    if path not in _PARSED:
        _PARSED[path] = parse_document(path.read_text(encoding="utf-8"))
    return _PARSED[path]


@pytest.mark.parametrize("path, label", list(_labelled_figures()))
def test_labelled_figure_is_found_with_its_value_unit_and_span(path, label):
    parsed = _parsed(path)
    wanted = normalize_text(label["text"])
    candidates = [f for f in parsed.figures if f.raw_text == wanted]
    assert candidates, f"no figure with span {wanted!r}; found {[f.raw_text for f in parsed.figures]}"
    assert any(f.value == pytest.approx(label["value"], rel=1e-9) and f.unit == label["unit"]
               and f.kind == label["kind"] for f in candidates), [(f.value, f.unit, f.kind) for f in candidates]
