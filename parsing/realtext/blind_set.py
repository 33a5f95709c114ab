"""Record a further blind set: one row per excerpt in ``blind_NAME.tsv``, scored before and after.

    python -m parsing.realtext.blind_set SCRATCH/blind3/all --name B3 --before-tree OLD

FOLDER holds the texts, their URL-only sidecars and the annotators' ``gold.json`` (the corpus format
plus ``source_kind``, ``province_in_text`` and ``slips``). The annotators never saw the parser's
output. "Before" is score.py run by the parser of the checkout OLD, "after" by this one. Facts only:
ids, URLs, provinces, kinds, counts; never a word of an excerpt. Without ``--before-tree`` the
"before" columns are kept from the TSV already written.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from parsing.realtext import score
from parsing.realtext.build_records import (
    HERE,
    _after_columns,
    _before_columns,
    read_tsv,
    scored_before,
    write_tsv,
)

COLUMNS = ["id", "file", "url", "province", "source_kind", "province_in_text", "gold_figures", "slips",
           "parser_before", "matched_before", "false_before", "missed_before", "attr_errors_before",
           "errors_scored_before", "region_before", "period_before",
           "parser_after", "matched_after", "false_after", "missed_after", "attr_errors_after",
           "errors_after", "region_after", "period_after"]


def _url(folder: Path, file: str) -> str:
    sidecar = folder / (Path(file).stem + ".meta.json")
    return str(json.loads(sidecar.read_text(encoding="utf-8")).get("url", "")) if sidecar.exists() else ""


def build(folder: Path, name: str, before_tree: Path | None) -> tuple[list[dict[str, Any]], score.Totals]:
    out = HERE / f"blind_{name.lower()}.tsv"
    kept = {row["id"]: row for row in read_tsv(out)} if out.exists() else {}
    before = scored_before(before_tree, [folder]) if before_tree else None
    rows, totals = score.score_folders([folder])
    after = {row["id"]: row for row in rows}
    records = []
    for entry in json.loads((folder / "gold.json").read_text(encoding="utf-8")):
        doc = entry["id"]
        row: dict[str, Any] = {
            "id": doc, "file": entry["file"], "url": _url(folder, entry["file"]),
            "province": entry.get("region") or "", "source_kind": entry.get("source_kind", ""),
            "province_in_text": {True: "yes", False: "no"}.get(entry.get("province_in_text"), "-"),
            "gold_figures": len(entry.get("figures", [])), "slips": len(entry.get("slips", [])),
        }
        if before is not None:
            row |= _before_columns(before[doc]) | {"region_before": before[doc]["region"],
                                                   "period_before": before[doc]["period"]}
        else:
            row |= {k: v for k, v in kept.get(doc, {}).items() if k.endswith("_before")}
        records.append(row | _after_columns(after[doc]))
    write_tsv(out, COLUMNS, records)
    return records, totals


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--name", required=True, help="the set's name, e.g. B3 (writes blind_b3.tsv)")
    parser.add_argument("--before-tree", type=Path, help="a checkout of the parser to score as 'before'")
    args = parser.parse_args(argv)
    records, totals = build(args.folder, args.name, args.before_tree)
    print(f"{len(records)} excerpts written to blind_{args.name.lower()}.tsv")
    print(score.totals_table(totals))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
