"""Shared fixtures. Prefect's start-up is paid once per test session."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from parsing.model import SourceFacts

# Before anything imports prefect: no telemetry, a private PREFECT_HOME, quiet console.
_PREFECT_HOME = tempfile.mkdtemp(prefix="solieu-test-prefect-")
os.environ["PREFECT_HOME"] = _PREFECT_HOME
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "WARNING")
os.environ["SOLIEU_ENV"] = "test"
# The reports' tests read English phrases; Vietnamese, the default, is tested where asked for.
os.environ["SOLIEU_LANG"] = "en"
for name in ("SOLIEU_WAREHOUSE", "SOLIEU_INBOX", "SOLIEU_REPORTS_DIR", "PREFECT_API_URL"):
    os.environ.pop(name, None)

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "sources" / "samples"


def report_bounds(text: str, source: SourceFacts | str | None = None) -> tuple[str, str] | None:
    """The first and last day of the period the parser files ``text`` under, or None; ``source`` is what is known
    beside the text, or just the page's URL."""
    from parsing import parse_document

    meta = parse_document(text, SourceFacts(url=source) if isinstance(source, str) else source).meta
    return (str(meta.period_start), str(meta.period_end)) if meta.period_start else None


@pytest.fixture(scope="session")
def prefect_harness():
    """A temporary Prefect server and database for every flow run in the session."""
    from prefect.testing.utilities import prefect_test_harness

    # Generous: the server starts in ~6 s on a quiet machine, but a loaded CI box can take a minute.
    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture
def warehouse_path(tmp_path) -> Path:
    return tmp_path / "warehouse" / "solieu.duckdb"


@pytest.fixture
def sample_inbox(tmp_path) -> Path:
    """A writable copy of the bundled sample reports."""
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    return inbox


@pytest.fixture
def settings(warehouse_path, sample_inbox):
    from flows.settings import load_settings

    return load_settings().with_overrides(warehouse=warehouse_path, inbox=sample_inbox, workers=1)


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_PREFECT_HOME, ignore_errors=True)
