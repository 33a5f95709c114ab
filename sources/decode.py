"""Bytes of a report file -> text, or a specific reason why it is not a report.

Encodings are detected deliberately, in this order: a byte-order mark (UTF-8,
UTF-16, UTF-32), UTF-16 without one (NUL bytes in every other position), strict
UTF-8, UTF-8 with a few damaged bytes, then the legacy Vietnamese code page
Windows-1258 when the result reads as Vietnamese. Whatever fits nothing is
rejected with the reason. The text returned is in NFC; an HTML page saved as
``.txt`` is reduced to its text.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from html.parser import HTMLParser

# Signatures of formats that are certainly not plain-text reports.
_MAGIC = (
    (b"%PDF-", "a PDF document, not text (convert it to text first)"),
    (b"PK\x03\x04", "a zip archive (or an office document), not text"),
    (b"PK\x05\x06", "an empty zip archive, not text"),
    (b"\x1f\x8b", "a gzip archive, not text"),
    (b"\x89PNG", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
    (b"GIF8", "a GIF image, not text"),
    (b"\xd0\xcf\x11\xe0", "a legacy Office document, not text"),
    (b"{\\rtf", "an RTF document, not text (save it as plain text)"),
    (b"\x7fELF", "an executable, not text"),
)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Letters that only Vietnamese text written in Windows-1258 decodes to; used to
# tell that legacy code page from mojibake.
_VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ]")
_HTML_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body|p|div|br|table|article)\b", re.I)


class RejectedDocument(Exception):
    """The bytes are not a report text; ``str(error)`` is the reason to record."""


def decode_report(content: bytes) -> str:
    if not content:
        raise RejectedDocument("empty file")
    for magic, reason in _MAGIC:
        if content.startswith(magic):
            raise RejectedDocument(reason)
    text = _decode_text(content)
    if not text.strip():
        raise RejectedDocument("file contains only whitespace")
    controls = len(_CONTROL.findall(text))
    if controls > max(3, len(text) // 100):
        raise RejectedDocument(f"binary content: {controls} control characters in {len(text)} characters")
    text = unicodedata.normalize("NFC", text)
    if looks_like_html(text):
        text = html_to_text(text)
        if not text.strip():
            raise RejectedDocument("an HTML page without any text")
    return text


def _decode_text(content: bytes) -> str:
    if content.startswith(codecs.BOM_UTF8):
        return content[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    if content.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return content.decode("utf-32", errors="replace")
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
    lenient = content.decode("utf-8", errors="replace")
    if _mostly_valid_utf8(lenient):
        return lenient
    legacy = content.decode("cp1258", errors="replace")
    if _VIETNAMESE_LETTERS.search(legacy) and legacy.count("\ufffd") <= len(legacy) // 200:
        return legacy
    raise RejectedDocument("not valid UTF-8, UTF-16 or Windows-1258 text (another legacy encoding such as "
                           "TCVN3 or VNI? save it as UTF-8)")


def _mostly_valid_utf8(lenient: str) -> bool:
    """A UTF-8 text with a few damaged bytes (a cut download, a bad copy): keep it.

    Windows-1258 bytes almost never form valid UTF-8 sequences, so a text whose
    non-ASCII letters decode as UTF-8 all but a few times is UTF-8.
    """
    damaged = lenient.count("\ufffd")
    letters = sum(1 for char in lenient if char > "\x7f") - damaged
    return letters >= 20 and damaged * 50 <= letters


def _looks_like_utf16_without_bom(content: bytes) -> bool:
    sample = content[:2000]
    if len(sample) < 4:
        return False
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    half = len(sample) // 2
    return max(zeros_even, zeros_odd) > half * 0.3 and min(zeros_even, zeros_odd) < half * 0.05


def looks_like_html(text: str) -> bool:
    """An HTML page saved as text: starts with a tag and has the tags of a page."""
    return text.lstrip().startswith("<") and _HTML_TAG.search(text[:4096]) is not None


# Minimal on purpose: pages from feeds get real article extraction elsewhere;
# here a page saved by hand only needs its visible text, one block per line.
_SKIPPED = {"script", "style", "noscript", "template", "svg", "head"}
_BLOCKS = {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
           "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
           "pre", "section", "table", "td", "th", "title", "tr", "ul"}


class _TextOfPage(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True
        elif tag == "body":  # a page that never closed its <head>
            self.skipping = 0
        elif tag in _SKIPPED:
            self.skipping += 1
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        elif tag in _SKIPPED and self.skipping:
            self.skipping -= 1
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title or not self.skipping:
            self.parts.append(data)


def html_to_text(page: str) -> str:
    """The visible text of an HTML page: blocks on their own lines, scripts and styles dropped."""
    parser = _TextOfPage()
    parser.feed(page)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)
