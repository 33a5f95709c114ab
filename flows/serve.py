"""`solieu serve`: the ``ingest-reports`` deployment on a cron schedule, served until stopped.

The deployment is built from settings (inbox, warehouse and sources become its
default parameters, as absolute paths, so a run started from the UI does the
same as a scheduled one). Serving registers it with the Prefect server named
by ``PREFECT_API_URL``, whose scheduler creates the runs, and executes them in
this process's children.

- Overlap: at most one run of the deployment at a time; a run due while
  another is still going is cancelled, not queued (the next run catches up, as
  runs are incremental), so a backlog never builds up behind a slow run. Other
  writers of the same warehouse are kept out by the run lock
  (``warehouse.connection.exclusive_run``).
- Stopping (Ctrl-C, SIGTERM): Prefect pauses the deployment, so no runs pile up
  as "late" while nothing executes them; serving again registers the
  deployment unpaused and with the given schedule, which replaces the old one.
"""

from __future__ import annotations

import signal
from typing import TYPE_CHECKING, Any, cast

from flows.settings import Settings
from schemas.errors import SolieuError

if TYPE_CHECKING:
    from prefect.deployments.runner import RunnerDeployment

FLOW_NAME = "ingest-reports"
DEPLOYMENT_NAME = "ingest-reports"
DEFAULT_CRON = "0 6 * * *"
DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh"
MAX_CONCURRENT_RUNS = 1


class ServeError(SolieuError):
    """A one-line reason `solieu serve` cannot start."""


def validate_schedule(cron: str, timezone: str) -> None:
    """Fail early, in words, on a cron expression or time zone Prefect would reject."""
    from prefect.client.schemas.schedules import CronSchedule
    from pydantic import ValidationError

    try:
        CronSchedule(cron=cron, timezone=timezone)
    except ValidationError as error:
        field = error.errors()[0]["loc"][0]
        if field == "timezone":
            raise ServeError(f"unknown time zone {timezone!r} (use an IANA name such as "
                             f"{DEFAULT_TIMEZONE})") from None
        raise ServeError(f"invalid cron expression {cron!r} (five fields: minute hour day "
                         f"month weekday, e.g. {DEFAULT_CRON!r})") from None


def deployment_parameters(settings: Settings) -> dict[str, Any]:
    return {
        "inbox": str(settings.inbox.resolve()),
        "warehouse": str(settings.warehouse.resolve()),
        "sources": str(settings.sources_file.resolve()) if settings.sources_file else None,
        "data_path": getattr(settings.warehouse, "data_path", None),
    }


def build_deployment(settings: Settings, *, cron: str = DEFAULT_CRON,
                     timezone: str = DEFAULT_TIMEZONE) -> RunnerDeployment:
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
    from prefect.deployments.runner import EntrypointType
    from prefect.schedules import Cron

    from flows.ingest import ingest_reports

    validate_schedule(cron, timezone)
    # Called from sync code, Prefect's sync_compatible to_deployment returns the deployment itself.
    return cast("RunnerDeployment", ingest_reports.to_deployment(
        name=DEPLOYMENT_NAME,
        schedules=[Cron(cron, timezone=timezone)],
        parameters=deployment_parameters(settings),
        concurrency_limit=ConcurrencyLimitConfig(
            limit=MAX_CONCURRENT_RUNS, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW
        ),
        # Runs import the flow by module, so they work whatever directory serve started in.
        entrypoint_type=EntrypointType.MODULE_PATH,
        description="Read new report texts, parse, validate and load their figures into "
                    f"{settings.warehouse.resolve()}",
        tags=["solieu"],
        paused=False,
    ))


def api_url() -> str:
    """The Prefect server to register with; a temporary server cannot schedule."""
    import urllib.error  # here, not at the top: every command's parser imports this module
    import urllib.request

    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    if not url:
        raise ServeError("PREFECT_API_URL is not set: start `prefect server start` and set "
                         "PREFECT_API_URL=http://127.0.0.1:4200/api (see docs/operations.md, Running on a schedule)")
    try:
        with urllib.request.urlopen(url.rstrip("/") + "/health", timeout=10) as response:
            response.read()
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise ServeError(f"no Prefect server answers at {url} ({reason}); "
                         "is `prefect server start` running?") from None
    return url


def ui_url(api: str, deployment_id: Any) -> str:
    from prefect.settings import PREFECT_UI_URL

    base = PREFECT_UI_URL.value() or api.rstrip("/").removesuffix("/api")
    return f"{base}/deployments/deployment/{deployment_id}"


def start_runner(deployment: RunnerDeployment) -> tuple[Any, Any]:
    """Register the deployment (unpaused, with this schedule); returns the runner and its id."""
    runner = _runner_class()(name="solieu-serve", pause_on_shutdown=True)
    try:
        return runner, runner.add_deployment(deployment)
    except Exception as error:  # the server refused it or went away: one line, not a traceback
        raise ServeError(f"could not register the deployment: {str(error).splitlines()[0]}") from None


def serve_until_stopped(runner: Any) -> None:
    """Poll for and execute runs until Ctrl-C or SIGTERM, then stop cleanly: runs in progress
    are cancelled (and say so in the UI) and the deployment is paused. A second signal stops
    at once."""
    import asyncio

    # Also replaces an ignored SIGINT inherited by a process started in the background.
    signal.signal(signal.SIGINT, runner.handle_sigterm)
    try:
        asyncio.run(runner.start())
    except KeyboardInterrupt:
        pass


def _runner_class():
    import asyncio

    from prefect.runner import Runner

    class StoppableRunner(Runner):
        _stopping_task = None

        def handle_sigterm(self, *args: Any, **kwargs: Any) -> None:
            # Prefect 3.8.8's own handler calls the async stop() without awaiting it
            # ("coroutine 'Runner.astop' was never awaited") and exits mid-loop: the run in
            # progress is killed but stays Running in the UI, holding the deployment's slot.
            # Schedule the real stop on the loop instead (cancel runs, stop polling, pause).
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                loop = None
            if loop is None or not self.started or self._stopping_task is not None:
                raise KeyboardInterrupt  # not serving yet, or asked twice: stop now
            self._stopping_task = True
            loop.call_soon_threadsafe(self._begin_stop, loop)

        def _begin_stop(self, loop) -> None:
            self._logger.info("Stopping: cancelling runs in progress and pausing the deployment...")
            self._stopping_task = loop.create_task(self.astop())

    return StoppableRunner
