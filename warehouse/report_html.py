"""The failure report as one self-contained HTML page (inline CSS, no script, nothing fetched).

Document text is untrusted: every piece of it goes through ``html.escape``, and
the page's Content-Security-Policy forbids scripts besides, so a "<script>" in a
report shows as text and never runs.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from itertools import groupby

import pandas as pd

from warehouse.failure_store import by_document_and_check, summarise
from warehouse.i18n import report_summary, words

_CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#222}
h1{font-size:1.5em}h2{font-size:1.25em;border-bottom:1px solid #ccc;margin-top:2em}h3{font-size:1.05em}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}
.failure{border-left:4px solid #c33;padding:.3em .8em;margin:.8em 0;background:#fdf6f6}
.failure.warning{border-color:#d90;background:#fffaf0}.failure.reviewed{opacity:.75}
.badge{font-size:.8em;font-weight:bold;text-transform:uppercase;padding:.05em .4em;border-radius:.3em;color:#fff}
.badge.error{background:#c33}.badge.warning{background:#d90}
.arithmetic{font-family:ui-monospace,monospace;white-space:pre-wrap;background:#fff;padding:.3em}
blockquote{margin:.4em 0;padding:.2em .8em;border-left:3px solid #bbb;background:#fff}
mark{background:#ffe066;padding:0 .1em;font-weight:bold}.hint{color:#666;font-size:.9em}
"""


def _e(value) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else html.escape(str(value))


def source_link(source_name) -> str:
    name = _e(source_name) or "(unknown source)"
    if isinstance(source_name, str) and source_name.startswith(("http://", "https://")):
        return f'<a href="{name}" rel="noopener noreferrer">{name}</a>'
    return name


def highlighted(sentence: str, figures: list[dict]) -> str:
    """The sentence, escaped, with each named figure in it wrapped in <mark>."""
    spans = sorted({(f["start"], f["start"] + len(f["raw_text"])) for f in figures if f.get("start") is not None})
    out, at = [], 0
    for start, end in spans:
        if start < at:
            continue  # overlapping spans: the first one wins
        out.append(html.escape(sentence[at:start]))
        out.append(f"<mark>{html.escape(sentence[start:end])}</mark>")
        at = end
    out.append(html.escape(sentence[at:]))
    return "".join(out)


def _failure_html(row, lang: str = "en") -> str:
    w = words(lang)
    own = [f for f in row.figures if f["document_id"] == row.document_id]
    others = [f for f in row.figures if f["document_id"] != row.document_id]
    sentences = []
    for sentence, group in groupby(sorted(own, key=lambda f: (f["sentence"] or "")), key=lambda f: f["sentence"]):
        if sentence:
            sentences.append(f"<blockquote>{highlighted(sentence, list(group))}</blockquote>")
    if not sentences and isinstance(row.sentence, str):
        sentences.append(f"<blockquote>{_e(row.sentence)}</blockquote>")
    other_items = "".join(
        f"<li><mark>{_e(f['raw_text'])}</mark> {w['r_in']} {source_link(f['source_name'])} "
        f"({w['r_figure']} {f['figure_id']}, {_e(f['status'])}): {highlighted(f['sentence'] or '', [f])}</li>"
        for f in others)
    named = ", ".join(f"<mark>{_e(f['raw_text'])}</mark> ({w['r_figure']} {f['figure_id']}, {_e(f['status'])})"
                      for f in own)
    review = (f"<p class=hint>{_e(row.review_status)} · {w['decided_by_rule']} {_e(row.review_rule)}"
              f"{': ' + _e(row.review_note) if isinstance(row.review_note, str) else ''}</p>"
              if isinstance(getattr(row, "review_rule", None), str) else
              f"<p class=hint>{_e(row.review_status)} {w['r_by']} {_e(row.reviewer)} {w['r_at']} {_e(row.reviewed_at)}"
              f"{': ' + _e(row.review_note) if isinstance(row.review_note, str) else ''}</p>"
              if row.review_status != "open" else
              f"<p class=hint>{w['r_hint'].format(id=row.failure_id)}</p>")
    classes = f"failure {_e(row.severity)}" + (" reviewed" if row.review_status != "open" else "")
    return (f'<div class="{classes}" id="failure-{row.failure_id}">'
            f'<p><span class="badge {_e(row.severity)}">{_e(row.severity)}</span> '
            f"<strong>{w['r_failure']} {row.failure_id}</strong> · {w['r_run']} {row.run_id} · "
            f"{w['r_figures']}: {named or '–'}</p>"
            f'<p class="arithmetic">{_e(row.message)}</p>{"".join(sentences)}'
            f"{'<p>' + w['r_compared'] + ':</p><ul>' + other_items + '</ul>' if other_items else ''}{review}</div>")


def render_html(failures: pd.DataFrame, title: str, lang: str = "en") -> str:
    summary = summarise(failures)
    parts = [*html_head(summary, title, lang), *html_sections(failures, document_anchors(summary), lang),
             *html_tail(summary, lang)]
    return "\n".join(parts) + "\n"


def html_head(summary: dict, title: str, lang: str = "en") -> list[str]:
    """The page's head and its summary tables (``failure_store.summarise``)."""
    w = words(lang)
    count, rest = report_summary(summary, lang)
    parts = [
        "<!DOCTYPE html>", f'<html lang="{lang}"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>", f"<h1>{_e(title)}</h1>",
        f'<p id="summary"><strong>{count}</strong> {rest}</p>',
    ]
    if summary["by_check"]:
        rows = "".join(f"<tr><td>{_e(c)}</td><td>{_e(s)}</td><td>{n}</td></tr>" for c, s, n in summary["by_check"])
        parts.append(f"<table><tr><th>{w['r_check']}</th><th>{w['r_severity']}</th><th>{w['r_failures']}</th></tr>"
                     f"{rows}</table>")
        docs = "".join(f'<tr><td><a href="#doc-{i}">{_e(d)}</a></td><td>{n}</td></tr>'
                       for i, (d, n) in enumerate(summary["by_document"].items()))
        parts.append(f"<table><tr><th>{w['r_document']}</th><th>{w['r_failures']}</th></tr>{docs}</table>")
    return parts


def document_anchors(summary: dict) -> dict:
    """Each document's anchor, as the summary's table of documents links to it."""
    return {source: i for i, source in enumerate(summary["by_document"])}


def html_sections(failures: pd.DataFrame, anchors: dict, lang: str = "en") -> Iterator[str]:
    """A section per document of ``failures``: its failures, check by check."""
    for (source, document_id), first, checks in by_document_and_check(failures, ("source_name", "document_id")):
        about = " · ".join(_e(v) for v in (first.title, first.region, first.period_label) if _e(v))
        anchor = anchors.get(source, document_id)
        yield f'<h2 id="doc-{anchor}">{source_link(source)}</h2>' + (f"<p>{about}</p>" if about else "")
        for check, check_failures in checks:
            yield f"<h3>{_e(check)} ({len(check_failures)})</h3>"
            yield from (_failure_html(row, lang) for row in check_failures)


def html_tail(summary: dict, lang: str = "en") -> list[str]:
    return ([f"<p>{words(lang)['no_failures']}</p>"] if not summary["failures"] else []) + ["</body></html>"]
