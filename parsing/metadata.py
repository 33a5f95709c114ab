"""What a report is about: its province, the period it covers, when it was published."""

from __future__ import annotations

import re
from datetime import date

from parsing import holidays, page, periods, regions, report_area, report_region
from parsing.model import DocumentMeta, SourceFacts
from parsing.numbers import ANY_YEAR


def document_meta(text: str, source: SourceFacts | None = None) -> DocumentMeta:
    """The title, province, period and publication date of a report (see the module's rules)."""
    source = source or SourceFacts()
    title, body_start = page.title_and_body(text)
    # a page's date line comes first, or right under its title ("Tỉnh thành nào ...?" then "01/01/2024 14:00 PM")
    on_the_page = page.published_on_page(text) or (page.published_on_page(text[body_start:]) if title else None) \
        or source.published or page.stamped_in_header(text)
    stamped = page.stamped_in_url(source.url)
    filed = stamped or page.published_in_url(source.url)
    if on_the_page is None and _before_every_year_written(filed, text):
        # "-20180504224262371.htm" over "Trong 11 tháng năm 2021, ... so với cùng kỳ năm 2020": no page reports years
        # to come, so the number in the address is no date of this page (B106)
        stamped = filed = None
    dated = on_the_page or stamped
    # else the date in the address: the page's own, else that of the original a copy names ("Nguồn ...: http://...")
    published = dated or filed or page.published_in_copied_address(text)
    # the period is read without a list of related articles: their headlines name other periods
    unlisted = page.without_link_lists(text)
    period_title, period_body_start = page.title_and_body(unlisted) if unlisted != text else (title, body_start)
    # the headline in the address is the article's headline too ("/bao-cao-...-thang-5-nam-2023-tinh-hai-duong/")
    titles = [t for t in (period_title, source.title, page.address_headline(source.url)) if t]
    # a page dated years after every year its text names keeps the text's year (``periods.page_date_of_another_time``)
    text_year_end = periods.page_date_of_another_time(
        "\n".join((page.without_date_lines(unlisted[period_body_start:]), *titles)), published)
    label, start, end, period_source = periods.report_period(page.unwrapped(unlisted[period_body_start:]), titles,
                                                             text_year_end or published,
                                                             heading=unlisted[:period_body_start],
                                                             page_dated=text_year_end is None)
    if text_year_end is not None and period_source == "published":
        period_source = "text"  # the year is the text's own, not the page's date
    since = _SINCE_NEW_YEAR.search(unlisted)
    # "Từ đầu năm đến nay, ..." opening the report on a page dated to the day is its period, whatever span of months
    # ("trong 5 tháng đầu năm") or holiday ("Giáp Tết ...") a later sentence or the headline names, as a span to a
    # written day opening it is (``periods._opening_day_span``; R35: B13, B16)
    body = unlisted[period_body_start:]
    opening_words = periods.opening_sentence(body)
    opening = _SINCE_NEW_YEAR.search(opening_words)
    if dated is not None and text_year_end is None and not page.stamped_with_a_month(text):
        if _of_the_pages_year(opening, dated):
            since, start = opening, None
        if start is None and _of_the_pages_year(since, dated):
            # "từ đầu năm đến nay" on a page dated to the day (its date line, or a sidecar's date): from 1 January
            # to that day; an address's month ("/202303/") is no day to end on
            label, start, end, period_source = f"từ đầu năm đến {dated:%d/%m/%Y}", date(dated.year, 1, 1), dated, \
                "published"
            if (dated.month, dated.day) <= (1, _DAYS_OF_A_NEW_YEAR):
                # on the first days of January it is the year just ended that has run "from the start of the year"
                # ("02 | 01 | 2020 ... Từ đầu năm đến nay, xuất khẩu gạo ... đạt 91% chỉ tiêu kế hoạch năm 2019", B102)
                year = dated.year - 1
                label, start, end = f"năm {year}", date(year, 1, 1), date(year, 12, 31)
        since_month = _SINCE_THE_MONTHS_START.search(opening_words)
        if since_month is not None and int(since_month["month"]) == dated.month:
            # "Từ đầu tháng 6 đến nay, ..." opening a page dated 12/06/2020: the first of the month to that day (R77b:
            # B66)
            label, start, end, period_source = f"từ đầu tháng {dated.month} đến {dated:%d/%m/%Y}", \
                date(dated.year, dated.month, 1), dated, "published"
    elif dated is None and published is not None and published.day == 1 \
            and (since_month := _SINCE_THE_MONTHS_START.search(opening_words)) is not None \
            and int(since_month["month"]) == published.month:
        # ... on a page filed under its month only (an address's "/202007/"): that month, to its end at most (P53)
        label, start, end, period_source = f"tháng {published.month}/{published.year}", published, \
            periods.month_end(published.year, published.month), "published"
    if dated is None and start is not None and period_source != "title" and _so_far_before_any_year(body) \
            and not _month_named_first(body, start, end) and not _holiday_told_first(body, label, start) \
            and not any(map(periods.names_a_period, titles)) and (label or "") not in body \
            and not _months_counted_in(body, label):
        # "Từ đầu năm đến nay, lượng hàng qua cảng đạt ..." on a page with no date to the day, before any year the
        # text writes, under headlines naming no period: the figures run to a day no one can tell, and a period whose
        # year is read from elsewhere (a year of its history, "Nếu năm 2000 ...", a decision "ngày 09/12/2022") is
        # another time's; one the text writes with its year ("Trong năm 2022, tỉnh này đã xuất khẩu ...") stays (R60);
        # unless the text soon says when "now" is ("đến cuối tháng 6/2021, ...": January to June 2021, B102)
        since_at = _SINCE_NEW_YEAR.search(body)
        now = periods.written_count_after(body, since_at.start()) if since_at is not None else None
        label, start, end = now if now is not None else (None, None, None)
        period_source = "text" if now is not None else None
    region, region_source = report_region.region_with_source(text, title, body_start, source, end or published)
    former = report_region.former_province_reported(text, region, end)
    if former is not None:
        region, region_source = former, "text"
    elif (outlets := report_region.outlets_former_province(region, source.url, end, published)) is not None:
        region, region_source = outlets, "url"
    return DocumentMeta(title=title or source.title, region=region, period_label=label, period_start=start,
                        period_end=end, published_on=published, region_source=region_source,
                        period_source=period_source,
                        region_code=regions.code_of(region, end or published) if region else None,
                        area=report_area.report_area(text, region))


def _before_every_year_written(day: date | None, text: str) -> bool:
    """Whether ``day`` falls in a year before every year ``text`` writes (and it writes one)."""
    if day is None:
        return False
    years = [int(y) for y in ANY_YEAR.findall(text)]
    return bool(years) and day.year < min(years)


_DAYS_OF_A_NEW_YEAR = 5  # days of January on which "từ đầu năm đến nay" still looks back on the year before


# A count of months and the year it was given ("9 tháng 2018", the year from "so với cùng kỳ năm 2017").
_MONTHS_OF_A_YEAR_LABEL = re.compile(r"(?P<months>\d{1,2}\s+tháng(?:\s+đầu\s+năm)?)\s+(?P<year>(?:19|20)\d\d)")


def _months_counted_in(body: str, label: str | None) -> bool:
    """Whether the period read is a count of months the text itself writes, in the year after the one its "cùng kỳ"
    compares with ("Giá trị sản xuất ... 9 tháng qua đạt 1.457 tỷ đồng, ... so với cùng kỳ năm 2017" after "Từ đầu năm
    đến nay, ..."): the span is the text's, dated by its base (P39); not by a year of history told later (R60)."""
    named = _MONTHS_OF_A_YEAR_LABEL.fullmatch(label or "")
    return named is not None and periods.year_after_its_same_period_base(body) == int(named["year"]) \
        and re.search(rf"(?<!\w){re.escape(named['months'])}(?!\w)", body) is not None


def _holiday_told_first(body: str, label: str | None, start: date) -> bool:
    """Whether the period read is a holiday's days the text names before its "từ đầu năm đến nay" ("... trong 5 ngày
    nghỉ lễ 30/4-1/5. ... Tính từ đầu năm đến nay, ..."): the holiday report's own, its year from a base (R72b: P15)."""
    if not label or not holidays.may_name_a_holiday(label):
        return False
    since = _SINCE_NEW_YEAR.search(body)
    named = holidays.holiday_period(body, start.year)
    return since is not None and named is not None and named.at < since.start()


def _of_the_pages_year(since: re.Match[str] | None, dated: date) -> bool:
    """Whether "từ đầu năm (YYYY) đến nay" was found and counts from the new year of the page's date."""
    return since is not None and int(since["year"] or dated.year) == dated.year


# "Từ đầu tháng 6 đến nay": from the first of the page's month to its day
_SINCE_THE_MONTHS_START = re.compile(r"(?<!\w)từ\s+đầu\s+tháng\s+(?P<month>1[0-2]|0?[1-9])(?!\d)(?:\s*[/-]\s*(?:19|20)\d\d)?"
                                     r"\s+(?:đến|tới)\s+nay(?!\w)", re.I)
# "từ đầu năm đến nay", "từ đầu năm 2025 đến nay" (the year written: that of the page's date); "Đầu năm đến nay, ..."
# with "từ" left out (P52)
_SINCE_NEW_YEAR = re.compile(r"(?<!\w)(?:từ\s+)?đầu\s+năm\s+(?:(?P<year>(?:19|20)\d\d)\s+)?(?:đến|tới)\s+nay(?!\w)", re.I)


def _month_named_first(body: str, start: date, end: date | None) -> bool:
    """Whether the period read is one month its opening sentence names before any "từ đầu năm đến nay" ("chỉ số giá
    tiêu dùng tháng 5 tăng 0,3% ... Nhìn chung, từ đầu năm đến nay ...": the month's release, its comment on the
    months so far later, B41)."""
    opening = periods.opening_sentence(body)
    return end is not None and (start.year, start.month, start.day) == (end.year, end.month, 1) \
        and _SINCE_NEW_YEAR.search(opening) is None \
        and re.search(rf"(?<!\w)tháng\s+0?{start.month}(?!\d)", opening, re.I) is not None


def _so_far_before_any_year(body: str) -> bool:
    """Whether ``body`` counts "từ đầu năm đến nay" before it writes any year."""
    since = _SINCE_NEW_YEAR.search(body)
    year = ANY_YEAR.search(body)
    return since is not None and since["year"] is None and (year is None or since.start() < year.start())
