"""units.tsv is read into a dict keyed by phrase: a phrase written twice would let its later row silently win."""

from collections import Counter
from importlib import resources


def test_each_unit_phrase_is_written_once() -> None:
    text = resources.files("parsing.vocab").joinpath("units.tsv").read_text(encoding="utf-8")
    phrases = Counter(line.split("\t")[0].lower() for line in text.splitlines()
                      if line.strip() and not line.startswith("#"))
    assert [phrase for phrase, n in phrases.items() if n > 1] == []
