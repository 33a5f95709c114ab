"""Which failures are worth trying again.

Fetching a feed or a page fails for reasons that pass (a server restarting, a
timeout, "429 Too Many Requests"): those tasks retry with a growing, jittered
delay. Bad input does not get better by reading it again: a text that cannot
be decoded or parsed is recorded as rejected and never raised, and a 404 or a
malformed feed fails the same way every time, so those are not retried.
"""

from __future__ import annotations

import urllib.error
from typing import Any

FETCH_RETRIES = 3
FETCH_RETRY_BASE_DELAY_S = 10.0  # then 20 s, 40 s (each +-50 % jitter)

# HTTP statuses that say "try later": timeout, too early, too many requests, server errors.
_TRANSIENT_STATUS = {408, 425, 429}


def is_transient_status(status: int) -> bool:
    return status in _TRANSIENT_STATUS or status >= 500


def is_transient(error: BaseException | None) -> bool:
    """True when ``error`` may well not happen again on a later attempt."""
    if error is None:
        return False
    status = _http_status(error)
    if status is not None:
        return is_transient_status(status)
    if isinstance(error, ConnectionError | TimeoutError | urllib.error.URLError):
        return True
    import httpx

    return isinstance(error, httpx.TransportError)  # connect/read timeouts, dropped connections


def _http_status(error: BaseException) -> int | None:
    if isinstance(error, urllib.error.HTTPError):
        return error.code
    response = getattr(error, "response", None)  # httpx.HTTPStatusError, requests.HTTPError
    status = getattr(response, "status_code", None)
    return status if isinstance(status, int) else None


def retry_if_transient(task: Any, task_run: Any, state: Any) -> bool:
    """Prefect ``retry_condition_fn``: retry only transient failures."""
    return is_transient(state.result(raise_on_failure=False))


def fetch_task_options(retries: int = FETCH_RETRIES,
                       base_delay_s: float = FETCH_RETRY_BASE_DELAY_S) -> dict[str, Any]:
    """Keyword arguments for ``prefect.task`` of a step that fetches over the network."""
    from prefect.tasks import exponential_backoff

    return {
        "retries": retries,
        "retry_delay_seconds": exponential_backoff(backoff_factor=base_delay_s) if base_delay_s else 0,
        "retry_jitter_factor": 0.5 if base_delay_s else None,
        "retry_condition_fn": retry_if_transient,
    }
