"""How far two annotators agree: one folder's labels scored against another's, as the parser is scored.

    python -m parsing.realtext.agreement FIRST_DIR SECOND_DIR [--tsv OUT]

FIRST_DIR holds texts and a ``gold.json`` (corpus format); SECOND_DIR a ``gold.json`` of the same texts
labelled again by someone who saw neither the first labels nor the parser's output. The second labels
stand in for the parser: each becomes a figure at its span, and ``parsing.evaluate.match_document`` and
score.py's counting do the rest, so "precision" here is the share of the second annotator's figures the
first also labelled, and the same reading holds for recall, attachment, region and period. The result
is the ceiling the labelling rules allow a parser to reach on such texts.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from parsing import evaluate as ev
from parsing.model import DocumentMeta, Figure, ParsedDocument
from parsing.normalize import normalize_text
from parsing.realtext import score


def _day(value: object) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def labels_as_parsed(entry: dict[str, Any], raw_text: str) -> ParsedDocument:
    """A second annotator's labels as a parse of the text: one figure per label, at the first occurrence of
    its span not taken by an earlier label (labels are listed in text order), its total by span."""
    text = normalize_text(raw_text)
    figures: list[Figure] = []
    taken: set[int] = set()
    totals: list[str | None] = []
    for label in entry.get("figures", []):
        wanted = normalize_text(label["text"])
        occurrences = ev.span_occurrences(text, wanted)
        at = next((a for a in occurrences if a not in taken), None)
        if at is None:
            continue  # a slip of the second labels: scored as a figure of the first missed
        taken.add(at)
        figures.append(Figure(
            kind=label["kind"], value=float(label["value"]), unit=label["unit"], raw_text=wanted,
            char_start=at, char_end=at + len(wanted), sentence="",
            indicator=label.get("indicator"), indicator_text=label.get("indicator_text"),
            value_high=label.get("value_high"), qualifier=label.get("qualifier"),
            pct_of_plan=label.get("pct_of_plan"), plan_basis=label.get("plan_basis"),
            pct_of_plan_alt=label.get("pct_of_plan_alt"), plan_basis_alt=label.get("plan_basis_alt"),
            yoy_change_pct=label.get("yoy_change_pct"), change_abs=label.get("change_abs")))
        totals.append(label.get("components_of"))
    for i, total in enumerate(totals):
        if total is not None:
            # the nearest earlier figure with the total's span, else any
            earlier = [j for j in range(i) if figures[j].raw_text == normalize_text(total)]
            anywhere = [j for j, f in enumerate(figures) if f.raw_text == normalize_text(total)]
            found = earlier[-1] if earlier else anywhere[0] if anywhere else None
            figures[i] = replace(figures[i], component_of=found)
    meta = DocumentMeta(region=entry.get("region"), period_label=entry.get("period"),
                        period_start=_day(entry.get("period_start")), period_end=_day(entry.get("period_end")),
                        region_source="text", period_source="text")
    return ParsedDocument(text=text, meta=meta, figures=tuple(figures))


def agreement(first: Path, second: Path) -> tuple[list[dict[str, Any]], score.Totals]:
    """Per-document rows and totals of ``second``'s labels scored against ``first``'s, over the texts both
    labelled."""
    seconds = {e["id"]: e for e in json.loads((second / "gold.json").read_text(encoding="utf-8"))}
    totals, rows = score.Totals(), []
    for entry, raw_text in ev.load_gold(first):
        other = seconds.get(entry["id"])
        if other is None:
            continue
        result = ev.match_document(entry, labels_as_parsed(other, raw_text))
        rows.append(score.tally(entry, result, totals))
    return rows, totals


def main(argv: list[str]) -> int:
    tsv = None
    if "--tsv" in argv:
        at = argv.index("--tsv")
        tsv, argv = Path(argv[at + 1]), argv[:at] + argv[at + 2:]
    if len(argv) != 2:
        print(__doc__)
        return 2
    rows, totals = agreement(Path(argv[0]), Path(argv[1]))
    if tsv:
        tsv.write_text(score.to_tsv(rows), encoding="utf-8")
    print(score.totals_table(totals))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
