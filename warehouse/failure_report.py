"""The failure reports a reviewer reads: per run an HTML and a Markdown file, and the
same summary and table for Prefect artifacts, the terminal and CSV.

Document text is untrusted. The HTML page escapes it (``warehouse.report_html``);
Markdown (rendered by Prefect's UI) gets its HTML characters as entities and its
Markdown punctuation backslash-escaped, so a report's text cannot become markup.
"""

from __future__ import annotations

import io
import re
import shutil
import sys
from pathlib import Path

import duckdb
import pandas as pd

from warehouse.failure_store import by_document_and_check, plural, read_failures, summarise
from warehouse.report_html import render_html

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def md_escape(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    text = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text).replace("\n", " ")


def _md_highlighted(sentence: str, figures: list[dict]) -> str:
    spans = sorted({(f["start"], f["start"] + len(f["raw_text"])) for f in figures if f.get("start") is not None})
    out, at = [], 0
    for start, end in spans:
        if start < at:
            continue
        out += [md_escape(sentence[at:start]), f"**{md_escape(sentence[start:end])}**"]
        at = end
    out.append(md_escape(sentence[at:]))
    return "".join(out)


def summary_markdown(failures: pd.DataFrame, title: str) -> str:
    s = summarise(failures)
    lines = [f"# {md_escape(title)}", "",
             f"**{plural(s['failures'], 'failure')}** ({plural(s['errors'], 'error')}, "
             f"{plural(s['warnings'], 'warning')}; {s['open']} open) naming {plural(s['figures'], 'figure')} in "
             f"{plural(len(s['by_document']), 'document')}.", ""]
    if s["by_check"]:
        lines += ["| check | severity | failures |", "|---|---|---|"]
        lines += [f"| {md_escape(c)} | {sev} | {n} |" for c, sev, n in s["by_check"]]
        lines += ["", "| document | failures |", "|---|---|"]
        lines += [f"| {md_escape(d)} | {n} |" for d, n in s["by_document"].items()]
        lines.append("")
    return "\n".join(lines)


def render_markdown(failures: pd.DataFrame, title: str) -> str:
    lines = [summary_markdown(failures, title)]
    for source, first, checks in by_document_and_check(failures):
        about = " · ".join(md_escape(v) for v in (first.title, first.region, first.period_label) if md_escape(v))
        lines += [f"## {md_escape(source)}", ""] + ([about, ""] if about else [])
        for check, check_failures in checks:
            lines += [f"### {md_escape(check)} ({len(check_failures)})", ""]
            for row in check_failures:
                own = [f for f in row.figures if f["document_id"] == row.document_id]
                others = [f for f in row.figures if f["document_id"] != row.document_id]
                review = "open" if row.review_status == "open" else f"{row.review_status} by {md_escape(row.reviewer)}"
                lines.append(f"- **{row.severity}** failure {row.failure_id} (run {row.run_id}, {review}): "
                             f"{md_escape(row.message)}")
                for sentence in dict.fromkeys(f["sentence"] for f in own if f["sentence"]):
                    lines.append(f"  > {_md_highlighted(sentence, [f for f in own if f['sentence'] == sentence])}")
                for f in others:
                    lines.append(f"  - compared with **{md_escape(f['raw_text'])}** in {md_escape(f['source_name'])}"
                                 f" (figure {f['figure_id']})")
                lines.append("")
    return "\n".join(lines) + "\n"


def failures_table(failures: pd.DataFrame) -> list[dict]:
    """Plain rows (no markup) for a Prefect table artifact, CSV and the terminal."""
    return [{
        "failure_id": int(r.failure_id), "run_id": int(r.run_id), "severity": r.severity, "check": r.check_name,
        "document": r.source_name, "figures": " | ".join(f["raw_text"] for f in r.figures),
        "message": r.message, "review": r.review_status, "sentence": r.sentence,
    } for r in failures.itertuples()]


def render_csv(failures: pd.DataFrame) -> str:
    buffer = io.StringIO()
    pd.DataFrame(failures_table(failures), columns=["failure_id", "run_id", "severity", "check", "document",
                                                    "figures", "message", "review", "sentence"]
                 ).to_csv(buffer, index=False)
    return buffer.getvalue()


def render_terminal(failures: pd.DataFrame, title: str, width: int | None = None) -> str:
    from rich.console import Console
    from rich.table import Table

    s = summarise(failures)
    table = Table(title=f"{title}: {plural(s['failures'], 'failure')} ({plural(s['errors'], 'error')}, "
                  f"{plural(s['warnings'], 'warning')})",
                  show_lines=True)
    for column in ("id", "run", "severity", "check", "document", "figures", "message", "review"):
        table.add_column(column, overflow="fold")
    for row in failures_table(failures):
        table.add_row(str(row["failure_id"]), str(row["run_id"]), row["severity"], row["check"],
                      str(row["document"]), row["figures"], row["message"], row["review"])
    if width is None:
        width = shutil.get_terminal_size((160, 40)).columns if sys.stdout.isatty() else 160
    console = Console(file=io.StringIO(), width=width, markup=False, highlight=False, emoji=False)
    console.print(table)
    return console.file.getvalue().rstrip("\n")


def run_title(run_id: int | None) -> str:
    return f"Validation failures of run {run_id}" if run_id is not None else "Open validation failures"


def write_run_reports(con: duckdb.DuckDBPyConnection, run_id: int, report_dir: Path) -> list[Path]:
    """Write the HTML and Markdown reports of one run; both list every failure the run raised."""
    failures = read_failures(con, run_id=run_id, include_reviewed=True)
    report_dir.mkdir(parents=True, exist_ok=True)
    html_path = report_dir / f"run-{run_id:05d}-failures.html"
    md_path = report_dir / f"run-{run_id:05d}-failures.md"
    html_path.write_text(render_html(failures, run_title(run_id)), encoding="utf-8")
    md_path.write_text(render_markdown(failures, run_title(run_id)), encoding="utf-8")
    return [md_path, html_path]


def run_artifacts(con: duckdb.DuckDBPyConnection, run_id: int, report_paths: list[str]) -> tuple[str, list[dict]]:
    """The summary (Markdown) and failure table of one run, as published to Prefect."""
    failures = read_failures(con, run_id=run_id, include_reviewed=True)
    summary = summary_markdown(failures, run_title(run_id))
    if report_paths:
        summary += "\nReports: " + ", ".join(f"`{md_escape(p)}`" for p in report_paths) + "\n"
    return summary, failures_table(failures)
