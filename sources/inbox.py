"""The folder inbox: every regular file under a directory is a candidate report.

Reading never raises for a single bad file: what cannot be read becomes a
``RawDocument`` with an ``error`` so the run records it and goes on.
"""

from __future__ import annotations

import hashlib
import os
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

# Files that live beside the reports but are not reports.
IGNORED_NAMES = {"gold.json", ".DS_Store", "Thumbs.db"}


@dataclass(frozen=True, slots=True)
class RawDocument:
    source_name: str  # path relative to the inbox, or a URL
    content: bytes | None
    sha256: str | None
    error: str | None = None  # why the bytes could not be read
    published_on: date | None = None  # known from a feed or web page; used when the text has none
    # Of an inbox file read whole, not through a link: what sources/inbox_ledger.py records.
    mtime_ns: int | None = None

    @property
    def byte_size(self) -> int | None:
        return None if self.content is None else len(self.content)


class InboxMissing(Exception):
    pass


def list_inbox(inbox: Path) -> list[Path]:
    """Candidate files under ``inbox``, sorted, never walking a link out of it.

    Anything that is not a directory is a candidate, so that what cannot be read
    (a named pipe, a link to a directory or out of the inbox) is recorded with
    its reason rather than skipped in silence.
    """
    if not inbox.is_dir():
        raise InboxMissing(f"inbox {inbox} does not exist or is not a directory")
    root = inbox.resolve()
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        linked = [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in linked)
        for name in filenames + linked:
            if name.startswith(".") or name in IGNORED_NAMES:
                continue
            found.append(Path(dirpath) / name)
    return sorted(found)


@lru_cache(maxsize=16)
def _resolved(inbox: Path) -> Path:
    # Once per inbox, not once per file: resolving walks every component of the path with
    # a system call each, and cost more than reading and hashing a report.
    return inbox.resolve()


def relative_name(path: Path, inbox: Path) -> str:
    """The name recorded in ``documents.source_name``: valid UTF-8, in NFC.

    A name that is not UTF-8 (copied from an old Windows archive) gets U+FFFD in
    place of its bad bytes; macOS writes names in NFD, analysts type NFC.
    """
    # Paths from list_inbox start with the resolved inbox: slicing the string is exact and costs
    # a fraction of Path.relative_to, which a run over 20 000 files paid once for each.
    root, text = str(_resolved(inbox)), str(path)
    if text.startswith(root) and text[len(root):len(root) + 1] == os.sep and root != os.sep:
        name = text[len(root) + 1:]
    else:
        name = str(path.relative_to(_resolved(inbox)))
    if name.isascii():  # nothing to replace or normalise
        return name
    name = os.fsencode(name).decode("utf-8", errors="replace")
    return unicodedata.normalize("NFC", name)


_NOT_REGULAR = {stat.S_IFDIR: "a directory", stat.S_IFIFO: "a named pipe", stat.S_IFSOCK: "a socket",
                stat.S_IFCHR: "a device", stat.S_IFBLK: "a device"}


def read_raw(path: Path, inbox: Path, max_bytes: int) -> RawDocument:
    """Read one file's bytes; any failure becomes a specific, recorded reason."""
    name = relative_name(path, inbox)

    def rejected(reason: str) -> RawDocument:
        return RawDocument(name, None, None, reason)

    try:
        target = path
        if path.is_symlink():
            if not path.exists():
                return rejected("symbolic link to nothing (its target is missing, or a link loop)")
            target = path.resolve(strict=True)
            if not target.is_relative_to(_resolved(inbox)):
                return rejected("symbolic link points outside the inbox; not followed")
        kind = stat.S_IFMT(os.stat(target).st_mode)
        if kind != stat.S_IFREG:
            return rejected(f"not a regular file ({_NOT_REGULAR.get(kind, 'a special file')})")
        # O_NONBLOCK: should the file be swapped for a named pipe meanwhile, opening
        # must not hang the run; O_NOFOLLOW: nor for a link out of the inbox.
        fd = os.open(target, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                return rejected("not a regular file (it changed while being read)")
            if info.st_size > max_bytes:
                return rejected(f"file is {info.st_size:,} bytes, above the limit of {max_bytes:,} bytes")
            # Ask for the size the file has (not max_bytes: a 5 MB buffer per report cost more
            # than reading it); one byte more tells whether it grew meanwhile.
            content = handle.read(info.st_size + 1)
            if len(content) > info.st_size:
                content += handle.read(max_bytes + 1 - len(content))
        if len(content) > max_bytes:
            return rejected(f"file grew above the limit of {max_bytes:,} bytes while being read")
        # Taken before reading: a write after that changes the time, so the next run reads it again.
        mtime_ns = info.st_mtime_ns if target is path and len(content) == info.st_size else None
    except FileNotFoundError:
        return rejected("file disappeared before it could be read")
    except PermissionError:
        return rejected("file is not readable (permission denied)")
    except OSError as error:
        return rejected(f"file could not be read: {error.strerror or error}")
    return RawDocument(name, content, hashlib.sha256(content).hexdigest(), mtime_ns=mtime_ns)


def scan_inbox(inbox: Path, max_bytes: int) -> Iterator[RawDocument]:
    for path in list_inbox(inbox):
        yield read_raw(path, inbox, max_bytes)
