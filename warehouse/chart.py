"""``solieu chart``: an indicator's values drawn as SVG, from ``indicator_values``.

A series (one province, every period: values with their intervals as whiskers, finals filled,
preliminary figures half-filled, estimates hollow, conflicts ringed in red) or, for one period,
the provinces side by side. Plain SVG text: no network, no script, no plotting library.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path

import duckdb

from schemas.errors import SolieuError

WIDTH, HEIGHT = 860, 460
LEFT, RIGHT, TOP, BOTTOM = 90, 170, 60, 90
SCALES = ((1e9, "tỷ"), (1e6, "triệu"), (1e3, "nghìn"))
# One colour per period kind, so that halves, quarters and years read as separate lines.
COLOURS = {"year": "#1f77b4", "half": "#2ca02c", "quarter": "#9467bd", "month": "#8c564b",
           "year_to_date": "#ff7f0e", "other": "#7f7f7f"}
CONFLICT = "#d62728"


class ChartError(SolieuError):
    """The chart cannot be drawn as asked (no such indicator, region or period); the message says why."""


def _region_code(con, region: str | None, indicator: str) -> str:
    if region is None:
        row = con.execute("""SELECT region_code FROM indicator_values WHERE indicator = ?
                             GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1""", [indicator]).fetchone()
        if row is None:
            raise ChartError(f"no values of {indicator!r} (see the indicators table for keys)")
        return row[0]
    row = con.execute("""SELECT code FROM provinces WHERE code = ? OR lower(name) = lower(?)
                         OR list_contains(list_transform(spellings, s -> lower(s)), lower(?))
                         ORDER BY valid_from NULLS FIRST LIMIT 1""", [region, region, region]).fetchone()
    if row is None:
        raise ChartError(f"no province {region!r}: give a code or a name of the provinces table")
    return row[0]


def _scale(values: list[float], unit: str) -> tuple[float, str]:
    top = max((abs(v) for v in values if math.isfinite(v)), default=0)
    if unit in ("percent", "pct"):
        return 1.0, "%"
    for factor, word in SCALES:
        if top >= factor:
            return factor, f"{word} {'đồng' if unit == 'VND' else unit}"
    return 1.0, unit


def _number(value: float) -> str:
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def _period_kind(con, code: str) -> str:
    row = con.execute("SELECT period_kind FROM periods WHERE period_code = ?", [code]).fetchone()
    return row[0] if row else "other"


def _axis(lo: float, hi: float) -> tuple[float, float, list[float]]:
    if lo == hi:
        lo, hi = lo - 1, hi + 1
    step = 10 ** math.floor(math.log10((hi - lo) / 5))
    for multiple in (1, 2, 5, 10):
        if (hi - lo) / (step * multiple) <= 6:
            step *= multiple
            break
    start = math.floor(lo / step) * step
    ticks = [start + i * step for i in range(int((hi - start) / step) + 2)]
    return ticks[0], ticks[-1], ticks


def _marker(x: float, y: float, status: str, colour: str, conflict: bool, title: str) -> str:
    fill = {"final": colour, "preliminary": f"url(#half-{colour[1:]})"}.get(status, "white")
    parts = [f'<g class="value {status}{" conflict" if conflict else ""}"><title>{escape(title)}</title>']
    if conflict:
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="10" fill="none" stroke="{CONFLICT}" stroke-width="2"/>')
    parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5.5" fill="{fill}" stroke="{colour}" stroke-width="2"/>')
    parts.append("</g>")
    return "".join(parts)


def _defs() -> str:
    gradients = "".join(
        f'<linearGradient id="half-{c[1:]}" x1="0" x2="0" y1="0" y2="1"><stop offset="50%" stop-color="white"/>'
        f'<stop offset="50%" stop-color="{c}"/></linearGradient>' for c in COLOURS.values())
    return f"<defs>{gradients}</defs>"


def _legend(kinds: list[str]) -> str:
    x, y = WIDTH - RIGHT + 20, TOP + 10
    items = []
    for i, kind in enumerate(kinds):
        items.append(f'<line x1="{x}" x2="{x + 24}" y1="{y + i * 20}" y2="{y + i * 20}" stroke="{COLOURS[kind]}" '
                     f'stroke-width="2"/><text x="{x + 30}" y="{y + i * 20 + 4}">{kind.replace("_", " ")}</text>')
    y += len(kinds) * 20 + 14
    grey = COLOURS["other"]
    for i, (status, label) in enumerate((("final", "final"), ("preliminary", "preliminary"),
                                         ("estimate", "estimate (ước)"))):
        items.append(_marker(x + 12, y + i * 22, status, grey, False, label)
                     + f'<text x="{x + 30}" y="{y + i * 22 + 4}">{label}</text>')
    y += 3 * 22
    items.append(f'<circle cx="{x + 12}" cy="{y}" r="3.5" fill="white" stroke="{grey}" stroke-dasharray="2 1.5"/>'
                 f'<text x="{x + 30}" y="{y + 4}">replaced estimate</text>')
    y += 22
    items.append(f'<circle cx="{x + 12}" cy="{y}" r="10" fill="none" stroke="{CONFLICT}" stroke-width="2"/>'
                 f'<text x="{x + 30}" y="{y + 4}">conflict</text>')
    y += 24
    items.append(f'<path d="M{x + 7},{y - 5} l10,10 m0,-10 l-10,10" stroke="{CONFLICT}" stroke-width="2"/>'
                 f'<text x="{x + 30}" y="{y + 4}">disagreeing source</text>')
    items.append(f'<line x1="{x + 12}" x2="{x + 12}" y1="{y + 22}" y2="{y + 42}" stroke="{grey}"/>'
                 f'<text x="{x + 30}" y="{y + 36}">interval</text>')
    return f'<g class="legend" font-size="12">{"".join(items)}</g>'


# The plot's contents, drawn with the frame's y axis: body(y_of, y_lo, y_hi) -> SVG.
Body = Callable[[Callable[[float], float], float, float], str]


def _frame(title: str, subtitle: str, label: str, lo: float, hi: float, body: Body, extra: str = "") -> str:
    y_lo, y_hi, ticks = _axis(lo, hi)
    plot_h = HEIGHT - TOP - BOTTOM

    def y_of(value):
        return TOP + plot_h * (1 - (value - y_lo) / (y_hi - y_lo))

    grid = "".join(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y_of(t):.1f}" y2="{y_of(t):.1f}" stroke="#e5e5e5"/>'
                   f'<text x="{LEFT - 8}" y="{y_of(t) + 4:.1f}" text-anchor="end">{_number(t)}</text>'
                   for t in ticks)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
            f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="12">{_defs()}'
            f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>'
            f'<text x="{LEFT}" y="24" font-size="16" font-weight="bold">{escape(title)}</text>'
            f'<text x="{LEFT}" y="44" fill="#555">{escape(subtitle)}</text>{grid}'
            f'<text transform="translate(18 {TOP + plot_h / 2}) rotate(-90)" text-anchor="middle">{escape(label)}</text>'
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{TOP + plot_h}" y2="{TOP + plot_h}" stroke="#333"/>'
            f'{body(y_of, y_lo, y_hi)}{extra}</svg>')


def _grain(con, indicator: str, where: str, params: list) -> tuple[str, str, str]:
    row = con.execute(f"""SELECT kind, unit, count(*) FROM indicator_values WHERE indicator = ? AND {where}
                          GROUP BY ALL ORDER BY 3 DESC, 1, 2 LIMIT 1""", [indicator, *params]).fetchone()
    if row is None:
        raise ChartError(f"no values of {indicator!r} there")
    others = con.execute(f"""SELECT count(*) FROM (SELECT DISTINCT kind, unit FROM indicator_values
                             WHERE indicator = ? AND {where})""", [indicator, *params]).fetchone()[0]
    note = f"; {others - 1} other kind/unit not drawn" if others > 1 else ""
    return row[0], row[1], note


def _name(con, indicator: str) -> str:
    row = con.execute("SELECT name_vi FROM indicators WHERE indicator = ?", [indicator]).fetchone()
    return f"{row[0]} ({indicator})" if row else indicator


def series_svg(con: duckdb.DuckDBPyConnection, indicator: str, region: str | None = None) -> str:
    code = _region_code(con, region, indicator)
    kind, unit, note = _grain(con, indicator, "region_code = ?", [code])
    rows = con.execute("""SELECT period_code, period_start, period_end, value, value_lo, value_hi, obs_status,
                                 conflict, region_name, n_documents, chosen_figure_id,
                                 (SELECT list(f.value) FROM figures f
                                  WHERE list_contains(superseded_figure_ids, f.figure_id)) AS replaced,
                                 (SELECT list(f.value) FROM figures f
                                  WHERE list_contains(conflicting_figure_ids, f.figure_id)) AS disagreeing
                          FROM indicator_values WHERE indicator = ? AND region_code = ? AND kind = ? AND unit = ?
                          ORDER BY period_end, period_start""", [indicator, code, kind, unit]).fetchall()
    factor, label = _scale([r[3] for r in rows], unit)
    values = [v / factor for r in rows for v in (r[3], r[4], r[5], *(r[11] or []), *(r[12] or [])) if v is not None and math.isfinite(v)]
    first = min(r[2] for r in rows)
    last = max(r[2] for r in rows)
    span = max((last - first).days, 1)
    plot_w = WIDTH - LEFT - RIGHT

    def x_of(day: date) -> float:
        return LEFT + 30 + (plot_w - 60) * ((day - first).days / span if len(rows) > 1 else 0.5)

    kinds = sorted({_period_kind(con, r[0]) for r in rows}, key=list(COLOURS).index)
    names = sorted({r[8] for r in rows if r[8]})

    def body(y_of, y_lo, y_hi):
        out = []
        for kind_name in kinds:
            points = [(x_of(r[2]), y_of(r[3] / factor)) for r in rows if _period_kind(con, r[0]) == kind_name]
            if len(points) > 1:
                path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
                out.append(f'<polyline points="{path}" fill="none" stroke="{COLOURS[kind_name]}" stroke-width="1.5"/>')
        for r in rows:
            colour = COLOURS[_period_kind(con, r[0])]
            x = x_of(r[2])
            lo = y_lo if r[4] is None or not math.isfinite(r[4]) else max(r[4] / factor, y_lo)
            hi = y_hi if r[5] is None or not math.isfinite(r[5]) else min(r[5] / factor, y_hi)
            out.append(f'<line class="interval" x1="{x:.1f}" x2="{x:.1f}" y1="{y_of(lo):.1f}" y2="{y_of(hi):.1f}" '
                       f'stroke="{colour}" stroke-width="1"/>')
            title = (f"{r[0]}: {_number(r[3] / factor)} {label} ({r[6]}; {r[9]} documents; figure {r[10]}"
                     f"{'; CONFLICT' if r[7] else ''})")
            for old in r[11] or []:  # the estimates this value replaced, joined to it
                out.append(f'<g class="replaced"><title>{escape(r[0])}: replaced {_number(old / factor)} '
                           f'{escape(label)}</title><line x1="{x:.1f}" x2="{x:.1f}" y1="{y_of(old / factor):.1f}" '
                           f'y2="{y_of(r[3] / factor):.1f}" stroke="{colour}" stroke-dasharray="3 3"/>'
                           f'<circle cx="{x:.1f}" cy="{y_of(old / factor):.1f}" r="3.5" fill="white" '
                           f'stroke="{colour}" stroke-dasharray="2 1.5"/></g>')
            for other in r[12] or []:  # the mentions that disagree with the value, as red crosses
                y = y_of(other / factor)
                out.append(f'<g class="disagreeing"><title>{escape(r[0])}: another source says '
                           f'{_number(other / factor)} {escape(label)}</title><path d="M{x - 5:.1f},{y - 5:.1f} '
                           f'l10,10 m0,-10 l-10,10" stroke="{CONFLICT}" stroke-width="2"/></g>')
            out.append(_marker(x, y_of(r[3] / factor), r[6], colour, bool(r[7]), title))
            out.append(f'<text x="{x:.1f}" y="{HEIGHT - BOTTOM + 16}" text-anchor="end" '
                       f'transform="rotate(-40 {x:.1f} {HEIGHT - BOTTOM + 16})">{escape(r[0])}</text>')
        return "".join(out)

    title = f"{_name(con, indicator)}, {' / '.join(names) or code} ({code})"
    subtitle = f"{kind}, {label}: {len(rows)} periods{note}"
    return _frame(title, subtitle, label, min(values), max(values), body, _legend(kinds))


def compare_svg(con: duckdb.DuckDBPyConnection, indicator: str, period: str) -> str:
    kind, unit, note = _grain(con, indicator, "period_code = ?", [period])
    rows = con.execute("""SELECT coalesce(region_name, region_code), value, value_lo, value_hi, obs_status, conflict,
                                 region_code
                          FROM indicator_values WHERE indicator = ? AND period_code = ? AND kind = ? AND unit = ?
                          ORDER BY value DESC""", [indicator, period, kind, unit]).fetchall()
    factor, label = _scale([r[1] for r in rows], unit)
    values = [0.0] + [v / factor for r in rows for v in (r[1], r[2], r[3]) if v is not None and math.isfinite(v)]
    plot_w = WIDTH - LEFT - RIGHT
    slot = plot_w / len(rows)
    colour = COLOURS.get(_period_kind(con, period), COLOURS["other"])

    def body(y_of, y_lo, y_hi):
        out = []
        for i, (name, value, lo, hi, status, conflict, code) in enumerate(rows):
            x = LEFT + slot * (i + 0.5)
            top, base = y_of(value / factor), y_of(max(0.0, y_lo))
            fill = {"final": colour, "preliminary": f"url(#half-{colour[1:]})"}.get(status, "white")
            stroke = CONFLICT if conflict else colour
            out.append(f'<g class="value {status}{" conflict" if conflict else ""}"><title>{escape(name)}: '
                       f'{_number(value / factor)} {escape(label)} ({status}{"; CONFLICT" if conflict else ""})</title>'
                       f'<rect x="{x - slot * 0.3:.1f}" y="{min(top, base):.1f}" width="{slot * 0.6:.1f}" '
                       f'height="{abs(base - top):.1f}" fill="{fill}" stroke="{stroke}" '
                       f'stroke-width="{3 if conflict else 1.5}"/></g>')
            lo_y = y_of(y_lo if lo is None or not math.isfinite(lo) else max(lo / factor, y_lo))
            hi_y = y_of(y_hi if hi is None or not math.isfinite(hi) else min(hi / factor, y_hi))
            out.append(f'<line class="interval" x1="{x:.1f}" x2="{x:.1f}" y1="{lo_y:.1f}" y2="{hi_y:.1f}" '
                       f'stroke="#333"/>')
            out.append(f'<text x="{x:.1f}" y="{HEIGHT - BOTTOM + 16}" text-anchor="end" '
                       f'transform="rotate(-40 {x:.1f} {HEIGHT - BOTTOM + 16})">{escape(name)} ({code})</text>')
        return "".join(out)

    title = f"{_name(con, indicator)}, {period}"
    subtitle = f"{kind}, {label}: {len(rows)} provinces{note}"
    return _frame(title, subtitle, label, min(values), max(values), body, _legend([]))


def write_chart(con: duckdb.DuckDBPyConnection, indicator: str, region: str | None = None,
                out: Path | None = None, period: str | None = None) -> Path:
    """Draw the series (or, with ``period``, the provinces side by side) to ``out``: SVG, or an
    HTML page holding the SVG when ``out`` ends in .html."""
    svg = compare_svg(con, indicator, period) if period else series_svg(con, indicator, region)
    if out is None:
        out = Path(f"{indicator}-{period or region or 'series'}.svg".replace("/", "_"))
    out = Path(out)
    if out.suffix.lower() in (".html", ".htm"):
        text = (f'<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>{escape(indicator)}</title>'
                f'</head><body>{svg}</body></html>\n')
    else:
        text = '<?xml version="1.0" encoding="UTF-8"?>\n' + svg + "\n"
    out.write_text(text, encoding="utf-8")
    return out
