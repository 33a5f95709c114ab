"""The benchmark's table: one column per corpus size, one row per measure, with the target."""

from __future__ import annotations

from benchmarks.machine import text as machine_text


def _mb(x: float) -> str:
    return f"{x:,.0f}"


def _optional(result: dict, key: str, form: str = "{:,.1f}") -> str:
    return form.format(result[key]) if key in result else "-"


ROWS = [
    # (label, target, how to show one size's result)
    ("documents", "", lambda r: f"{r['documents']:,}"),
    ("text, MB", "", lambda r: f"{r['megabytes']:,.1f}"),
    ("end to end, s (Prefect start-up included)", "20 000: ≤ 60; 100 000: ≤ 300",
     lambda r: f"{r['seconds']:,.1f}"),
    ("documents/s", "", lambda r: f"{r['documents_per_s']:,.0f}"),
    ("figures/s", "", lambda r: f"{r['figures_per_s']:,.0f}"),
    ("second run, nothing new, s", "20 000: ≤ 10", lambda r: f"{r['second_run_seconds']:,.1f}"),
    ("peak RSS, MB (process and children)", "< 1 024, flat in N", lambda r: _mb(r["peak_rss_mb"])),
    ("peak PSS, MB (shared pages counted once)", "", lambda r: _mb(r["peak_pss_mb"])),
    ("against a running `prefect server`: end to end, s", "", lambda r: _optional(r, "server_seconds")),
    ("against a running `prefect server`: second run, s", "", lambda r: _optional(r, "server_second_run_seconds")),
    ("against a running `prefect server`: peak RSS, MB (without the server)", "",
     lambda r: _optional(r, "server_peak_rss_mb", "{:,.0f}")),
    ("Prefect task runs", "grow with batches", lambda r: f"{r['task_runs']:,}"),
    ("plain Python (no Prefect), s", "", lambda r: _optional(r, "plain_seconds")),
    ("with Prefect / plain Python", "20 000: ≤ 1.3", lambda r: _optional(r, "prefect_over_plain", "{:.2f}")),
    ("with a running `prefect server` / plain Python", "", lambda r: _optional(r, "server_over_plain", "{:.2f}")),
    ("regex scan of all files, s", "", lambda r: f"{r['scan_seconds']:,.2f}"),
    ("parse / regex scan (same documents, one core)", "≤ 4", lambda r: f"{r['parse_over_scan']:.1f}"),
    ("parse+check task time, core-s", "", lambda r: f"{r['parse_task_seconds']:,.1f}"),
    ("figures loaded / generated", "", lambda r: f"{r['figures_loaded']:,} / {r['figures_generated']:,}"),
    ("recall / precision vs ground truth", "", lambda r: f"{r['truth']['recall']:.3f} / {r['truth']['precision']:.3f}"),
]


def table(results: list[dict]) -> str:
    header = ["measure", *[f"N = {r['documents']:,}" for r in results], "target"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for label, target, show in ROWS:
        lines.append("| " + " | ".join([label, *[show(r) for r in results], target]) + " |")
    return "\n".join(lines)


def report(results: list[dict], machine: dict, machine_after: dict | None = None) -> str:
    parts = [machine_text(machine)]
    if machine_after:
        load = " ".join(f"{x:.2f}" for x in machine_after["load_average"])
        parts.append(f"load average at end (1, 5, 15 min): {load}")
    parts += ["", table(results)]
    return "\n".join(parts)
