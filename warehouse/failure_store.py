"""Reading validation failures for people: each with its document and the figures it names.

``read_failures`` returns one row per failure, with ``figures`` a list of the
figures it names (their document, printed text, sentence, and where the figure
sits in that sentence), so that reports can show and highlight them.
"""

from __future__ import annotations

import duckdb
import pandas as pd

FAILURE_FIELDS = ["failure_id", "run_id", "document_id", "source_name", "title", "region", "period_label",
                  "check_name", "severity", "message", "expected", "observed", "sentence", "review_status",
                  "reviewer", "reviewed_at", "review_note", "review_rule", "created_at", "figures"]


def latest_run(con: duckdb.DuckDBPyConnection) -> int | None:
    return con.execute("SELECT max(run_id) FROM runs").fetchall()[0][0]


def _where(conditions: list[str]) -> str:
    return "WHERE " + " AND ".join(conditions) if conditions else ""


def _failure_filter(run_id: int | None, include_reviewed: bool) -> tuple[list[str], list]:
    where, params = [], []
    if run_id is not None:
        where.append("v.run_id = ?")
        params.append(run_id)
    if not include_reviewed:
        where.append("v.review_status = 'open'")
    return where, params


def read_failures(con: duckdb.DuckDBPyConnection, *, run_id: int | None = None,
                  include_reviewed: bool = False, sources: list[str | None] | None = None,
                  limit: int | None = None, failure_ids: list[int] | None = None) -> pd.DataFrame:
    """Failures of one run (or of every run), open ones only unless ``include_reviewed``;
    of the documents named ``sources`` only (None: of a document without a name), those of
    ``failure_ids`` only, and at most ``limit`` of them, when given."""
    where, params = _failure_filter(run_id, include_reviewed)
    if failure_ids is not None:
        where.append("v.failure_id IN (SELECT unnest(?::BIGINT[]))")
        params.append([int(i) for i in failure_ids])
    if sources is not None:
        named = [s for s in sources if s is not None]
        where.append("(d.source_name IN (SELECT unnest(?::VARCHAR[]))"
                     + (" OR d.source_name IS NULL)" if None in sources else ")"))
        params.append(named)
    if limit is not None:
        params.append(limit)
    failures = con.execute(
        f"""SELECT v.failure_id, v.run_id, v.document_id, d.source_name, d.title, d.region, d.period_label,
                   v.check_name, v.severity, v.message, v.expected, v.observed, v.sentence, v.review_status,
                   v.reviewer, v.reviewed_at, v.review_note, v.review_rule, v.created_at, v.figure_ids
            FROM validation_failures v LEFT JOIN documents d USING (document_id)
            {_where(where)}
            ORDER BY d.source_name, v.check_name, v.failure_id
            {"LIMIT ?" if limit is not None else ""}""", params).df()
    figures = _named_figures(con, failures)
    failures["figures"] = [[figures[i] for i in ids if i in figures] for ids in failures["figure_ids"]]
    return failures.drop(columns="figure_ids").reindex(columns=FAILURE_FIELDS)


def _named_figures(con, failures: pd.DataFrame) -> dict[int, dict]:
    ids = sorted({int(i) for ids in failures["figure_ids"] for i in ids})
    if not ids:
        return {}
    rows = con.execute(
        """SELECT f.figure_id, f.document_id, d.source_name, f.raw_text, f.sentence, f.status, f.indicator,
                  f.char_start, f.char_end
           FROM figures f JOIN documents d USING (document_id)
           WHERE f.figure_id IN (SELECT unnest(?::BIGINT[]))""", [ids]).df()
    offsets = _sentence_offsets(con, rows)
    found = {}
    for row in rows.itertuples():
        offset = offsets.get(int(row.figure_id))
        start = _start_in_sentence(row.sentence, row.raw_text, None if offset is None else row.char_start - offset)
        found[int(row.figure_id)] = {
            "figure_id": int(row.figure_id), "document_id": int(row.document_id), "source_name": row.source_name,
            "raw_text": row.raw_text, "sentence": row.sentence, "status": row.status,
            "indicator": None if pd.isna(row.indicator) else row.indicator, "start": start,
        }
    return found


def _sentence_offsets(con, rows: pd.DataFrame) -> dict[int, int]:
    """Where the sentence of each figure printed more than once in its sentence starts in its document.

    Only those need it: a figure printed once sits where it is found. Reading the texts of
    every named figure's document cost hundreds of MB on runs with thousands of failures.
    """
    repeated = [isinstance(sentence, str) and sentence.count(raw) > 1
                for sentence, raw in zip(rows["sentence"], rows["raw_text"])]
    if not any(repeated):
        return {}
    wanted = rows[repeated]
    # The texts alone, by a list of ids: a join would build its hash table from every text.
    texts = dict(con.execute("SELECT document_id, text FROM document_texts "
                             "WHERE document_id IN (SELECT unnest(?::BIGINT[]))",
                             [sorted({int(i) for i in wanted["document_id"]})]).fetchall())
    offsets = {}
    for figure_id, document_id, start, end, sentence in zip(
            wanted["figure_id"], wanted["document_id"], wanted["char_start"], wanted["char_end"], wanted["sentence"]):
        text = texts.get(int(document_id), "")
        # The sentence holding the figure: the last one that starts at or before the figure.
        offset = text.rfind(sentence, 0, int(start) + len(sentence))
        if offset >= 0 and offset + len(sentence) >= int(end):
            offsets[int(figure_id)] = offset
    return offsets


def _start_in_sentence(sentence, raw_text: str, start) -> int | None:
    """Where ``raw_text`` sits in ``sentence``: the recorded span if it matches, else its first occurrence."""
    if not isinstance(sentence, str):
        return None
    if start is not None and not pd.isna(start) and sentence[int(start):int(start) + len(raw_text)] == raw_text:
        return int(start)
    found = sentence.find(raw_text)
    return None if found < 0 else found


def summarise(failures: pd.DataFrame) -> dict:
    """Counts a reviewer reads first: by severity, by check, by document."""
    def counts(column):
        return failures.groupby(column, sort=True).size().to_dict() if len(failures) else {}

    by_check = (failures.groupby(["check_name", "severity"]).size().reset_index(name="count")
                .sort_values(["severity", "count"], ascending=[True, False]).values.tolist()
                if len(failures) else [])
    return {
        "failures": len(failures),
        "errors": int((failures["severity"] == "error").sum()),
        "warnings": int((failures["severity"] == "warning").sum()),
        "open": int((failures["review_status"] == "open").sum()),
        "by_check": [(check, severity, int(n)) for check, severity, n in by_check],
        "by_document": {k: int(v) for k, v in counts("source_name").items()},
        "figures": len({f["figure_id"] for figs in failures["figures"] for f in figs}),
    }


def summarise_run(con: duckdb.DuckDBPyConnection, run_id: int | None, *, include_reviewed: bool = True) -> dict:
    """``summarise(read_failures(...))`` counted by the warehouse, without reading every failure:
    read whole, a large run's failures took more memory than the run itself."""
    where, params = _failure_filter(run_id, include_reviewed)
    filtered = f"(SELECT * FROM validation_failures v {_where(where)}) v"
    failures, errors, warnings, open_ = con.execute(
        f"""SELECT count(*), count(*) FILTER (severity = 'error'), count(*) FILTER (severity = 'warning'),
                   count(*) FILTER (review_status = 'open') FROM {filtered}""", params).fetchall()[0]
    by_check = con.execute(
        f"""SELECT check_name, severity, count(*) AS n FROM {filtered}
            GROUP BY ALL ORDER BY severity, n DESC, check_name""", params).fetchall()
    by_document = con.execute(
        f"""SELECT d.source_name, count(*) FROM {filtered} JOIN documents d USING (document_id)
            WHERE d.source_name IS NOT NULL GROUP BY ALL ORDER BY d.source_name""", params).fetchall()
    figures = con.execute(
        f"""SELECT count(DISTINCT n.figure_id)
            FROM (SELECT unnest(figure_ids) AS figure_id FROM {filtered}) n
            JOIN figures f USING (figure_id) JOIN documents d ON d.document_id = f.document_id""",
        params).fetchall()[0][0]
    return {"failures": failures, "errors": errors, "warnings": warnings, "open": open_,
            "by_check": [(check, severity, int(n)) for check, severity, n in by_check],
            "by_document": {source: int(n) for source, n in by_document}, "figures": figures}


def by_document_and_check(failures: pd.DataFrame, document_keys: tuple[str, ...] = ("source_name",)):
    """``[(document key, first row, [(check, rows), ...]), ...]`` sorted as ``groupby(sort=True)`` sorts
    them (missing keys last), rows in their order. The rows are named tuples read in one pass:
    pandas' groups, each read row by row, cost seconds for a run of thousands of failures."""
    def key(row):
        values = tuple(getattr(row, k) for k in document_keys)
        return tuple((pd.isna(v), "" if pd.isna(v) else v) for v in values)

    documents: dict[tuple, list] = {}
    for row in failures.itertuples():
        documents.setdefault(key(row), []).append(row)
    grouped = []
    for document in sorted(documents):
        rows = documents[document]
        checks: dict[str, list] = {}
        for row in rows:
            checks.setdefault(row.check_name, []).append(row)
        values = tuple(getattr(rows[0], k) for k in document_keys)
        grouped.append((values if len(values) > 1 else values[0], rows[0], sorted(checks.items())))
    return grouped


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"
