"""The parser never raises, and its spans always point into the text it returns."""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import parse_document

VOCABULARY = ["tăng", "giảm", "đạt", "kế hoạch", "dự toán", "so với cùng kỳ", "trong đó", "tỷ đồng",
              "triệu USD", "nghìn", "%", "ha", "người", "lượt khách", "ước", "hơn", "bằng", "gấp", "lần",
              "năm", "quý", "tháng", "số", "đợt", ",", ".", ";", "\n", "\u00a0", "&amp;", "(", ")", "-", "/"]
words = st.one_of(st.sampled_from(VOCABULARY), st.from_regex(r"\d{1,3}([.,]\d{1,3}){0,3}", fullmatch=True),
                  st.text(max_size=8))


@settings(max_examples=300, deadline=None)
@given(st.lists(words, max_size=60).map(" ".join))
def test_parser_never_raises_and_spans_are_consistent(text):
    parsed = parse_document(text)
    for figure in parsed.figures:
        assert 0 <= figure.char_start < figure.char_end <= len(parsed.text)
        assert parsed.text[figure.char_start:figure.char_end] == figure.raw_text
        assert parsed.text[figure.sentence_start:figure.sentence_start + len(figure.sentence)] == figure.sentence
        assert math.isfinite(figure.value)
        assert figure.component_of is None or 0 <= figure.component_of < len(parsed.figures)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_parser_never_raises_on_any_unicode(text):
    parse_document(text)
