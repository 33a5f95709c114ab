"""Failure rows and figure keys: one shape for every check, one spelling of a batch figure's key."""

from typing import get_type_hints

import pandas as pd
from validation_helpers import LANGSON_2021, edit, frames

from flows.prepare import source_warning_row
from schemas.frames import FAILURE_COLUMNS, FailureRow, failure_row, failures_frame, figure_key
from schemas.validate import apply_statuses, check_against_warehouse, check_batch


def test_every_check_returns_rows_of_one_shape():
    slipped = edit(LANGSON_2021, "690 triệu USD", "790 triệu USD")
    documents, figures = frames(("a.txt", slipped))
    failures = check_batch(documents, figures)
    assert len(failures) and list(failures.columns) == FAILURE_COLUMNS
    assert list(get_type_hints(FailureRow)) == FAILURE_COLUMNS
    assert set(source_warning_row("x", "no date")) == set(FAILURE_COLUMNS)


def test_a_failure_row_holds_plain_lists_and_none_for_what_was_not_said():
    row = failure_row("sha", "stated_twice", "error", "apart", figure_ordinals=(3, 1))
    assert row["figure_ordinals"] == [3, 1] and row["prior_figure_ids"] == [] and row["batch_figure_keys"] == []
    assert (row["expected"], row["observed"], row["sentence"]) == (None, None, None)


def test_a_figure_named_by_key_from_another_document_takes_the_failures_status():
    """The key a cross-document check writes is the key ``apply_statuses`` looks for."""
    first = edit(LANGSON_2021, "690 triệu USD", "790 triệu USD")
    documents, figures = frames(("first.txt", LANGSON_2021), ("second.txt", first))
    failures = check_against_warehouse(documents, figures, pd.DataFrame(columns=figures.columns))
    keyed = [k for keys in failures["batch_figure_keys"] for k in keys]
    assert keyed, "the two reports disagree on a figure, so one failure names the other's by key"
    statuses = apply_statuses(figures, failures)
    named = {figure_key(sha, o) for sha, o in zip(figures["content_sha256"], figures["ordinal"])}
    assert set(keyed) <= named
    for key in keyed:
        sha, ordinal = key.rsplit(":", 1)
        status = statuses.loc[(statuses["content_sha256"] == sha) & (statuses["ordinal"] == int(ordinal)), "status"]
        assert status.item() in ("quarantined", "warning")
    assert failures_frame([]).columns.tolist() == FAILURE_COLUMNS
