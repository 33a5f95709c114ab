"""How many validation failures a folder of real report texts raises, per report.

    python -m parsing.realtext.false_alarms FOLDER [FOLDER...]

Runs a real ``solieu`` run (the whole pipeline: parse, in-batch and cross-document checks,
load) over the texts into a temporary DuckDB warehouse, then prints per text its failures
by check and severity, and in total: errors per report, failures whose figures belong to
two provinces, and failures per text for texts naming several provinces ("digests") and
for texts naming one. Every text of a folder is one report of the same run, so reprints
of one story in two texts are compared as the warehouse would compare them.

Texts consistent as published should raise no error; the counts are false alarms unless a
reader finds a real slip. The texts stay where they are (real prose is never copied into
the repository).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import duckdb

from parsing.report_region import _PROVINCE, _SPELLING_TO_PROVINCE


def provinces_named(text: str) -> set[str]:
    return {_SPELLING_TO_PROVINCE[m.group(0).lower()] for m in _PROVINCE.finditer(text)}


def run(folders: list[Path]) -> dict[str, Any]:
    from flows.pipeline import run_ingest
    from flows.settings import load_settings

    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp) / "inbox"
        inbox.mkdir()
        for folder in folders:
            for path in sorted(folder.glob("*.txt")):
                shutil.copy(path, inbox / f"{folder.name}-{path.name}")
        warehouse = Path(tmp) / "w.duckdb"
        run_ingest(load_settings().with_overrides(warehouse=warehouse, inbox=inbox, workers=1))
        con = duckdb.connect(str(warehouse), read_only=True)
        # Figures with a region of their own (migration 009), or else their documents'.
        region = "f.region" if _has_column(con, "figures", "region") else "d2.region"
        failures = con.execute(
            f"""SELECT d.source_name, v.check_name, v.severity,
                       (SELECT count(DISTINCT coalesce({region}, ''))
                        FROM figures f JOIN documents d2 ON d2.document_id = f.document_id
                        WHERE list_contains(v.figure_ids, f.figure_id)) AS regions, v.message
                FROM validation_failures v JOIN documents d USING (document_id)""").fetchall()
        figure_regions = region == "f.region"
        documents = con.execute("SELECT source_name, region FROM documents WHERE status = 'parsed'").fetchall()
        texts = {p.name: p.read_text(encoding="utf-8") for p in inbox.glob("*.txt")}
        con.close()
    return {"failures": failures, "documents": documents, "texts": texts, "figure_regions": figure_regions}


def _has_column(con: duckdb.DuckDBPyConnection, table: str, column: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM information_schema.columns WHERE table_name = ? "
                            "AND column_name = ?", [table, column]).fetchall()[0][0])


def report(result: dict[str, Any], verbose: bool = False) -> str:
    names = sorted(name for name, _ in result["documents"])
    digest = {name: len(provinces_named(result["texts"][name])) > 1 for name in names}
    by_text: dict[str, Counter[tuple[str, str]]] = {name: Counter() for name in names}
    two_provinces = 0
    lines = []
    for source, check, severity, regions, message in result["failures"]:
        by_text.setdefault(source, Counter())[(check, severity)] += 1
        two_provinces += regions > 1
        if verbose:
            lines.append(f"  {source}: {severity} {check}: {message}")
    for name in names:
        counts = ", ".join(f"{check}/{severity} {n}" for (check, severity), n in sorted(by_text[name].items()))
        lines.insert(0, f"{name:28} {'digest' if digest[name] else 'single':6} {counts or '-'}")
    errors = sum(n for c in by_text.values() for (_, s), n in c.items() if s == "error")
    total = sum(sum(c.values()) for c in by_text.values())

    def per_text(kind: bool) -> str:
        chosen = [name for name in names if digest[name] == kind]
        if not chosen:
            return "-"
        return f"{sum(sum(by_text[n].values()) for n in chosen) / len(chosen):.2f} ({len(chosen)} texts)"

    lines = sorted(lines[: len(names)]) + lines[len(names):]
    lines += [
        f"reports: {len(names)}; failures: {total}; errors: {errors} "
        f"({errors / max(len(names), 1):.2f} per report; reports with an error: "
        f"{sum(1 for c in by_text.values() if any(s == 'error' for _, s in c))})",
        f"failures pairing figures of two provinces: {two_provinces}"
        f"{'' if result['figure_regions'] else ' (by document region)'}",
        f"failures per digest text: {per_text(True)}; per single-province text: {per_text(False)}",
    ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    folders = [Path(a) for a in argv if a != "-v"]
    if not folders:
        print(__doc__)
        return 2
    print(report(run(folders), verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
