"""Rebuild reviewed.tsv, blind.tsv and the totals section of README.md in this folder.

    python -m parsing.realtext.build_records [--scratch DIR] [--before-tree OLD_TREE] [--sets R5,...]

Reads the dev set (DIR/realtext/R1..R3: gold.json and the readers' records.jsonl) and the blind
set (DIR/blindset/gold.json), scores the current parser on both with score.py, and writes
facts only: urls, provinces, source kinds, counts. With ``--before-tree`` (a checkout of the
parser before this work, commit 3d7f43a) the "before" scores are computed again there;
without it they are kept from the TSVs already written. Sets read later (DIR/realtext/R4, R5, ...,
see ``later_sets``) get their rows and a paragraph of their own; where the first readers' texts or
the blind set are gone, their rows and totals stay exactly as written.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from parsing.realtext import score

HERE = Path(__file__).resolve().parent
READERS = ("R1", "R2", "R3")
BEGIN, END = "<!-- totals:begin (written by build_records.py) -->", "<!-- totals:end -->"
SCORED = ("parser", "matched", "false", "missed", "errors")


def compact(counts: dict[str, Any]) -> str:
    return ";".join(f"{k}={v}" for k, v in sorted(counts.items()) if v) or "-"


def attribute_errors(row: dict[str, Any]) -> str:
    return compact({name: int(row[f"err_{name}"]) for name in score.ATTRIBUTE_COLUMNS})


def read_tsv(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    header, *lines = path.read_text(encoding="utf-8").splitlines()
    names = header.split("\t")
    return [dict(zip(names, line.split("\t"))) for line in lines]


def write_tsv(path: Path, columns: list[str], rows: list[dict[str, Any]]) -> None:
    lines = ["\t".join(columns)] + ["\t".join(str(row.get(c, "")) for c in columns) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def scored_before(tree: Path, folders: list[Path]) -> dict[str, dict[str, Any]]:
    """score.py's rows for the parser of an older checkout, by document id."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "before.tsv"
        subprocess.run([sys.executable, str(HERE / "score.py"), *map(str, folders), "--tsv", str(out)],
                       check=True, cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)}, stdout=subprocess.DEVNULL)
        return {row["id"]: row for row in read_tsv(out)}


def _before_columns(row: dict[str, Any]) -> dict[str, Any]:
    return {f"{k}_before": row[k] for k in ("parser", "matched", "false", "missed")} | {
        "attr_errors_before": attribute_errors(row), "errors_scored_before": row["errors"]}


def _after_columns(row: dict[str, Any]) -> dict[str, Any]:
    return {f"{k}_after": row[k] for k in ("parser", "matched", "false", "missed")} | {
        "attr_errors_after": attribute_errors(row), "errors_after": row["errors"],
        "region_after": row["region"], "period_after": row["period"]}


REVIEWED = ["reader_id", "url", "province", "source_kind", "published", "gold_figures",
            "parser_figures_before", "errors_before", "false_alarms_before", "region_before", "period_before",
            "matched_before", "false_before", "missed_before", "attr_errors_before", "errors_scored_before",
            "parser_after", "matched_after", "false_after", "missed_after", "attr_errors_after", "errors_after",
            "region_after", "period_after"]
BLIND = ["id", "file", "url", "province", "source_kind", "region_evidence", "gold_figures", "slips",
         "parser_before", "matched_before", "false_before", "missed_before", "attr_errors_before",
         "errors_scored_before", "parser_after", "matched_after", "false_after", "missed_after",
         "attr_errors_after", "errors_after", "region_after", "period_after"]


def later_sets(scratch: Path, names: list[str] | None = None) -> list[Path]:
    """Sets read after the first three readers (``realtext/R4``, ``R5``, ...), each a folder of texts with
    ``gold.json``, the texts' ``.meta.json`` (url), ``facts.jsonl`` (per text: source kind, month published,
    validation failures by check and severity before and after), ``before.tsv`` (score.py at the commit the
    reader started from) and ``before.json`` (that commit and the set's attachment there)."""
    root = scratch / "realtext"
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.name not in READERS and (p / "gold.json").exists()
                  and (names is None or p.name in names))


def later_set_rows(folder: Path) -> tuple[list[dict[str, Any]], score.Totals]:
    """reviewed.tsv rows of one later set (reader id = the text's id), and score.py's totals after."""
    rows, totals = score.score_folders([folder])
    after = {row["id"]: row for row in rows}
    before = {row["id"]: row for row in read_tsv(folder / "before.tsv")}
    facts = {}
    if (folder / "facts.jsonl").exists():
        facts = {f["id"]: f for f in map(json.loads, (folder / "facts.jsonl").read_text(encoding="utf-8").splitlines())}
    reviewed = []
    for entry in json.loads((folder / "gold.json").read_text(encoding="utf-8")):
        meta_path = folder / (Path(entry["file"]).stem + ".meta.json")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        fact, old = facts.get(entry["id"], {}), before.get(entry["id"])
        row = {"reader_id": entry["id"], "url": meta.get("url", ""), "province": entry.get("region") or "",
               "source_kind": fact.get("source_kind", ""), "published": fact.get("published", ""),
               "gold_figures": len(entry["figures"]),
               "false_alarms_before": compact(fact.get("false_alarms_before", {}))}
        if old is not None:
            # the readers' categories, as score.py finds them on the parser the reader started from
            categories = {"false_figure": int(old["false"]), "missed": int(old["missed"])}
            categories |= {f"wrong_{name}": int(old[f"err_{name}"]) for name in score.ATTRIBUTE_COLUMNS}
            categories = fact.get("errors", categories)  # a reader's own categories, where kept
            row |= {"parser_figures_before": old["parser"], "errors_before": compact(categories),
                    "region_before": old["region"], "period_before": old["period"]} | _before_columns(old)
        reviewed.append(row | _after_columns(after[entry["id"]]))
    return reviewed, totals


def later_set_section(folder: Path, rows: list[dict[str, Any]], totals: score.Totals) -> str:
    """The README paragraph of one later set: facts and totals only."""
    before = json.loads((folder / "before.json").read_text(encoding="utf-8")) if (folder / "before.json").exists() else {}
    facts = [json.loads(line) for line in (folder / "facts.jsonl").read_text(encoding="utf-8").splitlines()] \
        if (folder / "facts.jsonl").exists() else []
    provinces = {r["province"] for r in rows if r["province"]}
    kinds = Counter(r["source_kind"] for r in rows)

    def errors(when: str) -> str:
        counts: Counter[str] = Counter()
        for fact in facts:
            counts.update({k: v for k, v in fact.get(f"false_alarms_{when}", {}).items() if k.endswith(":error")})
        return f"{sum(counts.values())} in {len(facts)} reports" + (
            " (" + ", ".join(f"{k.split(':')[0]} {v}" for k, v in sorted(counts.items())) + ")" if counts else "")

    return "\n".join([
        f"Set {folder.name}: {len(rows)} excerpts read and labelled by one reader, {sum(r['gold_figures'] for r in rows)} "
        f"gold figures, {len(provinces)} provinces named as the report's own ("
        + ", ".join(f"{k} {v}" for k, v in kinds.most_common()) + ").",
        "",
        "| parser | precision | recall | errors per 100 gold | misses per 100 gold |",
        "|---|---|---|---|---|",
        _scored_line("before", rows).replace("before (score.py)", f"before ({before.get('commit', '?')}, score.py)"),
        _scored_line("after", rows),
        "",
        f"Attachment before {before.get('attachment', '-')}, after {score._fmt(totals.attachment)}. "
        f"Validation errors (false_alarms.py) before: {errors('before')}; after: {errors('after')}. "
        "Attribute errors after: " + ", ".join(f"{k} {v}" for k, v in totals.attribute_errors.items()) + ".",
    ])


def _write_set_sections(sections: dict[str, str]) -> None:
    readme = HERE / "README.md"
    text = readme.read_text(encoding="utf-8")
    for name, section in sections.items():
        begin, end = f"<!-- set {name}:begin (written by build_records.py) -->", f"<!-- set {name}:end -->"
        block = f"{begin}\n{section}\n{end}"
        if begin in text:
            head, rest = text.split(begin, 1)
            text = head + block + rest.split(end, 1)[1]
        else:
            text = text.rstrip("\n") + "\n\n" + block + "\n"
    readme.write_text(text, encoding="utf-8")


def build(scratch: Path, before_tree: Path | None, sets: list[str] | None = None) -> dict[str, Any]:
    dev_folders = [scratch / "realtext" / r for r in READERS]
    blind_folder = scratch / "blindset"
    later = later_sets(scratch, sets)
    results, sections, later_rows = {}, {}, []
    for folder in later:
        rows, totals = later_set_rows(folder)
        later_rows += rows
        sections[folder.name] = later_set_section(folder, rows, totals)
        results[folder.name] = totals
    if not all((f / "records.jsonl").exists() for f in dev_folders) or not (blind_folder / "gold.json").exists():
        # the first readers' texts are gone: their rows, the blind set's and the totals above stay as written
        names = {row["reader_id"] for row in later_rows}
        kept = [row for row in read_tsv(HERE / "reviewed.tsv") if row["reader_id"] not in names
                and row["reader_id"].split("-")[0] not in {f.name for f in later}]  # rows of other sets stay
        write_tsv(HERE / "reviewed.tsv", REVIEWED, kept + later_rows)
        _write_set_sections(sections)
        return results
    old = {row["reader_id"]: row for row in read_tsv(HERE / "reviewed.tsv")}
    old |= {row["id"]: row for row in read_tsv(HERE / "blind.tsv")}
    before = scored_before(before_tree, dev_folders + [blind_folder]) if before_tree else None

    dev_rows, dev_totals = score.score_folders(dev_folders)
    after = {row["id"]: row for row in dev_rows}
    reviewed, records = [], []
    for folder in dev_folders:
        for line in (folder / "records.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            records.append(record)
            row = {"reader_id": record["id"], "url": record["url"], "province": record["province"] or "",
                   "source_kind": record["source_kind"], "published": record["published"] or "",
                   "gold_figures": record["gold_figures"], "parser_figures_before": record["parser_figures"],
                   "errors_before": compact(record["errors"]), "false_alarms_before": compact(record["false_alarms"]),
                   "region_before": record["region_meta"], "period_before": record["period_meta"]}
            if before:
                row |= _before_columns(before[record["id"]])
            else:
                row |= {k: v for k, v in old.get(record["id"], {}).items() if k.endswith("before") and k not in row}
            reviewed.append(row | _after_columns(after[record["id"]]))
    write_tsv(HERE / "reviewed.tsv", REVIEWED, reviewed + later_rows)

    blind_rows, blind_totals = score.score_folders([blind_folder])
    after = {row["id"]: row for row in blind_rows}
    blind = []
    for entry in json.loads((blind_folder / "gold.json").read_text(encoding="utf-8")):
        row = {"id": entry["id"], "file": Path(entry["file"]).stem, "url": entry["url"],
               "province": entry.get("region") or "", "source_kind": entry["source_kind"],
               "region_evidence": entry.get("region_evidence") or "", "gold_figures": len(entry["figures"]),
               "slips": len(entry.get("slips") or [])}
        if before:
            row |= _before_columns(before[entry["id"]])
        else:
            row |= {k: v for k, v in old.get(entry["id"], {}).items() if k.endswith("before")}
        blind.append(row | _after_columns(after[entry["id"]]))
    write_tsv(HERE / "blind.tsv", BLIND, blind)

    section = totals_section(records, reviewed, dev_totals, blind, blind_totals)
    readme = HERE / "README.md"
    text = readme.read_text(encoding="utf-8")
    head, rest = text.split(BEGIN, 1)
    readme.write_text(head + BEGIN + "\n" + section + "\n" + END + rest.split(END, 1)[1], encoding="utf-8")
    _write_set_sections(sections)
    return {"dev": dev_totals, "blind": blind_totals} | results


def _scored_line(name: str, rows: list[dict[str, Any]]) -> str:
    def total(column: str) -> int:
        return sum(int(r[column]) for r in rows if r.get(column, "") not in ("", "-"))

    # reviewed.tsv keeps the parser's count before once, as the readers recorded it (score.py gives the same)
    parser = total(f"parser_{name}") or total(f"parser_figures_{name}")
    matched = total(f"matched_{name}")
    gold = matched + total(f"missed_{name}")  # gold spans found in the text, as evaluate.py counts them
    errors = total(f"errors_scored_{name}" if name == "before" else "errors_after")
    if not parser or not gold:
        return f"| {name} (score.py) | - | - | - | - |"
    return (f"| {name} (score.py) | {matched / parser:.3f} ({matched}/{parser}) | {matched / gold:.3f} "
            f"({matched}/{gold}) | {100 * errors / gold:.1f} | {100 * total(f'missed_{name}') / gold:.1f} |")


def totals_section(records: list[dict[str, Any]], reviewed: list[dict[str, Any]], dev: score.Totals,
                   blind: list[dict[str, Any]], blind_totals: score.Totals) -> str:
    errors: Counter[str] = Counter()
    alarms: Counter[str] = Counter()
    for record in records:
        errors.update(record["errors"])
        alarms.update(record["false_alarms"])
    gold = sum(r["gold_figures"] for r in records)
    misses = sum(v for k, v in errors.items() if k.startswith("missed"))
    read = sum(errors.values()) - misses
    def meta(column: str) -> Counter[str]:
        return Counter(r[column] for r in records)

    lines = [
        f"Dev set: {len(records)} excerpts read by three readers, {gold} gold figures.",
        "",
        "| parser | precision | recall | errors per 100 gold | misses per 100 gold |",
        "|---|---|---|---|---|",
        f"| before (readers' records) | - | - | {100 * read / gold:.1f} | {100 * misses / gold:.1f} |",
        _scored_line("before", reviewed),
        _scored_line("after", reviewed),
        "",
        "The readers' errors also count wrong indicators, wrong values and 'other' (absolute changes), "
        "which score.py does not score; score.py counts absolute changes and range ends as `change` and `range`.",
        "",
        f"Attachment after: {score._fmt(dev.attachment)}. Region before (readers): "
        + ", ".join(f"{k} {v}" for k, v in sorted(meta("region_meta").items()))
        + f"; after: right {dev.region['right']}, wrong {dev.region['wrong']}, none {dev.region['none']}. "
        + "Period before (readers): " + ", ".join(f"{k} {v}" for k, v in sorted(meta("period_meta").items()))
        + f"; after: right {dev.period['right']}, wrong {dev.period['wrong']}, none {dev.period['none']}.",
        "",
        "Attribute errors after (matched figures): "
        + ", ".join(f"{k} {v}" for k, v in dev.attribute_errors.items()) + ".",
        "",
        "Errors before by the readers' categories (records.jsonl, summed over the 189 excerpts):",
        "",
        "| category | count |",
        "|---|---|",
        *[f"| {k} | {v} |" for k, v in _by_head(errors).most_common()],
        "",
        "Most frequent categories in full (five or more):",
        "",
        *[f"- {k}: {v}" for k, v in errors.most_common() if v >= 5],
        "",
        "Validation failures before, by check (readers' false_alarms; real_slip are true slips): "
        + ", ".join(f"{k} {v}" for k, v in _by_head(alarms).most_common()) + ".",
        "",
        f"Blind set: {len(blind)} excerpts, {sum(r['gold_figures'] for r in blind)} gold figures, "
        f"{sum(r['slips'] for r in blind)} real slips noted by the annotators.",
        "",
        "| parser | precision | recall | errors per 100 gold | misses per 100 gold |",
        "|---|---|---|---|---|",
        _scored_line("before", blind),
        _scored_line("after", blind),
        "",
        f"Attachment after: {score._fmt(blind_totals.attachment)}; region after: right "
        f"{blind_totals.region['right']}, wrong {blind_totals.region['wrong']}, none {blind_totals.region['none']}; "
        f"period after: right {blind_totals.period['right']}, wrong {blind_totals.period['wrong']}, "
        f"none {blind_totals.period['none']}.",
    ]
    return "\n".join(lines)


def _by_head(counts: Counter[str]) -> Counter[str]:
    heads: Counter[str] = Counter()
    for key, n in counts.items():
        heads[key.split(":")[0]] += n
    return heads


def main(argv: list[str]) -> int:
    scratch, before_tree = Path("/work/scratch"), None
    if "--scratch" in argv:
        scratch = Path(argv[argv.index("--scratch") + 1])
    if "--before-tree" in argv:
        before_tree = Path(argv[argv.index("--before-tree") + 1])
    sets = argv[argv.index("--sets") + 1].split(",") if "--sets" in argv else None  # later sets to (re)write
    totals = build(scratch, before_tree, sets)
    for name, t in totals.items():
        print(f"{name}:\n{score.totals_table(t)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
