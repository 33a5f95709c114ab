"""The failure report a reviewer reads after each run (first version: Markdown)."""

from __future__ import annotations

from pathlib import Path

import duckdb


def run_failures(con: duckdb.DuckDBPyConnection, run_id: int):
    return con.execute(
        """SELECT v.failure_id, d.source_name, v.check_name, v.severity, v.message, v.sentence
           FROM validation_failures v LEFT JOIN documents d USING (document_id)
           WHERE v.run_id = ? ORDER BY d.source_name, v.check_name, v.failure_id""",
        [run_id],
    ).df()


def write_run_reports(con: duckdb.DuckDBPyConnection, run_id: int, report_dir: Path) -> list[Path]:
    failures = run_failures(con, run_id)
    report_dir.mkdir(parents=True, exist_ok=True)
    path = report_dir / f"run-{run_id:05d}-failures.md"
    lines = [f"# Validation failures of run {run_id}", "", f"{len(failures)} failures.", ""]
    for row in failures.itertuples():
        lines.append(f"- **{row.severity}** `{row.check_name}` in {row.source_name}: {row.message}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [path]
