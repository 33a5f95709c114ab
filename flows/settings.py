"""One settings object for the whole job, read from the environment.

``SOLIEU_ENV`` switches the defaults between ``dev`` (the default), ``test``
and ``prod``; every single value can still be set by its own variable, and the
command line overrides both.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from schemas.errors import SettingError
from warehouse.lake import Lake, parse_warehouse

BUNDLED_SAMPLES = Path(__file__).resolve().parent.parent / "sources" / "samples"

# DuckDB's buffer pool in the job's connections, by kind of warehouse. DuckDB's default, 80 % of
# RAM, let the job's process grow with a warehouse file (its blocks stay cached); the job's queries
# are per batch and spill to disk beside the file should one not fit. A lake's connection is an
# in-memory DuckDB reading Parquet files, and there the prior-figure query (every open error's
# figures and the suspect keys' figures, read from each table's files with the catalog's lists of
# them) needs more as the lake grows: under the file's cap a 20 000-report run stopped half way
# with "Out of Memory Error: Failed to get data file list from DuckLake". Neither reopening the
# connection nor merging the small files helped (the query itself needs it), so a lake's cap is
# larger; it is a cap, not an allocation (docs/performance.md, "A lake against a file").
FILE_MEMORY_LIMIT = "128MB"
LAKE_MEMORY_LIMIT = "1GB"

# Per-environment defaults. Only what really differs between them lives here.
_ENV_DEFAULTS: dict[str, dict[str, float]] = {
    "dev": {"lock_timeout_s": 30.0},
    "test": {"lock_timeout_s": 5.0},
    "prod": {"lock_timeout_s": 600.0},
}


@dataclass(frozen=True)
class Settings:
    env: str = "dev"
    # A DuckDB file, or a DuckLake (``ducklake:sqlite:PATH``, ``ducklake:postgres:...``; warehouse/lake.py)
    warehouse: Path | Lake = Path("warehouse/solieu.duckdb")
    data_path: str | None = None  # a lake's Parquet files: a folder or s3://...; folded into ``warehouse``
    inbox: Path = BUNDLED_SAMPLES
    reports_dir: Path | None = None  # default: "reports/" beside the warehouse file
    sources_file: Path | None = None  # TOML list of feeds and URL lists
    review_rules_file: Path | None = None  # TOML review rules (warehouse/review_rules.py)
    batch_size: int = 500  # documents per Prefect task: tasks grow with batches, not files
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    dask_address: str | None = None
    lock_timeout_s: float = 30.0  # how long to wait for another process holding the warehouse
    hold_connection_s: float = 5.0  # the loader keeps the file open this long across batches
    # How much lower a run's CPU priority is than its caller's (os.nice; its workers and Prefect's
    # server inherit it): a run keeps every core busy, and an analyst's `solieu sql` started beside it
    # then waits for CPU to start Python and open the warehouse (docs/performance.md). 0 keeps it.
    run_nice: int = 10
    max_document_bytes: int = 5_000_000  # larger files are rejected, not read
    # DuckDB's buffer pool in the job's own connections (``job_memory_limit``): given, for either
    # kind of warehouse; None, FILE_MEMORY_LIMIT or LAKE_MEMORY_LIMIT. Analysts' queries
    # (`solieu sql`) keep DuckDB's default.
    duckdb_memory_limit: str | None = None
    # Skip inbox files unchanged (name, size, mtime) since their loaded text was read;
    # off where file times lie (sources/inbox_ledger.py).
    trust_file_times: bool = True
    verbose: bool = False
    # Operators (flows/operations.py): a run over a threshold ends Failed; None means no threshold.
    max_new_errors: int | None = None  # errors of the run still open after earlier decisions and rules
    max_quarantined_share: float | None = None  # of the figures the run loaded, 0..1
    stale_after_days: int | None = 7  # name sources with nothing new for this long; None: never
    lang: str = "vi"  # of the failure reports, the run index and the review page: vi or en

    def __post_init__(self):
        if not 0 <= self.run_nice <= 19:
            raise SettingError(f"SOLIEU_RUN_NICE must be 0..19 (how much lower a run's CPU priority is), "
                               f"not {self.run_nice}")
        warehouse = parse_warehouse(self.warehouse)
        if isinstance(warehouse, Lake):
            warehouse = warehouse.with_data_path(self.data_path)
        elif self.data_path is not None:
            raise SettingError(f"--data-path / SOLIEU_DATA_PATH is for a DuckLake warehouse "
                             f"(ducklake:sqlite:PATH or ducklake:postgres:...), not the DuckDB file {warehouse}")
        object.__setattr__(self, "warehouse", warehouse)

    @property
    def job_memory_limit(self) -> str:
        """The buffer pool of the job's connections: ``SOLIEU_DUCKDB_MEMORY_LIMIT``, else by kind."""
        if self.duckdb_memory_limit:
            return self.duckdb_memory_limit
        return LAKE_MEMORY_LIMIT if isinstance(self.warehouse, Lake) else FILE_MEMORY_LIMIT

    @property
    def report_dir(self) -> Path:
        return self.reports_dir or self.warehouse.parent / "reports"

    def with_overrides(self, **values) -> Settings:
        """Apply command-line options; ``None`` means "not given"."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    environ = os.environ if environ is None else environ
    env = environ.get("SOLIEU_ENV", "dev")
    if env not in _ENV_DEFAULTS:
        raise SettingError(f"SOLIEU_ENV must be one of {', '.join(_ENV_DEFAULTS)}, not {env!r}")
    settings = Settings(env=env, **_ENV_DEFAULTS[env])  # type: ignore[arg-type]  # float fields only

    def path(name):
        return Path(environ[name]) if environ.get(name) else None

    def number(name, kind):
        raw = environ.get(name)
        if not raw:
            return None
        try:
            return kind(raw)
        except ValueError:
            raise SettingError(f"{name} must be a number, not {raw!r}") from None

    def flag(name):
        raw = environ.get(name)
        if not raw:
            return None
        if raw.lower() in {"1", "true", "yes", "on"}:
            return True
        if raw.lower() in {"0", "false", "no", "off"}:
            return False
        raise SettingError(f"{name} must be 1 or 0, not {raw!r}")

    lang = (environ.get("SOLIEU_LANG") or "vi").lower()
    if lang not in ("vi", "en"):
        raise SettingError(f"SOLIEU_LANG must be vi or en, not {lang!r}")
    return settings.with_overrides(
        lang=lang,
        warehouse=environ.get("SOLIEU_WAREHOUSE") or None,
        data_path=environ.get("SOLIEU_DATA_PATH") or None,
        inbox=path("SOLIEU_INBOX"),
        reports_dir=path("SOLIEU_REPORTS_DIR"),
        sources_file=path("SOLIEU_SOURCES"),
        review_rules_file=path("SOLIEU_REVIEW_RULES"),
        batch_size=number("SOLIEU_BATCH_SIZE", int),
        workers=number("SOLIEU_WORKERS", int),
        dask_address=environ.get("SOLIEU_DASK_ADDRESS") or None,
        lock_timeout_s=number("SOLIEU_LOCK_TIMEOUT", float),
        hold_connection_s=number("SOLIEU_HOLD_CONNECTION", float),
        run_nice=number("SOLIEU_RUN_NICE", int),
        max_document_bytes=number("SOLIEU_MAX_DOCUMENT_BYTES", int),
        duckdb_memory_limit=environ.get("SOLIEU_DUCKDB_MEMORY_LIMIT") or None,
        trust_file_times=flag("SOLIEU_TRUST_FILE_TIMES"),
        max_new_errors=number("SOLIEU_MAX_NEW_ERRORS", int),
        max_quarantined_share=number("SOLIEU_MAX_QUARANTINED_SHARE", float),
        stale_after_days=number("SOLIEU_STALE_AFTER_DAYS", int),
    )
