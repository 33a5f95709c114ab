"""The ``solieu`` command line."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def _quiet_prefect(verbose: bool) -> None:
    # Must happen before prefect is imported. The console shows only our own
    # summary; Prefect's logs still go to its API and show in the UI.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "INFO" if verbose else "CRITICAL")
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING" if verbose else "CRITICAL")


class CommandError(Exception):
    """A one-line reason the command could not do its work (exit code 2)."""


def cmd_run(args, settings) -> int:
    from sources.inbox import InboxMissing

    if not settings.inbox.is_dir():
        raise CommandError(f"inbox {settings.inbox} does not exist or is not a directory")
    _check_warehouse_writable(settings)
    from flows.ingest import ingest_reports

    try:
        result = ingest_reports(inbox=str(settings.inbox), warehouse=str(settings.warehouse),
                                dask_address=settings.dask_address, workers=settings.workers)
    except InboxMissing as error:
        raise CommandError(str(error)) from None
    print(result["summary"])
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
    import duckdb

    from warehouse.connection import WarehouseLocked, connect

    try:
        with connect(settings.warehouse, read_only=True, wait_s=settings.lock_timeout_s) as con:
            relation = con.sql(args.query)
            if relation is None:
                return 0
            frame = relation.df()
    except (WarehouseLocked, FileNotFoundError) as error:
        raise CommandError(str(error)) from None
    except duckdb.Error as error:
        raise CommandError(str(error).splitlines()[0]) from None
    print(_format_table(frame, args.format))
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


def cmd_eval(args, settings) -> int:
    from parsing.evaluate import DEFAULT_CORPORA, evaluate, report

    missing = [str(c) for c in args.corpora if not (c / "gold.json").exists()]
    if missing:
        raise CommandError(f"no gold.json in {', '.join(missing)}")
    print(report(evaluate(args.corpora or DEFAULT_CORPORA), show_errors=not args.quiet))
    return 0


def cmd_bench(args, settings) -> int:
    from flows.benchmark.run import parse_sizes, run_benchmark

    _, text = run_benchmark(parse_sizes(args.sizes), keep=args.keep, report_file=args.report,
                            log=lambda line: print(line, file=sys.stderr, flush=True))
    print(text)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="solieu", description="Figures from Vietnamese socio-economic reports, checked, in DuckDB."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="show Prefect's logs in the terminal")
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name, handler, help_text):
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--warehouse", type=Path, help="DuckDB file (default: $SOLIEU_WAREHOUSE "
                         "or warehouse/solieu.duckdb)")
        sub.set_defaults(handler=handler)
        return sub

    run = command("run", cmd_run, "run the ingest-reports flow once over the inbox")
    run.add_argument("--inbox", type=Path, help="folder of report texts (default: the bundled samples)")
    run.add_argument("--dask-address", help="parse on this Dask cluster, e.g. tcp://10.0.0.5:8786 "
                     "(default: $SOLIEU_DASK_ADDRESS, else local processes)")
    run.add_argument("--workers", type=int, help="local processes that parse (default: $SOLIEU_WORKERS "
                     "or the number of cores)")

    sql = command("sql", cmd_sql, "query the warehouse and print the result")
    sql.add_argument("query", help='SQL, e.g. "SELECT * FROM figures LIMIT 5"')
    sql.add_argument("--format", choices=["table", "csv", "json"], default="table")

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
    bench.set_defaults(handler=cmd_bench)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _quiet_prefect(args.verbose)
    from flows.settings import load_settings

    try:
        settings = load_settings().with_overrides(
            warehouse=getattr(args, "warehouse", None), inbox=getattr(args, "inbox", None),
            verbose=args.verbose, dask_address=getattr(args, "dask_address", None),
            workers=getattr(args, "workers", None),
        )
        return args.handler(args, settings)
    except (CommandError, ValueError) as error:
        print(f"solieu {args.command}: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"solieu {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
