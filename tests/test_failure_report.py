"""The per-run failure reports, from a real run into a real DuckDB file."""

import duckdb
import pytest
from validation_helpers import HOSTILE, LANGSON_2021, SCRIPT, edit, ingest

from warehouse.failure_report import render_csv, render_markdown, run_artifacts, run_title, write_run_reports
from warehouse.failure_store import read_failures, summarise, summarise_run
from warehouse.report_html import render_html

SLIPPED = edit(LANGSON_2021, "xuất khẩu 690 triệu USD", "xuất khẩu 680 triệu USD")


@pytest.fixture
def run(settings, tmp_path):
    return ingest(settings, tmp_path, **{"langson-2021-h1.txt": SLIPPED, "hostile.txt": HOSTILE})


def _read(path):
    return path.read_text(encoding="utf-8")


def test_a_run_writes_an_html_and_a_markdown_report(run):
    paths = sorted(run.report_paths)
    assert [p.rsplit("/", 1)[1] for p in paths] == ["run-00001-failures.html", "run-00001-failures.md"]


def test_markdown_report_summary_groups_and_highlights(run):
    md = _read(next(p for p in map(__import__("pathlib").Path, run.report_paths) if p.suffix == ".md"))
    head = md.split("\n## ", 1)[0]
    assert "**2 failures** (2 errors, 0 warnings; 2 open) naming 6 figures in 2 documents." in head
    assert "| components\\_sum | error | 2 |" in head
    sections = md.split("\n## ")[1:]
    assert [s.split("\n", 1)[0] for s in sections] == ["hostile.txt", "langson-2021-h1.txt"]
    langson = sections[1]
    assert "### components\\_sum (1)" in langson
    assert ("components: 680 + 1.320 = 2.000 (interval 1.999..2.001) fall short of total 2.010 "
            "(2.009,5..2.010,5) triệu USD") in langson
    assert "ước **2.010 triệu USD**, đạt 65,26%" in langson and "xuất khẩu **680 triệu USD**" in langson
    # Markup in document text is inert in Markdown too.
    assert "<script>" not in md and "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in md


def test_html_report_escapes_document_text_and_marks_the_figures(run, settings):
    html = _read(settings.report_dir / "run-00001-failures.html")
    assert SCRIPT not in html and "<script" not in html.lower()
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in html
    assert "<mark>2.100 triệu USD</mark>" in html and "<mark>690 triệu USD</mark>" in html
    assert "Content-Security-Policy" in html
    assert "solieu review 1 --accept" in html or "solieu review 2 --accept" in html
    assert "http" not in html.split("<body>")[0].replace("http-equiv", "")  # nothing fetched


def test_a_url_source_becomes_a_link_and_stays_escaped(run, settings):
    with duckdb.connect(str(settings.warehouse)) as con:
        con.execute("UPDATE documents SET source_name = 'https://baolangson.vn/a?x=1&y=\"2\"' "
                    "WHERE source_name = 'langson-2021-h1.txt'")
        html = render_html(read_failures(con), "t")
    assert '<a href="https://baolangson.vn/a?x=1&amp;y=&quot;2&quot;" rel="noopener noreferrer">' in html


def test_reviewed_failures_leave_the_open_list_but_stay_in_the_history(run, settings):
    from warehouse.review import review_failure

    with duckdb.connect(str(settings.warehouse)) as con:
        first = read_failures(con)["failure_id"].tolist()
        review_failure(con, first[0], "reject", reviewer="lan", note="typo in the source")
        assert read_failures(con)["failure_id"].tolist() == first[1:]
        everything = read_failures(con, include_reviewed=True)
        assert everything["failure_id"].tolist() == first
        md = render_markdown(everything, "history")
        assert "rejected by lan" in md
        csv = render_csv(everything).splitlines()
        assert csv[0] == "failure_id,run_id,severity,check,document,figures,message,review,sentence"
        assert len(csv) == 3


def test_a_run_without_failures_says_so(settings, tmp_path):
    summary = ingest(settings, tmp_path, **{"langson-2021-h1.txt": LANGSON_2021})
    with duckdb.connect(str(settings.warehouse)) as con:
        paths = write_run_reports(con, summary.run_id, tmp_path / "again")
    assert "No failures." in _read(paths[1])
    assert "**0 failures**" in _read(paths[0])


def test_a_figure_printed_twice_in_its_sentence_is_marked_where_it_stands(settings, tmp_path):
    """The report finds a figure in its sentence by its span: the first match would mark the total twice."""
    text = ("Lạng Sơn: 6 tháng đầu năm 2021\n\nTổng kim ngạch xuất nhập khẩu ước 100 triệu USD, "
            "trong đó xuất khẩu 100 triệu USD, nhập khẩu 20 triệu USD.")
    ingest(settings, tmp_path, **{"twice.txt": text})
    with duckdb.connect(str(settings.warehouse)) as con:
        failures = read_failures(con)
    (named,) = failures.loc[failures["check_name"] == "components_sum", "figures"]
    starts = {figure["sentence"][figure["start"]:figure["start"] + 20]: figure["start"] for figure in named}
    assert set(starts) == {"100 triệu USD, trong", "100 triệu USD, nhập ", "20 triệu USD."}


def test_reports_written_a_document_at_a_time_are_the_reports_of_every_failure_at_once(run, settings, tmp_path):
    with duckdb.connect(str(settings.warehouse)) as con:
        failures = read_failures(con, run_id=run.run_id, include_reviewed=True)
        assert failures["source_name"].nunique() == 2
        md_path, html_path = write_run_reports(con, run.run_id, tmp_path / "chunked", chunk_documents=1)
    assert _read(md_path) == render_markdown(failures, run_title(run.run_id))
    assert _read(html_path) == render_html(failures, run_title(run.run_id))


def test_the_warehouse_counts_a_run_as_its_failures_do(run, settings):
    from warehouse.review import review_failure

    with duckdb.connect(str(settings.warehouse)) as con:
        review_failure(con, int(read_failures(con)["failure_id"].iloc[0]), "accept", reviewer="lan")
        for everything in (True, False):
            counted = summarise_run(con, run.run_id, include_reviewed=everything)
            assert counted == summarise(read_failures(con, run_id=run.run_id, include_reviewed=everything))
        assert counted["failures"] == 1 and counted["figures"] == 3


def test_the_prefect_artifacts_show_the_first_failures_and_point_to_the_reports(run, settings):
    with duckdb.connect(str(settings.warehouse)) as con:
        text, rows = run_artifacts(con, run.run_id, ["r.md"], max_rows=1, max_documents=1)
        first = read_failures(con, run_id=run.run_id, include_reviewed=True).iloc[0]
    assert [row["failure_id"] for row in rows] == [first["failure_id"]]
    assert "shows the first 1 of 2 failures; the reports list them all" in text
    assert "| … and 1 more documents, with fewer failures | |" in text
    assert text.count(".txt |") == 1 and "Reports: `r.md`" in text
