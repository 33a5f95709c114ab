"""The ``solieu`` command line."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from schemas.errors import SolieuError


def _quiet_prefect(verbose: bool) -> None:
    # Must happen before prefect is imported. The console shows only our own
    # summary; Prefect's logs still go to its API and show in the UI.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "INFO" if verbose else "CRITICAL")
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING" if verbose else "CRITICAL")
    # Prefect's default of 20 s for its temporary server to start is too short on a
    # busy machine, and an unattended run must not fail for that.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


class CommandError(SolieuError):
    """A one-line reason the command could not do its work (exit code 2)."""


def yield_cpu_to_readers(settings) -> None:
    """Lower this process's CPU priority by ``SOLIEU_RUN_NICE`` before a run starts its workers."""
    if settings.run_nice and hasattr(os, "nice"):
        os.nice(settings.run_nice)


def cmd_run(args, settings) -> int:
    from flows.operations import ThresholdExceeded
    from flows.temporary_server import api_of, early_temporary_server
    from warehouse.connection import WarehouseLocked, exclusive_run

    if not settings.inbox.is_dir():
        raise CommandError(f"inbox {settings.inbox} does not exist or is not a directory")
    if settings.sources_file:
        from sources.config import read_sources

        read_sources(settings.sources_file)  # a SourcesError (a SolieuError): exit 2, one line
    if settings.review_rules_file:
        from warehouse.review_rules import read_rules

        read_rules(settings.review_rules_file)  # a ReviewRulesError, the same
    yield_cpu_to_readers(settings)
    try:
        # The lock is taken before Prefect starts, so a second run waits (or gives up) at once;
        # the flow's own run_ingest re-enters it in this process.
        server = early_temporary_server()  # starts now: it needs seconds that imports below can overlap
        with exclusive_run(settings.warehouse, wait_s=settings.lock_timeout_s):
            _check_warehouse_writable(settings)
            from flows.ingest import ingest_reports

            with api_of(server):
                result = ingest_reports(inbox=str(settings.inbox), warehouse=str(settings.warehouse),
                                        data_path=getattr(settings.warehouse, "data_path", None),
                                        sources=str(settings.sources_file) if settings.sources_file else None,
                                        dask_address=settings.dask_address, workers=settings.workers,
                                        trust_file_times=settings.trust_file_times,
                                        review_rules=str(settings.review_rules_file)
                                        if settings.review_rules_file else None)
    except WarehouseLocked as error:
        raise CommandError(str(error)) from None
    except ThresholdExceeded as error:  # the run completed and is recorded; the flow run is Failed
        print(str(error).split("\n", 1)[1])
        print(f"solieu run: over a threshold: {str(error).splitlines()[0]}", file=sys.stderr)
        return 1
    print(result["summary"])
    return 0


def cmd_serve(args, settings) -> int:
    from flows import serve

    if not settings.inbox.is_dir():
        raise CommandError(f"inbox {settings.inbox} does not exist or is not a directory")
    if settings.sources_file is not None and not settings.sources_file.is_file():
        raise CommandError(f"sources file {settings.sources_file} does not exist")
    serve.validate_schedule(args.cron, args.timezone)
    yield_cpu_to_readers(settings)
    api = serve.api_url()
    _check_warehouse_writable(settings)
    deployment = serve.build_deployment(settings, cron=args.cron, timezone=args.timezone)
    runner, deployment_id = serve.start_runner(deployment)
    print(f"serving {serve.FLOW_NAME}/{serve.DEPLOYMENT_NAME}: cron {args.cron!r} ({args.timezone}), "
          f"at most {serve.MAX_CONCURRENT_RUNS} run at a time", flush=True)
    print(f"inbox {settings.inbox.resolve()} -> warehouse {settings.warehouse.resolve()}", flush=True)
    print(f"runs, logs and artifacts: {serve.ui_url(api, deployment_id)}", flush=True)
    print("stop with Ctrl-C; the schedule is paused until the next `solieu serve`", flush=True)
    serve.serve_until_stopped(runner)
    print("stopped; schedule paused", flush=True)
    return 0


def _check_warehouse_writable(settings) -> None:
    """Fail before starting Prefect when the warehouse cannot be opened for writing."""
    from warehouse.connection import WarehouseLocked, connect
    from warehouse.migrate import migrate

    try:
        with connect(settings.warehouse, wait_s=settings.lock_timeout_s) as con:
            migrate(con)
    except WarehouseLocked as error:
        raise CommandError(str(error)) from None
    except OSError as error:
        raise CommandError(f"cannot open warehouse {settings.warehouse}: {error}") from None


def cmd_sql(args, settings) -> int:
    # An analyst's query, often started beside a run that keeps every core busy: it imports only
    # DuckDB and what opening the warehouse needs, and prints without pandas (flows/sql_output.py).
    from flows import sql_output
    from warehouse.lake import is_lake

    if args.as_of_run is not None and not is_lake(settings.warehouse):
        raise CommandError(f"--as-of-run needs a DuckLake warehouse (ducklake:sqlite:PATH or ducklake:postgres:...); "
                           f"the DuckDB file {settings.warehouse} keeps no earlier states, only the latest "
                           "(copy the file after a run to keep that state, or move to a lake: "
                           "solieu warehouse copy --to ducklake:...)")
    answer = _ask(args, settings, lean=True)
    if answer is None:
        return 0
    if isinstance(answer, tuple):
        try:
            print(sql_output.render(args.format, *answer))
            return 0
        except sql_output.NeedsPandas:  # a value pandas converts its own way: ask again through pandas
            answer = _ask(args, settings, lean=False)
    print(_format_table(answer, args.format))
    return 0


def _ask(args, settings, *, lean: bool):
    """Run the query of `solieu sql`: (names, types, rows) when ``lean`` and flows/sql_output.py prints
    its types, else a pandas frame; None for a statement without a result. The warehouse is let go
    before the result is printed (a reader of a file holds the run's next batch back)."""
    import duckdb

    from flows import sql_output
    from warehouse.connection import WarehouseLocked, connect
    from warehouse.lake import open_as_of_run

    try:
        opened = (open_as_of_run(settings.warehouse, args.as_of_run) if args.as_of_run is not None
                  else connect(settings.warehouse, read_only=True, wait_s=settings.lock_timeout_s))
        with opened as con:
            relation = con.sql(args.query)
            if relation is None:
                return None
            if lean and sql_output.supported(relation.types):
                return relation.columns, relation.types, relation.fetchall()
            return relation.df()
    except (WarehouseLocked, FileNotFoundError) as error:
        raise CommandError(str(error)) from None
    except duckdb.Error as error:
        raise CommandError(str(error).splitlines()[0]) from None


def cmd_export(args, settings) -> int:
    from warehouse.connection import WarehouseLocked, connect
    from warehouse.export import export

    try:
        with connect(settings.warehouse, read_only=True, wait_s=settings.lock_timeout_s) as con:
            written = export(con, args.out, args.format, args.table or None, vietnamese=args.vietnamese)
    except (WarehouseLocked, FileNotFoundError) as error:
        raise CommandError(str(error)) from None
    for path in written:
        print(path)
    return 0


def cmd_chart(args, settings) -> int:
    from warehouse.chart import write_chart
    from warehouse.connection import WarehouseLocked, connect

    try:
        with connect(settings.warehouse, read_only=True, wait_s=settings.lock_timeout_s) as con:
            path = write_chart(con, args.indicator, region=args.region, out=args.out, period=args.period)
    except (WarehouseLocked, FileNotFoundError) as error:
        raise CommandError(str(error)) from None
    print(path)
    return 0


def _format_table(frame, fmt: str) -> str:
    if fmt == "csv":
        return frame.to_csv(index=False).rstrip("\n")
    if fmt == "json":
        return frame.to_json(orient="records", force_ascii=False, date_format="iso")
    import pandas as pd

    with pd.option_context("display.max_rows", 500, "display.max_columns", 50, "display.width", 200,
                           "display.max_colwidth", 60, "display.float_format", "{:.15g}".format):
        return frame.to_string(index=False) if len(frame) else "(no rows)"


def cmd_reparse(args, settings) -> int:
    from datetime import date

    from flows.reparse import run_reparse
    from warehouse.connection import WarehouseLocked

    try:
        since = date.fromisoformat(args.since) if args.since else None
    except ValueError:
        raise CommandError(f"--since must be a date like 2024-07-01, not {args.since!r}") from None
    if not settings.warehouse.exists():
        raise CommandError(f"warehouse {settings.warehouse} does not exist yet; run `solieu run` first")
    yield_cpu_to_readers(settings)
    try:
        summary = run_reparse(settings, since=since, force=args.force)
    except WarehouseLocked as error:
        raise CommandError(str(error)) from None
    print(summary.text())
    return 0


def cmd_eval(args, settings) -> int:
    import json

    from parsing.evaluate import DEFAULT_CORPORA, evaluate, report

    missing = [str(c) for c in args.corpora if not (c / "gold.json").exists()]
    if missing:
        raise CommandError(f"no gold.json in {', '.join(missing)}")
    corpora = args.corpora or DEFAULT_CORPORA
    for labels in (c / name for c in corpora for name in ("gold.json", "negatives.json")):
        try:
            json.loads(labels.read_text(encoding="utf-8")) if labels.exists() else None
        except json.JSONDecodeError as error:
            raise CommandError(f"{labels} is not valid JSON: {error}") from None
    print(report(evaluate(corpora), show_errors=not args.quiet))
    return 0


def cmd_failures(args, settings) -> int:
    from warehouse.connection import WarehouseLocked, connect
    from warehouse.failure_report import render_csv, render_markdown, render_terminal, run_title
    from warehouse.failure_store import latest_run, read_failures
    from warehouse.report_html import render_html

    try:
        with connect(settings.warehouse, read_only=True, wait_s=settings.lock_timeout_s) as con:
            run_id = None
            if args.run == "latest":
                run_id = latest_run(con)
                if run_id is None:
                    raise CommandError(f"no runs in {settings.warehouse} yet; `solieu run` first")
            elif args.run is not None:
                if not args.run.isdigit():
                    raise CommandError(f"--run takes 'latest' or a run id, not {args.run!r}")
                run_id = int(args.run)
            failures = read_failures(con, run_id=run_id, include_reviewed=args.all)
    except (WarehouseLocked, FileNotFoundError) as error:
        raise CommandError(str(error)) from None
    title = run_title(run_id, settings.lang) if args.all or run_id is None else (
        f"Lỗi kiểm tra đang mở của lần chạy {run_id}" if settings.lang == "vi" else
        f"Open validation failures of run {run_id}")
    if args.all and run_id is None:
        title = "Lỗi kiểm tra của mọi lần chạy" if settings.lang == "vi" else "Validation failures of every run"
    if args.format in ("md", "html"):
        render = {"md": render_markdown, "html": render_html}[args.format]
        print(render(failures, title, settings.lang).rstrip("\n"))
    elif args.format == "table":
        print(render_terminal(failures, title).rstrip("\n"))
    else:
        print(render_csv(failures).rstrip("\n"))
    return 0


def cmd_review(args, settings) -> int:
    from warehouse.connection import WarehouseLocked, connect
    from warehouse.review import (
        BulkResult,
        FailureFilter,
        ReviewResult,
        review_failure,
        review_many,
    )

    decision = next(d for d in ("accept", "reject", "expected", "reopen") if getattr(args, d))
    selection = FailureFilter(check=args.check, severity=args.severity, region=args.region,
                              indicator=args.indicator, run_id=args.run, source=args.source,
                              min_age_days=args.older_than)
    if args.failure_id is not None and not selection.is_empty():
        raise CommandError("give a FAILURE_ID or filters (--check, --region, --run, ...), not both")
    if args.failure_id is None and selection.is_empty():
        raise CommandError("give a FAILURE_ID, or filters (--check, --region, --run, ...) to decide in bulk")
    result: ReviewResult | BulkResult
    try:
        with connect(settings.warehouse, wait_s=settings.lock_timeout_s) as con:
            if args.failure_id is not None:
                result = review_failure(con, args.failure_id, decision, reviewer=args.reviewer, note=args.note)
            else:
                result = review_many(con, selection, decision, reviewer=args.reviewer, note=args.note)
    except (WarehouseLocked, FileNotFoundError) as error:
        raise CommandError(str(error)) from None
    statuses = ", ".join(f"{fid} {status}" for fid, status in result.figure_statuses.items()) or "none"
    status = "reopened" if result.review_status == "open" else result.review_status
    if isinstance(result, ReviewResult):
        print(f"failure {result.failure_id} {status} by {result.reviewer} at "
              f"{result.reviewed_at:%Y-%m-%d %H:%M:%S}; figures now: {statuses}")
    elif not result.failure_ids:
        print(f"no failure matches {selection.to_json()} that could be {status}")
    else:
        print(f"{len(result.failure_ids)} failures {status} by {result.reviewer} at "
              f"{result.reviewed_at:%Y-%m-%d %H:%M:%S} (bulk {result.bulk_id}: {selection.to_json()}): "
              f"{', '.join(map(str, result.failure_ids))}; figures now: {statuses}")
    return 0


def cmd_review_ui(args, settings) -> int:
    from warehouse.connection import WarehouseLocked, connect
    from warehouse.migrate import migrate
    from warehouse.review_ui import ReviewApp, serve

    if not settings.warehouse.exists():
        raise CommandError(f"warehouse {settings.warehouse} does not exist yet; run `solieu run` first")
    try:
        with connect(settings.warehouse, wait_s=settings.lock_timeout_s) as con:
            migrate(con)  # review_events exists before the first decision
    except WarehouseLocked as error:
        raise CommandError(str(error)) from None
    app = ReviewApp(settings.warehouse, lang=settings.lang, lock_timeout_s=settings.lock_timeout_s)
    print(f"reviewing {settings.warehouse.resolve()}; stop with Ctrl-C", flush=True)
    serve(app, host=args.host, port=args.port,
          ready=lambda url: print(f"open in your browser (the token is the password): {url}", flush=True))
    return 0


def cmd_warehouse_copy(args, settings) -> int:
    from warehouse.connection import WarehouseLocked
    from warehouse.lake import Lake, parse_warehouse
    from warehouse.warehouse_copy import copy_warehouse

    target = parse_warehouse(args.to)
    if args.to_data_path is not None:
        if not isinstance(target, Lake):
            raise CommandError(f"--to-data-path is for a DuckLake target, not the DuckDB file {target}")
        target = target.with_data_path(args.to_data_path)
    try:
        result = copy_warehouse(settings.warehouse, target, wait_s=settings.lock_timeout_s)
    except WarehouseLocked as error:
        raise CommandError(str(error)) from None
    print(result.text())
    return 0


def cmd_warehouse_maintain(args, settings) -> int:
    from warehouse.connection import WarehouseLocked, connect, exclusive_run
    from warehouse.lake_upkeep import maintain
    from warehouse.migrate import migrate

    if not settings.warehouse.exists():
        raise CommandError(f"warehouse {settings.warehouse} does not exist yet; run `solieu run` first")
    try:
        # Not during a run: merging and deleting files while batches commit would only conflict.
        with exclusive_run(settings.warehouse, wait_s=settings.lock_timeout_s), \
                connect(settings.warehouse, wait_s=settings.lock_timeout_s) as con:
            migrate(con)
            result = maintain(con, settings.warehouse, older_than_days=args.older_than,
                              keep_run_ends=not args.expire_run_ends)
    except WarehouseLocked as error:
        raise CommandError(str(error)) from None
    print(result.text())
    return 0


def cmd_bench(args, settings) -> int:
    from benchmarks.run import parse_sizes, run_benchmark

    _, text = run_benchmark(parse_sizes(args.sizes), keep=args.keep, report_file=args.report,
                            log=lambda line: print(line, file=sys.stderr, flush=True),
                            compare_up_to=args.compare_up_to)
    print(text)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="solieu", description="Figures from Vietnamese socio-economic reports, checked, in DuckDB."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="show Prefect's logs in the terminal")
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name, handler, help_text, group=commands):
        sub = group.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--warehouse", help="DuckDB file, or a DuckLake: ducklake:sqlite:PATH or "
                         "'ducklake:postgres:dbname=... host=...' (default: $SOLIEU_WAREHOUSE "
                         "or warehouse/solieu.duckdb)")
        sub.add_argument("--data-path", metavar="DIR|s3://...", help="a new DuckLake's Parquet files "
                         "(default: $SOLIEU_DATA_PATH, else PATH.files/ beside a SQLite catalog)")
        sub.set_defaults(handler=handler)
        return sub

    run = command("run", cmd_run, "run the ingest-reports flow once over the inbox")
    run.add_argument("--inbox", type=Path, help="folder of report texts (default: the bundled samples)")
    run.add_argument("--sources", type=Path, help="TOML file of feeds and URL lists to fetch as well "
                     "(default: $SOLIEU_SOURCES; see sources/sources.example.toml)")

    run.add_argument("--review-rules", type=Path, metavar="FILE", help="TOML review rules applied to the run's "
                     "failures (default: $SOLIEU_REVIEW_RULES; see review_rules.example.toml)")
    run.add_argument("--dask-address", help="parse on this Dask cluster, e.g. tcp://10.0.0.5:8786 "
                     "(default: $SOLIEU_DASK_ADDRESS, else local processes)")
    run.add_argument("--workers", type=int, help="local processes that parse (default: $SOLIEU_WORKERS "
                     "or the number of cores)")
    run.add_argument("--rehash", action="store_true", help="read and hash every inbox file, also those "
                     "unchanged (name, size, time) since loaded: for file systems whose times lie "
                     "(default: $SOLIEU_TRUST_FILE_TIMES=1 trusts them)")

    reparse = command("reparse", cmd_reparse, "parse stored texts again with the current parser, replacing "
                      "their figures and keeping review decisions that still apply")
    reparse.add_argument("--since", metavar="DATE", help="only documents loaded on or after DATE (YYYY-MM-DD)")
    reparse.add_argument("--force", action="store_true",
                         help="also documents whose figures the current parser version produced")

    from flows.serve import DEFAULT_CRON, DEFAULT_TIMEZONE

    serve = command("serve", cmd_serve, "register the ingest-reports deployment with a cron schedule "
                    "on the Prefect server at $PREFECT_API_URL and run it until stopped")
    serve.add_argument("--cron", default=DEFAULT_CRON, metavar="EXPR", help=f"when to run (default: {DEFAULT_CRON!r}, "
                       "daily at 06:00)")
    serve.add_argument("--timezone", default=DEFAULT_TIMEZONE, metavar="TZ", help="IANA time zone of the cron "
                       f"expression (default: {DEFAULT_TIMEZONE})")
    serve.add_argument("--inbox", type=Path, metavar="DIR",
                       help="folder of report texts (default: the bundled samples)")
    serve.add_argument("--sources", type=Path, metavar="FILE", help="TOML list of feeds and URL lists to fetch from")

    sql = command("sql", cmd_sql, "query the warehouse and print the result")
    sql.add_argument("query", help='SQL, e.g. "SELECT * FROM figures LIMIT 5"')
    sql.add_argument("--format", choices=["table", "csv", "json"], default="table")
    sql.add_argument("--as-of-run", type=int, metavar="N", help="query the warehouse as it stood when run N "
                     "ended (a DuckLake's snapshot; a DuckDB file keeps no earlier states)")

    export = command("export", cmd_export, "write the public tables and views as Parquet, CSV or one "
                     "Excel workbook, with columns.csv describing every column")
    export.add_argument("--format", choices=["parquet", "csv", "xlsx"], default="parquet")
    export.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder to write into")
    export.add_argument("--table", action="append", metavar="T", help="only this table or view (repeatable; "
                        "default: indicator_values, the code tables, figures, documents, failures, runs...)")
    export.add_argument("--vietnamese", action="store_true", help="xlsx: Vietnamese column headers")

    chart = command("chart", cmd_chart, "draw an indicator's series (SVG): values with their intervals, "
                    "estimates and finals told apart, conflicts marked; or provinces side by side")
    chart.add_argument("indicator", help="indicator key, e.g. export_turnover (see the indicators table)")
    chart.add_argument("--region", metavar="R", help="province code or name (default: the one with most values)")
    chart.add_argument("--period", metavar="CODE", help="instead of a series: provinces side by side for "
                       "one period, e.g. 2021-S1")
    chart.add_argument("--out", type=Path, metavar="FILE", help="SVG file (default: INDICATOR[-R].svg; "
                       ".html: the SVG in a page)")

    failures = command("failures", cmd_failures, "show validation failures (open ones unless --all)")
    failures.add_argument("--run", metavar="latest|RUN_ID", help="one run's failures (default: every run)")
    failures.add_argument("--format", choices=["table", "md", "html", "csv"], default="table")
    failures.add_argument("--all", action="store_true", help="include reviewed failures (the history)")

    review = command("review", cmd_review, "decide on a validation failure, or on every failure of a filter: "
                     "--accept (false alarm: the figures become valid), --reject (a real slip: they stay "
                     "quarantined), --expected (a known habit of the source: usable) or --reopen (decide again)")
    review.add_argument("failure_id", type=int, metavar="FAILURE_ID", nargs="?")
    decision = review.add_mutually_exclusive_group(required=True)
    decision.add_argument("--accept", action="store_true", help="a false alarm")
    decision.add_argument("--reject", action="store_true", help="a real slip")
    decision.add_argument("--expected", action="store_true", help="known and tolerated (the figures are usable)")
    decision.add_argument("--reopen", action="store_true", help="back to open, to decide again")
    bulk = review.add_argument_group("bulk: every failure matching all of these (open ones; decided ones "
                                     "for --reopen)")
    bulk.add_argument("--check", metavar="NAME", help="check name, e.g. components_sum")
    bulk.add_argument("--severity", choices=["error", "warning"])
    bulk.add_argument("--region", metavar="PROVINCE", help="the document's province, e.g. 'Lạng Sơn'")
    bulk.add_argument("--indicator", metavar="CODE", help="a named figure's indicator, e.g. export_value")
    bulk.add_argument("--run", type=int, metavar="RUN_ID")
    bulk.add_argument("--source", metavar="PATTERN", help="the document's source: a glob, or a part of it")
    bulk.add_argument("--older-than", type=int, metavar="DAYS", help="raised at least DAYS days ago")
    review.add_argument("--note", help="why (recorded with the decision)")
    review.add_argument("--reviewer", help="who decides (default: the OS user)")

    review_ui = command("review-ui", cmd_review_ui, "a local web page to review failures: filter them, "
                        "decide on one or on every failure of a filter, reopen, read the history")
    review_ui.add_argument("--port", type=int, default=8765, help="port (default: 8765; 0 picks a free one)")
    review_ui.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, "
                           "this machine only)")

    warehouse = commands.add_parser("warehouse", help="copy the warehouse into another (a DuckDB file or a "
                                    "DuckLake), or look after a lake", description="copy the warehouse into "
                                    "another, or run a DuckLake's upkeep")
    actions = warehouse.add_subparsers(dest="action", required=True)
    copy = command("copy", cmd_warehouse_copy, "copy every row (ids, review decisions and their history, runs) "
                   "into a new warehouse of either kind: file -> lake, lake -> file, lake -> lake", actions)
    copy.add_argument("--to", required=True, metavar="TARGET", help="a new DuckDB file or ducklake:... string")
    copy.add_argument("--to-data-path", metavar="DIR|s3://...", help="the target lake's Parquet files "
                      "(default: PATH.files/ beside a SQLite catalog)")
    upkeep = command("maintain", cmd_warehouse_maintain, "a lake's upkeep: merge small files, expire old "
                     "snapshots (not those that ended a run), delete files no snapshot reads and files a killed "
                     "run left that no snapshot recorded; report what "
                     "was freed (a DuckDB file: a checkpoint)", actions)
    upkeep.add_argument("--older-than", type=float, default=7.0, metavar="DAYS",
                        help="expire snapshots older than this (default: 7)")
    upkeep.add_argument("--expire-run-ends", action="store_true", help="expire the snapshots that ended runs "
                        "too (solieu sql --as-of-run can no longer read those runs)")

    evaluate = commands.add_parser("eval", help="measure the parser against labelled texts",
                                   description="print precision, recall and attribute accuracy of the "
                                   "parser, overall and per phenomenon, and list every error")
    evaluate.add_argument("corpora", nargs="*", type=Path, metavar="CORPUS_DIR",
                          help="folders holding gold.json (default: parsing/corpus and sources/samples)")
    evaluate.add_argument("--quiet", action="store_true", help="scores only")
    evaluate.set_defaults(handler=cmd_eval)

    bench = commands.add_parser("bench", help="measure the job on generated reports",
                                description="generate N reports with known figures, run the real job on "
                                "them into a fresh warehouse, and print speed, memory and task runs")
    bench.add_argument("--sizes", default="1000,20000", help="corpus sizes, comma-separated (default: 1000,20000)")
    bench.add_argument("--keep", type=Path, metavar="DIR", help="keep corpora, warehouses and results in DIR")
    bench.add_argument("--report", type=Path, metavar="FILE", help="also write the report (Markdown) to FILE")
    bench.add_argument("--compare-up-to", type=int, metavar="N", help="run the plain-Python and running-server "
                       "comparisons only for sizes up to N (default: every size)")
    bench.set_defaults(handler=cmd_bench)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    code = _run(args)
    if argv is None and args.command == "sql":
        _exit_at_once(code)
    return code


def _exit_at_once(code: int) -> None:
    """End the program now that its output is out, without the interpreter's teardown: freeing
    every module and DuckDB's objects took a tenth of `solieu sql`'s CPU time (docs/performance.md),
    and returns only memory the system takes back anyway. Its connection is already closed."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # e.g. a closed pipe: the exit code Python gives when it cannot flush at exit
        code = 120
    os._exit(code)


def _run(args: argparse.Namespace) -> int:
    # A served schedule runs unattended: its console is a log, so Prefect's run logs go there.
    _quiet_prefect(args.verbose or args.command == "serve")
    from flows.settings import load_settings

    try:
        settings = load_settings().with_overrides(
            warehouse=getattr(args, "warehouse", None), data_path=getattr(args, "data_path", None), inbox=getattr(args, "inbox", None),
            sources_file=getattr(args, "sources", None), verbose=args.verbose,
            dask_address=getattr(args, "dask_address", None), workers=getattr(args, "workers", None),
            trust_file_times=False if getattr(args, "rehash", False) else None,
            review_rules_file=getattr(args, "review_rules", None),
        )
        return args.handler(args, settings)
    except SolieuError as error:  # bad input or a state to act on; anything else is a bug: its traceback shows
        print(f"solieu {args.command}: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"solieu {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
