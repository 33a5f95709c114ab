"""The DuckLake kind of warehouse: a catalog (SQLite file or PostgreSQL database) and Parquet files.

``SOLIEU_WAREHOUSE`` / ``--warehouse`` is either a DuckDB file (a path) or a DuckLake connection
string, ``ducklake:sqlite:PATH`` or ``ducklake:postgres:dbname=... host=...``; the Parquet files go
to ``SOLIEU_DATA_PATH`` / ``--data-path`` (a folder or ``s3://...``), recorded in the catalog when
the lake is created. A connection to a lake is an in-memory DuckDB with the lake attached as
``solieu`` and made the default database, so every query of the project runs on it unchanged.

The extensions come from pip packages (``duckdb-extension-ducklake``, ``-sqlite``, ``-postgres``,
``-httpfs``), never from the network: each holds its ``.duckdb_extension`` file, loaded by path.
"""

from __future__ import annotations

import importlib
import os
import sqlite3
import tempfile
from collections.abc import Mapping
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path

import duckdb

from schemas.errors import SolieuError

PREFIX = "ducklake:"
CATALOG_NAME = "solieu"  # the name the lake is attached under
CATALOG_KINDS = ("sqlite", "postgres")


class LakeError(SolieuError):
    """A lake connection string or data path that cannot work; the message says why."""


@dataclass(frozen=True)
class Lake:
    """A DuckLake warehouse: ``catalog`` is ``sqlite`` or ``postgres``, ``target`` the SQLite file
    (absolute) or the PostgreSQL connection string, ``data_path`` where its Parquet files go
    (None: the one recorded in the catalog, or beside a SQLite catalog for a new lake)."""

    catalog: str
    target: str
    data_path: str | None = None

    def __str__(self) -> str:
        return f"{PREFIX}{self.catalog}:{self.target}"

    # Path-like bits that settings and commands use of a warehouse file.
    @property
    def parent(self) -> Path:
        """Where reports go by default: beside a SQLite catalog, else ./warehouse."""
        return Path(self.target).parent if self.catalog == "sqlite" else Path("warehouse")

    def exists(self) -> bool:
        """Whether the catalog is there; a PostgreSQL one is assumed to be (its server says otherwise)."""
        return Path(self.target).exists() if self.catalog == "sqlite" else True

    def resolve(self) -> Lake:
        return self

    def with_data_path(self, data_path: str | None) -> Lake:
        if data_path is None:
            return self
        local = "://" not in data_path
        if local:
            data_path = str(Path(data_path).expanduser().absolute())
        return replace(self, data_path=data_path.rstrip("/") + "/")

    def new_lake_data_path(self) -> str:
        """DATA_PATH for a lake whose catalog does not exist yet."""
        if self.data_path:
            return self.data_path
        if self.catalog == "sqlite":
            return f"{self.target}.files/"
        raise LakeError(f"{self} has no data path yet: give --data-path or SOLIEU_DATA_PATH "
                        "(a folder or s3://bucket/prefix) for its Parquet files")


def parse_warehouse(text: str | os.PathLike) -> Path | Lake:
    """A DuckDB file path, or a :class:`Lake` for ``ducklake:...``."""
    if isinstance(text, (Path, Lake)):
        return text
    text = str(text)
    if not text.startswith(PREFIX):
        return Path(text)
    kind, _, target = text[len(PREFIX):].partition(":")
    if kind not in CATALOG_KINDS or not target.strip():
        raise LakeError(f"a lake is ducklake:sqlite:PATH or ducklake:postgres:CONNINFO, not {text!r}")
    if kind == "sqlite":
        target = str(Path(target).expanduser().absolute())
    return Lake(kind, target.strip())


def is_lake(warehouse) -> bool:
    return isinstance(warehouse, Lake)


def connection_is_lake(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether ``con``'s default database is a DuckLake (migrations leave out what a lake lacks)."""
    row = con.execute("SELECT type FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
    return row is not None and row[0] == "ducklake"


# --- extensions, from their pip packages ------------------------------------------------------

# (package, name DuckDB must load it under: the file's stem names the entry point it looks for)
_EXTENSIONS = {
    "ducklake": ("duckdb_extension_ducklake", "ducklake"),
    "sqlite": ("duckdb_extension_sqlite", "sqlite_scanner"),
    "postgres": ("duckdb_extension_postgres", "postgres_scanner"),
    "httpfs": ("duckdb_extension_httpfs", "httpfs"),
}


def extension_file(name: str) -> Path:
    """The extension's file, under the name DuckDB must load it by.

    The SQLite and PostgreSQL packages ship ``sqlite.duckdb_extension`` and
    ``postgres.duckdb_extension``, but their entry points are ``sqlite_scanner_init`` and
    ``postgres_scanner_init``: DuckDB derives the entry point from the file name, so they are
    linked under that name in a folder of their own (per user, made once).
    """
    package, load_name = _EXTENSIONS[name]
    try:
        module = importlib.import_module(package)
    except ImportError:
        raise LakeError(f"the DuckLake warehouse needs the pip package {package.replace('_', '-')} "
                        f"(pip install -c constraints.txt {package.replace('_', '-')})") from None
    version = duckdb.__version__
    found = sorted(Path(module.__path__[0]).glob(f"extensions/v{version}/*.duckdb_extension"))
    if not found:
        raise LakeError(f"{package} holds no extension for DuckDB {version}")
    source = found[0]
    if source.stem == load_name:
        return source
    link = _own_folder() / f"{load_name}.duckdb_extension"
    if not (link.is_symlink() and link.resolve() == source.resolve()):
        staging = link.parent / f".{load_name}.{os.getpid()}"
        staging.unlink(missing_ok=True)
        staging.symlink_to(source)
        staging.replace(link)  # atomic: another process may be loading it
    return link


def _own_folder() -> Path:
    """This user's folder of extension links and signature markers, made once (only its owner writes it)."""
    folder = Path(tempfile.gettempdir()) / f"solieu-duckdb-extensions-{os.getuid()}" / f"v{duckdb.__version__}"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


# DuckDB checks an extension's signature on every LOAD by hashing the whole file: the ducklake
# and sqlite files are 35 MB each, and checking both was most of the time a reader took to open
# a lake (docs/performance.md). So each file is checked on its first LOAD as usual, and a marker
# in this user's folder then records it by inode, size and modification time; a connection whose
# extensions are all recorded is opened with ``allow_unsigned_extensions`` and loads them without
# hashing them again. A changed file (a new package version) no longer matches and is checked
# again. A file could only be swapped unnoticed by someone who can write the virtualenv, who could
# change solieu's own code as well.

def _marker(name: str) -> Path:
    source = extension_file(name).resolve()
    stat = source.stat()
    return _own_folder() / f"{_EXTENSIONS[name][1]}.checked-{stat.st_ino}-{stat.st_size}-{stat.st_mtime_ns}"


def signatures_checked(names) -> bool:
    """Whether every extension of ``names`` passed DuckDB's signature check in its current file
    (markers count only in a folder that is ours and that no one else may write)."""
    folder = _own_folder()
    for level in (folder, folder.parent):
        stat = level.stat()
        if stat.st_uid != os.getuid() or stat.st_mode & 0o022:
            return False
    return all(_marker(name).exists() for name in names)


def _checks_signatures(con: duckdb.DuckDBPyConnection) -> bool:
    return not con.execute("SELECT current_setting('allow_unsigned_extensions')").fetchall()[0][0]


def load_extension(con: duckdb.DuckDBPyConnection, name: str) -> None:
    """LOAD the extension ``name``; on a connection that checks signatures, record that it passed."""
    checking, marker = _checks_signatures(con), _marker(name)
    if not checking and not marker.exists():
        raise LakeError(f"the {name} extension's file has not passed DuckDB's signature check yet "
                        "and this connection would load it unchecked")
    con.execute(f"LOAD '{extension_file(name)}'")
    if checking:
        marker.touch()


REMOTE_SCHEMES = ("s3://", "http://", "https://", "gs://", "r2://")


def is_remote(data_path: str | None) -> bool:
    return bool(data_path) and str(data_path).startswith(REMOTE_SCHEMES)


def load_extensions(con: duckdb.DuckDBPyConnection, lake: Lake, *, remote: bool = False,
                    environ: Mapping[str, str] = os.environ) -> None:
    """The lake's extensions; with ``remote`` (its data path is ``s3://...``), httpfs and the S3
    secret the environment describes (:func:`s3_secret_sql`)."""
    needed = ["ducklake", lake.catalog]
    remote = remote or is_remote(lake.data_path)
    if remote:
        needed.append("httpfs")
    for name in needed:
        load_extension(con, name)
    secret = s3_secret_sql(environ) if remote else None
    if secret:
        con.execute(secret)


def s3_secret_sql(environ: Mapping[str, str]) -> str | None:
    """``CREATE SECRET`` for an S3-compatible service other than AWS: ``SOLIEU_S3_ENDPOINT`` is its
    URL (``http://host:port``: the scheme says whether to use TLS), with path-style URLs
    (``bucket`` in the path; ``SOLIEU_S3_URL_STYLE=vhost`` for a service that wants it in the host
    name). The credentials and region are AWS's usual variables (``AWS_ACCESS_KEY_ID``,
    ``AWS_SECRET_ACCESS_KEY``, ``AWS_SESSION_TOKEN``, ``AWS_REGION`` or ``AWS_DEFAULT_REGION``).

    None without an endpoint: DuckDB's httpfs then reads those AWS variables itself and talks to AWS.
    """
    endpoint = (environ.get("SOLIEU_S3_ENDPOINT") or "").strip()
    if not endpoint:
        return None
    scheme, separator, host = endpoint.partition("://")
    if not separator or scheme not in ("http", "https") or not host.strip("/"):
        raise LakeError(f"SOLIEU_S3_ENDPOINT is the URL of an S3-compatible service, "
                        f"http://host:port or https://host, not {endpoint!r}")
    url_style = (environ.get("SOLIEU_S3_URL_STYLE") or "path").strip()
    if url_style not in ("path", "vhost"):
        raise LakeError(f"SOLIEU_S3_URL_STYLE is path or vhost, not {url_style!r}")
    options = {"ENDPOINT": host.strip("/"), "URL_STYLE": url_style,
               "KEY_ID": environ.get("AWS_ACCESS_KEY_ID"), "SECRET": environ.get("AWS_SECRET_ACCESS_KEY"),
               "SESSION_TOKEN": environ.get("AWS_SESSION_TOKEN"),
               "REGION": environ.get("AWS_REGION") or environ.get("AWS_DEFAULT_REGION")}
    given = ", ".join(f"{key} '{_sql_text(value)}'" for key, value in options.items() if value)
    return f"CREATE OR REPLACE SECRET solieu_s3 (TYPE s3, {given}, USE_SSL {'true' if scheme == 'https' else 'false'})"


# --- connections ---------------------------------------------------------------------------

def open_lake(lake: Lake, *, read_only: bool = False, memory_limit: str | None = None,
              snapshot: int | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with ``lake`` attached as ``solieu`` and in use.

    ``snapshot``: attach the lake as it stood at that snapshot (read only).
    """
    if lake.catalog == "sqlite":
        if not Path(lake.target).exists():
            if read_only or snapshot is not None:
                raise FileNotFoundError(f"warehouse {lake} does not exist yet; run `solieu run` first")
            Path(lake.target).parent.mkdir(parents=True, exist_ok=True)
        if not read_only and snapshot is None:
            write_ahead_log(Path(lake.target))
    config: dict[str, str | bool | int | float | list[str]] = {"memory_limit": memory_limit} if memory_limit else {}
    # A SQLite catalog's recorded data path is read once, before connecting (a PostgreSQL one's, connected).
    in_sqlite = _recorded_in_sqlite(lake) if lake.catalog == "sqlite" and not lake.data_path else None
    if signatures_checked(_may_need(lake, in_sqlite)):
        config["allow_unsigned_extensions"] = True  # each file passed the check before (``load_extension``)
    con = duckdb.connect(":memory:", config=config)
    try:
        recorded = (None if lake.data_path else in_sqlite if lake.catalog == "sqlite"
                    else recorded_data_path(con, lake))
        load_extensions(con, lake, remote=is_remote(recorded))
        options = []
        if read_only or snapshot is not None:
            options.append("READ_ONLY")
        if snapshot is not None:
            options.append(f"SNAPSHOT_VERSION {int(snapshot)}")
        if lake.data_path:
            options.append(f"DATA_PATH '{_sql_text(lake.data_path)}'")
            if not is_remote(lake.data_path):
                Path(lake.data_path).mkdir(parents=True, exist_ok=True)
        elif recorded is None:
            if read_only or snapshot is not None:
                raise FileNotFoundError(f"warehouse {lake} does not exist yet; run `solieu run` first")
            data_path = lake.new_lake_data_path()
            options.append(f"DATA_PATH '{_sql_text(data_path)}'")
            if not is_remote(data_path):
                Path(data_path).mkdir(parents=True, exist_ok=True)
        spec = f"ATTACH '{_sql_text(str(lake))}' AS {CATALOG_NAME}"
        con.execute(spec + (f" ({', '.join(options)})" if options else ""))
        con.execute(f"USE {CATALOG_NAME}")
    except duckdb.Error as error:
        con.close()
        raise LakeError(f"cannot open warehouse {lake}: {str(error).splitlines()[0]}") from None
    except BaseException:
        con.close()
        raise
    return con


def _may_need(lake: Lake, recorded_in_sqlite: str | None) -> list[str]:
    """The extensions opening ``lake`` may load: httpfs too when its data path is remote, or for
    a PostgreSQL catalog not named with one (its recorded path is read only once connected)."""
    needed = ["ducklake", lake.catalog]
    if lake.data_path is None and lake.catalog == "sqlite":
        remote = is_remote(recorded_in_sqlite)
    else:
        remote = lake.data_path is None or is_remote(lake.data_path)
    return [*needed, "httpfs"] if remote else needed


def write_ahead_log(catalog: Path) -> None:
    """Put a SQLite catalog in WAL mode (creating it if needed); it stays so.

    In SQLite's default mode a reader's open transaction (a notebook between two queries, a
    long query) makes a writer's commit fail with "database is locked": a run would fail because
    someone reads. In WAL mode readers keep their snapshot and the writer commits.
    """
    with closing(sqlite3.connect(catalog, timeout=30)) as db:
        if db.execute("PRAGMA journal_mode").fetchall()[0][0] != "wal":
            try:
                db.execute("PRAGMA journal_mode = WAL")
            except sqlite3.OperationalError:  # others have it open: the next writer switches it
                pass


def recorded_data_path(con: duckdb.DuckDBPyConnection, lake: Lake) -> str | None:
    """The data path recorded in the lake's catalog; None when there is no catalog yet."""
    if lake.catalog == "sqlite":
        return _recorded_in_sqlite(lake)
    load_extension(con, "postgres")
    try:  # a PostgreSQL catalog exists when it holds DuckLake's metadata tables
        con.execute(f"ATTACH '{_sql_text(lake.target)}' AS solieu_catalog_probe (TYPE postgres, READ_ONLY)")
    except duckdb.Error as error:
        raise LakeError(f"cannot reach the catalog of {lake}: {str(error).splitlines()[0]}") from None
    try:
        schema = con.execute("SELECT min(schema_name) FROM duckdb_tables() WHERE database_name = "
                             "'solieu_catalog_probe' AND table_name = 'ducklake_metadata'").fetchall()[0][0]
        if schema is None:
            return None
        return str(con.execute(f'SELECT value FROM solieu_catalog_probe."{schema}".ducklake_metadata '
                               "WHERE key = 'data_path'").fetchall()[0][0])
    finally:
        con.execute("DETACH solieu_catalog_probe")


def _recorded_in_sqlite(lake: Lake) -> str | None:
    if not Path(lake.target).exists():
        return None
    with closing(sqlite3.connect(f"file:{lake.target}?mode=ro", uri=True, timeout=30)) as db:
        if not db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'ducklake_metadata'").fetchall()[0][0]:
            return None
        return str(db.execute("SELECT value FROM ducklake_metadata WHERE key = 'data_path'").fetchall()[0][0])


def _sql_text(text: str) -> str:
    return text.replace("'", "''")


def current_snapshot(con: duckdb.DuckDBPyConnection) -> int:
    return int(con.execute(f"SELECT id FROM {CATALOG_NAME}.current_snapshot()").fetchall()[0][0])


# --- snapshots of runs (time travel) ------------------------------------------------------------

def tag_run_end(con: duckdb.DuckDBPyConnection, run_id: int, status: str) -> None:
    """Inside the transaction that ends run ``run_id`` on a lake: name its snapshot after the run
    (DuckLake's commit message; ``snapshots()`` lists it). Nothing on a file."""
    if connection_is_lake(con):
        con.execute(f"CALL {CATALOG_NAME}.set_commit_message('solieu', ?, extra_info => ?)",
                    [f"run {run_id} {status}", f'{{"run_id": {int(run_id)}}}'])


def record_run_snapshot(con: duckdb.DuckDBPyConnection, run_id: int) -> int | None:
    """After that transaction: write the snapshot it committed into ``runs.lake_snapshot``."""
    if not connection_is_lake(con):
        return None
    row = con.execute(f"SELECT max(snapshot_id) FROM {CATALOG_NAME}.snapshots() WHERE commit_extra_info = ?",
                      [f'{{"run_id": {int(run_id)}}}']).fetchone()
    if row is None or row[0] is None:
        return None
    con.execute("UPDATE runs SET lake_snapshot = ? WHERE run_id = ?", [row[0], run_id])
    return int(row[0])


class NoSuchState(SolieuError):
    """The warehouse cannot show itself as it stood after that run; the message says why."""


def snapshot_after_run(con: duckdb.DuckDBPyConnection, run_id: int) -> int:
    """The lake snapshot run ``run_id`` ended with."""
    recorded = con.execute("SELECT count(*) FROM duckdb_columns() WHERE database_name = current_database() "
                           "AND table_name = 'runs' AND column_name = 'lake_snapshot'").fetchall()[0][0]
    snapshot = "lake_snapshot" if recorded else "NULL"  # a lake no run of this release has written yet
    row = con.execute(f"SELECT status, {snapshot} FROM runs WHERE run_id = ?", [run_id]).fetchone()
    if row is None:
        raise NoSuchState(f"no run {run_id} in the warehouse")
    status, snapshot = row
    if snapshot is None:
        raise NoSuchState(f"run {run_id} ({status}) recorded no snapshot: "
                          + ("it did not reach its end" if status in ("running", "abandoned")
                             else "it ended before this lake recorded snapshots (an earlier release, "
                                  "or a copy from another warehouse)"))
    return int(snapshot)


def open_as_of_run(lake: Lake, run_id: int, *, memory_limit: str | None = None) -> duckdb.DuckDBPyConnection:
    """The lake, read only, as it stood when run ``run_id`` ended."""
    with open_lake(lake, read_only=True) as con:
        snapshot = snapshot_after_run(con, run_id)
    return open_lake(lake, snapshot=snapshot, memory_limit=memory_limit)
