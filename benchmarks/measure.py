"""Run the real job on a generated corpus and measure it.

Every run of the job is its own process (``solieu run``, or the plain-Python
pipeline), timed from process start to exit, so Prefect's start-up and every
import are included; a thread samples the memory of the process and all its
children (the temporary Prefect server, the parsing workers).
"""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

from benchmarks.generate import generate_corpus, read_truth
from parsing.numbers import NUMBER
from sources.inbox import list_inbox

PARSE_SAMPLE = 500  # documents parsed in-process for the parse / scan ratio


@dataclass
class Timed:
    seconds: float
    peak_rss: int  # bytes: the largest sum over the process and its children
    peak_pss: int  # the same with shared pages (libraries, copy-on-write) counted once
    returncode: int
    stdout: str
    stderr: str


class _TreeMemory(threading.Thread):
    """The peak of (RSS of a process + RSS of all its descendants), sampled every 200 ms.

    Summed RSS counts a shared library once per process that maps it, so PSS (each shared
    page split between its users) is sampled too: its sum is the memory the run really takes.
    """

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak, self.peak_pss, self._done = pid, 0, 0, threading.Event()

    def run(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self._done.is_set():
            total = total_pss = 0
            try:
                for process in [root, *root.children(recursive=True)]:
                    try:
                        total += process.memory_info().rss
                        total_pss += getattr(process.memory_full_info(), "pss", 0)
                    except (psutil.NoSuchProcess, psutil.AccessDenied):
                        pass
            except psutil.NoSuchProcess:
                return
            self.peak = max(self.peak, total)
            self.peak_pss = max(self.peak_pss, total_pss)
            self._done.wait(0.2)  # smaps reads cost CPU; memory does not spike faster

    def stop(self) -> tuple[int, int]:
        self._done.set()
        self.join()
        return self.peak, self.peak_pss


def run_timed(command: list[str], env: dict[str, str]) -> Timed:
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    memory = _TreeMemory(process.pid)
    memory.start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - start
    return Timed(seconds, *memory.stop(), process.returncode, stdout, stderr)


def _checked(timed: Timed, what: str) -> Timed:
    if timed.returncode != 0:
        raise RuntimeError(f"{what} failed (exit {timed.returncode}):\n{timed.stderr[-3000:]}")
    return timed


def bench_environment(prefect_home: Path) -> dict[str, str]:
    """A private Prefect home and its temporary server, whatever the caller's environment points at."""
    env = {k: v for k, v in os.environ.items() if k not in ("PREFECT_API_URL", "SOLIEU_INBOX", "SOLIEU_WAREHOUSE")}
    env.update(PREFECT_HOME=str(prefect_home), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    # A loaded machine can take longer than Prefect's default to start its temporary server.
    env.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
    return env


def solieu_run(inbox: Path, warehouse: Path, env: dict[str, str]) -> Timed:
    command = [sys.executable, "-m", "flows.cli", "run", "--inbox", str(inbox), "--warehouse", str(warehouse)]
    return _checked(run_timed(command, env), "solieu run")


def plain_run(inbox: Path, warehouse: Path, env: dict[str, str]) -> Timed:
    command = [sys.executable, "-m", "benchmarks.plain", str(inbox), str(warehouse)]
    return _checked(run_timed(command, env), "plain-Python run")


def task_runs(flow_run_id: str, env: dict[str, str]) -> dict[str, dict]:
    timed = _checked(run_timed([sys.executable, "-m", "benchmarks.taskruns", flow_run_id], env),
                     "reading task runs")
    return json.loads(timed.stdout.strip().splitlines()[-1])


def regex_scan(paths: list[Path]) -> tuple[float, int]:
    """Read, decode and find every number with one compiled regex: the floor for reading the text."""
    pattern = re.compile(NUMBER)
    start = time.perf_counter()
    found = 0
    for path in paths:
        found += sum(1 for _ in pattern.finditer(path.read_bytes().decode("utf-8", "replace")))
    return time.perf_counter() - start, found


def parse_vs_scan(paths: list[Path]) -> tuple[float, float]:
    """Seconds to scan and to parse the same documents in this one process."""
    from parsing import parse_document

    texts = [p.read_bytes().decode("utf-8") for p in paths]
    pattern = re.compile(NUMBER)
    start = time.perf_counter()
    for text in texts:
        sum(1 for _ in pattern.finditer(text))
    scan = time.perf_counter() - start
    start = time.perf_counter()
    for text in texts:
        parse_document(text)
    return scan, time.perf_counter() - start


def score_against_truth(warehouse: Path, truth: dict[str, dict]) -> dict:
    """Precision and recall of the loaded figures against the generator's ground truth.

    A loaded figure matches a true one when their spans overlap and their values agree;
    matching is one-to-one.
    """
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute(
            """SELECT d.source_name, f.char_start, f.char_end, f.value
               FROM figures f JOIN documents d USING (document_id) ORDER BY d.source_name, f.char_start"""
        ).fetchall()
        documents = con.execute("SELECT count(*) FROM documents WHERE status = 'parsed'").fetchall()[0][0]
    loaded: dict[str, list[tuple]] = {}
    for name, start, end, value in rows:
        loaded.setdefault(name, []).append((start, end, value))
    matched = 0
    expected = sum(len(entry["figures"]) for entry in truth.values())
    for name, entry in truth.items():
        candidates = loaded.get(name, [])
        used = set()
        for figure in entry["figures"]:
            for i, (start, end, value) in enumerate(candidates):
                if i not in used and start < figure["end"] and figure["start"] < end and value is not None \
                        and math.isclose(value, figure["value"], rel_tol=1e-6):
                    used.add(i)
                    matched += 1
                    break
    return {"documents_parsed": documents, "figures_loaded": len(rows), "figures_true": expected,
            "figures_matched": matched, "precision": matched / len(rows) if rows else 0.0,
            "recall": matched / expected if expected else 0.0}


def _flow_run_id(warehouse: Path, run_id: int = 1) -> str | None:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        row = con.execute("SELECT flow_run_id FROM runs WHERE run_id = ?", [run_id]).fetchone()
    return row[0] if row else None


def _loaded_counts(warehouse: Path) -> tuple[int, int]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        documents, figures = con.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM figures)").fetchall()[0]
        return documents, figures


def warm_up(directory: Path, env: dict[str, str]) -> float:
    """One untimed run on an empty inbox: creates Prefect's database, as on any machine after the first run."""
    empty = directory / "empty-inbox"
    empty.mkdir(parents=True, exist_ok=True)
    return solieu_run(empty, directory / "warm-up.duckdb", env).seconds


def measure_size(directory: Path, count: int, env: dict[str, str], log=print,
                 server_env: dict[str, str] | None = None, compare: bool = True) -> dict:
    """Everything the benchmark reports for one corpus size (``server_env``: also against a running server).

    Without ``compare``, only ``solieu run`` (first and second run), the scan and the scores: the
    plain-Python and running-server runs each take as long again, which at 100 000 is most of an hour.
    """
    corpus = directory / f"n{count}"
    start = time.perf_counter()
    totals = generate_corpus(corpus, count)
    log(f"  generated {count} reports ({totals['bytes'] / 1e6:.1f} MB) in {time.perf_counter() - start:.1f} s")
    inbox = corpus / "inbox"
    prefect_wh, plain_wh, server_wh = corpus / "prefect.duckdb", corpus / "plain.duckdb", corpus / "server.duckdb"
    for path in (prefect_wh, plain_wh, server_wh):
        for stale in path.parent.glob(path.name + "*"):
            stale.unlink()

    first = solieu_run(inbox, prefect_wh, env)
    log(f"  solieu run: {first.seconds:.1f} s")
    second = solieu_run(inbox, prefect_wh, env)
    log(f"  solieu run again (nothing new): {second.seconds:.1f} s")
    compared = {}
    if compare:
        plain = plain_run(inbox, plain_wh, env)
        log(f"  plain Python: {plain.seconds:.1f} s")
        plain_documents, plain_figures = _loaded_counts(plain_wh)
        compared = {"plain_seconds": plain.seconds, "plain_peak_rss_mb": plain.peak_rss / 2**20,
                    "plain_peak_pss_mb": plain.peak_pss / 2**20, "prefect_over_plain": first.seconds / plain.seconds,
                    "plain_documents_loaded": plain_documents, "plain_figures_loaded": plain_figures}
    served = {}
    if server_env is not None and compare:
        on_server = solieu_run(inbox, server_wh, server_env)
        again = solieu_run(inbox, server_wh, server_env)
        log(f"  solieu run against a running prefect server: {on_server.seconds:.1f} s, again {again.seconds:.1f} s")
        served = {"server_seconds": on_server.seconds, "server_second_run_seconds": again.seconds,
                  "server_peak_rss_mb": on_server.peak_rss / 2**20, "server_peak_pss_mb": on_server.peak_pss / 2**20,
                  "server_over_plain": on_server.seconds / plain.seconds,
                  "server_loaded": _loaded_counts(server_wh)}
    paths = list_inbox(inbox)
    scan_s, numbers = regex_scan(paths)
    sample_scan_s, sample_parse_s = parse_vs_scan(paths[:PARSE_SAMPLE])
    log(f"  regex scan: {scan_s:.2f} s; parse / scan on {min(count, PARSE_SAMPLE)} documents: "
        f"{sample_parse_s / sample_scan_s:.1f}x")
    flow_run_id = _flow_run_id(prefect_wh)
    tasks = task_runs(flow_run_id, env) if flow_run_id else {}
    truth = score_against_truth(prefect_wh, read_truth(corpus))
    documents, figures = _loaded_counts(prefect_wh)
    return {
        "documents": count, "megabytes": totals["bytes"] / 1e6, "figures_generated": totals["figures"],
        "seconds": first.seconds, "peak_rss_mb": first.peak_rss / 2**20, "peak_pss_mb": first.peak_pss / 2**20,
        "documents_per_s": count / first.seconds, "figures_per_s": figures / first.seconds,
        "second_run_seconds": second.seconds, "second_run_peak_rss_mb": second.peak_rss / 2**20,
        "scan_seconds": scan_s, "numbers_scanned": numbers,
        "sample_documents": min(count, PARSE_SAMPLE), "sample_scan_seconds": sample_scan_s,
        "sample_parse_seconds": sample_parse_s, "parse_over_scan": sample_parse_s / sample_scan_s,
        "task_runs": sum(t["runs"] for t in tasks.values()), "task_runs_by_name": tasks,
        "parse_task_seconds": sum(t["seconds"] for n, t in tasks.items() if n.startswith("parse")),
        "documents_loaded": documents, "figures_loaded": figures,
        "truth": truth, **compared, **served,
    }
