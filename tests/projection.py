"""What a warehouse holds, without the ids a load happens to give: for comparing warehouses
filled in different orders, batches or with interruptions, and its consistency rules."""

from __future__ import annotations

import duckdb


def projection(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    """Documents by content hash, figures by (hash, ordinal), failures by the figures they name."""
    return {
        "documents": con.execute(
            """SELECT content_sha256, source_name, status, reject_reason, region, period_label
               FROM documents ORDER BY ALL""").fetchall(),
        "figures": con.execute(
            """SELECT d.content_sha256, f.ordinal, f.raw_text, f.value, f.unit, f.indicator, f.status,
                      c.ordinal AS component_of_ordinal
               FROM figures f JOIN documents d USING (document_id)
               LEFT JOIN figures c ON c.figure_id = f.component_of
               ORDER BY ALL""").fetchall(),
        "failures": con.execute(
            """WITH named AS (
                   SELECT n.failure_id, d.content_sha256 || ':' || f.ordinal AS figure_key
                   FROM (SELECT failure_id, unnest(figure_ids) AS figure_id FROM validation_failures) n
                   JOIN figures f USING (figure_id) JOIN documents d ON d.document_id = f.document_id)
               SELECT check_name, severity, figure_keys FROM (
                   SELECT v.failure_id, v.check_name, v.severity,
                          list_sort(list(n.figure_key) FILTER (WHERE n.figure_key IS NOT NULL)) AS figure_keys
                   FROM validation_failures v LEFT JOIN named n USING (failure_id)
                   GROUP BY ALL)
               ORDER BY ALL""").fetchall(),
    }


def inconsistencies(con: duckdb.DuckDBPyConnection, figures_per_text: dict[str, int]) -> list[str]:
    """Broken rules of a warehouse that a crash must never leave: empty when all is well.

    ``figures_per_text`` is a clean run's figure count per content hash.
    """
    problems = []
    for sha, copies in con.execute("SELECT content_sha256, count(*) FROM documents WHERE content_sha256 "
                                   "IS NOT NULL GROUP BY 1 HAVING count(*) > 1").fetchall():
        problems.append(f"text {sha[:12]} loaded {copies} times")
    for name, sha, count in con.execute(
            """SELECT d.source_name, d.content_sha256, count(f.figure_id) FROM documents d
               LEFT JOIN figures f USING (document_id) WHERE d.status = 'parsed' GROUP BY ALL""").fetchall():
        if count != figures_per_text.get(sha):
            problems.append(f"{name} has {count} figures, a clean run {figures_per_text.get(sha)}")
    orphans = con.execute(
        """SELECT (SELECT count(*) FROM figures WHERE document_id NOT IN (SELECT document_id FROM documents)),
                  (SELECT count(*) FROM document_texts WHERE document_id NOT IN
                       (SELECT document_id FROM documents)),
                  (SELECT count(*) FROM documents WHERE status = 'parsed' AND document_id NOT IN
                       (SELECT document_id FROM document_texts)),
                  (SELECT count(*) FROM validation_failures WHERE document_id IS NOT NULL
                       AND document_id NOT IN (SELECT document_id FROM documents))""").fetchone()
    for what, count in zip(("figures without document", "texts without document", "parsed documents "
                            "without text", "failures without document"), orphans):
        if count:
            problems.append(f"{count} {what}")
    return problems
