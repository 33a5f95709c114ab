"""Per-document scores of the parser on folders of real texts with hand-made gold (corpus format).

    python -m parsing.realtext.score GOLD_DIR [GOLD_DIR...] [--tsv OUT]

Matching and attribute scoring are parsing/evaluate.py's own (``evaluate_document`` and
``Scores.add_pairs``): this module only counts their results per document. The TSV holds facts
about each document (id, url, province, source kind, counts), never a word of its text, so it
may be kept in the repository while the texts stay outside it.

It also runs against an older parser (``PYTHONPATH=OLD_TREE python parsing/realtext/score.py``):
an evaluate.py without sidecars or region/period scoring gives "-" for region and period.
"""

from __future__ import annotations

import inspect
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parsing import evaluate as ev

# Error columns: evaluate.py's attribute names, grouped under the names the readers used.
ATTRIBUTE_COLUMNS = {
    "plan": ("pct_of_plan", "plan_basis"),
    "yoy": ("yoy_change_pct",),
    "change": ("change_abs",),
    "range": ("value_high",),
    "unit": ("unit",),
    "kind": ("kind",),
    "qualifier": ("qualifier",),
    "component": ("component_of",),
    "span": ("exact_span",),
}
COUNT_COLUMNS = ["gold", "parser", "matched", "false", "missed", "unfound"]
COLUMNS = (["id", "url", "province", "source_kind"] + COUNT_COLUMNS
           + [f"err_{name}" for name in ATTRIBUTE_COLUMNS] + ["errors", "region", "period"])


@dataclass
class Totals:
    documents: int = 0
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNT_COLUMNS + ["errors"], 0))
    attribute_errors: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ATTRIBUTE_COLUMNS, 0))
    scores: ev.Scores = field(default_factory=ev.Scores)
    region: dict[str, int] = field(default_factory=lambda: {"right": 0, "wrong": 0, "none": 0})
    period: dict[str, int] = field(default_factory=lambda: {"right": 0, "wrong": 0, "none": 0})

    @property
    def precision(self) -> float:
        return self.scores.precision

    @property
    def recall(self) -> float:
        return self.scores.recall

    @property
    def attachment(self) -> float | None:
        names = ("pct_of_plan", "yoy_change_pct")
        total = sum(self.scores.attribute_totals[n] for n in names)
        return sum(self.scores.attribute_hits[n] for n in names) / total if total else None

    def per_100(self, count: str) -> float:
        gold = self.counts["gold"]
        return 100 * self.counts[count] / gold if gold else 0.0


def _evaluate(entry: dict[str, Any], raw_text: str, text_file: Path) -> ev.DocumentResult:
    # evaluate.py before sidecars took no source facts
    if "facts" in inspect.signature(ev.evaluate_document).parameters and hasattr(ev, "sidecar_facts"):
        return ev.evaluate_document(entry, raw_text, ev.sidecar_facts(text_file))
    return ev.evaluate_document(entry, raw_text)


def _meta_status(result: ev.DocumentResult) -> tuple[str, str]:
    if not hasattr(ev, "meta_scores") or getattr(result, "meta", None) is None:
        return "-", "-"
    statuses = []
    for score in ev.meta_scores([result]):
        statuses.append("-" if not score.total else "right" if score.right else "wrong" if score.wrong else "none")
    return statuses[0], statuses[1]


def score_document(entry: dict[str, Any], raw_text: str, text_file: Path, totals: Totals) -> dict[str, Any]:
    return tally(entry, _evaluate(entry, raw_text, text_file), totals)


def tally(entry: dict[str, Any], result: ev.DocumentResult, totals: Totals) -> dict[str, Any]:
    """One document's row of counts, added to ``totals``."""
    scores = ev.Scores()
    scores.add_pairs(result.pairs)
    totals.scores.add_pairs(result.pairs)
    row = {
        "id": entry["id"], "url": entry.get("url") or "", "province": entry.get("region") or "",
        "source_kind": entry.get("source_kind") or "",
        "gold": len(result.pairs) + len(result.misses), "parser": len(result.pairs) + len(result.false),
        "matched": len(result.pairs), "false": len(result.false), "missed": len(result.misses),
        "unfound": len(result.problems),
    }
    errors = row["false"]
    for column, names in ATTRIBUTE_COLUMNS.items():
        # a matched figure counts once per column even where two of its attributes disagree
        wrong = sum(1 for pair in result.pairs if any(_wrong(pair, name) for name in names))
        row[f"err_{column}"] = wrong
        totals.attribute_errors[column] += wrong
        errors += wrong
    row["errors"] = errors
    row["region"], row["period"] = _meta_status(result)
    totals.documents += 1
    totals.scores.gold += row["gold"]
    totals.scores.predicted += row["parser"]
    totals.scores.matched += row["matched"]
    for count in COUNT_COLUMNS + ["errors"]:
        totals.counts[count] += row[count]
    for name, tally in (("region", totals.region), ("period", totals.period)):
        if row[name] in tally:
            tally[row[name]] += 1
    return row


def _wrong(pair: ev.Pair, name: str) -> bool:
    # the same rule as evaluate.Scores.add_pairs: attached relations are scored only where gold or parser has one
    if name in ev._ATTACHED and not ev._attachment_applies(name)(pair):
        return False
    return not ev.ATTRIBUTES[name](pair)


def score_folders(folders: list[Path]) -> tuple[list[dict[str, Any]], Totals]:
    totals, rows = Totals(), []
    for folder in folders:
        for entry, raw_text in ev.load_gold(folder):
            rows.append(score_document(entry, raw_text, folder / entry["file"], totals))
    return rows, totals


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def totals_table(totals: Totals) -> str:
    c = totals.counts
    lines = [
        f"documents {totals.documents}; gold figures {c['gold']}; parser figures {c['parser']}; "
        f"matched {c['matched']}; false {c['false']}; missed {c['missed']}; gold spans not found {c['unfound']}",
        f"precision {_fmt(totals.precision)} ({c['matched']}/{c['parser']}); "
        f"recall {_fmt(totals.recall)} ({c['matched']}/{c['gold']}); attachment {_fmt(totals.attachment)}",
        f"errors per 100 gold figures {totals.per_100('errors'):.1f} (false figures {c['false']} + attribute "
        f"errors {c['errors'] - c['false']}); misses per 100 gold figures {totals.per_100('missed'):.1f}",
        "attribute errors: " + ", ".join(f"{k} {v}" for k, v in totals.attribute_errors.items()),
    ]
    for name, tally in (("region", totals.region), ("period", totals.period)):
        if sum(tally.values()):
            lines.append(f"{name}: right {tally['right']}, wrong {tally['wrong']}, none {tally['none']}")
    return "\n".join(lines)


def to_tsv(rows: list[dict[str, Any]]) -> str:
    lines = ["\t".join(COLUMNS)]
    lines += ["\t".join(str(row[c]).replace("\t", " ") for c in COLUMNS) for row in rows]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    tsv = None
    if "--tsv" in argv:
        at = argv.index("--tsv")
        tsv = Path(argv[at + 1])
        argv = argv[:at] + argv[at + 2:]
    if not argv:
        print(__doc__)
        return 2
    rows, totals = score_folders([Path(a) for a in argv])
    if tsv:
        tsv.write_text(to_tsv(rows), encoding="utf-8")
    print(totals_table(totals))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
