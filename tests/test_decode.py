import codecs
import unicodedata

import pytest

from sources.decode import RejectedDocument, decode_report

TEXT = "Tổng thu ngân sách đạt 3.042,3 tỷ đồng, đạt 49,5% dự toán."
TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_windows_1258(text: str) -> bytes:
    """Windows-1258 has the vowel shapes (â, ơ, ...) precomposed but tones as combining marks."""
    out = []
    for char in text:
        marks = unicodedata.normalize("NFD", char)
        tones = "".join(m for m in marks[1:] if m in TONE_MARKS)
        shape = unicodedata.normalize("NFC", marks[0] + "".join(m for m in marks[1:] if m not in TONE_MARKS))
        out.append(shape + tones)
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize("content", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),
    TEXT.encode("utf-16-le"),
    to_windows_1258(TEXT),
], ids=["utf8", "utf8-bom", "utf16-bom", "utf16le-no-bom", "windows-1258"])
def test_report_encodings_decode_to_the_same_letters(content):
    assert unicodedata.normalize("NFC", decode_report(content)) == TEXT


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b"  \n\t \r\n", "only whitespace"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"PK\x03\x04\x14\x00\x00\x00", "zip archive"),
    (bytes(range(256)) * 4, "binary content"),
])
def test_non_text_is_rejected_with_a_specific_reason(content, reason):
    with pytest.raises(RejectedDocument, match=reason):
        decode_report(content)
