"""Components: the parts of a total ("tổng vốn 1.200 tỷ đồng, trong đó vốn ngân sách 400 tỷ đồng").

After "trong đó"/"gồm"/"bao gồm"/"chia ra" (also opening the next sentence), amounts of the total's unit
are its parts (``Figure.component_of``), until a clause names a new total.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from itertools import chain

from parsing.figure_patterns import (
    BREAKDOWN_BY,
    BULLET,
    COMPONENTS,
    COUNT_THEN_PARTS_IN_PARENTHESES,
    LIST_GOES_ON,
    LIST_RANK,
    NEW_TOTAL,
    OPENS_WITH_COMPONENTS,
    OPENS_WITH_COUNT,
    RAISED_TO,
    WORD,
)
from parsing.model import Figure
from parsing.numbers import parse_number
from parsing.quantities import Quantity
from parsing.reader import SentenceReader
from parsing.regions import province_name, provinces_of_place
from parsing.vocabulary import vocabulary

# the units whose counts are parts of a total counted in another unit (hotels among accommodation establishments)
# parts adding up to at most this much of the total (rounded parts) complete it
_COMPLETE = 1.01
_KINDS_OF = frozenset(tuple(row.split(":")) for row in vocabulary().relations.get("unit_kind", []))
_DIFFERENCES = frozenset(vocabulary().relations.get("difference_indicator", []))
_CLASSIFIERS = frozenset(vocabulary().relations.get("classifier", []))
_COUNTS = frozenset(unit.name for unit in vocabulary().units.values() if unit.family == "count")
_KEY_PARTS = frozenset(tuple(row.split(":")) for row in vocabulary().relations.get("key_part", []))


# "Cụ thể, ..." / "Cụ thể:" opening a sentence (``OPENS_WITH_COMPONENTS``): the sentence spells out the one before
_SPELLS_OUT = re.compile(r"^\W*cụ\s+thể(?!\w)", re.I)


# "mỗi turbine", "mỗi hộ": the words of an amount that each member of a set has
_EACH = re.compile(r"(?<!\w)mỗi\s+\w", re.I)


def _most_held(total: Figure) -> float:
    """The most that parts of ``total`` can come to: the total with its printing's rounding, and ``_COMPLETE``."""
    return total.value * _COMPLETE + total.value_rounding


_CHANGE_RIGHT_BEFORE = re.compile(r"(?<!\w)(?:tăng|giảm)(?:\s+thêm)?\s+$", re.I)
_SIGNED_RATE_AFTER = re.compile(r"\s*\(\s*[-−+]\s*\d")
# "trong đó dự toán được giao: 24.100 tỷ đồng": a plan's amount named where a breakdown's member would be
PLAN_NAMED_AS_PART = r"(?<!\w)(?:trong\s+đó|gồm)\s*:?\s*(?:dự\s+toán|kế\s+hoạch)[^\d();]{0,40}$"
_PLAN_NAMED_AS_PART = re.compile(PLAN_NAMED_AS_PART, re.I)


def component_total(reader: SentenceReader, quantity: Quantity) -> tuple[int, Figure] | None:
    """Document index and figure of the total this amount is a component of, if any.

    A component follows a "trong đó"/"gồm" marker (in its sentence, or opening it: then the total is in the
    sentence before) and has the total's unit, or its head ("612 cơ sở lưu trú, trong đó 24 cơ sở"). A later
    clause that names a new "tổng", or starts with the words that named the total ("Diện tích chè ..., trong
    đó ...; diện tích cây mắc ca ..."), is the total's sibling and ends the list.
    """
    drafts, components_at, clause_ends, body = reader.drafts, reader.components_at, reader.clause_ends, reader.body
    if _EACH.search(body, max(body.rfind(",", 0, quantity.start), body.rfind(";", 0, quantity.start), 0),
                    quantity.start):
        # "..., bao gồm 62 trụ turbine, công suất mỗi turbine là 1,6 MW": an amount of each member is no part
        return None
    if "/" in quantity.unit:
        # "bình quân tại 14 xã điểm là 18 tiêu chí/xã": a level per unit is no part of another, averages do not add
        # up (the checks leave such parts out already) (R67b)
        return None
    if _AVERAGED_OVER.search(body, max(0, quantity.start - 24), quantity.start):
        return None  # "bình quân tại 14 xã điểm là 18 tiêu chí/xã": the set an average is taken over, no part (R67b)
    if _PLAN_AMOUNT_BEFORE.search(body, max(0, quantity.start - _PLAN_AMOUNT_REACH), quantity.start):
        return None  # "lúa đạt 540.250 tấn trên kế hoạch 530.000 tấn": the plan's, no part (R67)
    if _CHANGE_RIGHT_BEFORE.search(body, max(0, quantity.start - 16), quantity.start) \
            and _SIGNED_RATE_AFTER.match(body, quantity.end):
        # "Trong đó, Hoài Ân giảm 530 ha (-38,5%)": a place's fall told with its rate, no part of the level (R72: B43);
        # not "tổng vốn tăng 0,9 tỷ USD" of the projects adjusted, capital added, a part
        return None
    if _PLAN_NAMED_AS_PART.search(body, max(0, quantity.start - 60), quantity.start):
        return None  # "(trong đó dự toán được giao: 24.100 tỷ đồng)": the plan's amount, no part (R72: B43)
    nested = _part_of_part(reader, quantity)
    if nested is not None:
        return nested
    in_parentheses = _part_listed_in_parentheses(reader, quantity)
    if in_parentheses is not None:
        return in_parentheses
    again = _second_breakdown(reader, quantity)
    if again is not None:
        return again
    markers_before = bisect_left(components_at, quantity.start + 1)
    marker = components_at[markers_before - 1] if markers_before else None
    if marker is not None and parenthesis_closed(body, marker, quantity.start):
        # "(đóng góp 4,8 điểm %; trong đó công nghiệp chế biến 4,3 điểm %, ...); dịch vụ ... (đóng góp 1,6 điểm %)": a
        # breakdown opened inside parentheses ends where they close
        return None
    candidates: Iterator[tuple[int, Figure, str]] | list[tuple[int, Figure, str]] = []
    nearest: tuple[int, Figure, str] | None = None  # the amount right before the marker: what it breaks down
    if marker is not None:
        last = bisect_right(drafts, marker, key=lambda d: d.figure.char_end - d.figure.sentence_start)
        # (a part listed in parentheses that closed before the marker is none of its totals: "362 sản phẩm (..., dịch
        # vụ 2); trong đó, 131 sản phẩm ...", B58)
        candidates = ((reader.offset + i, drafts[i].figure, drafts[i].extras.get("unit_phrase", ""))
                      for i in range(last - 1, -1, -1) if not drafts[i].extras.get("aside")
                      and not parenthesis_closed(body, drafts[i].figure.char_start - drafts[i].figure.sentence_start,
                                                 marker))
        first = next(candidates, None)
        candidates = [] if first is None else chain([first], candidates)
        nearest = first
    if not candidates and reader.carried_total is not None:
        start, figures, asides = reader.carried_total
        candidates = ((start + i, figures[i], _unit_words(figures[i])) for i in range(len(figures) - 1, -1, -1)
                      if i not in asides)
        marker = 0
    if not candidates:
        return _completes_open_breakdown(reader, quantity) or _goes_on_with_list(reader, quantity) \
            or _among_count_before(reader, quantity) or _among_named_totals(reader, quantity)
    assert marker is not None  # candidates come after a marker, or from a carried total (marker 0)
    # "Phân theo loại hình kinh tế, A 900; Phân theo ngành vận tải, B 902": a second breakdown is of the total again
    by_breakdown = marker > 0 and BREAKDOWN_BY.search(body, max(0, marker - _BREAKDOWN_REACH), marker) is not None
    # "Phân theo loại hình ..., A; Phân theo ngành ..., B": the sentence's second breakdown
    second_breakdown = by_breakdown and len(BREAKDOWN_BY.findall(body, 0, marker)) >= 2
    if by_breakdown and reader.carried_total is not None:
        start, figures, asides = reader.carried_total
        candidates = chain(candidates, ((start + i, figures[i], _unit_words(figures[i]))
                                        for i in range(len(figures) - 1, -1, -1) if i not in asides))
    before_clauses = bisect_left(clause_ends, quantity.start)
    clause_start = clause_ends[before_clauses - 1] if before_clauses else -1
    if (clause_start > marker and NEW_TOTAL.search(body, clause_start, quantity.start)) \
            or RAISED_TO.search(body, max(marker, clause_start), quantity.start):
        return None
    # "3.330 lao động ..., trong đó ...: 2.926 lao động (đạt 243,8% kế hoạch, phân theo thị trường: Nhật Bản 1.617 ...)":
    # a breakdown opened in the parentheses right after an amount is of that amount, a part itself or not (B67)
    own_total = nearest[0] if nearest is not None and marker > 0 and re.fullmatch(
        r"\s*\([^()]*", body[nearest[1].char_end - nearest[1].sentence_start:marker]) else None
    unit_named = False
    for index, figure, phrase in _named_first(candidates, body[marker:quantity.start]):  # nearest first
        if figure.kind != "amount" \
                or (by_breakdown and figure.component_of is not None and index != own_total) \
                or figure.indicator in _DIFFERENCES or figure.value_high is not None or _a_plan_amount(figure):
            # (a range, "đạt 60.000 – 65.000 tỷ đồng", is a target's span, no total parts add up to; "chỉ tiêu
            # kế hoạch năm là 598.000 tấn. Trong đó, ...": the parts are of what was done, not of the plan)
            continue
        same_unit = figure.unit == quantity.unit or (quantity.unit, figure.unit) in _KINDS_OF or (
            "/" not in figure.unit and quantity.phrase and phrase.startswith(quantity.phrase + " ")) or (
            quantity.phrase in _CLASSIFIERS and quantity.family == "count" and figure.unit in _COUNTS) or (
            phrase in _CLASSIFIERS and quantity.family == "count" and _counted_in_name(quantity.phrase, figure))
        if not same_unit:
            continue
        if nearest is not None and nearest[0] != index and nearest[1].unit != quantity.unit and marker > 0 \
                and (";" in body[figure.char_end - figure.sentence_start:marker]
                     or not re.search(r"[,;:(]", body[nearest[1].char_end - nearest[1].sentence_start:marker])):
            # "... 244,75 triệu USD; cấp điều chỉnh 142 dự án, trong đó có 41 dự án tăng vốn thêm 632,34 triệu USD",
            # "447 cơ sở lưu trú, với tổng 9.939 phòng lưu trú bao gồm: 2 khách sạn ...": the marker breaks down the
            # amount right before it, across no comma, or the one of its clause; a part in another unit is none of an
            # amount further back (B49)
            return None
        unit_named = True
        if marker == 0 and _SPELLS_OUT.match(body) and quantity.value >= figure.value:
            # "... đón 252.500 lượt khách. Cụ thể, hơn 268.000 lượt khách ...": the sentence spelling out the one
            # before may tell its figure again, or one of its own; only an amount below the total is a part of it
            # (and only two of them or more, ``_single_spelled_out_unlinked``)
            return None
        listed, count = reader.part_sums.get(index, (0.0, 0))
        if second_breakdown and count and listed + quantity.value > figure.value * _COMPLETE:
            return None  # a second "phân theo" breakdown of the total: its parts are not added to the first one's
        if count >= 2 and figure.value <= listed <= figure.value * _COMPLETE \
                and _second_breakdown_follows(reader, quantity, figure):
            # "bao gồm dân số thành thị 201,10 nghìn người ...; dân số nông thôn 560,79 nghìn người ...; dân số nam
            # 387,09 nghìn người ...; dân số nữ 374,80 nghìn người": the list goes on with a second breakdown of the
            # same total, its parts again adding up to it (B53)
            reader.again_total, reader.again_listed = (index, figure), quantity.value
            return index, figure
        if count >= 2 and figure.value <= listed <= figure.value * _COMPLETE:
            # two parts or more add up to the total: this one is no part of it, perhaps of a total before it ("A
            # 100, trong đó A1 60, A2 40; B 30": B goes back to the list A belongs to). Parts well above the total,
            # or a single part as large as it, are a slip of the text: the list stays open for the check to see it.
            continue
        if clause_start > marker and _opens_like(body[clause_start + 1:quantity.start], figure.indicator_text) \
                and not (_opens_like(_first_part_words(body, marker), figure.indicator_text)
                         and listed + quantity.value <= figure.value * _COMPLETE):
            # "Diện tích chè ..., trong đó chè kinh doanh ...; diện tích cây mắc ca ...": a sibling of the total; but
            # "Doanh thu vận tải 569 tỷ, trong đó, doanh thu vận tải hành khách 112 tỷ; doanh thu vận tải hàng hóa
            # 413 tỷ ...": parts named with the total's words, within it, the list goes on
            return None
        if clause_start > marker and 0 <= (named_end := body.find(";", marker)) < quantity.start \
                and _MEMBERS_NAMED.fullmatch(body, marker, named_end + 1):
            # "6/11 nhóm hàng tăng giá gồm: A, B, C, D, E; 2/11 nhóm không biến động là ...": the total's members are
            # named in words up to its clause's end; a later clause's count is its sibling (R68b, B37)
            return None
        if clause_start > marker and quantity.value > figure.value and _opens_own_list(reader, quantity, before_clauses):
            return None  # "...; đàn gia cầm gần 18 triệu con, trong đó gà ...": a sibling total with parts of its own
        if clause_start > marker and _REST_LISTED.search(body, marker, clause_start):
            # "trong đó: ngô 1.822ha, ..., và các cây trồng khác là 6.150ha; diện tích cây vụ đông trên đất 2 lúa đạt
            # trên 1.000ha": the list ended with the rest of the total; a later clause is another measure of it (B77)
            return None
        if clause_start > marker and _others_of_a_kind(reader, body[clause_start + 1:quantity.start], index, figure):
            return None
        if clause_start > marker and quantity.value > figure.value \
                and _opens_with_head(body[clause_start + 1:quantity.start], figure.indicator_text):
            # "đàn heo gần 90.000 con, trong đó heo hướng nạc chiếm hơn 84%; đàn gia cầm trên 635.000 con": a later
            # clause named with the total's head word and larger than it is a sibling, not a misprinted part
            return None
        # no check that the part is smaller: a misprinted part must reach the checks in schemas/
        return index, figure
    if marker == 0 and not unit_named and reader.carried_total is not None:
        return _total_further_back(reader, quantity, reader.carried_total[0])
    return None


# The rest of a total, its breakdown's last item: "các cây trồng khác", "những ngành khác", "còn lại".
_REST_LISTED = re.compile(r"(?<!\w)(?:(?:các|những)(?:\s+[^\W\d]+){1,3}\s+khác|còn\s+lại)(?!\w)", re.I)


# A later clause opening with "<kind> khác" (not "các ...", "những ...", "loại ...": the rest of a list): "Tổng diện tích
# cây sâm Ngọc Linh ... 1.715,1ha, ..., trong đó trồng mới 495,4ha ...; cây dược liệu khác 1.222,34ha" (B69).
_OTHERS_OF_A_KIND = re.compile(r"\s*(?!(?:các|những|loại)\s)(?P<kind>[^\W\d]+(?:\s+[^\W\d]+){0,2}?)\s+khác(?!\w)", re.I)


def _others_of_a_kind(reader: SentenceReader, clause: str, index: int, total: Figure) -> bool:
    """Whether ``clause`` opens with others of a kind (``_OTHERS_OF_A_KIND``) that neither the total nor its parts so far
    name: the total is one of that kind, and the others are its sibling, no part of it."""
    others = _OTHERS_OF_A_KIND.match(clause)
    if others is None:
        return False
    kind = " ".join(others["kind"].lower().split())
    named = [total.indicator_text, *(d.figure.indicator_text for d in reader.drafts if d.figure.component_of == index)]
    return not any(kind in " ".join((name or "").lower().split()) for name in named)


def _part_listed_in_parentheses(reader: SentenceReader, quantity: Quantity) -> tuple[int, Figure] | None:
    """The count whose parts a parenthesis right after it lists as labels and bare numbers ("362 sản phẩm (nhóm thực
    phẩm 179, đồ uống 60, ...)"), when this amount is one of them in its unit: parts that do not add up to it are a
    slip of the text for the checks to show."""
    if not re.fullmatch(r"[\d.]+", reader.body[quantity.start:quantity.end]):
        return None  # "300 ha (Yên Bái 180 ha, ...)": parts that name their unit are read as other parts are
    found = COUNT_THEN_PARTS_IN_PARENTHESES.search(reader.body, max(0, quantity.start - 300), quantity.start)
    if found is None:
        return None
    for i in range(len(reader.drafts) - 1, -1, -1):
        figure = reader.drafts[i].figure
        if figure.char_start - figure.sentence_start <= found.start("total") < figure.char_end - figure.sentence_start:
            return (reader.offset + i, figure) if figure.unit == quantity.unit and figure.kind == "amount" else None
    return None


def _second_breakdown_follows(reader: SentenceReader, quantity: Quantity, total: Figure) -> bool:
    """Whether ``quantity`` and the amounts written with the same words after it in the rest of its sentence, one a
    clause after ";", add up to ``total`` again (within its rounding): a second breakdown of it."""
    body = reader.body
    printed = re.match(r"\S*\d", body[quantity.start:quantity.end])
    if printed is None:
        return False
    number, _ = parse_number(printed.group(0).lstrip("~≈<>"))
    words = body[quantity.start + printed.end():quantity.end]
    if not number or not words.strip():
        return False
    scale = quantity.value / number
    end = body.find(".", quantity.end)
    rest = body[quantity.end:end if end >= 0 else len(body)]
    later = [parse_number(m.group(1))[0] * scale
             for m in re.finditer(r";[^;\d]*?(\d[\d.,]*)" + re.escape(words) + r"(?!\w)", rest)]
    return len(later) >= 1 and abs(quantity.value + sum(later) - total.value) <= total.value * (_COMPLETE - 1.0)


# An amount right after the plan's name is the plan's: "chỉ tiêu kế hoạch năm là 598.000 tấn", "trên kế hoạch 530.000
# tấn" (R67).
_PLAN_AMOUNT_BEFORE = re.compile(r"(?<!\w)(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán)(?:\s+(?:đề\s+ra|đặt\s+ra|được\s+giao|giao))?"
                                 r"(?:\s+năm(?:\s+\d{4})?)?\s*(?:là|:)?\s*(?:khoảng|gần|hơn|trên|dưới)?\s*$", re.I)
_PLAN_AMOUNT_REACH = 48
# A breakdown's words naming its members with no number, to the end of its clause: "gồm: hàng ăn, may mặc, nhà ở;"
_MEMBERS_NAMED = re.compile(r"\s*:?\s*[^\W\d][^\d;]*;", re.I)
_AVERAGED_OVER = re.compile(r"(?<!\w)(?:bình\s+quân|trung\s+bình)(?:\s+(?:tại|của|ở|trên))?\s+$", re.I)


def _a_plan_amount(figure: Figure) -> bool:
    at = figure.char_start - figure.sentence_start
    return _PLAN_AMOUNT_BEFORE.search(figure.sentence, max(0, at - _PLAN_AMOUNT_REACH), at) is not None


def counted_by_classifier(part_phrase: str, total: Figure) -> bool:
    """Whether a part counted in its own noun ("khoảng 2.000 tàu") is among a total counted by a classifier whose name
    holds that noun ("tổng số tàu, thuyền ... là gần 8.000 chiếc"): the part keeps its own unit."""
    return _unit_words(total) in _CLASSIFIERS and _counted_in_name(part_phrase, total)


def _counted_in_name(noun: str, total: Figure) -> bool:
    """Whether the noun a part is counted in ("tàu") names what a total counted by a classifier counts ("tổng số tàu,
    thuyền của tỉnh là 5.200 chiếc": its name holds the noun)."""
    words = WORD.findall(noun.lower())
    return bool(words) and f" {' '.join(words)} " in f" {' '.join(WORD.findall((total.indicator_text or '').lower()))} "


def _second_breakdown(reader: SentenceReader, quantity: Quantity) -> tuple[int, Figure] | None:
    """"Sản phẩm khai thác gồm: cá 11.561 tấn; tôm 286 tấn; ..." after a sentence listing the parts of "13.335 tấn" by
    another key: the parts of the same total, while their own sum stays within it."""
    if reader.again_total is None:
        return None
    index, total = reader.again_total
    if total.unit != quantity.unit or reader.again_listed + quantity.value > total.value * _COMPLETE:
        return None
    reader.again_listed += quantity.value
    return index, total


def parenthesis_closed(body: str, at: int, end: int) -> bool:
    """Whether ``at`` stands inside parentheses that close before ``end``."""
    depth = body.count("(", 0, at) - body.count(")", 0, at)
    if depth <= 0:
        return False
    for char in body[at:end]:
        depth += (char == "(") - (char == ")")
        if depth <= 0:
            return True
    return False


def _total_further_back(reader: SentenceReader, quantity: Quantity, carried_start: int) -> tuple[int, Figure] | None:
    """The total of a part opening its sentence ("Trong đó, Bình Dương dẫn đầu với gần 2,6 tỷ USD") when the sentence
    before names nothing in its unit ("... đã đầu tư vào 51 tỉnh, thành"): the nearest amount in that unit of the
    sentences before it that can hold the part ("tổng vốn đăng ký FDI ... trên 15,54 tỷ USD", not a province's 2,43 tỷ
    USD told beside it)."""
    earlier = reader.earlier
    taken = next((d.figure.component_of for d in reversed(reader.drafts)
                  if d.figure.component_of is not None and d.figure.unit == quantity.unit), None)
    if taken is not None:  # the list goes on under the total its first part went to
        return taken, earlier[taken]
    starts = sorted({f.sentence_start for f in earlier[:carried_start]})
    reach = starts[max(0, len(starts) - _FURTHER_BACK)] if starts else 0
    for j in range(carried_start - 1, -1, -1):
        figure = earlier[j]
        if figure.sentence_start < reach:
            break
        listed, _ = reader.part_sums.get(j, (0.0, 0))
        # (larger than the part: the same number told before is the part restated, not its total)
        if figure.kind == "amount" and figure.unit == quantity.unit and figure.component_of is None \
                and figure.value_high is None and figure.value > quantity.value and listed + quantity.value <= figure.value * _COMPLETE \
                + figure.value_rounding and not _level_compared_with(figure):
            return j, figure
    return None


# How many sentences with figures before the one a "Trong đó" follows its total may stand in
_FURTHER_BACK = 2
# A level compared with, in parentheses after its base: "tăng 40% so với cùng kỳ năm 2024 (265.200 lượt)" holds no
# parts of this period's (B68).
_LEVEL_COMPARED_WITH = re.compile(r"(?<!\w)so\s+(?:với\s+)?[^()\d]{0,30}(?:(?:19|20)\d\d)?\s*\(\s*$", re.I)


def _level_compared_with(figure: Figure) -> bool:
    return _LEVEL_COMPARED_WITH.search(figure.sentence, 0, figure.char_start - figure.sentence_start) is not None


def _unlink_a_part(settled: list[Figure], filled: dict[int, float],
                   told_apart: Callable[[int, list[int], int, float], bool]) -> None:
    """For each total its parts pass, the first part ``told_apart(total, parts, part, listed)`` finds no part of it:
    unlinked, and the total's listed sum taken down by it."""
    for total, listed in list(filled.items()):
        if listed <= _most_held(settled[total]):
            continue
        parts = [i for i, f in enumerate(settled) if f.component_of == total]
        for i in parts:
            if told_apart(total, parts, i, listed):
                settled[i] = replace(settled[i], component_of=None)
                filled[total] = listed - settled[i].value
                break


def _subsets_unlinked(settled: list[Figure], filled: dict[int, float]) -> None:
    """A part named like a part listed before it under the same total, no larger, whose taking away brings parts that
    pass the total back within it ("Trong đó, khách quốc tế đến Hà Nội 124.560 lượt; khách quốc tế đến có lưu trú
    89.690 lượt; khách nội địa 250.000 lượt" under 374.560 lượt): a subset of that part told beside the list, no part
    of the total, when the other parts then add up to the total. Parts named alike that do not ("Trong đó, giá trị sản
    xuất ngành trồng trọt 600 tỷ đồng; giá trị sản xuất ngành chăn nuôi 350 tỷ đồng" under 900 tỷ đồng: siblings, and
    a slip of the text), and parts named otherwise, that pass their total stay linked: a slip must reach the sum
    check."""
    def subset(total: int, parts: list[int], i: int, listed: float) -> bool:
        named = _content_pairs(settled[i].indicator_text or "")
        return _adds_up(listed - settled[i].value, settled[total]) and any(
            j < i and settled[j].value >= settled[i].value
            and len(named & _content_pairs(settled[j].indicator_text or "")) >= 2 for j in parts)

    _unlink_a_part(settled, filled, subset)


# A part singled out with "riêng" at the head of its clause: "(trong đó tàu cá công suất từ 90 CV trở lên là 523
# chiếc/238.278 CV, riêng tàu làm dịch vụ thu mua ... 140 chiếc/74.142 CV)" (B86)
# (a place singled out, "riêng thành phố Phan Thiết có 780 cơ sở lưu trú với 14.200 phòng", is a part by place of a
# breakdown by kind: it stays linked)
_SINGLED_OUT = re.compile(r"(?:^|[,;(:])\s*riêng(?!\w)(?!\s+(?:tỉnh|thành\s+phố|TP|thị\s+xã|huyện|quận|xã|phường|thị\s+trấn)"
                          r"(?!\w))[^,;()]*$", re.I)


def _singled_out_unlinked(settled: list[Figure], filled: dict[int, float]) -> None:
    """A part singled out with "riêng" after the parts listed before it, whose taking away brings parts that pass their
    total back within it: a part told apart that may overlap the others (the service boats among the large ones), no
    part of the total beside them. One that passes nothing stays linked."""
    def singled_out(total: int, parts: list[int], i: int, listed: float) -> bool:
        part = settled[i]
        return i != parts[0] and _SINGLED_OUT.search(part.sentence, 0, part.char_start - part.sentence_start) is not None \
            and listed - part.value <= _most_held(settled[total])

    _unlink_a_part(settled, filled, singled_out)


# words that name no measure: markers, verbs of stating, bounds
_FILLER = frozenset("trong đó số này gồm bao ước đạt là có tính khoảng gần hơn trên và với của".split())


def _content_pairs(words: str) -> set[str]:
    kept = [w for w in WORD.findall(words.lower()) if w not in _FILLER]
    return {f"{a} {b}" for a, b in zip(kept, kept[1:])}


def _part_of_part(reader: SentenceReader, quantity: Quantity) -> tuple[int, Figure] | None:
    """"..., trong đó ...; sản lượng thủy sản khai thác đạt 2.199.800 tấn, tăng 4,9% (sản lượng khai thác biển đạt
    2.099.600 tấn, tăng 5,1%)": an amount named and stated in parentheses right after a part, in its unit and smaller,
    is a part of that part (not a level of another period or a plan: those name it)."""
    last = next((i for i in range(len(reader.drafts) - 1, -1, -1) if reader.drafts[i].figure.kind == "amount"), None)
    if last is None:
        return None
    part = reader.drafts[last].figure
    if part.component_of is None or part.unit != quantity.unit or quantity.value >= part.value:
        return None
    body, part_end = reader.body, part.char_end - reader.base
    opened = body.rfind("(", part_end, quantity.start)
    if opened < 0 or not _NAMED_IN_PARENTHESES.fullmatch(body, opened, quantity.start):
        return None
    return reader.offset + last, part


# "(sản lượng khai thác biển đạt ": words naming an amount, then its verb; no plan, base or year among them (a
# document's number may be, "(khách đi theo quy chế 849 đạt ", R68)
_NAMED_IN_PARENTHESES = re.compile(r"\(\s*(?!(?:[^()\d%]*?\s)?(?:kế\s+hoạch|mục\s+tiêu|dự\s+toán|cùng\s+k[ỳì]|năm\s+trước|trong\s+đó)"
                                   r"(?!\w))[^\W\d_](?:[^()\d%;]|(?<=\s)(?!(?:19|20)\d\d\s)\d+(?=\s))*?\s(?:ước\s+)?(?:đạt|là)\s*",
                                   re.I)


def _named_first(candidates: Iterable[tuple[int, Figure, str]], part_words: str) -> list[tuple[int, Figure, str]]:
    """The candidate totals, nearest first, but a total counted in a noun of two words or more that the part's own
    words repeat first ("... gần 18.870 hộ nghèo, ...; số hộ cận nghèo trên 8.800 hộ. Trong đó, số hộ nghèo dân tộc
    thiểu số ... 17.650 hộ": the poor households, not the near-poor)."""
    candidates = list(candidates)
    said = " ".join(WORD.findall(part_words.lower()))
    for at, (_, figure, _) in enumerate(candidates):
        digits = _LAST_DIGIT.search(figure.raw_text)
        noun = WORD.findall(figure.raw_text[digits.end():].lower()) if digits else []
        if len(noun) >= 2 and f" {' '.join(noun)} " in f" {said} ":
            return [candidates[at], *candidates[:at], *candidates[at + 1:]]
    return candidates


_LAST_DIGIT = re.compile(r".*\d", re.S)


def _completes_open_breakdown(reader: SentenceReader, quantity: Quantity) -> tuple[int, Figure] | None:
    """The total the sentence before listed parts of, when this sentence's first amount, in the total's unit, makes
    those parts add up to the total (within the printed rounding): the list goes on past the full stop."""
    if reader.open_breakdown is None:
        return None
    index, total, part = reader.open_breakdown
    if any(d.figure.kind == "amount" and d.figure.unit == total.unit for d in reader.drafts):
        return None  # only the sentence's first amount in the total's unit can complete it
    listed, count = reader.part_sums.get(index, (0.0, 0))
    if total.unit != quantity.unit or count == 0 or not (
            _named_alike(part.indicator_text, reader.body) or _said_alike(part, reader.body[:quantity.start])):
        return None
    slack = total.value_rounding + quantity.rounding * (count + 1) + 1e-9 * total.value
    return (index, total) if abs(listed + quantity.value - total.value) <= slack else None


def _goes_on_with_list(reader: SentenceReader, quantity: Quantity) -> tuple[int, Figure] | None:
    """The total the sentence before listed parts of, when this sentence goes on with the list ("Trong đó, thị
    trường Mỹ 10,2 tỷ USD. Kế đến là thị trường EU đạt 3,06 tỷ USD; Nhật Bản đạt 2,52 tỷ USD.", "Sau Bình Dương,
    TP. Hồ Chí Minh ...", "Bắc Ninh xếp thứ ba với ..."): its amounts in the total's unit are parts too, while all
    the parts stay within the total (a list that would pass it is of something else)."""
    if reader.open_breakdown is None:
        return None
    index, total, _ = reader.open_breakdown
    if total.unit != quantity.unit or not (LIST_GOES_ON.match(reader.body) or LIST_RANK.search(reader.body)):
        return None
    listed, _ = reader.part_sums.get(index, (0.0, 0))
    return (index, total) if listed + quantity.value <= _most_held(total) else None


def _among_count_before(reader: SentenceReader, quantity: Quantity) -> tuple[int, Figure] | None:
    """The amount of the sentence a count is said to be among ("Tháng 6, trong hơn 3.300 người lao động được giải
    quyết việc làm, có 345 lao động đi làm việc ở nước ngoài"): an amount after "trong", then ", có" and the part, in
    its unit."""
    body = reader.body
    has_right_before = _HAS_BEFORE.search(body, 0, quantity.start) is not None
    for i in range(len(reader.drafts) - 1, -1, -1):
        figure = reader.drafts[i].figure
        start, end = figure.char_start - reader.base, figure.char_end - reader.base
        if figure.kind != "amount" or figure.unit != quantity.unit or figure.value <= quantity.value \
                or not _AMONG.search(body, max(0, start - 20), start):
            continue
        if has_right_before:
            return reader.offset + i, figure
        has = _HAS.search(body, end, quantity.start)
        if has is not None and _TOTAL_TOLD.search(body, max(0, start - 20), start):
            # "Trong tổng số 3.886 người được giải quyết việc làm mới có 2.233 lao động ...; 1.559 lao động ...; xuất
            # khẩu lao động 94 người": the total named as such, its parts listed after "có" to the sentence's end (B60)
            return reader.offset + i, figure
    return None


def _among_named_totals(reader: SentenceReader, quantity: Quantity) -> tuple[int, Figure] | None:
    """The total, among amounts listed after "trong tổng ..." and each followed by the name of what it measures, that
    the part after ", có" is named like ("trong tổng diện tích gieo trồng N ha lúa, N ha ngô, có N ha lúa giống và N
    ha ngô giống": the seed rice of the rice, the seed maize of the maize); larger than the part."""
    body = reader.body
    has = body.rfind(", có ", 0, quantity.start)
    if has < 0 or ";" in body[has:quantity.start]:
        return None
    among = _AMONG_TOTAL.search(body, 0, has)
    named = _NEXT_WORD.match(body, quantity.end)
    if among is None or named is None:
        return None
    for i in range(len(reader.drafts) - 1, -1, -1):
        figure = reader.drafts[i].figure
        start, end = figure.char_start - reader.base, figure.char_end - reader.base
        if start < among.end() or end > has or figure.kind != "amount" or figure.unit != quantity.unit \
                or figure.value <= quantity.value:
            continue
        word = _NEXT_WORD.match(body, end)
        if word is not None and word[1].lower() == named[1].lower():
            return reader.offset + i, figure
    return None


# "trong tổng diện tích gieo trồng ": a whole named before the amounts it is told in
_AMONG_TOTAL = re.compile(r"(?<!\w)trong\s+tổng(?!\w)", re.I)
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")  # the word right after an amount: what it measures
_AMONG = re.compile(r"(?<!\w)trong\s+(?:tổng\s+)?(?:số\s+)?$", re.I)  # "trong hơn 3.300 người ...": the span holds its bound
_TOTAL_TOLD = re.compile(r"(?<!\w)trong\s+tổng\s+số\s+$", re.I)
_HAS_BEFORE = re.compile(r",\s*(?:thì\s+)?có\s+$", re.I)
_HAS = re.compile(r"(?<!\w)có(?!\w)", re.I)


def _named_alike(part_name: str | None, sentence: str) -> bool:
    """Whether the sentence opens with the word the part's name opens with after its marker ("trong đó, vốn Trung
    ương ..." and "Vốn địa phương ..."); a list line ("- Thu nội địa ...") is an item of its own."""
    part_words = WORD.findall(COMPONENTS.split(part_name or "")[-1].lower())
    first = WORD.match(sentence.lstrip())
    return bool(part_words) and first is not None and first.group().lower() == part_words[0]


def _said_alike(part: Figure, before: str) -> bool:
    """Whether the amount is introduced by the same three words as the listed part ("... 5 dự án được cấp mới với
    số vốn là 12.190,2 tỷ đồng. Tỉnh cũng điều chỉnh tăng vốn 17 dự án với số vốn là 2.789,8 tỷ đồng")."""
    part_words = WORD.findall(part.sentence[:part.char_start - part.sentence_start].lower())[-_SAID_WORDS:]
    words = WORD.findall(before.lower())[-_SAID_WORDS:]
    return len(part_words) == _SAID_WORDS and words == part_words


_SAID_WORDS = 3
_BREAKDOWN_REACH = 50  # characters from "phân theo" to the comma ending its marker
_OPENING_TIME = re.compile(r"^\s*(?:(?:năm|tháng|quý)\s+[\w/]+|(?:\d+|sáu|chín)\s+tháng(?:\s+đầu)?\s+năm\s+\d+)\s*,\s*")


def _unit_words(figure: Figure) -> str:
    """The words after a total's number in the sentence before ("153 cơ sở lưu trú" -> "cơ sở lưu trú"): a part
    counted in their head ("Trong đó ... 3 cơ sở") is counted in the total's unit."""
    digits = _LAST_DIGIT.search(figure.raw_text)
    return " ".join(figure.raw_text[digits.end():].lower().split()) if digits else ""


def kind_of(part_unit: str, total_unit: str) -> bool:
    """Whether a count in ``part_unit`` is among a total counted in ``total_unit`` (a hotel among establishments):
    the part keeps its own unit."""
    return (part_unit, total_unit) in _KINDS_OF


def _opens_own_list(reader: SentenceReader, quantity: Quantity, clause: int) -> bool:
    """Whether a "trong đó"/"gồm" marker follows the amount within its clause."""
    clause_end = reader.clause_ends[clause] if clause < len(reader.clause_ends) else len(reader.body)
    at = bisect_right(reader.components_at, quantity.end)
    return at < len(reader.components_at) and reader.components_at[at] <= clause_end


def _first_part_words(body: str, marker: int) -> str:
    """The words opening a list's first part, past its marker ("Trong đó, doanh thu vận tải hành khách ...")."""
    opened = OPENS_WITH_COMPONENTS.match(body) if marker == 0 else None
    return body[opened.end() if opened else marker:].lstrip(" ,:;-–+•")


def _opens_with_head(clause: str, total_name: str | None) -> bool:
    """Whether a clause starts with a word that named the total ("đàn gia cầm ..." after "Đến tháng 10, đàn heo")."""
    first = WORD.match(clause.lstrip())
    return bool(total_name) and first is not None \
        and first.group().lower() in WORD.findall((total_name or "").lower())


def _opens_like(clause: str, total_name: str | None) -> bool:
    """Whether a clause starts with the first two words that named the total."""
    if not total_name:
        return False
    head = _OPENING_TIME.sub("", total_name.lower()).split()[:2]  # "Năm 2018, diện tích ...": the name after the time
    return len(head) == 2 and clause.lower().split()[:2] == head


# A list adds up to a total when its sum is this share of it or more (and at most _COMPLETE of it).
_ADDS_UP = 0.98
# How many sentences with figures back (counting the list's own) a total of a list may stand.
_TOTAL_REACH = 4


def settle_breakdowns(figures: list[Figure]) -> list[Figure]:
    """The document's breakdowns, each given to the total its parts add up to when the total read for it cannot be
    theirs (the parts come to more than it) or was never found, or when a total of an earlier sentence was taken
    while another one there is exactly what the parts add up to.

    A list is the amounts of one unit after a "trong đó"/"gồm" marker of a sentence, or in a sentence opening with
    one or with a count told before ("Trong số 72 dự án mới, có 40 dự án ..."). "... 72 dự án với vốn đăng ký gần
    9.800 tỷ đồng; ... 31 dự án ... . ... cấp mới 18/20 dự án, ... cấp mới 54/40 dự án. Trong đó, 18 dự án ... hơn
    4.100 tỷ đồng; 25 dự án ... 1.950 tỷ đồng; 29 dự án ... hơn 3.700 tỷ đồng": the 72 projects and the 9.800 billion
    two sentences back, not the last count (the example text realprose-breakdown-totals). A second list of
    a total whose parts are already listed in full ("phân theo lĩnh vực" after "phân theo địa bàn") is no part of it
    again and is left unlinked, as a second "phân theo" breakdown is. Lists whose parts point at several totals
    (parts of parts) are left as read."""
    filled: dict[int, float] = {}
    for figure in figures:
        if figure.component_of is not None:
            filled[figure.component_of] = filled.get(figure.component_of, 0.0) + figure.value
    starts = sorted({f.sentence_start for f in figures})
    settled = list(figures)
    for members in _marker_lists(figures):
        first = settled[members[0]]
        links = {settled[i].component_of for i in members}
        if len(links - {None}) > 1:
            continue
        linked = next(iter(links - {None}), None)
        listed = sum(settled[i].value for i in members)
        passes = False
        if linked is not None:
            total = settled[linked]
            beside = _larger_amount_beside(settled, filled, linked, listed)
            if beside is not None:
                for i in members:
                    _relink(settled, filled, i, beside)
                continue
            passes = listed > _most_held(total)
            if not passes and (total.sentence_start == first.sentence_start or listed >= total.value * _ADDS_UP):
                continue  # the total read is theirs: in their sentence, or they add up to it
        reach = _reach(starts, first.sentence_start)
        if linked is not None and not passes:
            reach = settled[linked].sentence_start  # a total that holds them gives way to one beside it only
        target = next((j for j in range(members[0] - 1, -1, -1)
                       if j != linked and settled[j].sentence_start >= reach and settled[j].kind == "amount"
                       and settled[j].value_high is None
                       and settled[j].unit == first.unit and settled[j].component_of not in members
                       and _adds_up(listed, settled[j])), None)
        if target is None and passes and linked is not None and (whole := settled[linked].component_of) is not None \
                and settled[whole].unit == first.unit \
                and listed <= _most_held(settled[whole]):
            # "512 dự án, gồm 140 trong nước và 372 nước ngoài. Trong đó 430 đang hoạt động, 25 đang xây dựng":
            # parts more than the breakdown's last part, and within its total, are the total's: a second
            # breakdown of it, unlinked below when the first is complete (R68)
            target = whole
        if target is None:
            continue
        if filled.get(target, 0.0) + listed > _most_held(settled[target]):
            if passes and linked is not None:  # a second list of a total already listed in full, not parts of it
                for i in members:
                    _unlink(settled, filled, i)
            continue
        for i in members:
            _relink(settled, filled, i, target)
    for i, part in enumerate(settled):
        own = _period_named(part)
        if part.component_of is None or own is None or _period_named(settled[part.component_of]) in (own, None):
            continue
        # "... tháng 8 ước đạt 412,5 nghìn lượt khách ... Tính chung 8 tháng, ... 2.960 nghìn lượt khách. Trong đó,
        # khách quốc tế tháng 8 ước đạt 8,4 nghìn lượt khách": a part naming its period belongs to that period's total
        reach = _reach(starts, part.sentence_start)
        named = next((j for j in range(part.component_of - 1, -1, -1)
                      if settled[j].sentence_start >= reach and settled[j].kind == "amount" and settled[j].unit == part.unit
                      and settled[j].component_of is None and settled[j].value >= part.value
                      and _period_named(settled[j]) == own), None)
        if named is not None:
            _relink(settled, filled, i, named)
    for head, members in _parenthesised_lists(settled):
        listed = sum(settled[i].value for i in members)
        if all(settled[i].component_of is None for i in members) and _adds_up(listed, settled[head]) \
                and filled.get(head, 0.0) == 0.0:
            for i in members:
                _relink(settled, filled, i, head)
    for head, members in _place_lists(settled):
        # the list read for no total, or for the total the head is a part of ("trong số đó 12 người chết (Sơn La 4
        # người ...; ...)": the 12's parts, not the 20's); parts read for another total stay its own
        links = {settled[i].component_of for i in members}
        if len(links) > 1 or not links <= {None, head, settled[head].component_of}:
            continue
        if links == {None} and filled.get(head, 0.0) > 0.0:
            continue
        listed = sum(settled[i].value for i in members)
        if listed > _most_held(settled[head]):
            continue
        for i in members:
            _relink(settled, filled, i, head)
    _parts_beyond_a_part(settled, filled)
    _nested_part_of_the_part_before(settled, filled)
    _part_of_a_sibling_by_key(settled, filled)
    _subsets_unlinked(settled, filled)
    _singled_out_unlinked(settled, filled)
    _fractions_with_their_whole(settled, filled)
    _complement_beside_fractions_unlinked(settled, filled)
    _runs_adding_up(settled, filled)
    _single_spelled_out_unlinked(settled, filled)
    _parts_of_a_part_in_parentheses(settled, filled)
    _after_a_closed_list_unlinked(settled, filled)
    return settled


# "và" right before a part's number: the part closing its list ("... và trên 275.000 ha"), not a word of its name ("nhóm
# rau, đậu các loại và hoa 13.753 ha")
_AND_RIGHT_BEFORE = re.compile(r"(?<!\w)và\s*$", re.I)


def _after_a_closed_list_unlinked(settled: list[Figure], filled: dict[int, float]) -> None:
    """A part told past a ";" after its total's list closed with "và" ("Trong đó có 200.987,64 ha đất rừng phòng hộ và
    trên 275.000 ha đất rừng sản xuất; có hơn 64.000 ha đất trống ...", B110): the list ended at its last item, and
    what follows is a figure of its own."""
    for i, part in enumerate(settled):
        if part.component_of is None:
            continue
        listed = [j for j in range(i) if settled[j].component_of == part.component_of
                  and settled[j].sentence_start == part.sentence_start]
        if len(listed) < 2:
            continue
        last, one_before = settled[listed[-1]], settled[listed[-2]]
        body, base = part.sentence, part.sentence_start
        if _AND_RIGHT_BEFORE.search(body, one_before.char_end - base, last.char_start - base) \
                and ";" in body[last.char_end - base:part.char_start - base]:
            _unlink(settled, filled, i)


def _parts_of_a_part_in_parentheses(settled: list[Figure], filled: dict[int, float]) -> None:
    """Parts of one total read inside parentheses opened right after another of its parts, adding up to it: that
    part's own parts ("Trong đó, cây lương thực 21,5 nghìn ha (lúa 12,1 nghìn ha, đạt ...; ngô 9,4 nghìn ha, ...)"
    under 40 nghìn ha: rice and maize are the grain's, B46), whatever relations the parentheses tell besides."""
    for i, part in enumerate(settled):
        if part.kind != "amount" or part.component_of is None:
            continue
        body, end = part.sentence, part.char_end - part.sentence_start
        opened = _WORDS_THEN_PAREN.match(body[end:])
        close = body.find(")", end)
        if opened is None or close < 0 or "(" in body[end + opened.end():close]:
            continue
        members = [j for j, inner, _ in _inside_parentheses(settled, i, close)
                   if inner.kind == "amount" and inner.unit == part.unit and inner.component_of == part.component_of]
        if len(members) >= 2 and _adds_up(sum(settled[j].value for j in members), part):
            for j in members:
                _relink(settled, filled, j, i)


def _larger_amount_beside(settled: list[Figure], filled: dict[int, float], linked: int, listed: float) -> int | None:
    """"Toàn tỉnh có hơn 6.100 ha chè với 5.700 ha chè kinh doanh. Cụ thể, Tân Lập có 2.400 ha, ...": parts more
    than the total read for them, even within its slack, and within a larger amount told right before it in its
    sentence with no parts of its own, are that amount's (B42)."""
    total = settled[linked]
    if listed <= total.value + total.value_rounding:
        return None
    before = linked - 1
    if before < 0:
        return None
    larger = settled[before]
    if larger.sentence_start != total.sentence_start or larger.kind != "amount" or larger.unit != total.unit \
            or larger.value_high is not None or larger.value < total.value or listed > _most_held(larger) \
            or filled.get(before, 0.0) > 0.0 or larger.component_of is not None:
        return None
    return before


def _parts_beyond_a_part(settled: list[Figure], filled: dict[int, float]) -> None:
    """A lone part more than the total read for it, that total itself the last part of a breakdown its whole holds:
    "356 dự án, gồm 98 trong nước và 258 nước ngoài. Trong đó, 301 dự án đang hoạt động": the whole's, a second
    breakdown of it, unlinked when the first fills it, else linked to it (R68, as lists are in ``settle_breakdowns``)."""
    for i, part in enumerate(settled):
        linked = part.component_of
        if linked is None or part.kind != "amount":
            continue
        total = settled[linked]
        whole = total.component_of
        if whole is None or settled[whole].unit != part.unit \
                or part.value <= _most_held(total) \
                or part.value > _most_held(settled[whole]):
            continue
        if filled.get(whole, 0.0) + part.value > _most_held(settled[whole]):
            _unlink(settled, filled, i)
        else:
            _relink(settled, filled, i, whole)


def _nested_part_of_the_part_before(settled: list[Figure], filled: dict[int, float]) -> None:
    """Parts that come to more than their total, and make it exactly without one of them that is no more than the part
    before it: that one is the part before's own part. "17 sản phẩm OCOP, trong đó có 5 sản phẩm 4 sao, trong đó 2
    sản phẩm được xếp lại ... và 12 sản phẩm 3 sao": 5 + 12 make the 17, the 2 are two of the 5 (R68b, B37)."""
    by_total: dict[int, list[int]] = {}
    for i, part in enumerate(settled):
        if part.component_of is not None and part.kind == "amount":
            by_total.setdefault(part.component_of, []).append(i)
    for total_at, members in by_total.items():
        total = settled[total_at]
        listed = sum(settled[i].value for i in members)
        if len(members) < 3 or listed <= _most_held(total):
            continue
        nested = [i for before, i in zip(members, members[1:])
                  if settled[i].value <= settled[before].value and settled[i].sentence_start == settled[before].sentence_start
                  and _told_inside(settled[i].sentence[settled[before].char_end - settled[i].sentence_start:
                                                       settled[i].char_start - settled[i].sentence_start])
                  and _sums_to(listed - settled[i].value, total, [settled[j] for j in members if j != i])]
        if len(nested) == 1:
            i = nested[0]
            _relink(settled, filled, i, members[members.index(i) - 1])


def _part_of_a_sibling_by_key(settled: list[Figure], filled: dict[int, float]) -> None:
    """A part whose indicator key measures a part of an earlier sibling's (``key_part``), no larger than it, is that
    sibling's part: "tổng thu ngân sách ước 18.300 tỷ đồng, trong đó thu nội địa 14.200 tỷ đồng ...; thu từ khu vực có
    vốn đầu tư nước ngoài 5.100 tỷ đồng" (revenue from foreign-capital firms is collected inside domestic
    revenue; B41)."""
    for i, part in enumerate(settled):
        if part.component_of is None or part.indicator is None:
            continue
        # (a sibling keyed as the total itself is no part of its own: "khách trong nước" read as all arrivals)
        sibling = next((j for j in range(part.component_of + 1, i) if settled[j].component_of == part.component_of
                        and settled[j].indicator != settled[part.component_of].indicator
                        and (part.indicator, settled[j].indicator) in _KEY_PARTS and part.value <= settled[j].value), None)
        if sibling is not None:
            _relink(settled, filled, i, sibling)


def _told_inside(between: str) -> bool:
    """Whether the words between a part and the next amount tell the amount as one of the part's: after "trong đó",
    or in a parenthesis opened after the part ("5 sản phẩm 4 sao (có 2 sản phẩm được xếp lại ...)")."""
    return COMPONENTS.search(between) is not None or "(" in between and ")" not in between.split("(")[-1]


# "27.531/28.667 hộ nghèo": a count told as a fraction names its whole after the slash
_FRACTION = re.compile(r"^\D*?(\d[\d.,]*)\s*/\s*(\d[\d.,]*)")


def _fractions_with_their_whole(settled: list[Figure], filled: dict[int, float]) -> None:
    """A count told as a fraction of a whole the text states ("... 28.667 hộ nghèo, chiếm 7,09%; số hộ cận nghèo là
    26.134 hộ. Trong đó 27.531/28.667 hộ nghèo ở khu vực nông thôn") is a part of that whole, not of the total the
    "trong đó" list stood after; it is no part of anything where that whole's parts would then come to more than it
    (two fractions of one whole by two attributes, rural and minority, are not a breakdown)."""
    for i, part in enumerate(settled):
        if part.component_of is None or part.unit not in _COUNTS:
            continue
        fraction = _FRACTION.match(part.raw_text or "")
        if fraction is None or parse_number(fraction[1])[0] != part.value:
            continue
        whole = parse_number(fraction[2])[0]
        if settled[part.component_of].value == whole:
            continue
        named = next((j for j in range(i - 1, -1, -1) if settled[j].kind == "amount" and settled[j].unit == part.unit
                      and settled[j].value == whole and settled[j].value_high is None), None)
        if named is None:
            continue
        if filled.get(named, 0.0) + part.value > whole:
            _unlink(settled, filled, i)
        else:
            _relink(settled, filled, i, named)


def _complement_beside_fractions_unlinked(settled: list[Figure], filled: dict[int, float]) -> None:
    """A total told as a fraction ("24/25 chỉ tiêu") whose parts told as fractions make it up exactly, the reached
    ones to its count and their wholes to its whole ("15/16 chỉ tiêu ..., 9/9 chỉ tiêu"): a bare count among its parts
    is what one of them left unreached ("1 chỉ tiêu chưa đạt"), no part of it (R93: B97)."""
    for t, total in enumerate(settled):
        told = _FRACTION.match(total.raw_text or "")
        if told is None or total.unit not in _COUNTS:
            continue
        parts = [i for i, f in enumerate(settled) if f.component_of == t]
        fractions = [m for m in (_FRACTION.match(settled[i].raw_text or "") for i in parts) if m is not None]
        if len(fractions) < 2 or len(fractions) == len(parts):
            continue
        if sum(parse_number(m[1])[0] for m in fractions) == parse_number(told[1])[0] \
                and sum(parse_number(m[2])[0] for m in fractions) == parse_number(told[2])[0]:
            for i in parts:
                if _FRACTION.match(settled[i].raw_text or "") is None:
                    _unlink(settled, filled, i)


def _single_spelled_out_unlinked(settled: list[Figure], filled: dict[int, float]) -> None:
    """A sentence opening with "Cụ thể" lists parts of the figure before only when it gives two amounts or more of
    that total; one alone ("... đón gần 1 triệu lượt khách. Cụ thể, ... tại các điểm du lịch ước đạt khoảng 982.000
    lượt") tells the total again, or a figure of its own, and is no breakdown (set R40)."""
    groups: dict[int, list[int]] = {}
    for i, part in enumerate(settled):
        if part.component_of is not None:
            groups.setdefault(part.component_of, []).append(i)
    for total, members in groups.items():
        part = settled[members[0]]
        if len(members) == 1 and settled[total].sentence_start != part.sentence_start \
                and _SPELLS_OUT.match(part.sentence):
            _unlink(settled, filled, members[0])


def _runs_adding_up(settled: list[Figure], filled: dict[int, float]) -> None:
    """The amounts told right after a total, in its unit and with no marker, that add up to it (with its parts
    already listed): its parts (the example text realprose-parts-adding-up). "... hơn 4.200 tỷ đồng. Cụ thể, doanh
    thu lưu trú đạt trên 1.150 tỷ đồng; ... Bên cạnh đó, ...", "thu hút 2,46 tỷ USD vốn FDI. Điểm sáng là ... 1,18 tỷ
    USD vốn cấp mới và 1,28 tỷ USD vốn điều chỉnh tăng thêm", "21.480 ha, tập trung ở các huyện: Tân Phước 12.360 ha,
    Cái Bè 6.740 ha, Cai Lậy 2.380 ha", "... 628,5 tỷ đồng ... Trong đó, 596,5 tỷ đồng vốn trung ương dành cho giao
    thông 281 tỷ đồng, thủy lợi 164 tỷ đồng, giáo dục hơn 151,5 tỷ đồng. Còn lại 32 tỷ đồng ...".

    The run starts at the first amount of the unit after the total that is no part of it (nor a part of one of its
    parts) and goes on amount by amount in that unit, each in the sentence of the one before or in the next sentence
    with figures: a sentence of other figures between ends it (the text has gone on to something else), unless the
    next opens going on with the parts (``run_goes_on`` in vocab/relations.tsv: "Bên cạnh đó, ...") after parts told
    already; and so do a list line (an item of its own), a balance (exports are imports and the trade surplus to the last digit, and no
    breakdown) and an amount named with an indicator key that measures no part of the total's ("Chi ngân sách ...").
    It is taken when the total's parts and it come to the total within the printed rounding (see ``_sums_to``): a sum
    so close is no chance. A run already read as the parts of another total is taken only when they pass that total,
    and from the total's own clause (the 281, 164 and 151,5 tỷ đồng read under 628,5 go to the 596,5). A second
    breakdown of a total already listed in full is left alone: its parts would pass the total in the sum check. An
    amount told after another of its unit in its sentence (not its own total) is an item of a list, no total of the
    items after it. Latest totals first, so that a part's own parts go to it, not to the whole."""
    sentences = sorted({f.sentence_start for f in settled})
    order = {start: n for n, start in enumerate(sentences)}
    for t in range(len(settled) - 1, -1, -1):
        total = settled[t]
        if total.kind != "amount" or total.value_high is not None or total.value <= 0 \
                or total.indicator in _DIFFERENCES:
            continue
        if any(settled[i].kind == "amount" and settled[i].unit == total.unit and i != total.component_of
               for i in range(t - 1, -1, -1) if settled[i].sentence_start == total.sentence_start):
            continue  # an item of a list ("chuột cắn phá 49,2 ha, bệnh đạo ôn 35,1 ha, ... 32 ha, ... 2 ha"), no total
        own = {i for i, f in enumerate(settled) if f.component_of == t}
        listed = filled.get(t, 0.0)
        if own and _adds_up(listed, total):
            continue
        limit = _most_held(total)
        # "Trong đó, có 480 khách sạn ...; 445 khách sạn từ 1-2 sao ...; 35 khách sạn ... từ 3-5 sao": the parts told
        # after a part of the same total in its sentence that add up to it are its own, while that total's parts fall
        # short of it (they neither make it nor pass it: a second breakdown of it is no part of its first one's parts)
        parent = total.component_of
        siblings_open = parent is not None and filled.get(parent, 0.0) <= settled[parent].value * _COMPLETE \
            + settled[parent].value_rounding and not _sums_to(
                filled.get(parent, 0.0), settled[parent], [f for f in settled if f.component_of == parent])
        run: list[int] = []
        last_sentence = order[total.sentence_start]
        for j in range(t + 1, len(settled)):
            part = settled[j]
            gap = order[part.sentence_start] - last_sentence
            if gap > 2 or gap == 2 and not ((own or run) and _RUN_GOES_ON.match(part.sentence)) \
                    or part.sentence_start != total.sentence_start and BULLET.match(part.sentence):
                break  # (a list line, "- Thu nội địa 1.200 tỷ đồng", is an item of its own)
            if part.kind != "amount" or part.unit != total.unit:
                continue
            if j in own or part.component_of in own:
                last_sentence = order[part.sentence_start]
                continue  # a part of the total, or of one of its parts
            linked = part.component_of
            # (a balance is no part: exports 5,29 tỷ USD are imports 3,78 tỷ USD and the surplus 1,51 tỷ USD)
            if part.value_high is not None or part.indicator in _DIFFERENCES or not _key_within(part, total) or linked is not None and (
                    not (siblings_open and linked == parent and part.sentence_start == total.sentence_start) and (
                        filled.get(linked, 0.0) <= _most_held(settled[linked])
                        or not _same_clause(total, part))):
                break
            run.append(j)
            last_sentence = order[part.sentence_start]
            listed += part.value
            if listed > limit:
                break
            if len(own) + len(run) >= 2 and _sums_to(listed, total, [settled[i] for i in own | set(run)]):
                for i in run:
                    _relink(settled, filled, i, t)
                break


# "Bên cạnh đó, ...": a sentence going on with the parts told before, past a sentence of other figures between
_RUN_GOES_ON = re.compile(rf"^\W*(?:{'|'.join(map(re.escape, vocabulary().relations.get('run_goes_on', [])))})(?!\w)", re.I)


def _key_within(part: Figure, total: Figure) -> bool:
    """Whether the part's indicator key, if any, can measure a part of the total's: the same key, one adding a word
    to it, or one listed as a part of it (``key_part`` in vocab/relations.tsv). Another key names a whole of its own."""
    key, whole = part.indicator, total.indicator
    return key is None or key == whole or whole is not None and (key.startswith(whole + "_") or (key, whole) in _KEY_PARTS)


def _same_clause(total: Figure, part: Figure) -> bool:
    """Whether ``part`` follows ``total`` in its sentence with no ";" between (a part read for another total is
    taken from it only there: "khai thác biển 11.000 tấn; khai thác nội địa 1.000 tấn" are siblings)."""
    return part.sentence_start == total.sentence_start and ";" not in part.sentence[
        total.char_end - total.sentence_start:part.char_start - part.sentence_start]


# How close parts must come to a total said with a bound or "khoảng" ("hơn 4.200 tỷ đồng")
_BOUND_SLACK = 0.01
# How fine the printed numbers must be, to the total, for their sum to tell anything ("1 triệu lượt" is no part of
# "trên 1,13 triệu lượt" however it is rounded)
_FINE = 0.005


def _sums_to(listed: float, total: Figure, parts: list[Figure]) -> bool:
    """Whether parts adding up to ``listed`` make the total: within the printed rounding of all of them (each printed
    finer than a two-hundredth of the total; a count printed in full is exact), or within a hundredth of a total said
    with a bound or an approximation."""
    roundings = [_rounding(f) for f in (total, *parts)]
    if max(roundings) > _FINE * total.value:
        return False
    slack = sum(roundings) + 1e-9 * total.value
    if total.qualifier in ("more_than", "less_than", "approx"):
        slack = max(slack, _BOUND_SLACK * total.value)
    return abs(listed - total.value) <= slack


def _rounding(figure: Figure) -> float:
    return 0.0 if figure.unit in _COUNTS and figure.value_rounding <= 0.5 else figure.value_rounding


def _reach(starts: list[int], sentence_start: int) -> int:
    """Where the earliest sentence a total of a list in the sentence at ``sentence_start`` may stand begins."""
    return starts[max(0, starts.index(sentence_start) - _TOTAL_REACH + 1)]


def _unlink(settled: list[Figure], filled: dict[int, float], i: int) -> None:
    """Make figure ``i`` no part of anything; only a part that was linked takes its value off its total's sum."""
    part = settled[i]
    if part.component_of is not None:
        filled[part.component_of] -= part.value
        settled[i] = replace(part, component_of=None)


def _relink(settled: list[Figure], filled: dict[int, float], i: int, total: int) -> None:
    """Make figure ``i`` a part of ``total``, keeping what each total's parts add up to in ``filled``."""
    part = settled[i]
    if part.component_of is not None:
        filled[part.component_of] -= part.value
    settled[i] = replace(part, component_of=total)
    filled[total] = filled.get(total, 0.0) + part.value


# "tháng 7", "7 tháng", "quý II": the period a figure's words name (the last one named)
_PERIOD_WORDS = re.compile(r"(?<!\w)(?:tháng\s+\d{1,2}|\d{1,2}\s+tháng|quý\s+[IVX]{1,3})(?!\w)", re.I)


def _period_named(figure: Figure) -> str | None:
    named = _PERIOD_WORDS.findall(figure.indicator_text or "")
    return " ".join(named[-1].lower().split()) if named else None


# "86,4 nghìn con (trâu 21,3 nghìn con; bò 65,1 nghìn con)": a word naming each amount in the parentheses
_PAREN_ITEM = re.compile(r"[\s;,]*[^\W\d_][^()\d;%]{0,40}")


# "58 dự án đầu tư (": the amount, up to three words of its name, then the parenthesis opening its list
_WORDS_THEN_PAREN = re.compile(r"(?:\s+[^\W\d_]+){0,3}\s*\(")


def _parenthesised_lists(figures: list[Figure]) -> list[tuple[int, list[int]]]:
    """Each amount followed by parentheses that list two amounts or more of its unit, each named by a word (no
    marker): the amount's index and the indices of those amounts."""
    found = []
    for i, figure in enumerate(figures):
        if figure.kind != "amount":
            continue
        body, end = figure.sentence, figure.char_end - figure.sentence_start
        opened = _WORDS_THEN_PAREN.match(body[end:])
        if opened is None:
            continue
        close = body.find(")", end)
        if close < 0 or "(" in body[end + opened.end():close]:
            continue
        members: list[int] = []
        at = end + opened.end()
        # "9 lượt dự án (7 dự án FDI và 2 dự án trong nước)": counts named after their noun, the first one right
        # at the parenthesis; the last one's name then closes the list
        named_after = False
        for j, part, start in _inside_parentheses(figures, i, close):
            if part.kind != "amount" or part.unit != figure.unit:
                break
            if not members and start == at and part.unit in _COUNTS:
                named_after = True
            elif not _PAREN_ITEM.fullmatch(body, at, start):
                break
            members.append(j)
            at = part.char_end - part.sentence_start
        rest = body[at:close].strip(" ,;.…")
        if len(members) >= 2 and (not rest or named_after and _PAREN_ITEM.fullmatch(rest)):
            found.append((i, members))
    return found


def _inside_parentheses(figures: list[Figure], i: int, close: int) -> Iterator[tuple[int, Figure, int]]:
    """The figures after figure ``i`` in its sentence that end by ``close`` (the parenthesis closing its list, as
    an offset in the sentence): each one's index, the figure and where it starts in the sentence."""
    sentence_start = figures[i].sentence_start
    for j in range(i + 1, len(figures)):
        part = figures[j]
        if part.sentence_start != sentence_start or part.char_end - sentence_start > close:
            return
        yield j, part, part.char_start - sentence_start


# "597 nhà bị hư hỏng ... (": the words naming an amount, then the parenthesis opening its list
_NAMED_THEN_PAREN = re.compile(r"[^()\d;%.:]{0,80}?\(")
# what a place's name may open with: the kind of unit it is
_PLACE_KIND = re.compile(r"^(?:tỉnh|thành\s+phố|tp\.?|huyện|thị\s+xã|quận)\s+", re.I)


def _is_place(name: str) -> bool:
    name = _PLACE_KIND.sub("", " ".join(name.strip(" :-–").split()))
    return bool(name) and name[0].isupper() and (province_name(name) is not None or bool(provinces_of_place(name)))


def _place_lists(figures: list[Figure]) -> list[tuple[int, list[int]]]:
    """Each amount followed, after the words naming it, by parentheses that list two amounts or more of its unit,
    each after the name of a province or district and perhaps followed by words of its own ("410 nhà hư hại, ...
    (Sơn La: 150 nhà; Điện Biên: 210 nhà; ...)", "12 người chết (Sơn La 4 người, nhà đổ; ...; Điện Biên 8 người
    ...; ..." up to the sentence's end where the parenthesis is never closed): the amount's index and the
    indices of those amounts. A list by place is the amount's parts also when it is an item of a list of totals, or a
    part itself, and also when it falls short of the amount (the places worst hit, not all of them)."""
    found = []
    for i, figure in enumerate(figures):
        if figure.kind != "amount" or figure.value_high is not None:
            continue
        body, end = figure.sentence, figure.char_end - figure.sentence_start
        opened = _NAMED_THEN_PAREN.match(body, end)
        if opened is None:
            continue
        close = body.find(")", opened.end())
        close = len(body) if close < 0 else close
        if "(" in body[opened.end():close]:
            continue
        members: list[int] = []
        at = opened.end()
        for j, part, start in _inside_parentheses(figures, i, close):
            gap = body[at:start]
            if part.kind != "amount" or part.unit != figure.unit or part.value_high is not None or "%" in gap:
                members = []
                break
            if members and not re.search(r"[;,]|\svà\s", gap):
                members = []
                break  # (one item's words, not the next item's name)
            if not _is_place(re.split(r"[;,]|\svà\s", gap)[-1]):
                members = []
                break
            members.append(j)
            at = part.char_end - part.sentence_start
        if len(members) >= 2:
            found.append((i, members))
    return found


def _adds_up(listed: float, total: Figure) -> bool:
    return total.value * _ADDS_UP - total.value_rounding <= listed <= _most_held(total)


def _marker_lists(figures: list[Figure]) -> list[list[int]]:
    """The indices of each list: per sentence with a marker, per unit, the amounts after the marker (two or more); a
    marker inside parentheses lists up to where they close ("6.697ha (trong đó, cấy 6.408ha, gieo thẳng 288,5ha) chậm
    1.321ha so với kế hoạch": the gap is no part, B73)."""
    lists: list[list[int]] = []
    by_sentence: dict[int, list[int]] = {}
    for i, figure in enumerate(figures):
        by_sentence.setdefault(figure.sentence_start, []).append(i)
    for start, indices in by_sentence.items():
        sentence = figures[indices[0]].sentence
        if OPENS_WITH_COMPONENTS.match(sentence) or OPENS_WITH_COUNT.match(sentence):
            marker = 0
        else:
            found = COMPONENTS.search(sentence)
            if found is None:
                continue
            marker = found.end()
        by_unit: dict[str, list[int]] = {}
        for i in indices:
            figure = figures[i]
            if figure.kind == "amount" and figure.char_start - start >= marker \
                    and not parenthesis_closed(sentence, marker, figure.char_start - start):
                by_unit.setdefault(figure.unit, []).append(i)
        lists += [members for members in by_unit.values() if len(members) >= 2]
    return sorted(lists)
