"""Table rows whose numbers group thousands with a space, as some statistical yearbooks print them.

"Diện tích (ha) 4 352 2 226 84 1132" holds four cells (4.352, 2.226, 84 and 1.132 hectares), not six. A text
groups so when one of its rows shows a group no cell can be on its own: three digits led by a zero after a
number ("3 054", "18 010"). Each of its rows then gets the cells of the one way to split its numbers into as
many cells as a row the text prints unambiguously holds (decimals and empty cells cannot take groups); a
split into numbers of at most one group is preferred, as yearbook cells under a million are. A row that can be
split more than one way gives no cells at all: "6 146 3 054 45 811" is 6.146, 3.054, 45 and 811, or 6, 146,
3.054 and 45.811, and only the crops' yields tell which.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

# A group no cell can be alone: three digits led by a zero, right after a number and a space
_SURE_GROUP = re.compile(r"(?<![\d.,])\d{1,3} 0\d\d(?![\d.,])")
# The numbers (and empty cells) closing a line, after its label
_ROW_CELLS = re.compile(r"(?:(?<=\s)|^)(?:(?:\d[\d.,]*|-|–)[ \t]+)*(?:\d[\d.,]*)[ \t]*$")
_HEAD = re.compile(r"\d{1,3}")
# Tokens in a row beyond which its splits are not counted: a yearbook's row holds a few columns, and the splits of a
# longer run of numbers grow too fast to count (it is read as unsure)
_LONGEST_ROW = 24
_GROUP = re.compile(r"\d{3}")


def regrouped(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with the space between a number and its thousands' groups turned into a dot in every row read one
    way, every offset kept; and the spans of the rows read more than one way, blanked in the text returned (no cell
    of theirs is sure). ``text`` itself where no row groups so."""
    if _SURE_GROUP.search(text) is None:
        return text, []  # (most texts: no row to read at all)
    lines = list(_table_rows(text))
    if not any(_SURE_GROUP.search(text, start, end) for start, end, _ in lines):
        return text, []
    widths = {len(tokens) for _, _, tokens in lines if not _mergeable(tokens)}
    chars, unsure = list(text), []
    for start, end, tokens in lines:
        if not _mergeable(tokens):
            continue
        split = _one_split(tokens, widths) if len(tokens) <= _LONGEST_ROW else None
        if split is None:
            for at, token in tokens:
                chars[at:at + len(token)] = " " * len(token)
            unsure.append((start, end))
            continue
        for cell in split:
            for at, _ in cell[1:]:
                chars[at - 1] = "."  # the space before a group
    return "".join(chars), unsure


def _table_rows(text: str) -> Iterator[tuple[int, int, list[tuple[int, str]]]]:
    """(start, end, cells) of every line closing in two numbers or more: each cell's offset and token."""
    for line in re.finditer(r"[^\n]+", text):
        cells = _ROW_CELLS.search(line.group(0))
        if cells is None:
            continue
        tokens = [(line.start() + cells.start() + m.start(), m.group(0)) for m in re.finditer(r"\S+", cells.group(0))]
        if len(tokens) >= 2:
            yield line.start(), line.end(), tokens


def _mergeable(tokens: list[tuple[int, str]]) -> bool:
    """Whether a token of three digits follows a whole number of at most three: the two may be one number."""
    return any(_HEAD.fullmatch(a) and _GROUP.fullmatch(b) for (_, a), (_, b) in zip(tokens, tokens[1:]))


def _one_split(tokens: list[tuple[int, str]], widths: set[int]) -> list[list[tuple[int, str]]] | None:
    """The one split of ``tokens`` into as many cells as one of ``widths``, numbers of one group at most first;
    None if there is none or more than one."""
    for most_groups in (1, len(tokens)):
        # (two splits are enough to know there is more than one)
        found = list(islice((split for width in widths for split in _splits(tokens, width, most_groups)), 2))
        if len(found) == 1:
            return found[0]
        if found:
            return None
    return None


def _splits(tokens: list[tuple[int, str]], cells: int, most_groups: int) -> Iterator[list[list[tuple[int, str]]]]:
    """Every split of ``tokens`` into ``cells`` numbers, each a head of at most three digits (or any other token
    alone) and up to ``most_groups`` groups of three digits; a group led by a zero never heads a number."""
    if not tokens:
        if cells == 0:
            yield []
        return
    if cells == 0 or _GROUP.fullmatch(tokens[0][1]) and tokens[0][1].startswith("0"):
        return
    longest = 1 + (most_groups if _HEAD.fullmatch(tokens[0][1]) else 0)
    for size in range(1, min(longest, len(tokens)) + 1):
        if size > 1 and not _GROUP.fullmatch(tokens[size - 1][1]):
            break
        for rest in _splits(tokens[size:], cells - 1, most_groups):
            yield [tokens[:size], *rest]
