"""Which province and period each figure is said of, when its own text says so.

A report is about one province and one period (``parsing.metadata``: ``report_region``, ``periods``), but its sentences
may name others: a digest gives several provinces' paragraphs ("Tại Khánh Hòa, ... đón
578.000 lượt khách"), a report compares with a neighbour, a clause names a month or
quarter inside a half-year report ("Tháng 6, kim ngạch xuất khẩu ước 120 triệu USD"), or
last year's value ("cùng kỳ năm 2020 đạt 5.000 tỷ đồng"). The checks compare figures by
the scope found here, so that two provinces' or two periods' figures are never taken for
one figure stated twice.

Region, nearest first: a province (or a larger area, ``vocab/regions.tsv``) named in the
figure's sentence before it; else one named earlier in its paragraph; else the last
heading line naming one ("Khánh Hòa" above the paragraph); else the document's.
A part ("trong đó ...") whose text names neither takes its total's.
Period: a table cell's is its column's (or its row's) year, read with the table
(``parsing.tables``); else a holiday named in the figure's sentence after any other period there ("Dịp lễ
30/4-1/5, tỉnh đón ...", ``parsing.holidays``); else the period named nearest before the figure in its
sentence (not as a comparison's base: "so với 6 tháng năm 2022"; a span of years "bình quân 5 năm
2021-2025" but not a plan's; one day told apart, "Riêng trong ngày 3/9"), else in the sentences of its paragraph
before it; else the document's. A year left
unsaid is the document's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date
from functools import cache
from importlib import resources

from parsing import holidays, periods
from parsing.changes_over_years import changes_told
from parsing.model import DocumentMeta, Figure
from parsing.patterns import phrase_alternation
from parsing.periods import MONTH_NAMES, month_end, months_to_date
from parsing.sentences import Sentence, split_sentences
from parsing.times_not_reported import is_reported_span
from parsing.vocabulary import province_of_spelling

# Where a figure's region or period came from: its own text, or (also when its text names the
# document's own) the document.
DOCUMENT, TEXT = "document", "text"


@cache
def _areas() -> tuple[dict[str, str], re.Pattern[str]]:
    """Lower-cased spelling -> area name, and one pattern finding any spelling."""
    names = dict(province_of_spelling())
    text = resources.files("parsing.vocab").joinpath("regions.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, *spellings = [cell.strip() for cell in line.split("\t")]
            names.update({s.lower(): name for s in [name, *spellings] if s})
    return names, re.compile(rf"(?<!\w){phrase_alternation(names, space=' ')}(?!\w)", re.IGNORECASE)


def area_names() -> dict[str, str]:
    """Lower-cased spelling of a province or a larger area -> its name."""
    return _areas()[0]


def area_pattern() -> re.Pattern[str]:
    """Any spelling of a province or a larger area (case-insensitive)."""
    return _areas()[1]


# A province named as an origin or a yardstick is not the one the figure is about:
# "khách từ TP.HCM", "so với Bắc Giang", "vượt Hà Nội", "dẫn đầu cả nước", "thứ hai cả nước", "đứng thứ 11/63 toàn
# quốc", "xếp thứ 24 trong danh sách các đơn vị hành chính Việt Nam" (B80, B84).
# A province's name after a district word is a district's ("huyện Quảng Ninh" is in Quảng Bình); after a commune's
# or a facility's word it is that one's name ("xã Hòa Bình", "KCN Hòa Bình mở rộng" in Tây Ninh, B78).
_NOT_THE_SCOPE = re.compile(r"(?:(?:\btừ|so với|vượt(?: qua)?|hơn|sang|dẫn đầu|nhất|"
                            r"thứ\s+\w+(?:/\d+)?(?:\s+(?:tỉnh\s+thành|tỉnh|địa\s+phương|vùng|trên|trong|toàn))*|"
                            r"(?:đơn\s+vị\s+)?hành\s+chính)\s+"
                            r"(?:(?:tỉnh|thành phố|TP\.?)\s*)?|(?<!\w)(?:huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|"
                            r"KCN|CCN|KKT|khu\s+công\s+nghiệp|cụm\s+công\s+nghiệp|khu\s+kinh\s+tế|nhà\s+máy|"
                            r"công\s+ty|HTX|hợp\s+tác\s+xã|chợ|bệnh\s+viện|trường)\s+)$", re.IGNORECASE)

_NOT_THE_SCOPE_REACH = 40  # "cao thứ 27/63 tỉnh thành trên cả nước": a rank's set may take a few words


def areas_in(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The provinces and areas named between ``start`` and ``end``, with where each starts, less those named as an
    origin or a yardstick ("khách từ TP.HCM", "dẫn đầu cả nước")."""
    names, pattern = _areas()
    found = []
    for match in pattern.finditer(text, start, end):
        if not _NOT_THE_SCOPE.search(text, max(start, match.start() - _NOT_THE_SCOPE_REACH), match.start()):
            found.append((match.start(), names[match.group(0).lower()]))
    return found


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_MONTHS = {"ba": 3, "sáu": 6, "chín": 9, "mười": 10}
# "tháng 9/2023", "quý I năm 2023", and as the document reads them (``parsing.periods``) "quý I-2009",
# "quý 1.2017", "tháng 10-2012"
_YEAR = r"(?:\s*(?:/|năm)\s*(?P<year>(?:19|20)\d\d)|\s*[-.]\s*(?P<year_joined>(?:19|20)\d\d)(?!\d))?"
# The periods a clause can name, each as (kind, pattern); the one nearest the figure wins.
_PERIODS = [
    # "đến hết tháng 11", "từ tháng 1 đến tháng 9/2023", "ước thực hiện hết tháng 11/2023": January to that month
    ("to_month", re.compile(rf"(?<!\w)(?:(?:từ\s+tháng\s+0?1\s+)?đến\s+(?:hết\s+)?|hết\s+)tháng\s+"
                            rf"(?P<n>1[0-2]|0?[1-9]){_YEAR}(?!\w)",
                            re.IGNORECASE)),
    # "6 tháng đầu năm", "9 tháng năm 2022", "lũy kế 09 tháng": January to that month
    ("months", re.compile(rf"(?<![\w/])(?P<n>1[0-2]|0?[1-9]|ba|sáu|chín|mười)\s+tháng(?:\s+đầu\s+năm)?{_YEAR}(?!\w)",
                          re.IGNORECASE)),
    ("quarter", re.compile(rf"(?<!\w)quý\s+(?P<q>IV|III|II|I|[1-4]){_YEAR}(?!\w)", re.IGNORECASE)),
    # "tháng 6", "tháng 9/2023", "trong tháng": one month ("tháng 1 đến" is the start of a span); "tháng đầu
    # tiên của năm 2024" is January
    ("month", re.compile(rf"(?<!\w)tháng\s+(?:(?P<n>1[0-2]|0?[1-9])|(?P<first>đầu\s+tiên)(?:\s+của)?(?=\s+năm\s+\d)"
                         rf"|(?-i:(?P<mn>{'|'.join(sorted(MONTH_NAMES, key=len, reverse=True))}))(?!\w))"
                         rf"{_YEAR}(?!\w)(?!\s+đến)", re.IGNORECASE)),
    # "bình quân 5 năm 2021-2025", "giai đoạn 2021-2025": a span of years (not a plan's, ``is_reported_span``)
    ("span", re.compile(r"(?<!\w)(?:giai\s+đoạn|(?:\d|hai|ba|bốn|năm|mười)\s+năm(?:\s+qua)?)\s+(?:từ\s+(?:năm\s+)?)?"
                        r"(?P<first>(?:19|20)\d\d)\s*(?:[-–]|đến)\s*(?:năm\s+)?(?P<year>(?:19|20)\d\d)(?!\d)",
                        re.IGNORECASE)),
    # "trong vòng 15 ngày (từ ngày 20/4 – 4/5/2025)": days told apart from the report's (a holiday's told after, B79)
    ("days", re.compile(r"(?<!\w)từ\s+(?:ngày\s+)?(?P<d1>[0-3]?\d)\s*[/.-]\s*(?P<m1>[01]?\d)(?:\s*[/.-]\s*(?:19|20)\d\d)?"
                        r"\s*(?:[-–]|đến|tới)\s*(?:ngày\s+)?(?P<d>[0-3]?\d)\s*[/.-]\s*(?P<m>[01]?\d)"
                        r"(?:\s*[/.-]\s*(?P<year>(?:19|20)\d\d))?(?![\d/])", re.IGNORECASE)),
    # "Riêng trong ngày 3/9, ...": one day told apart from the report's days (B41)
    ("day", re.compile(r"(?<!\w)riêng\s+(?:trong\s+)?ngày\s+(?P<d>[0-3]?\d)[/.-](?P<m>[01]?\d)"
                       r"(?:[/.-](?P<year>(?:19|20)\d\d))?(?![\d/])(?!\s*(?:[-–]|đến|tới))", re.IGNORECASE)),
    # "Năm 2017, ...", "Đến năm 2021, ..." opening the sentence, "riêng năm 2017", "cả năm 2022", "ước tính năm 2021":
    # a whole year
    ("year", re.compile(r"(?:^\W*(?:(?:đến|vào|trong)\s+)?|(?<!\w)(?:trong|cả|riêng|chỉ riêng|tính chung|vào|ước tính)\s+)"
                        r"năm\s+"
                        r"(?P<year>(?:19|20)\d\d)(?!\w)(?!\s*[-–]\s*(?:19|20)\d\d)", re.IGNORECASE)),
    # "Ước thực hiện cả năm, tỉnh thu hút 30 dự án" in a report on nine months: the whole year, the report's year
    # (B94: its whole-year estimate had been read as the months' figure stated twice)
    ("year", re.compile(r"(?<!\w)(?:ước(?:\s+(?:thực\s+hiện|tính|đạt))?|dự\s+kiến|tính\s+chung)\s+cả\s+năm"
                        r"(?!\w)(?!\s+(?:19|20)\d\d)", re.IGNORECASE)),
]
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d\s*(?:[-–]|đến)\s*(?:năm\s+)?(?:19|20)\d\d")
# "cùng kỳ năm 2020 đạt 5.000 tỷ đồng": the figure right after is last year's
_LAST_YEAR = re.compile(r"cùng\s+k[ỳì](?:\s+năm\s+(?:trước|ngoái|(?P<year>(?:19|20)\d\d)))?\s*[(,:]?\s*"
                        r"(?:chỉ\s+)?(?:ước\s+)?(?:đạt|là|mới đạt)?\s*(?:khoảng|gần|hơn|trên)?\s*$", re.IGNORECASE)
# A running total named without its months ("Lũy kế kim ngạch nhập khẩu đạt ...", "Tính chung từ đầu năm, ...",
# "cộng dồn"): in a month's report, January to that month (B30: a month's imports and the running total beside them
# had been read as one figure stated twice)
_RUNNING_TOTAL = re.compile(r"(?<!\w)(?:lũy\s+kế|luỹ\s+kế|cộng\s+dồn|tính\s+chung|từ\s+đầu\s+năm)(?!\w)", re.IGNORECASE)
# A period after these words is the base of a comparison or a plan's horizon, not the figure's.
_NOT_THE_PERIOD = re.compile(r"(?:so với|cùng kỳ|kế hoạch|dự toán|giai đoạn|đến|cuối)(?:\s+tháng)?\s*$", re.IGNORECASE)


def figure_scopes(text: str, meta: DocumentMeta, figures: list[Figure],
                  sentences: list[Sentence] | None = None) -> list[Figure]:
    """``figures`` with their region and period filled in (see the module's docstring); ``sentences`` are the
    text's ``split_sentences``, when the caller has them."""
    if not figures:
        return figures
    if sentences is None:
        sentences = split_sentences(text)
    paragraph_starts = _paragraph_starts(text)
    headings = [(s.start, area) for s in sentences if s.is_heading
                for _, area in areas_in(text, s.start, s.end)[-1:]]
    scoped: list[Figure] = []
    changes_over_years: dict[int, list[Figure]] = {}  # by the index of the amount they were told of
    for figure in figures:
        paragraph = _paragraph_of(text, paragraph_starts, figure.sentence_start)
        region, region_source = _region(text, figure, paragraph, headings, meta)
        if figure.period_source == TEXT:  # a table cell's column or row named its period
            label, start, end, period_source = (figure.period_label, figure.period_start, figure.period_end, TEXT)
        else:
            label, start, end, period_source = _period(text, figure, paragraph, meta)
        # a figure of another province named in its text is not of the report's district
        area = meta.area if region == meta.region else None
        amount, changes = _far_base_change(replace(figure, region=region, region_source=region_source,
                                                   period_label=label, period_start=start, period_end=end,
                                                   period_source=period_source, area=area), meta, figures)
        if changes:
            changes_over_years[len(scoped)] = changes
        scoped.append(amount)
    return _with_changes_over_years([_as_its_total(figure, scoped) for figure in scoped], changes_over_years)


# The first comparison after an amount in its clause: "so với (cùng kỳ) năm 2019", "so với cùng kỳ 2021"; its year
# when it names one
_COMPARISON = re.compile(r"(?<!\w)so\s+(?:với\s+)?(?:(?:cùng\s+k[ỳì]\s+)?(?:năm\s+)?(?P<year>(?:19|20)\d\d)(?!\d))?",
                         re.I)
_CLAUSE_END = re.compile(r";|\.(?!\d)")
_MULTIPLE_BEFORE = re.compile(r"(?<!\w)lần\s*$", re.I)
# a clause with no subject that opens with the amount's change: its comparison is still the amount's
_CHANGE_CLAUSE_OPENS = re.compile(r"\s*(?:tăng|giảm)(?!\w)", re.I)


def _far_base_change(figure: Figure, meta: DocumentMeta, figures: list[Figure]) -> tuple[Figure, list[Figure]]:
    """An amount's change told against a year two years or more before its own ("tăng gần 140% so với cùng kỳ năm
    2021" in a report on Tết 2023, "tăng 11 triệu đồng so với năm 2015" on a page of 2018) is a change over years, no
    change on last year: the amount keeps neither its rate nor its size, each a figure of its own instead (returned
    second, ``parsing.changes_over_years``). The year is the figure's period's (for an amount, the last of a span of
    three years or more: "Nhiệm kỳ 2015 - 2020 ... thu nhập năm 2020 ... (tăng 18,9% so với năm 2015)", B80; a rate's
    change in points over the span stays), else the page's."""
    if figure.yoy_change_pct is None and figure.change_abs is None:
        return figure, []
    first, last = figure.period_start, figure.period_end
    year: int | None
    if first is None:
        year = meta.published_on.year if meta.published_on is not None else None
    elif figure.kind == "amount" and last is not None and last.year - first.year >= 2:
        year = last.year
    else:
        year = first.year
    if year is None:
        return figure, []
    body = figure.sentence
    at = figure.char_end - figure.sentence_start
    end = _CLAUSE_END.search(body, at)
    while end is not None and end.group() == ";" and _CHANGE_CLAUSE_OPENS.match(body, end.end()):
        end = _CLAUSE_END.search(body, end.end())  # "... 53,9 triệu đồng/người/năm; tăng 31,49 triệu đồng so với năm 2012"
    stop = end.start() if end is not None else len(body)
    later = [f.char_start - f.sentence_start for f in figures
             if f.sentence_start == figure.sentence_start and f.char_start > figure.char_start and f.kind == "amount"]
    if later:
        # (the comparison of the next amount is that one's; a share or a multiple between owns none: "ước trên 3.300
        # tỷ đồng, chiếm trên 79% giá trị sản xuất nông nghiệp, ..., tăng hơn 269% so với năm 2015", B107)
        stop = min(stop, min(later))
    compared = _COMPARISON.search(body, at, stop)
    while compared is not None and compared["year"] is None and _MULTIPLE_BEFORE.search(body, at, compared.start()):
        # "gấp 3,83 lần so với giá trị trồng trọt cây hàng năm, tăng hơn 269% so với năm 2015": the multiple's base
        # is another item's, not the amount's
        compared = _COMPARISON.search(body, compared.end(), stop)
    if compared is None or compared["year"] is None or year - int(compared["year"]) < 2:
        return figure, []
    if _own_year_named(body, figure.char_start - figure.sentence_start, int(compared["year"]) + 1):
        return figure, []  # "năm 2021, xuất khẩu ... đạt 4,2 tỷ USD, tăng 15% so với năm 2020" on a page of 2022
    return (replace(figure, yoy_change_pct=None, yoy_change_rounding=0.0, change_abs=None),
            changes_told(figure, at, compared.start()))


# A year in the clause before an amount: "xuất khẩu toàn ngành năm 2021 ghi nhận ..."
_YEAR_IN_CLAUSE = re.compile(r"(?<!\w)năm\s+(?P<year>(?:19|20)\d\d)(?!\d)", re.I)


def _own_year_named(body: str, start: int, year: int) -> bool:
    """Whether the clause of the amount starting at ``start`` names ``year`` (the year after the one its change is
    compared with) before it, and not as a base or a plan's horizon: the amount is of that year, whatever the page's
    (R58)."""
    clause = max(body.rfind(";", 0, start), body.rfind(". ", 0, start)) + 1
    return any(int(m["year"]) == year and not _NOT_THE_PERIOD.search(body, clause, m.start())
               for m in _YEAR_IN_CLAUSE.finditer(body, clause, start))


def _with_changes_over_years(figures: list[Figure], changes: dict[int, list[Figure]]) -> list[Figure]:
    """``figures`` with each amount's ``changes`` right after it, every part still pointing at its total."""
    if not changes:
        return figures
    merged: list[tuple[int | None, Figure]] = []
    for index, figure in enumerate(figures):
        merged += [(index, figure), *((None, change) for change in changes.get(index, ()))]
    moved = {old: new for new, (old, _) in enumerate(merged) if old is not None}
    return [figure if figure.component_of is None else replace(figure, component_of=moved[figure.component_of])
            for _, figure in merged]


def _as_its_total(figure: Figure, scoped: list[Figure]) -> Figure:
    """A part whose own text names no scope is said of its total's: "Tính chung 6 tháng, ... Trong
    đó, khách quốc tế 104.180 lượt" (the part's sentence names no period)."""
    if figure.component_of is None or not 0 <= figure.component_of < len(scoped):
        return figure
    total = scoped[figure.component_of]
    if figure.region_source == DOCUMENT and total.region_source == TEXT:
        figure = replace(figure, region=total.region, region_source=TEXT)
    if figure.period_source == DOCUMENT and total.period_source == TEXT:
        figure = replace(figure, period_label=total.period_label, period_start=total.period_start,
                         period_end=total.period_end, period_source=TEXT)
    return figure


# A paragraph opening with "Trong đó" breaks down the paragraph before: "... ước tính năm 2021, toàn tỉnh chỉ đón hơn
# 600.000 lượt khách ...\n\nTrong đó, khách quốc tế ước đạt hơn 27.000 lượt, giảm 93,8% so năm 2020" (R93: B97).
_BREAKDOWN_OPENS = re.compile(r"\s*trong\s+đó(?!\w)", re.I)


def _paragraph_of(text: str, starts: list[int], at: int) -> int:
    """Where the paragraph holding ``at`` starts, for the periods and provinces named before a figure: a paragraph
    opening a breakdown (``_BREAKDOWN_OPENS``) reads on from the one before it."""
    at_paragraph = bisect_right(starts, at) - 1
    while at_paragraph > 0 and _BREAKDOWN_OPENS.match(text, starts[at_paragraph]):
        at_paragraph -= 1
        while at_paragraph > 0 and not text[starts[at_paragraph]:starts[at_paragraph + 1]].strip():
            at_paragraph -= 1  # (the blank lines between paragraphs)
    return starts[at_paragraph] if at_paragraph >= 0 else 0


def _paragraph_starts(text: str) -> list[int]:
    """Where paragraphs start: after a blank line, or after a line that ends a sentence (a line
    break inside a sentence is a wrapped line, not a new paragraph)."""
    return sorted({0, *(m.end() for m in re.finditer(r"\n\s*\n|(?<=[.!?…:;])[ \t]*\n", text))})


def _region(text: str, figure: Figure, paragraph: int, headings: list[tuple[int, str]], meta: DocumentMeta
            ) -> tuple[str | None, str]:
    named = areas_in(text, figure.sentence_start, figure.char_start)
    if not named:
        named = areas_in(text, paragraph, figure.sentence_start)
    if not named:
        named = [h for h in headings if h[0] < figure.char_start]
    if named and named[-1][1] != meta.region:
        return named[-1][1], TEXT
    return meta.region, DOCUMENT


def _period(text: str, figure: Figure, paragraph: int, meta: DocumentMeta
            ) -> tuple[str | None, date | None, date | None, str]:
    own = (meta.period_label, meta.period_start, meta.period_end, DOCUMENT)
    clause = text[figure.sentence_start:figure.char_start]
    last_year = _LAST_YEAR.search(clause)
    if last_year and meta.period_start and meta.period_end:
        shift = (meta.period_start.year - int(last_year["year"])) if last_year["year"] else 1
        if shift > 0:
            return (f"{meta.period_label} ({last_year.group(0).strip()})", _years_back(meta.period_start, shift),
                    _years_back(meta.period_end, shift), TEXT)
    # The period named in the figure's sentence, else in the sentences of its paragraph before it
    # ("Tính chung 10 tháng, xuất khẩu ... . Nhập khẩu ước đạt 9,5 tỷ USD").
    in_clause = _nearest_period(clause)
    before = text[paragraph:figure.sentence_start]
    nearest = in_clause or _nearest_period(before)
    year = meta.period_end.year if meta.period_end else meta.published_on.year if meta.published_on else None
    # a holiday named in the figure's sentence, after any other period there: "Dịp lễ 30/4-1/5, tỉnh đón ..."
    holiday = holidays.holiday_period(clause, year)
    if holiday is not None and (in_clause is None or holiday.at > in_clause[1].start()):
        if (holiday.start, holiday.end) == (meta.period_start, meta.period_end):
            return own
        return holiday.label, holiday.start, holiday.end, TEXT
    running = (_running_total(clause, meta) or _the_month_itself(clause, meta)
               or (_the_month_itself(before, meta) if nearest is None and not _RUNNING_TOTAL.search(clause + before)
                   else None)) if in_clause is None else None
    if running is not None:
        return running
    # a crop season named with its years in the figure's sentence, before any other period there: "vụ đông 2021-2022,
    # toàn tỉnh có 1.500 ha cà rốt" is that season's in a report filed under 2022 (a change on "năm 2020" is then one
    # on the season before, not on a far year)
    season = periods.crop_season(clause) if in_clause is None else None
    if season is not None and season[1:] != (meta.period_start, meta.period_end):
        return *season, TEXT
    if nearest is None:
        return own
    kind, match = nearest
    year = meta.period_start.year if meta.period_start else meta.published_on.year if meta.published_on else None
    named_year = match.groupdict().get("year") or match.groupdict().get("year_joined")
    year = int(named_year) if named_year else year
    if year is None:
        return own
    bounds = _bounds(kind, match, year)
    if bounds is None:
        return own
    if bounds == (meta.period_start, meta.period_end):
        return own
    return " ".join(match.group(0).split()), bounds[0], bounds[1], TEXT


def _running_total(clause: str, meta: DocumentMeta) -> tuple[str, date, date, str] | None:
    """January to the month of a month's report, for a figure whose sentence names a running total before it and
    no period (``_RUNNING_TOTAL``)."""
    start, end = meta.period_start, meta.period_end
    if start is None or end is None or start.month == 1 or (start.year, start.month, start.day) != (end.year, end.month, 1) \
            or end != month_end(end.year, end.month) or not _RUNNING_TOTAL.search(clause):
        return None
    return f"{end.month} tháng năm {end.year}", date(end.year, 1, 1), end, TEXT


# "Trong tháng, toàn tỉnh đón ...", "Riêng tháng này, ...": the month itself, named without its number (B53)
_THE_MONTH_ITSELF = re.compile(r"(?:^|[.;]\s*|\n)\s*(?:trong|riêng(?:\s+trong)?)\s+tháng(?:\s+này)?\s*,", re.IGNORECASE)


def _the_month_itself(clause: str, meta: DocumentMeta) -> tuple[str, date, date, str] | None:
    """The last month of a report of the months to date, for a figure whose sentence opens with "Trong tháng," and
    names no other period: the month's own figure, beside the running total the report is filed under."""
    start, end = meta.period_start, meta.period_end
    if start is None or end is None or not months_to_date(start, end) or end.month == 1 \
            or not _THE_MONTH_ITSELF.match(clause):
        return None
    return f"tháng {end.month}/{end.year}", date(end.year, end.month, 1), end, TEXT


# The word each kind of period is named with, whatever else its pattern reads
_WORD_NEEDED = {"to_month": "tháng", "months": "tháng", "month": "tháng", "quarter": "quý", "year": "năm",
                "day": "riêng", "days": "từ"}


def _nearest_period(clause: str) -> tuple[str, re.Match[str]] | None:
    """The period named last in ``clause``, not as a comparison's base; on a tie, the kind listed first."""
    nearest = None
    lowered = clause.lower()
    for kind, pattern in _PERIODS:
        if kind == "span" and not _YEAR_RANGE.search(clause):  # most clauses name no span of years
            continue
        if kind in _WORD_NEEDED and _WORD_NEEDED[kind] not in lowered:
            continue  # a clause naming no month cannot name a month's period: no need to search it
        for match in pattern.finditer(clause):
            if _NOT_THE_PERIOD.search(clause, max(0, match.start() - 16), match.start()) \
                    or (kind == "span" and not is_reported_span(clause, match)):
                continue
            if nearest is None or match.end() > nearest[1].end():
                nearest = (kind, match)
    return nearest


def _bounds(kind: str, match: re.Match[str], year: int) -> tuple[date, date] | None:
    if kind == "days":
        try:  # (a span over the new year starts in the year before its end: "từ 23/12 – 1/1/2025")
            first_year = year - 1 if (int(match["m1"]), int(match["d1"])) > (int(match["m"]), int(match["d"])) else year
            return date(first_year, int(match["m1"]), int(match["d1"])), date(year, int(match["m"]), int(match["d"]))
        except ValueError:
            return None
    if kind == "day":
        try:
            day = date(year, int(match["m"]), int(match["d"]))
        except ValueError:
            return None
        return day, day
    if kind == "year":
        return date(year, 1, 1), date(year, 12, 31)
    if kind == "quarter":
        q = _ROMAN[match["q"].lower()]
        return date(year, 3 * q - 2, 1), month_end(year, 3 * q)
    if kind == "span":
        return date(int(match["first"]), 1, 1), date(year, 12, 31)
    if kind == "month" and match["first"]:
        return date(year, 1, 1), month_end(year, 1)
    if kind == "month" and match["mn"]:
        month = MONTH_NAMES[" ".join(match["mn"].split())]  # "tháng Năm": May
        return date(year, month, 1), month_end(year, month)
    n = match["n"].lower()
    month = _MONTHS.get(n) or int(n)
    if not 1 <= month <= 12:
        return None
    if kind == "month":
        return date(year, month, 1), month_end(year, month)
    return date(year, 1, 1), month_end(year, month)


def _years_back(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)
