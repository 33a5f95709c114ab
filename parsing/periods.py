"""The period a report covers, read from its text, its titles and its publication date."""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from datetime import date
from functools import cache, partial

from parsing import holidays, page
from parsing.numbers import ANY_YEAR, SPELLED
from parsing.patterns import phrase_alternation
from parsing.scan import finditer_at, starts
from parsing.sentences import SENTENCE_END, sentence_around
from parsing.times_not_reported import (
    DEADLINE,
    EVENT_BEFORE,
    FIGURE_IN_CLAUSE,
    PLANS_PERIOD,
    PLANS_PERIOD_REACH,
    SPAN_ENDING_AT,
    dates_an_event,
    heads_a_column,
    is_reported_span,
    level_moved_from,
    plan_year,
)
from parsing.vocabulary import _rows

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_MONTH_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
                "mười một": 11}
# The months' names, as a report writes them after "tháng" ("tháng Năm năm 2023", "tháng Chạp"; "tháng Một năm 2025"
# in a statistics office's release, B83)
MONTH_NAMES = {"Giêng": 1, "Một": 1, "Hai": 2, "Ba": 3, "Tư": 4, "Bốn": 4, "Năm": 5, "Sáu": 6, "Bảy": 7, "Tám": 8, "Chín": 9,
                "Mười": 10, "Mười một": 11, "Mười Một": 11, "Mười hai": 12, "Mười Hai": 12, "Chạp": 12}
_MONTH_NAME = "|".join(sorted(MONTH_NAMES, key=len, reverse=True))
# a month or a count of months spelled ("tháng Bảy và bảy tháng năm 2023"), the longest first
_MONTH_WORD = "|".join(sorted(_MONTH_WORDS, key=len, reverse=True))
_N_MONTHS = r"(?P<n>1[01]|0?[2-9]|ba|sáu|bảy|chín|mười một|mười)"  # "09 tháng": official reports pad the count
# with its year, also "hai tháng đầu năm 2026": "hai", "bốn", "tám" before "tháng" alone are as often a duration
_N_MONTHS_OF_A_YEAR = _N_MONTHS[:-1] + r"|(?:hai|bốn|tám)(?=\s+tháng\s+đầu\s+năm))"
_YEAR = r"(?:năm\s+)?(?P<year>(?:19|20)\d\d)"
_GLUED_OR_SPACE = r"(?:\s+|(?<=\d))"  # a count written in digits may be glued to "tháng": "9tháng của tỉnh"
# The report period, in order of preference. "cuối năm" (the plan for the rest
# of the year) is never the period a report covers.
# A sentence's or a line's first word, also after a line's indent: the match starts at the word itself, as
# ``parsing.scan.finditer_at`` (which tries only the places a word starts) needs; lookbehinds have a fixed width, so
# an indent (or blanks after a full stop) of up to eight.
_LINE_OR_SENTENCE_OPENING = "(?:^" + "".join(f"|(?<=^[ \\t]{{{n}}})|(?<=[.!?] [ \\t]{{{n - 1}}})" for n in range(1, 9)) + ")"
# a count of days spelled, before "ngày đầu năm"
_DAYS_SPELLED = {word: SPELLED[word] for word in ("hai", "ba", "bốn", "năm", "mười")}
_PERIODS = [
    # (also "10 tháng của năm 2023", R77b: B64)
    ("months", re.compile(rf"(?<!\w){_N_MONTHS_OF_A_YEAR}{_GLUED_OR_SPACE}tháng(?:\s+đầu\s+năm|\s+của)?\s+{_YEAR}", re.I)),
    ("quarter", re.compile(r"(?<!\w)qu[ýí]\s+(?P<q>IV|III|II|I|[1-4])(?:\s*(?:năm|/)\s*|\s*[-.]\s*|\s+)"
                           r"(?P<year>(?:19|20)\d\d)", re.I)),
    # "năm 2023," "Năm 2024 đã ...", a title or heading ending with "năm 2024"; "năm 2020 vừa qua" (the year just
    # ended, as a January review names it: "năm 2021 này" beside it is the year of its plans)
    ("year", re.compile(r"(?<!\w)(?:cả\s+năm|năm)\s+(?P<year>(?:19|20)\d\d)(?=\s*[,.:;]|[ \t]*(?:\n|$)|\s+(?:ước|đạt|"
                        r"tăng|tổng|kinh tế|toàn tỉnh|tỉnh|đã|dự kiến đạt|vừa\s+qua(?!\w)))", re.I)),
    # "Năm 2020 về kinh tế - xã hội ...": a year opening a sentence or a line is the time of the sentence, whatever
    # follows (a plan's year is left out by ``plan_year``)
    ("year", re.compile(_LINE_OR_SENTENCE_OPENING + r"năm\s+(?P<year>(?:19|20)\d\d)(?!\d)(?!\s*[-–/]\s*\d)",
                        re.I | re.M)),
    # "ước cả năm 2021 kim ngạch ...": the whole year, whatever follows
    ("whole_year", re.compile(r"(?<!\w)cả\s+năm\s+(?P<year>(?:19|20)\d\d)(?!\d)", re.I)),
    # "giai đoạn 2021-2025", "bình quân 5 năm 2021-2025": a span of years (``_is_plan`` leaves out a plan's)
    # "nhiệm kỳ 2020-2025, tỉnh ... đạt": a term, as the time the clause reports on (``is_reported_span``)
    ("span", re.compile(r"(?<!\w)(?:giai\s+đoạn|(?:\d{1,2}|hai|ba|bốn|năm|mười)\s+năm(?:\s+qua)?|nhiệm\s+kỳ)\s+(?:từ\s+(?:năm\s+)?)?"
                        r"(?P<first>(?:19|20)\d\d)\s*(?:[-–]|đến)\s*(?:năm\s+)?(?P<year>(?:19|20)\d\d)(?!\d)", re.I)),
    # "Trong 2 năm (2022-2023)", "10 năm (2010-2019)", "Trong năm 2022 và năm 2023, ...", "Hai năm 2022 và 2023, ...":
    # two or more years as the time of the clause (``is_reported_span``)
    ("span", re.compile(r"(?<!\w)(?:\d{1,2}|hai|ba|bốn|năm|mười)\s+năm\s*\(\s*(?P<first>(?:19|20)\d\d)\s*[-–]\s*"
                        r"(?P<year>(?:19|20)\d\d)\s*\)", re.I)),
    ("span", re.compile(r"(?<!\w)năm\s+(?P<first>(?:19|20)\d\d)\s+và\s+(?:năm\s+)?(?P<year>(?:19|20)\d\d)(?=\s*,)",
                        re.I)),
    # "Năm 2016-2017, huyện đã mở 28 lớp ...": two years opening a sentence, as the time of it (B76)
    ("span", re.compile(_LINE_OR_SENTENCE_OPENING + r"năm\s+(?P<first>(?:19|20)\d\d)\s*[-–]\s*(?P<year>(?:19|20)\d\d)(?=\s*,)",
                        re.I | re.M)),
    # "đến hết tháng 6/2022", "lũy kế đến hết tháng 12-2014", "ước thực hiện hết tháng 11/2023", "Tính đến cuối
    # tháng 6-2015", "tính đến tháng 11/2022": January to that month, the year to date ("đến tháng 12/2025" alone
    # is as often a deadline, "đến cuối tháng 5-2021" a stock's date)
    # ... or to a quarter's end: "Đến hết quý III năm 2020, tăng trưởng kinh tế toàn tỉnh mới đạt 6,58%" (P43)
    # ... or a month ended: "Kết thúc tháng 11/2019, tổng thu ngân sách ... đạt ... kế hoạch" (B102)
    ("to_month", re.compile(r"(?<!\w)(?:(?:tính\s+)?đến\s+hết|tính\s+đến(?:\s+cuối)?|hết|kết\s+thúc)\s+"
                            r"(?:tháng\s+(?P<m>1[0-2]|0?[1-9])|qu[ýí]\s+(?P<q>IV|III|II|I|[1-4]))"
                            r"(?:\s+năm\s+|\s*[/.-]\s*)"
                            r"(?P<year>(?:19|20)\d\d)", re.I)),
    # "tháng 10/2023", "Tháng đầu tiên của năm 2024" (January), "tháng Năm năm 2023" (a month's name, capitalised:
    # "tháng năm 2023" is no month)
    # (the province between them in a release's title: "Tình hình KT - XH tháng 11 tỉnh Hà Giang năm 2019", B83)
    ("month", re.compile(r"(?<!\w)tháng\s+(?:(?P<m>1[0-2]|0?[1-9])|(?P<first>đầu\s+tiên)"
                         rf"|(?-i:(?P<mn>{_MONTH_NAME}))(?!\w))"
                         r"(?:\s+(?:tỉnh|thành\s+phố)(?:\s+[^\W\d]+){1,3}?(?=\s+năm\s))?"
                         r"(?:\s+(?:của\s+)?năm\s+|\s*[/.-]\s*)(?P<year>(?:19|20)\d\d)", re.I)),
    # (also "2 quý đầu năm 2025", the first two quarters: R77b, B66; and "trong 3 quý năm 2021", the first three: B93)
    ("half", re.compile(rf"(?<!\w)(?:nửa\s+đầu|(?:2|hai)\s+quý\s+đầu|(?P<quarters>3|ba)\s+quý(?:\s+đầu)?)\s+{_YEAR}",
                        re.I)),
    # "15 ngày đầu tháng 8-2022": the first days of a month (R67)
    ("days", re.compile(r"(?<![\w,.])(?P<d>[12]?\d|3[01])\s+ngày\s+đầu\s+tháng\s+(?P<m>1[0-2]|0?[1-9])"
                        r"(?:\s+năm\s+|\s*[/.-]\s*)(?P<year>(?:19|20)\d\d)(?!\d)", re.I)),
    # "Hai ngày đầu năm 2026", "10 ngày đầu năm 2024": the first days of a year (R94: B99)
    ("days", re.compile(rf"(?<![\w,.])(?P<d>[12]?\d|3[01]|{'|'.join(_DAYS_SPELLED)})\s+ngày\s+đầu(?:\s+tiên)?(?:\s+của)?"
                        r"\s+năm\s+(?P<year>(?:19|20)\d\d)(?!\d)", re.I)),
]
# Where each period can start (see ``parsing.scan``); a number of months also at a digit run.
_PERIOD_START_WORDS = {"months": ("hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười"), "quarter": ("quý", "quí"),
                       "year": ("cả", "năm"), "whole_year": ("cả",), "span": ("giai", "hai", "ba", "bốn", "năm", "mười",
                                                                               "nhiệm"),
                       "to_month": ("đến", "hết", "tính", "kết"), "month": ("tháng",), "half": ("nửa", "hai", "ba"),
                       "days": tuple(_DAYS_SPELLED)}
_DIGIT_STARTS = ("months", "span", "days", "half")  # kinds that can start at a digit run ("9 tháng", "5 năm 2021-2025")
# A period written without its year: the year comes from the publication date (``_year_for``).
# "6 tháng" and "9 tháng" (and "7", "11") alone are how reports name their period; other counts
# of months only as a span of this year ("5 tháng đầu năm", "5 tháng qua", "trong 5 tháng", "lũy kế
# 5 tháng"): "3 tháng tới" is a plan, "sau 2 tháng" a duration.
_NO_YEAR_AFTER = r"(?!\s*(?:năm\s+)?(?:19|20)\d\d)(?!\s*/\s*(?:19|20)\d\d)(?!\s+(?:cuối|tới|sau|còn lại|trước))"
_PARTIAL_PERIODS = [
    # (not a lunar day, "mùng 6 tháng Giêng", nor a day of a month named, "ngày 6 tháng Bảy": R93, B98)
    ("months", re.compile(rf"(?<!\w)(?<!mùng )(?<!mồng )(?<!ngày )"
                          rf"(?:(?P<plain>0?6|sáu|0?9|chín|0?7|bảy|11|mười một){_GLUED_OR_SPACE}tháng(?!\s+(?-i:{_MONTH_NAME})(?!\w))"
                          rf"(?:\s+đầu\s+năm)?"
                          rf"|(?:(?<=trong )|(?<=kế )|(?<=chung )){_N_MONTHS}{_GLUED_OR_SPACE}tháng"
                          rf"|(?P<span>1[01]|0?[2-9]|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười một|mười){_GLUED_OR_SPACE}tháng\s+"
                          rf"(?:đầu\s+năm|qua)"
                          rf"){_NO_YEAR_AFTER}", re.I)),
    ("half", re.compile(rf"(?<!\w)nửa\s+đầu\s+năm{_NO_YEAR_AFTER}", re.I)),
    # "tính từ đầu năm tới hết tháng 8", "lũy kế đến hết tháng 11": January to that month of the page's year
    ("to_month", re.compile(r"(?<!\w)(?:từ\s+đầu\s+năm\s+(?:đến|tới)(?:\s+hết)?|(?:tính|lũy\s+kế|luỹ\s+kế)\s+(?:đến|tới)"
                            r"\s+hết)\s+tháng\s+0?(?P<n>1[0-2]|[1-9])(?!\d)(?!\s*[/.-]\s*(?:19|20)\d\d)"
                            r"(?!\s+(?:năm\s+)?(?:19|20)\d\d)", re.I)),
    ("quarter", re.compile(rf"(?<!\w)qu[ýí]\s+(?P<q>IV|III|II|I|[1-4])(?!\w){_NO_YEAR_AFTER}", re.I)),
    # "năm qua": the year that has just ended, unless written at its very end ("những năm qua": years)
    # "Hai năm qua", "3 năm qua": the years just ended, a span ("những năm qua" is no count)
    ("years_past", re.compile(r"(?<![\w,.])(?P<n>[2-9]|hai|ba|bốn|mười)\s+năm\s+(?:vừa\s+)?qua(?!\w)", re.I)),
    ("past_year", re.compile(r"(?<!những )(?<!các )(?<!nhiều )(?<!\d )(?<!hai )(?<!ba )(?<!bốn )(?<!mười )(?<!\w)"
                             r"năm\s+(?:vừa\s+)?qua(?!\w)", re.I)),
    # "giá trị năm nay lại tăng": this year (not "tháng 5 năm nay", "dịp lễ năm nay": ``_THIS_YEAR_OF``; not "hàng
    # chục năm nay", "nhiều năm nay", "10 năm nay": for years now, no year at all)
    ("this_year", re.compile(r"(?<!chục )(?<!trăm )(?<!nhiều )(?<!mấy )(?<!bao )(?<!vài )(?<!những )(?<!các )(?<!\d )"
                             r"(?<!hai )(?<!ba )(?<!bốn )(?<!mười )(?<!\w)năm\s+nay(?!\w)", re.I)),
]
# The kinds of ``_PARTIAL_PERIODS`` that run from 1 January to the end of a month.
_FROM_JANUARY = ("months", "half", "to_month")
# "năm nay" after these names part of the year, not the year itself
# (a day or a month in digits right before: "dịp 30/4 năm nay"; not an amount a few words back: "4.000 tấn thì năm nay",
# B71); a crop season named without "vụ" is one too ("lương thực đông xuân năm nay", P53)
_THIS_YEAR_OF = re.compile(r"(?:(?:tháng|qu[ýí]|đầu|dịp|lễ|vụ|mùa|kỳ|nghỉ|tết|đông\s*[-–]?\s*xuân|hè\s*[-–]?\s*thu"
                           r"|thu\s*[-–]?\s*đông|chiêm)[^.;,\n]{0,12}|\d[^\w.;,\n]{0,3})$", re.I)
# Words before a count of months that make it a duration, not the report's period.
# ("ổn định từ 5 - 6 tháng qua": a range of months is a duration too, B59)
_DURATION = re.compile(r"(?:(?:sau|mỗi|vòng|hơn|gần|khoảng|trên|dưới|tới|từ|mất)\s*|(?<![\d:.,])\d{1,2}[ \t]*[-–][ \t]*)$",
                       re.I)
# "Trước đó, năm 2023, ...": an earlier time recalled, no year a text reports on (R67b, R69)
_RECALLED = r"(?<!\w)trước\s+đó\s*,?(?:\s*(?:trong|vào))?"
# A year after these words is the base of a comparison, a plan's horizon, a deadline or a date, not
# the report's period.
# Also a base year: "giá so sánh năm 2010" (constant prices), "tái lập tỉnh vào năm 1992" (a founding), and
# the start of a span: "từ đầu năm 2022".
# ("thực hiện nhiệm vụ năm 2025": the year's tasks carried out, the year reviewed, P37)
_NOT_THE_PERIOD = re.compile(r"(?:cuối|(?<!\w)đầu|(?<!\w)giữa|cùng k[ỳì]|so với|so sánh|giai đoạn|đến|kế hoạch|dự toán|(?<!thực hiện )nhiệm vụ|trước|mục tiêu|"
    r"phấn đấu|"
                             # a part of the report's period, told apart: "Tính riêng trong quý III/2025, GRDP ..."
                             r"(?<!\w)riêng(?:\s+trong)?|"
                             # an earlier time recalled: "Trước đó, năm 2023, thành phố thu hút ..."
                             rf"{_RECALLED}|"
                             # a year something began in: "Từ năm 2019, tỉnh triển khai ...", "kể từ năm 2016"
                             r"(?<!\w)từ|"
                             # a year work is carried over into: "13 công trình chuyển tiếp sang năm 2022" (R77: B63)
                             r"(?<!\w)sang|"
                             r"(?<!\w)lập(?:\s+tỉnh)?(?:\s+(?:vào|từ))?|"
                             # a decade or several years: "Những năm 2000, ...", "thập niên 1990", "các năm 2021, 2022"
                             r"(?<!\w)(?:những|các|thập\s+(?:niên|kỷ))|"
                             # a person's year of birth ("sinh năm 1995"), not what arose in a year ("phát sinh")
                             r"(?<!phát\s)(?<!\w)sinh|"
                             r"ngày(?:\s+\d\d?)?|tháng\s+\d\d?|"
                             # a crop season ("vụ Chiêm xuân năm 2023"), last year's value ("năm ngoái (năm 2018 đạt")
                             r"(?<!\w)vụ\s+(?:đông\s+xuân|chiêm(?:\s+xuân)?|hè\s+thu|thu\s+đông|mùa|xuân|hè|đông)|"
                             r"(?:ngoái|trước|cùng k[ỳì])\s*\(|"
                             # the base of a percentage or a multiple: "bằng 79% tháng 7/2019", "gấp 3 lần năm 2019"
                             r"(?:bằng|gấp)\s+(?:hơn\s+|gần\s+|khoảng\s+)?[\d.,]+(?:\s*[-–]\s*[\d.,]+)?\s*(?:%|lần))\s*$", re.I)
# The same for a year standing alone: also "cùng kỳ năm 2022" and the end of a span "2021-2025". (The
# year of a date is the report's: a report is written, its meetings held, in the year it covers or
# just after, and "tính đến ngày 15/9/2022" dates the figures themselves.)
_YEAR_NOT_THE_PERIOD = re.compile(
    r"(?:so\s+với(?:\s+(?:dịp|lễ|tết|kỳ|kì|nghỉ|mùa|đợt))+\s+năm\s*"
    r"|(?:cuối|(?<!\w)(?<!tháng\s)đầu|(?<!\w)giữa|cùng k[ỳì]|so với|so sánh|giai đoạn|đến|kế hoạch|dự toán|nhiệm vụ|trước|mục tiêu|"
    rf"phấn đấu|{_RECALLED}|(?<!\w)(?:những|các|thập\s+(?:niên|kỷ))|"
    r"(?<!\w)lập(?:\s+tỉnh)?(?:\s+(?:vào|từ))?|(?<!phát\s)(?<!\w)sinh|(?:ngoái|trước|cùng k[ỳì])\s*\()\s*(?:năm\s*)?"
    r"|(?:bằng|gấp)\s+(?:hơn\s+|gần\s+|khoảng\s+)?[\d.,]+(?:\s*[-–]\s*[\d.,]+)?\s*(?:%|lần)\s*(?:tháng\s+\d\d?\s*[/.-]\s*|năm\s*)?"
    r"|(?:19|20)\d\d\s*[-–]\s*)$", re.I)
# "so với cùng kỳ năm 2022", "so với dịp lễ năm 2023" (the same holiday a year before): the year before the report's
_SAME_PERIOD_OF = re.compile(r"(?:cùng\s+k[ỳì]|so\s+với(?:\s+(?:dịp|lễ|tết|kỳ|kì|nghỉ|mùa|đợt))*|năm\s+(?:ngoái|trước)\s*\()"
                             r"(?:\s*năm)?\s+(?P<year>(?:19|20)\d\d)(?!\d)", re.I)
_SAME_PERIOD_OF_WORDS = ("cùng", "so", "năm")


def _same_period_bases(text: str) -> Iterator[re.Match[str]]:
    """The bases of ``text``'s comparisons with a same period of a named year (``_SAME_PERIOD_OF``), far bases left
    out (``_is_far_base``)."""
    return (m for m in finditer_at(_SAME_PERIOD_OF, text, starts(text, _SAME_PERIOD_OF_WORDS, False))
            if not _is_far_base(text, m))


# A period compared with, a few words after the comparison ("so với thời điểm năm 2015", "so năm 2015", "vượt mức năm 2019",
# "so với dịp lễ năm 2023", a clause opening "Như năm 2022, hai địa phương ...": as in that year), or last year's value in parentheses after an amount ("đạt 5.000 tỷ đồng (năm
# 2022 đạt 4.000 tỷ đồng)"): a base, not the report's period. So is the year of a contrast's first half ("Nếu như năm
# 2016 doanh thu ... chỉ đạt ... thì ...").
# A holiday's or a season's days of a year before, named as a base: "so với dịp lễ năm 2017", "so với kỳ nghỉ
# lễ 2/9/2023" (the year after it is the report's, R72: B43, P14).
_SAME_DAYS_BEFORE = (r"(?<!\w)so(?:\s+với)?\s+(?:dịp|kỳ|đợt|lễ|tết|vụ|mùa)(?:\s+[^\W\d]+){0,4}"
                     r"\s+(?:\d{1,2}\s*/\s*\d{1,2}\s*/\s*|năm\s+)$")
_SAME_DAYS_BASE = re.compile(_SAME_DAYS_BEFORE, re.I)
_COMPARED_WORDS_BEFORE = re.compile(r"(?:(?:(?<!\w)so(?:\s+với)?(?!\w)|(?<!\w)vượt(?:\s+qua)?(?:\s+mức)?|(?<!\w)(?:bằng|ngang)\s+mức|"
                                    r"^\s*(?:nếu\s+)?như(?!\s+vậy))"
                                    # "so với tháng 6 của năm 2013", "so với sáu tháng của năm 2017", "so với tổng số ca
                                    # của cả năm 2021" (B46),
                                    r"(?:(?:\s+(?:[^\W\d]+|\d{1,2}(?!\d))){0,4}|(?:\s+[^\W\d]+){1,4}\s+của(?:\s+cả)?"
                                    # "so với kết quả kỳ thi tốt nghiệp năm 2011"; not a plan's span, "So với chỉ tiêu
                                    # tăng trưởng bình quân 5 năm 2021-2025", which the report reviews
                                    r"|(?:\s+(?!(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)(?!\w))[^\W\d]+){5,10})"
                                    # right after a comparative: "sản lượng dự kiến cao hơn (với) năm 2021", not
                                    # "đạt hơn 5 triệu tấn năm 2021", where "hơn" is "more than" an amount
                                    # or what a year had, named: "cao hơn tỷ lệ tốt nghiệp THPT năm 2022" (B69); not
                                    # "cao hơn cả nước trong năm 2023", the year of the comparison itself
                                    r"|(?<!\w)(?:cao|thấp|nhiều|ít|lớn|nhỏ)\s+hơn(?:\s+(?:so\s+)?với)?"
                                    r"(?:\s+(?!(?:trong|vào|tại|ở|cả)(?!\w))[^\W\d]+){0,5}?(?:\s+năm)?"
                                    # a year right after a comparative or a likeness, whatever is compared: "không
                                    # đông như năm 2023", "sôi động hơn năm ngoái và năm 2022" (B40)
                                    r"|(?<=\w\s)(?:hơn|như)(?:\s+(?:so\s+)?với)?(?:\s+cùng\s+k[ỳì])?(?:\s+năm)?"
                                    # a ratio to what another period had: "chỉ bằng khoảng 1/2 mức tăng của 6 tháng
                                    # đầu năm 2022" (P12)
                                    r"|(?<!\w)(?:bằng|gấp)(?:\s+\S+){1,6}?\s+của)\s+$"
                                    # the year of a month or quarter compared with: "So với tháng 5/2014, ..." (B31)
                                    r"|(?<!\w)so(?:\s+với)?(?:\s+cùng\s+k[ỳì])?\s+(?:tháng|quý)\s+(?:\d{1,2}|[IVX]{1,4})\s*[/.-]\s*$"
                                    # the same days of a year before: "so với dịp lễ năm 2017" (R72)
                                    r"|" + _SAME_DAYS_BEFORE, re.I)
_AMOUNT_THEN_PARENTHESIS = re.compile(r"\d[\d.,]*\s*(?:%(?:\s+[^\W\d]+){0,3}|[^\W\d]+(?:\s+[^\W\d]+){0,2})?\s*\(\s*$", re.I)
_COMPARED_WINDOW = 60


def _clause_before(text: str, start: int) -> str:
    """The words of ``start``'s clause before it, at most ``_COMPARED_WINDOW`` characters back."""
    return re.split(r"[,.;:!?\n()]", text[max(0, start - _COMPARED_WINDOW):start])[-1]


def _compared_before(text: str, start: int) -> bool:
    """Whether the period or year starting at ``start`` is a comparison's base (``_COMPARED_WORDS_BEFORE``)."""
    if _COMPARED_WORDS_BEFORE.search(_clause_before(text, start)):
        return True
    window = text[max(0, start - _COMPARED_WINDOW):start]
    # "(năm 2022 đạt 4.000 tỷ đồng)" is last year's value; "18,22% (năm 2011)" only labels a value with its year
    if _AMOUNT_THEN_PARENTHESIS.search(window) and _VALUE_AFTER_YEAR.match(text, start):
        return True
    return _in_parenthesis_of_years_values(text, start)


# A parenthesis opening with a year's value: "cao nhất so với 3 năm trở lại đây (năm 2012 đạt 5,7%, năm 2013 đạt
# 6,81%)" gives the values of other years beside the text's own.
_PARENTHESIS_OF_YEARS_VALUES = re.compile(r"\(\s*(?:năm\s+)?(?:19|20)\d\d\s+(?:đạt|là)\s", re.I)


def _in_parenthesis_of_years_values(text: str, start: int) -> bool:
    """Whether ``start`` lies in a parenthesis (``_PARENTHESIS_OF_YEARS_VALUES``) that opens with a year's value."""
    opened = text.rfind("(", max(0, start - 120), start + 1)
    return opened >= 0 and _PARENTHESIS_OF_YEARS_VALUES.match(text, opened) is not None \
        and not re.search(r"[)\n]", text[opened:start])


# ("(quý I/2018 đạt 22,1% kế hoạch)": a part of another year, with its value, likewise)
_VALUE_AFTER_YEAR = re.compile(r"(?:năm\s+|(?:quý|tháng)\s+[\dIVX]{1,4}\s*[/.-]\s*)?(?:19|20)\d\d\s+(?:đạt|là|chỉ|mới|có|ước)(?!\w)",
                               re.I)



# A title naming a month's results and the next month's tasks, the year told once at the end: "Kết quả sản xuất tháng 5
# và phương hướng nhiệm vụ tháng 6 năm 2020" is May's report (R72b: B43); an address writes it without its marks.
# So is "tháng 01 và một số công tác trọng tâm tháng 02/2013" (R77: B62, P31).
_TASKS_OF_THE_NEXT = re.compile(r"(?P<done>(?<!\w)(?:tháng|qu[ýí])\s+(?:\d{1,2}|[IVX]{1,4}))\s+và\s+"
                                r"(?:(?:m[ộo]t\s+s[ốo]\s+|c[áa]c\s+)?c[ôo]ng\s+t[áa]c\s+tr[ọo]ng\s+t[âa]m"
                                r"|ph[uư][oơ]ng\s+h[uư][oớ]ng|nhi[eệ]m\s+v[uụ]|k[eế]\s+ho[aạ]ch)[^\d]{0,60}?"
                                r"(?:tháng|qu[ýí])\s+(?:\d{1,2}|[IVX]{1,4})(?P<year>\s*(?:năm\s+|[/-]\s*)(?:19|20)\d\d)", re.I)


# A review of a year and the next year's tasks: "tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026" (B56),
# "... năm 2016 và định hướng phát triển năm 2017" (R77: P31), "... năm 2017, đề ra giải pháp thực hiện năm 2018" (R77b:
# P33); the
# tasks are blanked after the reviewed year, every offset kept (their characters become spaces).
_NEXT_YEARS_TASKS = re.compile(r"(?<!\w)năm\s+(?P<done>(?:19|20)\d\d)\s*(?:,\s*(?:và\s+)?|\s+và\s+)"
                               r"(?:triển\s+khai\s+|đề\s+ra\s+)?"
                               r"(?:phương\s+hướng|định\s+hướng|nhiệm\s+vụ|kế\s+hoạch|mục\s+tiêu|giải\s+pháp)[^\d.;!?\n]{0,60}?năm\s+"
                               r"(?P<next>(?:19|20)\d\d)(?!\d)", re.I)


def _next_years_tasks_blanked(text: str) -> str:
    """``text`` with the next year's tasks told beside the reviewed year blanked (``_NEXT_YEARS_TASKS``)."""
    def blank(match: re.Match[str]) -> str:
        if int(match["next"]) != int(match["done"]) + 1:
            return match.group(0)
        cut = match.end("done") - match.start()  # the tasks' words and year blanked: the reviewed year ends the phrase
        return match.group(0)[:cut] + " " * (len(match.group(0)) - cut)
    return _NEXT_YEARS_TASKS.sub(blank, text)


def report_period(body: str, titles: list[str], published: date | None, heading: str = "", page_dated: bool = True
            ) -> tuple[str | None, date | None, date | None, str | None]:
    """(label, start, end, period_source): the period named with its year in the text, else in the title,
    else a period named without its year (text first, then title), its year from the publication date,
    else from the years the text names; a holiday the text or title is about comes first when named before any
    other period (``parsing.holidays``), then a yearbook's year in its title; a table of several years'
    columns or rows (``table_years``) whose heading names no period has none; then a month a headline names
    alone on a dated page (``_month_of_a_headline``); a date the figures are counted to ("tính đến ngày
    15/6/2023"); last, the one year the text names (``_only_year_named``). On a page dated by ``published``
    (``page_dated``, not the year of a text the page's date lies years after), a year after the page's is no
    report's, and no period may start after the page's month."""
    titles = [_next_years_tasks_blanked(_TASKS_OF_THE_NEXT.sub(r"\g<done>\g<year>", title)) for title in titles]
    body = _next_years_tasks_blanked(body)
    if published is not None and page_dated:
        # a year after the page's is no report's: a plan's ("Phương hướng năm 2024" in a review of 2023 dated December
        # 2023), a later page's headline in a list of related articles ("... năm 2024" under a page of 2014); read
        # as if unwritten, every offset kept (B47, P18)
        body, titles = _without_later_years(body, published.year), [_without_later_years(t, published.year) for t in titles]
        # so is a month after the page's, written with its year: "Tháng 6/2023, dự kiến tuyển sinh ..." on a page of 30
        # May 2023 is a plan's month (B61)
        body = _without_later_months(body, published)
    holiday = _holiday(body, titles, published)
    if holiday is not None:
        return _holiday_days_told(holiday, body)
    yearbook = _yearbook_year(titles)
    if yearbook is not None:
        return yearbook
    prices_of_a_day = _prices_of_a_day([*titles, opening_sentence(body)], published)
    if prices_of_a_day is not None:
        return prices_of_a_day
    if len(table_years(body)) >= 2 and _named_period(heading or body.lstrip().split("\n", 1)[0]) is None:
        # a table of several years' columns or rows whose heading names none of them: no one period ("Tháng 3
        # năm 2023 so với: ... Kỳ gốc 2019 ..." heads a table of March 2023)
        return None, None, None, None
    found = _singled_out_period(_period_read(body, titles, published), body)
    found = _month_of_the_titles(_quarter_of_a_months_report(_part_named_with_its_running_total(found, body, titles),
                                                             body, titles), titles)
    found = _days_it_is_counted_over(_year_after_its_last_quarter(_year_ended_by_its_new_years_day(found), body), body)
    found = _year_counted_to_a_day(_estimate_to_the_next_month(found, body, published), [*titles, body])
    if published is not None and page_dated and found[1] is not None \
            and found[1] > month_end(published.year, published.month):
        return None, None, None, None  # a period that starts after the page's date is no report's (B47)
    return found


# "Riêng 6 tháng đầu năm 2022, ...", "riêng trong năm 2023": a period a text tells apart (``_NOT_THE_PERIOD``).
_SINGLED_OUT = re.compile(r"(?<!\w)(?:tính\s+)?riêng\s+(?:trong\s+)?", re.I)
_SINGLED_OUT_REACH = 60
# A year written as a word, not a part of a date or a stamp ("2022-10", "9/5/2025", "2022.5")
_YEAR_WRITTEN = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/-]|\.\d)")


def _singled_out_period(found: tuple[str | None, date | None, date | None, str | None], body: str
                        ) -> tuple[str | None, date | None, date | None, str | None]:
    """The first period the text tells apart with "riêng", where the text gives no other or only the year of its
    months within those words ("Từ năm 2018-2021, ... đón 603.900 lượt khách ... Riêng 8 tháng năm 2022, ..."): the
    time the text reports on, after a recap (R94: the blind labels of B58 to B100 file 7 of 10 texts so); a part told
    apart beside the period the text names ("Năm 2023, ... Riêng quý IV, ...") stays out."""
    _, start, end, _ = found
    for told_apart in _SINGLED_OUT.finditer(body):
        words = body[told_apart.end():told_apart.end() + _SINGLED_OUT_REACH]
        named = _named_period(words)
        if named is None or named[1].start() != 0:
            continue
        label, first, last = _named_bounds(*named)
        within = told_apart.end() + named[1].end()
        others = {int(m.group(0)) for m in _YEAR_WRITTEN.finditer(body[:told_apart.start()] + body[within:])}
        if start is None or end is None:
            # (not in a text of many years' figures: "Giai đoạn 2016-2020, ..., riêng năm 2019 đạt 8,9%. ... năm 2023")
            return (label, first, last, "text") if others <= {last.year} else found
        if _whole_year(start, end) and start <= first and last <= end and (first, last) != (start, end) \
                and end.year not in others:
            return label, first, last, "text"
        return found
    return found


# A day's prices named by their headline or opening: "Bảng giá nông sản ngày 26/08/2020", "Giá sầu riêng hôm nay (ngày
# 17/5) giảm", "Giá cà phê hôm nay 12/6/2024" (B51, P20).
# An address writes it without marks: "/gia-sau-rieng-ngay-17-5-2023".
# ("Gia", capitalised without its mark, is a name: "(tỉnh Gia Lai) ... diễn ra vào ngày 30-12", B76)
# ("đánh giá" is to assess, "giá trị" a value: "Theo đánh giá tình hình ..., đến ngày 30/6/2015" names no prices, P37)
# ("tham gia", "quốc gia", "gia tăng", "gia súc": "gia" in words of its own, no price: "Số người tham gia BHYT ... tính
# đến ngày 23.11.2021", P46)
_PRICES_OF_A_DAY = re.compile(r"(?<!\w)(?<!đánh\s)(?:giá|(?<!tham\s)(?<!quốc\s)(?-i:gia)(?!\s+(?:đình|tăng|súc|cầm|công|hạn)(?!\w)))(?!\w)(?!\s+tr[ịi](?!\w))[^.\n]{0,80}?(?:(?<!\w)h[ôo]m\s+nay\s*\(?\s*(?:ng[àa]y\s+)?|(?<!\w)ng[àa]y\s+)"
                              r"(?P<d>\d{1,2})\s*[/.\s-]\s*(?P<m>\d{1,2})(?:\s*[/.\s-]\s*(?P<year>(?:19|20)\d\d))?(?![\d/])",
                              re.I)


def _prices_of_a_day(titles: list[str], published: date | None) -> tuple[str, date, date, str] | None:
    """The day a headline or an opening gives prices of, with its year, or the page's (a daily price bulletin)."""
    for at, title in enumerate(titles):
        found = _PRICES_OF_A_DAY.search(title)
        day = _day_written(found, published.year if published is not None else None) if found is not None else None
        if day is not None:
            return f"ngày {day.day}/{day.month}/{day.year}", day, day, "text" if at == len(titles) - 1 else "title"
    return None


def _day_written(match: re.Match[str], year: int | None) -> date | None:
    """The day a match's groups ``d``, ``m`` and ``year`` write, ``year`` standing for one it leaves out; None where
    no year is known or the day does not exist."""
    year = int(match["year"]) if match["year"] else year
    if year is None:
        return None
    try:
        return date(year, int(match["m"]), int(match["d"]))
    except ValueError:
        return None


def _without_later_years(text: str, year: int) -> str:
    return ANY_YEAR.sub(lambda m: " " * 4 if int(m.group()) > year else m.group(), text)


_MONTH_OF_A_YEAR = re.compile(r"(?<!\w)(?P<word>tháng)\s+(?P<m>0?[1-9]|1[0-2])\s*(?:[/.-]\s*|\s+năm\s+)(?P<y>(?:19|20)\d\d)(?!\d)", re.I)


def _without_later_months(text: str, published: date) -> str:
    """``text`` with each month written with its year that begins after the page's month blanked, offsets kept."""
    def blank(m: re.Match[str]) -> str:
        later = (int(m["y"]), int(m["m"])) > (published.year, published.month)
        return " " * len(m.group()) if later else m.group()
    return _MONTH_OF_A_YEAR.sub(blank, text)


def _year_ended_by_its_new_years_day(found: tuple[str | None, date | None, date | None, str | None]
                                     ) -> tuple[str | None, date | None, date | None, str | None]:
    """Figures counted to the first day of a year ("Số liệu cơ bản ... tính đến ngày 01-01-2018"): the stocks at the
    year's start, the year before's end, and the flows of that year (R72b: P15)."""
    label, start, end, source = found
    if start is None or end is None or start != end or (end.month, end.day) != (1, 1):
        return found
    return label, date(end.year - 1, 1, 1), date(end.year - 1, 12, 31), source


# "tính chung năm 2023", "tính chung cả năm 2023", "cả năm 2023 tăng": the whole year summed up
# ("quý 4/2025 đạt 8,05%; ước cả năm đạt 8,44%": the whole year with its year left out, B85)
_YEAR_AS_A_WHOLE = r"(?<!\w)(?:(?:tính\s+chung\s+(?:cả\s+)?|cả\s+)năm\s+{year}(?!\d)|(?:ước|tính\s+chung)\s+cả\s+năm(?!\s+\d))"


def _year_after_its_last_quarter(found: tuple[str | None, date | None, date | None, str | None], body: str
                                 ) -> tuple[str | None, date | None, date | None, str | None]:
    """A fourth quarter read first where the text goes on to the whole year ("GRDP quý IV tăng 8,2% ...; tính chung
    năm 2023 tăng 5,8%"): a year-end report, the year's (R72b: P14)."""
    label, start, end, source = found
    if start is None or end is None or (start.month, start.day, end.month, end.day) != (10, 1, 12, 31) \
            or start.year != end.year:
        return found
    whole = re.search(_YEAR_AS_A_WHOLE.format(year=end.year), body, re.I)
    if whole is None:
        return found
    return " ".join(whole.group(0).split()), date(end.year, 1, 1), end, source


# A period's own days in parentheses: "6 tháng (từ 16/12/2020 đến hết 15/6/2021)", as the traffic
# safety and customs reports count theirs (R72b: P14).
_DAYS_COUNTED_OVER = re.compile(r"(?P<open>\(\s*)?(?<!\w)(?:tính\s+)?từ\s+(?:ngày\s+)?(?P<d1>[0-3]?\d)\s*[/.-]\s*"
                                r"(?P<m1>[01]?\d)\s*[/.-]\s*(?P<y1>(?:19|20)\d\d)\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?"
                                r"(?P<d2>[0-3]?\d)\s*[/.-]\s*(?P<m2>[01]?\d)\s*[/.-]\s*(?P<y2>(?:19|20)\d\d)(?!\d)"
                                r"(?(open)\s*\))", re.I)
_DAYS_COUNTED_SLACK = 31  # how far the days told may lie from the period read, at either end
_HOLIDAY_DAYS_SLACK = 3  # ... and from a holiday's days off


def _days_it_is_counted_over(found: tuple[str | None, date | None, date | None, str | None], body: str
                             ) -> tuple[str | None, date | None, date | None, str | None]:
    """The period read, or the days it is counted over where the text gives them in parentheses and they lie
    within a month of it at both ends."""
    label, start, end, source = found
    for match in _DAYS_COUNTED_OVER.finditer(body):
        days = _days_told(match)
        if days is None or not match["open"]:
            continue
        first, last = days
        if start is None or end is None:
            # none read otherwise: the days stand right after the period they count ("Sáu tháng đầu năm nay (...)")
            if _PERIOD_WORDS_BEFORE.search(body, max(0, match.start() - 30), match.start()):
                return " ".join(match.group(0).strip("()").split()), first, last, "text"
            continue
        if abs((first - start).days) <= _DAYS_COUNTED_SLACK and abs((last - end).days) <= _DAYS_COUNTED_SLACK:
            return " ".join(match.group(0).strip("()").split()), first, last, source
    return found


def _holiday_days_told(holiday: tuple[str, date, date, str], body: str) -> tuple[str, date, date, str]:
    """The holiday read, or the days the text says it counts ("Trong thời gian nghỉ lễ, tính từ ngày 31/12/2025 đến
    4/1/2026, ...", B93) where they lie within a few days of its days off at both ends: the report's own days."""
    _, start, end, source = holiday
    for match in _DAYS_COUNTED_OVER.finditer(body):
        days = _days_told(match)
        if days is not None and abs((days[0] - start).days) <= _HOLIDAY_DAYS_SLACK \
                and abs((days[1] - end).days) <= _HOLIDAY_DAYS_SLACK:
            return " ".join(match.group(0).strip("()").split()), *days, source
    return holiday


def _days_told(match: re.Match[str]) -> tuple[date, date] | None:
    """The first and last day a ``_DAYS_COUNTED_OVER`` match gives, if they are days and in order."""
    try:
        first = date(int(match["y1"]), int(match["m1"]), int(match["d1"]))
        last = date(int(match["y2"]), int(match["m2"]), int(match["d2"]))
    except ValueError:
        return None
    return (first, last) if first < last else None


_PERIOD_WORDS_BEFORE = re.compile(r"(?<!\w)(?:tháng(?:\s+đầu)?|quý\s+[IV\d]+)(?:\s+năm)?(?:\s+nay)?\s*$", re.I)


# A report's name giving a month and the months up to it: "tháng 10 và 10 tháng đầu năm 2020"; a quarter and the
# months up to its end: "quý III và 9 tháng năm 2022", "quý III, 9 tháng năm 2022" (B54).
_MONTH_AND_MONTHS_TO = re.compile(rf"(?<!\w)tháng\s+(?:0?(?P<m>1[0-2]|[1-9])|(?P<mw>{_MONTH_WORD}))"
                                  r"(?:\s*[/.-]\s*(?:19|20)\d\d|\s+năm\s+(?:19|20)\d\d)?"
                                  rf"\s+và\s+(?:0?(?P<n>1[0-2]|[1-9])|(?P<nw>{_MONTH_WORD}))\s+tháng(?!\w)", re.I)
_QUARTER_AND_MONTHS_TO = re.compile(r"(?<!\w)qu[ýí]\s+(?P<q>IV|III|II|I|[1-4])(?:\s*(?:năm|/|[-.])\s*(?:19|20)\d\d)?"
                                    r"(?:\s+và|\s*,)\s+(?P<n>12|[369]|ba|sáu|chín)\s+tháng(?!\w)", re.I)


# An official report's caption: "BÁO CÁO" on a line of its own, its subject on the lines below ("TÌNH HÌNH KINH TẾ - XÃ
# HỘI / Tháng 10 và 10 tháng năm 2023"): the document's own name, over a headline a host made of its file's name
# ("KTXH-10-thang-nam-2023", B53).
_REPORT_CAPTION = re.compile(r"^[ \t]*BÁO[ \t]+CÁO[ \t]*\n(?:[^\n]*\n){0,3}", re.M)


def _part_named_with_its_running_total(found: tuple[str | None, date | None, date | None, str | None], body: str,
                                       titles: list[str]) -> tuple[str | None, date | None, date | None, str | None]:
    """A report named after a month or a quarter and the months up to its end ("Tình hình kinh tế - xã hội tháng
    10 và 10 tháng năm 2020", "quý III và 9 tháng năm 2022") is the month's or the quarter's: the report series is
    monthly (or quarterly) and gives the running total beside it; the months to date read from it become that part."""
    label, start, end, source = found
    if start is None or end is None or not months_to_date(start, end):
        return found
    caption = _REPORT_CAPTION.search(body)
    for part, part_source in (*((t, "title") for t in titles), (body, source)):
        if part is body and any(_headline_says(title, end.month) == "span" for title in titles) \
                and (caption is None or _MONTH_AND_MONTHS_TO.search(caption.group(0)) is None):
            # a headline naming only the months to date ("Top 10 địa phương ... 9 tháng đầu năm") over a body
            # naming a month's report ("Bức tranh kinh tế - xã hội tháng 9 và 9 tháng năm 2022 của các địa
            # phương"): the article is the headline's, the month report a source it draws on
            return found
        month = _MONTH_AND_MONTHS_TO.search(part)
        if month is not None and _month_and_count(month) == end.month and end.month > 1:
            return f"tháng {end.month}/{end.year}", date(end.year, end.month, 1), end, part_source
        quarter = _QUARTER_AND_MONTHS_TO.search(part)
        if quarter is not None and 3 * _ROMAN[quarter["q"].lower()] == end.month == _months(quarter["n"]):
            q = _ROMAN[quarter["q"].lower()]
            return f"quý {quarter['q'].upper()}/{end.year}", date(end.year, 3 * q - 2, 1), end, part_source
    if end.month > 1 and source == "text" and not any(_headline_says(title, end.month) for title in titles) \
            and _opens_with_the_month(body, end.month):
        return f"tháng {end.month}/{end.year}", date(end.year, end.month, 1), end, source
    return found


def _quarter_of_a_months_report(found: tuple[str | None, date | None, date | None, str | None], body: str,
                                titles: list[str]) -> tuple[str | None, date | None, date | None, str | None]:
    """A quarter read from a text that names the quarter's last month alone before any period ("CPI trong tháng 6 tăng
    0,11% ... Bình quân quý II/2023 ..."): the month's report, which gives its quarter beside it."""
    label, start, end, source = found
    if start is None or end is None or source != "text" or (start.month + 2, start.day) != (end.month, 1) \
            or start.year != end.year or end.month % 3 \
            or any(_headline_says(title, end.month) == "span" for title in titles):
        return found
    if _names_the_month_first(body, end.month, len(body)):
        return f"tháng {end.month}/{end.year}", date(end.year, end.month, 1), end, source
    return found


def _year_counted_to_a_day(found: tuple[str | None, date | None, date | None, str | None], parts: list[str]
                           ) -> tuple[str | None, date | None, date | None, str | None]:
    """A whole year whose sentence counts it to a day of that year ("giải ngân vốn đầu tư công năm 2023 (bao gồm ...)
    đến ngày 10/03/2023", "... năm 2023 (đến 10/03/2023)", B53): from 1 January to that day, the money of the year
    counted so far; not a deadline ("phải giải ngân ... đến ngày 30/9/2023")."""
    label, start, end, source = found
    if start is None or end is None or not _whole_year(start, end):
        return found
    pattern = re.compile(rf"(?<!\w)năm\s+{end.year}[^.;!?\n]{{0,120}}?(?<!\w)(?:tính\s+)?(?:đến|tới)(?:\s+hết)?(?:\s+ngày)?\s+"
                         rf"(?P<d>\d{{1,2}})\s*[/.-]\s*(?P<m>\d{{1,2}})\s*[/.-]\s*{end.year}(?!\d)", re.I)
    for part in parts:
        for match in pattern.finditer(part):
            if _a_deadline(part, match) or DEADLINE.search(part, max(0, match.start() - 40), match.start("d")):
                continue
            try:
                day = date(end.year, int(match["m"]), int(match["d"]))
            except ValueError:
                continue
            if day < end:
                return f"năm {end.year} đến {day:%d/%m/%Y}", start, day, source
    return found


# An estimate of the months to the end of the month after those counted: "Trong 5 tháng đầu năm 2016, ... 8.173 lao
# động. Ước 6 tháng đầu năm, ... hơn 9.000 lao động" (P22).
_ESTIMATE_OF_MONTHS = re.compile(rf"(?<!\w)(?:ước|uớc)(?:\s+(?:thực\s+hiện|tính|đạt))?\s+(?:trong\s+)?{_N_MONTHS}\s+tháng"
                                 r"(?:\s+đầu\s+năm)?(?:\s+(?:năm\s+)?(?P<year>(?:19|20)\d\d))?(?!\w)", re.I)


def _estimate_to_the_next_month(found: tuple[str | None, date | None, date | None, str | None], body: str,
                                published: date | None) -> tuple[str | None, date | None, date | None, str | None]:
    """Months to date counted to the month before the one an estimate names ("5 tháng đầu năm 2016 ... Ước 6 tháng
    đầu năm, ...") are the estimate's months, on a page of that later month or with no date: the report estimates
    its span ahead of its end."""
    label, start, end, source = found
    if start is None or end is None or not months_to_date(start, end) or end.month == 12:
        return found
    if published is not None and (published.year, published.month) != (end.year, end.month + 1):
        return found
    for match in _ESTIMATE_OF_MONTHS.finditer(body):
        if _months(match["n"]) == end.month + 1 and (match["year"] is None or int(match["year"]) == end.year):
            later = month_end(end.year, end.month + 1)
            return f"{end.month + 1} tháng đầu năm {end.year}", start, later, source
    return found


def _month_and_count(match: re.Match[str]) -> int | None:
    """The month ``_MONTH_AND_MONTHS_TO`` names, when the count of months after it is the same, in figures or
    spelled ("tháng 10 và 10 tháng", "tháng Bảy và bảy tháng"); else None."""
    month = int(match["m"]) if match["m"] else _MONTH_WORDS[" ".join(match["mw"].lower().split())]
    count = int(match["n"]) if match["n"] else _MONTH_WORDS[" ".join(match["nw"].lower().split())]
    return month if month == count else None


def _opens_with_the_month(text: str, month: int) -> bool:
    """Whether ``text`` names the month alone ("trong tháng 9 đạt 100 nghìn tấn") before any period and before the
    months up to it ("9 tháng đầu năm 2013"): a month's report telling its running total after it."""
    span_at = _months_to_at(text, month)
    return span_at is not None and _names_the_month_first(text, month, span_at)


def _names_the_month_first(text: str, month: int, before: int) -> bool:
    """Whether ``text`` names the month alone, before ``before`` and before any period."""
    for bare in _BARE_MONTH.finditer(text, 0, before):
        if int(bare["m"]) == month and not _NOT_A_MONTHS_NAME.search(text, max(0, bare.start() - 12), bare.start()):
            return bare.start() <= _first_period_at(text)
    return False


# A statistical yearbook's title names its year ("Niên giám thống kê tỉnh Lai Châu 2020", a scanned page's "NIEN GIAM
# 2017" without its marks): the year of its figures, though its tables give five years and its foreword names them all.
_YEARBOOK = re.compile(r"(?<!\w)ni[êe]n\s+gi[áa]m(?:\s+th[ốo]ng\s+k[êe])?[^\n.;:]{0,60}?(?<![\d–-])(?<![–-]\s)(?P<year>(?:19|20)\d\d)(?!\d)"
                       r"(?!\s*[-–]\s*(?:19|20)?\d\d)", re.I)


# A table's year heading: a line holding a year alone ("2019", "Sơ bộ - Prel. 2019"), a row opening with its year
# ("2015 1.236.306 615.531 620.775"), or a header line of years ("2021 2022 2023").
_YEAR_ALONE = re.compile(r"^[ \t]*(?:(?:sơ\s+bộ|ước\s+tính|ước)(?:\s*-\s*prel\.?)?[ \t]*|prel\.[ \t]*)?"
                         r"(?P<year>(?:19|20)\d\d)[ \t]*$", re.M | re.I)
_YEAR_ROW = re.compile(r"^[ \t]*(?:(?:sơ\s+bộ|ước\s+tính|ước)(?:\s*-\s*prel\.?)?[ \t]*)?(?P<year>(?:19|20)\d\d)"
                       r"(?:[ \t]+-?\d[\d.,]*){2,}[ \t]*$", re.M | re.I)
_YEARS_HEADER = re.compile(r"^[ \t]*(?:(?:năm|year)[ \t]+)?(?:(?:19|20)\d\d[ \t]+)+(?:19|20)\d\d[ \t]*$", re.M | re.I)
_NUMBER_LINE = re.compile(r"^[ \t]*-?\d[\d.,]*[ \t]*$", re.M)
# A row of a table: a label, then two numbers or more ("Huyện A 81,113 82,640 84,002 85,310")
_LABELLED_ROW = re.compile(r"^[ \t]*[^\W\d][^\d\n]{0,40}?(?:[ \t]+-?\d[\d.,]*){2,}[ \t]*$", re.M)
_TABLE_MIN_NUMBER_LINES = 6  # a text with fewer lines of bare numbers is prose, whatever its year lines


def table_years(text: str) -> set[int]:
    """The years a table in ``text`` heads its columns or rows with: a statistics table of several years'
    columns (or rows) with none of them as its subject has no one period; empty when ``text`` holds no table."""
    years = {int(m["year"]) for pattern in (_YEAR_ALONE, _YEAR_ROW) for m in pattern.finditer(text)}
    years.update(int(y) for m in _YEARS_HEADER.finditer(text) for y in m.group(0).split() if y.isdigit())
    table_lines = len(_NUMBER_LINE.findall(text)) + len(_YEAR_ROW.findall(text)) + len(_LABELLED_ROW.findall(text))
    return years if table_lines >= _TABLE_MIN_NUMBER_LINES else set()


def _yearbook_year(titles: list[str]) -> tuple[str, date, date, str] | None:
    for title in titles:
        match = _YEARBOOK.search(title)
        if match:
            year = int(match["year"])
            return f"năm {year}", date(year, 1, 1), date(year, 12, 31), "title"
    return None


def _period_read(body: str, titles: list[str], published: date | None
                 ) -> tuple[str | None, date | None, date | None, str | None]:
    opening_span = _opening_day_span(body, published)
    if opening_span is not None:
        return (*opening_span, "text")
    counted = _opening_counted_to(body, titles, published)
    otherwise = _period_read_otherwise(body, titles, published)
    if counted is not None and not _counted_within(counted, otherwise, published, body) \
            and not _headline_names_the_months(titles, otherwise, counted):
        # "tính đến 20/09/2023, ...", "Đến hết tháng 6, các nơi đã trồng ...", "tính đến đầu tháng 7, tỉnh đã có
        # ...": the opening paragraph counts its figures from the new year to a day or a month's end (R60)
        return counted
    return otherwise


def _headline_names_the_months(titles: list[str], otherwise: tuple[str | None, date | None, date | None, str | None],
                               counted: tuple[str, date, date, str]) -> bool:
    """Whether a headline names, without its year, the months to date the text otherwise reads, and the opening
    counts to a day of their last month ("Tạo việc làm cho gần 6.000 lao động trong 6 tháng đầu năm" over "tính đến
    ngày 12/6/2020, ..."): the report is of the months its headline names, counted a little early (P22)."""
    _, start, end, _ = otherwise
    if start is None or end is None or not months_to_date(start, end) \
            or (counted[2].year, counted[2].month) != (end.year, end.month):
        return False
    for title in titles:
        named = _partial_period(title)
        if named is not None and named[0] in ("months", "half") and _count_of(*named) == end.month:
            return True
    return False


def _counted_within(counted: tuple[str, date, date, str], otherwise: tuple[str | None, date | None, date | None, str | None],
                    published: date | None, body: str) -> bool:
    """Whether the period read otherwise holds the day the opening counts to and ends later that year, at or before
    the page's date: "Tính đến ngày 15/9/2022, ... gieo trồng ..." over "9 tháng" figures is the nine months'
    report, "Tính đến ngày 30/11/2022 ... một năm qua" the year's; not nine months a page of 28 September names
    ("tính đến 20/09/2023, ..." over "9 tháng đầu năm"), which have not ended, nor a year named only as a plan's
    ("Triển khai kế hoạch ... năm 2019, ... Đến hết tháng 6, ...")."""
    _, start, end, _ = otherwise
    if start is None or end is None or not start <= counted[2] < end or end.year != counted[2].year:
        return False
    if published is not None and end > published:
        return False
    return not (_whole_year(start, end) and _year_of_plans_only(body, end.year))


# Words naming a plan or a target before a year in its clause ("kế hoạch trồng rừng năm 2019", "chỉ tiêu năm 2019").
_PLAN_OF_THE_YEAR = re.compile(r"(?<!\w)(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu|dự\s+toán)(?!\w)", re.I)


def _year_of_plans_only(body: str, year: int) -> bool:
    """Whether ``body`` writes ``year`` and, as a whole year, only in a clause naming a plan or a target
    (``_PLAN_OF_THE_YEAR``): "8 tháng đầu năm 2021" names months of it, not the year."""
    written = list(re.finditer(rf"(?<![\d/.-]){year}(?!\d)", body))  # (not the year of a date: "9/5/2025")
    return bool(written) and all(
        _PLAN_OF_THE_YEAR.search(re.split(r"[.;:!?\n,()]", body[max(0, m.start() - 120):m.start()])[-1])
        or _SCHEME_OF_THE_YEAR.search(re.split(r"[.;:!?\n()]", body[max(0, m.start() - 60):m.start()])[-1])
        or _MONTHS_OF_THE_YEAR_BEFORE.search(body, max(0, m.start() - 24), m.start()) for m in written)


# A scheme or programme named with its year, its name holding commas ("Đề án xóa nhà tạm, nhà dột nát năm 2025", B85).
_SCHEME_OF_THE_YEAR = re.compile(r"(?<!\w)(?:đề\s+án|chương\s+trình)(?!\w)", re.I)


_MONTHS_OF_THE_YEAR_BEFORE = re.compile(r"(?<!\w)\d{1,2}\s+tháng(?:\s+đầu)?\s+năm\s+$", re.I)


def _period_read_otherwise(body: str, titles: list[str], published: date | None
                           ) -> tuple[str | None, date | None, date | None, str | None]:
    first_season = _season_named_first(body, titles)
    if first_season is not None:
        return first_season
    with_titles = "\n".join((*titles, body))
    congress = _congress_year(with_titles)
    reviewed = _term_of_office_reviewed(with_titles, congress, count_years=True) if congress is not None else None
    if reviewed is not None:
        # "Đại hội ... nhiệm kỳ 2020 - 2025. Nhiệm kỳ 2015 - 2020, ... đạt được nhiều kết quả ... Năm 2019, thu nhập ...":
        # a congress reviews the term it closes, whatever years of it the review gives figures of (B59, P27)
        return (*reviewed, "text")
    for source, part in (("text", body), *(("title", t) for t in titles)):
        found = _period_named_in(part, titles if source == "text" else ())
        if found and published is not None and found[1] > published and found[1].year < found[2].year:
            # "giai đoạn 2026-2030 đạt trên 8,5%/năm" in a page of October 2025: no report covers years
            # yet to come; the span the text names first is a target's, and it gives no period
            return None, None, None, None
        if found:
            if source == "text":
                headline = _titles_period(found, titles, part)
                if headline is not None:
                    return (*headline, "title")
                if _whole_year(*found[1:]) and (_runs_over_years(part, published) or len(_years_given_figures(part, published)) >= 2
                                                or _years_listed(part)):
                    # "năm 2021, ... Năm 2022, ... năm 2023 ...": no one period, unless a span of years the text
                    # reports on holds them ("từ ... năm 2020 lên ... năm 2025. Giai đoạn 2021-2025, ...")
                    if _latest_year_opens_its_history(part, found[2].year):
                        # "Năm 2023, diện tích ... đạt 391ha ... từ năm 2018, đến năm 2019, ... Năm 2021, ...": the
                        # year the text opens with, its story told after it (B81)
                        return (*found, source)
                    span = _reported_span_holding(part, found[2].year) or _years_counted(part, published)
                    if span:
                        return (*span, source)
                    compared = _latest_year_compared_alone(part)
                    if compared is not None:
                        return f"năm {compared}", date(compared, 1, 1), date(compared, 12, 31), source
                    so_far = _counted_to_date_after_the_years(part)
                    if so_far is not None:
                        return (*so_far, source)
                    # a headline "Phú Thọ đứng thứ 12 cả nước về tăng trưởng trong năm 2023" over "Năm 2022, GRDP ... Năm
                    # 2023, GRDP ... tăng 7,86% so với năm 2022": the year the headline names is the one reported (R67)
                    headline = _headline_year_among(titles, _years_given_figures(part, published))
                    return (*headline, "title") if headline else (None, None, None, None)
                if _a_year_past_beside_this_year_so_far(part, found, published, titles):
                    # "Dự kiến năm 2023, xuất khẩu ... từ đầu năm đến nay đã xuất khẩu ... Trong năm 2022, tỉnh này
                    # đã xuất khẩu ...": last year told beside this year so far; the text is this year's so far,
                    # to a day the page's date gives (``metadata``), else no one period
                    return None, None, None, None
                found = _pages_year_after_its_history(part, found, published) or _stocks_year(part, found) \
                    or (_counted_to_date_after_the_years(part) if _whole_year(*found[1:]) else None) \
                    or _year_before_on_its_january(part, found, published) or _year_before_its_plan(part, found) \
                    or _part_of_the_year_after(part, found) or _period_after_an_average(part, found) \
                    or _span_of_the_years_past(part, found) or _period_within_a_running_span(part, found) or found
            return (*found, source)
    for part in (body, *titles):
        partial = _partial_period(part) or (_opening_months(part) if part is not body else None)
        if partial is None:
            continue
        kind, match = partial
        rest = _year_of_the_rest(" ".join((body, *titles)), kind, match) or _year_run_from(body, kind)
        counted = _counted_to(body, None) if published is None else None
        if rest is not None:
            year, source = rest, "text"
        elif published is not None:
            year, source = _year_for(kind, match, published), "published"
        elif counted is not None:
            # a page with no date whose figures are counted to a day ("Tính đến ngày 30/11/2022, ...") was written
            # on or after that day: "năm qua" there is the year that day ends
            year, source = _year_for(kind, match, counted[2]), "text"
        else:
            named_year = _year_named(" ".join((body, *titles)))
            if named_year is None and kind not in ("past_year", "years_past"):
                # "6 tháng đầu năm, ... phấn đấu được công nhận huyện nông thôn mới vào cuối năm 2019": the months of
                # the year a whole-year target or estimate frames (R56)
                named_year = _year_of_its_frame(" ".join((body, *titles)))
            if kind == "past_year" and named_year is not None and _only_year_named(body) == named_year:
                # "Báo cáo năm 2019 của tỉnh ... cho biết năm qua tỉnh ...": on a page with no date,
                # the year past is the one year the text names outside comparisons and plans (R56)
                year, source = named_year, "text"
            elif named_year is None or kind in ("past_year", "years_past"):
                return None, None, None, None
            else:
                year, source = named_year, "text"
        month = _month_of_a_running_total(part, kind, match, titles) if part is body else None
        if month is not None:
            year = year if published is None or date(year, month, 1) <= published else year - 1
            return f"tháng {month}/{year}", date(year, month, 1), month_end(year, month), source
        return (*_partial_bounds(kind, match, year), source)
    headline_month = _month_of_a_headline([*titles, *_opening_naming_its_month(body)], published, body) \
        or _month_of_the_opening(body, published)
    if headline_month is not None:
        return headline_month
    # "Tính đến trưa ngày 28/12, ... bằng 139% cùng kỳ năm 2023" in a page with no date: the year to 28/12/2024
    to_date = _counted_to(body, published, _year_named(" ".join((body, *titles))) if published is None else None)
    if to_date is not None:
        return (*to_date, "text")
    to_month = _counted_to_a_written_month(body)
    if to_month is not None:
        return (*to_month, "text")
    year_end = _COUNTED_TO_A_YEARS_END.search(opening_paragraph(body))
    season_at = _crop_season_at(body)
    if year_end is not None and (season_at is None or body.find(year_end.group(0)) < season_at[0]):
        # "Tính đến cuối năm 2021, diện tích bưởi toàn huyện đạt ... Trong niên vụ 2021 – 2022, giá bưởi ...": the
        # stock counted to a year's end opens the report; a season told after it is a part of its story (B41)
        year = int(year_end["year"])
        return f"năm {year}", date(year, 1, 1), date(year, 12, 31), "text"
    season = crop_season(body) or next(filter(None, map(crop_season, titles)), None)
    if season is not None:
        return (*season, "text")
    only = _only_year_named(body, published) or _year_after_its_only_base(body, published)
    if only is not None:
        return f"năm {only}", date(only, 1, 1), date(only, 12, 31), "text"
    term = _programme_term_carried_out(body, published) or (
        _term_of_office_reviewed(with_titles, published.year) if congress is None and published is not None else None)
    if term is not None:
        return (*term, "text")
    season = _season_of_the_page(titles, body, published)
    if season is not None:
        return (*season, "published")
    return None, None, None, None


# A season named without its year in a headline or the opening sentence ("Tập trung gieo cấy lúa xuân", "Nước tưới vụ hè
# thu: ..."), on a dated page that names no period at all: that season of the page's year (P31, B61). A winter-spring
# season dated from September on is the one sown then; before, the one reaped then. ("trái vụ" is out of season.)
_SEASON_WITHOUT_YEAR = re.compile(r"(?<!\w)(?<!trái )(?:vụ\s+(?:lúa\s+)?|lúa\s+)(?P<name>đông\s*[-–]?\s*xuân|hè\s*[-–]?\s*thu|"
                                  r"thu\s*[-–]?\s*đông|chiêm\s*[-–]?\s*xuân|xuân|mùa)(?!\w)(?!\s*[-–]?\s*(?:năm\s+)?\d)",
                                  re.I)


def _season_of_the_page(titles: list[str], body: str, published: date | None) -> tuple[str, date, date] | None:
    if published is None:
        return None
    first_line = body.lstrip().split("\n", 1)[0]
    for part in (*titles, first_line, opening_sentence(body)):
        match = _SEASON_WITHOUT_YEAR.search(part)
        if match is None or _compared_before(part, match.start()):
            continue
        year = published.year
        if re.match(r"đông", match["name"], re.I):
            first, last = (year, year + 1) if published.month >= 9 else (year - 1, year)
            return f"{' '.join(match.group(0).split())} {first}-{last}", date(first, 1, 1), date(last, 12, 31)
        return f"{' '.join(match.group(0).split())} {year}", date(year, 1, 1), date(year, 12, 31)
    return None


# A programme carried out or reviewed over its term, the text naming no other period: "Triển khai Chương trình mục
# tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025, ...", "tổng kết thực hiện Chương trình ... giai đoạn 2010 -
# 2020" (B53; left open since P12): the term, as the annotators filed it.
# So is a term of office opening a sentence, "Nhiệm kỳ 2020-2025, Đảng bộ và người dân xã ... đạt nhiều kết quả" (P23).
_PROGRAMME_TERM = re.compile(r"(?<!\w)(?:triển\s+khai|thực\s+hiện|tổng\s+kết)(?!\w)[^.;!?\n]{0,40}?(?<!\w)Chương\s+trình"
                             r"[^.;!?\n]{0,120}?(?<!\w)giai\s+đoạn\s+(?P<first>(?:19|20)\d\d)\s*[-–]\s*(?P<last>(?:19|20)\d\d)"
                             r"(?!\d)"
                             r"|(?:^|(?<=[.!?])\s+|\n)[ \t]*(?:(?:trong|qua)\s+)?nhiệm\s+kỳ\s+(?P<first2>(?:19|20)\d\d)\s*[-–]\s*"
                             r"(?P<last2>(?:19|20)\d\d)\s*,", re.I | re.M)


_GOES_ON = re.compile(r"(?<!\w)tiếp\s+tục\s*$", re.I)


def _programme_term_carried_out(body: str, published: date | None) -> tuple[str, date, date] | None:
    """The term of the first programme ``body`` carries out or reviews (``_PROGRAMME_TERM``), on a page dated within
    the term or the year after it (with no date, the text may as well look back on it, or ahead to its end: "Dự kiến
    hết năm 2020, ..." is a projection). A page dated before the term's last year has it blanked already, as every
    year after the page's is (``_without_later_years``): only a page of its last year or later reads it."""
    body = page.without_date_lines(body)  # (" date 2025-12-18 Nhiệm kỳ 2020-2025, ...": the stamp opens no sentence)
    match = next((m for m in _PROGRAMME_TERM.finditer(body)
                  # "Tiếp tục thực hiện Chương trình ... giai đoạn 2021 - 2025" among next year's tasks: a plan
                  if not _GOES_ON.search(body, max(0, m.start() - 12), m.start())
                  and not PLANS_PERIOD.search(body, max(0, m.start() - PLANS_PERIOD_REACH), m.start())), None)
    if match is None:
        return None
    first, last = int(match["first"] or match["first2"]), int(match["last"] or match["last2"])
    if not first < last or published is None or not first <= published.year <= last + 1:
        return None
    return f"{'nhiệm kỳ' if match['first2'] else 'giai đoạn'} {first}-{last}", date(first, 1, 1), date(last, 12, 31)


# A term of office reviewed within a sentence: "Theo đánh giá tại Đại hội, trong nhiệm kỳ 2015-2020, Đảng bộ xã đã ...",
# "... có nhiều thay đổi tích cực trong nhiệm kỳ 2015-2020" (P27); its clause sets no aims ("trong nhiệm kỳ 2020-2025,
# Đảng bộ xã sẽ tập trung ...").
# So is the term whose congress's resolution was carried out: "... nỗ lực thực hiện ... Nghị quyết Đại hội Đảng bộ nhiệm kỳ
# 2020 - 2025. Các chỉ tiêu chủ yếu cơ bản đạt ..." at the congress opening the next term (P41), and the term whose
# congress set the tasks carried out: "... nhiệm vụ kinh tế - xã hội được Đại hội khóa XII, nhiệm kỳ 2015-2020 đề ra" (P44).
_TERM_REVIEWED = re.compile(r"(?:(?<!\w)(?:trong|qua)\s+|(?:^|(?<=[.!?])\s+|\n)[ \t]*"
                            r"|(?<!\w)thực\s+hiện(?:\s+[^\W\d]+,?){0,4}?\s+Nghị\s+quyết\s+Đại\s+hội(?:\s+[^\W\d]+){0,4}?\s+"
                            r"|(?<!\w)được\s+Đại\s+hội(?:\s+[^\W\d]+,?){0,3}?\s+(?=nhiệm\s+kỳ[\s\d–-]+đề\s+ra))"
                            r"nhiệm\s+kỳ\s+(?P<first>(?:19|20)\d\d)\s*"
                            r"[-–]\s*(?P<last>(?:19|20)\d\d)(?!\d)(?P<rest>[^.;!?\n]*)", re.I | re.M)
# The congress that opens the next term, which a page without a date is written at: "Đại hội Đảng bộ xã lần thứ XI,
# nhiệm kỳ 2020-2025" is held in 2020.
# (its last year may be blanked, a year after the page's: ``_without_later_years``)
_CONGRESS_OF_A_TERM = re.compile(r"(?<!\w)Đại\s+hội(?!\w)[^.!?\n]{0,120}?nhiệm\s+kỳ\s+(?P<first>(?:19|20)\d\d)\s*[-–]"
                                 r"\s*(?:(?:19|20)\d\d(?!\d))?", re.I)


def _congress_year(text: str) -> int | None:
    """The year of the congress ``text`` reports, the first of the term it opens (``_CONGRESS_OF_A_TERM``)."""
    congress = _CONGRESS_OF_A_TERM.search(text)
    return int(congress["first"]) if congress is not None else None


def _term_of_office_reviewed(body: str, held: int, count_years: bool = False) -> tuple[str, date, date] | None:
    """The term of office a text written in the year ``held`` reviews (``_TERM_REVIEWED``): its last year or the year
    before; None for a term still running or to come. At a congress (``count_years``) the years the text counts, "5 năm
    qua", are the term it closes."""
    for match in _TERM_REVIEWED.finditer(body):
        first, last = int(match["first"]), int(match["last"])
        if first < last and last <= held <= last + 1 and not _AIM_AFTER.search(match["rest"]):
            return f"nhiệm kỳ {first}-{last}", date(first, 1, 1), date(last, 12, 31)
    counted = _COUNT_OF_YEARS.search(body) if count_years else None
    if (counted is not None and int(counted["n"] or counted["n2"]) == _TERM_YEARS) \
            or (count_years and _TERM_JUST_PAST.search(body) is not None):
        # "Đại hội ... lần thứ I, nhiệm kỳ 2025-2030 ... Trong 5 năm qua, Đảng bộ ... đã ...", "Nhiệm kỳ qua, Đảng bộ
        # ... đã có 24/29 chỉ tiêu hoàn thành": the term the congress closes, its years left unwritten (P29; B64, P35)
        return f"nhiệm kỳ {held - _TERM_YEARS}-{held}", date(held - _TERM_YEARS, 1, 1), date(held, 12, 31)
    return None


_TERM_JUST_PAST = re.compile(r"(?<!\w)nhiệm\s+kỳ\s+(?:vừa\s+)?qua(?!\w)", re.I)


_TERM_YEARS = 5  # a party committee's or a council's term of office


@cache
def _crop_season_pattern() -> re.Pattern[str]:
    # a two-word name may be written with a dash ("Đông - Xuân"), and followed by its abbreviation ("vụ Đông Xuân
    # (ĐX) 2018-2019"); "mùa" may stand for "vụ" before a two-word name ("mùa Đông Xuân năm 2023 – 2024", not "mùa
    # mùa"); a crop year ("niên vụ 2024 - 2025", "Niên vụ cà phê của huyện ... năm 2016 - 2017") is one too (R44)
    seasons = [row[0].strip() for row in _rows("crop_seasons.tsv")]
    names = phrase_alternation(seasons, space=r"\s*[-–]?\s*")
    two_words = phrase_alternation([n for n in seasons if " " in n], space=r"\s*[-–]?\s*")
    year = r"(?:năm\s+)?(?P<first>(?:19|20)\d\d)(?!\d)(?:\s*[-–/]\s*(?:năm\s+)?(?P<year>(?:19|20)\d\d)(?!\d))?"
    # A school year spans two ("năm học 2016-2017"), and so does a two-word season after "lúa" with no "vụ" ("diện
    # tích lúa Đông xuân 2015-2016"): both read as a season spanning two years (R64: B25)
    two_years = r"(?P<first2>(?:19|20)\d\d)\s*[-–]\s*(?P<year2>(?:19|20)\d\d)(?!\d)"
    # the years may stand in parentheses ("lúa Đông - Xuân (2023 - 2024)")
    return re.compile(rf"(?<!\w)(?:(?:vụ\s+(?:lúa\s+)?(?:{names})|mùa\s+(?:{two_words}))(?:\s*\([^()\n]{{1,8}}\))?"
                      rf"(?:\s+|\s*\(\s*)|niên\s+vụ\s+(?:[^\W\d][^\d.;:!?\n]{{0,50}}?\s+)?){year}"
                      rf"|(?<!\w)(?:lúa\s+(?:{two_words})|năm\s+học)(?:\s+|\s*\(\s*){two_years}", re.I)


def crop_season(text: str) -> tuple[str, date, date] | None:
    """The first crop season a text names with its year ("Vụ mùa 2020, toàn tỉnh thực hiện ...", "vụ lúa hè thu 2006",
    "vụ đông xuân 2021 - 2022"), not one compared with ("tăng 0,5 tạ/ha so vụ hè thu 2005"): the year it is sown and
    reaped in, or both years of a season spanning two; read only when the text names no other period (R35: B10, B15,
    B16). The season's months differ by region and year, so the filing is by whole years (``parsing/corpus/README.md``)."""
    for match in _crop_season_pattern().finditer(text):
        if _compared_before(text, match.start()) or _YEAR_NOT_THE_PERIOD.search(text, max(0, match.start() - 24),
                                                                                   match.start()):
            continue
        first = int(match["first"] or match["first2"])
        last = int(match["year"] or match["year2"] or first)
        if not 0 <= last - first <= 1:
            continue
        label = " ".join(match.group(0).split())
        return label + ")" * (label.count("(") - label.count(")")), date(first, 1, 1), date(last, 12, 31)
    return None


# ... or, opening a sentence, without "tính": "Đến cuối năm 2018, toàn huyện còn ..."
_COUNTED_TO_A_YEARS_END_OPENING = re.compile(r"(?:^|(?<=[.!?])\s+|\n)[ \t]*(?:tính\s+)?(?:đến|tới)\s+(?:hết|cuối)\s+năm\s+"
                                             r"(?:19|20)\d\d(?!\d)\s*,", re.I | re.M)
# (also without "tính" before the comma that closes it: "Theo đó, đến cuối năm 2016, toàn huyện có 5.312 hộ nghèo", P43;
# not a target's "Phấn đấu đến cuối năm 2025," nor a forecast's "Đến hết năm 2019, cảng sẽ đón ...")
_COUNTED_TO_A_YEARS_END = re.compile(r"(?<!\w)(?:tính\s+(?=đến)|(?<!đấu\s)(?<!tiêu\s)(?<!kiến\s)(?<!sẽ\s)"
                                     r"(?=đến\s+(?:hết|cuối)\s+năm\s+\d{4}\s*,(?![^.;!?\n]{0,40}(?<!\w)(?:sẽ|dự\s+kiến|phấn\s+đấu)(?!\w))))"
                                     r"đến\s+(?:hết|cuối)\s+năm\s+(?P<year>(?:19|20)\d\d)(?!\d)", re.I)


def _season_named_first(body: str, titles: list[str]) -> tuple[str, date, date, str] | None:
    """A crop season or crop year named with its year(s) in a headline, or in the body before any other period it
    names with a year, or after only a whole year it holds ("Năm 2017 này người trồng cà phê ... Niên vụ cà phê ...
    năm 2016 - 2017"): the report's period, over a month, a day counted to or a year named later ("Vụ mùa 2020,
    toàn tỉnh gieo cấy ... Đến ngày 9/10, ..."; "Phương án ... vụ Đông Xuân năm 2023 – 2024 ... tháng 12/2023").
    A season compared with is none (``crop_season``). R44: B17, B18."""
    for title in titles:
        season = crop_season(title)
        if season is not None:
            return (*season, "title")
    if any(_named_period(title) is not None or _month_named_alone(title) for title in titles):
        # "Tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2020" over "Vụ mùa năm 2020, ...", "Tình hình sản xuất
        # nông nghiệp tháng 4" over "Vụ xuân năm 2018, ..." (B47): the headline names what the report covers
        return None
    if any(_OPENS_WITH_A_SECTION.match(part + "\n") for part in (body, *titles[:1])):
        # "1. Trồng trọt / Diện tích gieo trồng vụ Chiêm xuân năm 2023 ...": a report in numbered sections, the
        # season its first sector's subject; the report's period is read as before
        return None
    season_at = _crop_season_at(body)
    if season_at is None:
        return None
    at, end, season = season_at
    if _COUNTED_TO_A_YEARS_END.search(body, 0, at) is not None:
        return None  # a stock counted to a year's end told first: the year's report (``_period_read_otherwise``, B41)
    sentence_end = re.search(r"[.!?](?=\s)|\n|$", body[end:])
    if _named_period(body[end:end + (sentence_end.start() if sentence_end else 0)]) is not None:
        # "vụ đông xuân 2020-2021 ...; tính đến cuối tháng 3/2021, toàn tỉnh gieo trồng ...": a season in progress,
        # told to a month in a report of that month
        return None
    partial = _partial_period(body[:at])
    if partial is not None and partial[0] in _FROM_JANUARY and season[2].year > season[1].year:
        # "Trong 9 tháng qua, ... Vụ Đông Xuân 2020-2021, huyện đã gieo ...": the months so far
        # named first, of the year the season named after them ends in (R72b: P15)
        return (*_partial_bounds(*partial, season[2].year), "text")
    if partial is not None and partial[0] == "quarter" and season[2].year > season[1].year:
        # "trong quý I, ... Về nông nghiệp, vụ Đông Xuân 2024-2025 đạt ...": the quarter named first, of the year the
        # season is reaped in for the first half of a year, of the year it is sown in for the second (P41)
        quarter = _ROMAN[partial[1]["q"].lower()]
        return (*_partial_bounds(*partial, season[2].year if quarter <= 2 else season[1].year), "text")
    named = _named_period(body[:at])
    if named is not None:
        _, named_start, named_end = _named_bounds(*named)
        if not (_whole_year(named_start, named_end) and season[1] <= named_start and named_end == season[2]) \
                or season[0].lower().startswith("năm học"):
            # a year named before a school year is the report's ("Năm 2023, ... Về giáo dục, năm học 2023-2024 ..."),
            # and before a season it does not end ("Năm 2022, ... triển khai kế hoạch sản xuất vụ Đông Xuân 2022-2023": the
            # season sown in that year is reaped in the next, the report's business is the year's harvests)
            return None
    return (*season, "text")


def _crop_season_at(text: str) -> tuple[int, int, tuple[str, date, date]] | None:
    """Where the first season ``crop_season`` would read starts and ends, and the season."""
    for match in _crop_season_pattern().finditer(text):
        season = crop_season(text[match.start():match.end()])
        if season is not None and not _compared_before(text, match.start()) \
                and not _YEAR_NOT_THE_PERIOD.search(text, max(0, match.start() - 24), match.start()):
            return match.start(), match.end(), season
    return None


# A body opening with a numbered section heading ("1. Trồng trọt", "I. NÔNG NGHIỆP", "1.1. Nông nghiệp").
_OPENS_WITH_A_SECTION = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})\.\s+[^\n.]{1,80}\n")


def _month_named_alone(title: str) -> bool:
    """Whether a headline names a month without its year ("... sản xuất nông nghiệp tháng 4"; not "đến tháng 4")."""
    return any(not _NOT_A_MONTHS_NAME.search(title, max(0, bare.start() - 12), bare.start())
               for bare in _BARE_MONTH.finditer(title))


def _month_of_a_headline(titles: list[str], published: date | None, body: str = ""
                         ) -> tuple[str, date, date, str] | None:
    """The month a headline names alone, without its year ("Tháng 2, toàn tỉnh Khánh Hòa đón khoảng 150.000 lượt
    khách"), in a page with no other period: on a dated page, the latest such month begun by the publication date
    ("tháng 12" published in January is December of the year before); on a page with no date, the month of the year
    after the one its same month is compared with ("CPI tháng 10 tăng 0,6%" over "... so với cùng kỳ năm 2011" is October
    2012), if the text names one such year only. None when neither gives a year."""
    year_of_text = year_after_its_same_period_base(body) if published is None else None
    for title in titles:
        for bare in _BARE_MONTH.finditer(title):
            if _NOT_A_MONTHS_NAME.search(title, max(0, bare.start() - 12), bare.start()):
                continue
            month = int(bare["m"])
            if published is not None:
                year, source = (published.year if month <= published.month else published.year - 1), "published"
            elif year_of_text is not None:
                year, source = year_of_text, "text"
            else:
                return None
            return f"tháng {month}/{year}", date(year, month, 1), month_end(year, month), source
    return None


_MONTHS_AN_OPENING_MAY_LAG = 2  # a month's figures are released in the month after it, or the one after that


def _month_of_the_opening(body: str, published: date | None) -> tuple[str, date, date, str] | None:
    """The month the opening sentence names alone, before a figure ("Tổng mức bán lẻ hàng hóa tháng 5 của tỉnh ước
    đạt 2.840 tỷ đồng"), on a page dated at most ``_MONTHS_AN_OPENING_MAY_LAG`` months after it: that month, as a
    headline's (B40). Not "đến tháng 5", "từ tháng 5" (``_NOT_A_MONTHS_NAME``). On a page with no date, the month of
    the year after the one the text compares with as the same period, if it names one such year only ("Trong tháng
    11, ... So với cùng kỳ năm 2018, giảm 29 vụ": November 2019, P35), as for a headline's month."""
    # (the comparison may come in a later paragraph: "tháng 11 đạt 619.170 lượt ..." then "Từ đầu năm đến nay ... tăng
    # 6,68% so với cùng kỳ năm 2023", B81)
    year_of_text = year_after_its_same_period_base(opening_paragraph(body)) \
        or year_after_its_same_period_base(body) if published is None else None
    if published is None and year_of_text is None:
        return None
    sentence = opening_sentence(body)
    bare = next((m for m in _BARE_MONTH.finditer(sentence)
                 if not _NOT_A_MONTHS_NAME.search(sentence, max(0, m.start() - 12), m.start())), None)
    if bare is None or not re.search(r"\d", sentence[bare.end():]):
        return None
    month = int(bare["m"])
    if year_of_text is not None:
        return f"tháng {month}/{year_of_text}", date(year_of_text, month, 1), month_end(year_of_text, month), "text"
    assert published is not None  # (no page date, no year of the text: returned above)
    year = published.year if month <= published.month else published.year - 1
    if _months_between(date(year, month, 1), published) > _MONTHS_AN_OPENING_MAY_LAG:
        return None
    return f"tháng {month}/{year}", date(year, month, 1), month_end(year, month), "published"


_SAME_PERIOD_WORDS = re.compile(r"cùng\s+k[ỳì]", re.I)


def year_after_its_same_period_base(text: str) -> int | None:
    """The year after the one ``text`` compares with as the same period ("so với cùng kỳ năm 2011"), if it names one
    such year only and it is no far base."""
    years = {int(m["year"]) + 1 for m in _same_period_bases(text) if _SAME_PERIOD_WORDS.match(m.group(0))}
    return years.pop() if len(years) == 1 else None


# A text opening with a bare month set off like a headline's: "Tháng 9: Chỉ số giá tiêu dùng tăng 0,51% ...", "Tháng 2,
# toàn tỉnh đón ..." (a page whose headline ran into its lead, or a lead naming its month as its subject).
_OPENING_MONTH = re.compile(r"\s*(?:date[:\s]+(?:19|20)\d\d-\d\d(?:-\d\d)?\s+)?(?P<opening>tháng\s+(?:1[0-2]|0?[1-9])(?!\d)\s*[:,])",
                            re.I)


def _opening_naming_its_month(body: str) -> list[str]:
    opening = _OPENING_MONTH.match(body)
    return [opening["opening"]] if opening else []


def page_date_of_another_time(text: str, published: date | None) -> date | None:
    """The last day of the year the text reports on, when the page's date is years after it: every year the text
    names is at most the one after its "cùng kỳ năm Y" (the year before the report's, ``_SAME_PERIOD_OF``, not a far
    base), and that year ended three or more years before the page's date ("date 2017-03" above "Tháng 9: Chỉ số giá
    tiêu dùng tăng 0,51% ... tăng 8,8% so với cùng kỳ năm 2006": a site's stamp of when it moved its archive, not when
    the report was written). A period named without its year then takes the text's year; the page's date is no day
    to count "từ đầu năm đến nay" to. None when the text and the page agree, or the text names no such base.
    ``text`` is the page without its date line (and with its titles), so the date's own year is not counted."""
    if published is None:
        return None
    bases = [int(m["year"]) for m in _same_period_bases(text)]
    if not bases:
        return None
    year = max(bases) + 1
    # (a page's stamp line left in the text, "Được đăng : 03/11/2016" under its title, is the page's date, B104)
    written = "\n".join(line for line in text.split("\n") if not page.is_stamp_line(line))
    if max(int(y) for y in ANY_YEAR.findall(written)) > year or published.year - year < _YEARS_A_PAGE_DATE_MAY_LAG:
        return None
    return date(year, 12, 31)


_YEARS_A_PAGE_DATE_MAY_LAG = 3  # a feature may look back two years ("so với cùng kỳ năm 2019", far bases beside it)


def _only_year_named(text: str, published: date | None = None) -> int | None:
    """The one year a text names as "năm YYYY" outside comparisons, plans, spans and deadlines ("tăng trưởng
    (GRDP) năm 2022 của Đồng Tháp đạt 8,62% ... tăng 34% so với năm 2021"): the year it is about, when it
    names no period the patterns read. None when it names none, or two or more, or, on a dated page, a year
    neither of the page's date nor the one before (a year recalled: "Từ năm 2019, tỉnh triển khai ...")."""
    years = {m["year"] for m in _YEAR_WORD.finditer(text)
             if not _YEAR_NOT_THE_PERIOD.search(text, max(0, m.start() - 24), m.start())
             # "vụ Chiêm xuân năm 2023", "Từ năm 2019, tỉnh triển khai ..."
             and not _NOT_THE_PERIOD.search(text, max(0, m.start() - 24), m.start())
             and not _compared_before(text, m.start()) and not plan_year(text, m)
             and not holidays.event_before(text, m.start())  # "Lễ hội Hoa Ban năm 2024": the event's name
             and not _SPAN_FROM_THE_YEAR.match(text, m.end()) and not dates_an_event(text, m)}
    if not years:
        # the one year a text names only told apart or counted to its end ("riêng trong năm 2022, huyện đã đón ...",
        # "Tính đến cuối năm 2022, tỉnh có ...": January to the end of the year, as "tính đến hết tháng 5/2017" runs
        # from January), where it names no year outside such words (R35: B10, B14, B16)
        years = {m["year"] for m in _YEAR_WORD.finditer(text)
                 if (_YEAR_TOLD_APART.search(text, max(0, m.start() - 24), m.start())
                     or _SURVEYED_AT_THE_END.search(text, max(0, m.start() - 80), m.start()))
                 and not _compared_before(text, m.start()) and not plan_year(text, m)
                 and not _AIM_IN_ITS_SENTENCE.search(text, max(0, m.start() - 160), m.start())
                 and not holidays.event_before(text, m.start())}
    if len(years) == 1 and (stock := _year_of_the_stocks_instead(text, int(next(iter(years))))) is not None:
        years = {str(stock)}
    if len(years) != 1:
        return None
    year = int(years.pop())
    return year if published is None or published.year - 1 <= year <= published.year else None


# A year's end a figure is counted to: "thu nhập bình quân đầu người cuối năm 2018 được nâng lên 53,9 triệu đồng",
# "giảm xuống còn 0,7% vào cuối năm 2018"; not the base of a comparison ("tăng 2.000 ha so với cuối năm 2019", P53).
_AT_A_YEARS_END = re.compile(r"(?<!\w)(?<!so với )(?<!so )cuối\s+năm\s+(?P<year>(?:19|20)\d\d)(?!\d)", re.I)


def _year_of_the_stocks_instead(text: str, year: int) -> int | None:
    """The one year whose end the text counts its figures to, when the one year it names otherwise gives no figure in
    its sentences ("... hoàn thành 19 tiêu chí nông thôn mới trong năm 2019" after figures "cuối năm 2018", B58):
    the figures' year is the report's. None otherwise."""
    if any(FIGURE_IN_CLAUSE.search(sentence_around(text, m.start())) for m in re.finditer(rf"(?<!\d){year}(?!\d)", text)):
        return None
    ends = {int(m["year"]) for m in _AT_A_YEARS_END.finditer(text) if FIGURE_IN_CLAUSE.search(sentence_around(text, m.start()))}
    return ends.pop() if len(ends) == 1 and year not in ends else None




# The base of a comparison right before a year: "so với năm 2018", "so năm 2015", "gấp hơn 2 lần so với năm 2023",
# "gấp 2-3 lần năm 2022", "tăng gấp 2 lần 2011" (not "so với cùng kỳ năm 2021": the same span of a year the text
# need not name, a month's or a half's as often as the whole year's).
_BASE_BEFORE_YEAR = re.compile(r"(?:(?<!\w)so(?:\s+với)?|(?<!\w)gấp\s+(?:hơn\s+|gần\s+|khoảng\s+)?[\d.,]+(?:\s*[-–]\s*[\d.,]+)?"
                               r"\s*lần(?:\s+so(?:\s+với)?)?)"
                               # the same season of that year: "hơn 2 tạ/ha so với vụ xuân năm 2015" (P17)
                               r"(?:\s+vụ\s+(?:đông\s+xuân|hè\s+thu|thu\s+đông|chiêm(?:\s+xuân)?|xuân|hè|mùa|đông))?"
                               r"\s+(?:năm\s+)?$", re.I)


def _year_after_its_only_base(text: str, published: date | None = None) -> int | None:
    """The year after the one year a text names only as its figures' base ("tăng 28,7% so với năm 2018", "giá ...
    cao gấp hơn 2 lần so với năm 2023"), when every other year it names is later and an aim's or a deadline's
    ("mục tiêu trồng rừng năm 2023"): its figures are of the year after the base, as a span written without its
    year is dated by "cùng kỳ năm Y" (R50: B11, B17, B18, B20). None when it names no such base, two bases, a year
    before the one after its base or a later year of its own; on a dated page, when the year after the base is not
    the page's year (a value "hiện tại" on a page of 2020 against 2018 is of no one year)."""
    bases, others = set(), []
    for m in ANY_YEAR.finditer(text):
        year = int(m.group())
        if _BASE_BEFORE_YEAR.search(text, max(0, m.start() - 40), m.start()):
            bases.add(year)
        else:
            others.append((m, year))
    if len(bases) != 1:
        return None
    year = bases.pop() + 1
    for m, other in others:
        if other < year:
            return None
        if other > year and not (_YEAR_NOT_THE_PERIOD.search(text, max(0, m.start() - 24), m.start())
                                 or _NOT_THE_PERIOD.search(text, max(0, m.start() - 24), m.start())
                                 or plan_year(text, m)):
            return None  # a later year of its own, not an aim's or a deadline's
    return year if published is None or year == published.year else None


# A year told apart from the rest ("Riêng năm 2014, ...", "riêng trong năm 2022") or counted to its end ("Tính đến cuối
# năm 2022", "đến hết năm 2021"; not "Dự kiến hết năm 2020", a projection's horizon, nor "đến năm 2030", a deadline),
# or a level dated to it in parentheses ("giảm từ 12,48% (đầu năm 2017) xuống còn 9,89% (cuối năm 2017)", B87).
_YEAR_TOLD_APART = re.compile(r"(?:(?<!\w)riêng(?:\s+trong)?|(?<!\w)(?:tính\s+)?đến\s+(?:cuối|hết)|\(\s*cuối)\s+$", re.I)


# The end of a year a survey counted to: "theo kết quả rà soát hộ nghèo cuối năm 2022, huyện còn ..." (R67).
_SURVEYED_AT_THE_END = re.compile(r"(?<!\w)(?:điều\s+tra|rà\s+soát)(?!\w)[^.;:!?\n]{0,60}?(?<!\w)cuối\s+$", re.I)
# An aim's sentence: "Huyện phấn đấu đến cuối năm 2025 còn dưới 1.500 hộ nghèo và đến cuối năm 2030 dưới 500 hộ" (R67).
_AIM_IN_ITS_SENTENCE = re.compile(r"(?<!\w)(?:phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu|dự\s+kiến)(?!\w)(?:[^.!?\n]|\.(?=\d))*$",
                                  re.I)


# A year that starts a span to now or to a later year: "Trong giai đoạn từ năm 2016 đến nay", "từ năm 2021 đến năm 2025".
_SPAN_FROM_THE_YEAR = re.compile(r"\s*(?:đến|tới)\s+(?:nay|năm\s+(?:19|20)\d\d)(?!\w)", re.I)


def _holiday(body: str, titles: list[str], published: date | None
             ) -> tuple[str, date, date, str] | None:
    """The holiday a title names, or the body names before any other period (see ``parsing.holidays``)."""
    if not any(holidays.may_name_a_holiday(part) for part in (body, *titles)) \
            and not any(holidays.counts_a_holiday(title) for title in titles):
        return None
    year = published.year if published else _year_named(" ".join((body, *titles)))
    for title in titles:  # the title names the holiday; its days may be written in the body
        found = _holiday_of_the_page(partial(holidays.holiday_period, title, days_in=body), year, published)
        if found is not None:
            return _days_the_opening_counts(body, published, found) or (found.label, found.start, found.end, "title")
    found = _holiday_of_the_page(partial(holidays.holiday_period, body), year, published)
    if found is None:
        # a headline counting a holiday's days without naming it ("... trong 4 ngày lễ", "3 ngày đầu nghỉ lễ"): its
        # days from the body's lead or the page's date (R39, B16 and B17)
        counted = next((c for title in titles if (c := holidays.counted_holiday(title, body, published))), None)
        return (counted.label, counted.start, counted.end, "title") if counted is not None else None
    if _first_period_at(body) < found.at:
        return None  # a holiday named inside a longer report ("9 tháng đầu năm ... dịp lễ 30/4")
    if any(_names_a_span(title) for title in titles):
        return None  # "Du lịch 9 tháng năm 2023 tăng mạnh" over a body opening with the 2/9 holiday: the headline's
    return _days_the_opening_counts(body, published, found) or (found.label, found.start, found.end, "text")


def _holiday_of_the_page(read_in: Callable[[int | None], holidays.HolidayPeriod | None], year: int | None,
                         published: date | None) -> holidays.HolidayPeriod | None:
    """The holiday ``read_in`` reads in ``year``, or, when its days would come after the page's month, the one of the
    year before ("kỳ nghỉ lễ 2/9 vừa qua" on a page of January 2025 is 2024's, P40); a year the text writes stays."""
    found = read_in(year)
    if found is None or published is None or found.start <= month_end(published.year, published.month):
        return found
    before = read_in(published.year - 1)
    return before if before is not None and before.start < found.start else found


def _days_the_opening_counts(body: str, published: date | None, found: holidays.HolidayPeriod
                             ) -> tuple[str, date, date, str] | None:
    """"Theo Sở Du lịch, từ ngày 8/2 đến ngày 18/2/2024, tỉnh đón khoảng 820.000 lượt khách" in a report of
    Tết: the days the opening sentence counts its figures over (``_opening_day_span``), around the holiday's own,
    are the report's (B40)."""
    span = _opening_day_span(body, published)
    if span is None or not (span[1] <= found.end and found.start <= span[2]) \
            or (span[2] - span[1]).days > _HOLIDAY_SPAN_DAYS:
        return None
    return (*span, "text")


_HOLIDAY_SPAN_DAYS = 31  # the longest span of days around a holiday read as its report's days


# Words of a headline setting a target for the year it names after them.
# (an address's headline may have lost its marks: "ky vong thu hut ... năm 2025")
_TARGET_IN_A_TITLE = re.compile(r"(?<!\w)(?:k[ỳy]\s+v[ọo]ng|m[ụu]c\s+ti[êe]u|ph[ấa]n\s+[đd][ấa]u|h[ưu][ớo]ng\s+t[ớo]i|"
                                r"d[ựu]\s+ki[ếe]n)(?!\w)", re.I)


def _names_a_span(title: str) -> bool:
    """Whether a title names a period that is no holiday: a span of months, a quarter or a month, with its year
    or without ("Du lịch 9 tháng năm 2023", "9 tháng: ...", "tăng giá trong tháng 7"); not "năm nay", "năm qua"."""
    partial = _partial_period(title) or _opening_months(title)
    # ("Đà Nẵng kỳ vọng thu hút gần 12 triệu lượt khách năm 2025": a target's year, B80)
    names_its_own = _named_period(title) is not None and not _names_a_target_before_its_period(title)
    return names_its_own or (partial is not None and partial[0] in (*_FROM_JANUARY, "quarter")) \
        or any(not _NOT_A_MONTHS_NAME.search(title, max(0, bare.start() - 12), bare.start())
               for bare in _BARE_MONTH.finditer(title))  # "... tăng giá trong tháng 7" (P12)


def _first_period_at(text: str) -> int:
    """Where ``text`` first names a period, with its year or without; ``len(text)`` if nowhere."""
    named = _named_period(text)
    first = named[1].start() if named else len(text)
    counted = _COUNTED_TO_A_YEARS_END_OPENING.search(text, 0, first)
    if counted is not None:
        first = counted.start()  # "Đến cuối năm 2018, toàn huyện còn 1.135 hộ nghèo" before "trong dịp tết vừa qua" (P30)
    for kind, pattern in _PARTIAL_PERIODS:
        if kind == "this_year":
            continue
        for match in finditer_at(pattern, text, starts(text, _PARTIAL_START_WORDS[kind], digits=kind in ("months", "years_past"))):
            if match.start() >= first:
                break
            before = text[max(0, match.start() - 16):match.start()]
            if not (_NOT_THE_PERIOD.search(before) or (kind == "months" and _DURATION.search(before))):
                first = match.start()
                break
    return first


# A running total of the months of a year: "Tính chung 8 tháng", "lũy kế 10 tháng", "cộng dồn 4 tháng".
_OF_THIS_YEAR = re.compile(r"\s+(?:đầu\s+năm|năm\s+nay|của\s+năm|qua)(?!\w)", re.I)
_RUNNING_TOTAL_BEFORE = re.compile(r"(?:tính\s+chung|lũy\s+kế|luỹ\s+kế|cộng\s+dồn)(?:\s+(?:cả|trong))?\s*$", re.I)


def _month_of_a_running_total(text: str, kind: str, match: re.Match[str], titles: list[str]) -> int | None:
    """The month of a month report whose only span of the year is a running total: "Trong tháng 8 ... Tính
    chung 8 tháng, ..." (the count without its year) reports on August, the running total being told
    beside it, and so does a text opening with the month ("Tháng 8, ... 8 tháng đầu năm ..."); None unless
    the text names that month alone ("tháng 8", not "8 tháng", "tháng 8/2017"), or when a headline names only
    the months to date ("8 tháng đầu năm: ...")."""
    if kind != "months":
        return None
    month = _count_of(kind, match)
    if any(_headline_says(title, month) == "span" for title in titles):
        return None
    total = _RUNNING_TOTAL_BEFORE.search(text, max(0, match.start() - 16), match.start()) \
        and not _OF_THIS_YEAR.match(text, match.end())  # "Tính chung 10 tháng năm nay": a span of the year
    for bare in _BARE_MONTH.finditer(text):
        if int(bare["m"]) == month and not _NOT_A_MONTHS_NAME.search(text, max(0, bare.start() - 12), bare.start()) \
                and (total or bare.start() < match.start()):
            return month
    return None


# A headline opening with a count of months: "10 tháng, lượng khách ...", "5 tháng, 3,3 triệu khách du lịch".
_OPENING_MONTHS = re.compile(rf"^\W*{_N_MONTHS.replace('(?P<n>', '(?P<span>')}\s+tháng(?=[\s,:]|$)(?!\s+(?:tới|sau|cuối))",
                             re.I)


# A headline's count of months before the verb of its figure: "Hải Phòng thu ngân sách 5 tháng đạt hơn 70.696 tỷ
# đồng", "Xuất khẩu 4 tháng tăng 12%": the months from January (a duration is "sau 5 tháng", "trong vòng 5 tháng").
_MONTHS_BEFORE_A_FIGURE = re.compile(rf"(?<!\w){_N_MONTHS.replace('(?P<n>', '(?P<span>')}\s+tháng(?=\s+"
                                     r"(?:ước\s+)?(?:đạt|tăng|giảm|đón|vượt|thu\s+hút)(?!\w))", re.I)


def _opening_months(title: str) -> tuple[str, re.Match[str]] | None:
    """The count of months a headline opens with ("10 tháng, ..."), or gives before its figure's verb (``_MONTHS_BEFORE_
    A_FIGURE``): a span from January. Read in titles only."""
    match = _OPENING_MONTHS.match(title)
    if match is None:
        match = _MONTHS_BEFORE_A_FIGURE.search(title)
        if match is not None and _DURATION.search(title, max(0, match.start() - 16), match.start()):
            match = None
    return ("months", match) if match else None


# "tính đến ngày 15/6/2023", "đến hết ngày 20/9": the year to that day, when the text names no other period
# ("Tính đến trưa ngày 28/12": a part of the day)
# A span to the day ("từ ngày 1 đến 15-8", "tính từ đầu năm đến ngày 20/10/2021") opening the report: the days its
# figures are counted over, whatever month or months to date a headline rounds them to.
# ("lũy kế từ ngày 01/01/2023-19/3/2023": both days written with their year, a dash between, B73; "từ ngày 31/1 - 4/2":
# a spaced dash between days written with their months, B101; not "từ ngày 1 - 4/9")
_DAY_SPAN = re.compile(r"(?<!\w)(?:tính\s+)?từ\s+(?:(?P<since>đầu\s+năm)(?:\s+(?P<y0>(?:19|20)\d\d))?(?:\s+(?:đến|tới)\s+|\s*[-–]\s*)"
                       r"|ngày\s+(?P<d1>[0-3]?\d)(?:[/.-](?P<m1>[01]?\d))?(?:[/.-](?:19|20)\d\d\s*[-–]\s*|\s+(?:đến|tới)\s+"
                       r"|(?<=[/.-]\d)\s+[-–]\s+|(?<=[/.-]\d\d)\s+[-–]\s+))"
                       r"(?:hết\s+)?(?:ngày\s+)?(?P<d>[0-3]?\d)[/.-](?P<m>[01]?\d)"
                       r"(?:[/.-](?P<year>(?:19|20)\d\d))?(?![\d/])", re.I)
# The opening sentence: the first line of so many words, to its first full stop.
_OPENING_WORDS = 8


def opening_sentence(body: str) -> str:
    """The body's opening sentence: its first line of ``_OPENING_WORDS`` words or more, to the first full stop; a
    date line ("• Cập nhật: Thứ hai, 12/5/2025 | 08:15:00 AM", "Kinh tế - Ngày đăng : 05:08, 11/11/2024") is none."""
    line = next((line for line in page.without_date_lines(body).split("\n")
                 if len(line.split()) >= _OPENING_WORDS and not page.is_stamp_line(line)), "")
    return re.split(r"[.!?](?:\s|$)", line, maxsplit=1)[0]


def _opening_day_span(body: str, published: date | None) -> tuple[str, date, date] | None:
    """The span to the day the body's opening sentence counts its figures over (``_DAY_SPAN``); a day without its
    year takes the year the span names, else the publication date's."""
    match = _DAY_SPAN.search(opening_sentence(body))
    if match is None:
        return None
    year = int(match["year"] or match["y0"] or 0) or (published.year if published else None)
    if year is None:
        return None
    try:
        end = date(year, int(match["m"]), int(match["d"]))
        start = date(year, 1, 1) if match["since"] else date(year, int(match["m1"] or match["m"]), int(match["d1"]))
    except ValueError:
        return None
    # a page dated by its month only (an address's "/202201/", a stamp's "2022-01") is dated to the 1st: the span may
    # end later in that month ("từ ngày 1 đến 3-1" on a page of January 2022, R93: B97)
    latest = published and (month_end(published.year, published.month) if published.day == 1 else published)
    if start > end or latest is not None and end > latest:
        return None
    return " ".join(match.group(0).split()), start, end


# "tính đến ngày 15/9/2022", "đến hết 30/6", "Tính đến 20/4/2024", "đến thời điểm 31/12/2019": the day figures are counted to
_COUNTED_TO = re.compile(r"(?<!\w)(?:(?:tính\s+)?đến\s+(?:hết\s+)?(?:(?:trưa|sáng|chiều|tối)\s+)?(?:thời\s+điểm\s+)?ngày\s+"
                         r"|đến\s+hết\s+|tính\s+(?:đến|tới)\s+|(?:tính\s+)?đến\s+thời\s+điểm\s+)"
                         r"(?P<d>[0-3]?\d)[/.-](?P<m>[01]?\d)"
                         r"(?:[/.-](?P<year>(?:19|20)\d\d))?(?![\d/])", re.I)


# The day or the month's end the opening paragraph counts its figures to: "tính đến 20/09/2023", "tính đến ngày 10/2",
# "Đến hết tháng 6", "tính đến cuối tháng 6/2019", "tính đến đầu tháng 7" (the month before's end). A day needs "tính
# đến", "ngày" or "hết" ("đến 30/6 phải hoàn thành" is a deadline, "Ước đến hết 30/6/2020" a count); a month needs
# "hết", "cuối" or "đầu" or "tính đến".
_OPENING_COUNTED_TO = re.compile(
    r"(?<!\w)(?:(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:(?:trưa|sáng|chiều|tối)\s+)?ngày\s+|tính\s+(?:đến|tới)\s+(?:hết\s+)?"
    r"|(?:đến|tới)\s+hết\s+)(?P<d>[0-3]?\d)[/.-](?P<m>[01]?\d)(?:[/.-](?P<year>(?:19|20)\d\d))?(?![\d/])"
    # ("đến thời điểm kết thúc tháng 10/2021": the month's end, P32)
    r"|(?<!\w)(?:(?:tính\s+)?(?:đến|tới)\s+(?:thời\s+điểm\s+)?(?P<edge>hết|cuối|đầu|kết\s+thúc)|tính\s+(?:đến|tới))\s+"
    r"tháng\s+(?P<mm>1[0-2]|0?[1-9])"
    r"(?:\s*[/.-]\s*(?P<yy>(?:19|20)\d\d)|\s+năm\s+(?P<yn>(?:19|20)\d\d))?(?![\d/\w])"
    # a quarter's end: "Tính đến hết quý 3/2023" counts from January to September (B46)
    r"|(?<!\w)(?:tính\s+)?(?:đến|tới)\s+(?:hết|cuối)\s+quý\s+(?P<q>IV|III|II|I|[1-4])"
    r"(?:\s*[/.-]\s*(?P<qy>(?:19|20)\d\d)|\s+năm\s+(?P<qn>(?:19|20)\d\d))?(?![\d/\w])", re.I)


# What makes the day or month a deadline, not a count: "Tính đến đầu tháng 7, các xã phải hoàn thành ...", "Phấn đấu
# đến cuối tháng 12/2025 hoàn thành ...".
_DEADLINE_BEFORE = re.compile(r"(?<!\w)(?:phải|cần|sẽ|phấn\s+đấu|dự\s+kiến|mục\s+tiêu)(?!\w)", re.I)
_DEADLINE_AFTER = re.compile(r"[^.;!?\n]*?(?<!\w)(?:phải|cần|sẽ|phấn\s+đấu|dự\s+kiến)(?!\w)", re.I)


_DEADLINE_REACH = 120  # characters before a count to a month anywhere in the body where its deadline word is sought


def _a_deadline(text: str, match: re.Match[str], reach: int | None = None) -> bool:
    """Whether the day or month ``match`` counts to is a deadline: "phải", "sẽ", "phấn đấu" ... after it, or in its
    clause before it (at most ``reach`` characters back)."""
    before = text[:match.start()] if reach is None else text[max(0, match.start() - reach):match.start()]
    return bool(_DEADLINE_AFTER.match(text, match.end()) or _DEADLINE_BEFORE.search(re.split(r"[.;,!?\n]", before)[-1]))


def opening_paragraph(body: str) -> str:
    """The body's opening paragraph: its first line of ``_OPENING_WORDS`` words or more, after its date lines."""
    return next((line for line in page.without_date_lines(body).split("\n") if len(line.split()) >= _OPENING_WORDS), "")


def _opening_counted_to(body: str, titles: list[str], published: date | None
                        ) -> tuple[str, date, date, str] | None:
    """The months from the new year to the day or month's end the opening paragraph counts its figures to
    (``_OPENING_COUNTED_TO``): a day or month without its year takes the publication date's year (the year before
    when that is later than the page), else the year the text names (``_year_named``); none without a year, nor
    when that day is after the page's date or in January's first days ("tính đến đầu tháng 1"), nor a deadline
    (``_DEADLINE_AFTER``)."""
    paragraph = opening_paragraph(body)
    match = _OPENING_COUNTED_TO.search(paragraph)
    if match is None:
        return _title_counted_to(titles)
    if _a_deadline(paragraph, match) \
            or _FROM_AN_EVENT_BEFORE.search(paragraph, max(0, match.start() - 80), match.start()):
        return None
    season = _crop_season_at(paragraph)
    if season is not None and season[0] < match.start():
        return None  # "Vụ lúa Đông - Xuân năm 2023 - 2024, ... Đến ngày 20/12, ...": the season named first
    written = _year_written(match)
    year = int(written) if written else published.year if published else _year_named(" ".join((body, *titles)))
    if year is None:
        return None
    end = _counted_end(match, year)
    # a page dated to its month only, the 1st standing for it ("/202008/" in its address, "date 2020-08"), may count
    # to any day of that month ("tính đến ngày 10-8" on a page filed under August 2020): the month's last day bounds it
    latest = month_end(published.year, published.month) if published is not None and published.day == 1 else published
    if end is not None and latest is not None and end > latest and not written \
            and (match["d"] or end.replace(day=1) > latest):
        end = _counted_end(match, year - 1)  # "tính đến ngày 28/12" on a page of 3 January
    # a month's end may follow the page's date in that month ("tính từ đầu năm tới hết tháng 8" on a page of 30 August)
    if end is None or latest is not None and (end if match["d"] else end.replace(day=1)) > latest:
        return None
    return " ".join(match.group(0).split()), date(end.year, 1, 1), end, "text" if written or published is None \
        else "published"


def _title_counted_to(titles: list[str]) -> tuple[str, date, date, str] | None:
    """A headline or a table's caption counting to a day written with its year, the opening counting to none:
    "Hiện trạng sử dụng đất tính đến 31/12/2016 phân theo loại đất" (B54) is from the new year to that day."""
    for title in titles:
        match = _OPENING_COUNTED_TO.search(title)
        written = _year_written(match) if match else None
        if match is None or not written or _a_deadline(title, match):
            continue
        end = _counted_end(match, int(written))
        if end is not None:
            return " ".join(match.group(0).split()), date(end.year, 1, 1), end, "title"
    return None


def _counted_to_a_written_month(body: str) -> tuple[str, date, date] | None:
    """The months from the new year to the end of a month or quarter written with its year that figures are counted
    to anywhere in the body ("Tính đến hết quý 3/2023, vốn đầu tư hạ tầng ...", "tính đến hết tháng 5/2017"), not a deadline
    (B46; the opening paragraph's may lack its year: ``_opening_counted_to``)."""
    for match in _OPENING_COUNTED_TO.finditer(body):
        written = match["yy"] or match["yn"] or match["qy"] or match["qn"]
        if not written or match["d"] or _a_deadline(body, match, _DEADLINE_REACH):
            continue
        end = _counted_end(match, int(written))
        if end is not None:
            return " ".join(match.group(0).split()), date(end.year, 1, 1), end
    return None


def written_count_after(body: str, at: int) -> tuple[str, date, date] | None:
    """The months from the new year to the day or month's end a count written with its year counts to, in the
    paragraph holding ``at`` or the next ("Từ đầu năm đến nay, ... / Theo Sở ..., đến cuối tháng 6/2021, diện tích
    ..."): the "now" of a span so far on an undated page (B102); none for a deadline."""
    first_break = body.find("\n", at)
    second_break = body.find("\n", first_break + 1) if first_break >= 0 else -1
    stretch = body if second_break < 0 else body[:second_break]
    return next(_written_counts(stretch, at), None)


def _written_counts(text: str, at: int = 0) -> Iterator[tuple[str, date, date]]:
    """Each count of ``text`` from ``at`` on written with its year ("tính đến hết 30/4/2025", "Tính đến hết quý
    I/2023"), as the months from January to the day, month's or quarter's end it counts to; deadlines left out."""
    for match in _OPENING_COUNTED_TO.finditer(text, at):
        written = _year_written(match)
        if written is None or _a_deadline(text, match):
            continue
        end = _counted_end(match, int(written))
        if end is not None:
            yield " ".join(match.group(0).split()), date(end.year, 1, 1), end


def _year_written(match: re.Match[str]) -> str | None:
    """The year an ``_OPENING_COUNTED_TO`` match writes with its day, month or quarter, if any."""
    return match["year"] or match["yy"] or match["yn"] or match["qy"] or match["qn"]


def _counted_end(match: re.Match[str], year: int) -> date | None:
    """The day ``_OPENING_COUNTED_TO`` counts to in ``year``: its day, or its month's or quarter's end (the month
    before's for "đầu tháng")."""
    try:
        if match["d"]:
            return date(year, int(match["m"]), int(match["d"]))
    except ValueError:
        return None
    if match["q"]:
        return month_end(year, 3 * (_ROMAN.get(match["q"].lower()) or int(match["q"])))
    month = int(match["mm"]) - (1 if (match["edge"] or "").lower() == "đầu" else 0)
    return month_end(year, month) if month >= 1 else None


def _counted_to(body: str, published: date | None, year_named: int | None = None) -> tuple[str, date, date] | None:
    """The year to the day the figures are counted to; a day written without its year takes the publication
    date's year, else ``year_named`` (the year the text is about, ``_year_named``), else gives none."""
    for match in _COUNTED_TO.finditer(body):
        end = _day_written(match, published.year if published else year_named)
        if end is None:
            continue
        year = end.year
        if _FROM_AN_EVENT_BEFORE.search(body, max(0, match.start() - 80), match.start()):
            continue  # "(từ khi lập tỉnh đến ngày 1/5/2012)": how long something lasted, no count to a day
        if published is None or end <= published:
            since = _FROM_A_DAY_BEFORE.search(body, max(0, match.start() - 20), match.start())
            if since is not None:
                # "phiên chợ từ ngày 1 đến ngày 3/3": the days from the first, of the last day's month unless it names one
                try:
                    first = date(year, int(since["m1"] or match["m"]), int(since["d1"]))
                except ValueError:
                    first = end
                if first < end:
                    return " ".join(body[since.start():match.end()].split()), first, end
            return " ".join(match.group(0).split()), date(year, 1, 1), end
    return None


_FROM_AN_EVENT_BEFORE = re.compile(r"(?<!\w)(?:kể\s+)?từ\s+khi[^.;:!?\n()]{0,60}$", re.I)
_FROM_A_DAY_BEFORE = re.compile(r"(?<!\w)từ\s+ngày\s+(?P<d1>[0-3]?\d)(?:[/.-](?P<m1>[01]?\d))?\s+$", re.I)


# "tháng 9" alone (not "9 tháng", not "tháng 9/2017"): a month report's headline names its month
_BARE_MONTH = re.compile(r"(?<!\w)tháng\s+(?P<m>1[0-2]|0?[1-9])(?!\d)(?!\s*[/.-]\s*\d)(?!\s+(?:năm|tháng))", re.I)


def _month_of_the_titles(found: tuple[str | None, date | None, date | None, str | None], titles: list[str]
                         ) -> tuple[str | None, date | None, date | None, str | None]:
    """A month report's running total ("Tính chung 9 tháng năm nay ...") under a headline naming the month
    ("Kim ngạch hàng hóa xuất khẩu tháng 9 ước đạt 19 tỷ USD", also beside the months to date: "tháng 9 và 9
    tháng"): the report is the month's (``_headline_says``)."""
    label, start, end, source = found
    if start is None or end is None or not months_to_date(start, end) or end.month == 1:
        return found
    for title in titles:
        said = _headline_says(title, end.month)
        if said == "month":
            return f"tháng {end.month}/{end.year}", date(end.year, end.month, 1), end, "title"
        if said == "span":
            return found
    return found


# A headline naming the month of the tasks ahead: "triển khai nhiệm vụ tháng 6 năm 2023" over a review of
# "tháng 02" (P14); an address's headline writes it without its marks ("trien-khai-nhiem-vu").
_TASKS_AHEAD = re.compile(r"(?<!\w)(?:nhi[eệ]m\s+v[uụ]|k[eế]\s+ho[aạ]ch|ph[uư][oơ]ng\s+h[uư][oớ]ng|tri[eể]n\s+khai)(?!\w)",
                          re.I)


def _months_between(earlier: date, later: date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month


def _one_month(start: date, end: date) -> bool:
    return start.day == 1 and end == month_end(start.year, start.month)


def _whole_year(start: date, end: date) -> bool:
    return (start, end) == (date(end.year, 1, 1), date(end.year, 12, 31))


def months_to_date(start: date, end: date) -> bool:
    """A span from 1 January to the last day of a month: the months to date (a whole year too)."""
    return start == date(end.year, 1, 1) and end == month_end(end.year, end.month)


def _titles_period(found: tuple[str, date, date], titles: list[str], text: str = ""
                   ) -> tuple[str, date, date] | None:
    """The title's period over the text's, when the text names a whole year or a part of the title's span:
    the headline names what the report covers.

    - a title naming a part of a year with its year ("Tình hình kinh tế xã hội tháng 10 và 10 tháng năm
      2020") over a year the text names ("vụ mùa năm 2019, ...");
    - a title naming a span of months without its year ("Kinh tế 9 tháng tăng 5,35%"), in the year of the
      text's period ("năm 2023, ...", "quý 3/2023"): the text's year dates it, or the year the text names that
      span with ("Trong năm 2023, ... 5 tháng đầu năm 2024, ..." under "... 5 tháng đầu năm": 2024; R44);
    - a title naming a period outside the span of years the text names first: the span is a base.
    """
    _, start, end = found
    for title in titles:
        named = _period_named_in(title)
        if named is not None and not _OPENING_PERIOD.match(title) and _names_a_target_before_its_period(title):
            continue  # "Quảng Ninh phấn đấu thu gần 13.000 tỷ đồng từ du lịch trong quý IV/2025" (R94: B99)
        # a headline opening with its period ("Năm 2023, huyện có thêm 1.200 hộ thoát nghèo") over a period
        # outside it the text names ("hỗ trợ Tết ... năm 2023"): the headline says what the report covers (R67)
        if named is not None and _OPENING_PERIOD.match(title) and (start < named[1] or named[2] < end) \
                and not (end < named[1] and _TARGET_IN_A_TITLE.search(title)):
            # ("Năm 2018: Công ty ... phấn đấu sản xuất điện vượt ..." over "năm 2017, ... Công ty đã thực hiện ...":
            # the target of the year after the one the text reviews, B82)
            return named
        if named is not None and _whole_year(start, end) and not _whole_year(*named[1:]):
            return named
        # a title naming its month over an earlier month, or the months to the month before, within the year before it
        # the text names first ("... tháng 10 năm 2020" over a release's first column "Thực hiện tháng 9 năm 2020",
        # "tháng 01 năm 2021" over "Thực hiện tháng 12 năm 2020", "tháng 11 năm 2015" over "Thực hiện 10 tháng năm
        # 2015"): the months before are the comparison (R72, B49, B51)
        if named is not None and _one_month(*named[1:]) and (_one_month(start, end) or months_to_date(start, end)) \
                and end < named[1] and _months_between(end, named[1]) <= 12 and not _TASKS_AHEAD.search(title):
            return named
        # a title naming only the whole year over its last month or quarter ("Khách quốc tế đến Việt Nam năm 2019:
        # ..." over "tháng 12/2019 đạt ... Ước tính năm 2019 đạt ..."): a year-end report gives the last month beside
        # the year, and the headline names what it covers (as a headline naming only the months to date does)
        if named is not None and _whole_year(*named[1:]) and named[2] == end and start.year == end.year \
                and start.month > 1:
            return named
        # a span of years the title's period lies outside is a comparison's base ("Số liệu 9 tháng năm 2024"
        # over "gấp 1,4 lần so với bình quân giai đoạn 2019-2023")
        if named is not None and start.year < end.year and not (start <= named[1] and named[2] <= end):
            return named
    for title in titles:
        partial = _partial_period(title) or _opening_months(title)  # "10 tháng, lượng khách ..."
        if partial is None or partial[0] not in _FROM_JANUARY:
            continue
        label, span_start, span_end = _partial_bounds(*partial, _year_of_the_same_span(text, *partial) or end.year)
        if (span_start, span_end) != (start, end) and (_whole_year(start, end) or span_start <= start
                                                       and end <= span_end):
            return label, span_start, span_end
    return None


def _names_a_target_before_its_period(title: str) -> bool:
    """Whether a headline sets a target (``_TARGET_IN_A_TITLE``) before the period it names: the target's period."""
    named = _named_period(title)
    return named is not None and _TARGET_IN_A_TITLE.search(title, 0, named[1].start()) is not None


# A headline's period as its first words, closed by a comma or a colon: "Năm 2022, ...", "6 tháng đầu năm 2023: ...".
_OPENING_PERIOD = re.compile(r"\s*(?:trong\s+)?(?:năm|\d{1,2}\s+tháng(?:\s+đầu\s+năm)?|qu[ýí]\s+[IV\d]+|tháng\s+\d{1,2})"
                             r"[\s/.-]*(?:năm\s+)?(?:19|20)\d\d\s*[,:]", re.I)
_THIS_YEAR_SO_FAR = re.compile(r"(?<!\w)từ\s+đầu\s+năm\s+(?:đến|tới)\s+nay(?!\w)", re.I)


def _a_year_past_beside_this_year_so_far(text: str, found: tuple[str, date, date], published: date | None,
                                         titles: list[str]) -> bool:
    """Whether ``found`` is a whole year the text names after "từ đầu năm đến nay" (this year so far), when the
    text or the page's date names a later year: the year told is last year's, beside this year's running total
    (a text giving last year and then this year so far is this year so far's, ``parsing/corpus/README.md``)."""
    if not _whole_year(*found[1:]):
        return False
    so_far = _THIS_YEAR_SO_FAR.search(text)
    year = re.search(rf"(?<!\w)năm\s+{found[2].year}(?!\d)", text, re.I)
    if so_far is None or year is None:
        return False
    if so_far.start() > year.start() and (published is None or published.year != found[2].year + 1):
        # last year first, then this year so far ("Năm 2021, toàn tỉnh tiếp nhận 15.151 đơn vị máu ... Từ đầu năm đến
        # nay, ... 8.729 đơn vị", B72): only on a page dated in the year after
        return False
    return any(int(y) > found[2].year for part in (text, *titles) for y in ANY_YEAR.findall(part)) \
        or (published is not None and published.year > found[2].year)


def _stocks_year(text: str, found: tuple[str, date, date]) -> tuple[str, date, date] | None:
    """The year whose end the figures are counted to, when the whole year found gives none (``_year_of_the_stocks_instead``)."""
    if not _whole_year(found[1], found[2]):
        return None
    year = _year_of_the_stocks_instead(text, found[2].year)
    return (f"năm {year}", date(year, 1, 1), date(year, 12, 31)) if year is not None else None


def _pages_year_after_its_history(text: str, found: tuple[str, date, date], published: date | None
                                  ) -> tuple[str, date, date] | None:
    """The page's year, or the year before it, opening a clause with figures ("Năm 2009, tổng sản lượng ... đạt trên
    9.220 tấn" on a page of December 2009) after a whole year two or more years before it told first ("Sản lượng năm
    2002 đạt trên 5.000 tấn", B58): the story's history comes first, the report is of its present."""
    if published is None or not _whole_year(found[1], found[2]) or found[2].year > published.year - 2:
        return None
    given = [int(y) for y in _years_given_figures(text, published) if published.year - 1 <= int(y) <= published.year]
    if len(given) != 1:
        return None
    year = given[0]
    return f"năm {year}", date(year, 1, 1), date(year, 12, 31)


def _year_before_on_its_january(text: str, found: tuple[str, date, date], published: date | None
                                ) -> tuple[str, date, date] | None:
    """The year before, when the text names it as a year of its own and ``found`` is the whole year a page dated in
    its January names ("Sáng 1/1, ... đón đoàn khách ... năm 2026. ... năm 2025, Lạng Sơn đón hơn 4,4 triệu lượt
    khách"): a year a few weeks old is when the page is written, not a year it can report; the year just ended is. On
    a page with no date, a text opening on a day of January stands for its date ("Ngày 6-1, UBND TP tổ chức lễ ... năm
    2023. ... Giá trị sản xuất hoa kiểng năm 2022 ước trên 3.300 tỷ đồng", B107)."""
    if not _whole_year(*found[1:]):
        return None
    if published is None and not _OPENS_ON_A_JANUARY_DAY.match(text):
        return None
    if published is not None and (published.year, published.month) != (found[2].year, 1):
        return None
    return _the_year_before_of_its_own(text, found[2].year)


# "Ngày 6-1, ...", "Sáng 8/1, ...": a text opening on a day of January, its year unwritten
_OPENS_ON_A_JANUARY_DAY = re.compile(r"\s*(?:(?:sáng|chiều|tối|trưa|đêm)\s+(?:ngày\s+)?|ngày\s+)\d{1,2}\s*[-/.]\s*0?1(?![\d/.-])",
                                     re.I)


def _year_before_its_plan(text: str, found: tuple[str, date, date]) -> tuple[str, date, date] | None:
    """The year before, when the text names it as a year of its own and ``found`` is a whole year named only as a
    plan's (``_year_of_plans_only``): "UBND huyện triển khai kế hoạch ..., dự toán ngân sách năm 2010. ... Báo cáo cho
    biết trong năm 2009, ... đạt hơn 15.600 tấn" sets the new year's targets and reports the year ended (P52)."""
    if not _whole_year(*found[1:]) or not _year_of_plans_only(text, found[2].year):
        return None
    return _the_year_before_of_its_own(text, found[2].year)


def _the_year_before_of_its_own(text: str, year: int) -> tuple[str, date, date] | None:
    """The year before ``year`` as a whole year, when ``text`` names it outside comparisons and plans; else None."""
    before = str(year - 1)
    for match in _YEAR_WORD.finditer(text):
        if match["year"] == before and not _YEAR_NOT_THE_PERIOD.search(text, max(0, match.start() - 24), match.start()) \
                and not _compared_before(text, match.start()) and not plan_year(text, match):
            return f"năm {year - 1}", date(year - 1, 1, 1), date(year - 1, 12, 31)
    return None


_LEAD_AFTER_YEAR = 320  # characters after a year the text opens with, searched for the part of it reported on


def _part_of_the_year_after(text: str, found: tuple[str, date, date]) -> tuple[str, date, date] | None:
    """A span of a year from January ("6 tháng năm 2023", "đến hết tháng 6/2022") named just after the
    whole year the text names first: "Năm 2022, tỉnh đề ra chỉ tiêu ... Đến hết tháng 6/2022, ..." reports
    on the half year, the year being the plan's."""
    label, start, end = found
    if not _whole_year(start, end):
        return None
    at = text.find(label)
    if at < 0:
        return None
    lead = text[at + len(label):at + len(label) + _LEAD_AFTER_YEAR]
    named = _named_period(lead)
    # a year alone on its line is a site's section label ("Năm 2022" over "Tình hình kinh tế - xã hội tỉnh Tiền
    # Giang Tháng 10 năm 2022"): the month or quarter the next line names is the report's
    alone = not text[text.rfind("\n", 0, at) + 1:at].strip() and not lead.split("\n", 1)[0].strip(" \t:")
    parts = ("months", "to_month", "half", "month", "quarter") if alone else ("months", "to_month", "half")
    if named is None or named[0] not in parts:
        return None
    if _ESTIMATE_OF_THE_YEAR.search(text[max(0, at - 10):at + len(label) + named[1].start()]):
        # "Năm 2023, thu ngân sách ước đạt 5.000 tỷ đồng. Tính đến hết tháng 11/2023, ...": a year-end report
        # estimates the whole year and gives the months counted so far beside it
        return None
    part = _named_bounds(*named)
    if alone and named[0] in ("month", "quarter"):
        return part if start <= part[1] and part[2] <= end else None
    return part if part[1] == start and part[2] < end else None


_YEARS_PAST = next(pattern for kind, pattern in _PARTIAL_PERIODS if kind == "years_past")


def _span_of_the_years_past(text: str, found: tuple[str, date, date]) -> tuple[str, date, date] | None:
    """The span of years a review of "5 năm qua" names ("Giai đoạn 2016 - 2020, thành phố có ..."), when as many
    years long and holding the year the text names first ("tăng lên 75% năm 2020"): the years the review covers.
    None unless ``found`` is a whole year and the text counts its years past so."""
    if not _whole_year(*found[1:]):
        return None
    past = _YEARS_PAST.search(text)
    if past is None:
        return None
    span = _reported_span_holding(text, found[2].year)
    return span if span is not None and span[2].year - span[1].year + 1 == _months(past["n"]) else None


def _period_within_a_running_span(text: str, found: tuple[str, date, date]) -> tuple[str, date, date] | None:
    """A period the text names after the span of years it names first, inside that span and ending in a year before
    the span's last ("giai đoạn 2021-2025 phát triển công nghiệp công nghệ cao là trọng tâm. ... Trong sáu tháng đầu
    năm 2023, các khu công nghiệp đã thu hút ..."): the report is written while the span runs, the span is its frame
    and the later period what it reports. None unless ``found`` is a span of years and such a period follows it."""
    label, start, end = found
    if start.year == end.year:
        return None
    at = text.find(label)
    if at < 0:
        return None
    later = _period_named_in(text[at + len(label):])
    if later is None or later[1].year != later[2].year:
        return None  # a part of one year, not another span
    return later if start <= later[1] and later[2].year < end.year else None


# An average over a span of years, the background of the figures: "tăng trưởng nông nghiệp ... bình quân giai đoạn
# 2021-2024 ước đạt 5,22%/năm".
_AVERAGE_BEFORE_SPAN = re.compile(r"(?<!\w)bình\s+quân(?:\s+(?:hằng|mỗi)\s+năm)?\s*$", re.I)


def _period_after_an_average(text: str, found: tuple[str, date, date]) -> tuple[str, date, date] | None:
    """A period of a later year named after the span of years the text names first as an average ("bình quân
    giai đoạn 2021-2024 ... Tính chung 3 tháng đầu năm 2025"): the span is a yardstick, the later period the
    report's. None unless ``found`` is such a span and a later period follows it."""
    label, start, end = found
    if start.year == end.year:
        return None
    at = text.find(label)
    if at < 0 or not _AVERAGE_BEFORE_SPAN.search(text, max(0, at - 30), at):
        return None
    later = _period_named_in(text[at + len(label):])
    return later if later is not None and later[1] > end else None


# Months from January joined to the whole year's estimate: "11 tháng đầu năm và dự ước khả năng thực hiện cả năm 2019".
_MONTHS_AND_THE_YEARS_ESTIMATE = re.compile(r"\s+và\s+(?:dự\s+)?ước(?:\s+[^\W\d]+){0,5}\s+", re.I)
# The whole year estimated ("ước đạt", "ước tính", "ước thực hiện", "Ước cả năm 2022"): the year is reported on.
_ESTIMATE_OF_THE_YEAR = re.compile(r"(?<!\w)(?:ước|cả\s+năm)(?!\w)", re.I)


# The fourth quarter named with the whole year: "quý IV và cả năm 2023", "quý IV/2023 và năm 2023".
_FOURTH_QUARTER_AND_YEAR = re.compile(r"(?<!\w)qu[ýí]\s+(?:IV|4)(?:\s*(?:năm|/|[-.])\s*(?:19|20)\d\d)?\s+và\s+(?:cả\s+)?"
                                      r"năm\s+(?P<year>(?:19|20)\d\d)(?!\d)", re.I)


def _period_named_in(text: str, titles: tuple[str, ...] | list[str] = ()) -> tuple[str, date, date] | None:
    """The period ``text`` names with its year (``_named_period``), read with what is around it:

    - a month and the months up to it as a span of the year ("tháng 5/2023 ... 5 tháng đầu năm"): a
      report of the year to date, unless it is a month report (``_month_report``);
    - a span of months without its year named before a bare year ("6 tháng đầu năm ... trong năm
      2022"): that span of that year.
    """
    named = _named_period(text)
    if named is None:
        return None
    kind, match = named
    year = int(match["year"])
    whole = _FOURTH_QUARTER_AND_YEAR.search(text, 0, match.end() + 40)
    if whole is not None and kind in ("quarter", "year", "whole_year") and whole.start() <= match.start() + 4:
        # "ước tính quý IV và cả năm 2023": the year's release, its last quarter told beside it (P12)
        year = int(whole["year"])
        return f"năm {year}", date(year, 1, 1), date(year, 12, 31)
    if kind == "month":
        month = _month_of(match)
        at = _months_to_at(text, month)
        if at is not None and not _month_report(text, titles, month, span_first=at < match.start()):
            return f"{month} tháng năm {year}", date(year, 1, 1), month_end(year, month)
    if kind == "year":
        # the part of a year named first, whatever its kind ("Quý I vừa qua có hơn 3 triệu lượt khách ... Hội chợ Du lịch
        # quốc tế năm 2025. ... trong 3 tháng đầu năm"): the quarter, not the months named after the year
        partial = _partial_period(text[:match.start()])
        if partial is not None and partial[0] not in ("past_year", "years_past"):
            span_year = _year_of_the_same_span(text, *partial)
            if span_year is None and partial[0] in _FROM_JANUARY and match.group(0).lower().startswith("cả") \
                    and not re.search(r"[.!?\n]", text[partial[1].end():match.start()]):
                if _MONTHS_AND_THE_YEARS_ESTIMATE.fullmatch(text, partial[1].end(), match.start()):
                    # "kết quả 11 tháng đầu năm và dự ước khả năng thực hiện cả năm 2019": the months joined to the
                    # year's estimate, the year's review, as "quý IV và cả năm" is (R93: B97)
                    return f"năm {year}", date(year, 1, 1), date(year, 12, 31)
                if not _ESTIMATE_OF_THE_YEAR.search(text, partial[1].end(), match.start()):
                    # "10 tháng đầu năm ... đã hơn cả năm 2017", "9 tháng đầu năm, đạt ..., vượt xa ... của cả năm
                    # 2022": a part of a year set in its sentence against a whole year is of a later year, the one
                    # after; not against the year's estimate ("trong 10 tháng qua, ... ước tính cả năm 2025 đạt ...")
                    span_year = year + 1
            bounds = _partial_bounds(*partial, span_year or _year_after_its_same_period(text, partial[1].end(), year))
            return _the_titles_year_of(bounds, titles) or bounds
        # a day the figures are counted to, written without its year and named first ("tính đến ngày 25/6, ... gấp
        # 2,78 lần cùng kì năm 2021, ... chợ đêm ... năm 2022"): the year to that day, of the year after the one its
        # own sentence compares with, as for a span of months above
        counted = _COUNTED_TO.search(text, 0, match.start())
        if counted is not None and counted["year"] is None and _partial_period(text[:counted.start()]) is None:
            counted_year = _year_after_its_same_period(text, counted.end(), year)
            try:
                end = date(counted_year, int(counted["m"]), int(counted["d"]))
            except ValueError:
                end = None
            if end is not None:
                return " ".join(counted.group(0).split()), date(counted_year, 1, 1), end
    return _named_bounds(kind, match)


def _year_of_the_same_span(text: str, kind: str, match: re.Match[str]) -> int | None:
    """The year of a span of months from January named without one ("10 tháng đầu năm"), when ``text`` names the
    same span with its year ("10 tháng đầu năm 2018") and not as a comparison's base (R44: B16, B18)."""
    if kind not in _FROM_JANUARY:
        return None
    months = _count_of(kind, match)
    for named in _PERIODS[0][1].finditer(text):
        if _count_of("months", named) == months and not _compared_before(text, named.start()):
            return int(named["year"])
    # ... or counts to the end of its last month: "Trong 6 tháng đầu năm ... Tính đến hết tháng 6/2022, ..." (R93: P49)
    for named in _TO_MONTH.finditer(text):
        if named["m"] is not None and int(named["m"]) == months and not _compared_before(text, named.start()):
            return int(named["year"])
    return None


_TO_MONTH = next(pattern for kind, pattern in _PERIODS if kind == "to_month")


def _the_titles_year_of(bounds: tuple[str, date, date], titles: tuple[str, ...] | list[str]
                        ) -> tuple[str, date, date] | None:
    """The span a title names with its year ("... trong 6 tháng đầu năm 2023" in the address) when the text names the
    same span without one ("Trong 6 tháng đầu năm, ...") and only later a bare year ("năm 2022, tỉnh đã tham gia ...",
    a year recalled): the headline dates the span. None when no title names that span with a year."""
    for title in titles:
        named = _named_period(title)
        if named is None:
            continue
        label, start, end = _named_bounds(*named)
        if (start.month, start.day, end.month, end.day) == (bounds[1].month, bounds[1].day, bounds[2].month,
                                                             bounds[2].day) and start.year == end.year:
            return label, start, end
    return None


def _year_after_its_same_period(text: str, after: int, year: int) -> int:
    """The year of a span named without one ("9 tháng đầu năm, ..."), given ``year`` named bare later: the year
    after the one "cùng kỳ năm Y" compares it with, when ``year`` is no later than Y ("giảm 5,7% so với cùng kỳ năm
    2022 ... Đặc biệt, năm 2021, tỉnh thu hút ..." is of 2023: a year at or before the comparison's base is one
    recalled, not the span's); else ``year``."""
    sentence_end = re.search(r"[.!?](?=\s)|\n|$", text[after:])
    own_end = after + (sentence_end.start() if sentence_end else 0)
    for compared in _SAME_PERIOD_OF.finditer(text, after):
        # "sáu tháng đầu năm nay ... tăng 41% so với cùng kỳ 2016" in the span's own sentence dates the span (2017),
        # whatever year a later sentence names ("tiến tới ... vào năm 2020": a goal)
        if not _is_far_base(text, compared) and (int(compared["year"]) >= year or compared.start() < own_end):
            return int(compared["year"]) + 1
    return year


def _month_report(text: str, titles: tuple[str, ...] | list[str], month: int, span_first: bool = False) -> bool:
    """Whether a text naming a month with its year and the months up to it ("tháng 10/2022 ... tính chung 10
    tháng năm 2022") is the month's report, as the labelling convention files it: a headline naming the month
    ("Xuất khẩu tháng 10 ...", "tháng 10 và 10 tháng năm 2022") makes it one, a headline naming only the
    months from January ("10 tháng đầu năm 2022, ...") a report of the months to date; with no such headline,
    the text's opening decides: the month named before the months to date, or a price index's release
    ("CPI tháng 3/2023 ... bình quân 3 tháng đầu năm", the index in ``price_releases.tsv``)."""
    for title in titles:
        said = _headline_says(title, month)
        if said is not None:
            return said == "month"
    if not span_first:
        return True
    opening = " ".join((*titles, text[:_PRICE_RELEASE_OPENING]))
    return _PRICE_RELEASE.search(opening) is not None


# "tháng 10", "tháng 10/2022" in a headline, not a date ("ngày 5 tháng 10") nor the end of a running total
# ("đến hết tháng 10")
_HEADLINE_MONTH = re.compile(r"(?<!\w)tháng\s+0?(?P<m>1[0-2]|[1-9])(?!\d)(?!\s+tháng)", re.I)
# nor a meeting's month ("phiên họp thường kỳ tháng 6", "phien hop thuong ky thang 6" in an address)
_NOT_A_MONTHS_NAME = re.compile(r"(?:\d|hết|đến|cuối|từ|trước|sau|ngày|họp|hop|(?:thường|thuong)\s+(?:kỳ|ky))\s*$", re.I)


def _headline_says(title: str, month: int) -> str | None:
    """"month" when a headline names ``month`` as its subject (alone, with its year, or with the months up to it:
    "tháng 10 và 10 tháng năm 2022"), else "span" when it names the months from January to it ("10 tháng đầu
    năm 2022", "10 tháng: ..."), else None."""
    for match in _HEADLINE_MONTH.finditer(title):
        if int(match["m"]) == month and not _NOT_A_MONTHS_NAME.search(title, max(0, match.start() - 12),
                                                                         match.start()):
            return "month"
    return "span" if _headline_names_months_to(title, month) else None


def _headline_names_months_to(title: str, month: int) -> bool:
    """Whether a headline names the months from January to ``month`` ("5 tháng đầu năm 2024, CPI tăng ...",
    "10 tháng: ...", "tháng 10 và 10 tháng")."""
    partial = _partial_period(title) or _opening_months(title)
    if partial is not None and partial[0] in _FROM_JANUARY and _count_of(*partial) == month:
        return True
    named = _named_period(title)
    if named is None or named[0] not in ("months", "half", "to_month"):
        return False
    _, first_day, last_day = _named_bounds(*named)
    return last_day.month == month and first_day.month == 1


def _price_release_pattern() -> re.Pattern[str]:
    phrases = [row[0].strip() for row in _rows("price_releases.tsv")]
    return re.compile(rf"(?<!\w)(?:{phrase_alternation(phrases)})(?!\w)", re.I)


_PRICE_RELEASE = _price_release_pattern()
_PRICE_RELEASE_OPENING = 300  # characters of the text's opening searched for the index it releases


# Where each period without its year can start (see ``parsing.scan``).
_PARTIAL_START_WORDS = {"months": ("hai", "ba", "bốn", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"), "half": ("nửa",),
                        "to_month": ("từ", "tính", "lũy", "luỹ"), "quarter": ("quý", "quí"),
                        "years_past": ("hai", "ba", "bốn", "mười"), "past_year": ("năm",), "this_year": ("năm",)}
_SPAN_OF_THE_YEAR = re.compile(r"\s+(?:đầu\s+năm|qua)(?!\w)", re.I)


_AVERAGE_BEFORE = re.compile(r"bình\s+quân\s*$", re.I)


def _months_to_at(text: str, month: int) -> int | None:
    """Where ``text`` first names the months from January to ``month`` as a span of the year: with its year
    ("5 tháng năm 2023") or "đầu năm" ("5 tháng đầu năm"); None if nowhere. A running total of a monthly
    report ("tính chung 5 tháng", "lũy kế 5 tháng") leaves the report's period the month, and so does an
    index's average over the months ("CPI bình quân 11 tháng năm 2019" in the report of November)."""
    candidates = starts(text, _PARTIAL_START_WORDS["months"], digits=True)
    first = None
    for pattern in (_PERIODS[0][1], _PARTIAL_PERIODS[0][1]):
        for match in finditer_at(pattern, text, candidates):
            if _AVERAGE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
                continue  # "CPI bình quân 11 tháng năm 2019": the index's average, told in a month's report
            span = pattern is _PERIODS[0][1] or _SPAN_OF_THE_YEAR.match(text, match.end()) \
                or "đầu" in match.group(0).lower()
            if _count_of("months", match) == month and span:
                first = match.start() if first is None else min(first, match.start())
                break
    return first


def _named_bounds(kind: str, match: re.Match[str]) -> tuple[str, date, date]:
    year = int(match["year"])
    if kind in ("months", "half"):
        return match.group(0), date(year, 1, 1), month_end(year, _count_of(kind, match))
    if kind == "quarter":
        q = _ROMAN[match["q"].lower()]
        return match.group(0), date(year, 3 * q - 2, 1), month_end(year, 3 * q)
    if kind == "month":
        month = _month_of(match)
        return match.group(0), date(year, month, 1), month_end(year, month)
    if kind == "span":
        return " ".join(match.group(0).split()), date(int(match["first"]), 1, 1), date(year, 12, 31)
    if kind == "to_month":
        month = int(match["m"]) if match["m"] else 3 * _ROMAN[match["q"].lower()]
        return f"{month} tháng năm {year}", date(year, 1, 1), month_end(year, month)
    if kind == "days":
        month = int(match["m"]) if match.groupdict().get("m") else 1
        days = _DAYS_SPELLED.get(match["d"].lower()) or int(match["d"])
        return " ".join(match.group(0).split()), date(year, month, 1), \
            date(year, month, min(days, month_end(year, month).day))
    return match.group(0), date(year, 1, 1), date(year, 12, 31)


def _month_of(match: re.Match[str]) -> int:
    if match["first"]:
        return 1
    return MONTH_NAMES[" ".join(match["mn"].split())] if match["mn"] else int(match["m"])


def _count_of(kind: str, match: re.Match[str]) -> int:
    """How many months from January a "months" or "half" period covers (a "half" of three quarters nine)."""
    if kind == "half":
        return 9 if match.groupdict().get("quarters") else 6
    return _months(next(g for g in (match.groupdict().get(k) for k in ("plain", "n", "span")) if g))


def _months(n: str) -> int:
    n = " ".join(n.lower().split())
    return int(n) if n.isdigit() else _MONTH_WORDS[n]


def _partial_period(text: str) -> tuple[str, re.Match[str]] | None:
    """The first period named without its year, of the first kind in ``_PARTIAL_PERIODS`` found."""
    for kind, pattern in _PARTIAL_PERIODS:
        for match in finditer_at(pattern, text, starts(text, _PARTIAL_START_WORDS[kind], digits=kind in ("months", "years_past"))):
            before = text[max(0, match.start() - 16):match.start()]
            # ("... 6 tháng cuối năm 2019.\n\n6 tháng đầu năm, kinh tế ...": a sentence before ends with its "cuối", P30)
            if "cuối" in SENTENCE_END.split(before)[-1].lower() or _NOT_THE_PERIOD.search(before) \
                    or (kind == "quarter" and (_to_the_end_of_a_later_quarter(text, match)
                                               or EVENT_BEFORE.search(text, max(0, match.start() - 40), match.start()))) \
                    or PLANS_PERIOD.search(text, max(0, match.start() - PLANS_PERIOD_REACH), match.start()) \
                    or (kind == "months" and _DURATION.search(before)) \
                    or (kind == "this_year" and _THIS_YEAR_OF.search(text, max(0, match.start() - 24), match.start())):
                continue
            return kind, match
    return None


# The rest of a year, named with its year after its first months: a meeting reviews "9 tháng đầu năm" and sets the
# tasks of "3 tháng cuối năm 2021" (or "quý IV năm 2021"), "6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2023".
_REST_OF_THE_YEAR = re.compile(r"(?<!\w)(?:(?P<n>1[01]|0?[1-9]|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười một|mười)\s+tháng\s+"
                               r"cuối\s+năm|qu[ýí]\s+(?:IV|4)(?:\s+cuối\s+năm)?)\s*(?:năm\s+|[/-]\s*)?"
                               r"(?P<year>(?:19|20)\d\d)(?!\d)", re.I)


# "từ đầu năm 2019 đến nay": the figures run from the start of that year to the day of writing
_FROM_THE_START_OF_A_YEAR = re.compile(r"(?<!\w)từ\s+đầu\s+năm\s+(?P<year>(?:19|20)\d\d)\s+(?:đến|tới)\s+(?:nay|hiện\s+nay|thời\s+điểm\s+này)"
                                       r"(?!\w)", re.I)


def _year_run_from(text: str, kind: str) -> int | None:
    """The year of a span from January named without its year ("Trong 9 tháng qua, ...") in a text that counts from the
    start of one year to now ("từ đầu năm 2019 đến nay"): that year, if it names one only."""
    years = {int(m["year"]) for m in _FROM_THE_START_OF_A_YEAR.finditer(text)} if kind in _FROM_JANUARY else set()
    return years.pop() if len(years) == 1 else None


def _year_of_the_rest(text: str, kind: str, match: re.Match[str]) -> int | None:
    """The year of a span of months from January named without its year ("9 tháng đầu năm"), when the text names
    the rest of that year with its year ("3 tháng cuối năm 2021"): the months the two count make twelve."""
    if kind not in _FROM_JANUARY:
        return None
    months = _count_of(kind, match)
    for rest in _REST_OF_THE_YEAR.finditer(text):
        if months + (_months(rest["n"]) if rest["n"] else 3) == 12:
            return int(rest["year"])
    return None


# A whole year as the frame of a target or an estimate: "vào cuối năm 2019", "hết năm 2020", "ước cả năm 2021", "kế
# hoạch năm 2018", "dự toán năm 2022"; not a horizon years ahead ("đến cuối năm 2025", "tới hết năm 2030").
_WHOLE_YEAR_FRAME = re.compile(r"(?<!đến )(?<!tới )(?<!\w)(?:cuối|hết|cả|kế\s+hoạch|dự\s+toán)\s+năm\s+"
                               r"(?P<year>(?:19|20)\d\d)(?!\d)", re.I)


def _year_of_its_frame(text: str) -> int | None:
    """The one year ``text`` names as a whole-year target's or estimate's (``_WHOLE_YEAR_FRAME``), on a page with
    no date naming no year of its own: the year of a span of months or a quarter written without one, which a
    report sets beside that year's target ("6 tháng đầu năm ... để được công nhận huyện nông thôn mới vào cuối năm
    2019"); none when it names two such years (R56)."""
    years = {int(m["year"]) for m in _WHOLE_YEAR_FRAME.finditer(text)}
    return years.pop() if len(years) == 1 else None


def _year_for(kind: str, match: re.Match[str], published: date) -> int:
    """The year of a period written without one, from the date the report was published.

    "năm qua" is the year just ended, unless the report is published in its last two months (a
    year-end review). A span of months from January is the latest one ended by the publication date, or
    ending within a month after it (an early estimate): "6 tháng đầu năm" published in July, or on 20
    June, is that year's first half; "10 tháng qua" published in January is the year before's. A quarter
    is the latest one begun by the publication date: "quý IV" published in January is the last quarter
    of the year before.
    """
    if kind in ("past_year", "years_past"):
        return published.year if published.month >= 11 else published.year - 1
    if kind == "this_year":
        return published.year
    if kind in _FROM_JANUARY:
        # a span from January that would end more than a month after the page was published is last year's:
        # "10 tháng qua" in a page of January 2024 is January to October 2023 (an early estimate, "6 tháng đầu
        # năm" published on 20 June, is still this year's)
        last = month_end(published.year, _count_of(kind, match))
        return published.year if (last - published).days <= _ESTIMATED_AHEAD_DAYS else published.year - 1
    first_month = 3 * _ROMAN[match["q"].lower()] - 2 if kind == "quarter" else 1
    return published.year if date(published.year, first_month, 1) <= published else published.year - 1


_ESTIMATED_AHEAD_DAYS = 31  # a report may estimate its span a few weeks before the span ends



def _partial_bounds(kind: str, match: re.Match[str], year: int) -> tuple[str, date, date]:
    if kind in ("past_year", "this_year"):
        return f"năm {year}", date(year, 1, 1), date(year, 12, 31)
    if kind == "years_past":
        first = year - _months(match["n"]) + 1  # years counted in the words or digits months are
        return f"{first}-{year}", date(first, 1, 1), date(year, 12, 31)
    label = f"{' '.join(match.group(0).split())} {year}"
    if kind == "quarter":
        q = _ROMAN[match["q"].lower()]
        return label, date(year, 3 * q - 2, 1), month_end(year, 3 * q)
    return label, date(year, 1, 1), month_end(year, _count_of(kind, match))


def _year_named(text: str) -> int | None:
    """The year a report without a publication date is about: the year it names most often, leaving
    out years of comparisons, horizons, deadlines and dates; else the year after the one "cùng kỳ năm
    Y" compares with."""
    written = {int(m["year"]) for m in _YEAR_WORD.finditer(text)}
    years = [str(int(m.group(0)) + 1) if _CARRIED_OVER.match(text, m.end()) else m.group(0)
             for m in ANY_YEAR.finditer(text)
             if not _far_from_every_year_written(m, written)
             and not _YEAR_NOT_THE_PERIOD.search(text, max(0, m.start() - 24), m.start())
             and not _compared_before(text, m.start())
             and not plan_year(text, m) and not _since_date(text, m) and not dates_an_event(text, m)
             and not holidays.event_before(text, m.start())]  # "cuộc thi ... năm 2011": the event's name
    if years:
        return int(max(set(years), key=lambda y: (years.count(y), y)))
    compared = next(_same_period_bases(text), None)
    if compared is not None:
        return int(compared["year"]) + 1
    bases = {int(m.group(0)) for m in ANY_YEAR.finditer(text) if _SAME_DAYS_BASE.search(_clause_before(text, m.start()))}
    return bases.pop() + 1 if len(bases) == 1 else None


# How far a number that reads as a year, written without "năm", may lie from every year the text writes with it:
# "1.200 em xếp loại giỏi và 2078 em xếp loại khá" in a text on 2013 counts pupils (B46).
_BARE_YEAR_REACH = 10


def _far_from_every_year_written(match: re.Match[str], written: set[int]) -> bool:
    year = int(match.group(0))
    return bool(written) and year not in written and all(abs(year - other) > _BARE_YEAR_REACH for other in written)


# What a year carried over into the next ("diện tích năm 2019 chưa thu hoạch chuyển sang", "vốn năm 2021 kéo dài sang"): the
# report is of the year after it, into which it was carried (R56); not "chuyển sang năm 2022", which names that year.
_CARRIED_OVER = re.compile(r"[^.;:!?\n()]{0,40}?(?<!\w)(?:chuyển\s+sang|chuyển\s+qua|kéo\s+dài\s+sang)(?!\w)"
                           r"(?!\s+(?:năm\s+)?(?:19|20)\d\d)", re.I)


# A date after "từ khi", "kể từ" in its sentence dates an earlier event ("tính từ khi mở cửa lại vào
# 15/3/2022"), not the report.
_SINCE = re.compile(r"(?<!\w)(?:kể\s+từ|từ\s+khi|tính\s+từ)(?!\w)", re.I)


def _since_date(text: str, match: re.Match[str]) -> bool:
    if not re.search(r"\d{1,2}\s*/\s*$", text[max(0, match.start() - 4):match.start()]):
        return False
    sentence_start = max(text.rfind(".", 0, match.start() - 6), text.rfind("\n", 0, match.start())) + 1
    return bool(_SINCE.search(text, sentence_start, match.start()))


def _far_base_pattern() -> re.Pattern[str]:
    phrases = [row[0].strip() for row in _rows("far_bases.tsv")]
    return re.compile(rf"(?<!\w)(?:{phrase_alternation(phrases)})(?!\w)", re.I)


_FAR_BASE = _far_base_pattern()


def _is_far_base(text: str, match: re.Match[str]) -> bool:
    """Whether the compared year of ``match`` is described as a far base in its clause ("so với cùng kỳ năm
    2019, năm chưa xảy ra dịch", "So trước dịch, ... bằng 79% tháng 7/2019"): not the year before the report."""
    sentence_start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
    after = re.split(r"[.;\n]", text[match.end():match.end() + 60])[0]
    return bool(_FAR_BASE.search(text, sentence_start, match.start()) or _FAR_BASE.search(after))


_YEAR_WORD = re.compile(r"(?<!\w)năm\s+(?P<year>(?:19|20)\d\d)(?!\d)(?!\s*[-–]\s*(?:19|20)\d\d)", re.I)


def _latest_year_opens_its_history(text: str, year: int) -> bool:
    """Whether the first sentence naming a year opens with ``year`` ("Năm 2023, ...") and every year the text names
    after it is an earlier one: a history told after the year reported."""
    first, opening = ANY_YEAR.search(text), _YEAR_OPENING_A_CLAUSE.search(text)
    return first is not None and opening is not None and opening.start("year") == first.start() \
        and int(first.group()) == year and all(int(m.group()) < year for m in ANY_YEAR.finditer(text, first.end()))


def _runs_over_years(text: str, published: date | None = None) -> bool:
    """Whether ``text`` reports on three or more years, each named as "năm YYYY" outside comparisons, plans
    and spans ("năm 2021, Cà Mau ... Năm 2022, ... năm 2023 ..."): it covers no one year. On a dated page, a
    year still running (``_year_still_running``) is the page's present, not a year reported ("Năm 2024, ngành ...
    tiếp tục ..." closing a review of 2023 dated January 2024)."""
    years = {m["year"] for m in _YEAR_WORD.finditer(text)
             if not _year_still_running(int(m["year"]), published)
             and not _YEAR_NOT_THE_PERIOD.search(text, max(0, m.start() - 24), m.start())
             and not _compared_before(text, m.start())
             and not plan_year(text, m)
             and not PLANS_PERIOD.search(text, max(0, m.start() - PLANS_PERIOD_REACH), m.start())
             and not _SPAN_FROM_THE_YEAR.match(text, m.end())}  # "từ năm 2016 đến nay": a span's start
    # "Đầu năm 2022, tỉnh xuất khẩu ...": a part of a year opening a sentence is a year the text reports on
    years.update(m["year"] for m in _PART_OF_A_YEAR_OPENING.finditer(text))
    return len(years) >= 3


# A year opening a sentence or a clause after ";", whose clause gives a figure: "Năm 2022, tốc độ tăng trưởng kinh tế
# của tỉnh đạt 19,3%, ...; năm 2023 đạt 13,45%".
_YEAR_OPENING_A_CLAUSE = re.compile(r"(?:^|(?<=[.!?;])\s+|\n\s*|(?<=;))(?:trong\s+)?năm\s+(?P<year>(?:19|20)\d\d)(?!\d)"
                                    r"(?!\s*[-–/]\s*\d)", re.I | re.M)


def _headline_year_among(titles: list[str], years: set[str]) -> tuple[str, date, date] | None:
    """The whole year the first headline naming a period names, when it is one of ``years``."""
    for title in titles:
        named = _period_named_in(title)
        if named is not None:
            return named if _whole_year(*named[1:]) and str(named[2].year) in years else None
    return None


# Years opening clauses of one paragraph: "Năm 2011, thành phố không còn người bán máu; năm 2015, tiếp nhận 28.100 đơn
# vị máu" tells a history year by year, whether or not each year is given a figure (B46). Unlike
# ``_YEAR_OPENING_A_CLAUSE`` (a sentence's opening, a figure in its clause), the year may follow a comma ("Đáng chú ý,
# năm 2011, ...") and a comma must close it.
_YEAR_OPENS_A_CLAUSE = re.compile(r"(?:^|[.;:,]\s*|\n)(?:năm|Năm)\s+(?P<year>(?:19|20)\d\d)\s*,", re.M)


# A story's next year opening a sentence: "Năm 2010, toàn huyện có ... Đến năm 2015, giá tiêu vẫn tiếp tục tăng, ...
# 502 ha" (B52); a year a plan reaches ("Đến năm 2025, tỉnh phấn đấu ...") is left out as a plan's.
_AIM_AFTER = re.compile(r"(?<!\w)(?:phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu|dự\s+kiến|sẽ|cần|phải)(?!\w)", re.I)
_YEAR_REACHED_IN_A_STORY = re.compile(r"(?:^|(?<=[.;])\s+|\n)(?:Đến|Tới|Sang)\s+năm\s+(?P<year>(?:19|20)\d\d)\s*,", re.M)


def _years_listed(text: str) -> bool:
    """Whether a paragraph of ``text`` opens clauses with two different years, neither a plan's (``_YEAR_OPENS_A_CLAUSE``,
    ``_YEAR_REACHED_IN_A_STORY``)."""
    for paragraph in re.finditer(r"[^\n]+", text):
        years = {m["year"] for m in _YEAR_OPENS_A_CLAUSE.finditer(text, max(0, paragraph.start() - 1), paragraph.end())
                 if not plan_year(text, m) and not _AIM_IN_ITS_SENTENCE.search(text, max(0, m.start() - 120), m.start())
                 and not _YEAR_NOT_THE_PERIOD.search(text, max(0, m.start("year") - 24), m.start("year"))
                 and not PLANS_PERIOD.search(text, max(0, m.start() - PLANS_PERIOD_REACH), m.start())}
        if years:
            years.update(m["year"] for m in _YEAR_REACHED_IN_A_STORY.finditer(text, max(0, paragraph.start() - 1),
                                                                              paragraph.end())
                         if not plan_year(text, m) and not _AIM_AFTER.search(re.split(r"[.!?\n]", text[m.end():], maxsplit=1)[0]))
        if len(years) >= 2:
            return True
    return False


# "so với cùng kỳ" naming no year: a comparison with the same period of the year before the one it follows
_SAME_PERIOD_UNDATED = re.compile(r"(?<!\w)so\s+(?:với\s+)?cùng\s+k[ỳì](?!\s*(?:năm\s+)?(?:19|20)\d\d)", re.I)


def _latest_year_compared_alone(text: str) -> int | None:
    """The last year a history reaches, when only that year's figures are compared with the same period before:
    "Năm 2000, giá trị sản xuất ... đạt 562, năm 2005 đạt 2681 tỷ đồng, và đến năm 2011, ... đạt 9.223,8 tỷ đồng,
    trong đó ... tăng 20,3% so với cùng kỳ" tells the years before as a story and reports 2011 (P51). None when
    a comparison follows an earlier year ("Năm 2022, ... tăng 8% so với cùng kỳ; năm 2023 ...": years side by
    side)."""
    years = [m for m in _YEAR_WORD.finditer(text) if not plan_year(text, m)]
    comparisons = [m.start() for m in _SAME_PERIOD_UNDATED.finditer(text)]
    if len({m["year"] for m in years}) < 2 or not comparisons:
        return None
    latest = max(int(m["year"]) for m in years)
    for at in comparisons:
        before = [m for m in years if m.start() < at]
        if not before or int(before[-1]["year"]) != latest:
            return None
    return latest


def _counted_to_date_after_the_years(text: str) -> tuple[str, date, date] | None:
    """The months from January to the day, month's or quarter's end a count of the text runs to ("Trong năm 2025, tính
    đến hết 30/4/2025, tổng dư nợ ... đạt 6.104 tỷ đồng", "Tính đến hết quý I/2023, ... đón hơn 3.300 lượt khách"), when
    that count's year comes after every other year the text writes, none of them after it: last year's results told
    first, then this year so far (B106, B109). None otherwise, and for a deadline."""
    written = [int(m["year"]) for m in _YEAR_WORD.finditer(text)]
    for count in _written_counts(text):
        others = [y for y in written if y != count[2].year]
        if others and max(others) < count[2].year:
            return count
    return None


def _years_given_figures(text: str, published: date | None = None) -> set[str]:
    """The years ``text`` opens a sentence or clause with and gives a figure of in that clause, plans left out, and,
    on a dated page, years not yet ended by its date (from November a year-end report estimates its year): two of
    them side by side ("Năm 2022, ... đạt 19,3%, ...; năm 2023 đạt 13,45%" on a page of March 2024) report two
    years, none of which is the text's one period (as three or more named anywhere do, ``_runs_over_years``). A
    year still running beside the one ended ("Năm 2023, ... 41.600 tấn ... Năm 2024, 5 tỉnh ..." in June 2024) is
    the page's present, not a second year reported."""
    years = set()
    for match in _YEAR_OPENING_A_CLAUSE.finditer(text):
        clause = re.split(r"[.;](?=\s|$)|\n", text[match.end():match.end() + 160])[0]
        if FIGURE_IN_CLAUSE.search(clause) and not plan_year(text, match) \
                and not _year_still_running(int(match["year"]), published):
            years.add(match["year"])
    return years


def _year_still_running(year: int, published: date | None) -> bool:
    """Whether ``year`` has not ended by the page's date, before November (from November a year-end report
    estimates its year)."""
    return published is not None and year >= published.year and published.month < 11


def _reported_span_holding(text: str, year: int) -> tuple[str, date, date] | None:
    """The first span of years ``text`` reports on ("Giai đoạn 2021-2025, ...", ``is_reported_span``) that holds
    ``year``; None if none."""
    for kind, pattern in _PERIODS:
        if kind != "span":
            continue
        for match in finditer_at(pattern, text, starts(text, _PERIOD_START_WORDS["span"], digits=True)):
            if is_reported_span(text, match) and int(match["first"]) <= year <= int(match["year"]) \
                    and not _NOT_THE_PERIOD.search(text, max(0, match.start() - 16), match.start()):
                return _named_bounds(kind, match)
    return None


# A count of years the text reviews: "sau 5 năm tự cân đối thu - chi", "5 năm qua".
_COUNT_OF_YEARS = re.compile(r"(?<!\w)(?:sau|qua|trong)\s+(?P<n>\d{1,2})\s+năm(?!\w)(?!\s+(?:19|20)\d\d)"
                             r"|(?<![\w,.])(?P<n2>\d{1,2})\s+năm\s+(?:qua|vừa\s+qua)(?!\w)", re.I)


def _years_counted(text: str, published: date | None) -> tuple[str, date, date] | None:
    """The span of years a text counts and then gives year by year ("sau 5 năm ... Năm 2017, ... Năm 2021, ..."): the
    years given figures are exactly that many years in a row (P12). None otherwise."""
    counted = _COUNT_OF_YEARS.search(text)
    if counted is None:
        return None
    n = int(counted["n"] or counted["n2"])
    years = sorted(int(y) for y in _years_given_figures(text, published))
    if n < 2 or len(years) != n or years[-1] - years[0] != n - 1:
        return None
    return f"{n} năm {years[0]}-{years[-1]}", date(years[0], 1, 1), date(years[-1], 12, 31)


_PART_OF_A_YEAR_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:đầu|cuối|giữa)\s+năm\s+(?P<year>(?:19|20)\d\d)(?!\d)\s*,",
                                     re.I)


# "đến hết quý II", "tới hết quý III": the months to the quarter's end, not the quarter (in a plan: "phấn đấu đến hết
# quý II ... đạt 51,19% kế hoạch năm"); "đến hết quý I" is the quarter
_TO_THE_END_OF = re.compile(r"(?:đến|tới)\s+hết\s*$", re.I)


def _to_the_end_of_a_later_quarter(text: str, match: re.Match[str]) -> bool:
    """Whether ``match`` (a quarter) follows "đến hết" and is not the first: "đến hết quý I" is that quarter itself."""
    return _ROMAN[match["q"].lower()] > 1 and _TO_THE_END_OF.search(text, max(0, match.start() - 12), match.start()) \
        is not None


def names_a_period(text: str) -> bool:
    """Whether ``text`` (a headline) names a period, with its year or without."""
    return _named_period(text) is not None or _partial_period(text) is not None or _opening_months(text) is not None


def _named_period(text: str) -> tuple[str, re.Match[str]] | None:
    """The kind and match of the period named first in ``text``; on a tie, the kind listed first in ``_PERIODS``."""
    earliest = None
    for kind, pattern in _PERIODS:
        candidates = starts(text, _PERIOD_START_WORDS[kind], digits=kind in _DIGIT_STARTS)
        if earliest is not None and candidates is not None:
            candidates = candidates[:bisect_left(candidates, earliest[0])]  # only one named before can win
        for match in finditer_at(pattern, text, candidates):
            if earliest is not None and match.start() >= earliest[0]:
                break
            # "cuối năm 2023" is a plan's horizon; "đến cuối tháng 6-2015" (a to_month) counts to its month
            if "cuối" in text[max(0, match.start() - 12):match.start() + (0 if kind == "to_month" else 12)].lower() \
                    or _NOT_THE_PERIOD.search(text, max(0, match.start() - 16), match.start()) \
                    or _compared_before(text, match.start()) \
                    or PLANS_PERIOD.search(text, max(0, match.start() - PLANS_PERIOD_REACH), match.start()) \
                    or (kind == "quarter" and _to_the_end_of_a_later_quarter(text, match)) \
                    or (kind == "span" and not is_reported_span(text, match)) \
                    or (kind in ("year", "whole_year") and (plan_year(text, match)
                                                            or holidays.event_before(text, match.start()))) \
                    or (kind in ("year", "whole_year", "month", "quarter") and dates_an_event(text, match)) \
                    or heads_a_column(text, match) or level_moved_from(text, match) \
                    or SPAN_ENDING_AT.search(text, max(0, match.start() - 32), match.start()) \
                    or (kind in ("to_month", "month") and DEADLINE.search(text, max(0, match.start() - 50), match.start())):
                continue
            earliest = (match.start(), kind, match)
            break  # the first of its kind is the earliest of its kind
    return earliest and earliest[1:]


def month_end(year: int, month: int) -> date:
    """The last day of ``month`` of ``year``."""
    return date(year, month, calendar.monthrange(year, month)[1])
