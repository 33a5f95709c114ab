"""Holiday periods: the days a report about a public holiday covers.

A holiday is what a report is about when it is named after a holiday word ("dịp Tết Nguyên đán Giáp Thìn
2024", "5 ngày nghỉ lễ 30/4", "kỳ nghỉ lễ đặc biệt ... và Quốc khánh 2/9"); "Sau Tết cổ truyền" or "trùng
với thời điểm Tết" only place a text in time. The holiday of last year ("Kỳ nghỉ lễ 2/9 năm ngoái") is a
comparison and is skipped. An unnamed holiday ("3 ngày nghỉ lễ (từ ngày 31-8 đến ngày 2-9)") is the days
its text gives in the sentences after it.

A range of days followed by the lunar days of Tết in parentheses ("từ ngày 18 đến 20/2 (mùng 2 đến mùng 4
Tết)") is a Tết report of those days, holiday word or not; "kỳ nghỉ lễ (30/4)" names the holiday in parentheses.

Its days: the first range of days the text gives for it (not one right after "lễ" or "dịp": "Lễ 30/4 – 1/5"
names the holiday) ("từ 29/4 đến 3/5", "(từ ngày 30-4 - 03-5)",
"từ ngày 01 - 04/9/2022") that lies within a week of the holiday's official days, after its name, else
before it ("trong 4 ngày (từ 31/8 đến 4/9) ... trong 4 ngày nghỉ lễ 2/9"); else the official days
off of that year (``vocab/holiday_days.tsv``); a year not listed there gives none.

Its year, first found: written with it ("Tết Giáp Thìn 2024", "2/9/2025", "Tết Ất Tỵ": the year of that
name in the sixty-year cycle), written in its range of days, then the caller's (the publication date's,
else the year the text names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from parsing.patterns import phrase_alternation
from parsing.scan import finditer_at, starts
from parsing.vocabulary import _rows

_YEAR = r"(?:19|20)\d\d"
# The heavenly stems and earthly branches naming a lunar year: the year Y is STEMS[Y % 10] BRANCHES[Y % 12]
# ("Giáp Thìn" is 2024). Calendar arithmetic, not vocabulary.
_STEMS = ("canh", "tân", "nhâm", "quý", "giáp", "ất", "bính", "đinh", "mậu", "kỷ")
_BRANCHES = ("thân", "dậu", "tuất", "hợi", "tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi")
_BRANCH_SPELLINGS = {"mẹo": "mão", "tị": "tỵ", "tí": "tý"}
_CYCLE = rf"(?P<stem>{'|'.join(_STEMS)})\s+(?P<branch>{'|'.join((*_BRANCHES, *_BRANCH_SPELLINGS))})"
_NEAR_OFFICIAL_DAYS = timedelta(days=7)
# An unnamed holiday's days are given right after it, else (when no named holiday has days) within the sentences
# after it ("trong bốn ngày nghỉ lễ Kiên Giang đã đón ... Cụ thể, ..., tính từ ngày 30-4 đến ngày 3-5, ...").
_UNNAMED_DAYS_WITHIN = 300
_LONGEST_HOLIDAY = timedelta(days=16)


@dataclass(frozen=True, slots=True)
class HolidayPeriod:
    label: str
    start: date
    end: date
    at: int  # where the text names it


@cache
def _spellings() -> dict[str, str]:
    found = {}
    for row in _rows("holidays.tsv"):
        key, *spellings = [cell.strip() for cell in row]
        found.update({s.lower(): key for s in spellings if s})
    return found


@cache
def official_days() -> dict[tuple[str, int], tuple[date, date]]:
    """(holiday key, year) -> its first and last day off."""
    days = {}
    for row in _rows("holiday_days.tsv"):
        key, year, first, last = [cell.strip() for cell in row][:4]
        days[(key, int(year))] = (date.fromisoformat(first), date.fromisoformat(last))
    return days


@cache
def lunar_new_years() -> dict[int, date]:
    """Year -> the first day of its lunar year (``vocab/lunar_new_year.tsv``)."""
    return {int(row[0]): date.fromisoformat(row[1].strip()) for row in _rows("lunar_new_year.tsv")}


# The days of Tết given only as lunar days, right after the holiday: "4 ngày Tết (từ 30 đến hết ngày mùng 3)",
# "Tết (từ mùng 1 đến mùng 5)" (P20). "30" (or "giao thừa") is the lunar year's last day; "28", "29" are left, the
# last month having 29 or 30 days.
# A lunar day's number may be spelled ("Từ ngày mùng một đến chiều ngày mùng 3 Tết", P24).
_LUNAR_DAY = r"(?:[1-9]|10|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?!\w)"
_LUNAR_RANGE = re.compile(rf"\s*\(?\s*(?:tức\s+)?(?:từ\s+)?(?:ngày\s+)?(?P<first>30|giao\s+thừa|(?:mùng|mồng)\s+(?P<a>{_LUNAR_DAY}))"
                          r"(?:\s+Tết)?\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:(?:sáng|chiều|tối)\s+)?(?:ngày\s+)?(?:mùng|mồng)\s+"
                          rf"(?P<b>{_LUNAR_DAY})", re.IGNORECASE)



def _lunar_days(text: str, at: int, year: int) -> tuple[date, date] | None:
    """The days of Tết of ``year`` given as lunar days right after ``at`` (``_LUNAR_RANGE``); None if none or the
    year's Tết is not listed."""
    found, new_year = _LUNAR_RANGE.match(text, at), lunar_new_years().get(year)
    if found is None or new_year is None:
        return None
    first = new_year + timedelta(days=_lunar_day_number(found["a"]) - 1) if found["a"] else new_year - timedelta(days=1)
    last = new_year + timedelta(days=_lunar_day_number(found["b"]) - 1)
    return (first, last) if first <= last else None


def _lunar_day_number(written: str) -> int:
    return int(written) if written.isdigit() else {"một": 1, "mười": 10, **_COUNT_WORDS}[written.lower()]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = phrase_alternation(_spellings())
    year_after = rf"(?:\s+(?:Nguyên\s+đán\s+)?{_CYCLE})?(?:\s*[/.-]\s*(?P<year>{_YEAR})|\s+(?:năm\s+)?(?P<year2>{_YEAR}))?"
    # "dịp Tết", "kỳ nghỉ lễ 30/4", "ngày nghỉ Lễ Quốc khánh": the name right after the holiday word
    # ("Dịp kỷ niệm Quốc khánh 2/9": the holiday's celebration)
    direct = re.compile(rf"(?<!\w)(?:dịp|kỳ\s+nghỉ|kì\s+nghỉ|ngày\s+nghỉ|đợt\s+nghỉ|nghỉ)(?:\s+(?:nghỉ\s+)?lễ)?"
                        rf"(?:\s+(?:kỷ|kỉ)\s+niệm)?"
                        rf"(?:\s+(?:và\s+)?ngày)?\s+\(?(?P<name>{names}){year_after}(?!\w)", re.IGNORECASE)
    # "Kỳ nghỉ lễ đặc biệt chào mừng ... và Quốc khánh 2/9": the holiday's name later in the clause
    later = re.compile(rf"(?<!\w)(?:kỳ|kì|đợt)\s+nghỉ\s+lễ\s[^.;!?\n(]{{0,90}}?\s(?P<name>{names}){year_after}(?!\w)",
                       re.IGNORECASE)
    return direct, later


# "ngày 4, 5 Tết Canh Tý 2020", "những ngày Tết Giáp Thìn", "mùng 2 Tết Quý Mão": days of Tết named with its lunar
# year are that year's holiday, without a holiday word before them ("Tết Ất Tỵ diễn ra trong tháng 1" only
# places a text in time).
_TET_OF_A_YEAR = re.compile(rf"(?<!\w)(?:ngày|mùng|mồng)(?:\s+\d{{1,2}}(?:\s*,\s*\d{{1,2}})*)?\s+(?P<name>Tết)"
                            rf"(?:\s+Nguyên\s+đán)?\s+{_CYCLE}(?:\s+(?:năm\s+)?(?P<year2>{_YEAR}))?(?!\w)",
                            re.IGNORECASE)
# "Những ngày đầu xuân Bính Ngọ 2026", "dịp đầu xuân Giáp Thìn": the first days of the spring of a lunar year are its Tết
_SPRING_OF_A_YEAR = re.compile(rf"(?<!\w)(?:ngày|dịp)\s+đầu\s+(?P<name>xuân)\s+{_CYCLE}(?:\s+(?:năm\s+)?(?P<year2>{_YEAR}))?"
                               rf"(?!\w)", re.IGNORECASE)
# "trong 7 ngày Tết Nguyên đán": a count of the days of Tết is that holiday too
_DAYS_OF_TET = re.compile(rf"(?<!\w)\d{{1,2}}\s+ngày\s+(?P<name>Tết)(?:\s+Nguyên\s+đán)?(?:\s+{_CYCLE})?"
                          rf"(?:\s+(?:năm\s+)?(?P<year2>{_YEAR}))?(?!\w)", re.IGNORECASE)


# One day of Tết opening a report: "Thị trường ngày mùng 4 Tết Bính Ngọ ...", "nhu cầu mua sắm trong ngày mùng 4 tết"
# (a market report of that day, B66). Not a day that ends or opens a range ("từ mùng 1 đến mùng 3 Tết", "mùng 2,
# mùng 3 Tết"); "29 Tết" is left, the last lunar month having 29 or 30 days.
_ONE_DAY_OF_TET = re.compile(rf"(?<!\w)(?:ngày\s+)?(?:mùng|mồng)\s+(?P<day>{_LUNAR_DAY})\s+(?P<name>Tết)(?:\s+Nguyên\s+đán)?"
                             rf"(?:\s+{_CYCLE})?(?:\s+(?:năm\s+)?(?P<year2>{_YEAR}))?(?!\w)(?!\s*(?:đến|tới|-|–|,|và)\s)",
                             re.IGNORECASE)
_RANGE_BEFORE_A_DAY = re.compile(r"(?:(?<!\w)(?:từ|đến|tới|và)|[-–,])\s+(?:(?:sáng|chiều|tối|hết)\s+)?(?:ngày\s+)?$",
                                 re.IGNORECASE)
# the opening a day of Tết must stand in to be the report's day
_ONE_DAY_OPENING = 240


def _one_day_of_tet(text: str, year: int | None) -> HolidayPeriod | None:
    """The one day of Tết (``_ONE_DAY_OF_TET``) the opening of ``text`` names first, or None."""
    match = _ONE_DAY_OF_TET.search(text, 0, _ONE_DAY_OPENING + 40)
    if match is None or match.start() > _ONE_DAY_OPENING \
            or _RANGE_BEFORE_A_DAY.search(text, max(0, match.start() - 20), match.start()):
        return None
    written = match["year2"]
    holiday_year = int(written) if written else _cycle_year(match.groupdict()) or year
    new_year = lunar_new_years().get(holiday_year) if holiday_year else None
    if new_year is None:
        return None
    day = new_year + timedelta(days=_lunar_day_number(match["day"]) - 1)
    label = " ".join(match.group(0).split())
    return HolidayPeriod(label if str(holiday_year) in label else f"{label} {holiday_year}", day, day, match.start())


# "từ ngày 18 đến 20/2 (mùng 2 đến mùng 4 Tết)", "từ 26/1-1/2/2017 (tức 29 tháng Chạp đến mùng 5 Tết)": days of
# Tết given with their lunar days, without a holiday word before them; the range is the report's days.
_TET_RANGE_AFTER = re.compile(r"\s*\((?:tức\s+)?(?:ngày\s+)?(?:\d{1,2}|mùng|mồng)[^()\n]{0,40}?(?<!\w)Tết\s*\)",
                              re.IGNORECASE)


_HOLIDAY_WORD = re.compile(r"nghỉ|dịp|tết|đầu\s+xuân|ngày\s+lễ", re.IGNORECASE)
_HOLIDAY_WORD_STARTS = ("nghỉ", "dịp", "tết", "đầu", "ngày")
# ("trong bốn ngày lễ (từ ngày 30-4 đến ngày 3-5)": the days counted, then given, B60)
_UNNAMED = re.compile(r"(?<!\w)(?:(?:kỳ|kì|ngày|đợt|dịp)\s+nghỉ\s+lễ|(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|chín)\s+ngày\s+lễ)(?!\w)",
                      re.IGNORECASE)
# "Kỳ nghỉ lễ Quốc khánh 2/9 năm ngoái": last year's holiday, a comparison
_LAST_YEARS = re.compile(r"[\s\d/.\-–]*(?:năm\s+(?:ngoái|trước)|cùng\s+k[ỳì])", re.IGNORECASE)
# A range of days: "từ 29/4 đến 3/5", "(từ ngày 30-4 - 03-5)", "từ ngày 8/2 - 14/02/2024", "từ ngày 01 - 04/9/2022",
# "từ 31/8 đến sáng 3/9", "30.4 - 3.5".
# A lunar day in parentheses may follow each day: "từ ngày 20/1 (29 Tết) đến ngày 27/1 (mùng 6 Tết)".
_RANGE = re.compile(
    rf"(?<![\d/.-])(?P<d1>[0-3]?\d)(?:[/.-](?P<m1>[01]?\d))?(?:[/.-](?P<y1>{_YEAR}))?(?:\s*\([^()\n]{{1,24}}\))?"
    rf"\s*(?:đến|tới|-|–)\s*"
    rf"(?:(?:hết|ngày|sáng|chiều|tối)\s+)*(?P<d2>[0-3]?\d)[/.-](?P<m2>[01]?\d)(?:[/.-](?P<y2>{_YEAR}))?(?![\d/])",
    re.IGNORECASE)


# Days counted and listed: "trong 2 ngày 30-4 và 1-5" (a holiday's days as the text gives them, the number of days
# agreeing with the dates listed).
_COUNTED_DAYS = re.compile(
    rf"(?<![\d/.-])(?<!\w)(?P<n>\d{{1,2}}|hai|ba)\s+ngày\s+(?:ngày\s+)?(?P<d1>[0-3]?\d)[/.-](?P<m1>[01]?\d)(?:[/.-](?P<y1>{_YEAR}))?"
    rf"\s*(?:và|,)\s*(?:ngày\s+)?(?P<d2>[0-3]?\d)[/.-](?P<m2>[01]?\d)(?:[/.-](?P<y2>{_YEAR}))?(?![\d/])",
    re.IGNORECASE)


def may_name_a_holiday(text: str) -> bool:
    """False when ``text`` has no holiday word at all: a quick test before reading it for one."""
    return next(finditer_at(_HOLIDAY_WORD, text, starts(text, _HOLIDAY_WORD_STARTS, digits=False)), None) is not None


def holiday_period(text: str, year: int | None, days_in: str | None = None) -> HolidayPeriod | None:
    """The holiday ``text`` is about, with its days (see the module's rules); ``year`` is the caller's
    year for a holiday written without one; ``days_in`` is a further text that may give its days (a
    title's body). None when the text names no holiday, or its days are unknown."""
    if not _HOLIDAY_WORD.search(text):  # most texts name no holiday: skip the long patterns
        return None
    mentions = _holiday_mentions(text)
    one_day = _one_day_of_tet(text, year) if "tết" in text[:_ONE_DAY_OPENING + 40].lower() else None
    if one_day is not None and (not mentions or one_day.at <= mentions[0].start() + 6):
        return one_day  # (a mention of Tết of a lunar year may start with the same day: "ngày mùng 4 Tết Bính Ngọ")
    tet_days = _tet_days_in_range(text, year)
    if tet_days is not None and (not mentions or tet_days.at < mentions[0].start()):
        return tet_days
    bases = [m for m in mentions if _COMPARED_WITH.search(text, max(0, m.start() - 30), m.start())]
    mentions = [m for m in mentions if not _SERVES.search(text, max(0, m.start() - 40), m.start())
                and not (_AFTER_IT.search(text, max(0, m.start() - 30), m.start()) and not m.group(0)[:1].isdigit())
                and not _SOLD_AT.search(text, max(0, m.start() - 40), m.start()) and m not in bases]
    for match in mentions:
        found = _days(text, match, year, days_in)
        if found is not None:
            return _first_day_only(text, found)
    # an unnamed holiday whose days come in the sentences after it, when no named one has days
    for match in mentions:
        found = _days(text, match, year, days_in, unnamed_within=_UNNAMED_DAYS_WITHIN)
        if found is not None:
            return found
    if tet_days is None and year is not None:
        # the holiday named only as a base ("tăng 21% so với đợt nghỉ lễ 2/9/2022" in a report of "4 ngày nghỉ lễ"):
        # the same holiday, in the caller's year (the one after the base's, R72)
        for match in bases:
            named = _YEAR_IN_MENTION.sub("", match.group(0))
            found = holiday_period(named, year) if named != match.group(0) else None
            if found is not None and str(year) not in match.group(0):
                return HolidayPeriod(found.label, found.start, found.end, match.start())
    return tet_days


# "Ngay sau những ngày nghỉ Tết, nông dân xuống đồng ...": the time after a holiday, no holiday report ("Sau 9 ngày nghỉ
# Tết" counts the holiday's days, and is one)
_AFTER_IT = re.compile(r"(?<!\w)sau(?:\s+(?:khi|kỳ|kì|dịp|đợt|những|các|ngày|nghỉ|thời\s+gian)){0,3}\s*$", re.IGNORECASE)
# "phục vụ thị trường Tết", "phục vụ người tiêu dùng dịp tết": what goods are for, not the days a report covers
_SERVES = re.compile(r"(?<!\w)phục\s+vụ(?:\s+[^\W\d]+){0,4}\s*$", re.IGNORECASE)
# "bán vào dịp Tết", "sẽ cho thu hoạch vào dịp Tết sắp tới", "nhu cầu tiêu dùng trong dịp Tết", "đạt chuẩn bán dịp Tết
# năm nay": the holiday produce is sold, harvested or used at, not the days a report covers (R39: B14, B16, B17)
# ("thu hoạch vụ khóm vào đúng dịp Tết Nguyên đán": the crop's name between, B59)
_SOLD_AT = re.compile(r"(?<!\w)(?:bán|thu\s+hoạch|tiêu\s+dùng|tiêu\s+thụ)"
                      r"(?:(?:\s+[^\W\d]+){0,3}?\s+(?:vào|trong)(?:\s+đúng)?)?\s*$", re.IGNORECASE)
_YEAR_IN_MENTION = re.compile(r"\s*[/.-]\s*(?:19|20)\d\d(?!\d)|\s+(?:năm\s+)?(?:19|20)\d\d(?!\d)")
# "tăng 21% so với đợt nghỉ lễ 2/9/2022": the same holiday of a year before, a base, not the days reported (R72)
_COMPARED_WITH = re.compile(r"(?<!\w)so(?:\s+với)?(?:\s+cùng\s+k[ỳì])?(?:\s+(?:kỳ|dịp|đợt|những\s+ngày|các\s+ngày))?"
                            r"(?:\s+nghỉ)?\s*$", re.IGNORECASE)
# "trong ngày đầu tiên của dịp Lễ Quốc khánh 2/9", "ngày đầu nghỉ lễ": the first of the holiday's days only
# "Hai ngày đầu kỳ nghỉ lễ 30/4", "2 ngày đầu của kỳ nghỉ lễ": its first so many days (R39); "ngay" in an address's
# headline ("/6-ngay-dau-nghi-tet-...")
_FIRST_DAY_BEFORE = re.compile(r"(?:(?<![\w/.-])(?P<n>\d{1,2}|hai|ba|bốn|năm)\s+|(?<!\w))ng[àa]y\s+đầu(?:\s+tiên)?(?:\s+của)?\s*$",
                               re.IGNORECASE)


def _first_day_only(text: str, found: HolidayPeriod) -> HolidayPeriod:
    first = _FIRST_DAY_BEFORE.search(text, max(0, found.at - 30), found.at)
    if first is not None:
        count = _count(first["n"]) if first["n"] else 1
        last = min(found.end, found.start + timedelta(days=count - 1))
        label = f"ngày đầu {found.label}" if count == 1 else f"{count} ngày đầu {found.label}"
        return HolidayPeriod(label, found.start, last, found.at)
    return found


@cache
def _event_pattern() -> re.Pattern[str]:
    phrases = [row[0].strip() for row in _rows("events.tsv")]
    return re.compile(rf"(?<!\w)(?:{phrase_alternation(phrases)})(?!\w)", re.IGNORECASE)


def event_before(text: str, at: int, words: int = 6) -> bool:
    """Whether an event (``vocab/events.tsv``) is named in the clause before ``at``, at most ``words`` words before
    it ("Lễ hội Hoa Ban năm 2024"; with a larger ``words``, the sentence of "Festival ... diễn ra từ ngày ...").
    The capitalised words of the event's own name and its dashes are not counted: "Hội chợ Thương mại - Du lịch
    Đồng Tháp Mười năm 2021" names its year five words after the event (R56)."""
    clause = re.split(r"[,.;:!?\n()]", text[max(0, at - 120):at])[-1]
    events = list(_event_pattern().finditer(clause))
    if not events:
        return False
    after = [w for w in clause[events[-1].end():].split() if w[0].isalnum() and not w[0].isupper()]
    if after and after[-1].lower() == "năm":
        after.pop()  # the year's own word, where ``at`` is the year's digits
    return len(after) <= words


def _tet_days_in_range(text: str, year: int | None) -> HolidayPeriod | None:
    """The first range of days followed by the lunar days of Tết in parentheses (``_TET_RANGE_AFTER``)."""
    if "tết" not in text.lower():
        return None
    for match in _RANGE.finditer(text):
        after = _TET_RANGE_AFTER.match(text, match.end())
        if after is None:
            continue
        days = _range_days(match, year)
        if days is not None:
            return HolidayPeriod(" ".join(text[match.start():after.end()].split()), *days, match.start())
    return None


# Where a holiday word can start (see ``parsing.scan``).
_STARTS = ("dịp", "kỳ", "kì", "ngày", "đợt", "nghỉ")
_DAY_COUNTS = ("hai", "ba", "bốn", "năm", "sáu", "bảy", "chín")


def _holiday_mentions(text: str) -> list[re.Match[str]]:
    direct, later = _patterns()
    candidates = starts(text, _STARTS, digits=False)
    found = {m.start(): m for pattern in (later, direct) for m in finditer_at(pattern, text, candidates)}
    found.update({m.start(): m for pattern in (_TET_OF_A_YEAR, _DAYS_OF_TET, _SPRING_OF_A_YEAR)
                  for m in pattern.finditer(text)
                  if not any(f.start() <= m.start() < f.end() for f in found.values())})
    counted = starts(text, (*_STARTS, *_DAY_COUNTS), digits=True)
    found.update({m.start(): m for m in finditer_at(_UNNAMED, text, counted) if m.start() not in found
                  and not any(f.start() <= m.start() < f.end() for f in found.values())})
    return [m for _, m in sorted(found.items()) if not _LAST_YEARS.match(text, m.end())]


def _days(text: str, match: re.Match[str], year: int | None, days_in: str | None, unnamed_within: int = 60
          ) -> HolidayPeriod | None:
    groups = match.groupdict()
    key = _spellings().get(" ".join(groups["name"].lower().split())) if groups.get("name") else None
    written = groups.get("year") or groups.get("year2")
    holiday_year = int(written) if written else _cycle_year(groups) if key == "tet" else None
    label = " ".join(match.group(0).split())
    if key is None:  # an unnamed holiday: the days written right after it
        days = _range_in(text, match.end(), match.end() + unnamed_within, holiday_year or year, None)
        return HolidayPeriod(label, *days, match.start()) if days else None
    # the days come after the name: "lễ 30/4 - 1/5" names the holiday, "từ 29/4 đến 3/5" gives its days
    holiday_year = holiday_year or _year_of_first_range(text, match.end()) \
        or (_year_of_first_range(days_in, 0) if days_in else None) or year
    if holiday_year is None:
        return None
    # the lunar days right after the holiday's name, or opening the body under a headline naming it
    lunar = (_lunar_days(text, match.end(), holiday_year)
             or (_lunar_days(days_in, len(days_in) - len(days_in.lstrip()), holiday_year) if days_in else None)) \
        if key == "tet" else None
    if lunar is not None:
        return HolidayPeriod(f"{label} {holiday_year}" if str(holiday_year) not in label else label, *lunar, match.start())
    official = official_days().get((key, holiday_year))
    # else a range the text gave before naming it ("trong 4 ngày (từ 31/8 đến 4/9) ... 4 ngày nghỉ lễ 2/9"),
    # near the official days like one after it; only in a paragraph naming a holiday (``_holiday_paragraphs``)
    paragraphs = _holiday_paragraphs(text)
    days = _range_within(text, [(max(s, match.end()), e) for s, e in paragraphs if e > match.end()], holiday_year,
                         official) \
        or (_range_within(text, [(s, min(e, match.start())) for s, e in paragraphs if s < match.start()],
                          holiday_year, official) if official else None) \
        or (_range_within(days_in, _holiday_paragraphs(days_in, lead=True), holiday_year, official)
            if days_in else None) or official or _counted_range(text, holiday_year)
    if days is None:
        return None
    if key == "tet" and days == official:
        days = _first_days_of_tet(text, match, holiday_year, official) or days
    if not written and str(holiday_year) not in label:
        label = f"{label} {holiday_year}"
    return HolidayPeriod(label, *days, match.start())


# "3 ngày Tết", "trong 3 ngày nghỉ Tết Nhâm Dần 2022": a count of days of Tết fewer than its days off, with no days
# given, is its first days, from the first of the lunar year ("ba ngày Tết" are mùng 1 to mùng 3, B82); a count as
# long as the days off is those days
_FEW_DAYS = r"(?P<n>[1-5]|hai|ba|bốn|năm)"
# the count inside the mention ("3 ngày Tết"), or right before it ("3 ngày nghỉ Tết ...", whose mention opens at "ngày")
_DAYS_OF_TET_COUNTED_IN = re.compile(rf"{_FEW_DAYS}\s+ngày(?:\s+nghỉ)?\s+Tết", re.IGNORECASE)
_DAYS_OF_TET_COUNTED = re.compile(rf"(?<!\w){_FEW_DAYS}\s+(?:ngày\s+(?:nghỉ\s+)?)?$", re.IGNORECASE)


def _first_days_of_tet(text: str, match: re.Match[str], year: int, official: tuple[date, date]
                       ) -> tuple[date, date] | None:
    counted = _DAYS_OF_TET_COUNTED_IN.match(match.group(0)) \
        or _DAYS_OF_TET_COUNTED.search(text, max(0, match.start() - 16), match.start())
    new_year = lunar_new_years().get(year)
    if counted is None or new_year is None:
        return None
    count = _count(counted["n"])
    if count >= (official[1] - official[0]).days + 1:
        return None
    return new_year, new_year + timedelta(days=count - 1)


def _counted_range(text: str, year: int) -> tuple[date, date] | None:
    """For a holiday of a year whose days off are not listed: a range of days the text counts, anywhere ("trong 4 ngày
    (từ 28-4 đến 1-5-2015)", B41), the count agreeing with the days."""
    for match in _RANGE.finditer(text):
        days = _range_days(match, year)
        if days is not None and _counted_as_told(text, match, days):
            return days
    return None


def _counted_as_told(text: str, match: re.Match[str], days: tuple[date, date]) -> bool:
    """Whether the range ``match`` follows a count of days (``_COUNT_BEFORE_RANGE``) that agrees with its days."""
    counted = _COUNT_BEFORE_RANGE.search(text, max(0, match.start() - 40), match.start())
    return counted is not None and _count(counted["n"]) == (days[1] - days[0]).days + 1


def _cycle_year(groups: dict[str, Any]) -> int | None:
    if not groups.get("stem"):
        return None
    stem, branch = groups["stem"].lower(), groups["branch"].lower()
    branch = _BRANCH_SPELLINGS.get(branch, branch)
    # the year of that name nearest to 2025 (a 60-year cycle: no report of ours is 30 years off)
    candidates = [y for y in range(1996, 2056) if _STEMS[y % 10] == stem and _BRANCHES[y % 12] == branch]
    return candidates[0] if candidates else None


def _year_of_first_range(text: str, start: int) -> int | None:
    for match in _RANGE.finditer(text, start):
        written = match["y2"] or match["y1"]
        if written:
            return int(written)
    return None


# A paragraph is a line; the lead is the first line of so many words (a headline's body opens with its days: "Trong 4
# ngày (từ 1 đến 4/9), toàn tỉnh đón ...").
_LEAD_WORDS = 8


def _holiday_paragraphs(text: str, lead: bool = False) -> list[tuple[int, int]]:
    """The paragraphs of ``text`` that name a holiday (and, with ``lead``, its lead): where the holiday's own days are
    given. A range of days in another paragraph is a part's (a town's or a venue's days, the days hotels were full, an
    event's days: "Lượng khách lưu trú ... tập trung đông vào ngày 2-4/5"), not the holiday's (R35, B13 to B16)."""
    found, at, lead_seen = [], 0, not lead
    for line in text.split("\n"):
        end = at + len(line)
        names = _HOLIDAY_WORD.search(line) is not None and bool(_holiday_mentions(line))
        is_lead = not lead_seen and len(line.split()) >= _LEAD_WORDS
        lead_seen = lead_seen or is_lead
        if names or is_lead:
            found.append((at, end))
        at = end + 1
    return found


def _range_within(text: str, windows: list[tuple[int, int]], year: int | None, official: tuple[date, date] | None
                  ) -> tuple[date, date] | None:
    for start, end in windows:
        if start < end and (days := _range_in(text, start, end, year, official)) is not None:
            return days
    return None


def _range_in(text: str, start: int, end: int, year: int | None, official: tuple[date, date] | None
              ) -> tuple[date, date] | None:
    counted = [m for m in _COUNTED_DAYS.finditer(text, start, end)
               if (days := _range_days(m, year)) is not None and (days[1] - days[0]).days + 1 == _count(m["n"])]
    for match in sorted((*_RANGE.finditer(text, start, end), *counted), key=lambda m: m.start()):
        if _NAMES_THE_HOLIDAY.search(text, max(0, match.start() - 12), match.start()) \
                or _DAYS_IN_PARENTHESES_AFTER.match(text, match.end()):
            # "Lễ 30/4 – 1/5 (từ 27/4 đến 01/5/2024)", "dịp Giỗ Tổ và 30/4 - 1/5/2023 (từ ngày 29/4 - 3/5)": the
            # holiday's name, its days follow
            continue
        if _A_PARTS_SENTENCE.match(text, _sentence_start(text, match.start())):
            # "Riêng khu di sản Huế, trong những ngày ... (27/12/2018 – 01/01/2019)", "Trong đó, từ ngày 30/1 – 3/2/2022
            # (tức từ 28 đến mùng 3 Tết) ...": a part's own days
            continue
        if event_before(text, match.start(), words=12):
            continue  # "Festival Hoa – Kiểng Sa Đéc lần thứ II diễn ra từ ngày 27-12-2025 đến 4-1-2026": the event's days
        days = _range_days(match, year)
        if days is None:
            continue
        first, last = days
        if official is None or (first >= official[0] - _NEAR_OFFICIAL_DAYS and last <= official[1] + _NEAR_OFFICIAL_DAYS):
            return days
        if _counted_as_told(text, match, days) and first <= official[1] and official[0] <= last:
            # "trong 10 ngày (từ 9/4 đến 18/4)": a festival's days as the text counts them, around the day off
            return days
    return None


def _count(written: str) -> int:
    return int(written) if written.isdigit() else _COUNT_WORDS[written.lower()]


# A sentence told of a part of what the report counts ("Riêng khu di sản Huế, ...", "Riêng Phú Quốc ...", "Trong đó,
# ..."): the days it gives are that part's.
_A_PARTS_SENTENCE = re.compile(r"\s*(?:riêng|trong\s+đó)(?!\w)", re.IGNORECASE)
# A range of days whose own days follow in parentheses is the holiday's name: "30/4 - 1/5/2023 (từ ngày 29/4 - 3/5)".
_DAYS_IN_PARENTHESES_AFTER = re.compile(r"(?:\s+năm\s+(?:19|20)\d\d)?\s*\(\s*(?:tức\s+)?(?:từ\s+)?(?:ngày\s+)?\d{1,2}[/.-]\d",
                                        re.IGNORECASE)
# The number of days a range is told to hold, before it: "trong 10 ngày (từ 9/4 đến 18/4)".
_COUNT_BEFORE_RANGE = re.compile(r"(?<!\w)(?P<n>\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín)\s+ngày\s*[,(:]?\s*(?:tính\s+)?"
                                 r"(?:từ\s+)?(?:ngày\s+)?$", re.IGNORECASE)


def _sentence_start(text: str, at: int) -> int:
    stop = text.rfind(". ", 0, at)
    return max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, at) + 1)


# A holiday word right before a range of days makes the range the holiday's name ("dịp 30/4 - 1/5", "Kỳ nghỉ
# 30/4-1/5 kéo dài 5 ngày").
_NAMES_THE_HOLIDAY = re.compile(r"(?<!\w)(?:lễ|dịp|nghỉ)\s*$", re.IGNORECASE)


def _range_days(match: re.Match[str], year: int | None) -> tuple[date, date] | None:
    last_year = int(match["y2"]) if match["y2"] else year
    if last_year is None:
        return None
    month2 = int(match["m2"])
    month1 = int(match["m1"]) if match["m1"] else month2
    first_year = int(match["y1"]) if match["y1"] else last_year - (month1 > month2)
    try:
        first, last = date(first_year, month1, int(match["d1"])), date(last_year, month2, int(match["d2"]))
    except ValueError:
        return None
    return (first, last) if first <= last and last - first <= _LONGEST_HOLIDAY else None


# A headline's holiday counted by its days and not named ("... đón hơn nửa triệu lượt khách trong 4 ngày lễ", "3 ngày
# đầu nghỉ lễ", "trong 3 ngày nghỉ lễ"): R39, B16 and B17. Which holiday and which days: a range in the body's lead
# giving that many days ("Trong 4 ngày (từ 1 đến 4/9), ..."); else the holiday whose days off the page's date falls in
# or shortly after; else a holiday the body names ("chào mừng Quốc khánh 2/9") whose days off came before the page's
# date that year: its official days. "N ngày đầu" is the first N of them.
_COUNTED_HOLIDAY = re.compile(r"(?<![\w/.-])(?P<n>\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín)\s+ng[àa]y\s+"
                              r"(?P<first>đầu(?:\s+tiên)?\s+)?(?:(?:của\s+)?(?:kỳ|kì|dịp|đợt)\s+)?(?:nghỉ\s+)?lễ(?!\w)",
                              re.IGNORECASE)
_COUNT_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}
# a page dated this long after a holiday's last day off (or up to two days before its first) reports on it
_PAGE_AFTER_HOLIDAY = timedelta(days=10)
_PAGE_BEFORE_HOLIDAY = timedelta(days=2)


@cache
def _bare_names() -> re.Pattern[str]:
    # a holiday's name alone, without a holiday word; one-word names that are also ordinary words ("Tết", "Xuân") and
    # dates ("30/4", "2/9") only with a holiday word, so not here
    names = {s: k for s, k in _spellings().items() if " " in s and not re.fullmatch(r"[\d\s/.-]+", s)}
    return re.compile(rf"(?<!\w)(?:{phrase_alternation(names)})(?!\w)", re.IGNORECASE)


def counts_a_holiday(title: str) -> bool:
    """Whether ``title`` counts a holiday's days (``_COUNTED_HOLIDAY``; "ngay" of an address's headline too)."""
    return _COUNTED_HOLIDAY.search(title) is not None


def counted_holiday(title: str, body: str, published: date | None) -> HolidayPeriod | None:
    """The holiday of a headline that counts its days without naming it (``_COUNTED_HOLIDAY``), or None."""
    match = _COUNTED_HOLIDAY.search(title)
    if match is None or published is None:
        return None
    direct, _ = _patterns()
    if any(direct.match(title, m.start()) for m in re.finditer(r"nghỉ", title[match.start():match.end()])) \
            or re.match(rf"\s+(?:{phrase_alternation(_spellings())})(?!\w)", title[match.end():], re.IGNORECASE):
        return None  # the holiday is named right after ("4 ngày nghỉ lễ Quốc khánh"): the named reading's
    count = _count(match["n"])
    label = " ".join(match.group(0).split())
    lead = next(((at, at + len(line)) for at, line in _lines(body) if len(line.split()) >= _LEAD_WORDS), None)
    if lead is not None:
        days = _range_in(body, *lead, published.year, None)
        if days is not None and (days[1] - days[0]).days + 1 == count:
            return HolidayPeriod(label, *days, match.start())
    around = [days for (key, year), days in sorted(official_days().items(), key=lambda item: item[1])
              if year in (published.year - 1, published.year)
              and days[0] - _PAGE_BEFORE_HOLIDAY <= published <= days[1] + _PAGE_AFTER_HOLIDAY]
    if not around:
        named = [_spellings()[" ".join(m.group(0).lower().split())] for m in _bare_names().finditer(body)]
        around = [days for key in named[:1] if (days := official_days().get((key, published.year))) is not None
                  and days[1] <= published]
    if not around:
        return None
    first, last = around[0]
    if match["first"]:
        last = min(last, first + timedelta(days=count - 1))
    return HolidayPeriod(label, first, last, match.start())


def _lines(text: str) -> list[tuple[int, str]]:
    found, at = [], 0
    for line in text.split("\n"):
        found.append((at, line))
        at += len(line) + 1
    return found
