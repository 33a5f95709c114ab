"""Code tables for analysts: ``provinces``, ``indicators`` and ``periods``, built from the
repository's data files (``parsing/vocab/province_codes.tsv``, ``provinces.tsv``,
``indicators.tsv``, ``schemas/decompositions.tsv``).

The tables are small (about a hundred rows each, a thousand periods), so ``refresh`` simply
replaces their rows; ``warehouse.migrate.migrate`` calls it on every run and migration, so they
follow the data files without a migration per edit.
"""

from __future__ import annotations

import calendar
from datetime import date

import duckdb
import pandas as pd

from parsing.regions import gazetteer
from parsing.vocabulary import _rows, vocabulary
from warehouse.registered import registered

# The years ``periods`` lists; a figure of another year still gets its code from ``period_code``.
PERIOD_YEARS = range(2000, 2041)


def province_rows() -> list[tuple]:
    spellings = dict(vocabulary().provinces)
    return [(p.code, p.name, p.valid_from, p.valid_to, p.successor, spellings.get(p.name, [p.name]))
            for p in gazetteer().provinces]


def indicator_rows() -> list[tuple]:
    """(key, name_vi, name_en, kind, unit_family, parent, parts) per indicator of ``indicators.tsv``.

    The Vietnamese name is the indicator's first phrase, the English one its key in words: the
    vocabulary holds no other names. Parent and parts come from the complete decompositions the
    consistency checks use.
    """
    from schemas.consistency import complete_decompositions

    decompositions = complete_decompositions()
    parent = dict(zip(decompositions["indicator"], decompositions["total_indicator"]))
    parts: dict[str, list[str]] = {}
    for total, part in zip(decompositions["total_indicator"], decompositions["indicator"]):
        parts.setdefault(total, []).append(part)
    rows, seen = [], set()
    for row in _rows("indicators.tsv"):
        cells = [c.strip() for c in row] + ["", "", ""]
        key, phrases, kind, units = cells[:4]
        if not key or key in seen:
            continue
        seen.add(key)
        first = phrases.split("|")[0].strip()
        rows.append((key, first[:1].upper() + first[1:], key.replace("_", " ").capitalize(),
                     kind or None, units or None, parent.get(key), sorted(parts.get(key, [])) or None))
    return rows


def period_code(start: date | None, end: date | None) -> str | None:
    """``2021-Y``, ``2021-S1``, ``2021-Q3``, ``2021-M06``, ``2021-9M`` (January to September), or
    ``start/end`` for any other span. The SQL macro ``period_code`` in migration 010 is the same rule."""
    if start is None or end is None:
        return None
    whole_months = start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]
    if start.year != end.year or not whole_months:
        return f"{start.isoformat()}/{end.isoformat()}"
    first, last, year = start.month, end.month, start.year
    if (first, last) == (1, 12):
        return f"{year}-Y"
    if (first, last) in ((1, 6), (7, 12)):
        return f"{year}-S{1 if first == 1 else 2}"
    if first % 3 == 1 and last == first + 2:
        return f"{year}-Q{(first + 2) // 3}"
    if first == last:
        return f"{year}-M{first:02d}"
    if first == 1:
        return f"{year}-{last}M"
    return f"{start.isoformat()}/{end.isoformat()}"


def period_rows(years=PERIOD_YEARS) -> list[tuple]:
    """(code, kind, start, end, cumulative) for every year, half, quarter, month and year-to-date."""
    rows = []
    for year in years:
        spans = [(1, 12, "year"), (1, 6, "half"), (7, 12, "half")]
        spans += [(q * 3 + 1, q * 3 + 3, "quarter") for q in range(4)]
        spans += [(m, m, "month") for m in range(1, 13)]
        spans += [(1, m, "year_to_date") for m in range(2, 12) if m not in (3, 6)]
        for first, last, kind in spans:
            start = date(year, first, 1)
            end = date(year, last, calendar.monthrange(year, last)[1])
            rows.append((period_code(start, end), kind, start, end, first == 1))
    return rows


def refresh(con: duckdb.DuckDBPyConnection) -> None:
    """Replace the rows of the code tables by those of the data files (inside the caller's transaction).

    One INSERT per table from a frame: row by row, a thousand periods take seconds."""
    for table, rows in (("provinces", province_rows()), ("indicators", indicator_rows()),
                        ("periods", period_rows())):
        columns = [name for name, in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index",
            [table]).fetchall()]
        with registered(con, code_rows=pd.DataFrame(rows, columns=columns)):
            con.execute(f"DELETE FROM {table}")
            con.execute(f"INSERT INTO {table} SELECT * FROM code_rows")
