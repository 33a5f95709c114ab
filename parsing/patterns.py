"""Regex alternations of many phrases, built as a trie so that matching stays fast.

A plain alternation of a few hundred phrases makes the regex engine try every
phrase at every position; a trie shares prefixes ("thu ngân sách", "thu nội
địa", ...), so a position that cannot start any phrase fails after one
character. The longest phrase wins, as in a longest-first alternation, and a
space inside a phrase matches any run of whitespace (a wrapped line too).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_END = ""  # marks the end of a phrase in the trie

# Every capital and every small letter of Vietnamese text, for character classes that must tell case apart ("[UPPER]"
# opens a name) where a pattern is otherwise read ignoring case.
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1F00)) if c.isalpha() and c.isupper())
LOWER = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x1F00)) if c.isalpha() and c.islower())


def phrase_alternation(phrases: Iterable[str], space: str = r"\s+") -> str:
    """A non-capturing regex matching any of ``phrases`` (match with re.IGNORECASE), longest first.

    ``space`` is what a space in a phrase matches: any run of whitespace unless told otherwise.
    """
    trie: dict[str, Any] = {}  # token -> the trie of what follows it
    for phrase in {p.lower() for p in phrases if p}:
        node = trie
        for token in _tokens(phrase):
            node = node.setdefault(token, {})
        node[_END] = {}
    return _pattern(trie, space) if trie else r"(?!)"


def first_words(phrases: Iterable[str]) -> frozenset[str]:
    """The words (lower case, each way they may be spelled) a match of ``phrase_alternation(phrases)`` opens with:
    the places ``parsing.scan.starts`` needs to try it at."""
    words = set()
    for phrase in phrases:
        if phrase.split():
            word = phrase.split()[0].lower()
            words.add(word)
            for letter, either in _SPELLED_EITHER_WAY.items():
                words.update(word.replace(letter, other) for other in either.strip("[]") if letter in word)
    return frozenset(words)


def _tokens(phrase: str) -> list[str]:
    tokens: list[str] = []
    for char in phrase:
        if char.isspace():
            if tokens and tokens[-1] == " ":
                continue
            tokens.append(" ")
        else:
            tokens.append(char)
    return tokens


# Letters written either way in one word, "kỳ" and "kì" ("cùng kì năm trước"): a phrase's letter matches both
_SPELLED_EITHER_WAY = {"ỳ": "[ỳì]"}


def _pattern(node: dict[str, Any], space: str) -> str:
    branches = [(space if token == " " else _SPELLED_EITHER_WAY.get(token) or re.escape(token)) + _pattern(child, space)
                for token, child in sorted(node.items()) if token != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if _END in node else body
