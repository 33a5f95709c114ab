"""The folder inbox: every regular file under a directory is a candidate report.

Reading never raises for a single bad file: what cannot be read becomes a
``RawDocument`` with an ``error`` so the run records it and goes on.

What is known beside a report travels with it as ``parsing.SourceFacts``:
- a sidecar ``NAME.meta.json`` (or ``STEM.meta.json``: ``001.meta.json`` beside ``001.txt``), a JSON
  object with any of ``url``, ``title``, ``published`` (``YYYY-MM-DD``) and ``region`` (a province,
  any spelling, slug or code). A sidecar is never a report itself. One that cannot be used is no
  reason to lose the report: the report is read without what was wrong in it (the whole sidecar if
  it is no JSON object, else the bad fields), and ``warning`` says what, recorded as a validation
  warning of the document.
- the province of the folder it was filed in: the innermost folder, between the inbox and the
  file, whose name is a province (``parsing.regions.province_of_folders``: any spelling of
  provinces.tsv, case and diacritics aside, a slug such as ``lang-son`` or ``tinh-lang-son``, or a
  two-digit province code unless it sits right inside a year folder, where it is a month).
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from parsing.model import SourceFacts
from parsing.regions import province_name, province_of_folders
from schemas.errors import SolieuError

# Files that live beside the reports but are not reports.
IGNORED_NAMES = {"gold.json", ".DS_Store", "Thumbs.db"}
SIDECAR_SUFFIX = ".meta.json"
SIDECAR_FIELDS = ("url", "title", "published", "region")
# A sidecar is a few fields; anything larger is not one.
_MAX_SIDECAR_BYTES = 64_000


@dataclass(frozen=True, slots=True)
class RawDocument:
    source_name: str  # path relative to the inbox, or a URL
    content: bytes | None
    sha256: str | None
    error: str | None = None  # why the bytes could not be read
    published_on: date | None = None  # known from a feed or web page; used when the text has none
    # Of an inbox file read whole, not through a link: what sources/inbox_ledger.py records.
    mtime_ns: int | None = None
    facts: SourceFacts | None = None  # what is known beside the text: URL, title, stated region, folder
    warning: str | None = None  # a problem with what came beside the text (a sidecar), recorded, not fatal

    @property
    def byte_size(self) -> int | None:
        return None if self.content is None else len(self.content)


class InboxMissing(SolieuError):
    """The inbox folder is not there."""


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
            if name.startswith(".") or name in IGNORED_NAMES or name.endswith(SIDECAR_SUFFIX):
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
    # Paths from list_inbox start with the resolved inbox: slicing the string is exact and far
    # cheaper than Path.relative_to, which a run pays once for every file of the inbox.
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
            # Ask for the size the file has (not max_bytes: a buffer that large per report cost
            # more than reading it); one byte more tells whether it grew meanwhile.
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
    facts, warning = inbox_facts(path, name)
    return RawDocument(name, content, hashlib.sha256(content).hexdigest(), mtime_ns=mtime_ns, facts=facts,
                       warning=warning)


def sidecar_of(path: Path) -> Path | None:
    """The sidecar beside ``path``: ``NAME.meta.json``, else ``STEM.meta.json``; None if there is none."""
    candidates = [path.with_name(path.name + SIDECAR_SUFFIX)]
    if path.suffix:
        candidates.append(path.with_name(path.stem + SIDECAR_SUFFIX))
    return next((c for c in candidates if c.is_file()), None)


def inbox_facts(path: Path, name: str) -> tuple[SourceFacts | None, str | None]:
    """What the file's folder and sidecar tell of it, and a warning if its sidecar cannot be used whole."""
    folder = province_of_folders(Path(name).parts[:-1])
    sidecar = sidecar_of(path)
    fields, warning = read_sidecar(sidecar) if sidecar is not None else ({}, None)
    if folder is None and not fields:
        return None, warning
    return SourceFacts(url=fields.get("url"), title=fields.get("title"), published=fields.get("published"),
                       region=fields.get("region"), region_origin="sidecar", folder_region=folder), warning


def read_sidecar(path: Path) -> tuple[dict[str, Any], str | None]:
    """The usable fields of a sidecar, and what was wrong with the rest (None if nothing)."""
    where = f"sidecar {path.name}"
    try:
        if path.stat().st_size > _MAX_SIDECAR_BYTES:
            return {}, f"{where} is larger than {_MAX_SIDECAR_BYTES:,} bytes; not read"
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        return {}, f"{where} could not be read ({type(error).__name__}: {error}); the report was read without it"
    if not isinstance(data, dict):
        return {}, f"{where} is not a JSON object; the report was read without it"
    fields: dict[str, Any] = {}  # url, title, region: str; published: date
    problems: list[str] = []
    for key, value in data.items():
        if key not in SIDECAR_FIELDS:
            problems.append(f"unknown field {key!r} (expected {', '.join(SIDECAR_FIELDS)})")
        elif value is None or value == "":
            continue
        elif not isinstance(value, str):
            problems.append(f"{key} must be a string, not {value!r}")
        elif key == "published":
            try:
                fields[key] = date.fromisoformat(value.strip()[:10])
            except ValueError:
                problems.append(f"published {value!r} is not a date (YYYY-MM-DD)")
        elif key == "region":
            if province_name(value) is None:
                problems.append(f"region {value!r} is no province (a name of provinces.tsv, a slug or a code)")
            else:
                fields[key] = value.strip()
        else:
            fields[key] = value.strip()
    warning = f"{where}: {'; '.join(problems)}; those fields were left out" if problems else None
    return fields, warning


def scan_inbox(inbox: Path, max_bytes: int) -> Iterator[RawDocument]:
    for path in list_inbox(inbox):
        yield read_raw(path, inbox, max_bytes)
