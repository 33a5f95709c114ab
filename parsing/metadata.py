"""What a report is about: its province, the period it covers, when it was published."""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from datetime import date

from parsing.model import DocumentMeta
from parsing.patterns import phrase_alternation
from parsing.scan import finditer_at, starts
from parsing.vocabulary import vocabulary

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_YEAR = r"(?:năm\s+)?(?P<year>(?:19|20)\d\d)"
# The report period, in order of preference. "cuối năm" (the plan for the rest
# of the year) is never the period a report covers.
_PERIODS = [
    ("months", re.compile(rf"(?<!\w)(?P<n>6|sáu|9|chín|3|ba)\s+tháng(?:\s+đầu\s+năm)?\s+{_YEAR}", re.I)),
    ("quarter", re.compile(r"(?<!\w)quý\s+(?P<q>IV|III|II|I|[1-4])(?:\s*(?:năm|/)\s*|\s+)"
                           r"(?P<year>(?:19|20)\d\d)", re.I)),
    ("year", re.compile(r"(?<!\w)(?:cả\s+năm|năm)\s+(?P<year>(?:19|20)\d\d)(?=\s*[,.:;]|\s+(?:ước|đạt|tăng|"
                        r"tổng|kinh tế|toàn tỉnh|tỉnh))", re.I)),
    ("month", re.compile(r"(?<!\w)tháng\s+(?P<m>1[0-2]|0?[1-9])(?:\s+năm\s+|/)(?P<year>(?:19|20)\d\d)", re.I)),
]
# Where each period can start (see ``parsing.scan``); a number of months also at a digit run.
_PERIOD_START_WORDS = {"months": ("sáu", "chín", "ba"), "quarter": ("quý",), "year": ("cả", "năm"),
                       "month": ("tháng",)}
_MONTHS_NO_YEAR = re.compile(r"(?<!\w)(?P<n>6|sáu|9|chín)\s+tháng(?:\s+đầu\s+năm)?(?!\s+(?:năm\s+)?(?:19|20)\d\d)"
                             r"(?!\s+cuối)", re.I)
# A year after these words is the base of a comparison or a plan's horizon, not the report's period.
_NOT_THE_PERIOD = re.compile(r"(?:cuối|cùng kỳ|so với|giai đoạn|đến|kế hoạch)\s*$", re.I)
_PUBLISHED = re.compile(r"^\s*(?:date|ngày đăng|published)[:\s]+(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)(?:-(?P<d>\d\d))?", re.I)
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def document_meta(text: str) -> DocumentMeta:
    published = _published(text)
    label, start, end = _period(text, published)
    return DocumentMeta(title=_title(text), region=_region(text), period_label=label, period_start=start,
                        period_end=end, published_on=published)


def _published(text: str) -> date | None:
    match = _PUBLISHED.match(text)
    if not match:
        return None
    try:
        return date(int(match["y"]), int(match["m"]), int(match["d"] or 1))
    except ValueError:
        return None


def _period(text: str, published: date | None) -> tuple[str | None, date | None, date | None]:
    named = _named_period(text)
    if named:
        kind, match = named
        year = int(match["year"])
        if kind == "months":
            months = {"6": 6, "sáu": 6, "9": 9, "chín": 9, "3": 3, "ba": 3}[match["n"].lower()]
            return match.group(0), date(year, 1, 1), _month_end(year, months)
        if kind == "quarter":
            q = _ROMAN[match["q"].lower()]
            return match.group(0), date(year, 3 * q - 2, 1), _month_end(year, 3 * q)
        if kind == "month":
            month = int(match["m"])
            return match.group(0), date(year, month, 1), _month_end(year, month)
        return match.group(0), date(year, 1, 1), date(year, 12, 31)
    partial = _MONTHS_NO_YEAR.search(text)
    year = published.year if published else None
    if partial and year is None:
        years = _ANY_YEAR.findall(text)
        year = int(max(set(years), key=years.count)) if years else None
    if partial and year:
        months = 6 if partial["n"].lower() in ("6", "sáu") else 9
        return f"{partial.group(0)} {year}", date(year, 1, 1), _month_end(year, months)
    return None, None, None


def _named_period(text: str) -> tuple[str, re.Match] | None:
    """The kind and match of the period named first in ``text``; on a tie, the kind listed first in ``_PERIODS``."""
    earliest = None
    for kind, pattern in _PERIODS:
        candidates = starts(text, _PERIOD_START_WORDS[kind], digits=kind == "months")
        if earliest is not None and candidates is not None:
            candidates = candidates[:bisect_left(candidates, earliest[0])]  # only one named before can win
        for match in finditer_at(pattern, text, candidates):
            if earliest is not None and match.start() >= earliest[0]:
                break
            if "cuối" in text[max(0, match.start() - 12):match.start() + 12].lower() \
                    or _NOT_THE_PERIOD.search(text, max(0, match.start() - 16), match.start()):
                continue
            earliest = (match.start(), kind, match)
            break  # the first of its kind is the earliest of its kind
    return earliest and earliest[1:]


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


_SPELLING_TO_PROVINCE = {s.lower(): name for name, spellings in vocabulary().provinces for s in spellings}
# One pass over the text for every spelling of every province, longest spelling first. A trie, not
# a list of alternatives: the engine then rejects most places after one letter instead of 150 tries.
_PROVINCE = re.compile(rf"(?<!\w){phrase_alternation(_SPELLING_TO_PROVINCE, space=' ')}(?!\w)", re.IGNORECASE)
# Where a province can be named (see ``parsing.scan``): where one of its spellings occurs in the lower-cased text.
# Whole spellings, not their first words: "an", "hà" or "nam" occur a hundred times in a report (inside
# "quan", "năm"), a whole spelling a few times, so the province pattern is tried at a few places, not a hundred.
_PROVINCE_SPELLINGS = tuple(sorted(_SPELLING_TO_PROVINCE))


def _region(text: str) -> str | None:
    """The province named most often; ties go to the one named first."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for match in finditer_at(_PROVINCE, text, _province_starts(text)):
        name = _SPELLING_TO_PROVINCE[match.group(0).lower()]
        counts[name] = counts.get(name, 0) + 1
        first.setdefault(name, match.start())
    if not counts:
        return None
    return max(counts, key=lambda name: (counts[name], -first[name]))


def _province_starts(text: str) -> list[int] | None:
    return starts(text, _PROVINCE_SPELLINGS, digits=False)


def _title(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if _PUBLISHED.match(line):
            line = _PUBLISHED.sub("", line).strip()
        if 10 <= len(line) <= 200 and not line.endswith((".", ";", ",")):
            return line
        return None
    return None
