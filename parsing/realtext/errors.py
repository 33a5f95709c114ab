"""Every error the parser makes on a folder of labelled real texts, one line each, to sort into kinds.

    python -m parsing.realtext.errors FOLDER [FOLDER...]

For each text with an error: a line ``== FOLDER/ID URL``, then one line per error:

- ``META region`` / ``META period``: the document's province or period, gold against parsed;
- ``FALSE``: a parser figure the gold does not hold;
- ``MISS``: a gold figure the parser does not give;
- ``ATTR``: a matched figure with attributes that differ (the same attributes ``score.py`` counts).

Each figure line ends with its span in ``[[...]]`` and some text either side. The lines quote the
user's own texts, so they are for the terminal, never for the repository (which holds only facts).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from parsing import evaluate as ev
from parsing.normalize import normalize_text
from parsing.realtext.score import ATTRIBUTE_COLUMNS, _evaluate, _wrong

_CONTEXT = 60  # characters shown either side of a span


def _in_context(text: str, start: int, end: int) -> str:
    before, after = text[max(0, start - _CONTEXT):start], text[end:end + _CONTEXT]
    return f"{before}[[{text[start:end]}]]{after}".replace("\n", " / ")


def _meta_lines(entry: dict[str, Any], result: ev.DocumentResult) -> Iterator[str]:
    meta = result.meta
    if meta is None:
        return
    region, period = ev.meta_scores([result])
    if region.total and not region.right:
        yield f"  META region: gold={entry.get('region')} got={meta.region}"
    if period.total and not period.right:
        wanted = (entry.get("period"), entry.get("period_start"), entry.get("period_end"))
        yield f"  META period: gold={wanted} got={(meta.period_label, meta.period_start, meta.period_end)}"


def _attribute(pair: ev.Pair, name: str) -> tuple[Any, Any]:
    """(gold, parsed) of one attribute, as a person compares them."""
    if name == "component_of":
        return pair.gold.label.get("components_of"), pair.gold.label.get("_predicted_component_of")
    if name == "exact_span":
        return pair.gold.text, pair.predicted.raw_text
    return pair.gold.label.get(name), getattr(pair.predicted, name)


def document_errors(entry: dict[str, Any], raw_text: str, text_file: Path) -> list[str]:
    """The error lines of one labelled text (empty when the parser reads it as labelled)."""
    result = _evaluate(entry, raw_text, text_file)
    text = normalize_text(raw_text)  # the spans' offsets are in the text as the parser reads it
    lines = list(_meta_lines(entry, result))
    for figure in result.false:
        lines.append(f"  FALSE {figure.kind} {figure.value} {figure.unit} | "
                     f"{_in_context(text, figure.char_start, figure.char_end)}")
    for gold in result.misses:
        label = gold.label
        lines.append(f"  MISS {label.get('kind')} {label.get('value')} {label.get('unit')} | "
                     f"{_in_context(text, gold.start, gold.end)}")
    for pair in result.pairs:
        wrong = [name for names in ATTRIBUTE_COLUMNS.values() for name in names if _wrong(pair, name)]
        if wrong:
            told = ", ".join(f"{name}: gold={_attribute(pair, name)[0]} got={_attribute(pair, name)[1]}"
                             for name in wrong)
            lines.append(f"  ATTR {told} | "
                         f"{_in_context(text, pair.predicted.char_start, pair.predicted.char_end)}")
    return lines


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    for folder in map(Path, argv):
        for entry, raw_text in ev.load_gold(folder):
            lines = document_errors(entry, raw_text, folder / entry["file"])
            if lines:
                print(f"== {folder.name}/{entry['id']} {entry.get('url', '')}")
                print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
