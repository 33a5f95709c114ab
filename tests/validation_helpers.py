"""Building in-flight frames from report text, as the pipeline does, for validation tests."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from parsing import parse_document
from schemas.frames import documents_frame, figure_rows, figures_frame, parsed_document_row
from schemas.validate import check_batch

SAMPLES = Path(__file__).resolve().parent.parent / "sources" / "samples"
LANGSON_2021 = (SAMPLES / "langson-2021-h1.txt").read_text(encoding="utf-8")
TRADE_SENTENCE = ("Tổng kim ngạch xuất nhập khẩu qua địa bàn ước 2.010 triệu USD, đạt 65,26% kế hoạch, "
                  "tăng 44,6% so với cùng kỳ, trong đó xuất khẩu 690 triệu USD, đạt 51,49% kế hoạch, "
                  "tăng 13,1% so với cùng kỳ; nhập khẩu 1.320 triệu USD, đạt 75,86% kế hoạch, "
                  "tăng 69,2% so với cùng kỳ.")


def frames(*texts: tuple[str, str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(source_name, text) pairs -> documents and figures frames with content hashes."""
    document_rows, rows = [], []
    for name, text in texts:
        sha = hashlib.sha256(text.encode()).hexdigest()
        parsed = parse_document(text)
        document_rows.append(parsed_document_row(sha, name, len(text.encode()), parsed))
        rows.extend(figure_rows(sha, parsed))
    return documents_frame(document_rows), figures_frame(rows)


def failures_of(text: str, name: str = "report.txt") -> pd.DataFrame:
    """The failures ``check_batch`` gives one report of ``text`` (named ``name``)."""
    documents, figures = frames((name, text))
    return check_batch(documents, figures)


def edit(text: str, old: str, new: str) -> str:
    """Replace one printed figure that occurs exactly once."""
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


def named_raw_texts(failure, figures: pd.DataFrame) -> list[str]:
    by_ordinal = figures.set_index("ordinal")["raw_text"]
    return [by_ordinal[o] for o in failure.figure_ordinals]


SCRIPT = "<script>document.title='pwned'</script>"
# A report whose slip sits in a sentence carrying markup: the report must show it as text.
HOSTILE = ("Tỉnh Lạng Sơn 6 tháng đầu năm 2021. Tổng kim ngạch xuất nhập khẩu qua địa bàn ước 2.100 triệu USD, "
           f"trong đó xuất khẩu 690 triệu USD {SCRIPT}; nhập khẩu 1.320 triệu USD.")


def ingest(settings, tmp_path, **texts):
    """One plain-Python run over an inbox holding just these texts; returns the run summary."""
    from flows.pipeline import run_ingest

    inbox = tmp_path / f"inbox-{len(list(tmp_path.glob('inbox-*')))}"
    inbox.mkdir()
    for name, text in texts.items():
        (inbox / name).write_text(text, encoding="utf-8")
    return run_ingest(settings.with_overrides(inbox=inbox))


def solieu_command(*args: str) -> list[str]:
    """``solieu ARGS`` as this interpreter runs it."""
    return [sys.executable, "-m", "flows.cli", *args]


@contextmanager
def running(command: list[str], *, env=None, cwd=None, own_session: bool = False) -> Iterator[subprocess.Popen]:
    """``command`` as a process for the ``with`` block, its output piped as text. Still running when
    the block ends (a failed assertion, a timeout), it is killed, with its whole session when it has
    one of its own (``own_session``: Prefect's temporary server of a ``solieu run`` too)."""
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, start_new_session=own_session)
    try:
        yield process
    finally:
        if process.poll() is None:
            if own_session:
                os.killpg(process.pid, signal.SIGKILL)
            else:
                process.kill()
        process.communicate()  # reaps it and closes its pipes
