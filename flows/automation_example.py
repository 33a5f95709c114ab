"""A worked example: a Prefect automation that posts to Slack when a solieu run needs a person.

It fires on the ``solieu.run.completed`` event of a run over a threshold (``SOLIEU_MAX_NEW_ERRORS``,
``SOLIEU_MAX_QUARANTINED_SHARE``) and sends the counts through a notification block (Slack here;
e-mail and a plain webhook are blocks too). Run it once against your Prefect server::

    PREFECT_API_URL=http://127.0.0.1:4200/api python -m flows.automation_example \\
        --slack-webhook-url https://hooks.slack.com/services/T000/B000/XXXX

It saves the block as ``solieu-alerts`` and creates (or replaces) the automation.
"""

from __future__ import annotations

import argparse
from datetime import timedelta
from typing import cast

from prefect.automations import Automation
from prefect.events.actions import SendNotification
from prefect.events.schemas.automations import EventTrigger, Posture

NAME = "solieu: a run over its threshold"
BODY = """solieu run {{ event.payload.run_id }} into {{ event.payload.warehouse }}
{{ event.payload.new_errors }} new errors, {{ event.payload.new_warnings }} new warnings still open;
{{ event.payload.figures_quarantined }} of {{ event.payload.figures_loaded }} figures quarantined.
Over: {{ event.payload.threshold_breaches | join('; ') }}
Nothing new from: {{ event.payload.stale_sources | join(', ') or '-' }}
Index: {{ event.payload.index_path }}"""


def build_automation(block_document_id) -> Automation:
    return Automation(
        name=NAME,
        description="solieu.run.completed with solieu.over-threshold=yes",
        trigger=EventTrigger(
            expect={"solieu.run.completed"},
            # Also "solieu.stale-sources": "yes", in a second automation, to hear of quiet sources.
            match={"prefect.resource.id": "solieu.warehouse.*", "solieu.over-threshold": "yes"},
            posture=Posture.Reactive, threshold=1, within=timedelta(0),
        ),
        actions=[SendNotification(block_document_id=block_document_id, subject="solieu: run over threshold",
                                  body=BODY)],
    )


def main() -> None:
    from prefect.blocks.notifications import SlackWebhook

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slack-webhook-url", required=True)
    args = parser.parse_args()
    block_id = SlackWebhook(url=args.slack_webhook_url).save("solieu-alerts", overwrite=True)
    # From sync code Prefect's sync_compatible methods return their result, not a coroutine.
    try:
        cast(Automation, Automation.read(name=NAME)).delete()  # run again: replaced, not doubled
    except ValueError:  # none yet
        pass
    automation = cast(Automation, build_automation(block_id).create())
    print(f"automation {automation.name!r} ({automation.id}) posts to the solieu-alerts block")


if __name__ == "__main__":
    main()
