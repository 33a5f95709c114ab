"""Replacing documents' figures after the parser changed, keeping reviewers' decisions.

The warehouse side of ``solieu reparse``: which documents to re-read, their
stored texts, and ``replace_figures``, which swaps one batch of documents'
figures and failures for new ones in one transaction. Parsing and checking are
passed in (as the loader's cross-document check is), so this module stays free
of the parser.

Document ids stay; figure ids change (figures are new rows). A review decision
(``accepted``/``rejected``) carries over to the new failure of the same check
over the same figures, figures matched by their span in the text (the same
span, else the one new figure overlapping it). A decision whose check no longer
fails, or whose figures are gone, has nothing left to apply to and is dropped
(counted in the result).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import duckdb
import pandas as pd

from warehouse.connection import transaction
from warehouse.registered import registered
from warehouse.review import refresh_statuses
from warehouse.write_batch import (
    ApplyStatuses,
    CrossCheck,
    check_against_loaded,
    insert_rows,
    number_failures,
    numbered_rows,
)


@dataclass
class ReparseResult:
    documents: int = 0
    figures_before: int = 0
    figures_after: int = 0
    failures_open: int = 0
    reviews_kept: int = 0
    reviews_dropped: int = 0

    def add(self, other: ReparseResult) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def documents_to_reparse(con: duckdb.DuckDBPyConnection, parser_version: str, *, since: date | None = None,
                         force: bool = False) -> list[int]:
    """Parsed documents loaded since ``since`` whose figures another parser version produced."""
    return [row[0] for row in con.execute(
        """SELECT d.document_id FROM documents d
           WHERE d.status = 'parsed' AND (?::DATE IS NULL OR d.loaded_at >= ?::DATE)
             AND (? OR d.parser_version IS DISTINCT FROM ?
                  OR EXISTS (SELECT 1 FROM figures f WHERE f.document_id = d.document_id
                             AND f.parser_version IS DISTINCT FROM ?))
           ORDER BY d.document_id""",
        [since, since, force, parser_version, parser_version],
    ).fetchall()]


def stored_texts(con: duckdb.DuckDBPyConnection, document_ids: list[int]) -> pd.DataFrame:
    """``document_id``, ``content_sha256``, ``source_name``, ``byte_size``, ``text`` of the documents, and
    what was known beside the text when it was loaded (``title``, ``region``, ``region_source``, ``published_on``)."""
    return con.execute(
        """SELECT d.document_id, d.content_sha256, d.source_name, d.byte_size, t.text, d.title, d.region,
                  d.region_source, d.published_on
           FROM documents d JOIN document_texts t USING (document_id)
           WHERE d.document_id IN (SELECT unnest(?::BIGINT[])) ORDER BY d.document_id""",
        [document_ids],
    ).df()


def replace_figures(con: duckdb.DuckDBPyConnection, run_id: int, parser_version: str,
                    texts: pd.DataFrame, documents: pd.DataFrame, figures: pd.DataFrame,
                    failures: pd.DataFrame, cross_check: CrossCheck,
                    apply_statuses: ApplyStatuses) -> ReparseResult:
    """In one transaction: the documents' old figures and failures out, the new ones in.

    ``documents``/``figures``/``failures`` are a prepared batch keyed by
    ``content_sha256`` (as ``flows.prepare.prepare_batch`` makes them) for the
    documents in ``texts``.
    """
    with transaction(con):
        result = _replace(con, run_id, parser_version, texts, documents, figures, failures,
                          cross_check, apply_statuses)
    return result


def _replace(con: duckdb.DuckDBPyConnection, run_id: int, parser_version: str, texts: pd.DataFrame,
             documents: pd.DataFrame, figures: pd.DataFrame, failures: pd.DataFrame, cross_check: CrossCheck,
             apply_statuses: ApplyStatuses) -> ReparseResult:
    ids = [int(i) for i in texts["document_id"]]
    document_ids = dict(zip(texts["content_sha256"], ids))
    old = con.execute(
        """SELECT figure_id, document_id, char_start, char_end FROM figures
           WHERE document_id IN (SELECT unnest(?::BIGINT[]))""", [ids]).df()
    reviewed = con.execute(
        """SELECT document_id, check_name, figure_ids, review_status, reviewer, reviewed_at, review_note
           FROM validation_failures
           WHERE document_id IN (SELECT unnest(?::BIGINT[])) AND review_status <> 'open'""", [ids]).df()

    figures, failures, prior = check_against_loaded(con, documents, figures, failures, cross_check,
                                                    apply_statuses, replacing=ids)
    documents = documents.assign(document_id=documents["content_sha256"].map(document_ids))
    figures, failures = numbered_rows(con, documents, figures, failures, prior, run_id=run_id,
                                      parser_version=parser_version)

    renamed = match_figures(old, figures)
    replaced = {int(i) for i in old["figure_id"]}
    # A failure across documents may already be recorded on the other document.
    elsewhere = _remap_other_failures(con, ids, renamed, replaced)
    keep = [(check, tuple(f_ids)) not in elsewhere
            for check, f_ids in zip(failures["check_name"], failures["figure_ids"])]
    failures = failures[pd.Series(keep, index=failures.index, dtype=bool)].reset_index(drop=True)
    failures, kept, dropped = _with_reviews(failures, *carried_reviews(reviewed, renamed, replaced))
    failures = number_failures(con, failures, run_id=run_id, now=datetime.now())

    con.execute("DELETE FROM figures WHERE document_id IN (SELECT unnest(?::BIGINT[]))", [ids])
    con.execute("DELETE FROM validation_failures WHERE document_id IN (SELECT unnest(?::BIGINT[]))", [ids])
    _update_documents(con, parser_version, documents)
    insert_rows(con, figures, failures)
    # Statuses follow every failure naming a figure, reviewed ones included, as after a load.
    refresh_statuses(con, [*figures["figure_id"], *(i for ids in failures["figure_ids"] for i in ids)])

    return ReparseResult(
        documents=len(ids), figures_before=len(old), figures_after=len(figures),
        failures_open=int((failures["review_status"] == "open").sum()), reviews_kept=kept,
        reviews_dropped=dropped,
    )


def _with_reviews(failures: pd.DataFrame, decisions: dict, dropped: int) -> tuple[pd.DataFrame, int, int]:
    """Failures with the review columns, decisions carried where they apply; (failures, kept, dropped)."""
    carried = [decisions.pop((doc, check, tuple(f_ids)), None) for doc, check, f_ids in
               zip(failures["document_id"], failures["check_name"], failures["figure_ids"])]
    dropped += len(decisions)  # decided checks that no longer fail
    failures = failures.copy()
    for position, column in enumerate(["review_status", "reviewer", "reviewed_at", "review_note"]):
        failures[column] = [c[position] if c else (None if position else "open") for c in carried]
    failures["reviewed_at"] = pd.to_datetime(failures["reviewed_at"])
    return failures, sum(c is not None for c in carried), dropped


def match_figures(old: pd.DataFrame, new: pd.DataFrame) -> dict[int, int]:
    """Old figure id -> new figure id of the same document: the same span, else the one overlapping it."""
    spans: dict[int, list[tuple[int, int, int]]] = {}
    for doc, start, end, fid in zip(new["document_id"], new["char_start"], new["char_end"], new["figure_id"]):
        spans.setdefault(int(doc), []).append((int(start), int(end), int(fid)))
    renamed = {}
    for fid, doc, start, end in zip(old["figure_id"], old["document_id"], old["char_start"], old["char_end"]):
        candidates = spans.get(int(doc), [])
        same = [n for s, e, n in candidates if (s, e) == (start, end)]
        overlapping = [n for s, e, n in candidates if s < end and start < e]
        if same:
            renamed[int(fid)] = same[0]
        elif len(overlapping) == 1:
            renamed[int(fid)] = overlapping[0]
    return renamed


def carried_reviews(reviewed: pd.DataFrame, renamed: dict[int, int], replaced: set[int]) -> tuple[dict, int]:
    """(document, check, new figure ids) -> decision, for decisions whose figures all still exist.

    ``replaced`` are the old figure ids of the batch; ids outside it belong to
    other documents and stay as they are.
    """
    decisions, dropped = {}, 0
    for row in reviewed.itertuples():
        new_ids = [_renamed(int(i), renamed, replaced) for i in row.figure_ids]
        if any(i is None for i in new_ids):
            dropped += 1
            continue
        reviewed_at = None if pd.isna(row.reviewed_at) else row.reviewed_at
        decisions[(int(row.document_id), row.check_name, tuple(sorted(i for i in new_ids if i is not None)))] = (
            row.review_status, row.reviewer, reviewed_at, row.review_note)
    return decisions, dropped


def _renamed(figure_id: int, renamed: dict[int, int], replaced: set[int]) -> int | None:
    if figure_id in renamed:
        return renamed[figure_id]
    return None if figure_id in replaced else figure_id


def _remap_other_failures(con: duckdb.DuckDBPyConnection, ids: list[int], renamed: dict[int, int],
                          replaced: set[int]) -> set[tuple[str, tuple[int, ...]]]:
    """Point other documents' failures at the new ids; returns their (check, figure ids)."""
    # A join on the unnested ids, not list_has_any(figure_ids, <every id of the batch>), which
    # compares each failure's list with the whole list (see review.refresh_statuses).
    rows = con.execute(
        """WITH named AS (SELECT failure_id, unnest(figure_ids) AS figure_id FROM validation_failures
                          WHERE document_id NOT IN (SELECT unnest(?::BIGINT[]))),
                touching AS (SELECT DISTINCT n.failure_id FROM named n JOIN figures f USING (figure_id)
                             WHERE f.document_id IN (SELECT unnest(?::BIGINT[])))
           SELECT v.failure_id, v.check_name, v.figure_ids FROM validation_failures v
           WHERE v.failure_id IN (SELECT failure_id FROM touching)
           ORDER BY v.failure_id""",
        [ids, ids]).fetchall()
    seen = set()
    updates = []
    for failure_id, check, figure_ids in rows:
        mapped = sorted({n for i in figure_ids if (n := _renamed(int(i), renamed, replaced)) is not None})
        seen.add((check, tuple(mapped)))
        updates.append({"failure_id": failure_id, "figure_ids": mapped})
    if updates:
        with registered(con, remapped_failures=pd.DataFrame(updates)):
            con.execute("""UPDATE validation_failures SET figure_ids = r.figure_ids::BIGINT[]
                           FROM remapped_failures r WHERE validation_failures.failure_id = r.failure_id""")
    return seen


def _update_documents(con: duckdb.DuckDBPyConnection, parser_version: str, documents: pd.DataFrame) -> None:
    with registered(con, reparsed_documents=documents):
        con.execute(
            """UPDATE documents SET title = r.title, region = r.region, period_label = r.period_label,
                   period_start = r.period_start::DATE, period_end = r.period_end::DATE,
                   published_on = coalesce(r.published_on::DATE, documents.published_on),
                   region_source = r.region_source::VARCHAR, period_source = r.period_source::VARCHAR,
                   region_code = r.region_code::VARCHAR, area = r.area::VARCHAR, parser_version = ?
               FROM reparsed_documents r WHERE documents.document_id = r.document_id""", [parser_version])
        # Normalising a normalised text gives it back, so this changes nothing
        # unless the normaliser itself changed: then the spans follow the new text.
        con.execute("""UPDATE document_texts SET text = r.text FROM reparsed_documents r
                       WHERE document_texts.document_id = r.document_id AND document_texts.text <> r.text""")
