"""``reports/index.html``: every run at a glance, rebuilt after each run.

The runs with their counts and reports, a trend picture (inline SVG, no script) of new
errors, new warnings and quarantined figures per run, the open backlog by age, check and
province, the fail rate per check, and how many failures were decided by an earlier
decision or a review rule. One self-contained page, as the failure reports are: inline CSS,
a Content-Security-Policy that forbids scripts, every value escaped.
"""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

import duckdb

from warehouse.i18n import words

TREND_RUNS = 40  # the trend shows the latest runs only: a picture of hundreds of points says nothing more
AGE_BUCKETS = [(0, 1, "< 1 d"), (1, 7, "1–7 d"), (7, 30, "7–30 d"), (30, None, "> 30 d")]
SERIES = [("errors", "new_errors", "#c33"), ("warnings", "new_warnings", "#d90"),
          ("quarantined", "quarantined", "#36c")]

_CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:1.6em}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.cols{display:flex;flex-wrap:wrap;gap:2em;align-items:flex-start}
.hint{color:#666;font-size:.9em}.failed{color:#c33;font-weight:bold}
"""


def _e(value) -> str:
    return "" if value is None else html.escape(str(value))


def run_rows(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """One dict per run, oldest first: its counts, its new errors and warnings, and the failures
    of it decided by an earlier decision or a rule."""
    rows = con.execute(
        """WITH raised AS (
               SELECT run_id, count(*) FILTER (severity = 'error') AS errors,
                      count(*) FILTER (severity = 'warning') AS warnings
               FROM validation_failures GROUP BY run_id),
           automatic AS (
               SELECT v.run_id, count(DISTINCT e.failure_id) FILTER (e.origin = 'earlier_decision') AS earlier,
                      count(DISTINCT e.failure_id) FILTER (e.origin = 'rule') AS by_rule
               FROM review_events e JOIN validation_failures v USING (failure_id) GROUP BY v.run_id)
           SELECT r.run_id, r.started_at, r.status, r.documents_new, r.figures_loaded, r.figures_quarantined,
                  coalesce(x.errors, 0), coalesce(x.warnings, 0), coalesce(a.earlier, 0), coalesce(a.by_rule, 0),
                  r.message
           FROM runs r LEFT JOIN raised x USING (run_id) LEFT JOIN automatic a USING (run_id)
           ORDER BY r.run_id""").fetchall()
    keys = ["run_id", "started_at", "status", "documents_new", "figures_loaded", "quarantined", "errors",
            "warnings", "earlier", "by_rule", "message"]
    return [dict(zip(keys, row)) for row in rows]


def backlog(con: duckdb.DuckDBPyConnection, now: datetime) -> dict:
    """Open failures by age bucket, by check and by province."""
    ages = [r[0] for r in con.execute(
        "SELECT date_diff('second', created_at, ?::TIMESTAMP) / 86400.0 FROM validation_failures "
        "WHERE review_status = 'open'", [now]).fetchall()]
    by_age = [(label, sum(1 for a in ages if a >= low and (high is None or a < high)))
              for low, high, label in AGE_BUCKETS]
    by_check = con.execute("SELECT check_name, severity, count(*) FROM validation_failures "
                           "WHERE review_status = 'open' GROUP BY ALL ORDER BY 3 DESC, 1").fetchall()
    by_region = con.execute("SELECT coalesce(d.region, '–'), count(*) FROM validation_failures v "
                            "LEFT JOIN documents d USING (document_id) WHERE v.review_status = 'open' "
                            "GROUP BY ALL ORDER BY 2 DESC, 1").fetchall()
    return {"total": len(ages), "by_age": by_age, "by_check": by_check, "by_region": by_region}


def fail_rates(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    """Per check: failures, runs it failed in out of the runs that loaded figures, and the share
    of all loaded figures it named."""
    return con.execute(
        """WITH loaded AS (SELECT count(*) AS figures, count(DISTINCT run_id) AS runs FROM figures),
           named AS (SELECT check_name, count(DISTINCT figure_id) AS figures
                     FROM (SELECT check_name, unnest(figure_ids) AS figure_id FROM validation_failures)
                     GROUP BY ALL)
           SELECT v.check_name, count(*), count(DISTINCT v.run_id), any_value(l.runs),
                  coalesce(any_value(n.figures), 0) / greatest(any_value(l.figures), 1)
           FROM validation_failures v CROSS JOIN loaded l LEFT JOIN named n USING (check_name)
           GROUP BY v.check_name ORDER BY 5 DESC, 1""").fetchall()


def trend_svg(runs: list[dict], w: dict, width: int = 760, height: int = 240) -> str:
    """A line per series over the latest runs; points carry a <title> (shown on hover, no script)."""
    runs = runs[-TREND_RUNS:]
    left, right, top, bottom = 48, 16, 16, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max([1, *(r[key] for r in runs for key, _, _ in SERIES)])
    step = plot_w / max(len(runs) - 1, 1)

    def x(i):
        return left + (i * step if len(runs) > 1 else plot_w / 2)

    def y(value):
        return top + plot_h - value / peak * plot_h

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="{_e(w["trend"])}" id="trend">',
             f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="#fafafa" stroke="#ccc"/>']
    for fraction in (0, 0.5, 1):
        value = round(peak * fraction)
        parts.append(f'<text x="{left - 6}" y="{y(value) + 4:.1f}" font-size="11" text-anchor="end">{value}</text>')
        parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y(value):.1f}" y2="{y(value):.1f}" '
                     f'stroke="#e4e4e4"/>')
    label_every = max(1, len(runs) // 12)
    for i, run in enumerate(runs):
        if i % label_every == 0 or i == len(runs) - 1:
            parts.append(f'<text x="{x(i):.1f}" y="{top + plot_h + 16}" font-size="11" '
                         f'text-anchor="middle">{run["run_id"]}</text>')
    parts.append(f'<text x="{left + plot_w / 2}" y="{height - 4}" font-size="11" '
                 f'text-anchor="middle">{_e(w["run"])}</text>')
    for key, label, colour in SERIES:
        points = " ".join(f"{x(i):.1f},{y(r[key]):.1f}" for i, r in enumerate(runs))
        parts.append(f'<polyline class="series-{key}" fill="none" stroke="{colour}" stroke-width="2" '
                     f'points="{points}"/>')
        for i, r in enumerate(runs):
            parts.append(f'<circle cx="{x(i):.1f}" cy="{y(r[key]):.1f}" r="3" fill="{colour}">'
                         f'<title>{_e(w["run"])} {r["run_id"]}: {r[key]} {_e(w[label])}</title></circle>')
    for n, (_, label, colour) in enumerate(SERIES):
        parts.append(f'<rect x="{left + 10 + n * 170}" y="{top + 6}" width="12" height="12" fill="{colour}"/>'
                     f'<text x="{left + 28 + n * 170}" y="{top + 16}" font-size="12">{_e(w[label])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def render_index(con: duckdb.DuckDBPyConnection, *, lang: str = "vi", now: datetime | None = None,
                 report_names: dict[int, str] | None = None, stale_sources: list[str] | None = None) -> str:
    w = words(lang)
    now = now or datetime.now()
    runs = run_rows(con)
    waiting = backlog(con, now)
    rates = fail_rates(con)
    report_names = report_names or {}
    parts = ["<!DOCTYPE html>", f'<html lang="{lang}"><head><meta charset="utf-8">',
             "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
             "img-src 'self'\">",
             f"<title>{_e(w['index_title'])}</title><style>{_CSS}</style></head><body>",
             f"<h1>{_e(w['index_title'])}</h1>",
             f'<p class="hint">{now:%Y-%m-%d %H:%M} · {len(runs)} {_e(w["runs"]).lower()} · '
             f'{waiting["total"]} {_e(w["open_failures"])}</p>']
    if stale_sources:
        parts.append(f'<p id="stale"><strong>{_e(w["stale_sources"])}:</strong> '
                     + ", ".join(_e(s) for s in stale_sources) + "</p>")
    parts += [f"<h2>{_e(w['trend'])}</h2>", trend_svg(runs, w) if runs else f"<p>{_e(w['no_failures'])}</p>"]

    parts.append(f"<h2>{_e(w['backlog'])} ({waiting['total']})</h2><div class=cols>")
    parts.append(_table([w["age"], w["count"]], waiting["by_age"], "backlog-age", caption=w["by_age"]))
    parts.append(_table([w["check"], w["severity"], w["count"]], waiting["by_check"], "backlog-check",
                        caption=w["by_check"]))
    parts.append(_table([w["province"], w["count"]], waiting["by_region"], "backlog-province",
                        caption=w["by_province"]))
    parts.append("</div>")

    parts.append(f"<h2>{_e(w['fail_rate'])}</h2>")
    parts.append(_table([w["check"], w["failures_word"], w["runs"], w["failed_figures"]],
                        [(c, n, f"{failed}/{total}", f"{share:.2%}") for c, n, failed, total, share in rates],
                        "fail-rate"))

    earlier = sum(r["earlier"] for r in runs)
    by_rule = sum(r["by_rule"] for r in runs)
    parts.append(f"<h2>{_e(w['decided_automatically'])}</h2>"
                 f'<p id="automatic">{earlier} {_e(w["earlier_decision"])} · {by_rule} {_e(w["rule"])}</p>')

    parts.append(f"<h2>{_e(w['runs'])}</h2>")
    header = [w["run"], w["started"], w["status"], w["documents_new"], w["figures_loaded"], w["new_errors"],
              w["new_warnings"], w["quarantined"], w["earlier_decision"], w["rule"], w["report"]]
    body = []
    for r in reversed(runs):
        name = report_names.get(r["run_id"])
        link = f'<a href="{_e(name)}">{_e(name)}</a>' if name else ""
        status = (f'<span class="failed" title="{_e(r["message"])}">{_e(r["status"])}</span>'
                  if r["status"] != "completed" else _e(r["status"]))
        cells = [r["run_id"], f"{r['started_at']:%Y-%m-%d %H:%M}", status, r["documents_new"], r["figures_loaded"],
                 r["errors"], r["warnings"], r["quarantined"], r["earlier"], r["by_rule"], link]
        body.append("<tr>" + "".join(f"<td{' class=n' if isinstance(c, int) else ''}>"
                                     f"{c if i in (2, 10) else _e(c)}</td>" for i, c in enumerate(cells)) + "</tr>")
    parts.append('<table id="runs"><tr>' + "".join(f"<th>{_e(h)}</th>" for h in header) + "</tr>"
                 + "".join(body) + "</table>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _table(header: list[str], rows, table_id: str, caption: str | None = None) -> str:
    cap = f"<caption>{_e(caption)}</caption>" if caption else ""
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td{' class=n' if isinstance(c, int | float) else ''}>{_e(c)}</td>"
                                    for c in row) + "</tr>" for row in rows)
    return f'<table id="{table_id}">{cap}<tr>{head}</tr>{body}</table>'


def write_run_index(con: duckdb.DuckDBPyConnection, report_dir: Path, *, lang: str = "vi",
                    stale_sources: list[str] | None = None) -> Path:
    """Write ``index.html`` in ``report_dir``, linking each run's HTML failure report found there."""
    report_dir.mkdir(parents=True, exist_ok=True)
    names = {}
    for path in report_dir.glob("run-*-failures.html"):
        number = path.name[len("run-"):-len("-failures.html")]
        if number.isdigit():
            names[int(number)] = path.name
    index = report_dir / "index.html"
    temporary = index.with_suffix(".html.tmp")
    temporary.write_text(render_index(con, lang=lang, report_names=names, stale_sources=stale_sources),
                         encoding="utf-8")
    temporary.replace(index)  # a reader never sees half a page
    return index
