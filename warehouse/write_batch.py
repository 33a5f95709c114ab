"""From a prepared batch to warehouse rows: the one path runs (``loader``) and ``solieu reparse`` share.

A prepared batch (``flows.prepare.prepare_batch``, ``flows.reparse.prepare_texts``) keys a
document by its ``content_sha256`` and a figure by (hash, ordinal), so that workers can make it
anywhere. Here, inside the caller's transaction, it meets the warehouse:

1. ``check_against_loaded``: the cross-document checks against the figures already loaded
   (``prior_figures``), their failures added, the figures' statuses following them;
2. ``numbered_rows``: figures get warehouse ids (after every existing one), their document's id,
   ``component_of`` as a figure id, the run and parser version; each failure names its figures by
   warehouse id (its own, other batch documents', loaded ones: sorted, each once) and gets the
   fingerprint that carries a review decision over to the same slip found again;
3. ``number_failures`` and ``insert_rows``.

What differs stays with the caller: the loader inserts new documents and carries decisions over
by fingerprint; a reparse updates its documents, deletes their old rows and carries decisions
over by figure span (``warehouse.reparse``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from datetime import datetime

import duckdb
import pandas as pd

from schemas.cross_document import own_scope
from schemas.frames import figure_key
from warehouse.ids import next_id
from warehouse.period_bounds import add_figures
from warehouse.prior_figures import prior_figures
from warehouse.registered import as_arrow, registered
from warehouse.review import fingerprint

# Cross-document checks need the warehouse; they run inside the load transaction so that what
# they compare against cannot change meanwhile. (documents, figures, prior) -> failures.
CrossCheck = Callable[[pd.DataFrame, pd.DataFrame, pd.DataFrame], pd.DataFrame]
# (figures, failures) -> figures with the ``status`` the failures give them.
ApplyStatuses = Callable[[pd.DataFrame, pd.DataFrame], pd.DataFrame]


def check_against_loaded(con: duckdb.DuckDBPyConnection, documents: pd.DataFrame, figures: pd.DataFrame,
                         failures: pd.DataFrame, cross_check: CrossCheck, apply_statuses: ApplyStatuses,
                         *, replacing: Collection[int] = ()
                         ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(figures, failures, prior): the batch checked against the loaded figures.

    ``replacing``: ids of loaded documents whose figures the batch replaces (a reparse); their
    old figures are no other source to compare with.
    """
    parsed = documents[documents["status"] == "parsed"]
    prior = prior_figures(con, parsed, figures)
    if len(replacing):
        prior = prior[~prior["document_id"].isin(list(replacing))]
    cross = cross_check(parsed, figures, prior)
    if not cross.empty:
        failures = pd.concat([failures, cross], ignore_index=True)
        figures = apply_statuses(figures, failures)
    return figures, failures, prior


def numbered_rows(con: duckdb.DuckDBPyConnection, documents: pd.DataFrame, figures: pd.DataFrame,
                  failures: pd.DataFrame, prior: pd.DataFrame, *, run_id: int,
                  parser_version: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(figures, failures) with warehouse ids; ``documents`` already carry their ``document_id``."""
    document_ids = dict(zip(documents["content_sha256"], documents["document_id"]))
    figures = _numbered_figures(con, own_scope(figures.reset_index(drop=True), documents), document_ids,
                                run_id=run_id, parser_version=parser_version)
    failures = _failures_naming_ids(failures, figures, document_ids)
    sources = {int(d): s for d, s in zip(documents["document_id"], documents["source_name"]) if pd.notna(d)}
    failures["fingerprint"] = _fingerprints(failures, figures, sources, prior)
    return figures, failures


def number_failures(con: duckdb.DuckDBPyConnection, failures: pd.DataFrame, *, run_id: int,
                    now: datetime) -> pd.DataFrame:
    """Failure ids after every existing one, the run and the time."""
    failures = failures.copy()
    first = next_id(con, "validation_failures", "failure_id")
    failures["failure_id"] = range(first, first + len(failures))
    failures["run_id"] = run_id
    failures["created_at"] = now
    return failures


def insert_rows(con: duckdb.DuckDBPyConnection, figures: pd.DataFrame, failures: pd.DataFrame) -> None:
    """Insert numbered figures and failures (review columns included), their documents already in
    ``documents``, and widen ``period_bounds`` for the figures."""
    if len(figures):
        with registered(con, batch_figures=as_arrow(figures)):
            _insert_figures(con, "batch_figures")
    if len(failures):
        with registered(con, batch_failures=as_arrow(failures)):
            _insert_failures(con, "batch_failures")


def _numbered_figures(con: duckdb.DuckDBPyConnection, figures: pd.DataFrame, document_ids: Mapping[str, int], *,
                      run_id: int, parser_version: str) -> pd.DataFrame:
    figures = figures.copy()
    first = next_id(con, "figures", "figure_id")
    figures["figure_id"] = range(first, first + len(figures))
    figures["document_id"] = figures["content_sha256"].map(document_ids)
    by_ordinal = _ids_by_ordinal(figures)
    figures["component_of"] = pd.array(
        [None if pd.isna(total) else by_ordinal.get((sha, int(total)))
         for sha, total in zip(figures["content_sha256"], figures["component_of_ordinal"])], dtype="Int64")
    figures["run_id"] = run_id
    figures["parser_version"] = parser_version
    return figures


def _failures_naming_ids(failures: pd.DataFrame, figures: pd.DataFrame,
                         document_ids: Mapping[str, int]) -> pd.DataFrame:
    """Each failure's figures as warehouse ids (its own, other batch documents', prior ones), sorted, once each."""
    failures = failures.reset_index(drop=True).copy()
    by_ordinal = _ids_by_ordinal(figures)
    by_key = {figure_key(sha, o): fid for (sha, o), fid in by_ordinal.items()}
    failures["figure_ids"] = [
        sorted({by_ordinal[(sha, int(o))] for o in ordinals} | {by_key[k] for k in keys if k in by_key}
               | {int(i) for i in prior_ids})
        for sha, ordinals, keys, prior_ids in zip(failures["content_sha256"], failures["figure_ordinals"],
                                                  failures["batch_figure_keys"], failures["prior_figure_ids"])
    ]
    failures["document_id"] = failures["content_sha256"].map(document_ids)
    return failures


def _fingerprints(failures: pd.DataFrame, figures: pd.DataFrame, sources: Mapping[int, str],
                  prior: pd.DataFrame) -> list[str]:
    """Each failure's fingerprint (``review.fingerprint``) from the figures it names, as printed."""
    named = {i for ids in failures["figure_ids"] for i in ids}  # only these are printed
    mine, theirs = figures[figures["figure_id"].isin(named)], prior[prior["figure_id"].isin(named)]
    printed = {int(f): (sources.get(int(d)), raw) for f, d, raw in
               zip(mine["figure_id"], mine["document_id"], mine["raw_text"])}
    printed.update({int(f): (s, raw) for f, s, raw in
                    zip(theirs["figure_id"], theirs["source_name"], theirs["raw_text"])})
    return [fingerprint(check, [printed[i] for i in ids if i in printed])
            for check, ids in zip(failures["check_name"], failures["figure_ids"])]


def _ids_by_ordinal(figures: pd.DataFrame) -> dict[tuple[str, int], int]:
    return {(sha, int(o)): int(fid) for sha, o, fid in
            zip(figures["content_sha256"], figures["ordinal"], figures["figure_id"])}


def _insert_figures(con: duckdb.DuckDBPyConnection, view: str) -> None:
    con.execute(
        f"""INSERT INTO figures (figure_id, document_id, ordinal, indicator, indicator_text, kind,
               value, value_high, unit, qualifier, pct_of_plan, plan_basis, pct_of_plan_alt,
               plan_basis_alt, yoy_change_pct, change_abs, raw_text, sentence, char_start,
               char_end, component_of, status, value_rounding, pct_of_plan_rounding,
               yoy_change_rounding, plan_amount, plan_amount_rounding, region, region_source, period_label,
               period_start, period_end, period_source, area, parser_version, run_id)
           SELECT figure_id, document_id, ordinal, indicator, indicator_text, kind, value,
               value_high, unit, qualifier, pct_of_plan, plan_basis, pct_of_plan_alt,
               plan_basis_alt, yoy_change_pct, change_abs, raw_text, sentence, char_start,
               char_end, component_of, status, value_rounding, pct_of_plan_rounding,
               yoy_change_rounding, plan_amount, plan_amount_rounding, region, region_source, period_label,
               period_start::DATE, period_end::DATE, period_source, area::VARCHAR, parser_version, run_id
           FROM {view}""")
    add_figures(con, view)


def _insert_failures(con: duckdb.DuckDBPyConnection, view: str) -> None:
    # The casts matter when a review column is all null in the frame and arrives untyped.
    con.execute(
        f"""INSERT INTO validation_failures (failure_id, run_id, document_id, figure_ids, check_name,
               severity, message, expected, observed, sentence, created_at, fingerprint, review_status,
               reviewer, reviewed_at, review_note)
           SELECT failure_id, run_id, document_id, figure_ids::BIGINT[], check_name, severity,
               message, expected, observed, sentence, created_at, fingerprint, review_status,
               reviewer::VARCHAR, reviewed_at::TIMESTAMP, review_note::VARCHAR
           FROM {view}""")
