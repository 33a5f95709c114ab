"""The folder inbox: every regular file under a directory is a candidate report.

Reading never raises for a single bad file: what cannot be read becomes a
``RawDocument`` with an ``error`` so the run records it and goes on.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
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

    @property
    def byte_size(self) -> int | None:
        return None if self.content is None else len(self.content)


class InboxMissing(Exception):
    pass


def list_inbox(inbox: Path) -> list[Path]:
    """Report files under ``inbox``, sorted, never following a link out of it."""
    if not inbox.is_dir():
        raise InboxMissing(f"inbox {inbox} does not exist or is not a directory")
    root = inbox.resolve()
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith(".") or name in IGNORED_NAMES:
                continue
            found.append(Path(dirpath) / name)
    return sorted(found)


def relative_name(path: Path, inbox: Path) -> str:
    return str(path.relative_to(inbox.resolve()))


def read_raw(path: Path, inbox: Path, max_bytes: int) -> RawDocument:
    """Read one file's bytes; any failure becomes a specific, recorded reason."""
    name = relative_name(path, inbox)
    try:
        if path.is_symlink():
            target = path.resolve()
            if not target.is_relative_to(inbox.resolve()):
                return RawDocument(name, None, None, "symbolic link points outside the inbox; not followed")
        size = path.stat().st_size
        if size > max_bytes:
            return RawDocument(name, None, None, f"file is {size:,} bytes, above the limit of {max_bytes:,} bytes")
        content = path.read_bytes()
    except FileNotFoundError:
        return RawDocument(name, None, None, "file disappeared before it could be read")
    except IsADirectoryError:
        return RawDocument(name, None, None, "not a regular file")
    except PermissionError:
        return RawDocument(name, None, None, "file is not readable (permission denied)")
    except OSError as error:
        return RawDocument(name, None, None, f"file could not be read: {error.strerror or error}")
    return RawDocument(name, content, hashlib.sha256(content).hexdigest())


def scan_inbox(inbox: Path, max_bytes: int) -> Iterator[RawDocument]:
    for path in list_inbox(inbox):
        yield read_raw(path, inbox, max_bytes)
