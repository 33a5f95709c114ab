"""Fetching one URL politely: timeouts, retries with exponential backoff, a pause per host.

Only what a retry can cure is retried: a timeout, a dropped or refused
connection, an HTTP 5xx or 429. A 404 or any other 4xx is final for this run.
Every outcome is a value (``Fetched`` or ``FetchFailed`` with a one-line
reason); nothing here raises for a bad URL, so a run always goes on.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from sources.config import FetchOptions

_RETRYABLE_STATUS = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class Fetched:
    url: str
    final_url: str  # after redirects
    status: int
    content_type: str | None
    content: bytes
    attempts: int


@dataclass(frozen=True)
class FetchFailed:
    url: str
    reason: str
    status: int | None = None
    attempts: int = 1


class HostPacer:
    """Keeps at least ``delay_s`` between the starts of two requests to one host, across threads."""

    def __init__(self, sleep: Callable[[float], None] = time.sleep):
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()
        self._sleep = sleep

    def wait(self, host: str, delay_s: float) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + delay_s
        if start > now:
            self._sleep(start - now)


# One pacer for the process: sources that share a host share its pause.
PACER = HostPacer()


class Fetcher:
    """An HTTP client for one batch of URLs (one source); use as a context manager."""

    def __init__(self, options: FetchOptions, *, pacer: HostPacer = PACER,
                 sleep: Callable[[float], None] = time.sleep):
        self.options = options
        self._pacer = pacer
        self._sleep = sleep
        self._client = httpx.Client(
            timeout=httpx.Timeout(options.timeout_s), follow_redirects=True, max_redirects=5,
            headers={"User-Agent": options.user_agent, "Accept": "text/html,application/xhtml+xml,"
                     "application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str) -> Fetched | FetchFailed:
        if urlsplit(url).scheme not in ("http", "https"):  # e.g. a feed linking to mailto: or javascript:
            return FetchFailed(url, "not an http(s) URL", None, 0)
        attempts = self.options.retries + 1
        outcome: Fetched | FetchFailed | None = None
        for attempt in range(1, attempts + 1):
            if attempt > 1:
                self._sleep(self.options.backoff_s * 2 ** (attempt - 2))
            self._pacer.wait(urlsplit(url).hostname or "", self.options.host_delay_s)
            outcome, retryable = self._attempt(url, attempt)
            if not retryable:
                return outcome
        assert isinstance(outcome, FetchFailed)  # only a failure is tried again
        return FetchFailed(url, f"{outcome.reason} ({attempts} attempts)", outcome.status, attempts)

    def _attempt(self, url: str, attempt: int) -> tuple[Fetched | FetchFailed, bool]:
        options = self.options
        try:
            with self._client.stream("GET", url) as response:
                status = response.status_code
                if status >= 400:
                    reason = f"HTTP {status} {response.reason_phrase}".strip()
                    return FetchFailed(url, reason, status, attempt), status in _RETRYABLE_STATUS
                if status >= 300:  # a redirect without a usable Location
                    return FetchFailed(url, f"HTTP {status} redirect that could not be followed",
                                       status, attempt), False
                declared = int(response.headers.get("content-length") or 0)
                if declared > options.max_bytes:
                    return FetchFailed(url, f"response of {declared:,} bytes is above the limit of "
                                       f"{options.max_bytes:,} bytes", status, attempt), False
                content = self._read_body(response)
                if content is None:
                    return FetchFailed(url, f"response is above the limit of {options.max_bytes:,} bytes",
                                       status, attempt), False
                return Fetched(url, str(response.url), status, response.headers.get("content-type"),
                               content, attempt), False
        except httpx.TooManyRedirects:
            return FetchFailed(url, "too many redirects (more than 5)", None, attempt), False
        except httpx.UnsupportedProtocol as error:  # a redirect to ftp: and the like: retrying cannot help
            return FetchFailed(url, f"unsupported protocol: {error}", None, attempt), False
        except httpx.TimeoutException:
            return FetchFailed(url, f"timed out after {options.timeout_s:g} s", None, attempt), True
        except httpx.TransportError as error:
            return FetchFailed(url, f"connection failed: {type(error).__name__}: {error}"[:300],
                               None, attempt), True
        except httpx.InvalidURL as error:
            return FetchFailed(url, f"invalid URL: {error}", None, attempt), False
        except httpx.HTTPError as error:  # e.g. a body that does not decode as its Content-Encoding says
            return FetchFailed(url, f"{type(error).__name__}: {error}"[:300], None, attempt), False

    def _read_body(self, response: httpx.Response) -> bytes | None:
        # The read timeout applies per chunk; a server trickling bytes is cut
        # off after a few timeouts' worth of time in total.
        deadline = time.monotonic() + 4 * self.options.timeout_s
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.options.max_bytes:
                return None
            if time.monotonic() > deadline:
                raise httpx.ReadTimeout("response body took too long", request=response.request)
            chunks.append(chunk)
        return b"".join(chunks)
