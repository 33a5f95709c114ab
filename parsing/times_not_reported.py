"""Times a report writes that are not the period it reports on.

A year, month or span of years in a text is often another time than the one its figures cover: the year a plan or
target is set for, the span of a programme or a standard, the date of an event, a signed document, a law or a photo,
a deadline, a table's column head, the level a change starts from. ``parsing.periods`` reads a report's period and
asks these predicates to pass over such times; they are apart because they are a vocabulary of their own (what plans,
events and documents look like), grown one real case at a time (the R-numbers and set names in the comments).
"""

from __future__ import annotations

import re

from parsing.sentences import sentence_around

# A figure in a clause: a number with a percent sign, a scale word or a common unit (a clause that sets an aim and
# gives none sets it only).
FIGURE_IN_CLAUSE = re.compile(r"\d[\d.,]*\s*(?:%|tỷ|tỉ|triệu|nghìn|ngàn|lượt|tấn|USD|đồng|người|dự\s+án|doanh\s+nghiệp|ha(?!\w))",
                              re.I)


# "phấn đấu" as a verb of striving; "nỗ lực phấn đấu", "sự phấn đấu của" are the effort made, a noun ("Năm 2019, với sự
# đoàn kết, nỗ lực phấn đấu của cả hệ thống chính trị, ...": the year reviewed, B64)
_STRIVING = r"(?<!nỗ lực )(?<!sự )phấn\s+đấu(?!\s+của(?!\w))"
# A year followed in its clause by what will be done: "Trong năm 2024, huyện tập trung thực hiện ...",
# "Năm 2025, tỉnh phấn đấu ...": a plan's year, not the report's ("đã tập trung" is done).
# ("rừng tập trung" is a kind of forest: only "tập trung thực hiện / triển khai / đẩy mạnh" is a plan's verb.)
# (further, with no number before it: "Năm 2026, ngành Nông nghiệp và Môi trường tỉnh Gia Lai phấn đấu ...", B56)
_PLAN_AFTER_YEAR = re.compile(r"(?:[^.;:!?\n]{0,40}?|[^\d.;:!?\n]{41,90}?)(?<!đã )(?<!\w)(?:tập\s+trung\s+(?:thực\s+hiện|triển\s+khai|đẩy\s+mạnh)|"
                              # (a directive for the year: "Năm 2026, Phó Chủ tịch ... chỉ đạo cần sớm ...", P40)
                              rf"sẽ|{_STRIVING}|dự\s+kiến|định\s+hướng|(?:đặt|đề)(?:\s+ra)?\s+(?:mục|chỉ)\s+tiêu|chỉ\s+đạo\s+cần)(?!\w)",
                              re.I)


# A headline's "Năm 2025, Quảng Ngãi mục tiêu thu hút 300 triệu USD ...": a place's name, then its target (B70).
_NAME_THEN_ITS_TARGET = re.compile(r"\s*,\s*(?:[A-ZĐÂĂÊÔƠƯ][^\W\d]*\s+){1,4}mục\s+tiêu(?!\w)")


# The same with the plan's word opening the clause before the year: "Phấn đấu trong năm 2024, ...",
# "Mục tiêu đến năm 2030, ...".
# ("Dự kiến, năm 2020, có trên 80.500 ha": the plan's word set off by a comma)
_PLAN_BEFORE_YEAR = re.compile(r"\s*(?:phấn\s+đấu|mục\s+tiêu|dự\s+kiến|kế\s+hoạch|trước\s+mắt)\s*,?\s+(?:trong|đến\s+hết|đến|tới|cho|hết)?\s*(?:năm\s*)?",
                               re.I)
# A sentence opening with a target ("Mục tiêu đặt ra cho năm 2020 là ...", "Mục tiêu thu hút vốn FDI cả năm 2014 của
# tỉnh là 1 tỉ USD", "Chỉ tiêu năm 2024 ..."): every year in it is the target's.
# So does a sentence or headline opening with "Phấn đấu" ("Bình Phước: Phấn đấu thu ngân sách năm 2021 đạt 12.000 tỷ
# đồng", "Phấn đấu đón 4,6 triệu lượt khách trong năm 2016"): what is striven for is a plan's.
_TARGET_SENTENCE = re.compile(r"(?:^|[.;:!?\n])\s*(?:mục\s+tiêu|chỉ\s+tiêu|phấn\s+đấu)(?!\w)[^.;!?\n]*$", re.I)
# So does a sentence whose subject "đặt mục tiêu" ("Quảng Ngãi đặt mục tiêu năm thu hút đầu tư ... đạt khoảng 300 triệu USD
# trong năm 2025", B70): every year in it is the target's.
_SUBJECT_SETS_A_TARGET = re.compile(r"\s*(?:[^\W\d]+\s+){1,6}?đặt\s+(?:ra\s+)?mục\s+tiêu(?!\w)", re.I)
_TARGET_SENTENCE_REACH = 120
# A year a few words after an aim in its own clause: "thực hiện mục tiêu trồng rừng năm 2023", "triển khai nhiệm vụ
# phát triển du lịch năm 2023", "phấn đấu đạt giá trị kim ngạch 1,2 tỷ USD trong năm 2019": the aim's year, not the
# report's (R50: B15, B18, B19, B20). An aim reached or reviewed ("hoàn thành mục tiêu ...", "kết quả thực hiện nhiệm
# vụ ...", "tổng kết nhiệm vụ ...") is the report's and is left to the other rules.
# ("chỉ tiêu" is no aim: "Một số chỉ tiêu y tế của tỉnh Ninh Bình năm 2023" are that year's statistics.)
# ("thực hiện thắng lợi ... năm 2022", "phát động phong trào thi đua ... năm 2022": the year's aims and campaign, P23;
# a hyphen may close a word, "kinh tế- xã hội"; the aim's own rate may stand in it, "mục tiêu phấn đấu mức tăng trưởng kinh
# tế từ 9 - 10% trong năm 2020", B60)
# (a request to be recognised that year is one: "đề nghị Chính phủ công nhận huyện đạt chuẩn NTM năm 2019", B106)
_AIM_IN_THE_CLAUSE = re.compile(rf"(?<!\w)(?P<aim>{_STRIVING}|mục\s+tiêu|nhiệm\s+vụ|hướng\s+tới|thắng\s+lợi|thi\s+đua"
                                r"|đề\s+nghị(?=\s+[^\d,.;]{0,40}?công\s+nhận))"
                                r"(?:\s+[^\W\d]+-?|\s+[\d.,]+%?|\s+[-–])(?:\s+[^\W\d]+-?|\s+[\d.,]+%?|\s+[-–]){0,11}"
                                r"(?:\s+(?:trong|của|cho|vào))?\s+$", re.I)
# ... unless reached or reviewed; an aim to be reached ("để hoàn thành mục tiêu tăng trưởng du lịch năm 2024",
# "nhằm đạt chỉ tiêu ...", "tạo đà cho việc hoàn thành các mục tiêu ... năm 2023", B105) is still an aim (R56).
_AIM_REACHED_BEFORE = re.compile(r"(?<!để )(?<!nhằm )(?<!sẽ )(?<!quyết tâm )(?<!cho việc )(?<!tạo đà )"
                                 r"(?:hoàn\s+thành|đạt|vượt|kết\s+quả(?:\s+thực\s+hiện)?|đánh\s+giá|tổng\s+kết)"
                                 r"(?:\s+(?:các|những|được))?\s*$", re.I)
_AIM_REACH = 72
# (after an outlet's dateline tag: "YBĐT - Năm 2016, tỉnh ... phấn đấu", P12; "(VLO) Năm 2022, Huyện ủy ... đề ra chỉ
# tiêu", B66)
_PLAN_CLAUSE_OPENING = r"\s*(?:\([^\W\d_]{2,14}\)\s*[-–]?\s*|[^\W\d_]{2,14}\s*[-–]\s*)?(?:trong\s+|cả\s+|(?:tính\s+)?(?:đến|tới)\s+hết\s+)?(?:năm\s*)?"


def plan_year(text: str, match: re.Match[str]) -> bool:
    """Whether the year of ``match`` opens its clause ("Trong năm 2024, ...", "Năm 2025 tỉnh ...") and the
    clause says what will be done, or stands in a sentence opening with a target ("Mục tiêu ... năm 2020 là ...",
    ``_TARGET_SENTENCE``). A year inside a clause ("kế hoạch sản xuất công nghiệp 2017 ... sẽ hoàn
    thành") is this year's plan and still dates the report."""
    opening = re.split(r"[.;:!?\n,]", text[max(0, match.start() - 24):match.start()])[-1]
    sentence_opening = re.split(r"[.;:!?\n]", text[max(0, match.start() - 24):match.start()])[-1]
    if _PLAN_BEFORE_YEAR.fullmatch(opening) or _PLAN_BEFORE_YEAR.fullmatch(sentence_opening):
        return True  # "Phấn đấu trong năm 2024, toàn tỉnh đón ...": the year a target is set for
    if _TARGET_SENTENCE.search(text, max(0, match.start() - _TARGET_SENTENCE_REACH), match.start()):
        return True
    sentence = sentence_around(text, match.start())
    if _sets_an_aim_not_reached(sentence) or _SUBJECT_SETS_A_TARGET.match(sentence):
        return True
    clause = re.split(r"[;:!?\n()]|[.,](?!\d)", text[max(0, match.start() - _AIM_REACH):match.start()])[-1]
    aim = _AIM_IN_THE_CLAUSE.search(clause)
    if aim is not None and not _AIM_REACHED_BEFORE.search(clause, 0, aim.start()):
        return True
    # the clause's opening up to the year itself: a match may take in the line break and "Trong năm" before it
    # ("...USD.\n\nTrong năm 2024, tỉnh ... đặt ra chỉ tiêu ...", R64)
    at = match.start("year") if "year" in match.re.groupindex and match.start("year") >= 0 else match.start()
    own_opening = re.split(r"[.;:!?\n,]", text[max(0, at - 24):at])[-1]
    # "Đến hết năm 2013, cảng sẽ đón 6,6 triệu tấn": a count to a year's end that will be reached is a projection (R68)
    if not re.fullmatch(_PLAN_CLAUSE_OPENING, opening, re.I) and not re.fullmatch(_PLAN_CLAUSE_OPENING, own_opening, re.I):
        return False
    plan = _PLAN_AFTER_YEAR.match(text, match.end()) or _NAME_THEN_ITS_TARGET.match(text, match.end())
    # "Trong năm 2023, tỉnh đặt mục tiêu đón 1,2 triệu lượt khách, nhưng đã đón gần 1,5 triệu lượt": a target
    # told beside what was reached is the year's review (P12)
    return plan is not None and _REACHED_AFTER_ITS_TARGET.match(text, plan.end()) is None


# A sentence that sets an aim and gives no figure: "Nâng cao thu nhập ... là mục tiêu quan trọng mà huyện tiếp tục đặt ra
# trong kế hoạch ... trong năm 2024" (P27); every year in it is the aim's.
_SETS_AN_AIM = re.compile(r"(?<!\w)(?:là\s+mục\s+tiêu|mục\s+tiêu(?:[^.!?\n]{0,80}?)(?<!\w)(?:đặt|đề)\s+ra)(?!\w)", re.I)


def _sets_an_aim_not_reached(sentence: str) -> bool:
    """Whether ``sentence`` sets an aim not reached (``_SETS_AN_AIM``) and holds no figure."""
    aim = _SETS_AN_AIM.search(sentence)
    return aim is not None and not _AIM_REACHED_BEFORE.search(sentence, 0, aim.start()) \
        and not FIGURE_IN_CLAUSE.search(sentence)


_REACHED_AFTER_ITS_TARGET = re.compile(r"(?:[^.;!?\n]|\.(?=\d)){0,80}?(?<!\w)(?:nhưng|song)(?!\w)[^.;!?\n]{0,40}?"
                                       r"(?<!\w)(?:đã|vượt)(?!\w)",
                                       re.I)


# The period of the tasks set at a meeting, not the one it reviews: "Hội nghị kinh tế - xã hội tháng 8 và 8 tháng đầu
# năm; nhiệm vụ, giải pháp trọng tâm tháng 9 năm 2025", "phương hướng nhiệm vụ quý IV" ("thực hiện nhiệm vụ 6 tháng
# đầu năm" is what was done: only solutions and directions mark a plan). So is the period whose tasks, plan or targets
# a meeting deploys: "tổng kết năm 2022, triển khai nhiệm vụ năm 2023", "Hội nghị ... triển khai các chỉ tiêu phát
# triển công nghiệp - xuất khẩu năm 2019".
PLANS_PERIOD = re.compile(r"(?:(?:giải\s+pháp|phương\s+hướng|nhiệm\s+vụ\s+trọng\s+tâm)"
                           # not the time the solutions were carried out in: "triển khai quyết liệt các giải pháp,
                           # trong 06 tháng đầu năm 2023, nhiều chỉ tiêu ... đạt" (R77: B62)
                           r"(?![^.;:!?\n]{0,32}?,\s*(?:trong|qua)\s)[^.;:!?\n]{0,32}"
                           # the plan a meeting adopts, by its formal name: "kế hoạch phát triển KT-XH năm 2024"
                           # beside the review of the year before (R67b)
                           r"|kế\s+hoạch\s+phát\s+triển\s+(?:kinh\s+tế\s*[-–]?\s*xã\s+hội|KT\s*[-–]\s*XH)\s+"
                           # ("đánh giá kết quả công tác quí I, đề ra nhiệm vụ công tác quí II năm 2023", B67)
                           r"|(?:triển\s+khai|đề\s+ra)\s+(?:các\s+)?(?:nhiệm\s+vụ|kế\s+hoạch|chỉ\s+tiêu)[^.;:!?\n,]{0,48}"
                           # the way ahead a speech asks for: "phải tìm ra hướng đi mới cho năm 2016" (B74)
                           r"|(?:hướng\s+đi|định\s+hướng)(?:\s+mới)?\s+cho\s+"
                           # the plan a share of is taken: "(bằng 115% kế hoạch thu hút vốn cả năm 2024)" over "10 tháng
                           # đầu năm 2024" (B40)
                           r"|\d\s*%\s*(?:so\s+với\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán)[^.;:!?\n,()\d]{0,40})$", re.I)
PLANS_PERIOD_REACH = 80
# A year or month dating one event, not a period figures are counted over (R60): a start of operation right before it
# ("đưa Nhà máy điện gió ... vào hoạt động năm 2017"), "vào năm 1994, một số ngư dân ..." (when something happened),
# or a clause it opens whose subject is one firm or plant ("Năm 2018, công ty được cấp phép ...", "Tháng 4/2025, Tập
# đoàn ... đề xuất ..."; not "các doanh nghiệp", a count of many).
EVENT_BEFORE = re.compile(r"(?:vào\s+(?:hoạt\s+động|vận\s+hành|sử\s+dụng)(?:\s+thương\s+mại)?(?:\s+(?:từ|vào|trong))?"
                           r"|(?<!\w)(?<!dự\skiến\s)(?<!hoàn\sthành\s)vào"
                           # what was done to one thing in that year: "vùng chè được công nhận năm 2017", "nhà máy, sau
                           # khi mở rộng năm 2021" (R68; "số xã công nhận năm 2017", that year's count, has no "được")
                           r"|(?<!\w)(?:được|sau\s+khi)\s+(?:công\s+nhận|thành\s+lập|khánh\s+thành|khởi\s+công|mở\s+rộng)"
                           r"(?:\s+(?:từ|vào|trong))?"
                           # a council's monthly meeting: "tổ chức phiên họp thường kỳ tháng 7 năm 2018, nhằm đánh giá
                           # ... 6 tháng đầu năm" (B67)
                           r"|(?<!\w)họp\s+(?:thường|định)\s+kỳ"
                           # the rounds of a programme's assessments: "phân hạng sản phẩm OCOP đợt 2 và 3 năm 2024" (B107)
                           r"|(?<!\w)đợt\s+\d{1,2}(?:\s*(?:,|và)\s*\d{1,2})*"
                           # a start, of building or of a programme: "khởi công xây dựng dự án trong tháng 9-2015", "Khi
                           # mới bước vào xây dựng nông thôn mới năm 2010, xã chỉ có 5/19 tiêu chí" (B106)
                           r"|(?<!\w)khởi\s+công(?:\s+[^\W\d]+){0,4}?\s+(?:trong|vào|từ)"
                           r"|(?<!\w)(?:khi|lúc)\s+(?:mới\s+)?(?:bắt\s+đầu|bước\s+vào|triển\s+khai)(?:\s+[^\W\d]+){0,6}?"
                           # a quarter's routine meeting: "họp giao ban toàn ngành quý III năm 2023. Cuộc họp nhằm đánh
                           # giá ... 9 tháng đầu năm" (B76)
                           r"|(?<!\w)(?:họp|hội\s+nghị)\s+giao\s+ban(?:\s+(?:toàn\s+ngành|trực\s+tuyến))?"
                           r"(?:\s+qu[ýí]\s+(?:IV|III|II|I|[1-4]))?)\s+(?:năm\s+)?$", re.I)
# A year whose clause founds one thing, no count before the verb: "năm 2003, Hợp tác xã ... được thành lập với 5 thành
# viên" dates the founding (P20); "Năm 2023, có 1.200 doanh nghiệp được thành lập mới" counts that year's.
_FOUNDED_AFTER = re.compile(r"\s*,\s*[^\d.;:!?\n]{0,90}?(?<!\w)(?:được\s+thành\s+lập|ra\s+đời"
                            # a recognition decided that month: "Tháng 12-2018, huyện Ý Yên được UBND tỉnh ra quyết
                            # định công nhận hoàn thành ... nông thôn mới" (P52)
                            r"|được\s+[^\d.;:!?\n,]{0,30}?quyết\s+định\s+công\s+nhận)(?!\s+mới)(?!\w)", re.I)
_ONE_FIRM_AFTER = re.compile(r"\s*,\s*(?:thì\s+)?(?:công\s+ty|tập\s+đoàn|nhà\s+máy|nhà\s+đầu\s+tư)(?!\w)", re.I)
# The date of a numbered document: "Quyết định số 45/QĐ-TTg ngày 3/4/2018", "Chương trình số 12-CTr/TU ngày
# 15/02/2021" (a code with a slash and a letter, then the day it was signed): when it was signed, not a period.
_DOCUMENT_DATED = re.compile(r"(?<![\w/])\d+[\w-]*/[\w./-]*[^\W\d][\w./-]*\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*$",
                             re.I)


# A budget settled, the year before's: "Nghị quyết phê chuẩn tổng quyết toán thu ngân sách Nhà nước, chi ngân sách địa
# phương năm 2016" at a council's mid-year session of 2017 (P36; P35, P32 alike): a document's year, not the report's.
_BUDGET_SETTLED_BEFORE = re.compile(r"(?<!\w)quyết\s+toán(?:\s+[^\W\d]+|\s*,){1,14}\s+(?:năm\s+)?$", re.I)


# A law named by its title, which carries the year it was passed: "Luật Thủy sản năm 2017", "Bộ luật Lao động năm
# 2019", "Luật Bảo vệ môi trường 2020" (B40). The capital of "Luật" tells the title from "pháp luật" (the law at large).
_LAW_NAMED = re.compile(r"(?<!\w)(?:(?:Bộ\s+)?(?-i:Luật)|(?-i:Hiến\s+pháp))(?:\s+[^\W\d]+){0,6}\s+$")


# A photo's caption dates the photo after a comma at the end of its line: "Liên đoàn ... ký kết hợp tác với Hiệp hội
# ..., tháng 12-2025" over a text of plans (B40).
_CAPTION_OPENING = re.compile(r"(?:^|\n)[^\n]{24,}?[^\W\d_],\s*$")  # (the comma right after a word, as prose writes it)
_LINE_ENDS = re.compile(r"[ \t)]*(?:\n|$)")


# A photo's caption, its line closed by the credit: "Năm 2024, nhiều doanh nghiệp nỗ lực kết nối ... (Ảnh minh họa) |"
# (B70), "... (Ảnh: Minh Hà)".
_PHOTO_CREDIT_CLOSES = re.compile(r"[^\n]*\(\s*[Ảả]nh(?:\s+minh\s+họa|\s+minh\s+hoạ|\s*:[^()\n]{1,40})\s*\)[\s|]*(?:\n|$)")


def _dates_a_caption(text: str, match: re.Match[str]) -> bool:
    return (_LINE_ENDS.match(text, match.end()) is not None
            and _CAPTION_OPENING.search(text, max(0, match.start() - 240), match.start()) is not None) \
        or _PHOTO_CREDIT_CLOSES.match(text, match.end()) is not None


def dates_an_event(text: str, match: re.Match[str]) -> bool:
    """Whether the year, quarter or month of ``match`` dates one event (``EVENT_BEFORE``, ``_ONE_FIRM_AFTER``), a
    document (``_DOCUMENT_DATED``) or a law (``_LAW_NAMED``)."""
    start = match.start()
    while start < match.end() and text[start].isspace():
        start += 1
    if EVENT_BEFORE.search(text, max(0, start - 40), start) or _DOCUMENT_DATED.search(text, max(0, start - 60), start) \
            or _BUDGET_SETTLED_BEFORE.search(text, max(0, start - 100), start) \
            or _LAW_NAMED.search(text, max(0, start - 60), start) or _dates_a_caption(text, match):
        return True
    end = match.end()
    while end > start and not text[end - 1].isdigit():
        end -= 1
    return _ONE_FIRM_AFTER.match(text, end) is not None or _FOUNDED_AFTER.match(text, end) is not None


# A year followed by more years ("Năm 2005 2010 2015 2016"): the heads of a table's columns.
_MORE_YEARS = re.compile(r"[ \t]+(?:19|20)\d\d(?!\d)")


def heads_a_column(text: str, match: re.Match[str]) -> bool:
    """Whether a period is a table's column head, not what the report covers (R67): its words stand on lines of
    their own ("Tháng 10\n\nnăm 2019", a cell of a price table's heads flattened one a line), or more years follow
    its own on the line ("Năm 2005 2010 2015 2016" over a table of the population by district)."""
    return "\n\n" in match.group(0) or _MORE_YEARS.match(text, match.end()) is not None


# The end of a span from a year: "Giai đoạn từ năm 2018 đến hết năm 2021, huyện có 640 người ..." (R67).
SPAN_ENDING_AT = re.compile(r"(?<!\w)từ\s+(?:năm\s+)?(?:19|20)\d\d\s+(?:đến|tới)(?:\s+hết)?\s+$", re.I)
# What is still to be done by a month is a deadline, not the months counted so far: "48 tỷ đồng chưa giải ngân, cần
# giải ngân xong đến hết tháng 01/2025" (R67).
DEADLINE = re.compile(r"(?<!\w)(?:cần|phải|còn\s+lại|sẽ|kéo\s+dài|gia\s+hạn|thời\s+hạn|hạn\s+chót)(?!\w)"
                       r"[^.;:!?\n]{0,40}$", re.I)
# A level a change starts from, then the level it reaches: "giảm từ mức 35,2% trong quý II-2019 xuống còn 33,1%",
# "tăng từ 21,5% năm 2016 lên 24%".
_FROM_A_LEVEL = re.compile(r"(?<!\w)từ\s+(?:mức\s+)?\d[\d.,]*\s*(?:%|[^\W\d]+)?\s*(?:trong|của|vào)?\s*$", re.I)
_TO_A_LEVEL = re.compile(r"[^.;:!?\n]{0,30}?(?<!\w)(?:xuống|lên)(?!\w)", re.I)


def level_moved_from(text: str, match: re.Match[str]) -> bool:
    """Whether a period is that of the level a change starts from, the period it reaches following (R67)."""
    return _FROM_A_LEVEL.search(text, max(0, match.start() - 40), match.start()) is not None \
        and _TO_A_LEVEL.match(text, match.end()) is not None


# A span of years is a plan's, a programme's or a term's, not a report's, after these words in its clause
# ("kế hoạch đầu tư công trung hạn giai đoạn 2021-2025", "Nghị quyết số 11 ... giai đoạn 2020-2025 và tầm nhìn",
# "bộ tiêu chí nông thôn mới giai đoạn 2021-2025": a programme's criteria).
_PLAN_OF_A_SPAN = re.compile(r"(?:kế\s+hoạch|chương\s+trình|lộ\s+trình|quy\s+hoạch|đề\s+án|trung\s+hạn|chiến\s+lược|tầm\s+nhìn|"
                             r"tiêu\s+chí|"
                             # a standard's span: "theo chuẩn nghèo ... giai đoạn 2022-2025" (R56)
                             r"(?<!\w)chuẩn(?!\s+bị)(?!\w)|"
                             r"định\s+hướng|mục\s+tiêu|phấn\s+đấu|nhiệm\s+kỳ|nghị\s+quyết\s+số|dự\s+án|dự\s+kiến)[^.;:!?\n]{0,60}$",
                             re.I)


# What was achieved in a term: "Kết quả đạt được trong nhiệm kỳ", "thành tựu nổi bật trong nhiệm kỳ".
_ACHIEVED_IN_A_TERM = re.compile(r"(?:kết\s+quả|thành\s+tựu|đạt\s+được)[^,.;:!?\n]{0,30}\s(?:trong|qua)\s*$", re.I)


# A span after a comparison in its clause is its base ("gấp 1,4 lần so với bình quân giai đoạn 2019-2023"),
# unless compared with a target set for it ("So với chỉ tiêu tăng trưởng bình quân 5 năm 2021-2025, ...").
_COMPARED = re.compile(r"(?:so\s+với|(?<!\w)so(?!\w)|gấp|(?<!\w)bằng|(?<!\w)hơn)", re.I)
_TARGET_OF_A_SPAN = re.compile(r"chỉ\s+tiêu", re.I)


def is_reported_span(text: str, match: re.Match[str]) -> bool:
    """A span of years a report (or a figure) covers: at least two years, not after a plan's words in its
    clause, nor after a comparison (unless with a target set for it). ``match`` has the groups "first" and
    "year"."""
    if int(match["year"]) <= int(match["first"]):
        return False
    if re.search(r"\svà\s", match.group(0)) and int(match["year"]) != int(match["first"]) + 1:
        return False  # "năm 2019 và năm 2023" are two years apart, not a span
    clause = re.split(r"[,.;:!?\n]", text[max(0, match.start() - 80):match.start()])[-1]
    if match.group(0).lower().startswith("nhiệm"):
        # a term is the report's span only as the time of its sentence ("Nhiệm kỳ 2020-2025, tỉnh đã ...") or of
        # what was achieved in it ("Một số thành tựu nổi bật trong nhiệm kỳ 2015-2020"), not as the name of a
        # body ("HĐND tỉnh khóa XIII, nhiệm kỳ 2021-2026 khai mạc kỳ họp", "HĐND huyện khóa V, nhiệm kỳ
        # 2021-2026, nhằm đánh giá ...") nor a plan's ("phấn đấu trong nhiệm kỳ 2020-2025")
        sentence = re.split(r"[.;:!?\n]", text[max(0, match.start() - 80):match.start()])[-1].strip().lower()
        if sentence in ("", "trong", "qua", "cả"):
            return text[match.end():].lstrip(" ")[:1] == ","
        return bool(_ACHIEVED_IN_A_TERM.search(clause)) and not _PLAN_OF_A_SPAN.search(clause[:-len("trong ")])
    compared = _COMPARED.search(clause)
    if compared and not _TARGET_OF_A_SPAN.search(clause, compared.end()):
        return False
    if _SPAN_OF_ANOTHER_KIND.search(clause):
        return False
    if compared is None and _AIMS_SET_IN_ITS_SENTENCE.search(text, max(0, match.start() - 200), match.start()):
        # "Đại hội thông qua Nghị quyết ..., đặt mục tiêu ... tổng vốn đầu tư toàn xã hội giai đoạn 2026-2030 từ 10.000
        # tỷ đồng": a span in a sentence of aims is the aims' (B56)
        return False
    if _PLAN_OF_A_SPAN.search(clause + " ") or _TERM_OF_A_STANDARD.search(clause):
        return False
    return not _names_a_document_it_ends(text, match)


# A span its clause ranks a year within, or that ends a quoted name, not the time reported on: "năm có tỷ lệ hộ nghèo
# giảm cao nhất trong giai đoạn 2016-2019", "thành tích xuất sắc trong “Học tập và làm theo ...” giai đoạn 2016 - 2021"
# (B75). (An average over a span, "bình quân giai đoạn 2011-2015", is as often a term review's own span.)
_SPAN_OF_ANOTHER_KIND = re.compile(r"(?:(?<!\w)nhất\s+(?:trong|của)|”)\s*(?:trong\s+|cả\s+|của\s+)?(?:giai\s+đoạn\s*|thời\s+kỳ\s*)?$",
                                   re.I)


# Aims set earlier in the sentence: "Đại hội thông qua Nghị quyết ..., đặt mục tiêu ...", "phấn đấu ..." (B56); "so với
# chỉ tiêu ... 5 năm 2021-2025" compares the span's own figures with its target (``_TARGET_OF_A_SPAN``).
_AIMS_SET_IN_ITS_SENTENCE = re.compile(r"(?<!\w)(?:(?:đặt|đề\s+ra)\s+mục\s+tiêu|phấn\s+đấu)(?!\w)[^.!?\n]*$", re.I)


# A standard's term, no time reported on: "(chuẩn nghèo đa chiều được áp dụng cho giai đoạn 2016 – 2020)", "theo chuẩn
# nghèo giai đoạn 2022-2025, toàn tỉnh còn ..." (the households counted by it are the figures' own year's)
_TERM_OF_A_STANDARD = re.compile(r"(?:(?<!\w)áp\s+dụng(?:\s+cho)?(?:\s+trong)?|(?<!\w)chuẩn\s+nghèo"
                                 r"(?:\s+(?:đa\s+chiều|mới|tiếp\s+cận))*)\s*$", re.I)


# A document a span's sentence names before it: "ban hành Nghị quyết số 20 ... về phát triển ngành nông nghiệp ...
# tỉnh Yên Bái, giai đoạn 2021 - 2025." (R56).
_DOCUMENT = re.compile(r"(?<!\w)(?:nghị\s+quyết|chương\s+trình|kế\s+hoạch|đề\s+án|quy\s+hoạch|chiến\s+lược|"
                       r"quyết\s+định|chỉ\s+thị)(?!\w)", re.I)
_DOCUMENT_REACH = 320
# A document named by its number: "Quyết định số 948/QĐ-UBND", "Nghị quyết số 20/NQ-HĐND".
_NUMBERED_DOCUMENT = re.compile(r"(?<!\w)số\s+\d+[\w.-]*/[\w./-]*[A-ZĐ]", re.I)


def _names_a_document_it_ends(text: str, match: re.Match[str]) -> bool:
    """Whether the span of ``match`` ends its sentence, set off by a comma after a name in a sentence naming a
    document (a resolution, programme, plan) before it, or in one naming a document by its number: the last words of
    that document's name ("Nghị quyết số 20 ... tỉnh Yên Bái, giai đoạn 2021 - 2025."), not the time the sentence
    reports on (R56). A span opening its sentence, or followed by what was done in it ("..., giai đoạn 2016-2020,
    tỉnh đã ..."), is left alone."""
    if not re.match(r"\s*(?:[.;!?\n]|$)", text[match.end():match.end() + 4]):
        return False
    sentence = re.split(r"[.;!?\n](?!\d)", text[max(0, match.start() - _DOCUMENT_REACH):match.start()])[-1]
    if _NUMBERED_DOCUMENT.search(sentence):
        return True  # "Quyết định số 612/QĐ-UBND phê duyệt kết quả rà soát hộ nghèo giai đoạn 2016-2020." (B46)
    if not re.search(r",\s*$", text[max(0, match.start() - 4):match.start()]):
        return False
    return bool(_DOCUMENT.search(sentence))
