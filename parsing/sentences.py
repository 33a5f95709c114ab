"""Sentences, clauses and heading lines of a normalised report text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsing.scan import finditer_at, occurrences
from parsing.vocabulary import vocabulary

_CAPITALS = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha())
# A sentence ends at . ! ? or … followed by a space and a capital, at a blank
# line, or at a line break after closing punctuation. Any other line break
# continues the sentence (text wrapped by a mail client or a PDF converter).
_BOUNDARY = re.compile(
    rf"(?<=[.!?…])[ \t]+(?=[\"“‘(\[]?[{_CAPITALS}])"
    # "... 14.500 người. 6 tháng cuối năm, ...": a sentence may open with a count after a word's full stop
    r"|(?<=[^\W\d_][.!?…])[ \t]+(?=\d+[ \t]+[^\W\d_])"
    r"|\n[ \t]*\n\s*"
    r"|(?<=[.!?…:;\"”])[ \t]*\n\s*"
    # "... trong và ngoài nước. |" then a line break: a table cell's border closing the line after the full stop
    r"|(?<=[.!?…])[ \t]+\|[ \t]*\n\s*"
)
_BOUNDARY_AFTER = ".!?…:;\"”"
# A line that opens with a bullet or a list number starts a new sentence ("- Thu ngân sách: ...",
# "2. Thương mại"); a short one with no closing punctuation, followed by a capital, is a heading
# and ends its own sentence.
_LIST_LINE = re.compile(r"(?m)^[ \t]*(?:[-+•*–][ \t]|(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)][ \t])")
_SHORT_LIST_HEADING = re.compile(rf"[^\n]{{0,60}}(?<![.!?…:;,])[ \t]*\n(?=[ \t]*[{_CAPITALS}])")
_BULLET = re.compile(r"[-+•*–][ \t]")  # a list item, not a heading
_LAST_WORD = re.compile(r"(\w+)\.$")
_TERMINAL = re.compile(r"[.!?…:;]\W*$")
# A page's title stands alone on its first line and is run into the next line by a single line break
# ("Cao Bằng đón gần 270.000 lượt du khách\nCập nhật: ..."): a short first line with no closing
# punctuation, the next one opening with a capital (or the "|" of a menu line, a dateline, or the news agency's tag
# that opens a wire story: "(PLVN) - Bà ...", "(Dân trí) - Kỳ nghỉ ..."), is a heading.
# (R59: the page's time, then its date, under the title: "Cụm công nghiệp được lấp đầy 65%\n09:20, 14/03/2019")
_TITLE_LINE = re.compile(rf"[ \t]*[^\n]{{10,150}}(?<![.!?…:;,\-–])[ \t]*\n(?=[ \t]*(?:[{_CAPITALS}|]|\d{{1,2}}/\d{{1,2}}/\d{{4}}"
                         rf"|\d{{1,2}}:\d{{2}}[ \t]*[-–,|]?[ \t]*\d{{1,2}}/\d{{1,2}}/\d{{4}}[ \t]*\n"
                         rf"|\([^()\n]{{2,25}}\)[ \t]*[-–—]))")

# A title run into the lead on the page's first line, the outlet's tag between them ("Du lịch ... đón 282 nghìn lượt
# khách dịp lễ 30/4 - 1/5 (QNO) - Thông tin từ Sở ..."): the words before the tag are the title (B61, B73).
_TITLE_BEFORE_TAG = re.compile(rf"[ \t]*[^\n]{{10,200}}?(?<![.!?…:;,\s])(?=[ \t]+\([^()\d\n]{{2,24}}\)[ \t]*[-–—][ \t]*[{_CAPITALS}])")
_TITLE_WORDS = re.compile(r"[^\W\d_]{2,}")
_MIN_TITLE_WORDS = 4  # "date 2020-05 (QNO) - ...": a date stamp before the tag is no title

# A section's label in capitals on the first line, above the title ("KINH TẾ\nDu lịch Hà Giang đón ..."): a line
# of its own.
_KICKER = re.compile(rf"[ \t]*[{_CAPITALS}][{_CAPITALS} \t,&/-]{{1,40}}(?<![ \t])[ \t]*\n(?=[ \t]*[{_CAPITALS}])")

# A page's date and time on a line of its own above the title ("Thứ Sáu, 29/01/2016 19:52 (GMT+7)"): the title is
# the line after it.
_OPENING_DATELINE = re.compile(r"[ \t]*(?:(?:Thứ\s+\w+|Chủ\s+nhật)\s*,?\s*)?\d{1,2}/\d{1,2}/\d{4}"
                               r"(?:\s*[-–,|]?\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*\(?GMT\s*\+\s*7\)?)?[ \t]*\n", re.I)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    is_heading: bool  # a short line with no closing punctuation: a title or caption


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = 0
    title_end = _title_before_tag(text)
    cuts = _boundaries(text) if title_end is None else sorted([*_boundaries(text), (title_end, title_end)])
    for cut_start, cut_end in cuts:
        if cut_start < start:
            continue
        _add(text, start, cut_start, sentences)
        start = cut_end
    _add(text, start, len(text), sentences)
    if title_end is not None and sentences and sentences[0].end == title_end:
        sentences[0] = Sentence(sentences[0].start, title_end, True)
    return sentences


def _title_before_tag(text: str) -> int | None:
    """Where a title run into the lead on the first line ends, before the outlet's tag; None if the first line has
    no such title."""
    title = _TITLE_BEFORE_TAG.match(text)
    if title is None or len(_TITLE_WORDS.findall(title.group(0))) < _MIN_TITLE_WORDS:
        return None
    return title.end()


def _boundaries(text: str) -> list[tuple[int, int]]:
    abbreviations = vocabulary().abbreviations
    cuts = []
    newlines = occurrences(text, "\n")
    for boundary in finditer_at(_BOUNDARY, text, _boundary_starts(text, newlines)):
        word = _LAST_WORD.search(text, max(0, boundary.start() - 8), boundary.start())
        if word and word.group(1) in abbreviations and "\n" not in boundary.group(0):
            continue  # "TP. Hồ Chí Minh"
        if _wraps_across_a_blank_line(text, boundary.start(), boundary.end()):
            continue
        cuts.append((boundary.start(), boundary.end()))
    opening = _OPENING_DATELINE.match(text)
    if opening:
        cuts.append((opening.end() - 1, opening.end()))  # "Thứ Sáu, 29/01/2016 19:52 (GMT+7)": the title follows
    at = opening.end() if opening else 0
    kicker = _KICKER.match(text, at)
    if kicker:
        cuts.append((kicker.end() - 1, kicker.end()))  # "KINH TẾ" above the title: a section's label
        at = kicker.end()
    title = _TITLE_LINE.match(text, at)
    if title and not _BULLET.match(text.lstrip()) and not _ends_in_scale_word(text[:title.end() - 1]):
        cuts.append((title.end() - 1, title.end()))
    for item in finditer_at(_LIST_LINE, text, _line_starts(newlines)):
        if item.start() > 0:
            cuts.append((item.start(), item.start()))
        heading = _SHORT_LIST_HEADING.match(text, item.end())
        if heading:
            cuts.append((heading.end() - 1, heading.end()))
    return sorted(cuts)


# What a sentence printed double-spaced goes on with after a blank line: a lower-case word, or a percentage.
_GOES_ON = re.compile(r"[^\W\d_]|\d[\d.,]*[ \t]*%")


def _wraps_across_a_blank_line(text: str, start: int, end: int) -> bool:
    """Whether a blank line only wraps a sentence of a page printed double-spaced (a yearbook's prose: "... tăng\n\n
    119,0% về số dự án ...", B41): the line before ends in a lower-case word, the next goes on in lower case or with a
    percentage."""
    if text.count("\n", start, end) < 2 or start == 0 or not text[start - 1].islower():
        return False
    going_on = _GOES_ON.match(text, end)
    return going_on is not None and (going_on.group(0)[0].isdigit() or going_on.group(0).islower())


def _ends_in_scale_word(line: str) -> bool:
    """A first line ending in "2.010 triệu" is prose wrapped before its unit ("USD, ..."), not a title."""
    words = line.split()
    return bool(words) and words[-1].lower() in vocabulary().scales


def _boundary_starts(text: str, newlines: set[int]) -> list[int]:
    """Where a boundary can start (see ``parsing.scan``): at a line break or right after a closing mark."""
    return sorted(newlines | {at + 1 for at in occurrences(text, _BOUNDARY_AFTER)})


def _line_starts(newlines: set[int]) -> list[int]:
    return [0, *sorted(at + 1 for at in newlines)]


def _add(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    chunk = text[start:end]
    # (a line indented by spaces, or with spaces after its end, stands alone too)
    line_alone = not text[text.rfind("\n", 0, start) + 1:start].strip() \
        and not text[end:len(text) if (stop := text.find("\n", end)) < 0 else stop].strip()
    heading = line_alone and len(chunk) < 160 and not _TERMINAL.search(chunk) and not chunk.endswith(",") \
        and "\n" not in chunk \
        and not _BULLET.match(chunk)
    out.append(Sentence(start, end, heading))


# A sentence's end for a quick look around one point, without splitting the whole text (``sentence_around``)
SENTENCE_END = re.compile(r"[.!?](?!\d)|\n")
_SENTENCE_REACH = 600  # characters read either side of a point for its sentence


def sentence_around(text: str, at: int) -> str:
    """The sentence of ``text`` that holds ``at`` (a full stop before a digit separates no sentences), up to
    ``_SENTENCE_REACH`` characters either side."""
    start = max(0, at - _SENTENCE_REACH)
    for end_before in SENTENCE_END.finditer(text, start, at):
        start = end_before.end()
    end = SENTENCE_END.search(text, at, at + _SENTENCE_REACH)
    return text[start:end.start() if end else min(len(text), at + _SENTENCE_REACH)]
