"""Which inbox files a run need not open again: the ledger of files read (table ``inbox_files``).

A file is counted as already loaded without being opened when it is a regular file (not
a link), its name, byte size and modification time (``st_mtime_ns``) are those recorded
when it was last read, and the text read then (by content hash) is in ``documents``.
Reading and hashing every file again was most of a run that found nothing new; one
``lstat`` each costs a fraction of that (docs/performance.md).

Why (name, size, mtime_ns) is trusted: writing to a file sets its modification time to
the clock's current time, and nothing the job or an editor does sets it back; a
rewritten report therefore has a new time (and usually a new size) and is read again.
What can fool it, and the answers:
- a write in the same tick of the file system's clock as our read (the time does not
  move): a file changed less than ``SETTLE_NS`` before it was read is not recorded, so
  the next run reads it again (git's "racy" index entries, the same answer);
- tools that set times back (``cp -p``, ``rsync -t``, ``tar x``, ``touch -d``) giving
  another text the same size and time, file systems or clocks whose times lie (some
  network mounts): ``SOLIEU_TRUST_FILE_TIMES=0`` or ``solieu run --rehash`` reads every
  file, as before the ledger;
- a link's target can change while the link does not: links are always read.
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

from sources.inbox import RawDocument, relative_name

# Coarser than any file system's time stamps (FAT: 2 s) and a clock's tick.
SETTLE_NS = 5_000_000_000

# (source_name, byte_size, mtime_ns, content_sha256): one row of ``inbox_files``.
FileRow = tuple[str, int, int, str]


class InboxLedger:
    """The recorded files a run may trust, and the rows of the files it reads."""

    def __init__(self, trusted: dict[str, tuple[int, int]], inbox: Path, max_bytes: int):
        # name -> (byte_size, mtime_ns), only of files whose recorded text is loaded.
        self.trusted, self.inbox, self.max_bytes = trusted, inbox, max_bytes
        self._read: dict[str, FileRow] = {}

    def already_loaded(self, path: Path) -> bool:
        """True when ``path`` need not be opened: unchanged since its loaded text was read."""
        if not self.trusted:
            return False
        try:
            info = os.lstat(path)
        except OSError:  # gone, or unreachable: reading it records the reason
            return False
        # Not a link, pipe or directory, nor above a size limit lowered since: read_raw says why.
        if not stat.S_ISREG(info.st_mode) or info.st_size > self.max_bytes:
            return False
        return self.trusted.get(relative_name(path, self.inbox)) == (info.st_size, info.st_mtime_ns)

    def note(self, raw: RawDocument) -> None:
        """Keep the row of a file just read, when it has a hash and a settled time."""
        if raw.mtime_ns is None or raw.sha256 is None or raw.content is None:
            return
        if raw.mtime_ns > time.time_ns() - SETTLE_NS:
            return
        # By name: two names that differ only in bytes that are not UTF-8 read as one.
        self._read[raw.source_name] = (raw.source_name, len(raw.content), raw.mtime_ns, raw.sha256)

    def take(self) -> list[FileRow]:
        """The rows noted since the last call, to write (``warehouse.inbox_files.record_files``).

        A row may be written before its text is loaded (a batch read ahead, a run that then
        fails): it is only trusted once its hash is in ``documents``, so that is safe.
        """
        rows, self._read = list(self._read.values()), {}
        return rows
