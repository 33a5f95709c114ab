"""Record a province-and-period set: its rows of ``regions_periods.tsv``, scored before and after.

    python -m parsing.realtext.period_set SCRATCH/P20 --name P20 --before-tree OLD

FOLDER holds the texts, their URL-only sidecars and the annotators' ``gold.json`` (the corpus format with no figures,
plus ``source_kind`` and ``province_in_text``). The annotators never saw the parser's output. "Before" is score.py run
by the parser of the checkout OLD, "after" by this one; the set's rows already in the file are replaced, the others
kept. Facts only: ids, URLs, provinces, kinds, gold periods and right/wrong/none.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from parsing.realtext import score
from parsing.realtext.build_records import HERE, read_tsv, scored_before, write_tsv

TSV = HERE / "regions_periods.tsv"
COLUMNS = ["id", "set", "url", "province", "source_kind", "province_in_text", "gold_period_start", "gold_period_end",
           "region_before", "period_before", "region_after", "period_after"]


def _url(folder: Path, file: str) -> str:
    sidecar = folder / (Path(file).stem + ".meta.json")
    return str(json.loads(sidecar.read_text(encoding="utf-8")).get("url", "")) if sidecar.exists() else ""


def build(folder: Path, name: str, before_tree: Path) -> list[dict[str, Any]]:
    before = scored_before(before_tree, [folder])
    after = {row["id"]: row for row in score.score_folders([folder])[0]}
    rows = []
    for entry in json.loads((folder / "gold.json").read_text(encoding="utf-8")):
        doc = entry["id"]
        rows.append({
            "id": doc, "set": name, "url": _url(folder, entry["file"]),
            "province": entry.get("region") or "(several or none)", "source_kind": entry.get("source_kind", ""),
            "province_in_text": {True: "yes", False: "no"}.get(entry.get("province_in_text"), "-"),
            "gold_period_start": entry.get("period_start") or "-", "gold_period_end": entry.get("period_end") or "-",
            "region_before": before[doc]["region"], "period_before": before[doc]["period"],
            "region_after": after[doc]["region"], "period_after": after[doc]["period"],
        })
    kept = [row for row in read_tsv(TSV) if row.get("set") != name]
    write_tsv(TSV, COLUMNS, kept + rows)
    return rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--name", required=True, help="the set's name, e.g. P20")
    parser.add_argument("--before-tree", type=Path, required=True, help="a checkout of the parser to score as 'before'")
    args = parser.parse_args(argv)
    rows = build(args.folder, args.name, args.before_tree)
    print(f"{len(rows)} excerpts of {args.name} written to {TSV.name}")
    for side in ("before", "after"):
        regions, periods = Counter(r[f"region_{side}"] for r in rows), Counter(r[f"period_{side}"] for r in rows)
        print(f"{side}: regions {dict(regions)}, periods {dict(periods)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
