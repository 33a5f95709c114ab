"""Tables flattened into text lines: statistical yearbook pages, statistics releases, atlases.

A table reaches the parser as lines, in two shapes (often mixed on one page):

- a *row line*: a row label, then one number per column ("Huyện Kim Bôi  436,0  532,6  455,9");
- a *cell line*: one number alone, perhaps closed by " |" ("13.970 |"), the row label on a line above.

Neither carries a unit: that is in a heading line ("Đơn vị tính - Unit: Ha", "ĐVT: tấn", "(Nghìn người)",
"Người - Person", "Tỷ lệ tăng - Growth rate (%)"), the latest one above the number governing it. A line of
years ("2017 2018 2019", or one year a line) names the columns; a year opening a row of numbers names the row.
Under a development-index heading ("Tốc độ phát triển", "Năm trước = 100", "so với cùng kỳ (%)") a cell x
is a growth of x − 100. A table whose comma-numbers all group digits by three ("188,758"), or all but one among ten
or more, and none groups with dots prints thousands with commas. A table with no unit line above it may have one under
its last row, above the page's number: a yearbook page's foot. Under the unit line, a column head of its own ending in "(%)" makes the last
column a share; under "Chia ra - Of which", a row's cells after the first are its parts where they add up to it.
A short line holding only a unit of measure ("tỷ. đ", "nghìn tấn", "%": a unit column flattened one cell a line)
gives the row below its unit and leaves the row's label; a bare count noun ("Xã") is taken for a label. Row numbers, page numbers and a run of page counters are no figures.
Each measure of a head repeating several per year ("Diện tích (ha) Năng suất Sản lượng (tấn)") has its own unit; a head
line of units alone ("(Xã) (%) (Xã) (%)") gives each cell the unit standing above it. A table naming no unit counts
what each row's label names ("Số giường bệnh", "Số bác sĩ/vạn dân"), a row's "(Giường)" governing its bulleted rows.
A digest's table of places: column heads one a line, kept apart by "|", or wrapped over lines and closed by their unit
("Vốn đăng ký (triệu USD)", "Tỷ trọng (%)", "% dự toán", "So cùng kỳ (%)", "GRDP/ người (Tr VNĐ)") give each column
its unit and its percentages' kind; a place and one number a line, three or more, are a one-column ranking; rows
run together on one line are cut before each label; row numbers one a line are no cells.
A table of rates of the plan ("Tỷ lệ thực hiện kế hoạch", "Ước thực hiện năm 2023/Kế hoạch năm 2023") that compares
with no other period gives percentages of the plan, above 100 as often as not.
A caption or line naming an index's base ("(Năm trước = 100)" above the unit line, "Tháng trước = 100" inside the
table) makes its cells growth x − 100, and the base's "100" is no cell. Only a row standing for the caption's
whole takes the caption's indicator key, and no two cells of a table keep one key at one period: a table states
each fact once.

``table_figures`` finds the blocks (at least three data lines, or two row lines, close together, under a
unit) and reads every cell into a figure; the sentence reader's figures inside those lines are then replaced
by these. A text with no line ending in a number is left to the sentence reader alone.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from parsing.figure_patterns import QUANTITY, RATE_CONTEXT, phrase_key
from parsing.indicators import name_figure
from parsing.model import Figure
from parsing.numbers import parse_number
from parsing.quantities import read_quantity
from parsing.regions import province_name
from parsing.scope import area_pattern
from parsing.space_grouped import regrouped
from parsing.vocabulary import vocabulary

_TOKEN = re.compile(r"[^\s|]+")
_NUMBER_TOKEN = re.compile(r"[-−]?\d[\d.,]*")
# A cell printing its own percent sign ("15,7%", "+28,6%"): a cell only where "|" keeps cells apart or it stands alone
# on its line, for a sentence ends in such a number too.
_PERCENT_CELL = re.compile(r"[-−+]?\d[\d.,]*%")
_EMPTY_CELL = frozenset({"-", "–", "...", "..", "…", "x", "*"})
_YEAR = re.compile(r"(?:19|20)\d\d")
_COMMA_GROUPED = re.compile(r"[-−]?[1-9]\d{0,2}(?:,\d{3})+")
_ENGLISH_GROUPED = re.compile(r"[-−]?[1-9]\d{0,2}(?:,\d{3})+\.\d+")
_DOT_GROUPED = re.compile(r"[-−]?\d{1,3}(?:\.\d{3})+(?:,\d+)?")
# Where a heading names the unit of the numbers below it; a yearbook may print the English after it ("ĐVT: Người -
# Unit: Person").
_UNIT_LINE = re.compile(r"(?:đơn\s+vị\s+tính|đơn\s+vị(?=\s*:)|đvt)\s*[-:.–]?\s*(?:unit\s*:?\s*)?([^\n|]+?)"
                        r"(?:\s+[-–]\s+unit\s*:[^\n|]*)?\s*\|?\s*$", re.I)
_UNIT_PARENS = re.compile(r"\(([^()\n]{1,24})\)")
# "A. VẬN CHUYỂN HÀNH KHÁCH - Nghìn hành khách": a heading closed by its unit after a dash
_UNIT_AFTER_DASH = re.compile(r"\s[-–]\s+([^\W\d][^\n\d\-–]{0,24}?)\s*$")
# The English of a breakdown's row in a bilingual yearbook, never of a unit ("Địa phương - Local": locally managed).
_ENGLISH_CATEGORIES = frozenset({"local", "central", "male", "female", "public", "non-public", "state", "non-state",
                                 "total", "urban", "rural", "other", "others"})
_UNIT_DASH_ENGLISH = re.compile(r"^\s*([^\W\d][^\n\d-]{0,20}?)\s+-\s+[A-Za-z][A-Za-z .]*\s*$")
# A development index: the previous period (or year) is 100.
# A column's own head ending in "(%)" ("Tỷ lệ che phủ rừng - Proportion of forest coverage (%)"), and heads
# announcing the parts of the first column.
_COLUMN_SHARE_HEAD = re.compile(r"\w\s*\(%\)\s*\|?\s*$")
_PARTS_HEAD = re.compile(r"chia\s+ra|of\s+which|trong\s+đó", re.I)
_INDEX_HEADING = re.compile(r"phát\s+triển|=\s*100|so\s+với|so\s+sánh|(?<!\w)(?:so|%)\s*cùng\s+k[ỳì]|chỉ\s+số\s+phát\s+triển"
                            r"|tốc\s+độ\s+tăng", re.I)
# A column's head naming the change before its base ("Tăng so với cùng kỳ (%)", "Tăng/giảm so với cùng kỳ (%)"):
# its cells are the change, unless every one is near an index's 100.
_CHANGE_COMPARED = re.compile(r"(?<!\w)(?:tăng|giảm)(?:\s*/\s*giảm)?\s+(?:\(\s*\+\s*\)\s*)?(?:so(?:\s+với)?|%\s*so)(?!\w)",
                              re.I)
# A column's head comparing with a plan or a budget ("So với dự toán (%)", "% kế hoạch", "So KH năm"): a share.
_PLAN_COMPARED = re.compile(r"(?<!\w)(?:so\s+(?:với\s+)?|%\s*)(?:dự\s+toán|kế\s+hoạch|kh)(?!\w)", re.I)
_EXPLICIT_INDEX = re.compile(r"phát\s+triển|=\s*100|so\s+với|(?<!\w)(?:so|%)\s*cùng\s+k[ỳì]", re.I)
# "Tỷ lệ tăng", "Tốc độ phát triển": rates of change; "giá trị gia tăng" (value added) is no change, and a structure
# ("Cơ cấu", "Tỷ trọng") is made of shares whatever it is a structure of.
_GROWTH_HEADING = re.compile(r"(?<!gia\s)tăng|growth|phát\s+triển", re.I)
_SHARE_HEADING = re.compile(r"cơ\s+cấu|tỷ\s+trọng|structure", re.I)
# A row of rates naming its unit after its name, no parentheses: "Tỉ lệ %" under rows of counts (B47).
_RATE_ROW_IN_PERCENT = re.compile(r"(?<!\w)(?:tỷ|tỉ)\s+lệ(?!\w).*%\s*$", re.I)
# A whole its parts are set against, no period: "So với dân số - Proportion of population (%)" (B47); also a whole
# named by what it holds, "+ So với cây lâu năm (%)", "So với cả nước (%)" (B102): no time, plan, base or average
# opens the words after "so với".
_PROPORTION_OF_A_WHOLE = re.compile(r"so\s+với\s+(?:tổng\s+)?(?:dân\s+số|số\s+dân|tổng\s+số)|proportion"
                                    r"|(?<!\w)so\s+với\s+(?!(?:cùng|năm|tháng|quý|kỳ|vụ|niên|giai|thời|đầu|cuối|bình|trung"
                                    r"|kh|kế|dự|chỉ|mục|gốc|lần|trước|kì|ngày|tuần|mức|giá)(?!\w))[^\W\d_][^\d|()]*\(%\)",
                                    re.I)
# A caption naming an index ("Chỉ số phát triển ... (Năm trước = 100)", "Tháng trước = 100"); one comparing with
# another period ("các tháng năm 2018 so với tháng 12 năm trước") when every cell is at least half of 100.
_CAPTION_INDEX = re.compile(r"=\s*100(?!\d)|(?:chỉ\s+số|tốc\s+độ)\s+phát\s+triển", re.I)
_CAPTION_COMPARED = re.compile(r"(?<!\w)so\s+với(?!\w)", re.I)
# A caption naming an index by what it measures ("Chỉ số sản xuất công nghiệp phân theo ngành", "Index of industrial
# production", "Chỉ số giá tiêu dùng"), with no base printed: its percentages at least half of 100 are the index, as
# under "so với". "Một số chỉ số về y tế" (some indicators) names no index.
_CAPTION_NAMED_INDEX = re.compile(r"(?<!\w)chỉ\s+số\s+(?:sản\s+xuất|giá|tiêu\s+thụ|tồn\s+kho|sử\s+dụng\s+lao\s+động)"
                                  r"|(?<!\w)(?:index\s+of\s+\w+\s+production|(?:price|production)\s+index)", re.I)
# A row standing for the whole the table's caption names (its total, or the whole in one year); other rows are
# its parts (districts, sectors, months), which the caption's indicator key does not name.
_WHOLE_ROW = re.compile(r"^\W*(?:tổng\s+(?:số|cộng)|toàn\s+(?:tỉnh|ngành|thành\s+phố|quốc)|cả\s+nước|chung"
                        r"|total)(?!\w)", re.I)
# Words naming the kind of a percentage row in a unit column ("Tốc độ tăng trưởng ... %", "Cơ cấu ... %"); a row
# naming none ("- Dịch vụ %") has the kind of the last row or caption that did.
_KIND_WORDS = re.compile(r"tăng|growth|phát\s+triển|cơ\s+cấu|tỷ\s+trọng|structure", re.I)
_LONE_YEAR = re.compile(r"(?:sơ\s+bộ\W*(?:prel\W*)?)?(?:19|20)\d\d", re.I)
_PRICE_BASE = re.compile(r"(?<!\w)giá(?:\s+so\s+sánh)?(?:\s+năm)?\s+(?:19|20)\d\d", re.I)
_PART_ROW = re.compile(r"\s*(?:[-+–]\s*)?(?:riêng|trong\s+đó|trong\s+số\s+đó)(?!\w)", re.I)
_UNIT_COLUMN_HEAD = re.compile(r"(?:đơn\s+vị(?:\s+tính)?|đvt|unit)\W*", re.I)  # the head of the unit column
_UNIT_CELL_CHARS = 12  # a line no longer than this that is a unit phrase alone names the unit of the row below
_MAX_LABEL_GAP = 3  # text lines allowed between two data lines of one table (a row label, a section heading)
_HEADER_REACH = 12  # lines above a table searched for its unit and years
_FAR_HEADER_REACH = 30  # ... and for its unit line, when only heads stand between


@dataclass(frozen=True, slots=True)
class _Cell:
    start: int  # in the document
    end: int
    raw: str


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str
    cells: list[_Cell]  # the numbers ending the line, in order (empty cells left out)
    slots: list[_Cell | None]  # every cell ending the line, None for an empty one ("-", "...")
    width: int  # how many cells, empty ones included
    label: str  # the words before the numbers
    years: list[str]  # a line naming columns by year: each column's head ("2022", "6 tháng 2023", "Sơ bộ 2023")
    place_row: bool = False  # a place and its one cell ("3) Bình Dương 408.861"), a row of a one-column table
    row_number: bool = False  # a row's number alone on its line, blanked (``_row_numbers``): a row's start, no gap


@dataclass(frozen=True, slots=True)
class _Unit:
    multiplier: float
    unit: str
    family: str


def _goes_on_in_lower_case(next_line: str) -> bool:
    return next_line.strip(" \t|")[:1].islower()


def _ends_in_cell(line: str, next_line: str = "") -> bool:
    """A line ending in a number, or in a cell printing its percent sign ("| 15,7% |", "15,7%" alone). A line whose
    next goes on in lower case ("28.400" then "con, giảm 520"; "65,26%" then "kế hoạch") is a hard-wrapped sentence's,
    no row."""
    end = line.rstrip(" \t|")
    if "|" not in line and _goes_on_in_lower_case(next_line):
        return False
    if end[-1:].isdigit():
        return True
    last = end.rsplit(None, 1)[-1] if end.strip() else ""
    if not _PERCENT_CELL.fullmatch(last):
        return False
    return "|" in line or end.strip() == last


# Empty note columns closing a row between pipes: "Bà Rịa-Vũng Tàu | 52,500 | / | |" (B51)
_EMPTY_NOTES = re.compile(r"(?:\|[ \t]*[/\\–-]?[ \t]*)+$", re.M)


def _without_empty_notes(text: str) -> str:
    """``text`` with the empty note columns closing its piped rows blanked, every offset kept."""
    def blank(found: re.Match[str]) -> str:
        line_start = text.rfind("\n", 0, found.start()) + 1
        if text.count("|", line_start, found.start()) < 1 or not re.search(r"\d\s*$", text[line_start:found.start()]):
            return found.group(0)  # a row's own cells, or no number before them: left as printed
        return " " * len(found.group(0))
    return _EMPTY_NOTES.sub(blank, text)


def table_figures(text: str) -> tuple[list[Figure], list[tuple[int, int]]]:
    """The figures of every table of ``text`` and the spans of the lines they were read from."""
    printed = text
    text = _without_empty_notes(text) if "|" in text else text
    grouped, unsure_rows = regrouped(text)  # "4 352 2 226 84 1132": four cells, thousands grouped by spaces
    grouped_by_spaces, text = grouped is not text, grouped
    if not any(_ends_in_cell(line) for line in text.split("\n")):
        return [], []  # no line ends in a number: no table
    # only a line ending in a number can hold table rows run together (bulleted, or numbered)
    pieces = [piece for m in re.finditer(r"[^\n]*", text) if m.group(0).strip(" \t|")
              for piece in (_rows_of(m) if m.group(0).rstrip(" \t|")[-1:].isdigit() else [(m.start(), m.group(0))])]
    following = [piece[1] for piece in pieces[1:]] + [""]
    if sum(_ends_in_cell(piece[1], after) for piece, after in zip(pieces, following)) < 3:
        return [], []  # fewer than three lines end in a number: no table
    lines = _row_numbers(_place_rows(_item_codes([line for line in _column_numbers(
        [_line(start, piece, _goes_on_in_lower_case(after)) for (start, piece), after in zip(pieces, following)])
        if line.text])))
    figures: list[Figure] = []
    spans: list[tuple[int, int]] = []
    heads: list[str] = []
    for block in _blocks(lines):
        found, heads = _read_block(text, lines, block, heads)
        if found:
            _extend(figures, found)
            # a unit cell's line too ("tỷ đ" under "GRDP, giá 2010"): no sentence may read "2010 tỷ đ" across it
            unit_cell_above = [block[0] - 1] if block[0] and _is_unit_cell(lines[block[0] - 1].text) else []
            spans.extend((lines[i].start, lines[i].end) for i in unit_cell_above + block
                         if lines[i].cells or _is_unit_cell(lines[i].text))
    if grouped_by_spaces:
        # a cell's words as printed ("4 352", read as "4.352"); a row read more than one way is no sentence either
        figures = [replace(f, raw_text=printed[f.char_start:f.char_end]) for f in figures]
        spans.extend(unsure_rows)
    return figures, spans


# A table flattened into one line, its rows bulleted: "... 2015 2017 - Số lượng nghìn con + Trâu nghìn con 0,2
# 0,32 0,25 0,15 + Bò nghìn con 45,3 67,2 ...". A bullet ("+", or "-" before a word) opens a row.
_HEADING_AFTER_ROW = re.compile(r"\d\s+\d[\d.,]*\s+([^\W\d_][^\d]*)$")
_BULLET = re.compile(r"\s(?:\+|-(?=\s+[^\W\d_]))\s+")


def _rows_of(line: re.Match[str]) -> list[tuple[int, str]]:
    """A text line as table lines: itself, or the rows its bullets open when three or more of them end in
    numbers."""
    pieces, at = [], line.start()
    for bullet in _BULLET.finditer(line.group(0)):
        pieces.append((at, line.string[at:line.start() + bullet.start()]))
        at = line.start() + bullet.end()
    pieces.append((at, line.string[at:line.end()]))
    rows = sum(bool(re.search(r"\d\s*$", piece)) and len(_NUMBER_TOKEN.findall(piece)) >= 3 for _, piece in pieces)
    if rows < 3:
        numbered = _numbered_rows(line.start(), line.group(0))
        return numbered if len(numbered) > 1 else _named_rows(line.start(), line.group(0))
    split = []
    for start, piece in pieces:  # "Gia cầm nghìn con 4.606,6 ... 8.288,6 Sản lượng tấn": a heading after a row
        tail = _HEADING_AFTER_ROW.search(piece)
        if tail:
            split += [(start, piece[:tail.start(1)].rstrip()), (start + tail.start(1), tail.group(1))]
        else:
            split.append((start, piece))
    return split


# A row number, then a name: "1 Tp. Buôn Ma Thuột 13.823 13.931 ... 2 Huyện Ea Hleo 20.025 ...".
_NUMBERED_ROW = re.compile(r"(?<!\S)(?P<n>\d{1,2})\s+(?=[^\W\d_])")


def _numbered_rows(start: int, text: str) -> list[tuple[int, str]]:
    """A line holding several numbered rows of a flattened page, cut before each row's number: the line opens
    with row number n, and n + 1 follows a number further on."""
    first = _NUMBERED_ROW.match(text.lstrip())
    if first is None:
        return [(start, text)]
    offset = len(text) - len(text.lstrip())
    expected = int(first["n"]) + 1
    cuts: list[int] = []
    for row in _NUMBERED_ROW.finditer(text, offset + first.end()):
        if int(row["n"]) == expected and re.search(r"\d\s*$", text[:row.start()]) \
                and len(_NUMBER_TOKEN.findall(text[cuts[-1] if cuts else 0:row.start()])) >= 3:
            cuts.append(row.start())
            expected += 1
    if not cuts:
        return [(start, text)]
    bounds = [0, *cuts, len(text)]
    return [(start + a, text[a:b].rstrip()) for a, b in zip(bounds, bounds[1:])]


# A label's first word after a row's last number: "... 6.946,5 25,4 Trung du và miền núi Bắc Bộ 6.956,6 25,4".
_LABEL_AFTER_NUMBER = re.compile(r"(?<=\d)\s+(?=[^\W\d_])")


def _named_rows(start: int, text: str) -> list[tuple[int, str]]:
    """A line holding several rows run together without row numbers ("Đồng bằng sông Hồng 6.946,5 25,4 Trung du
    và miền núi Bắc Bộ 6.956,6 25,4 Bắc Trung Bộ 3.287,7 12,0"), cut before each label: only when every piece is
    words then the same number (two or more) of cells, so a sentence is never cut."""
    cuts = [m.end() for m in _LABEL_AFTER_NUMBER.finditer(text)]
    bounds = [0, *cuts, len(text)]
    pieces = [(a, text[a:b].rstrip()) for a, b in zip(bounds, bounds[1:])]
    counts = []
    for _, piece in pieces:
        words = piece.split()
        cells = len(words) - next((i for i in range(len(words) - 1, -1, -1) if not _NUMBER_TOKEN.fullmatch(words[i])),
                                  -1) - 1
        if cells == len(words) or any(_NUMBER_TOKEN.fullmatch(w) for w in words[:len(words) - cells]):
            return [(start, text)]  # a piece of numbers alone, or numbers among its words: no row
        counts.append(cells)
    if len(pieces) < 2 or len(set(counts)) != 1 or counts[0] < 2:
        return [(start, text)]
    return [(start + a, piece) for a, piece in pieces]


# Places numbered rather than named: "Phường 1", "Khu phố 3", "Tổ 12" (B50)
_NUMBERED_PLACE = re.compile(r"phường|quận|phố|tổ|ấp|khóm|khu|xóm|đội|thôn|bản", re.I)


def _line(start: int, text: str, wrapped: bool = False) -> _Line:
    """``wrapped``: the next line goes on in lower case, so a percentage alone on this one is a sentence's, no cell."""
    tokens = list(_TOKEN.finditer(text))
    trailing = 0
    for at in range(len(tokens) - 1, -1, -1):
        word = tokens[at].group(0)
        if at and tokens[at - 1].group(0).endswith("="):
            break  # "Năm trước = 100 - Previous year = 100  102,57 ...": the base of an index, not a cell
        if _NUMBER_TOKEN.fullmatch(word) or word in _EMPTY_CELL \
                or _PERCENT_CELL.fullmatch(word) and ("|" in text or len(tokens) == 1 and not wrapped):
            trailing += 1
        else:
            break
    data = tokens[len(tokens) - trailing:]
    if len(data) >= 2 and len(tokens) > trailing and _NUMBERED_PLACE.fullmatch(tokens[len(tokens) - trailing - 1].group(0)) \
            and re.fullmatch(r"\d{1,2}", data[0].group(0)):
        data = data[1:]  # "5. Phường 5   24.322 12.380 ...": a ward's number names the row
    label = text[:data[0].start()].strip() if data else text.strip()
    if (len(data) >= 3 or len(data) == 2 and not text[:data[0].start()].strip()) \
            and _YEAR.fullmatch(data[0].group(0)) and not any(_YEAR.fullmatch(t.group(0)) for t in data[1:]):
        # "2015 1487640 726870 ...", "Sơ bộ - Prel. 2023 1506331 ...", "2011   129,10": the year names the row
        year_row = len(data) == 2
        label, data = text[:data[0].end()].strip(), data[1:]
    else:
        year_row = False
    numbers = [t for t in data if t.group(0) not in _EMPTY_CELL]
    years, head_start = [], 0
    for token in tokens:
        if _YEAR.fullmatch(token.group(0)):  # a column's head: the words since the previous year, and its year
            years.append(" ".join(text[head_start:token.end()].replace("|", " ").split()))
            head_start = token.end()
    if numbers and all(_YEAR.fullmatch(t.group(0)) for t in numbers):
        label = text.strip() if label else label  # "Chính thức năm 2018": a row label naming its year
        return _Line(start, start + len(text), text, [], [], 0, label, years)  # a header of year columns
    if not any(_NUMBER_TOKEN.fullmatch(t.group(0)) for t in tokens) or len(years) < 1 \
            or any(_NUMBER_TOKEN.fullmatch(t.group(0)) and not _YEAR.fullmatch(t.group(0)) for t in tokens):
        years = []
    if label and len(numbers) < 2 and not year_row:
        numbers, data, label = [], [], text.strip()  # "Chính thức năm 2018": words ending in a number, a label
    slots = [None if t.group(0) in _EMPTY_CELL else _Cell(start + t.start(), start + t.end(), t.group(0))
             for t in data]
    if not numbers and (label or len(slots) > 1):
        slots = []  # "- Krông Pắc", "..." closing a sentence: no empty cell
    return _Line(start, start + len(text), text, [c for c in slots if c], slots, len(data), label, years)


# A row of a one-column table: a place, perhaps after its rank ("3) Bình Dương", "2. TP. Hà Nội", "Tỉnh Đồng
# Nai"), and one number closing the line.
_PLACE_ROW = re.compile(r"\s*(?:\d{1,2}\s*[).]\s*)?(?P<label>[^\W\d_][^\d|]{1,60}?)\s*\|?\s+(?P<cell>[-−]?\d[\d.,]*)\s*\|?\s*")
_PLACE_KIND = re.compile(r"(?:tỉnh|thành\s+phố|tp\.?|huyện|quận|thị\s+xã|vùng)\s*", re.I)
_MIN_PLACE_ROWS = 3  # a ranking or a chart's data: fewer rows of a place and a number are prose


# A table's columns numbered under their heads ("1 2 3 4 5 6=5-4 7=6/4", "(1) (2) (3)=(2)/(1)"), on one line or one a
# line, and its items' codes ("1.001", "1.002") beside their row numbers: labels of the table, no cells.
_COLUMN_NUMBER = re.compile(r"\(?(\d{1,2})\)?")
_COLUMN_FORMULA = re.compile(r"\(?\d{1,2}\)?\s*=\s*\(?\d{1,2}\)?(?:\s*[-+/x*:]\s*\(?\d{1,2}\)?)+")
_MIN_NUMBERED_COLUMNS = 5  # columns counted 1, 2, 3 ... with no formula after them: fewer may be data
_ITEM_CODE = re.compile(r"(\d{1,2})\.(\d{3})")


def _blank(line: _Line, text: str | None = None) -> _Line:
    return _Line(line.start, line.end, line.text if text is None else text, [], [], 0, "", [])


def _counts_columns(numbers: list[int], formulas: int) -> bool:
    return numbers == list(range(1, len(numbers) + 1)) \
        and (len(numbers) >= _MIN_NUMBERED_COLUMNS or formulas > 0 and len(numbers) >= 3)


def _column_numbers(lines: list[_Line]) -> list[_Line]:
    """Lines numbering a table's columns are no rows: "1 2 3 4 5 6=5-4 7=6/4" on one line (left with no text, to be
    dropped), or one a line (kept blank, as ``_row_numbers`` keeps a row's number: the flattened heads stay apart)."""
    for i, line in enumerate(lines):
        tokens = _COLUMN_FORMULA.sub(" = ", line.text).replace("|", " ").split()
        numbers = [found for t in tokens if t != "=" and (found := _COLUMN_NUMBER.fullmatch(t)) is not None]
        if tokens and len(numbers) == len(tokens) - tokens.count("=") \
                and _counts_columns([int(found[1]) for found in numbers], tokens.count("=")):
            lines[i] = _blank(line, "")  # no head either: dropped, so the rows stand under the heads they had
    i = 0
    while i < len(lines):
        run = i
        while run < len(lines) and (found := _COLUMN_NUMBER.fullmatch(lines[run].text.strip(" \t|"))) \
                and int(found[1]) == run - i + 1:
            run += 1
        formulas = run
        while formulas < len(lines) and _COLUMN_FORMULA.fullmatch(lines[formulas].text.strip(" \t|")):
            formulas += 1
        if _counts_columns(list(range(1, run - i + 1)), formulas - run):
            lines[i:formulas] = [_blank(line) for line in lines[i:formulas]]
            i = formulas
        else:
            i += 1
    return lines


def _item_codes(lines: list[_Line]) -> list[_Line]:
    """"1" / "1.001" / "Thóc tẻ thường" / ... / "2" / "1.002" / "Gạo tẻ": codes numbering a table's items, one
    after another (x.001, x.002), each on its line before the item's name, with the row's number before them, are
    no cells."""
    codes = {i: _ITEM_CODE.fullmatch(line.text.strip(" \t|")) for i, line in enumerate(lines[:-1])}
    named = {i: (int(m[1]), int(m[2])) for i, m in codes.items()
             if m and lines[i + 1].text.strip(" \t|")[:1].isalpha()}
    counted = set(named.values())
    for i, (group, item) in named.items():
        if (group, item + 1) not in counted and (group, item - 1) not in counted:
            continue  # one code alone may be a number that is a cell
        lines[i] = _blank(lines[i])
        if i and re.fullmatch(r"\d{1,3}", lines[i - 1].text.strip(" \t|")):
            lines[i - 1] = _blank(lines[i - 1])
    return lines


def _row_numbers(lines: list[_Line]) -> list[_Line]:
    """"1" / "Hà Nội" / cells / "2" / "TP.HCM" / cells: a row's number on a line of its own before its label, the
    numbers counting 1, 2, 3 ... one row apart (the same number of lines each), is no cell. A cell alone before a
    label ("8" districts, then the row's last column "Thành phố Long Xuyên") may count along by chance: only the
    longest run evenly spaced is taken."""
    numbered = [i for i, line in enumerate(lines[:-1]) if len(line.slots) == 1 and not line.label
                and line.cells and re.fullmatch(r"\d{1,3}", line.cells[0].raw) and not lines[i + 1].slots]
    value = {i: int(lines[i].cells[0].raw) for i in numbered}
    best: list[int] = []
    for at, start in enumerate(numbered):
        for following in numbered[at + 1:]:
            if value[following] != value[start] + 1:
                continue
            step, run = following - start, [start, following]
            while run[-1] + step in value and value[run[-1] + step] == value[run[-1]] + 1:
                run.append(run[-1] + step)
            if len(run) > len(best):
                best = run
    if len(best) < _MIN_PLACE_ROWS:
        best = _counted_in_order(numbered, value)
    if len(best) < _MIN_PLACE_ROWS:
        return lines
    for i in best:
        lines[i] = _blank(lines[i])
        lines[i].row_number = True
    # sub-rows numbered under a row ("6.1", "6.2" before their labels) once its number is blanked
    counted = {value[i] for i in best}
    for i, line in enumerate(lines[:-1]):
        if len(line.slots) == 1 and not line.label and line.cells and not lines[i + 1].slots \
                and (sub := re.fullmatch(r"(\d{1,3})\.\d{1,2}", line.cells[0].raw)) and int(sub.group(1)) in counted:
            lines[i] = _blank(line)
            lines[i].row_number = True
    return lines


_ROWS_IN_ORDER = 4  # numbers counting 1, 2, 3, 4 before labels, however many lines apart: row numbers
_ROW_REACH = 40  # lines a row and its sub-rows may take


def _counted_in_order(numbered: list[int], value: dict[int, int]) -> list[int]:
    """The longest run of numbers alone before a label counting 1, 2, 3 ... in order, each the next such line of its
    value within ``_ROW_REACH`` lines, when rows take different numbers of lines (a row with sub-rows, "Nam" / "Nữ",
    B54); only a run of ``_ROWS_IN_ORDER`` or more starting at 1 counts."""
    best: list[int] = []
    for start in (i for i in numbered if value[i] == 1):
        run = [start]
        while (following := next((j for j in numbered if run[-1] < j <= run[-1] + _ROW_REACH
                                  and value[j] == value[run[-1]] + 1), None)) is not None:
            run.append(following)
        if len(run) >= _ROWS_IN_ORDER and len(run) > len(best):
            best = run
    return best


_OF_PROVINCE = re.compile(r"[^\W\d_][^()\d]{0,50}\((?P<province>[^()\d]{2,30})\)")


def _names_a_place(label: str) -> bool:
    """"Bình Dương", "TP. Hồ Chí Minh", "Tỉnh Bà Rịa – Vũng Tàu", "Tây Nguyên", "Huyện Kim Bôi": a province, a
    larger area or a district, and nothing else."""
    name = label.strip(" .:-–")
    bare = _PLACE_KIND.sub("", name, count=1) if _PLACE_KIND.match(name) else name
    of_province = _OF_PROVINCE.fullmatch(name)
    if of_province is not None and province_name(of_province["province"]):
        return True  # "Di Linh (Lâm Đồng)", "Bảo Lộc & Lâm Hà (Lâm Đồng)": districts named with their province (B51)
    return bool(area_pattern().fullmatch(name) or area_pattern().fullmatch(bare) or province_name(bare)
                or (bare != name and name.split()[0].lower() in ("huyện", "quận", "thị") and len(bare.split()) <= 4))


def _place_rows(lines: list[_Line]) -> list[_Line]:
    """Lines of a place and one number ("1) TP. Hồ Chí Minh 1.298.791", "Tỉnh Đồng Nai 493819"), three or more in
    a row, as the rows of a one-column table: a ranking or a chart's data under a head naming the unit. One such
    line alone reads as words ending in a number (a label), as in prose."""
    found = [i for i, line in enumerate(lines) if not line.slots and (m := _PLACE_ROW.fullmatch(line.text))
             and _names_a_place(m["label"])]
    runs: list[list[int]] = []
    for i in found:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if len(run) < _MIN_PLACE_ROWS:
            continue
        for i in run:
            line = lines[i]
            m = _PLACE_ROW.fullmatch(line.text)
            assert m is not None
            cell = _Cell(line.start + m.start("cell"), line.start + m.end("cell"), m["cell"])
            lines[i] = _Line(line.start, line.end, line.text, [cell], [cell], 1, m["label"].strip(), [], True)
    return lines


_CAPTION = re.compile(r"\s*(?:bảng|biểu)\s+\d", re.I)
_DASHES = frozenset({"-", "–", "...", "..", "…"})
# A unit column's cell saying "as above" ('"' under "Lượt khách"): the row keeps the unit of the row before.
_DITTO = frozenset({'"', "”", "“", "〃", "''", "nt", "-nt-"})
# The head of a unit column whose cells stand on lines of their own: "Đơn vị tính" alone, perhaps one word a line
# ("Đơn / vị / tính" over release columns); "Đơn vị tính - Unit: Ha" names the table's unit instead.
_UNIT_CELLS_HEAD = re.compile(r"\s*(?:đơn\s+vị(?:\s+tính)?|đvt|đ\.v\.t\.?)\s*[|:]?\s*", re.I)


def _unit_cells_head(header: list[_Line]) -> bool:
    texts = [line.text.strip(" \t|") for line in header if not line.cells]
    return any(_UNIT_CELLS_HEAD.fullmatch(" ".join(texts[i:i + size]))
               for size in (1, 2, 3) for i in range(len(texts) - size + 1))


def _empty_row(line: _Line) -> bool:
    """"Mining of coal and lignite  -  -  -  -  -": a labelled row whose three or more cells are all empty."""
    words = line.text.split()
    trailing = len(words) - next((i for i in range(len(words) - 1, -1, -1) if words[i] not in _DASHES), -1) - 1
    return trailing >= 3 and trailing < len(words)


def _blocks(lines: list[_Line]) -> list[list[int]]:
    """Runs of data lines close together: a table when it holds three data lines, or two row lines."""
    blocks: list[list[int]] = []
    current: list[int] = []
    gap = 0
    for i, line in enumerate(lines):
        if current and not line.slots and _CAPTION.match(line.text):
            blocks.append(current)  # "Bảng 4. Chăn nuôi ...": the next table's caption ends this one
            current, gap = [], 0
            continue
        if line.slots:
            kind_changes = current and any(lines[i].slots for i in current) \
                and line.place_row != next(lines[i].place_row for i in reversed(current) if lines[i].slots)
            if current and (gap > _MAX_LABEL_GAP or kind_changes):
                blocks.append(current)  # a one-column ranking after a table's cells is a table of its own
                current = []
            current.append(i)
            gap = 0
        elif current:
            # a row of empty cells, or a row's number, is a row of the table, not a gap
            gap = 0 if _empty_row(line) or line.row_number else gap + 1
            current.append(i)
    if current:
        blocks.append(current)
    tables = []
    for block in blocks:
        while block and not lines[block[-1]].slots:
            block.pop()
        data = [lines[i] for i in block if lines[i].cells]
        rows = [d for d in data if d.label and len(d.cells) >= 2]
        numbered = sum(lines[i].row_number for i in block)  # rows numbered 1, 2, ... count as the table's rows
        if (data and len(data) + numbered >= 3) or len(rows) >= 2:
            tables.append(block)
    return tables


def _read_block(text: str, lines: list[_Line], block: list[int], carried: list[str] | None = None
                ) -> tuple[list[Figure], list[str]]:
    """The figures of one block of rows, and the heads of its columns; ``carried``: the heads of the block before,
    for a block of as many cells under a section's or a numbered row that names none ("II. Dịch vụ lữ hành ...",
    "2. Ngày khách ..." under heads flattened over lines, B49)."""
    first = block[0]
    start = max(0, first - _HEADER_REACH)
    if not any(_UNIT_LINE.search(line.text) for line in lines[start:first]):
        # heads flattened one cell a line, in two languages, push the unit line further up: look on while no
        # line above holds numbers
        for at in range(start - 1, max(-1, first - _FAR_HEADER_REACH - 1), -1):
            if lines[at].cells:
                break
            if _UNIT_LINE.search(lines[at].text):
                start = at
                break
    header = lines[start:first]
    captions = [at for at, line in enumerate(header) if not line.cells and _CAPTION.match(line.text)]
    if captions:
        header = header[captions[-1]:]  # the heads of this table start at its caption, not in the one above
    unit_above = any(_UNIT_LINE.search(line.text) for line in header)
    foot = None if unit_above else _unit_line_at_the_foot(lines, block)
    if foot is not None:
        header = [lines[foot], *header]
        block = block[:block.index(foot)]  # the page's number under the foot is no cell
    below = None if unit_above or foot is not None else _unit_line_below(lines, block)
    if below is not None:
        header = [below, *header]
    block_lines = _index_part_captioned_below(lines, block)
    commas = _comma_thousands(block_lines)
    widths = [line.width for line in block_lines if line.label and line.cells]
    row_width = max(set(widths), key=widths.count) if widths else 0
    unit, heading = None, ""
    share_last = False  # the last column is a share of the row, under its own "(%)" head
    years: list[str] = []
    # where an index's base is looked for: the lines above since the last line of numbers ("Tháng trước = 100"
    # above the rows of a table before is not this one's), or the lines above a unit heading inside the table
    since = max((i + 1 for i, line in enumerate(header) if line.cells), default=0)
    between = header[since:]
    # the block before's heads, for a block under a section's or a numbered row and no heads of its own (with
    # their years: heads printed again are read as they are); its unit column too
    carry = carried is not None and len(carried) == (row_width or _cells_per_row(block_lines)) > 0 and not captions \
        and any(_SECTION_ROW.match(line.text) or _NUMBERED_LABEL.match(line.text) for line in between) \
        and not any(_YEAR.search(line.text) for line in between)
    count_cells = _unit_cells_head(header) or carry
    for above, line in zip(["", *(h.text for h in header)], header):
        read, read_heading = _heading(line, unit, heading, above, count_cells)
        if unit is not None and unit.family != "percent" and read is not None and read.family == "percent" \
                and _COLUMN_SHARE_HEAD.search(line.text) and not _UNIT_LINE.search(line.text):
            share_last = True  # "... Tỷ lệ che phủ rừng ... coverage (%)" under "Đơn vị tính - Unit: Ha"
        else:
            share_last = share_last and read is unit  # a new unit heading starts a new table
            unit, heading = read, read_heading
        years = _years(line, years, above)
    figures: list[Figure] = []
    named = [line for line in header if not _is_unit_cell(line.text)]  # a unit cell under the label leaves it
    label = named[-1].label if named and header and not header[-1].cells else ""
    if header and len(years) == 1 and _LONE_YEAR.fullmatch(header[-1].text.strip(" \t|")):
        label, years = header[-1].text.strip(" \t|"), []  # the one year above the first row names that row
    heads = _column_heads(header, row_width or _cells_per_row(block_lines))
    if not heads and (flattened := _flattened_heads(lines, first, row_width or _cells_per_row(block_lines))
                      or (carried if carry else None)):
        heads = years = flattened
        # heads flattened over lines, the unit column's first ("Đơn / vị / tính"): a bare count under them is its cell
        count_cells = count_cells or _UNIT_CELLS_HEAD.match(heads[0]) is not None
    if heads and (released := _release_columns(" | ".join(h.text.strip() for h in header if not h.cells), len(heads))):
        years = released  # "Thực hiện tháng 6/2019 | Ước TH tháng 7/2019 | Lũy kế | So với cùng kỳ (%)"
        if any(_SECTION_ROW.match(h) or _NUMBERED_LABEL.match(h) for h in heads):
            heads = released  # a section's or row's label taken for a head: the release's own columns are surer
    measures = _measures(header, row_width)
    measure_units = _measure_units(header, measures) if measures else {}
    title = " ".join(line.text.strip() for line in header if not line.cells)  # the table's caption and heads
    unit_column = any(_UNIT_COLUMN.search(line.text) for line in header + block_lines if not line.cells)
    column_units = _column_units(header, row_width)
    layout = _Layout(share_last=share_last, parts=_PARTS_HEAD.search(title) is not None)
    base_caption = " ".join(line.text.strip() for line in header[since:] if not line.cells)
    units_over_columns = _units_over_columns(header[since:], row_width or _cells_per_row(block_lines), unit)
    if not units_over_columns:  # heads wrapped over many lines may reach above the usual header
        units_over_columns = _heads_closed_by_units(_heads_above(lines, first), row_width or _cells_per_row(block_lines))
    units_in_line = _units_in_line(header[since:], max(widths, default=0))
    pending: list[_Cell | None] = []  # cells one per line, waiting for the row they belong to
    caption: list[str] = []  # the lines without numbers since the last line of numbers
    kind_label = ""  # under a unit column, the last row or caption naming the kind of its percentages
    pending_commas = False
    # A table naming no unit anywhere above its rows ("Cơ sở y tế 187 190", "Số giường bệnh 7.343 ..."): each row
    # counts what its label names; a row naming its unit in parentheses ("II. Giường bệnh (Giường)") governs the
    # bulleted rows under it, and a row naming nothing ("Nhà nước - State") counts what the row above counted.
    unitless = unit is None and not unit_column and not column_units and not units_over_columns and not measures \
        and not units_in_line
    governing: _Unit | None = None
    last_own: _Unit | None = None
    first_label = header[-1].label if unitless and header and not header[-1].cells else ""

    def label_unit(label: str) -> _Unit | None:
        nonlocal governing, last_own
        # "II. Giường bệnh (Giường) - Hospital beds (bed)": the first parenthesis naming a unit
        own = next((read for found in _UNIT_PARENS.finditer(label) if (read := _unit(found.group(1))) is not None),
                   None)
        if own is not None:
            governing = last_own = own
            return own
        noun = _PERCENT if _RATE_ROW_IN_PERCENT.search(label) else _noun_unit(label)
        if noun is None and _WHOLE_ROW.match(label):
            return last_own  # "Tổng số" under "Trang trại chăn nuôi", "Trang trại khác": the total of what they count
        if noun is None and _names_a_place(label):
            return last_own  # "Huyện Bát Xát" under "Số giường bệnh": a place's share of what the caption counts (B57)
        if _SECTION_ROW.match(label):
            governing = None
        if _BREAKDOWN_ROW.match(label):
            return governing or last_own  # "Nhà nước - State" under "- Bệnh viện": hospitals owned by the state
        if governing is not None and _BULLET_ROW.match(label):
            return governing
        last_own = noun
        return noun

    if first_label and not _ENGLISH_ONLY.fullmatch(first_label):
        unit = label_unit(first_label)  # "Cơ sở y tế" right above the first cells, under the years
        if unit is None and len(header) >= 2 and not header[-2].cells:
            unit = label_unit(f"{header[-2].text.strip()} {first_label}")  # "Trường" over "Tiểu học" (B47)

    def read_pending(cells: list[_Cell | None], label: str) -> list[Figure]:
        if units_over_columns and 2 <= len(cells) <= len(units_over_columns):  # "(ha) (tấn)", one a line; a row cut
            # short fills the first columns
            # each column's year head, where the heads named one a column ("Năm 2021 | (Người) | Ước tính năm 2022 |
            # (Người) | ... so với năm 2021 (%)": B46)
            column_years = [[year] for year in years] if len(years) == len(units_over_columns) \
                else [[] for _ in units_over_columns]
            return [f for cell, column, year in zip(cells, units_over_columns, column_years) if cell and column.unit
                    for f in _row(text, [cell], label, year, column.unit, column.head or heading, pending_commas, [],
                                  title, base_caption=base_caption)]
        return _pending_rows(text, cells, label, years, unit, heading, pending_commas, heads, title, base_caption)

    above = header[-1].text if header else ""
    for at, line in enumerate(block_lines):
        commas_group = commas[at]
        above, line_above = line.text, above
        if not line.slots and pending and _LONE_YEAR.fullmatch(line.text.strip(" \t|")):
            _extend(figures, read_pending(pending, label))  # "2011" alone between rows of one cell a line
            pending, label = [], line.text.strip(" \t|")
            continue
        if not line.slots:
            if pending:
                _extend(figures, read_pending(pending, label))
                pending = []
            caption.append(line.text.strip())
            if _KIND_WORDS.search(line.text):  # "Cơ cấu giá trị gia tăng theo ngành % %" over rows of shares
                kind_label = line.text.strip()
            read, heading = _heading(line, unit, heading, line_above, count_cells)
            if read is not None and read is not unit and not _is_unit_cell(line.text):
                base_caption = " ".join(caption)  # a heading naming a unit starts a new part of the table
            years = _years(line, years)
            if not (_is_unit_cell(line.text) and (read is not unit or line.text.strip(" \t|") in _DITTO)):
                label = line.label  # a unit cell ("tỷ. đ", '"') under the row's label leaves the label
            unit = read
            if unitless and not _ENGLISH_ONLY.fullmatch(line.label or "-"):
                unit = label_unit(line.label)  # "Số giường bệnh" above its cells, one a line
                if unit is None and len(caption) >= 2:
                    unit = label_unit(" ".join(caption[-2:]))  # a label wrapped over two lines, as the first
            continue
        caption = []
        if line.label and (len(line.cells) >= 2 or line.place_row):
            if pending:
                _extend(figures, read_pending(pending, label))
                pending = []
            row_label = line.label if not _ENGLISH_ONLY.fullmatch(line.label) else f"{label} {line.label}"
            slots = line.slots
            row_unit, row_heading = _row_unit(line, unit_column), heading
            if unitless:
                row_unit = label_unit(line.label)
                if row_unit is None or row_unit.family == "count" and "/" not in row_unit.unit \
                        and any(re.search(r",\d", c.raw) for c in line.cells):
                    last_own = None
                    continue  # "Lao động 512,4 518,9": a count in decimals has a scale no line names
            row_years = years
            if unit_column and row_unit is None:
                continue  # "Hệ số ICOR 5.90 5.50" in a unit column: a row naming no unit has no figures
            if row_unit is not None:
                row_heading = line.label  # "Doanh thu (tỷ đồng) 482,7 553,7": the row names its own unit
                if unit_column and row_unit.family == "percent":  # "- Dịch vụ %" under "Tốc độ tăng trưởng ... %"
                    kind_label = line.label if _KIND_WORDS.search(_unit_words_dropped(line.label)) else kind_label
                    row_heading = kind_label
                if unit_column and len(years) > len(slots):
                    row_years = years[:len(slots)]  # a row cut short of the last years fills the first ones
            if units_in_line and row_unit is None and not measure_units and len(line.cells) <= len(units_in_line):
                # "(Xã)   (%)   (Xã)   (%)" over the columns: each cell the unit standing above it on the page
                for placed_cell in line.cells:
                    column = placed_cell.start - line.start
                    own = min(units_in_line, key=lambda placed: abs(placed[0] - column))[1]
                    _extend(figures, _row(text, [placed_cell], row_label, [], own, heading, commas_group, [], title,
                                          base_caption=base_caption))
                continue
            if units_over_columns and row_unit is None and len(slots) == len(units_over_columns) and not measures:
                # "(%)" over one column and "(Nghìn đồng)" over the next, a line each: each column its unit
                for cell, over in zip(slots, units_over_columns):
                    if over.unit is None:
                        continue
                    _extend(figures, _row(text, [cell], row_label, [], over.unit, over.head or heading,
                                          commas_group, [], title, base_caption=base_caption))
                continue
            if measure_units and row_unit is None and len(slots) <= len(measures):
                # each measure its own unit ("Diện tích ( ha) Năng suất Sản lượng (tấn)" repeated per year)
                per = len(measures) // max(1, len(years)) if years and len(measures) % len(years) == 0 else 0
                for at, cell in enumerate(slots):
                    if measures[at] not in measure_units:
                        continue  # "Diện tích Năng suất Sản lượng (tấn)": only the output names its unit
                    year = years[at // per:at // per + 1] if per else []
                    _extend(figures, _row(text, [cell], f"{measures[at]} {row_label}", year,
                                          measure_units[measures[at]], heading, commas_group, [], title,
                                          base_caption=base_caption))
                continue
            if measures and len(slots) <= len(measures):  # a row cut short fills the first columns
                # several measures a year: only the columns the unit's heading names have that unit
                slots = [c if m.lower() in heading.lower() else None for c, m in zip(slots, measures)]
            if column_units and row_unit is None:
                if len(slots) == len(column_units):  # "Diện tích (ha) Sản lượng (tấn)" over "2008 2010 2008 2010"
                    for at in range(0, len(slots), len(column_units) // len(set(column_units))):
                        group = slots[at:at + len(column_units) // len(set(column_units))]
                        _extend(figures, _row(text, group, row_label, years[at:at + len(group)], column_units[at],
                                               heading, commas_group, [], title, base_caption=base_caption))
                continue  # a row of another width under such a head: its columns are unknown
            _extend(figures, _row(text, slots, row_label, row_years, row_unit or unit, row_heading, commas_group,
                                  heads, title, layout, base_caption))
            continue
        if _counter(line):
            continue
        if row_width and not line.label and len(line.cells) < row_width:
            continue  # a page number among rows of several columns
        if line.label and len(line.cells) == 1 and _YEAR.fullmatch(line.label) and not pending:
            _extend(figures, read_pending(line.slots, line.label))  # "2022   110,45": a row of one cell, its year
            continue
        pending += line.slots
        pending_commas = commas_group
    if len(pending) == 1 and pending[0] is not None and len(figures) >= 2 and _PAGE_NUMBER.fullmatch(pending[0].raw) \
            and not block_lines[-1].label and block_lines[-1].cells and block_lines[-1].cells[0] is pending[0]:
        # a yearbook page's number, alone and unlabelled on the table's last line, under its rows (R72c: B44)
        pending = []
    if pending:
        _extend(figures, read_pending(pending, label))
    return _stated_once(figures), heads


def _unit_line_at_the_foot(lines: list[_Line], block: list[int]) -> int | None:
    """Where the unit line printed under a table's last row stands, when none stands above it: a yearbook page
    flattened from its layout puts the page's "ĐVT: Doanh nghiệp - Unit: Enterprise" at the foot, perhaps above the
    page's number (R67)."""
    for at in reversed(block):
        line = lines[at]
        if line.cells and not _page_number(line):
            return None  # a row: the foot has been passed
        if not line.cells and _UNIT_LINE.search(line.text):
            return at
    return None


def _unit_line_below(lines: list[_Line], block: list[int]) -> _Line | None:
    """The unit line printed below a table's rows, past the block, when none stands above them: a yearbook page
    flattened from its layout may put its caption's "Đơn vị tính - Unit: Ha" (perhaps over two lines, "Đơn vị tính" /
    "- Unit: Ha") and its column heads after the last row (B54); only lines without cells, or the page's number, may
    stand between."""
    end = min(len(lines), block[-1] + 1 + _UNIT_BELOW_REACH)
    for at in range(block[-1] + 1, end):
        line = lines[at]
        if line.cells and not _page_number(line):
            return None  # the next table's rows
        if line.cells:
            continue
        if _UNIT_LINE.search(line.text):
            return line
        if at + 1 < end and not lines[at + 1].cells and _UNIT_HEAD_ALONE.fullmatch(line.text.strip()):
            joined = f"{line.text.strip()} {lines[at + 1].text.strip()}"
            if _UNIT_LINE.search(joined):
                return _Line(line.start, lines[at + 1].end, joined, [], [], 0, "", [])
    return None


_UNIT_HEAD_ALONE = re.compile(r"(?:đơn\s+vị\s+tính|đvt)\s*:?", re.I)


_UNIT_BELOW_REACH = 4  # lines after the last row: a unit line, perhaps in two languages over two lines
_PAGE_NUMBER = re.compile(r"\d{1,4}")


def _page_number(line: _Line) -> bool:
    """Whether ``line`` holds only the page's number: one cell, no label, at most four digits."""
    return len(line.slots) == 1 and not line.label and _PAGE_NUMBER.fullmatch(line.cells[0].raw) is not None
_MIN_INDEX_PART_CELLS = 6


def _index_part_captioned_below(lines: list[_Line], block: list[int]) -> list[_Line]:
    """The lines of ``block`` in reading order. A yearbook page flattened one cell a line may print the caption of a
    table's second part, an index ("Chỉ số phát triển (Năm trước = 100) - %"), below that part's rows, with nothing
    under it but the page's number: the rows since the last cell that is no index (printed with its decimals, 50 to
    400) are the index's, so the caption is read above them, and the lone whole number under it is no cell."""
    block_lines = [lines[i] for i in block]
    tail = block[-1] + 1  # the caption closing the page may stand after the block's last cells
    while tail < len(lines) and tail <= block[-1] + _MAX_LABEL_GAP and not lines[tail].slots:
        block_lines.append(lines[tail])
        tail += 1
    at = next((i for i, line in enumerate(block_lines) if not line.slots and _CAPTION_INDEX.search(line.text)), None)
    if at is None:
        return block_lines[:len(block)]
    end = at
    while end < len(block_lines) and not block_lines[end].slots:
        end += 1
    after = block_lines[end:]
    page_number = len(after) == 1 and not after[0].label and len(after[0].cells) == 1 \
        and _PAGE_NUMBER.fullmatch(after[0].cells[0].raw) is not None
    if after and not page_number:
        return block_lines[:len(block)]  # the caption heads the rows below it, as usual
    start, cells = at, 0
    while start > 0 and (not block_lines[start - 1].slots or all(
            cell is None or _INDEX_CELL.fullmatch(cell.raw) and 50 <= _value(cell.raw, False)[0] <= 400
            for cell in block_lines[start - 1].slots)):
        start -= 1
        cells += len(block_lines[start].cells)
    while start < at and block_lines[start].slots:
        start += 1  # an index-like cell closing the part above is that part's
    amounts_above = any(line.cells for line in block_lines[:start])
    if cells < _MIN_INDEX_PART_CELLS or not amounts_above:
        return block_lines[:len(block)]
    return block_lines[:start] + block_lines[at:end] + block_lines[start:at]


# A unit column: "Chỉ tiêu | Đơn vị tính | 2005 2010 2015": each row's label ends with its own unit.
# "Đơn vị tính 2015 2016", "Đơn vị tính | Năm 2023 | Năm 2024", "ĐVT  Thực hiện 2023": the head of a unit column
# before the year columns' heads (a colon after the head makes it the table's unit line instead)
_UNIT_COLUMN = re.compile(r"(?:đơn\s+vị\s+tính|đ\.?\s?v\.?\s*tính|đvt)(?:\s*[|:]\s*|\s+)(?:[^\W\d_]+\s*\|?\s*){0,5}?"
                          r"(?:19|20)\d\d", re.I)
_LABEL_UNIT_PARENS = re.compile(r"\(([^()\n]{1,24})\)\s*$")


_SECTION_ROW = re.compile(r"\s*(?:[IVX]{1,4}|[A-Z])\.\s")
_BULLET_ROW = re.compile(r"\s*[-+–*]\s")
_BREAKDOWN_ROW = re.compile(r"\s*[-+–*]?\s*(?:nhà\s+nước|ngoài\s+nhà\s+nước|có\s+vốn|khu\s+vực\s+có\s+vốn|nam|nữ"
                            r"|thành\s+thị|nông\s+thôn|công\s+lập|ngoài\s+công\s+lập|tư\s+nhân|tập\s+thể|cá\s+thể)(?!\w)",
                            re.I)
# Row labels naming places or groupings, not counted things: "Huyện Kim Bôi" is no count of districts.
_NOT_COUNTED = frozenset({"huyện", "xã", "quận", "phường", "thị", "thành", "tỉnh", "tp", "tp.", "khu", "vùng", "chỉ",
                          "toàn", "tổng", "trong", "chia", "nhà", "ngoài"})


# A head a line giving its column a count opens with "Số" ("Số dự án"): a short line of hard-wrapped prose names
# a counted noun too ("khẩu ước": "khẩu", persons), and would make the lines of a wrapped sentence a table's heads
_COUNT_HEAD = re.compile(r"\s*số\s", re.I)


def _noun_unit(label: str) -> _Unit | None:
    """What a row label counts, as a unit: "Số giường bệnh" -> bed, "Cán bộ ngành y" -> person, "Số Bác sĩ/vạn
    dân" -> doctor/10000 person; None for a label naming no counted noun first (a place, a sector, a ratio)."""
    viet = re.split(r"\s[-–]\s*[A-Za-z]", label)[0]  # the Vietnamese before "- Hospital"
    viet = re.sub(r"^\s*(?:(?:[IVX]{1,4}|[A-Z]|\d{1,2})\.\s*)?[-+–*]?\s*", "", viet)
    viet = re.sub(r"^số\s+", "", viet, flags=re.I)
    words = viet.split("/")[0].split()
    if not words or words[0].lower().strip(".,") in _NOT_COUNTED:
        return None
    for size in (3, 2, 1):
        if len(words) >= size and (read := _unit(" ".join(words[:size]))) is not None and read.family == "count":
            if "/" in viet:
                rate = _rate_unit(read, viet.split("/", 1)[1])
                return _Unit(read.multiplier, rate, read.family) if rate != read.unit else None
            return read
    return None


def _row_unit(line: _Line, unit_column: bool) -> _Unit | None:
    """The unit a row line names for its own cells: in parentheses closing its label ("Khách quốc tế (lượt)"),
    or, under a unit column, in the last words of its label ("Trâu nghìn con")."""
    label = line.label.rstrip(" |")
    found = _LABEL_UNIT_PARENS.search(label)
    if found:
        return _unit(found.group(1))
    if unit_column:
        words = label.split()
        for size in (3, 2, 1):
            if len(words) > size and (read := _unit(" ".join(words[-size:]))) is not None:
                return read
    return None


def title_of(header: list[_Line]) -> str:
    return " ".join(line.text.strip() for line in header if not line.cells)


# The columns of a statistics release, in order: a month of a year ("Thực hiện tháng 6/2019", "Ước TH Tháng 7
# 2019"), the year so far ("Lũy kế từ đầu năm", "Cộng dồn 3 tháng") and a ratio ("So với cùng kỳ (%)").
_RELEASE_COLUMN = re.compile(
    r"(?<!\w)tháng\s+(?P<m>\d{1,2})\s*(?:năm\s*)?[/-]?\s*(?P<y>(?:19|20)\d\d)(?!\d)"
    r"|(?P<todate>(?:(?:lũy|luỹ)\s+kế(?:\s+từ\s+đầu\s+năm)?|cộng\s+dồn|từ\s+đầu\s+năm)"
    r"(?:\s+\d{1,2}\s+tháng(?:\s+(?:đầu\s+)?năm)?(?:\s*[/-]?\s*(?:19|20)\d\d)?)?)"
    r"|(?<!\w)(?P<span>\d{1,2})\s+tháng\s*(?:(?:đầu\s+)?năm\s*)?[/-]?\s*(?P<sy>(?:19|20)\d\d)(?!\d)"
    r"|(?P<ratio>\(%\))", re.I)


def _release_columns(title: str, width: int) -> list[str]:
    """Each column's head as a period ("tháng 6/2019", "7 tháng 2019", "(%)") when the heads of a release name
    exactly ``width`` columns by month, year so far and ratio (empty otherwise): the last ``width`` heads, the
    columns standing right above the rows (a caption's "tháng 3 năm 2024" above them is no column). In a title
    whose lines are kept apart by "|", a year so far and a ratio on one line are one ratio column ("Lũy kế 9
    tháng năm 2015 so với cùng kỳ năm trước (%)")."""
    found_all = list(_RELEASE_COLUMN.finditer(title))
    columns = []
    for at, found in enumerate(found_all):
        following = found_all[at + 1] if at + 1 < len(found_all) else None
        if found["todate"] and "|" in title and following is not None and following["ratio"] \
                and "|" not in title[found.end():following.start()]:
            continue
        if "|" in title and not found["ratio"] and _compared_in_head(title, found):
            continue
        columns.append(found)
    heads, month, year = [], None, None
    for found in columns[-width:] if width else []:
        if found["m"]:
            month, year = int(found["m"]), found["y"]
            estimated = _ESTIMATED_HEAD.search(title[_head_start(title, found, found_all):found.start()])
            heads.append(f"{'ước ' if estimated else ''}tháng {month}/{year}")
        elif found["todate"]:
            if month is None:
                return []
            heads.append(f"{month} tháng {year}")
        elif found["span"]:  # "Thực hiện 8 tháng/2015": the months so far, a column of its own
            heads.append(f"{int(found['span'])} tháng {found['sy']}")
        else:
            heads.append("(%)")
    return heads if len(heads) == width and 1 <= (month or 0) <= 12 else []


_ESTIMATED_HEAD = re.compile(r"(?<!\w)ước(?!\w)", re.I)  # "Ước tính tháng 10", "Ước TH tháng 7/2019"
_COMPARED_AFTER = re.compile(r"\s*so\s+(?:với|sánh|cùng)(?!\w)", re.I)


def _head_start(title: str, found: re.Match[str], found_all: list[re.Match[str]]) -> int:
    """Where the head of the column ``found`` begins: after the period named before it (a head may wrap over lines:
    "Ước tính | tháng 10 năm 2020"), else after the line before it."""
    before = [f.end() for f in found_all if f.end() <= found.start()]
    return before[-1] if before else title.rfind("|", 0, found.start()) + 1


def _compared_in_head(title: str, found: re.Match[str]) -> bool:
    """A period named inside a ratio's head, on its line of a title kept apart by "|": the period compared ("Tháng 6
    năm 2022 so với ...") or its base ("... so với tháng 6 năm 2021"); the ratio's "(%)" is the column, not they."""
    line_start = title.rfind("|", 0, found.start()) + 1
    line_end = title.find("|", found.end())
    rest = title[found.end():line_end if line_end >= 0 else len(title)]
    return _COMPARED_AFTER.match(rest) is not None or _COMPARED_AFTER.search(title[line_start:found.start()]) is not None


def _column_units(header: list[_Line], width: int) -> list[_Unit]:
    """"Diện tích (ha) Sản lượng (tấn)" above "2008 2010 2011 2008 2010 2011": a head naming as many units as the
    year line repeats its years gives each column its unit (empty if no head does)."""
    years = next((line.years for line in reversed(header) if len(line.years) == width), None)
    if not years or width < 2:
        return []
    bare = [_YEAR.findall(y)[-1] for y in years]
    for line in header:
        units = [u for u in (_unit(m.group(1)) for m in _UNIT_PARENS.finditer(line.text)) if u is not None]
        if len(units) >= 2 and width % len(units) == 0:
            size = width // len(units)
            if bare == bare[:size] * len(units):
                return [u for u in units for _ in range(size)]
    return []


@dataclass(frozen=True, slots=True)
class _Column:
    head: str  # "So cùng kỳ (%)": what decides the kind of its percentages
    unit: _Unit | None  # None: a head naming a unit no figure has ("Hệ số (lần)"), its cells are no figures


def _units_over_columns(header: list[_Line], width: int, unit: _Unit | None = None) -> list[_Column]:
    """The columns' units when the lines above name one each, not all alike; else none: in parentheses, a line
    each ("(ha)", "(tấn)", "(kg/ha/năm)"); after each column's name in the last head line ("Các vùng Số lượng
    (nghìn con) Cơ cấu (%)"); or a head a line, each naming its own ("Vốn đăng ký (triệu USD)", "Tỷ trọng (%)",
    "% dự toán") or, naming none, the table's ``unit`` ("Thực hiện" under "Đơn vị: tỷ đồng")."""
    found = [re.fullmatch(r"\(([^()]{1,24})\)", line.text.strip(" \t|")) for line in header]
    units = [_unit(m.group(1)) for m in found if m]
    columns = [_Column("", u) for u in units if u is not None]
    if len(units) != width or len(columns) != width:
        columns = [_Column(head, u) for head, u in _units_after_heads(header) if u is not None]
    if len(columns) != width:
        columns = _heads_one_a_line(header, width, unit)
    if width < 2 or len(columns) != width or len({c.unit.unit if c.unit else None for c in columns}) < 2:
        return []
    return columns


# A column's head naming its own unit: "Vốn đăng ký (triệu USD)", "Tỷ trọng (%)", "% dự toán", "% cùng kỳ".
_HEAD_OWN_UNIT = re.compile(r"[^\d()]*\(([^()\n]{1,24})\)|%\s*[^\W\d_][^\d]*", re.I)


def _heads_above(lines: list[_Line], first: int) -> list[_Line]:
    """The lines without numbers right above a table's first data line, up to ``_FAR_HEADER_REACH`` of them."""
    at = first
    while at > 0 and first - at < _FAR_HEADER_REACH and not lines[at - 1].cells:
        at -= 1
    return lines[at:first]


def _heads_closed_by_units(header: list[_Line], width: int) -> list[_Column]:
    """Heads wrapped over several lines, each closed by its unit in parentheses ("Tăng trưởng GRDP" / "(%)", "GRDP/"
    / "người" / "(Tr VNĐ)"), as many as the columns: each column its unit, a unit no figure has (a rank's "(Theo
    GRDP/ người)") leaving its cells out; only when two or more different units are read, so that one head in two
    languages ("Số giáo viên (Người)" / "Number of teachers (Pers.)") is never two columns."""
    groups: list[str] = []
    words: list[str] = []
    for line in header:
        text = line.text.strip(" \t|")
        if line.cells or not text or _UNIT_LINE.search(line.text) or _CAPTION.match(line.text):
            continue
        words.append(text)
        if text.endswith(")"):
            groups.append(" ".join(words))
            words = []
    if len(groups) == width + 1 and not words:
        groups.pop()  # the first row's label right above its cells, closed by its own parentheses ("(5 tỉnh)")
    if width < 2 or len(groups) != width:
        return []
    columns = []
    for head in groups:
        found = list(_UNIT_PARENS.finditer(head))
        read = _head_unit(found[-1].group(1)) if found else None
        if read is not None and read.family == "money" and re.search(r"/\s*người", head):
            read = _Unit(read.multiplier, f"{read.unit}/person", read.family)  # "GRDP/ người (Tr VNĐ)"
        columns.append(_Column(head, read))
    readable = {c.unit.unit for c in columns if c.unit is not None}
    return columns if len(readable) >= 2 else []


def _heads_one_a_line(header: list[_Line], width: int, unit: _Unit | None) -> list[_Column]:
    """The last ``width`` head lines above the rows, one column's head each, when every one names its own unit
    ("Vốn đăng ký (triệu USD)", "Tỷ trọng (%)"), a ratio ("Tỷ trọng", "% dự toán") or a counted noun ("Số dự án"),
    or, under a table's unit, names none ("Thực hiện"); lines naming none at the end are the first row's label ("Bắc
    Ninh"), left out. Empty unless one of them is a ratio or their units differ (or, measures repeated per year, a
    unit no figure has is among them)."""
    lines = [line for line in header if not line.cells and line.text.strip(" \t|")
             and not _UNIT_LINE.search(line.text) and not _CAPTION.match(line.text)]
    # a line of heads kept apart by "|" ("STT | Địa phương | Vốn đăng ký | Tỷ trọng (%)") is one head a part
    parts = [(at, part.strip()) for at, line in enumerate(lines) for part in line.text.split("|") if part.strip()]
    heads = [part for _, part in parts]

    def own(head: str) -> _Unit | None:
        found = _HEAD_OWN_UNIT.fullmatch(head)
        if found is None:
            return None
        return _head_unit(found.group(1)) if found.group(1) is not None else _PERCENT

    while heads and (_HEAD_OWN_UNIT.fullmatch(heads[-1]) is None and not _RATIO_HEAD.search(heads[-1])
                     and not _RANK_HEAD.fullmatch(heads[-1])
                     or own(heads[-1]) is None and _names_a_place(heads[-1].split("(")[0])):
        heads.pop()  # the first row's label under the heads ("Bắc Ninh", "Thành phố Hồ Chí Minh (TP.HCM)")
    if width < 2 or len(heads) < width:
        return []
    # the table's unit, for heads naming none: a line above the heads names it ("Đơn vị: tỷ đồng", a caption
    # closed by "(nghìn lượt)"); a ratio's "(%)" there is no unit of amounts
    first_head = parts[len(heads) - width][0]
    above = [line for line in header if line.end <= lines[first_head].start]
    named = above + [line for line in header if line not in above and _UNIT_LINE.search(line.text)]  # also below
    read_above = [read for line in named if (read := _heading(line, None, "")[0]) is not None]
    table_unit = next((read for read in reversed(read_above) if read.family != "percent"), None)
    columns = []
    for head in heads[-width:]:
        if _NUMBERED_LABEL.match(head) or head.startswith("("):
            return []  # "1. Tổng lượt khách (lượt)": a row's label; "(%)": a unit alone, not a head of this kind
        if _RANK_HEAD.fullmatch(head):
            columns.append(_Column(head, None))  # "Xếp hạng": ranks are no figures
            continue
        counted = _noun_unit(head) if len(head.split()) <= 4 else None
        if counted is not None and counted.unit in _PLACE_HEAD_UNITS:
            return []  # "Địa phương", "Tỉnh": the head of the rows' labels, so the heads are not the columns
        read = own(head) or (_PERCENT if _RATIO_HEAD.search(head) and len(head.split()) <= 6 else None) \
            or (counted if _COUNT_HEAD.match(head) else None) \
            or (table_unit if table_unit is not None and len(head.split()) <= 4 else None)
        if read is None and not _HEAD_UNIT_PARENS.fullmatch(head):
            return []
        columns.append(_Column(head, read))
    ranked = [c for c in columns if not _RANK_HEAD.fullmatch(c.head)]  # a rank's column keeps the others apart
    if any(c.unit is not None and c.unit.family == "percent" for c in ranked) or len(ranked) < len(columns) \
            or all(c.unit is not None for c in ranked) and len({c.unit.unit for c in ranked if c.unit}) >= 2:
        return columns  # a ratio or a rank among them, or different units ("Số dự án", "Vốn đăng ký (triệu USD)")
    # measures repeated for each year, every head "name (unit)", a unit no figure has among them ("Diện tích (ha)",
    # "Hệ số (lần)" four times): that measure's cells are no figures
    names = [c.head for c in columns]
    repeated = any(width % size == 0 and width // size >= 2 and names == names[:size] * (width // size)
                   for size in range(2, width // 2 + 1))
    return columns if repeated and all(_HEAD_UNIT_PARENS.fullmatch(name) for name in names) \
        and any(c.unit is None for c in columns) and any(c.unit is not None for c in columns) else []


_HEAD_UNIT_PARENS = re.compile(r"[^\W\d_][^\d()]*\(([^()\n]{1,24})\)")


# A head naming a ratio without its "(%)": "Tỷ trọng", "Tăng/giảm so cùng kỳ", "So với kế hoạch".
_RATIO_HEAD = re.compile(r"(?<!\w)(?:tỷ\s+trọng|cơ\s+cấu|tăng\s*/\s*giảm|so\s+(?:với\s+)?(?:cùng\s+k[ỳì]|kế\s+hoạch|dự\s+toán))"
                         r"(?!\w)", re.I)
# A column of ranks ("Xếp hạng", "Thứ hạng"): no figures. Heads counting places name the rows' labels instead.
_RANK_HEAD = re.compile(r"\s*(?:xếp\s+hạng|thứ\s+hạng|hạng|thứ\s+tự|vị\s+trí)(?:\s*\([^()]*\))?\s*", re.I)
_PLACE_HEAD_UNITS = frozenset({"province", "locality", "district", "city", "town", "commune", "urban district"})
_NUMBERED_LABEL = re.compile(r"\s*(?:\d{1,2}|[IVX]{1,4}|[a-zA-Z])[.)]\s")


def _units_after_heads(header: list[_Line]) -> list[tuple[str, _Unit | None]]:
    """"Các vùng Số lượng (nghìn con) Cơ cấu (%)": the units in parentheses of the last head line, each after a
    column's name, with the name (a line of units alone is ``_units_in_line``'s)."""
    heads = [line for line in header if not line.cells and line.text.strip(" \t|")]
    if len(heads) >= 2 and "(" not in heads[-1].text:
        heads.pop()  # the first row's label ("Bắc Ninh") under a head line, cells one a line
    if not heads or _UNITS_LINE.fullmatch(heads[-1].text) or _UNIT_LINE.search(heads[-1].text):
        return []
    text, found, since = heads[-1].text, [], 0
    for m in _UNIT_PARENS.finditer(text):
        name = text[since:m.end()].rsplit("|", 1)[-1].strip()
        found.append((name, _unit(m.group(1))))
        since = m.end()
    return found


_UNITS_LINE = re.compile(r"\s*(?:\([^()\n]{1,24}\)\s*){2,}\|?\s*")


def _units_in_line(header: list[_Line], width: int) -> list[tuple[int, _Unit]]:
    """"(Xã)       (%)         (Xã)       (%)": a head line of units alone, one a column as wide as the rows, each
    with where it stands in its line (a fixed-width page keeps a row's cells under their heads, also when a row
    leaves some empty without a dash); empty if no line is one."""
    for line in reversed(header):
        if line.cells or not _UNITS_LINE.fullmatch(line.text):
            continue
        placed = [((found.start() + found.end()) // 2, _unit(found.group(1)))
                  for found in _UNIT_PARENS.finditer(line.text)]
        if len(placed) == width and all(unit is not None for _, unit in placed) \
                and len({unit.unit for _, unit in placed if unit is not None}) >= 2:
            return [(at, unit) for at, unit in placed if unit is not None]
    return []


def _unit_words_dropped(label: str) -> str:
    """"Tốc độ tăng trưởng kinh tế GRDP %" -> its words before the unit (a unit word is no kind word)."""
    words = label.split()
    while words and _unit(words[-1]) is not None:
        words = words[:-1]
    return " ".join(words)


_GROUPED_OVER_ONE_ODD = 10  # comma-grouped cells that outvote one cell grouping otherwise


def _comma_thousands(lines: list[_Line]) -> list[bool]:
    """Per line, whether a comma groups thousands in the part of the table it stands in (a heading naming a
    unit starts a part): its comma-numbers all group by three ("188,758"), one has no leading zero, and no
    number groups with dots."""
    parts: list[list[_Line]] = []
    current: list[_Line] = []
    for line in lines:
        if not line.cells and current and _heading(line, None, "")[0] is not None:
            parts.append(current)
            current = []
        current.append(line)
    parts.append(current)
    out = []
    for part in parts:
        raws = [c.raw for line in part for c in line.cells]
        # "21,208.00" (a comma grouping thousands before a decimal point) says so too
        commas = [bool(_COMMA_GROUPED.fullmatch(r) or _ENGLISH_GROUPED.fullmatch(r)) for r in raws if "," in r]
        # one odd cell among many ("161,86", cut short or missing a digit) does not overturn the rest (R67)
        odd = commas.count(False)
        grouped = any(commas) and (odd == 0 or odd == 1 and commas.count(True) >= _GROUPED_OVER_ONE_ODD) \
            and not any(_DOT_GROUPED.fullmatch(r) for r in raws)
        out += [grouped] * len(part)
    return out


_PERCENT = _Unit(1.0, "percent", "percent")
_INDEX_CELL = re.compile(r"\d{2,3},\d{1,2}")  # "142,9": an index printed with its decimals
_WHOLE = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+")  # "1260601", "484.008": a count printed whole
_ENGLISH_ONLY = re.compile(r"[A-Za-z .,'()-]+")


def _counter(line: _Line) -> bool:
    """"466 467 468 469": a run of page numbers."""
    values = [c.raw for c in line.cells]
    if len(values) < 3 or not all(v.isdigit() for v in values):
        return False
    return all(int(b) == int(a) + 1 for a, b in zip(values, values[1:]))


def _years(line: _Line, years: list[str], above: str = "") -> list[str]:
    if not line.years or _PRICE_BASE.search(line.text):
        return years  # "GRDP, giá 2010": the year of constant prices names no column
    heads = list(line.years)
    if len(heads) == 1 and _ESTIMATE_WORDS_ALONE.fullmatch(above.strip(" \t|")):
        heads = [f"{above.strip(' |')} {heads[0]}"]  # "Ước tính" over "năm 2018 (Người)": the head wraps
    if len(heads) == 1 and years and _year_of(heads[0]) > _year_of(years[-1]):
        return [*years, heads[0]]  # one year a line, or a year wrapped under "Sơ bộ - Prel."
    if len(heads) == 2 and years and _COMPARED_AFTER.match(heads[1]) and _year_of(heads[0]) >= _year_of(years[-1]):
        # "Ước tính năm 2022 so với năm 2021 (%)" after the heads of the years it compares: one ratio column, of the
        # later year (B46)
        return [*years, heads[0]]
    return heads


# A head's first line saying its column holds estimates, its year on the line below: "Ước tính", "Ước thực hiện".
_ESTIMATE_WORDS_ALONE = re.compile(r"(?:ước(?:\s+(?:tính|thực\s+hiện|TH))?|dự\s+ước)", re.I)


def _year_of(head: str) -> int:
    return int(_YEAR.findall(head)[-1])


# What a column's (or a row's) head says of its year: part of it ("6 tháng 2023", "Quý II/2023",
# "Tháng 6 năm 2023") or a preliminary count ("Sơ bộ - Prel. 2023"); a bare year is the whole year.
_HEAD_MONTHS = re.compile(r"(?<!\w)(\d{1,2}|sáu|chín)\s+tháng(?:\s+đầu)?(?:\s+năm)?\s*[/-]?\s*(?:19|20)\d\d$", re.I)
_HEAD_MONTH = re.compile(r"(?<!\w)tháng\s+(\d{1,2})(?:\s+năm)?\s*[/-]?\s*(?:19|20)\d\d$", re.I)
_HEAD_QUARTER = re.compile(r"(?<!\w)quý\s+(IV|III|II|I|[1-4])(?:\s+năm)?\s*[/-]?\s*(?:19|20)\d\d$", re.I)
_HEAD_PRELIMINARY = re.compile(r"(?<!\w)(?:sơ\s+bộ|prel)", re.I)
_HEAD_MONTH_WORDS = {"sáu": 6, "chín": 9}
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _head_period(head: str) -> tuple[str, date, date] | None:
    """The period a column's or a row's head names: its label, first and last day."""
    years = _YEAR.findall(head)
    if not years:
        return None
    year = int(years[-1])
    head = head.strip()
    first: date | None
    if found := _HEAD_MONTHS.search(head):
        month = _HEAD_MONTH_WORDS.get(found[1].lower()) or int(found[1])
        first = date(year, 1, 1)
    elif found := _HEAD_QUARTER.search(head):
        quarter = _QUARTERS.get(found[1].lower()) or int(found[1])
        month, first = 3 * quarter, date(year, 3 * quarter - 2, 1)
    elif found := _HEAD_MONTH.search(head):
        month = int(found[1])
        first = date(year, month, 1) if 1 <= month <= 12 else None
    else:
        label = f"Sơ bộ {year}" if _HEAD_PRELIMINARY.search(head) else str(year)
        return label, date(year, 1, 1), date(year, 12, 31)
    if first is None or not 1 <= month <= 12:
        return None
    return " ".join(found[0].split()), first, date(year, month, calendar.monthrange(year, month)[1])


def _heading(line: _Line, unit: _Unit | None, heading: str, above: str = "",
             count_cells: bool = False) -> tuple[_Unit | None, str]:
    """The unit a heading line names, if it names one, and the heading the unit was read from; ``above`` is the
    line before it ("Nghìn" over "Lượt khách": a unit cell broken after its scale word). Under a unit column's
    head (``count_cells``) a line naming a bare count ("Lượt khách") is that column's cell too."""
    words = line.text.strip().rstrip("|").strip()
    found = _UNIT_LINE.search(words)
    phrases = [found.group(1)] if found else []
    if found:
        # the head of the label column run on after the unit ("Đơn vị tính: ngàn lượt Khu, điểm" over "du lịch 2008
        # 2009 ..."): the unit is the first words (B47)
        unit_words = found.group(1).split()
        phrases += [" ".join(unit_words[:count]) for count in (3, 2, 1) if count < len(unit_words)]
    if _scale_alone(above) and len(words) <= _UNIT_CELL_CHARS and not line.cells:
        phrases.append(f"{above.strip()} {words}")
    after_dash = _UNIT_AFTER_DASH.search(words)
    if after_dash and (read := _unit(after_dash.group(1))) is not None and (read.family != "count" or read.multiplier != 1):
        phrases.append(after_dash.group(1))  # "A. VẬN CHUYỂN HÀNH KHÁCH - Nghìn hành khách"
    phrases += [m.group(1) for m in _UNIT_PARENS.finditer(words)][::-1]
    dash = _UNIT_DASH_ENGLISH.match(words)
    if dash and words.rsplit("-", 1)[1].strip(" .").lower() not in _ENGLISH_CATEGORIES:
        phrases.append(dash.group(1))  # "Người - Person"; "Địa phương - Local" is a row of a breakdown
    if words.endswith("%"):
        phrases.append("%")  # "(Năm trước = 100) - %"
    if len(words) <= _UNIT_CELL_CHARS and not line.cells and not _UNIT_COLUMN_HEAD.fullmatch(words):
        phrases.append(words)  # "tỷ. đ", "Tấn": the unit column's cell of the row below
    for phrase in phrases:
        read = _unit(phrase)
        if read is not None and (phrase is not words or read.family != "count" or read.multiplier != 1
                                 or count_cells):
            return read, words  # a row label that names a count ("Xã", "Huyện") is no unit cell
    return unit, heading


def _is_unit_cell(text: str) -> bool:
    words = text.strip().rstrip("|").strip()
    return words in _DITTO or len(words) <= _UNIT_CELL_CHARS and (_unit(words) is not None or _scale_alone(words))


def _scale_alone(text: str) -> bool:
    """"Nghìn", "Triệu" alone on a line: the first half of a unit cell broken over two lines."""
    return phrase_key(text.strip(" \t|")) in vocabulary().scales


def _unit(phrase: str) -> _Unit | None:
    """"Ha", "Nghìn người", "Tỷ đồng", "%": the unit and scale a heading phrase names."""
    phrase = phrase.strip().lower().replace("ƣ", "ư")  # "Ngƣời": a yearbook font's broken "ư"
    if phrase == "%":
        return _Unit(1.0, "percent", "percent")
    probe = f"1 {phrase}"
    match = QUANTITY.fullmatch(probe)  # "tỷ. đ" whole, not the scale "tỷ" and a stray ". đ"
    if match is None or match["unit"] is None:
        return None
    quantity = read_quantity(probe, match, 0)
    if quantity is None:
        return None
    return _Unit(quantity.value, quantity.unit, quantity.family)


def _head_unit(phrase: str) -> _Unit | None:
    """A column head's unit, also abbreviated: "Tr VNĐ" (triệu), "1000 ha", "1.000 USD" (nghìn); only in a column's
    head, for "tr." elsewhere is a page ("tr. 164")."""
    phrase = re.sub(r"^\s*tr\.?\s+(?=[^\W\d_])", "triệu ", phrase, flags=re.I)
    return _unit(re.sub(r"^\s*1[.,]?000\s+(?=[^\W\d_])", "nghìn ", phrase))


def _measures(header: list[_Line], width: int) -> list[str]:
    """"Diện tích Năng suất Sản lượng Diện tích Năng suất Sản lượng ...": a head line repeating the names of
    several measures once per year column gives the measure of each column (empty if no line does); units in
    parentheses among the names ("Diện tích (ha) Năng suất Sản lượng (tấn)") are left out of the repeat."""
    for line in header:
        words = _UNIT_PARENS.sub(" ", line.text).split()
        if all(_YEAR.fullmatch(w) for w in words):
            continue  # "2008 2010 2011 2008 2010 2011": years repeated per measure, no measure names
        for size in range(2, len(words) // 2 + 1):
            repeats = len(words) // size
            if len(words) % size or words != words[:size] * repeats or width % repeats or width // repeats < 2:
                continue
            per = width // repeats
            if size % per:
                continue
            names = [" ".join(words[i:i + size // per]) for i in range(0, size, size // per)]
            return names * repeats
    return []


def _measure_units(header: list[_Line], measures: list[str]) -> dict[str, _Unit]:
    """Each measure's unit, when every measure of a repeating head has one: in parentheses right after its name in
    a head line ("Diện tích ( ha) Năng suất Sản lượng (tấn)"), or closing a caption line that opens with its name
    ("Năng suất ngô bình quân cả năm (tạ/ha)"). A measure naming none has no unit: its cells are no figures."""
    found: dict[str, _Unit] = {}
    names = sorted(set(measures), key=len, reverse=True)
    for line in header:
        if line.cells:
            continue
        for name in names:
            after = re.search(rf"(?<!\w){re.escape(name)}\s*\(([^()\n]{{1,24}})\)", line.text, re.I)
            if after and (read := _unit(after.group(1))) is not None:
                found.setdefault(name, read)
    for line in header:
        text = line.text.strip(" \t|")
        for name in names:
            closing = re.fullmatch(rf"{re.escape(name)}\b[^()\n]*\(([^()\n]{{1,24}})\)", text, re.I)
            if name not in found and closing and (read := _unit(closing.group(1))) is not None \
                    and not any(other.lower() in text.lower() for other in names if other != name):
                found[name] = read
    return found


def _cells_per_row(lines: list[_Line]) -> int:
    """One cell a line: how many lines of numbers follow a row label."""
    counts, run = [], 0
    for line in lines:
        if line.slots:
            run += len(line.slots)
        elif run:
            counts.append(run)
            run = 0
    counts.append(run)
    return max(set(counts), key=counts.count)


_WORDS = re.compile(r"\w+")


def _column_heads(header: list[_Line], width: int) -> list[str]:
    """The heads of the columns when the lines above the table name one column each (the row label and the unit
    line left out): a cell under a "(%)" head of a table in another unit is a ratio, not an amount."""
    heads = [h.text.strip() for h in header if not _UNIT_LINE.search(h.text) or _UNIT_COLUMN.search(h.text)]
    if heads and len(split := [h.strip() for h in _HEADS_APART.split(heads[-1].strip(" |")) if h.strip()]) > width:
        heads = split  # "Chỉ tiêu | Đơn vị tính | Năm 2023 | Năm 2024 | So sánh (%)": the heads on one line
    while len(heads) > width and _is_unit_cell(heads[-1]):
        heads = heads[:-1]  # the first row's unit cell ("Lượt khách", '"') under its label: no head either
    if len(heads) > width and not heads[-1].endswith("(%)"):
        heads = heads[:-1]  # the label of the first row ("I. Tổng số lượt khách (lượt)": its unit is no head)
    heads = heads[-width:] if width >= 2 else []
    if any(_SEVERAL_HEADS.search(h) for h in heads):
        return []  # "Area of forest   Rừng tự nhiên   Rừng trồng": a line of several heads, wrapped over lines
    if any(_SECTION_ROW.match(h) for h in heads):
        return []  # "I. Dịch vụ lưu trú" taken for a head: the heads are wrapped over lines, read otherwise
    return heads if len(heads) == width and any(h.endswith("(%)") for h in heads) else []


_SEVERAL_HEADS = re.compile(r"\S {3,}\S")
_HEADS_APART = re.compile(r"\s*\|\s*|\t+| {2,}")  # the heads of one line, between pipes, tabs or wide spaces
_FLATTENED_REACH = 40  # lines of a head flattened a word or two a line, at most
_FRAGMENT_WORDS = 4  # words of a line that is a fragment of a head


def _flattened_heads(lines: list[_Line], first: int, width: int) -> list[str]:
    """The heads of a release flattened a word or two a line (an amount's head "Thực | hiện | 6 tháng | đầu năm | 2021",
    then "Ước | tính | quý III | năm | 2021", ..., then the ratios' caption "So với cùng kỳ | năm trước (%)" over the
    periods they compare, a few words a line), when their words, joined, end at exactly ``width`` years: each head ends
    at its year, and every head from the one naming the comparison on is a ratio of its period, written "<period>
    <caption>" (B46). Empty where the lines above are no such fragments."""
    at = first - 1
    if at >= 0 and not lines[at].cells and not _YEAR.search(lines[at].text):
        at -= 1  # the first row's label, right above its cells
    fragments: list[str] = []
    while at >= 0 and not lines[at].cells and len(fragments) < _FLATTENED_REACH:
        fragments.append(lines[at].text.strip(" \t|"))
        at -= 1
    fragments.reverse()
    short = sum(1 for fragment in fragments if len(fragment.split()) <= _FRAGMENT_WORDS)
    if width < 2 or len(fragments) < 2 * width:
        return []
    joined = " ".join(fragments)
    # a few words a line: the heads end at their years; else (or failing that) heads of a few lines each, their
    # ratios naming the periods they compare, end at their years and signs (``_ratio_head_ends``)
    ends = [m.end() for m in _YEAR.finditer(joined)] if short >= 0.7 * len(fragments) else []
    caption_end, ratios_named = 0, False
    if len(ends) != width:
        ends, ratios_named = _ratio_head_ends(joined), True
        if len(ends) > width:  # a caption naming its period above the heads
            caption_end, ends = ends[-width - 1], ends[-width:]
    if len(ends) != width:
        return []
    heads, start, compared = [], caption_end, None
    for end in ends:
        head = " ".join(joined[start:end].split())
        start = end
        found = _COMPARED_CAPTION.search(head)
        if found is not None:
            compared, head = found.group(0), head[found.end():].strip()
        heads.append(f"{head} {compared}" if compared else head)
    return heads if compared or ratios_named and any(head.endswith("(%)") for head in heads) else []


_HEAD_END = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\(\s*%\s*\)")


def _ratio_head_ends(joined: str) -> list[int]:
    """Where each head ends in heads flattened a word a line whose ratios name two periods ("Tháng 01 năm 2021 so với
    tháng 01 năm 2020 (%)", "Lũy kế 1 tháng năm 2021 so với năm trước (%)"): at a year that no comparison follows, or
    at the "(%)" closing a comparison (B49)."""
    ends: list[int] = []
    for found in _HEAD_END.finditer(joined):
        since = ends[-1] if ends else 0
        if found.group(0).startswith("("):
            if ends and not joined[since:found.start()].strip():
                ends[-1] = found.end()  # "... so với tháng 01 năm 2020 (%)": the sign closes the ratio's head
            elif _COMPARED_WITH.search(joined, since, found.start()):
                ends.append(found.end())
        elif not _COMPARED_AFTER.match(joined, found.end()):
            ends.append(found.end())
    return ends


# The caption over a release's ratio columns: "So với cùng kỳ năm trước (%)", "So cùng kỳ (%)".
_COMPARED_CAPTION = re.compile(r"so(?:\s+với)?\s+cùng\s+k[ỳì](?:\s+năm\s+trước)?\s*\(%\)", re.I)


_SAME_SPAN = re.compile(r"\s*cùng\s+k[ỳì](?!\w)", re.I)
_BASE_NAMED = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\w)(?:năm|tháng|quý)\s+trước(?!\w)", re.I)
_COMPARED_WITH = re.compile(r"(?<!\w)so\s+(?:với|sánh)(?!\w)", re.I)  # what a ratio's head compares comes before


def _ratio_of(heads: list[str], column: int) -> int | None:
    """The amount column a ratio column compares ("Tháng 10/2023 so với cùng kỳ (%)" -> "Ước tính tháng 10
    năm 2023"): the one sharing the most word pairs with its head, if any does."""
    def pairs(head: str) -> set[tuple[str, str]]:
        words = _WORDS.findall(head.lower())
        return set(zip(words, words[1:]))

    compared = _COMPARED_WITH.split(heads[column], 1)
    if len(compared) == 2 and _BASE_NAMED.search(compared[1]) and not _SAME_SPAN.match(compared[1]):
        # "Tháng 8 năm 2022 so với tháng 8 năm 2021 (%)", "Lũy kế 8 tháng năm 2022 so với năm trước (%)", "Năm 2024 so
        # với năm 2023 (%)": a ratio of two periods it names, a growth figure of its own (R72); "so với cùng kỳ (%)"
        # is the change of the amount whose period it names
        return None
    mine = pairs(heads[column])
    scores = [(len(mine & pairs(h)), i) for i, h in enumerate(heads) if not h.endswith("(%)")]
    best = max(scores, default=(0, None), key=lambda score: (score[0], -(score[1] or 0)))  # a tie: the first
    return best[1] if best[0] > 0 else None


def _row(text: str, cells: list[_Cell | None], label: str, years: list[str], unit: _Unit | None, heading: str,
         commas_group: bool, heads: list[str], title: str, layout: _Layout | None = None,
         base_caption: str | None = None) -> list[Figure]:
    """The figures of one row; ``base_caption`` (default: ``title``) is where an index's base is looked for."""
    base_caption = title if base_caption is None else base_caption
    if unit is None:
        return []  # a number no heading gives a unit to is no figure
    if heads and unit.family != "percent" and 2 <= len(cells) < len(heads) and heads[-1].endswith("(%)") \
            and cells[-1] and _INDEX_CELL.fullmatch(cells[-1].raw) and 50 <= _value(cells[-1].raw, False)[0] <= 400:
        # a row cut short keeps its index in the last column: "Số phòng (phòng) 22.654 142,1"
        cells = [*cells[:-1], *[None] * (len(heads) - len(cells)), cells[-1]]
    elif heads and unit.family != "percent" and 2 <= len(cells) < len(heads) and heads[-1].endswith("(%)"):
        cells = [*cells, *[None] * (len(heads) - len(cells))]  # "Khách lưu trú (lượt) 315.998 357.273 2.113.211"
    if heads and len(heads) == len(cells) and unit.family != "percent":
        amounts = [i for i, h in enumerate(heads) if not h.endswith("(%)")]
        by_column = len(years) == len(cells)
        # the years name every column, or the amounts' only ("Năm 2023 | Năm 2024 | So sánh (%)")
        amount_years = [years[i] for i in amounts] if by_column else years if len(years) == len(amounts) else []
        figures = _row(text, [cells[i] for i in amounts], label, amount_years, unit, heading, commas_group, [],
                       title, base_caption=base_caption)
        for i, head in enumerate(heads):
            target = _ratio_of(heads, i) if head.endswith("(%)") else None
            cell = cells[i]
            if target is not None and (_EXPLICIT_INDEX.search(head) or _COMPARED_WITH.search(head)) and cell \
                    and cells[target]:
                at = [j for j in amounts if cells[j]].index(target)
                value, rounding = _value(cell.raw, commas_group)
                figures[at] = replace(figures[at], yoy_change_pct=round(value - 100.0, 10),
                                      yoy_change_rounding=rounding)
            elif target is None and head.endswith("(%)") and cells[i] \
                    and (_EXPLICIT_INDEX.search(title) or _COMPARED_WITH.search(head)):
                # an index column no amount column's head matches ("So với / cùng kỳ / (%)" split over lines):
                # the printed index is a growth figure of its own
                # its period is the column it follows ("Lũy kế ... | So với cùng kỳ (%)")
                figures += _row(text, [cells[i]], label, [years[i - 1]] if by_column and i else [], _PERCENT,
                                "so với (%)", commas_group, [], title, base_caption=base_caption)
        return sorted(figures, key=lambda f: f.char_start)
    filled_cells = [c for c in cells if c]
    if not heads and unit.family != "percent" and len(filled_cells) >= 3 and cells[-1] \
            and _INDEX_CELL.fullmatch(cells[-1].raw) and 50 <= _value(cells[-1].raw, False)[0] <= 400 \
            and all(_WHOLE.fullmatch(c.raw) for c in filled_cells[:-1]) and _EXPLICIT_INDEX.search(title):
        # whole counts, then a number printed with decimals near 100 under a caption comparing with a period
        # ("1260601 124541 1385142 96,20" under "... so với cùng kỳ năm trước (%)"): the last is the index column
        return _row(text, cells[:-1], label, years[:-1] if len(years) == len(cells) else years, unit, heading,
                    commas_group, [], title, base_caption=base_caption) + _row(
            text, [cells[-1]], label, [], _PERCENT, "so với (%)", commas_group, [], title, base_caption=base_caption)
    values = [_value(c.raw, commas_group) for c in cells if c]
    of_plan = unit.family == "percent" and _rates_of_plan(base_caption)
    index = unit.family == "percent" and not of_plan and _is_index(heading, base_caption, [v[0] for v in values])
    label_year = _YEAR.search(_PRICE_BASE.sub("", label))  # a year naming the row, not its prices' base
    columns = years if len(years) == len(cells) and not label_year else []
    family = "percent" if unit.family == "percent" else unit.family
    figure_unit_name = "percent" if unit.family == "percent" else unit.unit
    indicator = _row_indicator(title, heading, label, figure_unit_name, family)
    rate_unit = _rate_unit(unit, f"{title} {label}")
    figures = []
    filled = [(i, c) for i, c in enumerate(cells) if c]
    for (i, cell), (value, rounding) in zip(filled, values):
        name = label or None
        # the figure's own period: its column's year, or the year naming its row
        period = _head_period(columns[i]) if columns else _head_period(label) if label_year else None
        if of_plan:
            kind, figure_value, figure_unit = "share", value, "percent"  # of the plan: above 100 as often as not
        elif unit.family == "percent":
            kind = "growth" if index or _GROWTH_HEADING.search(heading) and not _SHARE_HEADING.search(heading) \
                else "share"
            figure_value = value - 100.0 if index else value
            figure_unit = "percent"
        elif cell.raw.endswith("%"):  # "+28,6%" in a row of amounts: the cell names its own unit; a sign, a change
            kind = "growth" if cell.raw[0] in "+-−" or _GROWTH_HEADING.search(heading) else "share"
            figure_value, figure_unit = value, "percent"
        else:
            kind, figure_value, figure_unit = "amount", value * unit.multiplier, rate_unit
            rounding *= unit.multiplier
        line_start = text.rfind("\n", 0, cell.start) + 1
        line_end = text.find("\n", cell.end)
        line_end = len(text) if line_end < 0 else line_end
        figures.append(Figure(
            kind=kind, value=round(figure_value, 10), unit=figure_unit, raw_text=cell.raw, char_start=cell.start,
            char_end=cell.end, sentence=text[line_start:line_end], sentence_start=line_start,
            indicator=indicator, indicator_text=name, value_rounding=rounding,
            qualifier="estimate" if columns and not of_plan and _ESTIMATED_HEAD.search(columns[i]) else None,
            plan_basis="plan" if of_plan else None, pct_of_plan=round(figure_value, 10) if of_plan else None,
            pct_of_plan_rounding=rounding if of_plan else 0.0,
            **_period_fields(period),
        ))
    if layout is not None and unit.family != "percent":
        figures = _laid_out(figures, [v for v, _ in values], cells, layout)
    return _differences_as_changes(figures)


def _differences_as_changes(figures: list[Figure]) -> list[Figure]:
    """A cell below zero in a row of amounts that is the difference of two amounts before it ("2.629,0 1.555,9 59,2
    -1.073,1" under "TH cùng kỳ | TH trong kỳ | So sánh % | +,-"): no amount, the later amount's change (B51)."""
    out: list[Figure] = []
    for figure in figures:
        if figure.kind == "amount" and figure.value < 0:
            amounts = [(at, g) for at, g in enumerate(out) if g.kind == "amount" and g.unit == figure.unit]
            later = next((at for at, g in reversed(amounts) for _, h in amounts if h is not g and h.char_start
                          < g.char_start and abs(g.value - h.value - figure.value) <= 2 * figure.value_rounding + 1e-9),
                         None)
            if later is not None and out[later].change_abs is None:
                out[later] = replace(out[later], change_abs=figure.value)
                continue
        out.append(figure)
    return out


def _pending_rows(text: str, cells: list[_Cell | None], label: str, years: list[str], unit: _Unit | None,
                  heading: str, commas_group: bool, heads: list[str], title: str,
                  base_caption: str | None = None) -> list[Figure]:
    """Cells one a line waiting for their row: a run twice as long as the heads is two rows under one label
    (the second row's label left unprinted)."""
    width = len(heads)
    if width >= 2 and len(cells) > width and len(cells) % width == 0:
        return [f for at in range(0, len(cells), width)
                for f in _row(text, cells[at:at + width], label, years, unit, heading, commas_group, heads, title,
                              base_caption=base_caption)]
    return _row(text, cells, label, years, unit, heading, commas_group, heads, title, base_caption=base_caption)


@dataclass(frozen=True, slots=True)
class _Layout:
    """What a table's heads say of its columns beyond the unit."""
    share_last: bool  # the last column is a share in percent, the others in the table's unit
    parts: bool  # "Chia ra - Of which": the columns after the first are its parts


def _laid_out(figures: list[Figure], printed: list[float], cells: list[_Cell | None], layout: _Layout
              ) -> list[Figure]:
    """A row of a table whose heads give a share column ("Tỷ lệ ... (%)") or parts of the first column ("Chia
    ra - Of which"): the share read as a percentage, the parts linked to the first cell (``component_of`` counts
    from the row's first figure) when they add up to it."""
    if layout.share_last and len(figures) >= 2 and cells[-1] is not None and 0 <= printed[-1] <= 100:
        share = figures[-1]
        figures[-1] = replace(share, kind="share", value=printed[-1], unit="percent",
                              value_rounding=_value(share.raw_text, False)[1])
        amounts = figures[:-1]
    else:
        amounts = figures
    if layout.parts and len(amounts) >= 3:
        total, parts = amounts[0], amounts[1:]
        slack = total.value_rounding + sum(p.value_rounding for p in parts)
        if abs(sum(p.value for p in parts) - total.value) <= slack + 1e-9 * total.value:
            figures[1:len(amounts)] = [replace(p, component_of=0) for p in parts]
    return figures


def _extend(figures: list[Figure], more: list[Figure]) -> None:
    """``figures`` followed by ``more``, whose ``component_of`` counted from ``more``'s first figure."""
    offset = len(figures)
    figures.extend(f if f.component_of is None else replace(f, component_of=f.component_of + offset) for f in more)


# A table of rates of the plan: "Tỷ lệ thực hiện kế hoạch ...", "Ước thực hiện năm 2023/Kế hoạch năm 2023", "so với
# dự toán". One that also compares with last year ("so với cùng kỳ", "Năm trước = 100") may hold both kinds of column,
# which the caption cannot tell apart: it is left to the index rules.
_PLAN_RATE = re.compile(r"(?:(?<!\w)thực\s+hiện|(?<!\w)so\s+(?:với\s+)?|/)\s*(?:kế\s+hoạch|KH|dự\s+toán)(?!\w)", re.I)
_LAST_YEAR_TOO = re.compile(r"cùng\s+k[ỳì]|năm\s+trước|=\s*100|phát\s+triển", re.I)


def _rates_of_plan(caption: str) -> bool:
    """Whether a table of percentages gives rates of the plan (a share of it, above 100 as often as not: no index and
    no share bounded by 100)."""
    return bool(_PLAN_RATE.search(caption)) and not _LAST_YEAR_TOO.search(caption)


def _is_index(heading: str, base_caption: str, values: list[float]) -> bool:
    """Whether the percentages of a row are a development index (the base period = 100)."""
    if _PLAN_COMPARED.search(heading):
        return False  # "So với dự toán (%)", "% kế hoạch": how much of a plan is done, a share of its own
    if _PROPORTION_OF_A_WHOLE.search(heading):
        return False  # "So với dân số - Proportion of population (%)": a share of the population, no index
    if _CHANGE_COMPARED.search(heading):
        return all(v >= 50 for v in values)  # "Tăng so với cùng kỳ (%)  30,6": the change itself, printed as such
    if _EXPLICIT_INDEX.search(heading) or _CAPTION_INDEX.search(base_caption):
        return True
    return all(v >= 50 for v in values) and bool(_INDEX_HEADING.search(heading)
                                                 or _CAPTION_COMPARED.search(base_caption)
                                                 or _CAPTION_NAMED_INDEX.search(base_caption))


def _row_indicator(title: str, heading: str, label: str, unit: str, family: str) -> str | None:
    """The indicator key of a row's cells: the one its own label names, else the caption's for a row standing
    for the caption's whole (no label, a total, a year); a part ("Huyện Kim Bôi", "Tháng 1", "- Riêng ...")
    gets none, as in prose a part of an indicator takes no key of the whole."""
    def named(words: str) -> str | None:
        probe = " ".join(words.split()) + " 1"
        return name_figure(probe, 0, len(probe) - 1, len(probe), unit, family)[0]

    own = named(label) if label else None
    if own is not None or _PART_ROW.match(label):
        return own
    if label and not _WHOLE_ROW.search(label) and _head_period(_PRICE_BASE.sub("", label)) is None:
        return None
    return named(f"{title} {heading} {label}")


def _rate_unit(unit: _Unit, words: str) -> str:
    """The unit of an amount, divided by what a rate phrase of its caption or row names ("Tổng sản phẩm trên địa
    bàn bình quân đầu người" in thousand đồng: VND/person), as in prose (``vocab/rate_contexts.tsv``)."""
    if "/" in unit.unit:
        return unit.unit
    for context in RATE_CONTEXT.finditer(words):
        divisor, families = vocabulary().rate_contexts[phrase_key(context.group(0))]
        if unit.family in families:
            return f"{unit.unit}/{divisor}"
    return unit.unit


def _stated_once(figures: list[Figure]) -> list[Figure]:
    """A table states each fact once: cells its keys would give one indicator at one period (two columns of
    measures under one caption, a continued table's rows without their months) lose the key, as parts of a
    whole the key does not tell apart; the checks then never take two cells of a table for one fact."""
    seen = Counter((f.indicator, f.kind, f.unit, f.period_label) for f in figures if f.indicator)
    return [replace(f, indicator=None) if f.indicator and seen[(f.indicator, f.kind, f.unit, f.period_label)] > 1
            else f for f in figures]


def _period_fields(period: tuple[str, date, date] | None) -> dict[str, Any]:
    if period is None:
        return {}
    label, start, end = period
    return {"period_label": label, "period_start": start, "period_end": end, "period_source": "text"}


def _value(raw: str, commas_group: bool) -> tuple[float, float]:
    sign = -1.0 if raw[0] in "-−" else 1.0
    raw = raw.lstrip("-−+").rstrip("%")  # "+28,6%": a cell printing its sign and its percent
    if commas_group and _COMMA_GROUPED.fullmatch(raw):
        return sign * float(raw.replace(",", "")), 0.5
    value, rounding = parse_number(raw)
    return sign * value, rounding
