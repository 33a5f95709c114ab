"""`solieu sql`'s output (table, CSV, JSON) written from DuckDB's rows, without importing pandas.

`solieu sql` printed a pandas DataFrame (``relation.df()``): importing pandas (with numpy and
pyarrow) was most of the time an analyst's query took, and under a run's load most of it was
waiting for CPU (docs/performance.md). This module writes the same bytes from ``fetchall()``
for the column types of the warehouse and of typical queries on it: integers, DOUBLE, DECIMAL,
VARCHAR and JSON, BOOLEAN, DATE, TIMESTAMP, and lists of integers or text (the warehouse's id
and alias lists). It follows what pandas does with the frame DuckDB converts a result into:

- column names de-duplicated as DuckDB does for a frame (``a``, ``a_1``, ...);
- DECIMAL becomes a double as DuckDB converts it (the unscaled integer over 10^scale);
- a column with NULLs keeps its type (pandas' nullable integers and booleans, ``NaN`` in a
  text column, ``NaT`` in a time column); a text column of NULLs only is pandas' ``None``;
- DATE and TIMESTAMP become pandas timestamps: a column all at midnight prints as dates, else
  with the seconds' fraction the column needs (none, milliseconds or microseconds);
- a list becomes a numpy array: ``[1 2 3]`` in CSV (numpy's ``str``: integers padded to one
  width, lines wrapped at 75 characters, 3 + 3 items of more than 1000), ``[1, 2, 3]`` in the
  table (its first 100 items); a list of integers holding a NULL becomes a masked array
  (written as 0 in JSON): that one goes through pandas;
- table: ``DataFrame.to_string(index=False)`` with ``float_format="{:.15g}"`` (numbers' headers
  get pandas' leading space, every cell right-aligned, tabs and newlines shown as ``\\t``,
  ``\\n``); CSV: ``to_csv(index=False)`` (Python's csv module, doubles as ``repr``); JSON:
  ``to_json(orient="records", force_ascii=False, date_format="iso")`` (pandas' ujson: doubles
  to 10 decimals, ``/`` escaped, times to the millisecond).

Any other column type (other lists, structs, maps, blobs, intervals, TIME, time zones, HUGEINT,
FLOAT, UUID, ENUM, ...) and values pandas converts its own way (DECIMALs of more than 2^53
units, years before 1000, infinite dates, NULL in a list of integers) raise :class:`NeedsPandas`: the caller then prints through
pandas as before. ``tests/test_sql_output.py`` compares both on typical results.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any


class NeedsPandas(Exception):
    """The result holds a type or value this module does not print as pandas would."""


_INTEGERS = {"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT"}
_TEXTS = {"VARCHAR", "JSON"}
_EXACT = 2 ** 53


def supported(types: Sequence[Any]) -> bool:
    """Whether every column type (DuckDB's, as ``relation.types`` gives them) is printed here."""
    return all(_kind(t) is not None for t in types)


def _kind(duck_type: Any) -> str | None:
    name = str(duck_type)
    if name in _INTEGERS:
        return "int"
    if name in _TEXTS:
        return "text"
    if name == "DOUBLE":
        return "double"
    if name.startswith("DECIMAL(") and name.endswith(")"):
        return "decimal"
    if name == "BOOLEAN":
        return "bool"
    if name in ("DATE", "TIMESTAMP"):
        return "time"
    if name.endswith("[]") and name[:-2] in _INTEGERS:
        return "int list"
    if name.endswith("[]") and name[:-2] == "VARCHAR":
        return "text list"
    return None


def frame_names(names: Sequence[str]) -> list[str]:
    """The column names of DuckDB's frame: a repeated name (ignoring ASCII case) gets ``_1``, ``_2``...
    (DuckDB's ``QueryResult::DeduplicateColumns``)."""
    seen: dict[str, int] = {}
    result = []
    for name in names:
        low = _ascii_lower(name)
        if low not in seen:
            seen[low] = 1
            result.append(name)
            continue
        new = f"{name}_{seen[low]}"
        while _ascii_lower(new) in seen:
            seen[low] += 1
            new = f"{name}_{seen[low]}"
        seen[_ascii_lower(new)] = seen.get(_ascii_lower(new), 0) + 1
        result.append(new)
    return result


def _ascii_lower(text: str) -> str:
    return text.translate(_LOWER)


_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


class _Column:
    """One column's values as pandas would hold them: ``None`` for a missing value."""

    def __init__(self, name: str, duck_type: Any, values: list):
        kind = _kind(duck_type)
        if kind is None:
            raise NeedsPandas(str(duck_type))
        self.name, self.kind = name, kind
        if self.kind == "decimal":
            width, scale = (int(part) for part in str(duck_type)[len("DECIMAL("):-1].split(","))
            values = [None if v is None else _decimal_double(v, scale, wide=width > 18) for v in values]
            self.kind = "double"
        elif self.kind == "time":
            values = [None if v is None else _timestamp(v) for v in values]
            self.fraction = _fraction([v for v in values if v is not None])
        elif self.kind == "int list" and any(v is not None and None in v for v in values):
            raise NeedsPandas("a list of integers holding NULL")  # a masked array, its NULLs 0 in JSON
        self.values = values
        # A text column of NULLs only: pandas holds None (an object column), not NaN.
        self.all_null_text = self.kind == "text" and all(v is None for v in values)

    def time_text(self, v: datetime) -> str:
        day = f"{v.year:04d}-{v.month:02d}-{v.day:02d}"
        if self.fraction == "date":
            return day
        text = f"{day} {v.hour:02d}:{v.minute:02d}:{v.second:02d}"
        if self.fraction == "us":
            return f"{text}.{v.microsecond:06d}"
        if self.fraction == "ms":
            return f"{text}.{v.microsecond // 1000:03d}"
        return text


_TIME_ENDS = (date.min, date.max, datetime.min, datetime.max)


def _timestamp(value: Any) -> datetime:
    """A DATE or TIMESTAMP as a pandas timestamp holds it (a date at midnight)."""
    if not isinstance(value, date) or value.year < 1000 or value in _TIME_ENDS:
        raise NeedsPandas(repr(value))  # infinite, or printed with a year of fewer digits
    return value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)


def _fraction(present: list[datetime]) -> str:
    """How pandas prints a column of timestamps: as dates when all are at midnight, else with
    the fraction of a second the column needs."""
    if all(v.hour == v.minute == v.second == v.microsecond == 0 for v in present):
        return "date"
    if any(v.microsecond % 1000 for v in present):
        return "us"
    if any(v.microsecond for v in present):
        return "ms"
    return "s"


def _decimal_double(value: Decimal, scale: int, wide: bool) -> float:
    """A DECIMAL as DuckDB's frame holds it: its unscaled integer over 10^scale, in doubles.
    A wide DECIMAL (a 128-bit integer inside) converts that integer its own way past 2^53."""
    unscaled = int(value.scaleb(scale))
    if wide and abs(unscaled) > _EXACT:
        raise NeedsPandas(f"DECIMAL {value}")
    return float(unscaled) / float(10 ** scale)


def _columns(names: Sequence[str], types: Sequence[Any], rows: Sequence[Sequence[Any]]) -> list[_Column]:
    return [_Column(name, duck_type, [row[i] for row in rows])
            for i, (name, duck_type) in enumerate(zip(frame_names(names), types))]


# --- table --------------------------------------------------------------------------------

def table(names: Sequence[str], types: Sequence[Any], rows: Sequence[Sequence[Any]]) -> str:
    """``DataFrame.to_string(index=False)`` with ``float_format="{:.15g}"``; "(no rows)" for none."""
    if not rows:
        return "(no rows)"
    columns = []
    for column, duck_type in zip(_columns(names, types, rows), types):
        header = _escape_display(column.name)
        if _kind(duck_type) in ("int", "double", "decimal", "bool"):
            header = " " + header
        cells = [_table_cell(column, v) for v in column.values]
        width = max(len(header), *(len(c) for c in cells))
        columns.append([header.rjust(width)] + [c.rjust(width) for c in cells])
    return "\n".join(" ".join(line) for line in zip(*columns))


def _table_cell(column: _Column, value: Any) -> str:
    kind = column.kind
    if value is None:
        if kind == "text":
            return "None" if column.all_null_text else "NaN"
        if kind == "double":
            return "NaN"
        if kind == "time":
            return "NaT"
        return "<NA>"  # also a NULL list
    if kind == "double":
        return "NaN" if math.isnan(value) else f"{value:.15g}"
    if kind == "text":
        return _escape_display(value)
    if kind == "time":
        return column.time_text(value)
    if kind.endswith("list"):
        shown = ["None" if v is None else _escape_display(str(v)) for v in value[:_MAX_SEQ_ITEMS]]
        return "[" + ", ".join(shown) + (", ..." if len(value) > _MAX_SEQ_ITEMS else "") + "]"
    return str(value)


_MAX_SEQ_ITEMS = 100  # pandas' display.max_seq_items: a list shows its first 100 items


def _escape_display(text: str) -> str:
    return text.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


# --- CSV ----------------------------------------------------------------------------------

def csv_text(names: Sequence[str], types: Sequence[Any], rows: Sequence[Sequence[Any]]) -> str:
    """``DataFrame.to_csv(index=False)`` without its final newlines."""
    columns = _columns(names, types, rows)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n", delimiter=",", quotechar='"', doublequote=True,
                        escapechar=None, quoting=csv.QUOTE_MINIMAL)
    writer.writerow([c.name for c in columns])
    cells = [[_csv_cell(column, v) for v in column.values] for column in columns]
    writer.writerows(zip(*cells))
    return out.getvalue().rstrip("\n")


def _csv_cell(column: _Column, value: Any) -> str:
    if value is None:
        return ""
    if column.kind == "double":
        return "" if math.isnan(value) else repr(value)
    if column.kind == "time":
        return column.time_text(value)
    if column.kind == "int list":
        return _numpy_text([str(v) for v in value], pad=True)
    if column.kind == "text list":
        return _numpy_text([repr(v) for v in value], pad=False)
    return str(value)


_LINE_WIDTH, _THRESHOLD, _EDGE_ITEMS = 75, 1000, 3  # numpy's print options


def _numpy_text(words: list[str], *, pad: bool) -> str:
    """``str()`` of the numpy array DuckDB's frame holds a list in (as pandas writes it to CSV):
    items apart by spaces, integers padded to one width, lines wrapped at 75 characters, the
    first and last three items only of more than 1000 (numpy's ``_formatArray``, 1-D)."""
    if not words:
        return "[]"
    summarized = len(words) > _THRESHOLD
    if summarized:
        words = words[:_EDGE_ITEMS] + words[-_EDGE_ITEMS:]
    if pad:
        width = max(len(w) for w in words)
        words = [w.rjust(width) for w in words]
    if summarized:
        words = words[:_EDGE_ITEMS] + ["..."] + words[_EDGE_ITEMS:]
    limit = _LINE_WIDTH - 1  # room for the closing bracket
    text, line = "", " "
    for i, word in enumerate(words):
        if len(line) + len(word) > limit and len(line) > 1:
            text += line.rstrip() + "\n"
            line = " "
        line += word
        if i < len(words) - 1:
            line += " "
    return "[" + (text + line)[1:] + "]"


# --- JSON ---------------------------------------------------------------------------------

def json_text(names: Sequence[str], types: Sequence[Any], rows: Sequence[Sequence[Any]]) -> str:
    """``DataFrame.to_json(orient="records", force_ascii=False, date_format="iso")``."""
    columns = _columns(names, types, rows)
    keys = [_json_string(c.name) for c in columns]
    records = []
    for i in range(len(rows)):
        fields = ",".join(f"{key}:{_json_value(column, column.values[i])}" for key, column in zip(keys, columns))
        records.append("{" + fields + "}")
    return "[" + ",".join(records) + "]"


def _json_value(column: _Column, value: Any) -> str:
    if value is None:
        return "null"
    kind = column.kind
    if kind == "double":
        return _json_double(value)
    if kind == "text":
        return _json_string(value)
    if kind == "bool":
        return "true" if value else "false"
    if kind == "int list":
        return "[" + ",".join(str(v) for v in value) + "]"
    if kind == "text list":
        return "[" + ",".join("null" if v is None else _json_string(v) for v in value) + "]"
    if kind == "time":
        return (f'"{value.year:04d}-{value.month:02d}-{value.day:02d}T{value.hour:02d}:{value.minute:02d}:'
                f'{value.second:02d}.{value.microsecond // 1000:03d}"')
    return str(value)


_JSON_ESCAPES = {'"': '\\"', "\\": "\\\\", "/": "\\/", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r",
                 "\t": "\\t"}
_JSON_ESCAPE_TABLE = {ord(c): e for c, e in _JSON_ESCAPES.items()}
_JSON_ESCAPE_TABLE.update({c: f"\\u{c:04x}" for c in range(0x20) if chr(c) not in _JSON_ESCAPES})


def _json_string(text: str) -> str:
    return '"' + text.translate(_JSON_ESCAPE_TABLE) + '"'


_PRECISION = 10  # pandas' default double_precision
_POW10 = 10.0 ** _PRECISION


def _json_double(value: float) -> str:
    """A double as pandas' ujson writes it (``Buffer_AppendDoubleUnchecked``): 10 decimals at
    most, trailing zeros dropped, ``%.10g`` beyond 1e16 or below 1e-15; NaN and infinities null."""
    if math.isnan(value) or math.isinf(value):
        return "null"
    negative = value < 0
    if negative:
        value = -value
    if value > 1e16 - 1 or (value != 0.0 and value < 1e-15):
        return "%.10g" % (-value if negative else value)
    whole = int(value)
    scaled = (value - whole) * _POW10
    frac = int(scaled)
    diff = scaled - frac
    if diff > 0.5:
        frac += 1
    elif diff == 0.5 and (frac == 0 or frac & 1):
        frac += 1
    if frac >= _POW10:
        frac = 0
        whole += 1
    if frac:
        digits = str(frac).rjust(_PRECISION, "0").rstrip("0")
        text = f"{whole}.{digits}"
    else:
        text = f"{whole}.0"
    return "-" + text if negative else text


FORMATS = {"table": table, "csv": csv_text, "json": json_text}


def render(fmt: str, names: Sequence[str], types: Sequence[Any], rows: Sequence[Sequence[Any]]) -> str:
    """The result in ``fmt`` (table, csv or json); :class:`NeedsPandas` if it holds what pandas
    prints its own way."""
    return FORMATS[fmt](names, types, rows)
