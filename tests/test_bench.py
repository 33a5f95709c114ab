"""The benchmark's generator, its ground-truth check, the parallel stage, and (slow) the bench itself."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from benchmarks.generate import generate_corpus, generate_document, load_templates, read_truth
from benchmarks.measure import score_against_truth
from flows.parallel import in_order
from flows.pipeline import run_ingest
from parsing.normalize import normalize_text


@pytest.fixture(scope="module")
def templates():
    from benchmarks.generate import filler_paragraphs

    found = load_templates()
    return found, filler_paragraphs(found)


def test_generated_reports_are_deterministic_report_sized_and_their_truth_points_at_the_figures(templates):
    found, fillers = templates
    first = [generate_document(i, 7, found, fillers) for i in range(30)]
    assert first == [generate_document(i, 7, found, fillers) for i in range(30)]
    assert generate_document(0, 8, found, fillers) != first[0]
    texts = [text for text, _ in first]
    assert len(set(texts)) == len(texts)
    assert 4_000 < sum(len(t.encode()) for t in texts) / len(texts) < 10_000
    for text, truth in first:
        assert normalize_text(text) == text  # spans point into the text the warehouse stores
        assert truth["figures"]
        for figure in truth["figures"]:
            assert text[figure["start"]:figure["end"]] == figure["text"]
        assert truth["region"] in text


def test_numbers_are_varied_in_the_style_they_were_printed(templates):
    found, fillers = templates
    values = {}
    for i in range(40):
        _, truth = generate_document(i, 1, found, fillers)
        for figure in truth["figures"]:
            values.setdefault(truth["template"], set()).add(figure["value"])
    # Many more distinct values than one template's figures: the numbers really vary.
    assert all(len(v) > 12 for v in values.values() if v)


def test_pipeline_loads_the_generated_ground_truth_and_a_wrong_truth_is_caught(tmp_path, settings):
    totals = generate_corpus(tmp_path / "corpus", 20, seed=3)
    assert totals["documents"] == 20
    run_ingest(settings.with_overrides(inbox=tmp_path / "corpus" / "inbox", batch_size=7))
    truth = read_truth(tmp_path / "corpus")
    scores = score_against_truth(settings.warehouse, truth)
    assert scores["documents_parsed"] == 20
    assert scores["figures_true"] == totals["figures"]
    assert scores["recall"] > 0.9 and scores["precision"] > 0.9
    for entry in truth.values():  # a generator that lied about its values would be caught
        for figure in entry["figures"]:
            figure["value"] *= 1.01
    assert score_against_truth(settings.warehouse, truth)["figures_matched"] == 0


def test_in_order_keeps_submission_order_and_bounds_work_in_flight():
    pending, most = 0, 0
    lock = threading.Lock()

    def work(item):
        nonlocal pending
        time.sleep(0.02 * (5 - item % 5))  # later items finish first
        with lock:
            pending -= 1
        return item * 10

    with ThreadPoolExecutor(max_workers=4) as pool:
        def submit(item):
            nonlocal pending, most
            with lock:
                pending += 1
                most = max(most, pending)
            return pool.submit(work, item)

        assert list(in_order(submit, range(12), window=3)) == [i * 10 for i in range(12)]
    assert most <= 3


def test_the_worker_processes_exit_once_the_last_batch_is_taken():
    # The loader and the failure reports come after the last batch: idle workers must not
    # hold their memory until the end of the run.
    from multiprocessing import active_children

    from flows.parallel import local_prepare
    from flows.settings import Settings

    before = set(active_children())
    with local_prepare(Settings(workers=2), str) as prepare_all:
        results = prepare_all([[1], [2], [3]])
        assert next(results) == "[1]"
        assert set(active_children()) - before, "the batches are parsed on worker processes"
        assert list(results) == ["[2]", "[3]"]
        assert set(active_children()) - before == set()


def test_the_validation_benchmark_builds_frames_the_checks_accept_and_plants_the_slips_it_says():
    # It builds its frames by hand: a new column of the tables would otherwise break it unseen.
    from benchmarks.validation_speed import build
    from schemas.validate import check_against_warehouse, check_batch

    documents, figures, prior = build(2_000, slip_rate=0)
    assert len(figures) == 2_000
    assert check_batch(documents, figures).empty and check_against_warehouse(documents, figures, prior).empty
    documents, figures, prior = build(2_000, slip_rate=0.5)
    slipped = check_batch(documents, figures)
    assert set(slipped["check_name"]) == {"components_sum"} and 20 < len(slipped) < 80
    assert set(check_against_warehouse(documents, figures, prior)["check_name"]) == {"yoy_vs_last_year"}


def test_the_stage_timer_and_the_parser_benchmark_run_on_the_current_code(capsys):
    from benchmarks import parser_speed, stages

    assert stages.main(["12"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("12 documents, ")
    for stage in ("parse: region (metadata)", "prepare_batch", "check: pandera models", "load (cross-document"):
        assert stage in out, stage
    assert parser_speed.main(["--documents", "20", "--rounds", "1"]) == 0
    assert "documents/s" in capsys.readouterr().out


@pytest.mark.slow
def test_bench_runs_end_to_end_on_20_reports_and_prints_the_table(tmp_path):
    from benchmarks.report import ROWS
    from benchmarks.run import run_benchmark

    results, text = run_benchmark([20, 30], keep=tmp_path / "bench", report_file=tmp_path / "report.md",
                                  log=lambda line: None, compare_up_to=20)
    result, uncompared = results
    # Above --compare-up-to: solieu run measured, the plain and running-server runs left out.
    assert uncompared["documents_loaded"] == 30 and uncompared["second_run_seconds"] > 0
    assert "plain_seconds" not in uncompared and "server_seconds" not in uncompared
    assert result["documents_loaded"] == 20 and result["plain_documents_loaded"] == 20
    assert result["figures_loaded"] == result["plain_figures_loaded"] > 0
    assert result["task_runs_by_name"]["parse-and-check-batch"]["runs"] == 1
    assert result["task_runs_by_name"]["load-batch"]["runs"] == 1
    assert result["second_run_seconds"] > 0 and result["peak_rss_mb"] > 50
    # The same job against a running `prefect server` loads the same rows.
    assert result["server_loaded"] == (result["documents_loaded"], result["figures_loaded"])
    assert result["server_second_run_seconds"] > 0
    assert result["truth"]["recall"] > 0.9
    lines = text.splitlines()
    assert lines[0].startswith("machine: ") and "cores" in lines[0]
    header = next(line for line in lines if line.startswith("| measure"))
    assert header == "| measure | N = 20 | N = 30 | target |"
    plain_row = next(line for line in lines if line.startswith("| plain Python (no Prefect), s |"))
    assert plain_row.split(" | ")[2] == "-" and plain_row.split(" | ")[1] != "-"
    for label, _, _ in ROWS:
        assert any(line.startswith(f"| {label} |") for line in lines), label
    assert (tmp_path / "report.md").read_text().strip() == text.strip()


def test_loader_reads_only_the_prior_figures_that_may_disagree_with_the_batch(tmp_path, settings):
    """The warehouse pairs a batch's figures with its own (same key, same period or a year apart)
    and returns those of a failing pair, with their document's other figures of the same key,
    unless that document states the key with values apart."""
    import hashlib

    import duckdb

    from flows.pipeline import Batch, load_prepared, prepare_batch
    from sources.inbox import RawDocument
    from warehouse.prior_figures import prior_figures

    def raw(name, text):
        data = text.encode()
        return RawDocument(name, data, hashlib.sha256(data).hexdigest())

    def report(province, year, export, part=""):
        return (f"{province}: kinh tế 6 tháng đầu năm {year}\n\n6 tháng đầu năm {year}, kim ngạch xuất khẩu "
                f"của tỉnh {province} ước đạt {export} triệu USD, tăng 13,1% so với cùng kỳ{part}.\n")

    (tmp_path / "empty").mkdir()
    run_ingest(settings.with_overrides(inbox=tmp_path / "empty"))  # an empty warehouse with its tables
    # 690 up 13.1 % on last year says last year was 610: a.txt agrees, e.txt does not.
    loaded = prepare_batch([raw("a.txt", report("Lạng Sơn", 2020, "610")),
                            raw("e.txt", report("Lạng Sơn", 2020, "500")),
                            raw("f.txt", report("Lạng Sơn", 2021, "700")),  # the same period, another value
                            raw("g.txt", report("Lạng Sơn", 2021, "690")),  # the same period and value
                            # agrees, but its part has the same indicator key
                            raw("h.txt", report("Lạng Sơn", 2021, "690", "; trong đó xuất khẩu nông sản đạt 120 triệu USD")),
                            raw("b.txt", report("Cao Bằng", 2021, "90")),
                            raw("c.txt", report("Lạng Sơn", 2017, "400"))])
    load_prepared(settings, 1, loaded)
    batch: Batch = prepare_batch([raw("d.txt", report("Lạng Sơn", 2021, "690"))])
    assert batch.figures["indicator"].notna().any()
    with duckdb.connect(str(settings.warehouse)) as con:
        prior = prior_figures(con, batch.documents, batch.figures)
    # h.txt states the key twice, 690 and 120: the checks compare neither, and it is not read.
    assert sorted(prior["source_name"]) == ["e.txt", "f.txt"]


def test_the_lake_benchmark_reads_batches_off_the_counts_and_puts_the_kinds_side_by_side():
    from benchmarks.lake import KindResult, Query, longest_between_new_counts, report

    queries = [Query(0.0, 0.1, False, None, 1.0, "does not exist yet"), Query(1.0, 0.5, True, 0, 1.0),
               Query(3.0, 0.5, True, 100, 2.0), Query(6.0, 4.0, True, 100, 2.0), Query(12.0, 0.5, True, 250, 3.0)]
    assert longest_between_new_counts(queries) == 12.5 - 3.5  # from 100 first seen to 250 first seen
    file = KindResult("file", "f.duckdb", 100.0, 1000, 800, 1.0, 2.0, 0, "", queries)
    lake = KindResult("lake", "ducklake:sqlite:c", 120.0, 1100, 900, 2.0, 3.0, 0, "", queries[:3])
    text = report([file, lake], 2000, 500, {"cores": 2, "cpu": "x", "ram_gb": 1, "system": "s", "python": "3",
                                             "versions": {}, "load_average": [1.0, 1.0, 1.0]})
    assert "| ... longest, s | 4.00 | 0.50 |" in text
    assert "| seconds per batch (end to end / batches) | 25.0 | 30.0 |" in text
    assert "lake / file: time 1.20x, peak PSS 1.12x" in text


def test_the_lake_benchmark_puts_two_readers_side_by_side():
    from benchmarks.lake import KindResult, Query, report

    queries = [Query(1.0, 0.3, True, 10, 1.0, reader="this tree"), Query(3.0, 0.9, True, 10, 1.0, reader="/old"),
               Query(5.0, 0.2, True, 20, 1.0, reader="this tree"), Query(7.0, 1.5, True, 20, 1.0, reader="/old")]
    lake = KindResult("lake", "ducklake:sqlite:c", 10.0, 1, 1, 1.0, 1.0, 0, "", queries)
    text = report([lake], 2000, 500, {"cores": 2, "cpu": "x", "ram_gb": 1, "system": "s", "python": "3",
                                      "versions": {}, "load_average": [1.0, 1.0, 1.0]})
    lines = text.splitlines()
    first = lines.index("| `solieu sql` from this tree: answered | - | 2 |")
    assert lines[first + 1] == "| ... median / 90th percentile / longest, s | - | 0.25 / 0.37 / 0.30 |"
    assert lines[first + 2] == "| ... over 1 s | - | 0 |"
    assert lines[first + 3:first + 6] == ["| `solieu sql` from /old: answered | - | 2 |",
                                          "| ... median / 90th percentile / longest, s | - | 1.20 / 1.92 / 1.50 |",
                                          "| ... over 1 s | - | 1 |"]
