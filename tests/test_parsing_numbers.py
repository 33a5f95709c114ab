"""parse_number on the printed forms of a number, including malformed groupings a table cell can hold."""

import pytest

from parsing.numbers import parse_number


@pytest.mark.parametrize(("raw", "value", "rounding"), [
    ("1.091,9", 1091.9, 0.05),
    ("12,5", 12.5, 0.05),
    ("9.332.3", 9332.3, 0.05),           # several dots: the last one is the decimal mark
    ("1,234,567", 1234567.0, 0.5),       # commas grouping thousands, read one cell at a time
    ("123.456.78,9", 12345678.9, 0.05),  # a misgrouped number: the last mark is the decimal mark
    ("5", 5.0, 0.5),
])
def test_printed_forms(raw: str, value: float, rounding: float) -> None:
    assert parse_number(raw) == pytest.approx((value, rounding))


def test_unicode_digits_with_many_marks_do_not_raise() -> None:
    # found by the parser's property test: a cell of other scripts' digits and three commas
    value, _ = parse_number("🯱᪘,𑋷൪,᥇२,𐴰᧓၇")
    assert value > 0
