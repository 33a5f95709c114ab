"""Numbered migrations, recorded in ``schema_migrations`` and safe to re-run.

Most are SQL files. A table derived from others by the loader's own SQL is filled by a
Python one (``NNN_name.py`` with ``apply(con)``), which uses that SQL rather than a copy.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from importlib import import_module, resources
from typing import cast

import duckdb

from warehouse import analyst
from warehouse.connection import transaction
from warehouse.lake import connection_is_lake

_LEDGER = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL
)
"""


Apply = Callable[[duckdb.DuckDBPyConnection], object]


def available_migrations() -> list[tuple[int, str, Apply]]:
    """(version, file name, apply) for every ``NNN_name.sql`` and ``NNN_name.py`` file, in order."""
    found = []
    for entry in resources.files("warehouse.migrations").iterdir():
        name = entry.name
        if not name[:3].isdigit():
            continue
        if name.endswith(".sql"):
            found.append((int(name[:3]), name, _sql(entry.read_text(encoding="utf-8"))))
        elif name.endswith(".py"):
            found.append((int(name[:3]), name, import_module(f"warehouse.migrations.{name[:-3]}").apply))
    return sorted(found, key=lambda migration: migration[0])


def _sql(script: str) -> Apply:
    return lambda con: con.execute(script)


# DuckLake has no PRIMARY KEY or UNIQUE constraints (and no indexes, sequences or CHECK
# constraints, which no migration uses). The large tables lost theirs in migration 005 anyway; the
# ledger and the code tables keep theirs on a file and go without on a lake, where one writer per
# table at a time (the run lock, and DuckLake's conflict check) keeps their keys unique.
_LAKE_LACKS = re.compile(r"\s+(PRIMARY\s+KEY|UNIQUE)\b", re.IGNORECASE)


def lake_dialect(sql: str) -> str:
    """``sql`` without the constraints a DuckLake cannot hold (in table definitions: a comment's
    words stay)."""
    return _LAKE_LACKS.sub("", sql) if re.search(r"\bCREATE\s+TABLE\b", sql, re.IGNORECASE) else sql


class _LakeConnection:
    """``con`` with every statement passed through ``lake_dialect`` (for the Python migrations too)."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self._con = con

    def execute(self, sql, *args, **kwargs):
        return self._con.execute(lake_dialect(sql), *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._con, name)


def migrate(con: duckdb.DuckDBPyConnection, up_to: int | None = None) -> list[str]:
    """Apply the migrations not yet recorded (those up to version ``up_to``, when given: a
    warehouse as an older release left it); returns the names applied."""
    if connection_is_lake(con):
        con = cast(duckdb.DuckDBPyConnection, _LakeConnection(con))  # a proxy, used as the connection
    con.execute(_LEDGER)
    done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    applied = []
    for version, name, apply in available_migrations():
        if version in done or up_to is not None and version > up_to:
            continue
        with transaction(con):
            apply(con)
            con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)", [version, name, datetime.now()]
            )
        applied.append(name)
    if any(version == analyst.MIGRATION for version, *_ in available_migrations()) and (
            analyst.MIGRATION in done or any(name.startswith(f"{analyst.MIGRATION:03d}_") for name in applied)):
        with transaction(con):  # code tables, views and comments follow the data files and rules
            analyst.refresh(con, force=bool(applied))  # a new migration may add tables to comment
    return applied
