"""Parser throughput: ``python -m benchmarks.parser_speed [--documents N]`` (or ``make bench-parser``).

Parses the bundled sample reports and the labelled corpus, repeated until N
documents have been read, and prints documents, figures and megabytes per
second. Parsing only: no Prefect, no validation, no warehouse. The machine is
shared, so read the figures as an order of magnitude; the best of a few rounds
is printed beside the median to show the noise, and the rate on CPU time
(``cpu``) beside wall-clock time: it is what the parser would do on a core of
its own.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from parsing import parse_document
from parsing.evaluate import DEFAULT_CORPORA

FOLDERS = list(DEFAULT_CORPORA)  # the labelled corpus and the bundled samples


def load_texts(folders: list[Path] = FOLDERS) -> list[str]:
    return [path.read_text(encoding="utf-8") for folder in folders for path in sorted(folder.glob("*.txt"))]


def run_round(texts: list[str], documents: int) -> tuple[float, float, int, int]:
    """Wall seconds, CPU seconds, figures and bytes for parsing ``documents`` texts (the list, repeated)."""
    figures = size = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for n in range(documents):
        text = texts[n % len(texts)]
        figures += len(parse_document(text).figures)
        size += len(text.encode("utf-8"))
    return time.perf_counter() - started, time.process_time() - cpu_started, figures, size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.parser_speed", description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=3000, help="documents per round (default 3000)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds to run (default 3)")
    args = parser.parse_args(argv)
    texts = load_texts()
    if not texts:
        raise SystemExit("no .txt files in sources/samples or parsing/corpus")
    run_round(texts, min(len(texts), args.documents))  # warm-up: compiled regexes, vocabulary
    rounds = [run_round(texts, args.documents) for _ in range(max(1, args.rounds))]
    seconds = [r[0] for r in rounds]
    cpu = statistics.median(r[1] for r in rounds)
    _, _, figures, size = rounds[0]
    median, best = statistics.median(seconds), min(seconds)
    print(f"{len(texts)} distinct texts, {args.documents} documents per round, {args.rounds} rounds; "
          f"{figures} figures and {size / 1e6:.2f} MB per round; one process, one core")
    for label, s in (("median", median), ("best", best), ("cpu", cpu)):
        print(f"{label:>6}: {s:6.2f} s  {args.documents / s:8.1f} documents/s  {figures / s:9.1f} figures/s  "
              f"{size / 1e6 / s:6.2f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
