"""Progress for long runs: a bar in the terminal and a progress artifact in the Prefect UI."""

from __future__ import annotations

import sys
import time
from contextlib import AbstractContextManager
from typing import cast
from uuid import UUID


class Progress(AbstractContextManager):
    """Counts processed documents; silent unless a terminal or Prefect is watching."""

    def __init__(self, total: int, *, description: str = "documents", terminal: bool | None = None,
                 prefect_artifact: bool = False):
        self.total = max(total, 1)
        self.done = 0
        self._bar = None
        self._artifact_id: UUID | None = None
        self._artifact_updated = 0.0
        if terminal if terminal is not None else sys.stderr.isatty():
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
            from rich.progress import Progress as RichProgress

            self._bar = RichProgress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                     TimeElapsedColumn(), transient=True)
            self._task = self._bar.add_task(description, total=total)
            self._bar.start()
        if prefect_artifact:
            from prefect.artifacts import create_progress_artifact

            # Called from sync code, Prefect's sync_compatible function returns the id, not a coroutine.
            self._artifact_id = cast(UUID, create_progress_artifact(
                0.0, key="ingest-progress", description=f"{description} processed, percent"
            ))

    def advance(self, count: int) -> None:
        self.done += count
        if self._bar is not None:
            self._bar.update(self._task, advance=count)
        # Each update is an API call: at most one a second, and the last one always.
        now = time.monotonic()
        if self._artifact_id is not None and (now - self._artifact_updated >= 1.0 or self.done >= self.total):
            from prefect.artifacts import update_progress_artifact

            update_progress_artifact(self._artifact_id, min(100.0, 100.0 * self.done / self.total))
            self._artifact_updated = now

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.stop()
