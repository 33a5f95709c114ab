"""``solieu bench``: generate corpora of the given sizes, measure the job on each, print the table."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from benchmarks.machine import describe
from benchmarks.machine import text as machine_text
from benchmarks.measure import bench_environment, measure_size, warm_up
from benchmarks.report import report
from benchmarks.server import running_server
from schemas.errors import SettingError

DEFAULT_SIZES = (1_000, 20_000)
BENCH_EXTRA = "pip install -c constraints.txt -e '.[bench]'"


def require_bench_extra() -> None:
    """Stop with the install command when psutil (the ``bench`` extra, not a runtime dependency) is missing."""
    try:
        import psutil  # noqa: F401
    except ModuleNotFoundError:
        raise SystemExit(f"solieu bench measures memory with psutil, which is not installed: {BENCH_EXTRA}") from None


def parse_sizes(text: str) -> list[int]:
    try:
        sizes = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    except ValueError:
        raise SettingError(f"--sizes must be numbers separated by commas, not {text!r}") from None
    if not sizes or min(sizes) < 1:
        raise SettingError(f"--sizes must be positive numbers, not {text!r}")
    return sizes


def run_benchmark(sizes: list[int], keep: Path | None = None, report_file: Path | None = None,
                  log=print, compare_up_to: int | None = None) -> tuple[list[dict], str]:
    """Measure every size in a fresh directory (kept in ``keep`` if given); return results and the report.

    Sizes above ``compare_up_to`` skip the plain-Python and running-server comparisons ("-" in the table).
    """
    require_bench_extra()
    directory = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="solieu-bench-"))
    directory.mkdir(parents=True, exist_ok=True)
    try:
        machine = describe()
        log(machine_text(machine))
        env = bench_environment(directory / "prefect-home")
        log(f"warm-up run (creates Prefect's database): {warm_up(directory, env):.1f} s")
        results = []
        with running_server(bench_environment(directory / "prefect-server-home"),
                            directory / "prefect-server.log") as (server_env, started_s):
            log(f"prefect server (for the runs against a running server) answered after {started_s:.1f} s")
            for size in sizes:
                log(f"N = {size:,}")
                results.append(measure_size(directory, size, env, log=log, server_env=server_env,
                                            compare=compare_up_to is None or size <= compare_up_to))
        text = report(results, machine, describe())
        (directory / "bench-results.json").write_text(json.dumps({"machine": machine, "results": results},
                                                                 indent=2, default=str))
        if report_file:
            Path(report_file).write_text(text + "\n", encoding="utf-8")
        return results, text
    finally:
        if not keep:
            shutil.rmtree(directory, ignore_errors=True)
