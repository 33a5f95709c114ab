"""How a copied web page is laid out: its date lines, title, lists of related articles, and the date and headline in
its address."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from parsing import regions

_PUBLISHED = re.compile(r"^\s*(?:date|ngày đăng|published)[:\s]+(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)(?:-(?P<d>\d\d))?", re.I)

# News sites file articles under their date: "/202208/", "/2016-3-22/", "/2021/10/05/", or end a
# slug with a time stamp "-20170721160249647.htm".
_URL_MONTH = re.compile(r"/(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])/")
_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)[-/](?P<m>0?[1-9]|1[0-2])(?:[-/](?P<d>0?[1-9]|[12]\d|3[01]))?/")
# "-20220715155152978.htm", "/d20080405033600000.htm": the day and time the page went up, a letter before it or none
_URL_STAMP = re.compile(r"[-/_][a-z]?(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\d{6,}(?:\.\w+)?$")
# A content system several national outlets share ends a slug with the site's three-digit number, then the day and
# time, the year in two digits: "-188251024090228794.chn" (24/10/2025 09:02:28.794), "-185230503085138735.htm"; one
# of them writes two digits of the milliseconds ("-19824043001071994.htm", 30/04/2024 01:07:19).
_URL_SITE_STAMP = re.compile(r"[-/_]\d{3}(?P<y>\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])"
                             r"(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d{2,3}\.\w+$")


def published_in_url(url: str | None) -> date | None:
    """The date a news site filed an article under, from its URL; None if the URL shows none."""
    filed = _filed_in_url(url)
    return filed[0] if filed is not None else None


def stamped_in_url(url: str | None) -> date | None:
    """The day a page went up, from the time stamp ending its address ("-20170802094457383.htm"); None for an
    address that shows only a month ("/201708/") or no stamp: a stamp dates the page as its date line does."""
    filed = _filed_in_url(url)
    return filed[0] if filed is not None and filed[1] in (_URL_STAMP, _URL_SITE_STAMP) else None


def _filed_in_url(url: str | None) -> tuple[date, re.Pattern[str]] | None:
    """The date in an article's URL and the pattern that read it (a time stamp, a day's or a month's folder)."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    path = path.split("://", 1)[-1]
    path = path[path.find("/"):] if "/" in path else ""
    for pattern in (_URL_STAMP, _URL_SITE_STAMP, _URL_DATE, _URL_MONTH):
        match = pattern.search(path)
        if match:
            year = int(match["y"]) + (2000 if pattern is _URL_SITE_STAMP else 0)
            try:
                found = date(year, int(match["m"]), int(match.groupdict().get("d") or 1))
            except ValueError:
                continue
            return (found, pattern) if found <= date.today() else None
    return None


# The original's address a copy gives, on a line of its own or after "Nguồn" ("Nguồn Khánh Hòa: http://www.baokhanhhoa.vn/
# kinh-te/201905/..."): an aggregator's or a portal's copy keeps the date its source filed the article under.
_COPIED_ADDRESS = re.compile(r"^[ \t]*(?:nguồn[^\n:]{0,40}:[ \t]*)?(?P<url>https?://\S+)[ \t]*$", re.I | re.M)


# The words of an address headline that name periods, given back their diacritics: "thang-5-nam-2023".
# And the words that make a year no period ("so-voi-nam-2018", "ke-hoach-nam-2025", "den-nam-2030").
_ADDRESS_PERIOD_WORDS = {"thang": "tháng", "nam": "năm", "quy": "quý", "dau": "đầu", "ca": "cả", "giai": "giai",
                         "doan": "đoạn", "voi": "với", "cung": "cùng", "ky": "kỳ", "ke": "kế", "hoach": "hoạch",
                         "den": "đến", "toi": "tới", "truoc": "trước", "cuoi": "cuối", "muc": "mục", "tieu": "tiêu",
                         "du": "dự", "toan": "toán", "phan": "phấn", "dat": "đạt", "va": "và"}


# The holiday phrases of an address headline, given back their diacritics ("ky-nghi-le-quoc-khanh-29-...");
# phrases, not words: "le" alone is as often the name Lê, "nghi" the "nghị" of "nghị quyết".
_ADDRESS_HOLIDAY_PHRASES = {"ky nghi le": "kỳ nghỉ lễ", "dip le": "dịp lễ", "dip tet": "dịp Tết",
                            "nghi le": "nghỉ lễ", "nghi tet": "nghỉ Tết", "quoc khanh": "Quốc khánh",
                            "tet nguyen dan": "Tết Nguyên đán", "duong lich": "Dương lịch", "gio to": "Giỗ Tổ",
                            "hung vuong": "Hùng Vương"}


# Phrases of an address whose words the word table would spell wrong: "phan dau" is "phấn đấu" (a target), not "phấn đầu".
_ADDRESS_PHRASES = {"phấn đầu": "phấn đấu"}
# The last part of an address that names a page, not its article: "/3-thang-dau-nam-.../index.htm" keeps the headline
# one part up. A copy's tail glued on with "&" ("...-63072.html&mobile=yes&amp=1") is no part of the address.
_PAGE_FILE = re.compile(r"/(?:index|default|home|print|detail|view)(?:\.\w+)?/?$", re.I)


# The last part of an address that is an id alone: "/423102.vnp", "/386730.vnp/".
_ID_ALONE = re.compile(r"/[a-z]{0,4}\d{5,}(?:\.\w+)?/?$", re.I)


def _headline_path(url: str | None) -> str | None:
    if not url:
        return url
    url = url.split("&", 1)[0]
    return _PAGE_FILE.sub("", url.split("?", 1)[0].split("#", 1)[0])


def address_headline(url: str | None) -> str | None:
    """The headline of an article's address as words ("10 tháng hon 68 trieu luot ..."), its period and
    holiday words with their diacritics, for reading a period; None for an address with no headline."""
    path = _headline_path(url)
    words = regions.url_headline_words(path)
    if not words and path and _ID_ALONE.search(path):
        # an address ending in an id alone ("/chi-so-gia-tieu-dung-thang-12-cua-tp-ho-chi-minh-tang-052/423102.vnp")
        # keeps its headline one part up (R60)
        words = regions.url_headline_words(_ID_ALONE.sub("", path))
    if len(words) < 3:
        return None
    headline = " ".join(_ADDRESS_PERIOD_WORDS.get(w, w) for w in words)
    for phrase, spelled in (*_ADDRESS_HOLIDAY_PHRASES.items(), *_ADDRESS_PHRASES.items()):
        headline = re.sub(rf"(?<!\w){phrase}(?!\w)", spelled, headline)
    # "quy-i2017", "quy-1-2017", "thang-9-2023": a quarter or month and its year, the slash the address dropped
    return _ADDRESS_PART_AND_YEAR.sub(lambda m: f"{m['word']} {m['part'].upper()}/{m['year']}", headline)


_ADDRESS_PART_AND_YEAR = re.compile(r"(?<!\w)(?P<word>quý|tháng)\s+(?P<part>iv|i{1,3}|1[0-2]|0?[1-9])\s*(?P<year>(?:19|20)\d\d)"
                                    r"(?!\d)", re.I)


def published_in_copied_address(text: str) -> date | None:
    """The date in the address of the original a copied page names (see ``_COPIED_ADDRESS``); None if none does."""
    for match in _COPIED_ADDRESS.finditer(text):
        found = published_in_url(match["url"])
        if found is not None:
            return found
    return None


# A page copied with its date line first: "23/02/2024 - 12:04", "Thứ Sáu, 05/07/2024 08:30 (GMT+7)", "17:58, 28/03/2024",
# "Thứ 7, 23/11/2024, 14:06[GMT+7]", "2:08:38 PM | 3/6/2014" (a time to the second, then the day), "Thứ tư, ngày
# 08/09/2021", "9-12-2019, 11:0 GMT+7" (a minute printed with one digit), and the day in words: "Thứ Hai, Ngày 14 tháng 07
# năm 2025,"; a portal's view counter may follow ("Thứ Tư, 27/01/2021 Đã xem: 19", R64).
# ("Cập nhật ngày: 25/9/2017", B109)
_DATE_LINE = re.compile(r"\s*(?:[•·][ \t]*)?(?:cập\s+nhật(?:\s+lúc)?\s*:?\s*)?(?:\d{1,2}[:h]\d\d(?::\d\d)?(?:\s*[AP]M)?\s*[,|]?\s*)?"
                        r"(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*)?(?:ngày\s*:?\s*)?(?:(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-]"
                        r"(?P<y>(?:19|20)\d\d)|(?P<pd>\d{1,2})[ \t]+\|[ \t]+(?P<pm>\d{1,2})[ \t]+\|[ \t]+(?P<py>(?:19|20)\d\d)|(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})\s+năm\s+(?P<wy>(?:19|20)\d\d)\s*,?)"
                        r"(?:\s*[-|,]?\s*\d{1,2}[:h]\d\d?(?::\d\d)?(?:\s*[AP]M)?)?\s*(?:[(\[]GMT[^)\]\n]*[)\]]|GMT\s*[+-]\s*\d{1,2})?"
                        r"(?:[ \t]*\|[ \t]*[^\n\d]{1,30})?(?:[ \t]*[|-]?[ \t]*(?:đã|lượt)\s+xem\s*:?\s*\d[\d.,]*)?"
                        r"[ \t]*(?:\n|$)",
                        re.I)


_HEADER = 600  # characters at the top of a page where the site's own date lines stand


def published_on_page(text: str) -> date | None:
    """The date of the page's date line at its start. A site's header often shows another day (the day
    the page was read, "Thứ bảy 31/01/2026 10:49", then "Hotline ...") above the article's own date
    line ("04/09/2024 15:54"): of the date lines at the top, the last, nearest the article, is its own."""
    at = _past_furniture(text)
    match = _PUBLISHED.match(text) or _DATE_LINE.match(text, at)
    if not match:
        return None
    found = _date_of(match)
    if found is None or _PUBLISHED.match(text):
        return found
    for line in re.finditer(r"\n", text[:_HEADER]):
        later = _DATE_LINE.match(text, line.end())
        later_date = _date_of(later) if later else None
        if later_date is not None:
            found = later_date
    return found


# A date line further down the header, after the title, a byline or a section's name: the stamp a site prints above
# or below its headline, with the time ("Xuân Hải 16:40, 30/09/2022", "10:49 | 07/06/2021 Print", "Cập nhật 15:00
# ngày 11/10/2017", "Ngày 05/11/2019-16:41:00 PM", "13/08/2019 16:00 CH") or a label ("Ngày đăng: 12/07/2019",
# "(Cập nhật: 31/08/2022)"). A date with neither is a headline's in a list of links ("... (29-05-2019)") or a
# sentence's ("Sáng ngày 07.11.2018 tại ..."), no stamp.
_TIME = r"\d{1,2}[:h]\d\d?(?::\d\d)?'?(?:\s*(?:[AP]M|CH|SA)(?!\w))?"
_STAMP_LINE = re.compile(r"^[ \t]*(?P<pre>(?:(?!\d{1,2}[/.-]\d)[^\n]){0,45}?)[ \t(•]*"
                         rf"(?:(?P<t1>{_TIME})[ \t]*[,|-]?[ \t]*)?(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?"
                         r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>(?:19|20)\d\d)"
                         rf"(?:[ \t]*[-|,]?[ \t]*(?P<t2>{_TIME}))?[ \t]*(?:[(\[]?GMT[^)\]\n]*[)\]]?)?[ \t)]*"
                         r"(?P<post>(?:(?!\d{1,2}[/.-]\d)[^\n]){0,25})$", re.I | re.M)
# ("Đăng ngày 05/05/2016": the stamp's "ngày" is read with its date, the label keeps "Đăng" alone, P28)
_STAMP_LABEL = re.compile(r"(?:ngày\s+đăng|cập\s+nhật|ngày\s+phát\s+hành|đăng\s+lúc|^\W*(?:được\s+)?đăng)\W*$", re.I)


def stamped_in_header(text: str) -> date | None:
    """The date of the last stamp line (``_STAMP_LINE``) in the page's header: the article's own, as in
    ``published_on_page``; a line with words around its date counts only with a time or a label beside it."""
    found = None
    links = link_list_spans(text)  # (a related article's date is not the page's)
    for match in _STAMP_LINE.finditer(text[:_HEADER]):
        if any(start <= match.start() < end for start, end in links):
            continue
        timed = match["t1"] or match["t2"] or _STAMP_LABEL.search(match["pre"])
        if not timed and (match["pre"].strip(" \t()•-|,") or match["post"].strip(" \t()•-|,")):
            continue
        found = _date_of(match) or found
    return found


def is_stamp_line(line: str) -> bool:
    """Whether ``line`` is a page's date stamp (``_STAMP_LINE``) with a time or a label beside its date ("Kinh tế -
    Ngày đăng : 05:08, 11/11/2024"): no sentence of the article."""
    match = _STAMP_LINE.fullmatch(line.strip())
    return match is not None and bool(match["t1"] or match["t2"] or _STAMP_LABEL.search(match["pre"]))


def stamped_with_a_month(text: str) -> bool:
    """Whether the page opens with a stamp giving only a month ("date 2023-05", read as the 1st by
    ``published_on_page``): no day to count a span to."""
    stamp = _PUBLISHED.match(text)
    return stamp is not None and not stamp["d"]


def without_date_lines(text: str) -> str:
    """``text`` without the date lines (and a "date 2017-03" stamp) it opens with: what the article itself says."""
    stamp = _PUBLISHED.match(text)
    at = stamp.end() if stamp else 0
    while True:
        line = _DATE_LINE.match(text, at)
        if line is None or line.end() == at:
            return text[at:]
        at = line.end()


def _date_of(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    year, month, day = ("wy", "wm", "wd") if groups.get("wy") else ("py", "pm", "pd") if groups.get("py") else ("y", "m", "d")
    try:
        return date(int(groups[year]), int(groups[month]), int(groups.get(day) or 1))
    except ValueError:
        return None


# A headline and its date, one a line, "Tình hình kinh tế - xã hội tháng 9 năm 2014 - 01/10/2014" or ">   Tháng 11
# ước nhập siêu 300 triệu USD (27/11/2014)": an item of a list of related articles (or the site's latest news)
# printed around the report.
# (also a date with dots and the time after a bar: "- <headline> 25.11.2024 | 15:12 PM")
_DOTTED_STAMP = r"\d{1,2}\.\d{1,2}\.(?:19|20)\d\d(?:\s*\|\s*\d{1,2}:\d\d(?:\s*[AP]M)?)?"
# (or the date and time in parentheses, glued to the headline: "...hỗ trợ học sinh vùng cao(03/02/2019 10:05 SA)", R72)
_STAMP_IN_PARENS = r"\(\d{1,2}/\d{1,2}/(?:19|20)\d\d(?:\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*(?:[AP]M|CH|SA))?)?\)"
_LINK_LINE = re.compile(r"^[ \t]*(?:[>•·*][ \t]*)?[^\n]{8,240}?"
                        rf"(?:\s[-–]\s\d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d|\s?{_STAMP_IN_PARENS}"
                        rf"|\s{_DOTTED_STAMP})[ \t]*$", re.M)


_LINK_END = re.compile(rf"(?:\d/(?:19|20)\d\d\)?|{_STAMP_IN_PARENS}|{_DOTTED_STAMP})[ \t]*$", re.M)


@lru_cache(maxsize=4)
def link_list_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` lists related articles: every run of two or more headline-and-date lines."""
    ends = _LINK_END.finditer(text)
    if next(ends, None) is None or next(ends, None) is None:
        return ()  # fewer than two lines end in a date: no list
    runs: list[list[re.Match[str]]] = []
    for link in _LINK_LINE.finditer(text):
        if runs and not text[runs[-1][-1].end():link.start()].strip():
            runs[-1].append(link)
        else:
            runs.append([link])
    return tuple((link.start(), link.end()) for run in runs if len(run) >= 2 for link in run)


def without_link_lists(text: str) -> str:
    """``text`` with every run of two or more headline-and-date lines blanked out (same length)."""
    spans = link_list_spans(text)
    if not spans:
        return text
    out = list(text)
    for start, end in spans:
        out[start:end] = " " * (end - start)
    return "".join(out) if spans else text



# A line break inside a sentence, as in text wrapped at a fixed width ("giảm 3,88% so cùng\nvụ năm 2019"): after a
# letter, digit or comma, before a lower-case letter
_WRAP = re.compile(r"(?<=[\w,])[ \t]*\n[ \t]*(?=[^\W\d_])")


def unwrapped(text: str) -> str:
    """``text`` with the line breaks of fixed-width wrapping made spaces, every character where it was: phrases
    split over two lines ("so với\ncùng kỳ năm 2019") read as written."""
    return _WRAP.sub(lambda m: m.group().replace("\n", " ") if text[m.end()].islower() else m.group(), text)


def title_and_body(text: str) -> tuple[str | None, int]:
    """The title (the first line, when it reads as one) and where the body after it starts. A page's date line, the
    site's furniture a copied page keeps above the title (``_furniture``) and a section's name in capitals that the
    title goes on from come before it."""
    at = 0
    lines = text.splitlines(keepends=True)
    for n, line in enumerate(lines):
        if not line.strip() or _DATE_LINE.fullmatch(line) or _furniture(line) \
                or _section_over_its_title(line, next((after for after in lines[n + 1:] if after.strip()), "")):
            at += len(line)
            continue
        title = _title(line)
        return title, (at + len(line) if title else at)
    return None, 0


def _section_over_its_title(line: str, after: str) -> bool:
    """"TÌNH HÌNH KINH TẾ XÃ HỘI" over "Tình hình kinh tế xã hội tháng 4 năm 2019": a section's name in capitals, no
    digit in it, that the next line, the article's title, opens with and goes on from (B49)."""
    words, next_words = line.split(), after.split()
    return bool(words) and line.strip().isupper() and not any(c.isdigit() for c in line) \
        and len(next_words) > len(words) and [w.casefold() for w in next_words[:len(words)]] == \
        [w.casefold() for w in words]


# A site's furniture above an article's title: a breadcrumb ("Trang chủ / Tin tức / Mô hình kinh tế", "Kinh tế >
# Du lịch"), a menu or header of short items between bars ("Thứ hai, 00/00/2023 | ° |"), or a line of one or two
# short words ("Tin mới", "Tin tức", "1", "aa"): a title has more words than that.
_BREADCRUMB = re.compile(r"\s*(?:trang\s+chủ\s*[/>»›|]|[^\n]*?\s[/>»›]\s[^\n]*?\s[/>»›]\s)", re.I)
_FURNITURE_WORDS = 2
_MENU_ITEM_WORDS = 3


def _furniture(line: str) -> bool:
    words = line.split()
    if not any(c.isalnum() for c in line):
        return False  # a bullet ("-", "•") opens a list of related headlines: none of them is the title
    if len(words) <= _FURNITURE_WORDS and len(line.strip()) < 20:
        return True
    if _BREADCRUMB.match(line):
        return True
    return "|" in line and all(len(item.split()) <= _MENU_ITEM_WORDS for item in line.split("|"))


def _past_furniture(text: str) -> int:
    """Where ``text`` starts after the site's furniture lines above it (a breadcrumb, a menu): 0 without any."""
    at = 0
    for line in text.splitlines(keepends=True):
        if line.strip() and (not _furniture(line) or _DATE_LINE.fullmatch(line)):
            return at
        at += len(line)
    return at


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

_SPACES = re.compile(r"\s*")

def lead_start(text: str, body_start: int) -> int:
    """Where the first sentence starts: after blank lines and a page's date line ("Cập nhật lúc 23:52, Thứ
    Sáu, 08/11/2019 (GMT+7)")."""
    at = _past_spaces(text, body_start)
    while True:
        line = _DATE_LINE.match(text, at)
        if line is None or line.end() == at:
            return at
        at = _past_spaces(text, line.end())


def _past_spaces(text: str, at: int) -> int:
    spaces = _SPACES.match(text, at)
    assert spaces is not None  # it matches the empty string
    return spaces.end()
