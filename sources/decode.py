"""Bytes of a report file -> text, or a specific reason why it is not a report."""

from __future__ import annotations

import codecs
import re

# Signatures of formats that are certainly not plain-text reports.
_MAGIC = (
    (b"%PDF-", "a PDF file, not text (convert it to text first)"),
    (b"PK\x03\x04", "a zip archive (or an office document), not text"),
    (b"\x1f\x8b", "a gzip archive, not text"),
    (b"\x89PNG", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
    (b"GIF8", "a GIF image, not text"),
    (b"\xd0\xcf\x11\xe0", "a legacy Office document, not text"),
    (b"\x7fELF", "an executable, not text"),
)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Letters that only Vietnamese text written in Windows-1258 decodes to; used to
# tell that legacy code page from mojibake.
_VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ]")


class RejectedDocument(Exception):
    """The bytes are not a report text; ``str(error)`` is the reason to record."""


def decode_report(content: bytes) -> str:
    if not content:
        raise RejectedDocument("empty file")
    for magic, reason in _MAGIC:
        if content.startswith(magic):
            raise RejectedDocument(f"{reason}")
    text = _decode_text(content)
    if not text.strip():
        raise RejectedDocument("file contains only whitespace")
    controls = len(_CONTROL.findall(text))
    if controls > max(3, len(text) // 100):
        raise RejectedDocument(f"binary content: {controls} control characters in {len(text)} characters")
    return text


def _decode_text(content: bytes) -> str:
    if content.startswith(codecs.BOM_UTF8):
        return content[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return content.decode("utf-16", errors="replace")
    if _looks_like_utf16_without_bom(content):
        return content.decode("utf-16-le" if content[1] == 0 else "utf-16-be", errors="replace")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in content:
        raise RejectedDocument("binary content: not valid UTF-8 and contains NUL bytes")
    legacy = content.decode("cp1258", errors="replace")
    if _VIETNAMESE_LETTERS.search(legacy) and legacy.count("\ufffd") <= len(legacy) // 200:
        return legacy
    raise RejectedDocument("not valid UTF-8, UTF-16 or Windows-1258 text")


def _looks_like_utf16_without_bom(content: bytes) -> bool:
    sample = content[:2000]
    if len(sample) < 4:
        return False
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    half = len(sample) // 2
    return max(zeros_even, zeros_odd) > half * 0.3 and min(zeros_even, zeros_odd) < half * 0.05
