"""The checks' messages and the parser read scale words from one list: ``parsing/vocab/scales.tsv``."""

import pytest

from parsing import parse_document
from parsing.vocabulary import vocabulary
from schemas.consistency import display_scale


@pytest.mark.parametrize("word", list(vocabulary().scales))
def test_a_message_shows_a_figure_in_the_scale_the_parser_read(word):
    """The scale a failure message divides by is the one the parser multiplied by."""
    figures = parse_document(f"Thu ngân sách nhà nước đạt 3,5 {word} đồng.").figures
    assert [f.raw_text for f in figures] == [f"3,5 {word} đồng"]
    scale, shown = display_scale(figures[0].raw_text)
    assert shown == word
    assert figures[0].value == pytest.approx(3.5 * scale)


def test_a_figure_without_a_scale_word_is_shown_as_printed():
    assert display_scale("12,5%") == (1.0, "")
