"""Regex matches found by trying a pattern only where a match can start.

Python's regex engine skips ahead quickly only when a pattern opens with a
fixed, case-less character. Ours open with a lookbehind (``(?<!\\w)``) or a
case-insensitive word, so ``finditer`` tries the pattern at every character
of the text: that was most of the parser's time. A pattern that can only
start at a digit run, at one of a few words or right after one of a few
characters finds exactly the same matches when it is tried at those places
alone, left to right, skipping places inside the previous match: each try
sees the whole text on both sides, as it does inside ``finditer``. Digit runs
are found by a pattern the engine does skip ahead for, words and characters
by ``str.find``, all in C.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator
from functools import cache, lru_cache

from parsing.patterns import phrase_alternation

# "\d\d*", not "\d+": the engine skips ahead only for a pattern that opens with a character set, and a
# repeat does not count as one, so this finds the same runs faster.
_DIGIT_RUN = re.compile(r"\d\d*")
# Letters that re.IGNORECASE equates with a letter of our words but str.lower() does not map to it.
_FOLD = {"ı": "i", "ſ": "s"}


def starts(text: str, words: Collection[str], digits: bool) -> list[int] | None:
    """Every place a word (lower case) or, if ``digits``, a run of digits starts, in order.

    None when lower-casing changes the text's length ("İ"): positions would not line up.
    """
    lowered = _lowered(text)
    if lowered is None:
        return None
    found = occurrences(lowered, words) if len(words) < _MANY_WORDS else _trie_occurrences(lowered, tuple(words))
    if digits:
        found.update(_digit_run_starts(text))
    return sorted(found)


def occurrences(text: str, needles: Iterable[str]) -> set[int]:
    """Every place one of ``needles`` occurs in ``text`` (overlapping ones too)."""
    found = set()
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            found.add(at)
            at = text.find(needle, at + 1)
    return found


# Each str.find reads the whole text: past this many words one trie regex (a case-sensitive one,
# which the engine skips ahead for) finds them all sooner.
_MANY_WORDS = 20


def _trie_occurrences(text: str, words: tuple[str, ...]) -> set[int]:
    """``occurrences(text, words)``, by one regex: searching again from the place after each find
    keeps the finds that overlap."""
    pattern = _trie(words)
    found = set()
    match = pattern.search(text)
    while match is not None:
        found.add(match.start())
        match = pattern.search(text, match.start() + 1)
    return found


@cache
def _trie(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(phrase_alternation(words))


# The metadata and the figures of a document scan the same text: lower-case it and find its digit
# runs once (each costs about as much as a third of the province scan).
@lru_cache(maxsize=2)
def _lowered(text: str) -> str | None:
    return lower_case(text)


def lower_case(text: str) -> str | None:
    """``text`` as re.IGNORECASE compares it with lower-case words, place for place; None when
    lower-casing changes its length ("İ")."""
    lowered = text.lower()
    for odd, plain in _FOLD.items():
        if odd in lowered:  # str.translate would cost more than the whole scan
            lowered = lowered.replace(odd, plain)
    return lowered if len(lowered) == len(text) else None


@lru_cache(maxsize=2)
def _digit_run_starts(text: str) -> tuple[int, ...]:
    return tuple(m.start() for m in _DIGIT_RUN.finditer(text))


def within(candidates: list[int] | None, text: str, start: int, end: int) -> list[int] | None:
    """The candidates in ``text[start:end]``, as positions in that slice, and the slice's first place
    if the slice cuts a run of digits: the rest of the run starts there."""
    if candidates is None:
        return None
    inside = [c - start for c in candidates[bisect_left(candidates, start):bisect_left(candidates, end)]]
    cuts_digits = 0 < start < end and text[start - 1].isdecimal() and text[start].isdecimal()  # \d is isdecimal
    if cuts_digits and (not inside or inside[0] != 0):
        inside.insert(0, 0)
    return inside


def finditer_at(pattern: re.Pattern[str], text: str, candidates: list[int] | None) -> Iterator[re.Match[str]]:
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
