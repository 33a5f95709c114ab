"""The sources file: which feeds and URL lists to read, and how politely to fetch them.

A TOML file names each source::

    [fetch]                      # optional; these are the defaults
    timeout_s = 20               # per request (connect, read, write, pool)
    retries = 2                  # extra attempts after a timeout, 5xx or connection error
    backoff_s = 1.0              # wait before retry n: backoff_s * 2**(n-1)
    host_delay_s = 1.0           # least time between two requests to the same host
    max_bytes = 5000000          # larger responses are recorded as failures, not kept
    max_failed_runs = 5          # a URL that failed in this many runs is not tried again
    user_agent = "solieu/0.1 (+https://github.com/solieu)"

    [[source]]
    name = "baolangson"
    kind = "rss"                 # rss or atom (either format is read), or urls
    url = "https://baolangson.vn/rss/kinh-te.rss"
    region = "Lạng Sơn"          # optional: the province its reports are about (any spelling,
                                 # slug or code); without it, each URL's outlet tells (outlets.tsv)

    [[source]]
    name = "reports"
    kind = "urls"
    urls = ["https://example.vn/bao-cao-6-thang.html"]   # and/or
    file = "urls.txt"            # one URL a line, # comments; relative to this file

Everything is checked on reading; a mistake raises ``SourcesError`` with a
one-line message that names the source and the field.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from parsing.regions import province_name
from schemas.errors import SolieuError

FEED_KINDS = ("rss", "atom")
KINDS = (*FEED_KINDS, "urls")


class SourcesError(SolieuError):
    """The sources file cannot be used; ``str(error)`` is one line naming the problem."""


@dataclass(frozen=True)
class FetchOptions:
    timeout_s: float = 20.0
    retries: int = 2
    backoff_s: float = 1.0
    host_delay_s: float = 1.0
    max_bytes: int = 5_000_000
    max_failed_runs: int = 5
    user_agent: str = "solieu/0.1 (Vietnamese report figures; contact: the operator of this job)"


@dataclass(frozen=True)
class Source:
    name: str
    kind: str  # one of KINDS
    url: str | None = None  # the feed, for rss/atom
    urls: tuple[str, ...] = ()  # for kind "urls": inline and from `file`, in order
    region: str | None = None  # the province stated for every report of the source (canonical name)

    @property
    def is_feed(self) -> bool:
        return self.kind in FEED_KINDS


@dataclass(frozen=True)
class SourcesConfig:
    path: Path
    sources: tuple[Source, ...]
    fetch: FetchOptions = field(default_factory=FetchOptions)


def read_sources(path: Path) -> SourcesConfig:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourcesError(f"sources file {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as error:
        raise SourcesError(f"sources file {path} cannot be read: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise SourcesError(f"sources file {path} is not valid TOML: {error}") from None
    unknown = sorted(set(data) - {"fetch", "source"})
    if unknown:
        raise SourcesError(f"{path}: unknown section {unknown[0]!r} (expected [fetch] and [[source]])")
    fetch = _fetch_options(path, data.get("fetch", {}))
    entries = data.get("source", [])
    if not isinstance(entries, list) or not entries:
        raise SourcesError(f"{path}: no [[source]] entries")
    sources, names = [], set()
    for number, entry in enumerate(entries, start=1):
        source = _source(path, number, entry)
        if source.name in names:
            raise SourcesError(f"{path}: source name {source.name!r} is used twice")
        names.add(source.name)
        sources.append(source)
    return SourcesConfig(path, tuple(sources), fetch)


def _fetch_options(path: Path, table) -> FetchOptions:
    if not isinstance(table, dict):
        raise SourcesError(f"{path}: [fetch] must be a table")
    defaults = FetchOptions()
    values = {}
    for key, value in table.items():
        if key not in FetchOptions.__dataclass_fields__:
            raise SourcesError(f"{path}: [fetch] has unknown option {key!r}")
        expected = type(getattr(defaults, key))
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, expected) or isinstance(value, bool):
            raise SourcesError(f"{path}: [fetch] {key} must be a {expected.__name__}, not {value!r}")
        if expected is not str and value < 0:
            raise SourcesError(f"{path}: [fetch] {key} must not be negative")
        values[key] = value
    options = FetchOptions(**values)
    if options.timeout_s <= 0:
        raise SourcesError(f"{path}: [fetch] timeout_s must be above 0")
    return options


def _source(path: Path, number: int, entry) -> Source:
    where = f"{path}: source #{number}"
    if not isinstance(entry, dict):
        raise SourcesError(f"{where} must be a table")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise SourcesError(f"{where} has no name")
    where = f"{path}: source {name!r}"
    kind = entry.get("kind")
    if kind not in KINDS:
        raise SourcesError(f"{where}: unknown kind {kind!r} (expected one of {', '.join(KINDS)})")
    allowed = {"name", "kind", "url", "region"} if kind in FEED_KINDS else {"name", "kind", "urls", "file", "region"}
    extra = sorted(set(entry) - allowed)
    if extra:
        raise SourcesError(f"{where}: {extra[0]!r} does not apply to kind {kind!r}")
    region = _region(where, entry["region"]) if "region" in entry else None
    if kind in FEED_KINDS:
        url = entry.get("url")
        if not url:
            raise SourcesError(f"{where}: missing url (the address of the {kind} feed)")
        return Source(name, kind, url=_checked_url(where, url), region=region)
    urls = entry.get("urls", [])
    if not isinstance(urls, list):
        raise SourcesError(f"{where}: urls must be a list of addresses")
    listed = [_checked_url(where, u) for u in urls]
    if "file" in entry:
        listed += _url_file(where, path.parent / str(entry["file"]))
    if not listed:
        raise SourcesError(f"{where}: no URLs (give urls = [...] or file = \"urls.txt\")")
    return Source(name, kind, urls=tuple(dict.fromkeys(listed)), region=region)


def _region(where: str, value) -> str:
    name = province_name(value) if isinstance(value, str) else None
    if name is None:
        raise SourcesError(f"{where}: region {value!r} is not a province (a name as in parsing/vocab/provinces.tsv, "
                           f"e.g. \"Lạng Sơn\", a slug such as \"lang-son\", or a two-digit code)")
    return name


def _url_file(where: str, file: Path) -> list[str]:
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise SourcesError(f"{where}: URL file {file} cannot be read: {error.strerror or error}") from None
    urls = []
    for number, line in enumerate(lines, start=1):
        line = line.strip()
        if line and not line.startswith("#"):
            urls.append(_checked_url(f"{where}, {file.name} line {number}", line))
    return urls


def _checked_url(where: str, url) -> str:
    if not isinstance(url, str):
        raise SourcesError(f"{where}: {url!r} is not a URL")
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SourcesError(f"{where}: {url!r} is not an http(s) URL")
    return url.strip()
