"""Regex matches found by trying a pattern only where a match can start.

Python's regex engine skips ahead quickly only when a pattern opens with a
fixed, case-less character. Ours open with a lookbehind (``(?<!\\w)``) or a
case-insensitive word, so ``finditer`` tries the pattern at every character
of the text: that was most of the parser's time. A pattern that can only
start at a digit run or at one of a few words finds exactly the same matches
when it is tried at those places alone, left to right, skipping places inside
the previous match: each try sees the whole text on both sides, as it does
inside ``finditer``. Digit runs are found by a pattern the engine does skip
ahead for, words by ``str.find``, both in C.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator

_DIGIT_RUN = re.compile(r"\d+")
# Letters that re.IGNORECASE equates with a letter of our words but str.lower() does not map to it.
_FOLD = {"ı": "i", "ſ": "s"}


def starts(text: str, words: Iterable[str], digits: bool) -> list[int] | None:
    """Every place a word (lower case) or, if ``digits``, a run of digits starts, in order.

    None when lower-casing changes the text's length ("İ"): positions would not line up.
    """
    lowered = text.lower()
    for odd, plain in _FOLD.items():
        if odd in lowered:  # str.translate would cost more than the whole scan
            lowered = lowered.replace(odd, plain)
    if len(lowered) != len(text):
        return None
    found = {m.start() for m in _DIGIT_RUN.finditer(text)} if digits else set()
    for word in words:
        at = lowered.find(word)
        while at >= 0:
            found.add(at)
            at = lowered.find(word, at + 1)
    return sorted(found)


def within(candidates: list[int] | None, start: int, end: int) -> list[int] | None:
    """The candidates in ``text[start:end]``, as positions in that slice. The slice's first place
    is always one: a digit run cut by the slice starts there."""
    if candidates is None:
        return None
    return [0, *(c - start for c in candidates[bisect_left(candidates, start + 1):bisect_left(candidates, end)])]


def finditer_at(pattern: re.Pattern, text: str, candidates: list[int] | None) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern that never matches the empty string and can only
    start at one of ``candidates`` (sorted positions in ``text``, from ``starts``; None: anywhere)."""
    if candidates is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for start in candidates:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None:
            end = match.end()
            yield match
