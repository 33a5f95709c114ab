"""How long validation takes for many figures: ``python -m benchmarks.validation_speed [--figures 100000]``.

Builds realistic in-flight frames without parsing (parsing is timed elsewhere):
documents of 63 provinces over ten years of quarterly, half-year, 9-month and yearly
reports (about two papers per province and period), each with a trade total and its
export/import components (% of plan and year-on-year change on all three), a
budget total with two of its parts, amounts with indicators, growth rates and
shares, the trade total restated in a later sentence, all printed rounded as
reports print them, and about 1% slips (``--slip-rate``). Last year's figures of
the same provinces play the warehouse for the cross-document check. Times ``check_batch`` (pandera models, checks between figures,
plausibility) and ``check_against_warehouse``; prints the best of ``--repeat``.
"""

from __future__ import annotations

import argparse
import hashlib
import time
from datetime import date

import numpy as np
import pandas as pd

from schemas.frames import Row, documents_frame, figures_frame
from schemas.validate import check_against_warehouse, check_batch

PROVINCES = [f"Tỉnh {i:02d}" for i in range(63)]
INDICATORS = ["retail_sales", "tourist_arrivals", "tourism_revenue", "public_investment",
              "new_enterprises", "industrial_output", "rice_area", "fdi_capital", "export_local"]
# Ordinals 6.. cycle growth, share, amount, amount; the first six amounts carry distinct indicators.
_AMOUNT_INDICATORS = dict(zip([o for o in range(6, 40) if o % 4 in (2, 3)], INDICATORS[:6]))
SENTENCE = "Tổng kim ngạch xuất nhập khẩu qua địa bàn ước 2.010 triệu USD, trong đó xuất khẩu 690 triệu USD."


def _round(value: float, digits: int) -> tuple[float, float]:
    return round(value, digits), 0.5 * 10.0 ** -digits


def _figure(sha, ordinal, value, unit="VND", kind="amount", scale=1e9, indicator=None, component_of=None,
            pct=None, yoy=None, slip=False) -> dict:
    printed, rounding = _round(value / scale, 0 if value / scale >= 100 else 1)
    if slip:
        printed += 10 ** int(np.log10(max(printed, 1)))  # one leading digit off
    row = {
        "content_sha256": sha, "ordinal": ordinal, "component_of_ordinal": component_of, "kind": kind,
        "value": printed * scale, "unit": unit, "raw_text": f"{printed:g} tỷ đồng", "char_start": 10 * ordinal,
        "char_end": 10 * ordinal + 8, "sentence": SENTENCE, "sentence_start": 100 * (ordinal // 3),
        "indicator": indicator, "indicator_text": indicator, "value_high": None, "qualifier": "estimate",
        "pct_of_plan": None, "plan_basis": None, "pct_of_plan_alt": None, "plan_basis_alt": None,
        "yoy_change_pct": None, "change_abs": None, "value_rounding": rounding * scale,
        "pct_of_plan_rounding": 0.0, "yoy_change_rounding": 0.0, "status": "valid",
    }
    if pct is not None:
        row.update(pct_of_plan=round(pct, 2), plan_basis="plan", pct_of_plan_rounding=0.005)
    if yoy is not None:
        row.update(yoy_change_pct=round(yoy, 1), yoy_change_rounding=0.05)
    return row


def build(figures_wanted: int, seed: int = 7, slip_rate: float = 0.01) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(documents, figures) of this year's batch and ``prior``: last year's figures as the warehouse has them."""
    rng = np.random.default_rng(seed)
    per_document = 20
    documents_wanted = max(1, figures_wanted // per_document)
    years = 10
    # Every province has one true series per quantity over the years; the documents of a province
    # and half-year (several papers may report it) print the same truth, rounded.
    growth = rng.uniform(-0.25, 0.6, (len(PROVINCES), years + 1, per_document))
    base = rng.uniform(100, 3000, (len(PROVINCES), 1, per_document))
    series = base * np.cumprod(1 + growth, axis=1)
    plan_share = rng.uniform(0.3, 0.9, (len(PROVINCES), years + 1, per_document))
    documents: list[Row] = []
    figures: list[Row] = []
    prior: list[Row] = []
    for d in range(documents_wanted):
        # 63 provinces x 4 reporting periods x 10 years: about two papers per province and period.
        p, y = d % len(PROVINCES), 1 + (d // (4 * len(PROVINCES))) % years
        end_month = (3, 6, 9, 12)[(d // len(PROVINCES)) % 4]
        province, year = PROVINCES[p], 2013 + y
        period_end = date(year, end_month, 30 if end_month in (6, 9) else 31)
        sha = hashlib.sha256(f"doc{d}".encode()).hexdigest()
        documents.append({"content_sha256": sha, "source_name": f"report-{d}.txt", "title": None,
                          "region": province, "period_label": f"{end_month} tháng đầu năm {year}",
                          "period_start": date(year, 1, 1), "period_end": period_end, "published_on": None,
                          "status": "parsed", "reject_reason": None, "byte_size": 4000, "text": "x" * 4000,
                          "region_source": "text", "period_source": "text", "region_code": f"{p:02d}"})
        slip = rng.random() < slip_rate
        value, last, share = series[p, y], series[p, y - 1], plan_share[p, y]
        export, imports = value[1] * 1e6, value[2] * 1e6
        plans = np.array([export / share[1], imports / share[2]])
        last_trade = (last[1] + last[2]) * 1e6
        total = export + imports
        rows = [
            _figure(sha, 0, total, "USD", scale=1e6, indicator="trade_turnover", pct=100 * total / plans.sum(),
                    yoy=100 * (total / last_trade - 1)),
            _figure(sha, 1, export, "USD", scale=1e6, indicator="export_turnover", component_of=0,
                    pct=100 * share[1], yoy=100 * growth[p, y, 1], slip=slip),
            _figure(sha, 2, imports, "USD", scale=1e6, indicator="import_turnover", component_of=0,
                    pct=100 * share[2], yoy=100 * growth[p, y, 2]),
        ]
        budget = value[3] * 1e10
        rows += [_figure(sha, 3, budget, indicator="budget_revenue", pct=100 * share[3], yoy=100 * growth[p, y, 3]),
                 _figure(sha, 4, budget * 0.6, indicator="domestic_revenue", component_of=3),
                 _figure(sha, 5, budget * 0.3, indicator="trade_revenue", component_of=3)]
        for ordinal in range(6, per_document):
            kind = ("growth", "share", "amount", "amount")[ordinal % 4]
            if kind == "amount":
                rows.append(_figure(sha, ordinal, value[ordinal] * 1e10, yoy=100 * growth[p, y, ordinal],
                                    indicator=_AMOUNT_INDICATORS.get(ordinal)))
            else:
                number = 100 * growth[p, y, ordinal] / 4 if kind == "growth" else 100 * share[ordinal]
                rows.append(_figure(sha, ordinal, number, "percent", kind, scale=1.0))
        # The trade total said again in a later sentence, as reports do in their summary.
        rows[-1] = dict(rows[0], ordinal=len(rows) - 1, sentence_start=100 * len(rows), pct_of_plan=None,
                        yoy_change_pct=None, char_start=10 * len(rows), char_end=10 * len(rows) + 8)
        figures += rows
        # The warehouse holds last year's figures of the same province and half-year.
        for row, ordinal in zip(rows, range(len(rows))):
            if row["kind"] == "amount" and row["yoy_change_pct"] is not None and row["indicator"]:
                scale = 1e6 if row["unit"] == "USD" else 1e9
                true_last = (last_trade if ordinal == 0 else last[ordinal] * (1e6 if ordinal < 3 else 1e10))
                printed, rounding = _round(true_last / scale, 0 if true_last / scale >= 100 else 1)
                prior.append({"figure_id": len(prior) + 1, "region": province, "indicator": row["indicator"],
                              "kind": "amount", "unit": row["unit"],
                              "period_start": date(year - 1, 1, 1),
                              "period_end": period_end.replace(year=year - 1),
                              "value": printed * scale, "value_rounding": rounding * scale, "value_high": None,
                              "qualifier": None, "yoy_change_pct": None, "yoy_change_rounding": None,
                              "raw_text": "x", "sentence": SENTENCE, "source_name": f"last-year-{d}.txt"})
    prior_frame = pd.DataFrame(prior)
    for column in ("period_start", "period_end"):  # as DuckDB returns DATE columns
        prior_frame[column] = pd.to_datetime(prior_frame[column])
    return documents_frame(documents), figures_frame(figures), prior_frame


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--figures", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--slip-rate", type=float, default=0.01, help="share of documents with one slipped digit")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    documents, figures, prior = build(args.figures, slip_rate=args.slip_rate)
    print(f"built {len(documents)} documents, {len(figures)} figures, {len(prior)} prior figures "
          f"in {time.perf_counter() - started:.1f} s")
    timings: dict[str, list[float]] = {"check_batch": [], "check_against_warehouse": []}
    for _ in range(args.repeat):
        started = time.perf_counter()
        failures = check_batch(documents, figures)
        timings["check_batch"].append(time.perf_counter() - started)
        started = time.perf_counter()
        cross = check_against_warehouse(documents, figures, prior)
        timings["check_against_warehouse"].append(time.perf_counter() - started)
    for name, values in timings.items():
        print(f"{name:24s} best {min(values):6.2f} s  (runs: {', '.join(f'{v:.2f}' for v in values)})")
    counts = pd.concat([failures, cross])[["check_name", "severity"]].value_counts()
    print("failures found:", ", ".join(f"{c} {s}: {n}" for (c, s), n in counts.items()) or "none")


if __name__ == "__main__":
    main()
