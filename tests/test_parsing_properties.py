"""The parser never raises, and its spans always point into the text it returns."""

import math
import unicodedata

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


# Report sentences, each with what it must yield; the text forms below must not change it.
SENTENCES = [
    "Tổng kim ngạch xuất nhập khẩu ước 2.010 triệu USD, đạt 65,26% kế hoạch, tăng 44,6% so với cùng kỳ, "
    "trong đó xuất khẩu 690 triệu USD, đạt 51,49% kế hoạch.",
    "Tổng thu ngân sách đạt 3.042,3 tỷ đồng, bằng 28,4% dự toán Trung ương giao, bằng 19,2% dự toán tỉnh giao.",
    "Dự ước trong 6 tháng đầu năm thu hút 1.091,9 nghìn lượt khách du lịch, bằng 93% cùng kỳ.",
    "Tổng đàn trâu đạt 28.400 con, giảm 520 con (bằng 1,8%); có hơn 8.000 người và 100% cơ sở y tế.",
    "Thu nhập bình quân đầu người đạt 6,5 triệu đồng/người/tháng; GRDP ước tăng 6,72% so với cùng kỳ.",
]


def _signature(text: str):
    return [(f.raw_text.split(), f.kind, f.value, f.value_high, f.unit, f.qualifier, f.pct_of_plan, f.plan_basis,
             f.pct_of_plan_alt, f.yoy_change_pct, f.change_abs, f.component_of, f.indicator)
            for f in parse_document(text).figures]


def _decompose(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _nbsp(text: str, picks: list[bool]) -> str:
    spaces = iter(picks * (len(text) // max(1, len(picks)) + 1))
    return "".join("\u00a0" if c == " " and next(spaces) else c for c in text)


def _entities(text: str, picks: list[bool]) -> str:
    choices = iter(picks * (len(text) // max(1, len(picks)) + 1))
    out = []
    for c in text:
        if c in "%&" or (not c.isascii() and next(choices)):
            out.append(f"&#{ord(c)};")
        elif c == " " and next(choices):
            out.append("&nbsp;")
        else:
            out.append(c)
    return "".join(out)


def _wrap(text: str, picks: list[bool]) -> str:
    """Hard-wrap some spaces, as a mail client or PDF converter does (never after closing punctuation).

    The first break never comes before a capital: a first line followed by a line opening with a capital is a
    page's title (parsing/sentences.py), and a text wrapped there ("... dự toán\nTrung ương giao") is truly
    ambiguous, so it is no case of a form that must not change the figures.
    """
    choices = iter(picks * (len(text) // max(1, len(picks)) + 1))
    out = []
    for i, c in enumerate(text):
        first_break_before_capital = "\n" not in out and text[i + 1:i + 2].isupper()
        if c == " " and i and text[i - 1] not in ".;:!?" and not first_break_before_capital and next(choices):
            out.append("\n")
        else:
            out.append(c)
    return "".join(out)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(SENTENCES), st.lists(st.booleans(), min_size=1, max_size=12),
       st.sampled_from(["nfd", "nbsp", "entities", "wrap", "all"]))
def test_text_form_does_not_change_the_figures(sentence, picks, form):
    variant = {
        "nfd": lambda t: _decompose(t),
        "nbsp": lambda t: _nbsp(t, picks),
        "entities": lambda t: _entities(t, picks),
        "wrap": lambda t: _wrap(t, picks),
        "all": lambda t: _wrap(_nbsp(_decompose(t), picks), picks[::-1]),
    }[form](sentence)
    assert _signature(variant) == _signature(sentence)
    parsed = parse_document(variant)
    for figure in parsed.figures:
        assert parsed.text[figure.char_start:figure.char_end] == figure.raw_text
