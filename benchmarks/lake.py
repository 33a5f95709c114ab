"""A lake against a file: ``python -m benchmarks lake`` / ``make bench-lake``.

One ``solieu run`` over the same generated reports into a new DuckDB file and into a new DuckLake
(SQLite catalog, Parquet files in a local folder), each timed from process start to exit with
the peak memory of its process tree (``benchmarks.measure``). During each run, every
``--every`` seconds, an analyst's query is started as its own process, ``solieu sql "SELECT
count(*) FROM figures"``, and its time from start to answer is recorded: on a lake it should
never wait for the run; on a file no longer than the batch being loaded. The machine's load
average is recorded beside every run and query, since on a shared machine it moves the times
more than the kind of warehouse does. With ``--other-reader TREE`` every other query is started
from that source tree instead (e.g. ``git worktree add /tmp/old main``): two versions of
``solieu sql`` compared under the same run and the same load, query by query.

    python -m benchmarks lake --size 20000 --keep /tmp/lake-bench --report lake-report.md
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from benchmarks.generate import generate_corpus
from benchmarks.machine import describe
from benchmarks.machine import text as machine_text
from benchmarks.measure import _TreeMemory, bench_environment, warm_up

KINDS = ("file", "lake")
QUERY = "SELECT count(*) AS n FROM figures"


@dataclass
class Query:
    started_s: float  # after the run started
    seconds: float  # from starting ``solieu sql`` to its exit
    answered: bool
    figures: int | None  # what it counted
    load: float  # 1-minute load average when it started
    error: str = ""
    # The same query right after, in the benchmark's own process: opening the warehouse (read
    # only, as ``solieu sql`` does) and counting, without starting Python and importing pandas.
    opened_s: float | None = None
    reader: str = ""  # the source tree the query was started from, when two are compared


@dataclass
class KindResult:
    kind: str
    warehouse: str
    seconds: float
    peak_rss_mb: float
    peak_pss_mb: float
    load_start: float
    load_end: float
    returncode: int
    summary: str
    queries: list[Query] = field(default_factory=list)

    def answered(self) -> list[float]:
        return [q.seconds for q in self.queries if q.answered]


def warehouse_of(kind: str, directory: Path, size: int) -> str:
    if kind == "file":
        return str(directory / f"file-{size}.duckdb")
    return f"ducklake:sqlite:{directory / f'lake-{size}' / 'catalog.sqlite'}"


def _remove_warehouse(kind: str, directory: Path, size: int) -> None:
    if kind == "file":
        for stale in directory.glob(f"file-{size}.duckdb*"):
            stale.unlink()
    else:
        shutil.rmtree(directory / f"lake-{size}", ignore_errors=True)


def ask(warehouse: str, env: dict[str, str], tree: Path | None = None) -> tuple[float, bool, int | None, str]:
    """One ``solieu sql`` of the figures' count: (seconds, answered, count, error line). ``tree``:
    started from that source tree (its folder first on the path) instead of this one."""
    if tree is not None:
        env = {**env, "PYTHONPATH": str(tree)}
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "flows.cli", "sql", "--warehouse", warehouse, "--format", "csv",
                           QUERY], env=env, capture_output=True, text=True, cwd=tree)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        return seconds, False, None, (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
    return seconds, True, int(done.stdout.split()[-1]), ""


def ask_in_process(warehouse: str) -> float | None:
    """Seconds to open ``warehouse`` read only and count the figures in this process; None if it could not."""
    from warehouse.connection import connect
    from warehouse.lake import parse_warehouse

    start = time.perf_counter()
    try:
        with connect(parse_warehouse(warehouse), read_only=True, wait_s=3600) as con:
            con.execute(QUERY).fetchall()
    except Exception:  # before the run created it
        return None
    return time.perf_counter() - start


def measure_kind(kind: str, directory: Path, inbox: Path, size: int, env: dict[str, str], every: float,
                 log=print, other_reader: Path | None = None) -> KindResult:
    """One run into a new warehouse of ``kind``, with a query every ``every`` seconds meanwhile
    (every other one from the source tree ``other_reader``, if given)."""
    _remove_warehouse(kind, directory, size)
    warehouse = warehouse_of(kind, directory, size)
    # A file's reader waits for the file as long as it takes (the default gives up after 30 s):
    # the benchmark measures the wait.
    reader_env = {**env, "SOLIEU_LOCK_TIMEOUT": "3600"}
    load_start = os.getloadavg()[0]
    start = time.perf_counter()
    run = subprocess.Popen([sys.executable, "-m", "flows.cli", "run", "--inbox", str(inbox), "--warehouse", warehouse],
                           env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    memory = _TreeMemory(run.pid)
    memory.start()
    queries: list[Query] = []
    try:
        while run.poll() is None:
            began = time.perf_counter()
            load = os.getloadavg()[0]
            tree = other_reader if other_reader is not None and len(queries) % 2 else None
            seconds, answered, figures, error = ask(warehouse, reader_env, tree)
            if run.poll() is not None and not answered:
                break  # asked as the run ended
            opened = ask_in_process(warehouse) if answered else None
            queries.append(Query(round(began - start, 2), round(seconds, 3), answered, figures, load, error,
                                 None if opened is None else round(opened, 3),
                                 reader_label(tree) if other_reader is not None else ""))
            time.sleep(max(0.0, every - (time.perf_counter() - began)))
        stdout, stderr = run.communicate()
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
    seconds = time.perf_counter() - start
    peak_rss, peak_pss = memory.stop()
    result = KindResult(kind, warehouse, round(seconds, 1), round(peak_rss / 2**20), round(peak_pss / 2**20),
                        load_start, os.getloadavg()[0], run.returncode,
                        (stdout.strip().splitlines() or [""])[1:2][0] if stdout.strip() else stderr.strip()[-2000:],
                        queries)
    times = result.answered()
    log(f"  {kind}: {result.seconds} s, peak {result.peak_rss_mb} MB RSS / {result.peak_pss_mb} MB PSS, "
        f"exit {run.returncode}, load {load_start:.1f} -> {result.load_end:.1f}; "
        f"{len(times)} queries answered, longest {max(times, default=0):.2f} s")
    if run.returncode != 0:
        log(stderr[-3000:])
    return result


def reader_label(tree: Path | None) -> str:
    return "this tree" if tree is None else str(tree)


def longest_between_new_counts(queries: list[Query]) -> float:
    """The longest time from a query answering a new count of figures to the next one that did:
    how long a batch took to commit, as the readers saw it (to the spacing of the queries)."""
    seen, firsts = set(), []
    for query in queries:
        if query.answered and query.figures and query.figures not in seen:
            seen.add(query.figures)
            firsts.append(query.started_s + query.seconds)
    return max((b - a for a, b in zip(firsts, firsts[1:])), default=0.0)


def report(results: list[KindResult], size: int, batch_size: int, machine: dict) -> str:
    by_kind = {r.kind: r for r in results}
    batches = -(-size // batch_size)

    def row(label, value):
        return f"| {label} | " + " | ".join(value(by_kind[k]) if k in by_kind else "-" for k in KINDS) + " |"

    def stat(r: KindResult, what) -> str:
        answered = r.answered()
        return f"{what(answered):.2f}" if answered else "-"

    def p90(xs: list[float]) -> float:
        return statistics.quantiles(xs, n=10)[-1] if len(xs) > 1 else xs[0]

    lines = [f"{size:,} reports, batches of {batch_size}; {machine_text(machine)}", "",
             "| | " + " | ".join(KINDS) + " |", "|---|" + "---|" * len(KINDS),
             row("end to end, s", lambda r: f"{r.seconds:.1f}"),
             row("peak RSS / PSS, MB (process and children)", lambda r: f"{r.peak_rss_mb:,} / {r.peak_pss_mb:,}"),
             row("load average (1 min) at start / end", lambda r: f"{r.load_start:.1f} / {r.load_end:.1f}"),
             row("load average while querying, min-max",
                 lambda r: f"{min(q.load for q in r.queries):.1f}-{max(q.load for q in r.queries):.1f}"
                 if r.queries else "-"),
             row("exit code", lambda r: str(r.returncode)),
             row("seconds per batch (end to end / batches)", lambda r: f"{r.seconds / batches:.1f}"),
             row("`solieu sql` answered during the run", lambda r: str(len(r.answered()))),
             row("... not yet (no warehouse) or failed", lambda r: str(len(r.queries) - len(r.answered()))),
             row("... median, s", lambda r: stat(r, statistics.median)),
             row("... 90th percentile, s", lambda r: stat(r, p90)),
             row("... longest, s", lambda r: stat(r, max)),
             row("... over 1 s", lambda r: str(sum(1 for s in r.answered() if s > 1.0))),
             row("in this process (open read only and count): median / longest, s",
                 lambda r: f"{statistics.median(o):.2f} / {max(o):.2f}"
                 if (o := [q.opened_s for q in r.queries if q.opened_s is not None]) else "-"),
             row("longest time between two new counts seen (about a batch)",
                 lambda r: f"{longest_between_new_counts(r.queries):.1f}")]
    readers = sorted({q.reader for r in results for q in r.queries if q.reader}, key=lambda x: x != "this tree")
    for reader in readers:  # two versions of `solieu sql`, every other query
        def of(r: KindResult, reader: str = reader) -> list[float]:
            return [q.seconds for q in r.queries if q.answered and q.reader == reader]

        lines += [row(f"`solieu sql` from {reader}: answered", lambda r, of=of: str(len(of(r)))),
                  row("... median / 90th percentile / longest, s", lambda r, of=of: " / ".join(
                      f"{what(of(r)):.2f}" for what in (statistics.median, p90, max)) if of(r) else "-"),
                  row("... over 1 s", lambda r, of=of: str(sum(1 for s in of(r) if s > 1.0)))]
    if "lake" in by_kind and "file" in by_kind:
        lake, file = by_kind["lake"], by_kind["file"]
        lines += ["", f"lake / file: time {lake.seconds / file.seconds:.2f}x, "
                      f"peak PSS {lake.peak_pss_mb / max(file.peak_pss_mb, 1):.2f}x"]
    return "\n".join(lines)


def run_lake_benchmark(size: int, kinds: list[str], directory: Path, every: float, log=print,
                       other_reader: Path | None = None) -> tuple[list, str]:
    machine = describe()
    log(machine_text(machine))
    corpus = directory / f"n{size}"
    if not (corpus / "truth.jsonl").exists():  # a kept directory reuses its corpus
        start = time.perf_counter()
        generate_corpus(corpus, size)
        log(f"generated {size} reports in {time.perf_counter() - start:.1f} s")
    env = bench_environment(directory / "prefect-home")
    log(f"warm-up run (creates Prefect's database): {warm_up(directory, env):.1f} s")
    results = []
    for kind in kinds:
        results.append(measure_kind(kind, directory, corpus / "inbox", size, env, every, log=log,
                                    other_reader=other_reader))
    from flows.settings import Settings

    text = report(results, size, Settings().batch_size, machine)
    (directory / f"lake-bench-{size}.json").write_text(
        json.dumps({"machine": machine, "results": [asdict(r) for r in results]}, indent=2))
    return results, text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks lake", description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=20_000, help="generated reports (default 20000)")
    parser.add_argument("--kinds", default=",".join(KINDS), help="file,lake (default both, in that order)")
    parser.add_argument("--every", type=float, default=3.0, help="seconds between queries (default 3)")
    parser.add_argument("--keep", type=Path, help="work here and keep it (corpus, warehouses, results)")
    parser.add_argument("--report", type=Path, help="also write the table to this file")
    parser.add_argument("--other-reader", type=Path, metavar="TREE", help="start every other query from this "
                        "source tree (another version of solieu, e.g. a git worktree of main): both side by side")
    parser.add_argument("--from-json", type=Path, metavar="FILE", help="only print the table of an earlier "
                        "benchmark's lake-bench-N.json")
    args = parser.parse_args(argv)
    if args.from_json:
        from flows.settings import Settings

        saved = json.loads(args.from_json.read_text())
        results = [KindResult(**{**r, "queries": [Query(**q) for q in r["queries"]]}) for r in saved["results"]]
        print(report(results, args.size, Settings().batch_size, saved["machine"]))
        return 0
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    if not kinds or set(kinds) - set(KINDS):
        parser.error(f"--kinds takes {' and '.join(KINDS)}, not {args.kinds!r}")
    from benchmarks.run import require_bench_extra

    require_bench_extra()
    directory = args.keep or Path(tempfile.mkdtemp(prefix="solieu-lake-bench-"))
    directory.mkdir(parents=True, exist_ok=True)
    try:
        other = args.other_reader.resolve() if args.other_reader else None
        _, text = run_lake_benchmark(args.size, kinds, directory, args.every, other_reader=other)
    finally:
        if not args.keep:
            shutil.rmtree(directory, ignore_errors=True)
    print(text)
    if args.report:
        args.report.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
