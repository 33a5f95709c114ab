"""Loading the same documents in any order and any batching gives the same warehouse, and
loading them again changes nothing. In-process, into an in-memory DuckDB, with documents
chosen so that the checks across documents fire (a region a year apart, two reports of
one period that disagree, a copy under another name, a rejected file)."""

from __future__ import annotations

import functools
import hashlib
from unittest.mock import patch

import duckdb
from conftest import SAMPLES
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from projection import projection

from flows import pipeline, prepare
from parsing import PARSER_VERSION, parse_document
from schemas.validate import apply_statuses, check_against_warehouse
from sources.inbox import RawDocument
from warehouse.loader import load_batch
from warehouse.migrate import migrate
from warehouse.runs_ledger import start_run


def _raw(name: str, content: bytes) -> RawDocument:
    return RawDocument(name, content, hashlib.sha256(content).hexdigest())


def _documents() -> list[RawDocument]:
    qn_2021 = (SAMPLES / "quangninh-2021-h1.txt").read_bytes()
    qn_2022 = (SAMPLES / "quangninh-2022-h1.txt").read_bytes()
    disagreeing = qn_2022.replace("26.850 tỷ đồng".encode(), "29.850 tỷ đồng".encode())
    assert disagreeing != qn_2022
    return [
        _raw("quangninh-2021-h1.txt", qn_2021),
        _raw("quangninh-2022-h1.txt", qn_2022),
        _raw("quangninh-2022-h1-revised.txt", disagreeing),
        _raw("copy-of-quangninh-2021.txt", qn_2021),
        _raw("langson-2020-h1.txt", (SAMPLES / "langson-2020-h1.txt").read_bytes()),
        _raw("empty.txt", b""),
        RawDocument("vanished.txt", None, None, "file disappeared before it could be read"),
    ]


DOCUMENTS = _documents()
cached_parse = functools.lru_cache(maxsize=None)(parse_document)  # pure: caching only saves time


def load(con, order: list[int], cuts: list[int]) -> None:
    """Load DOCUMENTS in ``order``, in batches of the sizes in ``cuts`` (the rest in one batch)."""
    run_id = start_run(con, flow_run_id=None, inbox="memory", parser_version=PARSER_VERSION)
    raws = [DOCUMENTS[i] for i in order]
    known: set[str] = set()
    unique = []
    for raw in raws:  # as pipeline.new_batches: a text seen earlier in the run is not loaded twice
        if raw.sha256 is not None and raw.sha256 in known:
            continue
        known.add(raw.sha256)
        unique.append(raw)
    start = 0
    with patch.object(prepare, "parse_document", cached_parse):
        for size in [*cuts, len(unique)]:
            batch = unique[start:start + size]
            start += len(batch)
            if batch:
                prepared = pipeline.prepare_batch(batch)
                load_batch(con, run_id, PARSER_VERSION, prepared.documents, prepared.figures,
                           prepared.failures, check_against_warehouse, apply_statuses)


def warehouse_after(loads: list[tuple[list[int], list[int]]]) -> dict:
    with duckdb.connect(":memory:") as con:
        migrate(con)
        for order, cuts in loads:
            load(con, order, cuts)
        result = projection(con)
    # A text present under two names is recorded under the first name seen; which one
    # that is depends on the order, by design. Everything else must not.
    result["documents"] = [row[:1] + row[2:] for row in result["documents"]]
    return result


REFERENCE = None


def reference() -> dict:
    global REFERENCE
    if REFERENCE is None:
        REFERENCE = warehouse_after([(list(range(len(DOCUMENTS))), [])])
    return REFERENCE


def test_the_documents_exercise_the_checks_across_documents():
    checks = {row[0] for row in reference()["failures"]}
    assert {"reported_differently"} <= checks, checks
    assert len(reference()["documents"]) == len(DOCUMENTS) - 1  # the copy is loaded once


orders = st.permutations(range(len(DOCUMENTS)))
cuts = st.lists(st.integers(min_value=1, max_value=4), max_size=4)
# Each example fills a warehouse (about a second): few examples, and no shrinking,
# which took minutes for the one order-dependence found so far (kept as an example).
FEW = settings(max_examples=8, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
               suppress_health_check=[HealthCheck.too_slow])


@FEW
@given(orders, cuts)
# Loaded second and third, the disagreeing report used to hide the correct one from the
# check against it: prior figures quarantined by another document were not compared.
@example(order=[0, 4, 2, 3, 1, 5, 6], batch_sizes=[1, 2])
def test_any_order_and_batching_gives_the_same_warehouse(order, batch_sizes):
    assert warehouse_after([(order, batch_sizes)]) == reference()


@settings(FEW, max_examples=4)
@given(orders, cuts, orders, cuts)
def test_loading_everything_again_in_another_order_changes_nothing(order, batch_sizes, again, again_sizes):
    assert warehouse_after([(order, batch_sizes), (again, again_sizes)]) == reference()
