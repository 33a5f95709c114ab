"""One figure per fact: copies of a body figure in a title, lead, caption, copied sentence or "X (Y)".

News pages state their key number two or three times: the title ("... thu hút hơn 1,2 tỷ USD vốn FDI"),
the lead paragraph that sums up the article, a photo caption, a sentence pasted twice. Each copy is
the same fact as the body statement, often rounded ("gần 20%" for 19,4%, "hơn 2.900" for 2.906), so
only the body statement is kept. A copy is recognised by where it stands and by its value: same unit,
values equal within the rounding of the rounder one (a bound word "gần/hơn/khoảng" widens that to a
few per cent), and no different indicator key. Two equal values in body sentences are two facts and
both stay, however alike, unless the text shows they are one: a specific amount told twice with the
same key, or with the same change or plan share; a rate to two decimals told twice with the same key,
or a level told again in parentheses; a sentence pasted again with a few words changed; a short
sentence rounding an earlier figure with a bound word.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import Any

from parsing.model import Figure
from parsing.scope import area_names, area_pattern, areas_in
from parsing.sentences import Sentence
from parsing.vocabulary import vocabulary

# A caption: a line crediting a photo ("Ảnh: V.Tùng", "(Ảnh minh họa)") or numbered like one ("- Hình 1").
_CAPTION = re.compile(r"(?<!\w)(?:Ảnh|Hình|Nguồn ảnh)\s*(?::|\d|minh họa|minh hoạ|tư liệu)", re.IGNORECASE)
# A closing recap restates what the body said ("Như vậy, ...", "Tóm lại, ...").
_RECAP = re.compile(r"(?:Như vậy|Tóm lại|Nhìn chung)\s*,", re.IGNORECASE)
# "hơn 22 ngàn tỷ đồng (22.304 tỷ đồng)": the exact value restated in parentheses right after the rounded one.
_PAREN_GAP = re.compile(r"\s*\(\s*$")
_CLOSED_BEFORE_THE_EXACT = re.compile(r"\s*\)\s*")
# "(giảm) khoảng 71.000 tỷ đồng (": a change stated, then opening a parenthesis right before the figure.
_CHANGE_THEN_PAREN = re.compile(r"(?:tăng|giảm)(?!\w)[^;()]*\d[^;()]*\(\s*$", re.IGNORECASE)
# "Sóc Trăng đứng thứ ba với 206.334 tấn": a place's amount quoted in a ranking of places compares it with the
# others; it is a statement of its own, not a repeat of the place's figure told earlier.
_RANKED_PLACE = re.compile(r"(?<!\w)thứ\s+(?:hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d{1,2})\s+với\s*$", re.I)
# "Theo kế hoạch niên vụ tới, tỉnh duy trì 203.063 ha": an amount a plan or target sets is another fact than the
# same amount achieved, however equal (the target words of vocab/indicator_parts.tsv, and "kế hoạch").
_TARGET = re.compile(r"(?<!\w)(?:" + "|".join(
    [re.escape(w) for keys, words, _ in vocabulary().indicator_parts if "target" in keys for w in words]
    + ["kế hoạch"]) + r")(?!\w)", re.IGNORECASE)
# A bound word makes a rounded figure ("gần 20%" for 19,4%): this share of the value is within its rounding.
_BOUND_SLACK = 0.04
_BOUNDS = {"more_than", "less_than", "approx"}
# Qualifiers an amount told again may gain or lose: a bound word, or the estimate verb of one of its statements
# ("ước đạt 751 triệu USD" in the lead, "dự kiến thu hút được 751 triệu USD" in the body).
_TOLD_AGAIN = _BOUNDS | {"estimate"}
# An amount told again with the same relation may be rounded by this share of its value.
_RELATED_SLACK = 0.02
# A rate printed to two decimals: fine enough that a second statement of it is the same fact.
_FINE = 0.005
# narrower indicator key -> the key it refines (vocab/indicator_refinements.tsv)
_BROADER = {narrow: broad for broad, _, narrow, _ in vocabulary().indicator_refinements}


def drop_restatements(text: str, sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """``figures`` less the copies of a body figure, their components re-indexed."""
    if len(figures) < 2:
        return figures
    role = _roles(text, sentences, {f.sentence_start for f in figures})
    back = _back_references(text, figures)
    # a count referred back to is no statement of its own: none of it is compared as one
    roles = ["copy" if i in back else role.get(f.sentence_start, "body") for i, f in enumerate(figures)]
    repeats = {**_rate_repeats(text, figures, roles), **_body_repeats(text, figures, roles)}
    merged: dict[int, Figure] = {}
    later = _places_changes_told_later(text, figures, merged)
    milestones = _milestones_passed(text, figures)
    repeats.update(_changes_told_again(text, figures, roles, set(repeats) | set(back)))
    if not role and "(" not in text and not repeats and not later and not milestones and not back:
        return figures  # no figure stands where a copy stands, no "X (Y)", no amount told twice
    drop: dict[int, int | None] = {**back, **repeats, **later}  # dropped figure -> the figure it restates
    for i, j in back.items():
        # "Trong tổng số 172 dự án ..., có 82 dự án ...": the parts the sentence gives beside the set named again (read
        # as parts of a whole told before, with it) are parts of that set as first told
        whole = figures[i].component_of
        for k in range(i + 1, len(figures)):
            if whole is not None and figures[k].sentence_start == figures[i].sentence_start \
                    and figures[k].component_of == whole:
                merged[k] = replace(merged.get(k, figures[k]), component_of=j)
    for i, j in milestones.items():
        drop[i] = j
        merged[j] = _merge(merged.get(j, figures[j]), figures[i])
    for i, f in enumerate(figures):
        if i and _restates_change(text, figures[i - 1], f):
            drop[i] = None
            change = figures[i - 1].change_abs
            assert change is not None  # _restates_change read it
            merged[i - 1] = replace(figures[i - 1], change_abs=math.copysign(f.value, change))
            continue
        exact = _parenthesised_restatement(text, figures, i)
        if exact is not None:
            drop[i] = exact
            merged[exact] = _merge(figures[exact], f)
    by_unit: dict[str, list[int]] = {}
    for j, g in enumerate(figures):
        by_unit.setdefault(g.unit, []).append(j)
    stated_rates = [j for j, g in enumerate(figures) if g.unit == "percent" or g.yoy_change_pct is not None
                    or g.pct_of_plan is not None]
    with_parts = {f.component_of for f in figures if f.component_of is not None}
    for i, f in enumerate(figures):
        if i in drop or roles[i] == "body":
            continue
        if roles[i] == "retold" and (f.yoy_change_pct is not None or f.pct_of_plan is not None):
            continue  # a short sentence telling a change or a plan share of its own says something new
        for j in stated_rates if f.unit == "percent" else by_unit[f.unit]:
            g = figures[j]
            if roles[i] == "retold" and j > i:
                break  # a brief retelling says again what was told before it
            if g.component_of == i:
                continue  # a part of the figure ("khách nội địa trên 1,64 triệu lượt" of 1,7 triệu) is not its copy
            if j != i and j not in drop and _gives_way(roles[i], i, roles[j], j) \
                    and _same_fact(f, g, loose=roles[i] != "lead") and not _told_of_other_places(text, figures, [i, j]):
                if roles[i] == "lead" and roles[j] == "body" and _lead_tells_more(f, i in with_parts, g,
                                                                                  j in with_parts):
                    # the lead is where the fact is told, with its parts or its change; the body's bare amount
                    # refers back to it ("Trong tổng số 196.500 lượt khách, ...")
                    drop[j] = i
                    if f.indicator is None and g.indicator is not None:
                        merged[i] = replace(merged.get(i, f), indicator=g.indicator)
                    break
                drop[i] = j
                if g.indicator is None and f.indicator is not None:
                    # the same fact, named only in its copy ("Đà Nẵng đón 1.504 nghìn lượt khách quốc tế")
                    merged[j] = replace(merged.get(j, g), indicator=f.indicator)
                break
    for copy, original in list(drop.items()):
        if copy in milestones or copy in back:
            continue  # a level passed or a set referred back to is no statement of its own, whatever is linked to it
        if original is not None and (figures[original].component_of == copy or figures[copy].component_of == original):
            # a total and its own part are never copies of each other, however alike: "Tính chung 9 tháng ... 64.310
            # tỷ đồng, tăng 18,2%. Trong đó, chế biến ... 63.702 tỷ đồng, tăng 18,2%" (B31)
            del drop[copy]
    for i, f in enumerate(figures):
        # the parts a dropped copy of a total was told with, told again among the total's own parts ("26 dự án, trong
        # đó ... 5 dự án DDI" in the lead, "26 dự án (21 dự án FDI, 05 dự án DDI)" in the body): copies too (B49)
        original = drop.get(f.component_of) if f.component_of is not None else None
        if i in drop or original is None:
            continue
        twin = next((k for k, g in enumerate(figures) if k != i and k not in drop and g.component_of == original
                     and g.unit == f.unit and g.value == f.value), None)
        if twin is not None:
            drop[i] = twin
    if not drop:
        return figures
    new_index: dict[int | None, int] = {}
    kept: list[Figure] = []
    for old, figure in enumerate(figures):
        if old not in drop:
            new_index[old] = len(kept)
            kept.append(merged.get(old, figure))
    out = []
    for own, f in enumerate(kept):
        total = f.component_of
        while total in drop:
            # the parts of a level passed ("ba tỉnh vượt mốc 1 triệu lượt. Trong đó, ...") have no total
            total = None if total in milestones else drop[total]
        linked = new_index.get(total)
        out.append(f if f.component_of is None else replace(f, component_of=None if linked == own else linked))
    return out


# "Trong tổng số 172 dự án ...", "Trong số 13 dự án ...", "Trong 7 nhóm hàng tăng giá, ...", "Tổng vốn đầu tư của 7 dự
# án là ...": words that refer back to a set or total already counted (a sentence opening with "Trong" right before
# the number, "trong (tổng) số", "của (các / tổng số)")
_BACK_REFERENCE = re.compile(r"(?:(?<!\w)trong\s+(?:tổng\s+)?số|(?<!\w)của(?:\s+(?:các|tổng\s+số))?)\s*$", re.I)
_OPENS_WITH_IN = re.compile(r"\s*trong\s*$", re.I)
# "Với mức tăng 9,31%, tăng trưởng của tỉnh đứng thứ 11", "mức tăng trưởng 6,93% của quý I được cấu thành từ": a rate
# named as the level it is ("mức") after it was told
_RATE_BACK_REFERENCE = re.compile(r"(?<!\w)mức\s+(?:tăng\s+trưởng|tăng|giảm)\s*$", re.I)
# a rate told to a decimal at least: a whole per cent recurs by chance
_RATE_DIGIT = 0.05


def _back_references(text: str, figures: list[Figure]) -> dict[int, int]:
    """Amounts a sentence refers back to ("Trong tổng số 196.500 lượt khách, ...", "Tổng vốn đầu tư của 7 dự án là
    ...") after an earlier sentence told them ("đón khoảng 196.500 lượt khách", "cấp quyết định chủ trương đầu tư cho 7
    dự án"), and rates named again as a level ("Với mức tăng 9,31%, ..." after "ước đạt 9,31%"): the same set, total
    or rate named again to say something more of it; no figure of its own (its parts are the earlier figure's). Only
    the words of a reference right before the number, and an earlier sentence's figure of the same unit and value
    (a rate: to the same decimal digit), make one."""
    found: dict[int, int] = {}
    for i, f in enumerate(figures):
        if f.value_high is not None:
            continue
        before = text[f.sentence_start:f.char_start]
        if f.unit == "percent":
            # a rate: the one told before, to the same digit (its kind, or an amount's change on last year)
            if f.value_rounding > _RATE_DIGIT or not _RATE_BACK_REFERENCE.search(before):
                continue
            j = next((j for j in range(i) if figures[j].sentence_start < f.sentence_start and (
                figures[j].unit == "percent" and figures[j].kind == f.kind and figures[j].value == f.value
                and figures[j].value_rounding == f.value_rounding or f.kind == "growth"
                and figures[j].yoy_change_pct == f.value and figures[j].yoy_change_rounding == f.value_rounding)),
                None)
            if j is not None:
                found[i] = j
            continue
        if f.kind != "amount" or not (_BACK_REFERENCE.search(before) or _OPENS_WITH_IN.fullmatch(before)):
            continue
        j = next((j for j in range(i) if figures[j].sentence_start < f.sentence_start
                  and figures[j].kind == "amount" and figures[j].unit == f.unit and figures[j].value_high is None
                  and abs(figures[j].value - f.value) <= 1e-9 * abs(f.value)), None)
        if j is not None:
            found[i] = j
    return found


# "vượt mức 25.000 tỷ đồng", "vượt con số 10 nghìn tỷ đồng", "vượt mốc 1 triệu lượt": a round milestone passed
_MILESTONE = re.compile(r"(?<!\w)vượt(?:\s+qua)?\s+(?:mốc|ngưỡng|con\s+số|mức)\s*$", re.I)
# the amount reached lies between the milestone and twice it
_MILESTONE_REACH = 2.0


def _milestones_passed(text: str, figures: list[Figure]) -> dict[int, int]:
    """Milestones passed ("thu ngân sách lần đầu vượt mức 25.000 tỷ đồng (đạt 25.800 tỷ đồng)", "... vượt con số 10
    nghìn tỷ đồng. Cụ thể, thu ngân sách đạt 12.498 tỷ đồng") whose amount reached is stated in the same or the next
    sentence: the milestone is no figure of its own, only a bound of that amount (and its relations are the
    amount's). A milestone told alone stays a figure."""
    starts = sorted({f.sentence_start for f in figures})
    found: dict[int, int] = {}
    for i, f in enumerate(figures):
        if f.kind != "amount" or not _MILESTONE.search(text, max(0, f.char_start - 30), f.char_start):
            continue
        at = starts.index(f.sentence_start)
        reach = starts[at + 1] if at + 1 < len(starts) else f.sentence_start
        j = next((j for j in range(i + 1, len(figures)) if figures[j].sentence_start <= reach
                  and figures[j].kind == "amount" and figures[j].unit == f.unit
                  and f.value < figures[j].value < _MILESTONE_REACH * f.value), None)
        if j is not None:
            found[i] = j
    return found


# A place named right before a figure, only words between: "tỉnh Hậu Giang với 52 triệu USD", "Hậu Giang với +24,6%".
_PLACE_REACH = 40
_PLACE_GAP = re.compile(r"[^\d;.()%]{0,30}")


def _place_before(text: str, figure: Figure) -> str | None:
    """The province or area named right before ``figure`` in its sentence, if only a few words stand between."""
    start = max(figure.sentence_start, figure.char_start - _PLACE_REACH)
    names, pattern = area_names(), area_pattern()
    found = list(pattern.finditer(text, start, figure.char_start))
    last = found[-1] if found else None
    if last is None or not _PLACE_GAP.fullmatch(text, last.end(), figure.char_start):
        return None
    return names.get(last.group().lower())


def _place_in_clause(text: str, figure: Figure) -> str | None:
    """The last province or area named in ``figure``'s clause before it ("giá cà phê ở Lâm Đồng hôm nay là 96.300
    đồng/kg"), if any."""
    start = max(figure.sentence_start, text.rfind(";", 0, figure.char_start) + 1)
    found = areas_in(text, start, figure.char_start)  # ("dẫn đầu cả nước", "so với Hà Nội" name no place of its own)
    return found[-1][1] if found else None


def _told_of_other_places(text: str, figures: list[Figure], group: list[int]) -> bool:
    """Whether equal amounts are told of two places ("Lâm Đồng ... 96.300 đồng/kg", "Gia Lai ... 96.300
    đồng/kg"): two facts, not one told twice. An amount naming no place may still retell one that names it."""
    return len({p for i in group if (p := _place_in_clause(text, figures[i])) is not None}) > 1


def _places_changes_told_later(text: str, figures: list[Figure], merged: dict[int, Figure]) -> dict[int, int]:
    """"Tiền Giang với 525 triệu USD; ... Hậu Giang với 52 triệu USD. ... Hậu Giang với +24,6% YoY, Tiền Giang +13,3%
    YoY": a digest listing places' amounts, then in a later sentence their changes; each change goes to the one amount
    told of its place (in ``merged``) and is no figure of its own. Returns the changes dropped and their amounts."""
    rates = [i for i, f in enumerate(figures) if f.kind == "growth" and f.unit == "percent" and i > 0]
    if len(rates) < 2:
        return {}
    amounts: dict[str, list[int]] = {}
    for j, g in enumerate(figures):
        if g.kind == "amount":
            place = _place_before(text, g)
            if place is not None:
                amounts.setdefault(place, []).append(j)
    found: dict[int, int] = {}
    for i in rates:
        f = figures[i]
        place = _place_before(text, f)
        told = [j for j in amounts.get(place or "", []) if j < i and figures[j].sentence_start < f.sentence_start]
        if place is None or len(told) != 1:
            continue
        g = merged.get(told[0], figures[told[0]])
        if g.yoy_change_pct is None:
            merged[told[0]] = replace(g, yoy_change_pct=f.value, yoy_change_rounding=f.value_rounding)
        elif abs(g.yoy_change_pct - f.value) > 1e-9:
            continue  # another change of the place than the one told with its amount
        found[i] = told[0]
    return found if len(found) >= 2 else {}


def _body_repeats(text: str, figures: list[Figure], roles: list[str]) -> dict[int, int]:
    """Amounts a body states twice, word for word ("... ước đạt trên 1.360 tỷ đồng" in the opening paragraph and
    again closing the section on it): one fact, kept where the text says most about it (its change, share of plan
    or parts), else where it is first stated. Only a specific amount counts as told twice: same unit, value,
    bound and indicator key (a total named and a part unnamed may be equal: imports, and imports through the
    one gate that had any), in different sentences, at least two significant digits, and no small count
    ("2 dự án" twice are two sets)."""
    with_parts = {f.component_of for f in figures if f.component_of is not None}
    seen: dict[tuple[str, float, str | None, str | None], list[int]] = {}
    for i, f in enumerate(figures):
        if roles[i] not in ("body", "lead") or f.kind != "amount" or f.unit == "percent" or f.value_high is not None \
                or not _specific(f) or _RANKED_PLACE.search(f.sentence, 0, f.char_start - f.sentence_start):
            continue
        # "hơn 9,2 triệu lượt" retells "9,2 triệu lượt": a bound word alone does not make another amount
        if _targeted(f):
            continue  # a plan's or target's level, not the amount told again
        seen.setdefault((f.unit, f.value, f.qualifier if f.qualifier not in _TOLD_AGAIN else None,
                         _broad_key(f.indicator)), []).append(i)
    for key in [k for k in seen if k[3] is None]:
        # the lead names less than the body: its unnamed amount is the body's named one of the same size
        named = [k for k in seen if k[:3] == key[:3] and k[3] is not None]
        leads = [i for i in seen[key] if roles[i] == "lead"]
        if len(named) == 1 and leads and all(roles[i] == "lead" for i in seen[key]):
            seen[named[0]].extend(leads)
            del seen[key]
    _join_same_relations(figures, seen)
    repeats: dict[int, int] = {}
    for group in seen.values():
        if len({figures[i].qualifier for i in group} & _BOUNDS) > 1:
            continue  # "hơn 500 ha" and "gần 500 ha" are two amounts
        if len({figures[i].sentence_start for i in group}) < len(group):
            continue  # "Nhà máy I (2.250 MW) và Nhà máy II (2.250 MW)": one sentence, two things of one size
        if _told_of_other_places(text, figures, group):
            continue
        body = [i for i in group if roles[i] == "body"] or group
        keep = max(body, key=lambda i: (_told(figures[i]), -i))
        leads = [i for i in group if i not in body and _lead_tells_more(figures[i], i in with_parts, figures[keep],
                                                                        keep in with_parts)]
        if leads:
            # the lead tells the amount with its parts or change, the body only refers back to it: keep the lead
            keep = max(leads, key=lambda i: (_told(figures[i]) + (i in with_parts), -i))
            repeats.update((i, keep) for i in group if i != keep)
            continue
        # the lead gives way to the body's statement of the same amount
        repeats.update((i, keep) for i in group if i != keep
                       and (i in body or _told(figures[i]) <= _told(figures[keep])))
    return repeats


def _join_same_relations(figures: list[Figure], seen: dict[tuple[str, float, str | None, str | None], list[int]]) \
        -> None:
    """"lũy kế 7 tháng ước thực hiện 13.400 tỷ đồng, ... bằng 138,2% so với cùng kỳ" and, closing the page, "tỉnh thu
    ngân sách hơn 13.400 tỷ đồng, đạt 138,2% so với cùng kỳ": an amount told again, or rounded ("vượt 34.000 tỷ
    đồng" for 34.200), with the same change on last year or share of plan is one fact, whatever its bound word and
    however it is named the second time. Joins such groups of ``seen`` in place."""
    def relations(group: list[int]) -> set[tuple[str, float]]:
        return {(name, value) for i in group for name, value in (("yoy", figures[i].yoy_change_pct),
                                                                  ("plan", figures[i].pct_of_plan))
                if value is not None}
    keys = list(seen)
    for n, key in enumerate(keys):
        for other in keys[n + 1:]:
            if key not in seen or other not in seen or key[0] != other[0] \
                    or abs(key[1] - other[1]) > _RELATED_SLACK * max(abs(key[1]), abs(other[1])):
                continue
            if relations(seen[key]) & relations(seen[other]):
                seen[key].extend(seen.pop(other))


def _broad_key(key: str | None) -> str | None:
    """The indicator a narrower key refines ("fdi_registered" of "registered_investment"): a title naming the
    foreign investment and a body naming the registered capital tell one amount."""
    return _BROADER.get(key, key) if key is not None else None


def _same_key(a: str | None, b: str | None) -> bool:
    return a is None or b is None or _broad_key(a) == _broad_key(b)


# A sentence giving more rates than this is a list of parts' rates, each its own fact.
_LISTED_RATES = 2


def _in_a_list_of_rates(rate: Figure, figures: list[Figure]) -> bool:
    """Whether ``rate``'s sentence gives more than ``_LISTED_RATES`` percentages: a list of parts' rates."""
    return sum(g.unit == "percent" for g in figures if g.sentence_start == rate.sentence_start) > _LISTED_RATES


def _rate_repeats(text: str, figures: list[Figure], roles: list[str]) -> dict[int, int]:
    """Rates printed to two decimals that the body states a second time: "Tốc độ tăng trưởng kinh tế đạt 9,16%" and,
    in a list further on, "GRDP theo giá so sánh 2010 đạt 9,16%" (the same key), or the levels given before told
    again in parentheses ("... 7,18% ... 3,46% ... giảm được 3,72% (từ 7,18% xuống còn 3,46%)"; a rate of change in
    parentheses may be another part's or period's). One fact, kept where it is first stated; a rate that fine
    seldom recurs for another fact."""
    repeats: dict[int, int] = {}
    for i, f in enumerate(figures):
        if roles[i] != "body" or f.unit != "percent" or f.kind not in ("growth", "share") \
                or f.value_rounding > _FINE or f.value_high is not None:
            continue
        for j in range(i):
            g = figures[j]
            if j in repeats or roles[j] != "body" or g.unit != "percent" or g.kind != f.kind or g.value != f.value \
                    or g.value_rounding != f.value_rounding:
                continue
            # (a rate of a list of rates is each group's own: "...; thuốc và dịch vụ y tế tăng 0,11%; giáo dục tăng
            # 0,11%; ...", B85)
            if f.kind == "share" and _in_parentheses(text, f) or f.indicator is not None \
                    and f.indicator == g.indicator and g.sentence_start != f.sentence_start \
                    and not _in_a_list_of_rates(f, figures):
                repeats[i] = j
                break
    return repeats


# The base a rate is told against, when it is not last year's: "so với tháng trước", "so với đầu năm", "so với
# cuối năm 2023", "so với quý trước", "so với kỳ trước" (a change on the same period last year says "cùng kỳ" or
# names a year).
_OTHER_BASE = re.compile(r"\s*[^.;()\d]{0,20}?(?<!\w)so(?:\s+với)?\s+(?:tháng|quý|đầu|cuối|kỳ\s+trước|thời\s+điểm)(?!\w)",
                         re.I)
# A rate key that names the change of an amount's key ("grdp_growth" of "grdp_size"; vocab/changes_of.tsv).
_CHANGE_OF = dict(vocabulary().changes_of)


def _changes_told_again(text: str, figures: list[Figure], roles: list[str], dropped: set[int]) -> dict[int, int]:
    """Stand-alone rates of change that another sentence gives as the change on last year of an amount: a title or
    lead's "Tăng trưởng kinh tế ... ước tăng 5,66%" over the body's "tổng sản phẩm ... ước đạt trên 7.266 tỷ đồng,
    tăng 5,66% so với cùng kỳ", or a sentence's "vốn đầu tư ... tăng tới 69,2%" over a later "695 tỷ đồng, tăng
    69,2%". One fact, kept where it is told with its amount. The rate must be printed to a decimal digit (a whole
    per cent recurs by chance), or stand in the title or lead and be the change of one amount only; not in a list of
    rates (a sentence giving three or more); the same sign and printed precision, no other base named after it ("so
    với tháng trước"), and no different indicator (a growth key names the change of its size key: "grdp_growth" of
    "grdp_size")."""
    told: dict[int, int] = {}
    for i, f in enumerate(figures):
        if i in dropped or f.kind != "growth" or f.unit != "percent" or f.value_high is not None \
                or f.component_of is not None or f.yoy_change_pct is not None:
            continue
        if _OTHER_BASE.match(text, f.char_end):
            continue  # "tăng 0,16% so với tháng trước": another base than last year
        fine = f.value_rounding < 0.5 - 1e-9
        if not fine and roles[i] not in ("heading", "lead"):
            continue
        if _in_a_list_of_rates(f, figures):
            continue  # "quặng sắt tăng 15,2%; đá phiến tăng 14,1%; ... điện thương phẩm tăng 8,5%": parts' rates
        amounts = [j for j, g in enumerate(figures)
                   if j != i and j not in dropped and g.kind == "amount" and g.yoy_change_pct is not None
                   and g.sentence_start != f.sentence_start and abs(g.yoy_change_pct - f.value) < 1e-9
                   and abs(g.yoy_change_rounding - f.value_rounding) < 1e-9
                   and (_same_key(f.indicator, g.indicator)
                        or _CHANGE_OF.get(f.indicator or "") == _broad_key(g.indicator))]
        if amounts and (fine or len(amounts) == 1):
            told[i] = amounts[0]
    return told


def _in_parentheses(text: str, figure: Figure) -> bool:
    """Whether the figure stands inside parentheses of its sentence."""
    before = text[figure.sentence_start:figure.char_start]
    return before.rfind("(") > before.rfind(")")


def _targeted(figure: Figure) -> bool:
    """Whether the figure's sentence sets it as a plan or target ("Theo kế hoạch ..., tỉnh duy trì 203.063 ha")."""
    return _TARGET.search(figure.sentence, 0, figure.char_start - figure.sentence_start) is not None


def _specific(figure: Figure) -> bool:
    """Whether an amount is unlikely to recur by chance: two significant digits or more, and for a count of
    things at least a hundred."""
    if len(_printed_digits(figure)) < 2:
        return False
    return figure.value >= 100 or figure.value_rounding < 0.5


def _printed_digits(figure: Figure) -> str:
    """The digits a figure is printed with, less the zeros that end it ("8.000" -> "8", "1,03" -> "103")."""
    return "".join(c for c in figure.raw_text if c.isdigit()).rstrip("0")


def _told(figure: Figure) -> int:
    """How much the text says of a figure besides its value."""
    return sum(v is not None for v in (figure.yoy_change_pct, figure.pct_of_plan, figure.change_abs,
                                       figure.component_of, figure.indicator))


# Which copy gives way: a title to anything, a caption or copied sentence to the lead and body, the lead
# and a recap to the body only.
_RANK = {"body": 0, "lead": 1, "recap": 1, "retold": 1, "copy": 2, "caption": 2, "heading": 3}


def _gives_way(role: str, at: int, other_role: str, other_at: int) -> bool:
    """Whether a figure standing in ``role`` is the copy when ``other_role`` states the same fact; of two
    copied sentences or captions the later one is the copy."""
    if _RANK[role] != _RANK[other_role]:
        return _RANK[role] > _RANK[other_role]
    return _RANK[role] == 2 and other_at < at


def _roles(text: str, sentences: list[Sentence], holding: set[int]) -> dict[int, str]:
    """What each sentence holding a figure (starts in ``holding``) is: a heading, a copy of an earlier one, a
    caption, the lead or a recap; a body sentence is left out. A copied sentence holds the figures of its
    original, so only sentences with figures need comparing."""
    roles: dict[int, str] = {}
    seen: set[str] = set()
    first = next((s for s in sentences if not s.is_heading), None)
    lead_end = None
    if first is not None:
        # the line the first sentence ends on: a dateline may open it ("03/12/2024\nBình Định đã ...")
        line_end = text.find("\n", first.end)
        lead_end = len(text) if line_end < 0 else line_end
        # A lead only restates a body that follows it: a text of one or two paragraphs has no lead.
        if text.count("\n", lead_end) < 2:
            lead_end = None
    titles = [_words(text[s.start:s.end]) for s in sentences if s.is_heading]
    earlier: list[tuple[int, str]] = []
    for s in sentences:
        if s.start not in holding:
            continue
        chunk = " ".join(text[s.start:s.end].split())
        if chunk.casefold() in seen:
            # a sentence or title printed again, also in capitals ("Gieo cấy hơn 80% diện tích lúa mùa" twice, then
            # "GIEO CẤY HƠN 80% DIỆN TÍCH LÚA MÙA"): one fact
            roles[s.start] = "copy"
        elif s.is_heading:
            roles[s.start] = "heading"
        elif _CAPTION.search(_line(text, s)):
            # (before a near copy: a caption retelling the lead in nearly its words is the caption, the lead stays the
            # lead, B103)
            roles[s.start] = "caption"
        elif (original := _near_copy(chunk, earlier)) is not None:
            if roles.get(original) == "lead":
                roles[original] = "copy"  # the lead said the body's sentence ahead in nearly its words
            elif original not in roles:
                roles[s.start] = "copy"
        elif first is not None and (s.start > first.start or _DATELINE.match(text, s.start)) \
                and _retells_title(text, s, titles):
            # (also the first sentence, when a dateline opens it: "09/05/2022 09:51\n<the title again>")
            roles[s.start] = "caption"
        elif lead_end is not None and s.end <= lead_end:
            roles[s.start] = "lead"
        elif _RECAP.match(chunk):
            roles[s.start] = "recap"
        elif first is not None and s.start > first.start and _retells_briefly(chunk):
            roles[s.start] = "retold"
        seen.add(chunk.casefold())
        earlier.append((s.start, chunk))
    return roles


# A short sentence rounding what the page told before, with a bound word: "Tổng quy mô đầu tư 3 dự án trên 120 nghìn
# tỷ." after the three projects' 24.000, 13.300 and 86.000 tỷ đồng; "Bắc Giang tăng trưởng gần 14% trong năm 2024."
# (a caption whose credit is gone) after the body's 13,85%. A list's item is no retelling.
_BRIEF_WORDS = 12
_BOUNDED_NUMBER = re.compile(r"(?<!\w)(?:gần|hơn|trên|khoảng|xấp xỉ)\s+\d", re.I)
_LIST_ITEM = re.compile(r"\s*(?:[-+*•–]|\d+[.)]|[a-zđ][.)])\s", re.I)


def _retells_briefly(chunk: str) -> bool:
    """Whether a body sentence is short and rounds with a bound word: the figures in it restate earlier ones
    when their values agree (see ``_same_fact``)."""
    return len(_words(chunk)) <= _BRIEF_WORDS and _BOUNDED_NUMBER.search(chunk) is not None \
        and not _LIST_ITEM.match(chunk)


# A sentence pasted a second time with a few words changed keeps all its numbers and most of its words.
_COPY_WORDS = 0.8
_COPY_MIN_WORDS = 8


def _near_copy(chunk: str, earlier: list[tuple[int, str]]) -> int | None:
    """Where an earlier sentence starts that ``chunk`` says again in nearly its words: "Đồng thời, tỉnh cũng trao 5
    Biên bản ghi nhớ hợp tác đầu tư với tổng số vốn dự kiến 128.800 tỷ đồng." and, in the next paragraph, "Tại Hội
    nghị, UBND tỉnh Phú Yên cũng trao 5 biên bản ghi nhớ nghiên cứu đầu tư với tổng số vốn đăng ký đầu tư dự kiến
    128.800 tỷ đồng." The same numbers in the same order, and the shorter sentence's words nearly all in the longer
    one."""
    numbers = _NUMBER.findall(chunk)
    if not numbers:
        return None
    words = set(_words(chunk))
    for start, other in earlier:
        if _NUMBER.findall(other) != numbers:
            continue
        other_words = set(_words(other))
        shorter, longer = sorted((words, other_words), key=len)
        if len(shorter) >= _COPY_MIN_WORDS and len(shorter & longer) >= _COPY_WORDS * len(shorter):
            return start
    return None


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


# A line holding only a date and perhaps a time: "09/05/2022 09:51"
_DATELINE = re.compile(r"\s*\d{1,2}/\d{1,2}/\d{4}(?:\s*[-–,|]?\s*\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*\n")


def _words(chunk: str) -> list[str]:
    return re.findall(r"\w+", chunk.lower())


def _retells_title(text: str, sentence: Sentence, titles: list[list[str]]) -> bool:
    """A line of its own that says the title again in nearly its words (a photo caption under it: "Gần 140 ngàn
    lượt khách quốc tế đến Phú Quốc 2 tháng đầu năm 2023." under the title without "2 tháng"): a copy of the
    title, whatever its closing full stop. The caller asks only after the first sentence, which may tell the
    title's fact in the title's words as the body's only statement of it."""
    if " ".join(_line(text, sentence).split()) != " ".join(text[sentence.start:sentence.end].split()):
        return False
    dateline = _DATELINE.match(text, sentence.start)
    words = _words(text[dateline.end() if dateline else sentence.start:sentence.end])
    for title in titles:
        if len(title) < 5 or len(words) > len(title) * 1.5:
            continue
        shared = sum(1 for w in set(title) if w in words)
        if shared >= 0.8 * len(set(title)):
            return True
    return False


def _line(text: str, sentence: Sentence) -> str:
    """The whole line(s) a sentence stands on: a caption's credit may follow its sentence ("... 1,3 tỷ USD. Ảnh: T.")."""
    end = text.find("\n", sentence.end)
    return text[text.rfind("\n", 0, sentence.start) + 1:len(text) if end < 0 else end]


def _lead_tells_more(lead: Figure, lead_parts: bool, body: Figure, body_parts: bool) -> bool:
    """Whether a lead's amount is told with its parts or its change while the body's equal amount is told bare (no
    parts, change, plan share or total of its own): the lead's is then the statement, the body's a reference back."""
    if lead.unit == "percent" or body_parts or any(v is not None for v in (
            body.yoy_change_pct, body.change_abs, body.pct_of_plan, body.component_of)):
        return False
    return lead_parts or lead.yoy_change_pct is not None or lead.change_abs is not None


def _same_fact(copy: Figure, body: Figure, loose: bool) -> bool:
    """Whether ``copy`` restates ``body``: same unit and value within rounding, no different indicator."""
    if copy.unit != body.unit and copy.unit != "percent":
        return False  # a rate may restate the change of an amount of any unit
    if not _same_key(copy.indicator, body.indicator):
        return False
    if not loose and not (copy.indicator and copy.indicator == body.indicator) and not _same_bound_rate(copy, body) \
            and not _same_named_change(copy, body) and not _same_fine_rate(copy, body):
        # the lead holds facts of its own: only a named figure repeats the body, or a round bound of a finer amount
        return _round_bound_of(copy, body)
    if copy.unit != "percent":
        if loose and body.change_abs is not None and _CHANGE_BEFORE.search(
                copy.sentence, 0, copy.char_start - copy.sentence_start):
            # "Doanh thu từ vải tăng gần 446 tỷ đồng" over the body's "đạt 1.166 tỷ đồng, tăng gần 446 tỷ đồng so với
            # vụ vải năm 2019": a title's change is the size of the body amount's change
            return _close(copy, abs(body.change_abs), body.value_rounding, None)
        # a lead naming the body's indicator may round it by a unit of its last digit ("gần 140 ngàn lượt khách
        # quốc tế" for the body's "hơn 139 ngàn lượt"), not by the few per cent a title may
        return _close(copy, body.value, body.value_rounding, body.qualifier, widen=loose) \
            or loose and (_above_bound(copy, body.value) or _below_bound(copy, body.value)) \
            or not loose and _rounds_to(copy, body)
    # "Lượng khách tăng gần 20%": the title's rate is the body amount's change or its share of plan
    stated: list[tuple[float | None, float, str | None]] = [
        (body.yoy_change_pct, body.yoy_change_rounding, None), (body.pct_of_plan, body.pct_of_plan_rounding, None)]
    if body.kind == copy.kind and body.unit == copy.unit:
        stated.append((body.value, body.value_rounding, body.qualifier))
    return any(v is not None and (_close(copy, v, r, q, widen=loose) or loose and _above_bound(copy, v))
               for v, r, q in stated)


_CHANGE_BEFORE = re.compile(r"(?<!\w)(?:tăng|giảm)(?:\s+thêm)?\s*$", re.I)


def _rounds_to(copy: Figure, body: Figure) -> bool:
    """Whether a bounded ``copy`` ("gần 140 ngàn") is ``body`` ("hơn 139 ngàn") rounded to its own last digit: the
    copy of two significant digits or more, the body at least as precise, on the side its bound word allows, the
    two a unit of that digit apart at most. A whole number printed with zeros ending it is rounded to its last
    digit that is not zero ("hơn 160.000 lượt" for the body's 160.848, a step of 10.000); so rounded, it needs no
    bound word ("193.000 lượt khách" in the lead for the body's "hơn 193.400 lượt", within half a step), when the
    body is written to more digits."""
    step = _round_step(copy)
    if step is not None and _specific(copy) and _finer(body, copy) and body.kind == copy.kind == "amount":
        if copy.qualifier is None:
            return abs(copy.value - body.value) <= step / 2 + 1e-9 * abs(body.value)
        rounding = step / 2
    else:
        rounding = copy.value_rounding
    if copy.qualifier not in _BOUNDS or body.value_rounding > rounding or not _specific(copy):
        return False  # "trên 1 triệu khách" is a threshold, not the 530.000 of a month rounded
    if copy.qualifier == "more_than" and body.value < copy.value or copy.qualifier == "less_than" \
            and body.value > copy.value:
        return False
    return abs(copy.value - body.value) <= 2 * rounding + 1e-9 * abs(body.value)


# at least this many zeros end a whole number printed round ("193.000", "160.000"; not "1.520" or "300")
_ROUND_ZEROS = 3


def _round_step(figure: Figure) -> float | None:
    """The unit of the last digit that is not zero of a whole number printed with zeros ending it ("160.000 lượt":
    10.000; "2.500 tỷ đồng": 100 tỷ đồng), or None for a number printed otherwise (with a decimal part, "1,5 triệu",
    or few zeros)."""
    number = re.search(r"\d[\d.,]*", figure.raw_text)
    if number is None or "," in number.group() or re.search(r"\.\d{1,2}(?!\d)", number.group()):
        return None  # a decimal part ("1,5", or "1.5" for 1,5): not a whole number
    digits = number.group().replace(".", "")
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros < _ROUND_ZEROS or not digits.strip("0"):
        return None
    return figure.value / int(digits) * 10.0 ** zeros


def _round_bound_of(copy: Figure, body: Figure) -> bool:
    """"đạt trên 8.000 tỷ đồng" in the lead, "hơn 8.031 tỷ đồng" in the body; "gần 500 tỷ đồng" over the body's 498 tỷ
    đồng; "trên 1 tỷ USD" over 1,03 tỷ USD: a lead's amount written round (one or two significant digits) with a bound
    word holds the body's more precise amount of the same unit within one step of its last significant digit, on the
    side its bound word gives ("hơn", "trên": at or above; "gần": at or below; "khoảng": either side, half a step). The
    body's figure told ahead, rounded; a lead's own amount is seldom that close to a body amount told more finely."""
    if copy.unit == "percent" or copy.kind != "amount" or body.kind != "amount" or copy.qualifier not in _BOUNDS \
            or copy.value <= 0:
        return False
    digits = _printed_digits(copy)
    if not 1 <= len(digits) <= 2:
        return False
    step = 10.0 ** math.floor(math.log10(copy.value))
    if len(digits) == 2 or not float(copy.value / step).is_integer():
        step /= 10
    if body.value == copy.value or not _finer(body, copy):
        return False
    eps = 1e-9 * copy.value
    if copy.qualifier == "more_than":
        return copy.value - eps <= body.value < copy.value + step
    if copy.qualifier == "less_than" or copy.raw_text.lower().startswith(("gần", "ngót")):
        return copy.value - step < body.value <= copy.value + eps
    return abs(body.value - copy.value) <= step / 2 + eps


def _finer(body: Figure, copy: Figure) -> bool:
    """Whether ``body`` is written to more significant digits than ``copy``."""
    return len(_printed_digits(body).lstrip("0")) > len(_printed_digits(copy).lstrip("0"))


def _same_named_change(copy: Figure, body: Figure) -> bool:
    """"giá trị sản xuất công nghiệp toàn tỉnh Hòa Bình tăng 14,4%" in the lead, "giá trị sản xuất công nghiệp toàn
    tỉnh đạt 14.838 tỷ đồng, tăng 14,4%" in the body: the amount's change on last year, told ahead in its words (the
    last four words naming the amount stand in the lead's name) and to the same digit."""
    if copy.unit != "percent" or copy.kind != "growth" or body.yoy_change_pct is None \
            or copy.value != body.yoy_change_pct or copy.value_rounding != body.yoy_change_rounding:
        return False
    named = _words(body.indicator_text or "")[-_NAME_WORDS:]
    return len(named) == _NAME_WORDS and f" {' '.join(named)} " in f" {' '.join(_words(copy.indicator_text or ''))} "


_NAME_WORDS = 4


def _same_fine_rate(copy: Figure, body: Figure) -> bool:
    """"giúp Quảng Ngãi tăng trưởng 10,02%" in the lead, "GRDP ... ước đạt 92.000 tỷ đồng, tăng 10,02%" in the body: a
    lead's rate printed to two decimals that the body states to the same digit (as a rate or an amount's change on
    last year) is the body's fact told ahead; a lead's own fact seldom shares a rate that fine."""
    if copy.unit != "percent" or copy.kind not in ("growth", "share") or copy.qualifier is not None \
            or copy.value_rounding > _FINE:
        return False
    if body.unit == "percent" and body.kind == copy.kind:
        # "chiếm 50,98% tổng vốn đăng ký" in the lead and again in the body: a share that fine too
        return body.value == copy.value and body.value_rounding == copy.value_rounding
    if copy.kind != "growth":
        return False
    return body.yoy_change_pct == copy.value and body.yoy_change_rounding == copy.value_rounding


def _same_bound_rate(copy: Figure, body: Figure) -> bool:
    """"tăng trưởng gần 11%" in the lead and again in the body: the same rate with the same bound word, the
    same kind, is the body's fact told ahead (a lead's bare "tăng 11%" may be a fact of its own); so is an amount
    ("+ Mỗi tổ hợp tác lãi bình quân trên 200 triệu đồng/năm" over the body's "lãi bình quân trên 200 triệu
    đồng/năm", R59)."""
    return copy.unit == body.unit and copy.kind == body.kind and copy.qualifier in _BOUNDS \
        and copy.qualifier == body.qualifier and copy.value == body.value


def _close(copy: Figure, value: float, rounding: float, qualifier: str | None, widen: bool = True) -> bool:
    """Whether ``copy`` equals ``value`` within the rounding of the rounder one; a bound word ("gần 20%", "hơn
    2.900 tấn") widens that to a unit of its last digit, and for an amount to a few per cent (a lead is read
    without widening)."""
    if copy.qualifier == "more_than" and value < copy.value * (1 - 1e-9):
        return False  # "trên 1 triệu khách" is not the 531.000 of one of its months
    slack = max(copy.value_rounding, rounding)
    if widen and (copy.qualifier in _BOUNDS or qualifier in _BOUNDS):
        slack = 2 * slack if copy.unit == "percent" else max(2 * slack, _BOUND_SLACK * abs(value))
    return abs(copy.value - value) <= slack + 1e-9 * abs(value)


def _above_bound(copy: Figure, value: float) -> bool:
    """"hơn 2.000 tỷ đồng" in a title for the body's 2.274 tỷ, "tăng trên 30%" for the body's 34,4%: a title's
    lower bound holds the body's amount or rate when it lies between the bound and the next step of the bound's
    leading digit (2.000 up to 3.000, 30 up to 40)."""
    if copy.qualifier != "more_than" or copy.value <= 0:
        return False
    return copy.value <= value < copy.value + _leading_digit_step(copy.value)


def _below_bound(copy: Figure, value: float) -> bool:
    """"gần 500 hợp tác xã" in a title for the body's 479 (R59): a title's "gần" (nearly) holds the body's amount when it
    lies below the bound by less than a step of the bound's leading digit (400 up to 500), as "hơn" does above it."""
    if copy.qualifier != "approx" or copy.value <= 0 or not copy.raw_text.lower().startswith(("gần", "ngót")):
        return False
    return copy.value - _leading_digit_step(copy.value) < value <= copy.value


def _leading_digit_step(value: float) -> float:
    """A unit of the leading digit of a positive ``value``: 1.000 for 2.000, 10 for 30."""
    return 10.0 ** math.floor(math.log10(value))


def _parenthesised_restatement(text: str, figures: list[Figure], i: int) -> int | None:
    """The figure restating figure ``i`` in parentheses right after it, if any ("hơn 22 ngàn tỷ đồng
    (22.304 tỷ đồng)"): the exact one is kept."""
    if i + 1 >= len(figures):
        return None
    f, g = figures[i], figures[i + 1]
    # also the rounded one in parentheses first: "ngao ... là (13,6 tỷ) 13.600 triệu" (R67)
    rounded_first = _CLOSED_BEFORE_THE_EXACT.fullmatch(text[f.char_end:g.char_start]) is not None \
        and text[:f.char_start].rstrip().endswith("(")
    if g.unit != f.unit or g.kind != f.kind \
            or not (_PAREN_GAP.fullmatch(text[f.char_end:g.char_start]) or rounded_first):
        return None
    if g.value_rounding > f.value_rounding or not _close(f, g.value, g.value_rounding, g.qualifier):
        return None
    return i + 1


def _restates_change(text: str, amount: Figure, figure: Figure) -> bool:
    """"30.984 tỷ đồng, giảm khoảng 71.000 tỷ đồng (71.337 tỷ đồng)": the parenthesised amount is the change
    just stated, exactly; it is no figure of its own."""
    if amount.change_abs is None or figure.unit != amount.unit or figure.kind != "amount":
        return False
    if not _CHANGE_THEN_PAREN.search(text, max(amount.char_end, figure.char_start - 80), figure.char_start):
        return False
    return _close(figure, abs(amount.change_abs), 0.0, "approx")


def _merge(exact: Figure, rounded: Figure) -> Figure:
    """The exact figure, with what the rounded one's sentence said about it (name, relations)."""
    fields: dict[str, Any] = {}
    if rounded.indicator is not None:
        # the rounded figure stands right after its naming words; the parenthesised one is read after "("
        fields.update(indicator=rounded.indicator, indicator_text=rounded.indicator_text)
    for name in ( "pct_of_plan", "plan_basis", "yoy_change_pct", "change_abs",
                 "component_of", "yoy_change_rounding", "pct_of_plan_rounding"):
        if getattr(exact, name) in (None, 0.0) and getattr(rounded, name) not in (None, 0.0):
            fields[name] = getattr(rounded, name)
    return replace(exact, **fields) if fields else exact
