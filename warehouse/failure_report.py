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
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pandas as pd

from warehouse import i18n
from warehouse.failure_store import (
    by_document_and_check,
    plural,
    read_failures,
    summarise,
    summarise_run,
)
from warehouse.i18n import report_summary, words
from warehouse.report_html import document_anchors, html_head, html_sections, html_tail

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


def summary_markdown(summary: dict, title: str, max_documents: int | None = None, lang: str = "en") -> str:
    """The counts of ``failure_store.summarise``; the table of documents cut at ``max_documents``."""
    s = summary
    w = words(lang)
    count, rest = report_summary(summary, lang)
    lines = [f"# {md_escape(title)}", "", f"**{count}** {rest}", ""]
    if s["by_check"]:
        lines += [f"| {w['r_check']} | {w['r_severity']} | {w['r_failures']} |", "|---|---|---|"]
        lines += [f"| {md_escape(c)} | {sev} | {n} |" for c, sev, n in s["by_check"]]
        documents = list(s["by_document"].items())
        if max_documents is not None and len(documents) > max_documents:  # those with most failures
            documents = sorted(documents, key=lambda document: -document[1])
        shown = documents[:max_documents]
        lines += ["", f"| {w['r_document']} | {w['r_failures']} |", "|---|---|"]
        lines += [f"| {md_escape(d)} | {n} |" for d, n in shown]
        if len(shown) < len(documents):
            lines.append(f"| … and {len(documents) - len(shown)} more documents, with fewer failures | |")
        lines.append("")
    return "\n".join(lines)


def render_markdown(failures: pd.DataFrame, title: str, lang: str = "en") -> str:
    return "\n".join([summary_markdown(summarise(failures), title, lang=lang),
                      *markdown_sections(failures, lang)]) + "\n"


def markdown_sections(failures: pd.DataFrame, lang: str = "en") -> Iterator[str]:
    """The lines of a section per document of ``failures``: its failures, check by check."""
    for source, first, checks in by_document_and_check(failures):
        about = " · ".join(md_escape(v) for v in (first.title, first.region, first.period_label) if md_escape(v))
        yield from [f"## {md_escape(source)}", ""] + ([about, ""] if about else [])
        for check, check_failures in checks:
            yield from [f"### {md_escape(check)} ({len(check_failures)})", ""]
            for row in check_failures:
                own = [f for f in row.figures if f["document_id"] == row.document_id]
                others = [f for f in row.figures if f["document_id"] != row.document_id]
                rule = getattr(row, "review_rule", None)
                w = words(lang)
                review = (w["r_open"] if row.review_status == "open" else
                          f"{row.review_status}, {w['decided_by_rule']} {md_escape(rule)}" if isinstance(rule, str)
                          else f"{row.review_status} {w['r_by']} {md_escape(row.reviewer)}")
                yield (f"- **{row.severity}** {w['r_failure']} {row.failure_id} ({w['r_run']} {row.run_id}, {review}): "
                       f"{md_escape(row.message)}")
                for sentence in dict.fromkeys(f["sentence"] for f in own if f["sentence"]):
                    yield f"  > {_md_highlighted(sentence, [f for f in own if f['sentence'] == sentence])}"
                for f in others:
                    yield (f"  - {w['r_compared'].lower()} **{md_escape(f['raw_text'])}** {w['r_in']} "
                           f"{md_escape(f['source_name'])} ({w['r_figure']} {f['figure_id']})")
                yield ""


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
    printed = io.StringIO()
    console = Console(file=printed, width=width, markup=False, highlight=False, emoji=False)
    console.print(table)
    return printed.getvalue().rstrip("\n")


def run_title(run_id: int | None, lang: str = "en") -> str:
    return i18n.run_title(run_id, lang)


# Documents read at a time while writing a run's reports: the reports grow with the run, the
# memory they take must not (read whole, a large run's failures were its peak).
REPORT_CHUNK_DOCUMENTS = 500

# Prefect keeps every artifact in its database, and its UI draws a table whole: the failures of
# a large run made a table artifact that swelled the API server and that nobody could page through. The artifacts show the first ones and point to the reports, which
# list them all.
ARTIFACT_MAX_ROWS = 500
ARTIFACT_MAX_DOCUMENTS = 50


def write_run_reports(con: duckdb.DuckDBPyConnection, run_id: int, report_dir: Path,
                      chunk_documents: int = REPORT_CHUNK_DOCUMENTS, lang: str = "en") -> list[Path]:
    """Write the HTML and Markdown reports of one run; both list every failure the run raised.

    They are written a few hundred documents at a time, and come out as ``render_html`` and
    ``render_markdown`` would write them from every failure at once.
    """
    title = run_title(run_id, lang)
    summary = summarise_run(con, run_id, include_reviewed=True)
    anchors = document_anchors(summary)
    report_dir.mkdir(parents=True, exist_ok=True)
    html_path = report_dir / f"run-{run_id:05d}-failures.html"
    md_path = report_dir / f"run-{run_id:05d}-failures.md"
    # The documents in report order; failures of a document without a name last (``by_document``
    # leaves them out, ``read_failures`` reads them as the source None).
    unnamed = summary["failures"] - sum(summary["by_document"].values())
    sources = [*summary["by_document"], *([None] if unnamed else [])]
    with html_path.open("w", encoding="utf-8") as html_file, md_path.open("w", encoding="utf-8") as md_file:
        html_lines, md_lines = _Lines(html_file), _Lines(md_file)
        html_lines.write(html_head(summary, title, lang))
        md_lines.write([summary_markdown(summary, title, lang=lang)])
        for start in range(0, len(sources), chunk_documents):
            failures = read_failures(con, run_id=run_id, include_reviewed=True,
                                     sources=sources[start:start + chunk_documents])
            html_lines.write(html_sections(failures, anchors, lang))
            md_lines.write(markdown_sections(failures, lang))
        html_lines.write(html_tail(summary, lang))
        html_file.write("\n")
        md_file.write("\n")
    return [md_path, html_path]


class _Lines:
    """Lines written to a file as ``"\\n".join(lines)`` would join them, a few at a time."""

    def __init__(self, file):
        self.file, self.first = file, True

    def write(self, lines) -> None:
        for line in lines:
            self.file.write(line if self.first else "\n" + line)
            self.first = False


def run_artifacts(con: duckdb.DuckDBPyConnection, run_id: int, report_paths: list[str],
                  max_rows: int = ARTIFACT_MAX_ROWS, max_documents: int = ARTIFACT_MAX_DOCUMENTS,
                  ) -> tuple[str, list[dict]]:
    """The summary (Markdown) and failure table of one run, as published to Prefect: the table
    holds the first ``max_rows`` failures in report order, the summary ``max_documents`` documents."""
    summary = summarise_run(con, run_id, include_reviewed=True)
    text = summary_markdown(summary, run_title(run_id), max_documents=max_documents)
    if summary["failures"] > max_rows:
        text += (f"\nThe table artifact shows the first {max_rows} of {summary['failures']} failures; "
                 "the reports list them all.\n")
    if report_paths:
        text += "\nReports: " + ", ".join(f"`{md_escape(p)}`" for p in report_paths) + "\n"
    return text, failures_table(read_failures(con, run_id=run_id, include_reviewed=True, limit=max_rows))
