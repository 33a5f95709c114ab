"""Progress for long runs: a bar in the terminal and a progress artifact in the Prefect UI."""

from __future__ import annotations

import sys
from contextlib import AbstractContextManager


class Progress(AbstractContextManager):
    """Counts processed documents; silent unless a terminal or Prefect is watching."""

    def __init__(self, total: int, *, description: str = "documents", terminal: bool | None = None,
                 prefect_artifact: bool = False):
        self.total = max(total, 1)
        self.done = 0
        self._bar = None
        self._artifact_id = None
        if terminal if terminal is not None else sys.stderr.isatty():
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
            from rich.progress import Progress as RichProgress

            self._bar = RichProgress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                     TimeElapsedColumn(), transient=True)
            self._task = self._bar.add_task(description, total=total)
            self._bar.start()
        if prefect_artifact:
            from prefect.artifacts import create_progress_artifact

            self._artifact_id = create_progress_artifact(
                0.0, key="ingest-progress", description=f"{description} processed, percent"
            )

    def advance(self, count: int) -> None:
        self.done += count
        if self._bar is not None:
            self._bar.update(self._task, advance=count)
        if self._artifact_id is not None:
            from prefect.artifacts import update_progress_artifact

            update_progress_artifact(self._artifact_id, min(100.0, 100.0 * self.done / self.total))

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.stop()
