"""Sentences, clauses and heading lines of a normalised report text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsing.vocabulary import vocabulary

_CAPITALS = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha())
# A sentence ends at . ! ? or … followed by a space and a capital, at a blank
# line, or at a line break after closing punctuation. Any other line break
# continues the sentence (text wrapped by a mail client or a PDF converter).
_BOUNDARY = re.compile(
    rf"(?<=[.!?…])[ \t]+(?=[\"“‘(\[]?[{_CAPITALS}])"
    r"|\n[ \t]*\n\s*"
    r"|(?<=[.!?…:;\"”])[ \t]*\n\s*"
)
_LAST_WORD = re.compile(r"(\w+)\.$")
_TERMINAL = re.compile(r"[.!?…:;]\W*$")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    is_heading: bool  # a short line with no closing punctuation: a title or caption


def split_sentences(text: str) -> list[Sentence]:
    sentences = []
    start = 0
    abbreviations = vocabulary().abbreviations
    for boundary in _BOUNDARY.finditer(text):
        word = _LAST_WORD.search(text, max(0, boundary.start() - 8), boundary.start())
        if word and word.group(1) in abbreviations and "\n" not in boundary.group(0):
            continue  # "TP. Hồ Chí Minh"
        _add(text, start, boundary.start(), sentences)
        start = boundary.end()
    _add(text, start, len(text), sentences)
    return sentences


def _add(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    chunk = text[start:end]
    line_alone = (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")
    heading = line_alone and len(chunk) < 160 and not _TERMINAL.search(chunk) and "\n" not in chunk
    out.append(Sentence(start, end, heading))
