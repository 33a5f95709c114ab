"""Which errors `solieu` turns into one line and exit 2 (a ``SolieuError``), and which keep their traceback."""

import pytest

from flows.cli import CommandError, main
from flows.serve import ServeError
from schemas.errors import SettingError, SolieuError
from sources.config import SourcesError
from sources.inbox import InboxMissing
from warehouse.chart import ChartError
from warehouse.export import ExportError
from warehouse.review import ReviewError
from warehouse.review_rules import ReviewRulesError


@pytest.mark.parametrize("error", [CommandError, ServeError, SettingError, SourcesError, InboxMissing,
                                   ChartError, ExportError, ReviewError, ReviewRulesError])
def test_errors_meant_for_a_person_are_solieu_errors_and_no_value_errors(error):
    assert issubclass(error, SolieuError) and not issubclass(error, ValueError)


def test_an_internal_bug_keeps_its_traceback(monkeypatch, capsys):
    import parsing.evaluate

    def broken(corpora):
        raise ValueError("an invariant of ours broke")

    monkeypatch.setattr(parsing.evaluate, "evaluate", broken)
    with pytest.raises(ValueError, match="an invariant of ours broke"):
        main(["eval", "--quiet"])
    assert "solieu eval:" not in capsys.readouterr().err


def test_a_bad_setting_is_one_line_and_exit_2(monkeypatch, capsys):
    monkeypatch.setenv("SOLIEU_BATCH_SIZE", "many")
    assert main(["eval", "--quiet"]) == 2
    assert capsys.readouterr().err == "solieu eval: SOLIEU_BATCH_SIZE must be a number, not 'many'\n"


def test_labels_that_are_not_json_are_one_line_naming_the_file(tmp_path, capsys):
    (tmp_path / "gold.json").write_text("[{", encoding="utf-8")
    assert main(["eval", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"solieu eval: {tmp_path / 'gold.json'} is not valid JSON") and err.count("\n") == 1
