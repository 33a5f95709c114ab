"""Checks between the figures of one document, on intervals (see ``schemas.intervals``).

Every check returns failure rows (``schemas.frames.FAILURE_COLUMNS``); a failed
arithmetic check is an ``error``. Components listed after "trong đó" may be
only some of the parts, so their sum must not *exceed* the total; it must
*equal* the total only when the components' indicators form a complete
decomposition of the total's (``schemas/decompositions.tsv``), as export plus
import make up total trade, or when the list declares itself the whole total
("gồm", or a last part named as the rest: ``declares_whole``).

The comparisons are set-based (whole columns at once); Python loops only build
the messages of the few figures that fail.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Set
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import pandas as pd

from parsing.indicators import names_plan
from parsing.scope import area_pattern
from parsing.vocabulary import vocabulary
from schemas.frames import FailureRow, Severity, failure_row
from schemas.intervals import (
    Interval,
    format_interval,
    format_vn,
    last_year_bounds,
    plan_bounds,
    rounded_or_cut,
    value_bounds,
)
from schemas.part_shares import check_part_shares

_KEY = ["content_sha256", "ordinal"]


@cache
def complete_decompositions() -> pd.DataFrame:
    """One row per (decomposition, part): ``decomposition``, ``total_indicator``, ``indicator``, ``size``."""
    text = resources.files("schemas").joinpath("decompositions.tsv").read_text(encoding="utf-8")
    rows: list[tuple[int, str, str, int]] = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            total, parts = line.split("\t")
            names = sorted({p.strip() for p in parts.split("+")})
            rows += [(len(rows), total.strip(), name, len(names)) for name in names]
    frame = pd.DataFrame(rows, columns=["decomposition", "total_indicator", "indicator", "size"])
    frame["decomposition"] = frame.groupby(["total_indicator", "size"]).ngroup()
    return frame


def _complete_groups(frame: pd.DataFrame, sizes: pd.Series) -> pd.Series:
    """Per (document, total): do its components' indicators make up a complete decomposition of the total?

    Set-based: components are matched to decomposition parts by a join, never by per-group Python.
    """
    matched = frame[["content_sha256", "total_ordinal", "total_indicator", "indicator"]].merge(
        complete_decompositions(), on=["total_indicator", "indicator"])
    if matched.empty:
        return pd.Series(False, index=sizes.index)
    keys = ["content_sha256", "total_ordinal", "decomposition"]
    found = matched.groupby(keys).agg(distinct=("indicator", "nunique"), matched=("indicator", "size"),
                                      size=("size", "first")).reset_index()
    found = found.join(sizes.rename("n"), on=["content_sha256", "total_ordinal"])
    complete = found[(found["distinct"] == found["size"]) & (found["matched"] == found["n"])]
    index = pd.MultiIndex.from_frame(complete[["content_sha256", "total_ordinal"]])
    return pd.Series(sizes.index.isin(index), index=sizes.index)


# A list its writer declares to be the whole total (set R34, by frequency on B10 to B15): it says the total "gồm"
# ("Tổng vốn ... là 3.312 tỷ đồng. Các dự án gồm: ...", "tổng thu ... gồm thu nội địa ..., thu xuất nhập khẩu ...")
# rather than "trong đó" (of which), or it closes with the rest ("thủy sản khác 412 tấn", "các mặt hàng khác
# 41,36 triệu USD"). Its parts must add up to the total, within rounding, as a known full decomposition's must.
# "gồm" after "trong đó" or before "chủ yếu", "chính", "một số", "như" (the main items, some of them) declares
# nothing; nor does a list whose parts are said of places or of two breakdowns (a warning, ``_sum_failure``).
_CONSISTS_OF = re.compile(r"(?<!\w)(?:bao\s+)?gồm(?!\w)", re.IGNORECASE)
_NOT_ALL_LISTED = re.compile(r"(?<!\w)(?:trong\s+đó|chủ\s+yếu|chính|một\s+số|như|nổi\s+bật|điển\s+hình|cả)(?!\w)",
                             re.IGNORECASE)
_THE_REST = re.compile(r"(?<!\w)(?:khác|còn\s+lại)(?:\s+(?:ước\s+)?(?:đạt|là|có|khoảng|chiếm))*\W*$", re.IGNORECASE)
# "..., 1.100 ha đậu các loại,…", "v.v.": the list goes on past its last part written (B31); so does a list cut off
# where the excerpt ends, after the word that joins its next item ("lúa – tôm 89.049 tấn và lú", B84); and one whose
# last items are given each alike ("...; Văn Bàn 2 sản phẩm; Bát Xát, Bắc Hà, Bảo Thắng mỗi huyện 1 sản phẩm", B94:
# one number for several parts, which the sum cannot count)
_LIST_GOES_ON = re.compile(r"^[^;.!?\n…]{0,60}?(?:…|\.\.\.|(?<!\w)v\.v\.?)"
                           r"|^\s*(?:[,;]|(?<!\w)và(?!\w))\s*[^\W\d]{0,12}\s*$"
                           r"|^[^.!?\n]{0,80}?(?<!\w)mỗi(?:\s+[^\W\d]+){1,2}\s+\d", re.IGNORECASE)
_SINGLED_OUT = re.compile(r"(?<!\w)riêng(?!\w)", re.IGNORECASE)
# "một doanh nghiệp Hàn Quốc khác": "một ... khác" is one more of a kind (another), not the rest of the total
_ANOTHER = re.compile(r"(?<!\w)một\s+(?:\w+\s+){1,4}khác(?:\s+(?:ước\s+)?(?:đạt|là|có|khoảng|chiếm))*\W*$", re.IGNORECASE)


def _opening_words(total: Any, first: Any) -> str:
    """The words between a total and its first part: in one sentence, from the total on; else the part's sentence
    before it."""
    sentence = getattr(first, "sentence", None)
    if not isinstance(sentence, str) or not _is_set(first.char_start) or not _is_set(first.sentence_start):
        return ""
    end = max(0, int(first.char_start - first.sentence_start))
    start = 0
    if _is_set(getattr(total, "sentence_start", None)) and total.sentence_start == first.sentence_start \
            and _is_set(getattr(total, "char_end", None)):
        start = max(0, min(end, int(total.char_end - total.sentence_start)))
    return sentence[start:end]


# A part taken off a total, told after the parts added to it: "..., 01 doanh nghiệp giảm vốn (6 tỷ đồng)".
_SUBTRACTED_AFTER = re.compile(r"^[^.!?\n]{0,120}?(?<!\w)(?:giảm\s+vốn|rút\s+vốn|giải\s+thể|thu\s+hồi)(?!\w)", re.I)


def _words_after(part: Any) -> str:
    """What the part's sentence says after it."""
    sentence = part.sentence if isinstance(part.sentence, str) else ""
    if not (_is_set(part.char_end) and _is_set(part.sentence_start)):
        return ""
    return sentence[max(0, int(part.char_end - part.sentence_start)):]


def declares_whole(opening: str, namings: list[str]) -> bool:
    """Whether a list's words declare it the whole of its total: "gồm" opening it (not the main items, not after
    "trong đó"), or a last part named as the rest (not after "riêng", which singles items out: "tổng sản lượng hải sản
    ... 41.000 tấn, trong đó riêng cá ngừ vây vàng 1.470 tấn, các loại cá ngừ khác 10.530 tấn" ends with the rest of
    the tuna, B68)."""
    if namings and _THE_REST.search(namings[-1] or "") and not _ANOTHER.search(namings[-1] or "") \
            and not _SINGLED_OUT.search(opening):
        return True
    return _CONSISTS_OF.search(opening) is not None and not _NOT_ALL_LISTED.search(opening)


def _declared_complete(figures: pd.DataFrame, parts: pd.DataFrame, groups: pd.MultiIndex) -> pd.Series:
    """Per (document, total ordinal) of ``groups``: does the list declare itself the whole total
    (``declares_whole``)?"""
    needed = {"sentence", "char_start", "char_end", "sentence_start", "indicator_text"}
    if not needed <= set(figures.columns) or parts.empty:
        return pd.Series(False, index=groups)
    keys = pd.DataFrame(list(groups), columns=_KEY)
    totals = {(row.content_sha256, int(row.ordinal)): row for row in figures.merge(keys, on=_KEY)
              .itertuples(index=False)}
    members: dict[tuple[str, int], list[Any]] = {}
    for row in parts.sort_values(["content_sha256", "ordinal"]).itertuples(index=False):
        members.setdefault((row.content_sha256, int(row.component_of_ordinal)), []).append(row)
    declared = []
    for sha, ordinal in groups:
        listed, total = members.get((sha, int(ordinal)), []), totals.get((sha, int(ordinal)))
        if total is None or len(listed) < 2:
            # one part alone never makes up its total: "19 dự án ..., bao gồm 3 dự án FDI" is "including"
            declared.append(False)
            continue
        namings = [p.indicator_text if isinstance(p.indicator_text, str) else "" for p in listed]
        declared.append(declares_whole(_opening_words(total, listed[0]), namings)
                        and not _LIST_GOES_ON.match(_words_after(listed[-1])))
    return pd.Series(declared, index=groups, dtype=bool)


@cache
def _scale_words() -> list[tuple[re.Pattern[str], str, float]]:
    """The parser's scale words (``parsing/vocab/scales.tsv``), longest first: "nghìn tỷ" before "tỷ"."""
    words = sorted(vocabulary().scales.items(), key=lambda item: -len(item[0]))
    return [(re.compile(rf"(?<!\w){re.escape(word)}(?!\w)"), word, scale) for word, scale in words]


def display_scale(raw_text: str) -> tuple[float, str]:
    """The scale a figure was printed in, to show arithmetic as the report wrote it."""
    lowered = raw_text.lower()
    for pattern, word, scale in _scale_words():
        if pattern.search(lowered):
            return scale, word
    return 1.0, ""


def _is_set(value: object) -> bool:
    return value is not None and value is not pd.NA and not (isinstance(value, float) and math.isnan(value))


def figure_bounds(figures: pd.DataFrame) -> pd.DataFrame:
    """Per figure: the intervals of its value, of the plan and of last year's value it implies."""
    lo, hi = value_bounds(figures)
    plan_lo, plan_hi = plan_bounds(figures, lo, hi)
    last_lo, last_hi = last_year_bounds(figures, lo, hi)
    return pd.DataFrame({"lo": lo, "hi": hi, "plan_lo": plan_lo, "plan_hi": plan_hi,
                         "last_lo": last_lo, "last_hi": last_hi}, index=figures.index)


def _failure(rows: Iterable[Any], check: str, message: str, expected: float | None, observed: float | None,
             severity: Severity = "error") -> FailureRow:
    rows = list(rows)
    return failure_row(rows[0].content_sha256, check, severity, message,
                       figure_ordinals=[r.ordinal for r in rows], expected=expected, observed=observed,
                       sentence=rows[-1].sentence)


# Parts that come to far more than their total: a writer's slip in a breakdown is a typo or a rounding
# (on the real sets, parts 0.1-2.3 % above the total), while parts of 1.3 to 11 times the total were
# every time figures of something else linked to it (a neighbouring list, the total itself, a unit's other
# measure). Such a sum is shown as a warning, not quarantined as an error.
FAR_ABOVE_TOTAL = 1.25
# Likewise below: the complete breakdowns that fell short on the real sets did so by 0.2-2.5 % (a part mistyped or
# rounded), while parts of a small fraction of their total were the parts of one of its parts ("diện tích nuôi cá
# 10.934,45 ha. Trong đó, ... cá thát lát 83,15 ha; ... tôm 97,20 ha; ... thủy sản khác 110,27 ha", B90: the
# fishery's breakdown written under its fish).
FAR_BELOW_TOTAL = 0.5

# (check, bounds prefix, what the parts are, how one part's term is written)
_SUMS = [
    ("components_sum", "", "components", None),
    ("plans_sum", "plan_", "plans implied by % of plan", "pct_of_plan"),
    ("last_year_sum", "last_", "last year's values implied by the year-on-year changes", "yoy_change_pct"),
]


def _same_scope_as_total(figures: pd.DataFrame, parts: pd.DataFrame) -> pd.DataFrame:
    """The parts said of their total's region and period: one of another province or period
    ("trong đó, Hà Nội 26,96 tỷ USD" under a national total, a neighbouring list) is no part."""
    scope = [c for c in _SCOPE if c in figures.columns]
    if not scope or parts.empty:
        return parts
    totals = figures[["content_sha256", "ordinal", *scope]].rename(columns={"ordinal": "component_of_ordinal"})
    joined = parts[["content_sha256", "component_of_ordinal", *scope]].astype({"component_of_ordinal": "int64"}) \
        .merge(totals, on=["content_sha256", "component_of_ordinal"], how="left", suffixes=("", "_total"))
    same = pd.Series(True, index=joined.index)
    for column in scope:
        mine, theirs = joined[column], joined[column + "_total"]
        same &= (mine == theirs) | (mine.isna() & theirs.isna())
    return parts[same.to_numpy()]


# A place inside the report's area that a part is said of: "riêng thành phố Phan Thiết có 780 cơ sở lưu trú", "tập
# trung tại TP Đà Lạt, với 905 cơ sở", "huyện Hàm Thuận Nam có 720 doanh nghiệp". A province after the word ("thành
# phố Hà Nội", "TP Hồ Chí Minh") is the report's whole area, no place inside it.
# ("đặc khu", a special zone of the 2025 reform: "Đặc khu Phú Quốc", B53)
_PLACE_WORD = re.compile(r"(?<!\w)(?:huyện|quận|thị\s+xã|thị\s+trấn|thành\s+phố|TP\.?|xã|phường|đặc\s+khu)\s+(?=[^\W\d_])",
                         re.IGNORECASE)


def said_of_a_place(clause: str) -> bool:
    """Whether a clause names a district, town or commune by its kind word and a capitalised name."""
    for match in _PLACE_WORD.finditer(clause):
        name_start = match.end()
        province = area_pattern().match(clause, match.start()) or area_pattern().match(clause, name_start)
        if clause[name_start].isupper() and not province:
            return True
    return False


def _clause_before(row: Any) -> str:
    """The words of a figure's clause before it: from the last ";" of its sentence before it."""
    before = _sentence_before(row)
    return before[before.rfind(";") + 1:]


def _parts_by_place(parts: pd.DataFrame) -> pd.Series:
    """Per part: is it said of a place inside the area (a breakdown by place) rather than of a kind?"""
    return pd.Series([said_of_a_place(_clause_before(row)) for row in parts.itertuples(index=False)],
                     index=parts.index, dtype=bool)


@cache
def _measured_units() -> frozenset[str]:
    """The units of the vocabulary that measure rather than count (money, areas, masses, rates, ...)."""
    return frozenset(u.name for u in vocabulary().units.values() if u.family != "count")


def _whole_counts_exact(figures: pd.DataFrame, bounds: pd.DataFrame) -> pd.DataFrame:
    """``bounds`` with a whole count printed to the unit ("74 phiên", "16 phiên") taken as exact: things counted one
    by one are no rounded measure, so parts of 16 + 2 + 58 sessions exceed a total of 74 (half a unit either side of
    each would hide that)."""
    exact = (~figures["unit"].isin(_measured_units()) & (figures["unit"] != "percent")
             & figures["qualifier"].isna() & figures["value_high"].isna()
             & (figures["value_rounding"] == 0.5) & (figures["value"] % 1 == 0)).to_numpy()
    bounds = bounds.copy()
    bounds.loc[exact, "lo"] = figures.loc[exact, "value"]
    bounds.loc[exact, "hi"] = figures.loc[exact, "value"]
    return bounds


def check_components(figures: pd.DataFrame) -> list[FailureRow]:
    """Components add up to their total; so do the plans and last year's values they imply.

    When the values themselves do not add up, the plans and last year's values
    derived from them cannot either: only the first failure is raised.
    """
    # A rate's parts ("năng suất bình quân 31,9 tạ/ha. Trong đó: cà phê vối 32,1 tạ/ha") average, never add up.
    parts = figures[figures["component_of_ordinal"].notna() & ~figures["unit"].str.contains("/", regex=False)]
    parts = _same_scope_as_total(figures, parts)
    if parts.empty:
        return []
    bounds = _whole_counts_exact(figures, figure_bounds(figures))
    totals = figures[_KEY + ["indicator", "plan_basis", "pct_of_plan", "yoy_change_pct"]].join(bounds)
    totals = totals.rename(columns=lambda c: c if c == "content_sha256" else "total_" + c)
    frame = parts[["content_sha256", "component_of_ordinal", "indicator", "plan_basis", "pct_of_plan",
                   "yoy_change_pct"]].join(bounds)
    frame["total_ordinal"] = frame["component_of_ordinal"].astype("int64")
    frame = frame.merge(totals[["content_sha256", "total_ordinal", "total_plan_basis", "total_indicator"]],
                        on=["content_sha256", "total_ordinal"], how="left")
    frame["plan_ok"] = frame["pct_of_plan"].notna() & (frame["plan_basis"] == frame["total_plan_basis"])
    frame["yoy_ok"] = frame["yoy_change_pct"].notna()
    frame["by_place"] = _parts_by_place(parts).to_numpy()
    grouped = frame.groupby(["content_sha256", "total_ordinal"], sort=False)
    sums = grouped[["lo", "hi", "plan_lo", "plan_hi", "last_lo", "last_hi"]].sum()
    sums["n"] = grouped.size()
    sums["n_by_place"] = grouped["by_place"].sum()
    sums["n_plan"] = grouped["plan_ok"].sum()
    sums["n_yoy"] = grouped["yoy_ok"].sum()
    sums["complete"] = _complete_groups(frame, sums["n"]) | _declared_complete(figures, parts, sums.index)
    sums = sums.reset_index().merge(totals, on=["content_sha256", "total_ordinal"], how="left")

    applies = {
        "components_sum": pd.Series(True, index=sums.index),
        "plans_sum": sums["total_pct_of_plan"].notna() & (sums["n_plan"] == sums["n"]),
        "last_year_sum": sums["total_yoy_change_pct"].notna() & (sums["n_yoy"] == sums["n"]),
    }
    failed_before = pd.Series(False, index=sums.index)
    found: list[tuple[str, int, str]] = []
    for check, prefix, _, _ in _SUMS:
        too_big = sums[prefix + "lo"] > sums[f"total_{prefix}hi"]
        too_small = sums["complete"] & (sums[prefix + "hi"] < sums[f"total_{prefix}lo"])
        failing = applies[check] & ~failed_before & (too_big | too_small)
        found += [(check, i, "exceed" if too_big[i] else "fall short of") for i in sums.index[failing]]
        failed_before |= failing
    if not found:
        return []
    # Rows as named tuples, read once: pandas' per-row lookups (.loc on a MultiIndex, itertuples
    # per group) cost milliseconds a failure, more than all the arithmetic above.
    failing = sums.loc[[i for _, i, _ in found], ["content_sha256", "total_ordinal"]].drop_duplicates()
    failing_parts = parts.merge(failing.rename(columns={"total_ordinal": "component_of_ordinal"}),
                                on=["content_sha256", "component_of_ordinal"])
    members: dict[tuple[str, int], list[Any]] = {}
    for row in failing_parts.itertuples(index=False):
        members.setdefault((row.content_sha256, int(row.component_of_ordinal)), []).append(row)
    failing_totals = figures.merge(failing.rename(columns={"total_ordinal": "ordinal"}), on=_KEY)
    totals = {(row.content_sha256, int(row.ordinal)): row for row in failing_totals.itertuples(index=False)}
    failures = []
    for check, i, relation in sorted(found, key=lambda f: f[1]):
        group = sums.loc[i]
        key = (group["content_sha256"], int(group["total_ordinal"]))
        if check == "components_sum" and _breakdowns_each_adding_up(members[key], group["total_lo"], group["total_hi"]):
            continue
        failures.append(_sum_failure(check, relation, totals[key], members[key], group))
    return failures


def _breakdowns_each_adding_up(parts: list[Any], total_lo: float, total_hi: float) -> bool:
    """Whether the parts, in the text's order, fall into two runs or more that each add up to the total: "dân số thành
    thị ...; nông thôn ...; dân số nam ...; dân số nữ ..." breaks the population down twice, by area and by sex (B53),
    and two full breakdowns are no slip."""
    runs, lo, hi, count = 0, 0.0, 0.0, 0
    for part in sorted(parts, key=lambda p: p.ordinal):
        rounding = part.value_rounding if _is_set(part.value_rounding) else 0.0
        lo, hi, count = lo + part.value - rounding, hi + part.value + rounding, count + 1
        if lo <= total_hi and hi >= total_lo:
            if count < 2:
                return False  # one part as large as the total is a total told again, or a slip: not a breakdown
            runs, lo, hi, count = runs + 1, 0.0, 0.0, 0
    return runs >= 2 and count == 0


def _term(row: Any, relation_column: str | None, scale: float) -> str:
    printed = format_vn(row.value / scale)
    if relation_column == "pct_of_plan":
        return f"{printed}/{format_vn(row.pct_of_plan)}%"
    if relation_column == "yoy_change_pct":
        return f"{printed}/{format_vn(1 + row.yoy_change_pct / 100, 4)}"
    return printed


def _sum_failure(check: str, relation: str, total: Any, parts: list[Any], group: pd.Series) -> FailureRow:
    _, prefix, what, relation_column = next(s for s in _SUMS if s[0] == check)
    scale, word = display_scale(total.raw_text)
    unit = f" {word} {total.unit}" if word else f" {total.unit}"
    decimals = 3 if relation_column is None else 1
    parts_interval = Interval(group[prefix + "lo"], group[prefix + "hi"])
    total_interval = Interval(group[f"total_{prefix}lo"], group[f"total_{prefix}hi"])
    terms = " + ".join(_term(p, relation_column, scale) for p in parts)
    if relation_column is not None:
        each = " + ".join(format_vn(Interval(b[0], b[1]).mid / scale, 1) for b in _part_bounds(parts, prefix))
        terms = f"{terms} = {each}"
        total_term = f"{_term(total, relation_column, scale)} = {format_vn(total_interval.mid / scale, 1)}"
    else:
        total_term = format_vn(total.value / scale)
    message = (f"{what}: {terms} = {format_vn(parts_interval.mid / scale, decimals)} "
               f"(interval {format_interval(parts_interval, scale, decimals)}) {relation} total {total_term} "
               f"({format_interval(total_interval, scale, decimals)}){unit}")
    severity: Severity = "error"
    if check == "last_year_sum" and not group["complete"]:
        # Last year's values of a list that is no known full breakdown ("thu nội địa ..., thu dầu thô ..." of a
        # total that has other parts too), or whose rates may be said on another base: certain only for a full one.
        message += (" (not a known full breakdown of the total: the parts' rates may be of other scopes or bases, "
                    "so a warning)")
        severity = "warning"
    elif not group["complete"]:
        message += " (the components listed need not be all of the total, so only more than it is an error)"
    if 0 < group["n_by_place"] < group["n"]:
        # "trong đó 210 khách sạn ...; riêng thành phố Phan Thiết có 780 cơ sở": parts of a breakdown by kind and of
        # one by place, each of the whole total; their sum says nothing certain (Lâm Đồng's hotels plus its
        # establishments in Đà Lạt came to more than the province's establishments).
        message += (" (some parts are said of a place inside the area and some of a kind: parts of two breakdowns "
                    "of the total, whose sum need not be within it, so a warning)")
        severity = "warning"
    if check == "components_sum" and _listed_inside_and_after_parentheses(parts):
        # "362 sản phẩm (nhóm thực phẩm 179, ..., dịch vụ 2); trong đó, 131 sản phẩm đã đạt sao": the parts in the
        # parenthesis break the total down by kind, the part after it by another measure (B58)
        message += (" (some parts are listed in parentheses and some after them: parts of two breakdowns of the total, "
                    "whose sum need not be within it, so a warning)")
        severity = "warning"
    if check == "components_sum" and severity == "error" and _parts_of_several_cuts(parts):
        # "khoảng 1.000 khách quốc tế và tổng lượt khách lưu trú ước đạt 44.000 lượt khách. ... khu vực phía đông ... đón
        # 60.000 lượt khách": parts by origin, by stay and by area, each of the whole total (B78)
        message += (" (the parts break the total down in different ways, by origin, by stay or by area: they overlap, "
                    "so their sum need not be within it, so a warning)")
        severity = "warning"
    if check == "components_sum" and _members_of_several(total):
        # "2.995.949 người tham gia bảo hiểm xã hội, bảo hiểm y tế, ..., trong đó: Bảo hiểm xã hội là 374.764 người;
        # ...; Bảo hiểm y tế là 2.885.885 người": one person takes part in several schemes, so the parts overlap (B66)
        message += (" (the total counts those taking part in several things, each part those of one: a person may be "
                    "in more than one part, so a warning)")
        severity = "warning"
    if check == "components_sum" and severity == "error" \
            and _SUBTRACTED_AFTER.match(_words_after(max(parts, key=lambda p: p.char_end))):
        # "gồm 159 doanh nghiệp đăng ký mới (727 tỷ đồng), 30 doanh nghiệp điều chỉnh tăng vốn (4.668 tỷ đồng), 01
        # doanh nghiệp giảm vốn (6 tỷ đồng)": a part told after them is taken off the total (B100)
        message += (" (a part told after them is taken off the total, so the parts added may come to more than it, "
                    "so a warning)")
        severity = "warning"
    if check == "components_sum" and parts_interval.lo > FAR_ABOVE_TOTAL * total_interval.hi:
        message += (f" (more than {format_vn(FAR_ABOVE_TOTAL)} times the total: more likely figures of something else "
                    "read as its parts than a slip of the text, so a warning)")
        severity = "warning"
    if check == "components_sum" and parts_interval.hi < FAR_BELOW_TOTAL * total_interval.lo:
        message += (f" (less than {format_vn(FAR_BELOW_TOTAL)} times the total: more likely the parts of one of its parts "
                    "than a slip of the text, so a warning)")
        severity = "warning"
    return _failure([total, *parts], check, message, total_interval.mid, parts_interval.mid, severity=severity)


# After a total: "tham gia" and two things or more, then its parts ("người tham gia bảo hiểm xã hội, bảo hiểm y tế,
# bảo hiểm thất nghiệp, trong đó: ..."), or the sentence's end, the parts in the next one ("3.105.812 người tham gia
# BHXH, BHYT. Trong đó, ...", B88)
_TAKING_PART_IN_SEVERAL = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}tham\s+gia\s+[^\W\d_][^,;.:()\d]*"
                                     r"(?:(?:,|\s+và)\s*(?!trong\s+đó|bao\s+gồm|gồm)[^\W\d_][^,;.:()\d]*)+"
                                     r"(?:,?\s*(?:trong\s+đó|bao\s+gồm|gồm)|[.:]?\s*$)", re.I)


def _members_of_several(total: Any) -> bool:
    """Whether the total counts those taking part in two things or more, named right after it before its parts."""
    return _TAKING_PART_IN_SEVERAL.match(_sentence_after(total)) is not None


@cache
def _breakdown_cuts() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(cut, pattern of its words) from ``schemas/breakdown_cuts.tsv``."""
    text = resources.files("schemas").joinpath("breakdown_cuts.tsv").read_text(encoding="utf-8")
    words: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            cut, phrase = line.split("\t")
            words.setdefault(cut.strip(), []).append(r"\s+".join(map(re.escape, phrase.split())))
    return tuple((cut, re.compile(rf"(?<!\w)(?:{'|'.join(found)})(?!\w)", re.I)) for cut, found in words.items())


# Where the words naming a part stop: the clause's or a list item's end.
_PART_NAME_ENDS = re.compile(r"[,;.:()]|\s(?:và|với|tăng|giảm|đạt|chiếm)\s", re.I)


def _cuts_named(part: Any) -> frozenset[str]:
    """The cuts (``_breakdown_cuts``) the words naming ``part`` belong to: those before it in its list item and
    right after it ("khoảng 1.000 khách quốc tế", "tổng lượt khách lưu trú ước đạt 44.000")."""
    before = re.split(r"[,;:()]|\svà\s", _sentence_before(part))[-1]
    after = _sentence_after(part)
    ends = _PART_NAME_ENDS.search(after)
    words = before + " " + (after[:ends.start()] if ends else after)
    return frozenset(cut for cut, pattern in _breakdown_cuts() if pattern.search(words))


def _parts_of_several_cuts(parts: list[Any]) -> bool:
    """Whether two parts name different cuts of the total and none in common (``_cuts_named``)."""
    named = [cuts for cuts in map(_cuts_named, parts) if cuts]
    return any(not (a & b) for i, a in enumerate(named) for b in named[i + 1:])


def _listed_inside_and_after_parentheses(parts: list[Any]) -> bool:
    """Whether some parts of one sentence stand inside parentheses and others after those close."""
    inside = []
    for part in parts:
        clause = _sentence_before(part)
        inside.append(clause.count("(") > clause.count(")"))
    return any(inside) and not all(inside)


def _sentence_before(row: Any) -> str:
    """The words of a figure's sentence before it."""
    return _sentence_split(row, "char_start")[0]


def _sentence_after(row: Any) -> str:
    """The words of a figure's sentence after it."""
    return _sentence_split(row, "char_end")[1]


def _sentence_split(row: Any, column: str) -> tuple[str, str]:
    """A figure's sentence cut at its ``column`` ("char_start" or "char_end"); both empty when not known."""
    sentence = getattr(row, "sentence", None)
    at: Any = getattr(row, column, None)
    sentence_start: Any = getattr(row, "sentence_start", None)
    if not isinstance(sentence, str) or not _is_set(at) or not _is_set(sentence_start):
        return "", ""
    cut = max(0, min(int(at - sentence_start), len(sentence)))
    return sentence[:cut], sentence[cut:]


def _part_bounds(parts: list[Any], prefix: str) -> list[tuple[float, float]]:
    frame = pd.DataFrame([p._asdict() for p in parts])
    bounds = figure_bounds(frame)
    return list(zip(bounds[prefix + "lo"], bounds[prefix + "hi"]))


def check_change_agrees_with_percent(figures: pd.DataFrame) -> list[FailureRow]:
    """"giảm 520 ha (bằng 0,4%)": the absolute and the relative change must agree."""
    both = figures[figures["change_abs"].notna() & figures["yoy_change_pct"].notna()]
    failures = []
    # what the printed value can stand for, its qualifier too: "gần 312.400 tỷ đồng, tăng khoảng 37.900 tỷ đồng,
    # tương đương tăng 13,9%" gives last year's value only to within the approximation (B30)
    lows, highs = value_bounds(both)
    for row, low, high in zip(both.itertuples(), lows, highs):
        value = Interval(float(low), float(high))
        # The change's own printed precision is not recorded; take the coarser of the value's
        # rounding and what its trailing zeros allow, so that rounding never raises an alarm.
        change = Interval.around(row.change_abs, max(_as_float(row.value_rounding), _trailing_rounding(row.change_abs)))
        last_year = value - change
        if last_year.lo <= 0:
            continue
        if change.lo >= 0:
            implied = Interval(100 * change.lo / last_year.hi, 100 * change.hi / last_year.lo)
        elif change.hi <= 0:
            implied = Interval(100 * change.lo / last_year.lo, 100 * change.hi / last_year.hi)
        else:
            implied = Interval(100 * change.lo / last_year.lo, 100 * change.hi / last_year.lo)
        # a writer may cut the last digit off rather than round it ("333.216 tấn, bằng 99,85%" of 333.699 tấn is
        # 99,855%, B53): a whole unit of the last digit either side, so a truncation raises no alarm
        stated = Interval.around(row.yoy_change_pct, 2 * row.yoy_change_rounding)
        if not implied.overlaps(stated):
            message = (f"change of {format_vn(row.change_abs)} {row.unit} on last year's "
                       f"{format_vn(last_year.mid)} is {format_interval(implied)}%, but the text says "
                       f"{format_vn(row.yoy_change_pct)}% ({format_interval(stated)})")
            doubt = _other_base(row)
            if doubt:
                message += f" ({doubt}, so a warning)"
            failures.append(_failure([row], "change_vs_percent", message, implied.mid, row.yoy_change_pct,
                                     severity="warning" if doubt else "error"))
    return failures


# Bases of a comparison other than last year's same period: "tăng 1.500 tỷ đồng so với dự toán, tăng 8% so với
# cùng kỳ", "tăng 200 triệu USD so với tháng trước".
_OTHER_BASE = re.compile(r"(?<!\w)(?:tháng\s+trước|quý\s+trước|kỳ\s+trước|tuần\s+trước|kế\s+hoạch|dự\s+toán|"
                         r"mục\s+tiêu|đầu\s+năm|cuối\s+năm|năm\s+học|bình\s+quân)(?!\w)", re.IGNORECASE)
# A change told twice as a pair: a rate and the size in parentheses after it or before it ("giảm 1,6% (-862 ha)",
# "tăng 1.200 tỷ đồng (+11%)", "giảm 1.686ha (bằng 2,24%)"), or joined by "tương ứng"/"tương đương" ("tăng 10%, tương
# ứng tăng 1.818 tỷ đồng").
_NUMBER = r"\d[\d.,]*"
_TOLD_TWICE = re.compile(
    rf"{_NUMBER}\s*%\s*\(\s*(?:bằng\s+|tương\s+(?:ứng|đương)\s+)?[+\-–]?\s*(?:tăng\s+|giảm\s+)?{_NUMBER}[^()%;]{{0,20}}\)"
    rf"|{_NUMBER}[^\d()%;]{{0,20}}\(\s*(?:bằng\s+|tương\s+(?:ứng|đương)\s+)?[+\-–]?\s*(?:tăng\s+|giảm\s+)?{_NUMBER}\s*%\s*\)"
    rf"|{_NUMBER}[^\d%;]{{0,25}}?,?\s*tương\s+(?:ứng|đương)(?:\s+với)?\s+(?:mức\s+)?(?:tăng\s+|giảm\s+)?{_NUMBER}",
    re.IGNORECASE)
# A count's rate told right after it: "6.420 hộ, tỷ lệ 2,15%", "21.300 hộ (chiếm tỷ lệ 5,2%)"; also after the words
# naming it, "5.854/8.225 xã đạt chuẩn nông thôn mới (chiếm 71,2%)" (B68).
_RATE_TOLD_WITH_IT = re.compile(r"[^\d;()]{0,40}?[,(]\s*((?:chiếm(?:\s+tỷ\s+lệ)?|tỷ\s+lệ)\s+\d[\d.,]*\s*%)",
                                re.IGNORECASE)
# The base named right after a pair: "... so với đầu năm".
_NEXT_BASE = re.compile(r"\s*,?\s*so(?:\s+với)?\s+(?P<base>[^\d,;.()]{1,30})", re.IGNORECASE)
# Where a comparison is named: "so với ...", "so cùng kỳ".
_COMPARISON = re.compile(r"(?<!\w)so(?:\s+với)?\s+(?P<base>[^\W\d]+(?:\s+[^\W\d]+)?(?:\s+(?:19|20)\d\d)?)",
                         re.IGNORECASE)


def _other_base(row: Any) -> str:
    """Why the change and the rate of a figure may not be one change told twice, or "" when they are: its clause
    (from the figure to the next ";") names a base other than last year's, or two different bases ("tăng 10% so
    với năm trước, tăng 3.000 tỷ đồng so với năm 2020")."""
    sentence = getattr(row, "sentence", None)
    if not isinstance(sentence, str):
        return ""
    start: Any = getattr(row, "char_start", None)
    sentence_start: Any = getattr(row, "sentence_start", None)
    offset = int(start - sentence_start) if _is_set(start) and _is_set(sentence_start) else 0
    offset = max(0, min(offset, len(sentence)))
    end = sentence.find(";", offset)
    clause = sentence[offset:end if end >= 0 else len(sentence)]
    rate = _RATE_TOLD_WITH_IT.match(sentence, int(row.char_end - sentence_start)) \
        if _is_set(getattr(row, "char_end", None)) and _is_set(sentence_start) else None
    if rate is not None:
        # "6.420 hộ, tỷ lệ 2,15%, (tăng 380 hộ, tăng 0,12% so với năm 2022)": the count's rate is told beside it, and a
        # percentage after the count's change is as often that rate's change in points (R67c: B34, B35)
        return f"the count is told with its rate (\"{rate.group(1)}\"): the percentage may be that rate's change in points"
    pair = _TOLD_TWICE.search(clause)
    if pair is not None:
        # "giảm 1,6% (-862 ha) so vụ mùa năm 2018", "tăng 10%, tương ứng tăng 1.818 tỷ đồng": one change told twice,
        # whatever else the clause compares with; only a base of its own right after the pair makes it another change
        after = _NEXT_BASE.match(clause, pair.end())
        if after is not None and _OTHER_BASE.match(after["base"]):
            return f"the change is said on \"{after['base'].strip()}\": not last year"
        return ""
    other = _OTHER_BASE.search(clause)
    if other is not None:
        return f"the clause compares with \"{other.group(0)}\" too: the change may be on that base"
    bases = {" ".join(m["base"].lower().split()) for m in _COMPARISON.finditer(clause)}
    if len(bases) > 1:
        return "the clause names two bases of comparison: the change and the rate may be on different ones"
    return ""


def _as_float(value: Any) -> float:
    return 0.0 if not _is_set(value) else abs(float(value))


def _trailing_rounding(value: float) -> float:
    """Half a unit of the last non-zero digit of a whole number: 520 -> 5, 1200 -> 50, 7 -> 0,5."""
    value = abs(value)
    if value != int(value) or value == 0:
        return 0.0
    unit = 1
    while int(value) % (unit * 10) == 0:
        unit *= 10
    return unit / 2


# Words naming a part of the report's period: "tháng 6" (June alone), "6 tháng" (January to June),
# "quý III", "cả năm". A monthly figure and the cumulative one are not the same figure stated twice.
# "Doanh thu du lịch năm 2016 ước đạt 1.000 tỷ đồng" in a report on nine months: the whole year's (its estimate or
# plan), not the months' (set R34); "9 tháng năm 2016", "tháng 9 năm 2016", "quý I năm 2016", "cùng kỳ năm 2015",
# "so với năm 2015" name no year of their own.
_SUB_PERIOD = re.compile(r"(?<!\w)(?:tháng\s+\d{1,2}|\d{1,2}\s+tháng|quý\s+[IVX\d]+|cả\s+năm|"
                         r"(?<!tháng\s)(?<!đầu\s)(?<!kỳ\s)(?<!với\s)(?<!\d\s)(?<![IVX]\s)năm\s+(?:19|20)\d\d)(?!\w)",
                         re.IGNORECASE)
_YEAR_WORDS = re.compile(r"^năm\s+\d{4}$")


def _sub_period(indicator_text: pd.Series, document_months: pd.Series) -> pd.Series:
    """The part of the period a figure is said of; "" for the document's whole period.

    "6 tháng" in a report on the first six months is the report's own period, so it is dropped.
    """
    found = indicator_text.fillna("").str.lower().str.findall(_SUB_PERIOD)
    whole = document_months.map(lambda m: f"{int(m)} tháng" if pd.notna(m) else None)
    # a year named in a report on a whole year is the report's own (or another year's, told apart by its scope)
    named = [{" ".join(w.split()) for w in words} for words in found]
    return pd.Series(["|".join(sorted(words - {own} - ({w for w in words if _YEAR_WORDS.match(w)}
                                                       if own == "12 tháng" else set())))
                      for words, own in zip(named, whole)], index=indicator_text.index)


def document_months(documents: pd.DataFrame) -> pd.Series:
    """Months each document reports on (6 for a first half-year), by ``content_sha256``."""
    days = (pd.to_datetime(documents["period_end"]) - pd.to_datetime(documents["period_start"])).dt.days
    return pd.Series((days / 30.4).round().to_numpy(), index=documents["content_sha256"].to_numpy())


# Figures compared as one figure stated twice must be said of the same region and period
# (``parsing.scope``); figures from frames built before figures had a scope compare as before.
_SCOPE = ["region", "period_start", "period_end"]
# Words of an indicator phrase that say when, how sure or how generally, not what: "Tính chung
# 6 tháng, kim ngạch xuất khẩu ước" and "xuất khẩu" describe the same thing.
_NOT_WHAT = re.compile(r"(?<!\w)(?:tính chung|lũy kế|luỹ kế|trong đó|riêng|trong|ước tính|ước|đạt|khoảng|"
                       r"kim ngạch|tổng|giá trị|hàng hóa|hàng hoá|toàn tỉnh|trên địa bàn(?: tỉnh)?|tại|tỉnh|thành phố|kh|kế hoạch|"
                       r"mục tiêu|chỉ tiêu|"
                       r"(?:\d{1,2}|sáu|chín|ba)\s+tháng(?:\s+đầu\s+năm)?|tháng\s+\d{1,2}|quý\s+[ivx\d]+|"
                       r"cả\s+năm|năm\s+(?:19|20)\d\d|(?:19|20)\d\d)(?!\w)|[^\w\s]", re.IGNORECASE)


def described_as(indicator_text: pd.Series) -> pd.Series:
    """``description`` of each phrase."""
    return indicator_text.map(description)


@lru_cache(maxsize=1 << 16)
def description(indicator_text: str | None) -> str:
    """The indicator phrase without its place, period, qualifier and punctuation, lower case:
    "Tại Khánh Hòa, 6 tháng đầu năm đón" and "Toàn tỉnh đón" are both "đón". Cached, and on plain
    strings: the cross-document checks ask it of every pair of figures they compare."""
    text = area_pattern().sub(" ", indicator_text if isinstance(indicator_text, str) else "").lower()
    return " ".join(_NOT_WHAT.sub(" ", text).split())


def _same_key_breakdowns(joined: pd.DataFrame) -> set[tuple[str, int]]:
    """Totals and parts that share their indicator key ("254.000 lượt khách, trong đó khách nội địa
    246.600 lượt", both ``tourist_arrivals``): the key cannot tell which is which. ``joined``: the parts beside their
    totals' keys (``_parts_with_their_totals``)."""
    same = joined[joined["indicator"] == joined["total_indicator"]]
    return set(zip(same["content_sha256"], same["ordinal"].astype(int))) | \
        set(zip(same["content_sha256"], same["component_of_ordinal"].astype(int)))


def _parts_of_unkeyed_wholes(joined: pd.DataFrame) -> set[tuple[str, int]]:
    """Parts whose total no indicator key names ("Nông nghiệp hữu cơ đã cấp giấy chứng nhận 1.708 ha gồm: ..., cà phê
    (216,3 ha)", B110): the part's key is the measure's, its scope the unnamed whole's, not the province's. ``joined``
    as for ``_same_key_breakdowns``."""
    unkeyed = joined[joined["total_indicator"].isna()]
    return set(zip(unkeyed["content_sha256"], unkeyed["ordinal"].astype(int)))


def _parts_with_their_totals(figures: pd.DataFrame) -> pd.DataFrame:
    """Every part (content_sha256, ordinal, component_of_ordinal, indicator) beside its total's indicator."""
    parts = figures[figures["component_of_ordinal"].notna()]
    totals = figures[["content_sha256", "ordinal", "indicator"]].rename(
        columns={"ordinal": "component_of_ordinal", "indicator": "total_indicator"})
    return parts[["content_sha256", "ordinal", "component_of_ordinal", "indicator"]].astype(
        {"component_of_ordinal": "int64"}).merge(totals, on=["content_sha256", "component_of_ordinal"])


# Words opening a breakdown ("trong đó", "gồm"): a figure after one in its sentence is a part of some total,
# even where the parser found no total of its unit to link it to ("tổng vốn 172 triệu USD. Trong đó, cấp mới
# 26 dự án ...": the 26 projects are a part of the FDI list, the 8 of the next sentence's DDI list).
_BREAKDOWN_OPENS = re.compile(r"(?<!\w)(?:trong\s+đó|bao\s+gồm|gồm|chia\s+ra|cụ\s+thể)(?!\w)", re.IGNORECASE)


def _listed_in_breakdowns(figures: pd.DataFrame) -> set[tuple[str, int]]:
    """Figures said after a breakdown's opening words in their own sentence that no total was found for (one linked
    to its total is told apart by its own key: "trong đó xuất khẩu 680 triệu USD" is the export figure)."""
    if "sentence" not in figures or "char_start" not in figures:
        return set()
    listed = set()
    unplaced = figures[figures["component_of_ordinal"].isna()]
    for row in unplaced[["content_sha256", "ordinal", "sentence", "char_start", "sentence_start"]].itertuples(index=False):
        if isinstance(row.sentence, str) and _BREAKDOWN_OPENS.search(row.sentence, 0,
                                                                    max(0, row.char_start - row.sentence_start)):
            listed.add((row.content_sha256, int(row.ordinal)))
    return listed


def _other_provinces_named(figures: pd.DataFrame) -> set[tuple[str, int]]:
    """Figures whose region is their document's by default while the document's text gives other figures
    another province ("Tại Hà Nam, ..." in a report filed under Ninh Bình): a paragraph that names none may
    be about either, so such a figure's region is not certain."""
    if "region_source" not in figures or "region" not in figures:
        return set()
    by_text = figures[figures["region_source"] == "text"].groupby("content_sha256")["region"].agg(set)
    unsure: set[tuple[str, int]] = set()
    if by_text.empty:
        return unsure
    defaulted = figures[(figures["region_source"] != "text") & figures["content_sha256"].isin(by_text.index)]
    for row in defaulted[["content_sha256", "ordinal", "region"]].itertuples(index=False):
        named = by_text.get(row.content_sha256, set())
        if named - {row.region}:
            unsure.add((row.content_sha256, int(row.ordinal)))
    return unsure


def _said_of_targets(figures: pd.DataFrame) -> set[tuple[str, int]]:
    """Figures told in a clause of a target or plan ("Ngành Du lịch phấn đấu đến cuối năm đón khoảng 500.000 lượt
    khách, trong đó khách quốc tế 40.000 lượt", "đề ra mục tiêu phấn đấu tổng thu ... gồm thu nội địa 55.000 tỷ
    đồng"), or listed as parts of a total so told: a target's figures are no second statement of the figures done
    (set R34)."""
    if "sentence" not in figures or "char_start" not in figures:
        return set()
    rows = {(row.content_sha256, int(row.ordinal)): row for row in figures.itertuples(index=False)}
    planned = {key for key, row in rows.items() if names_plan(_clause_before(row))}
    for key, row in rows.items():
        total = row.component_of_ordinal
        if _is_set(total) and (key[0], int(total)) in planned:
            planned.add(key)
    return planned


def _listed_beside_same_key(keyed: pd.DataFrame, group: list[str]) -> set[tuple[str, int]]:
    """Figures whose own sentence gives other values of the same key, part of the period and scope: a list of
    figures by sector, place or country ("lĩnh vực công nghiệp có 8 dự án, vốn đăng ký 53,7 triệu USD; lĩnh vực dịch
    vụ có 12 dự án, vốn đăng ký 46,3 triệu USD"), each of them one part of a whole, which the key does not tell from
    the whole or from the parts of another list (set R36)."""
    if "sentence_start" not in keyed:
        return set()
    columns = [*group, "sentence_start"]
    values = keyed.groupby(columns, dropna=False)["value"].transform("nunique")
    listed = keyed[values > 1]
    return set(zip(listed["content_sha256"], listed["ordinal"].astype(int)))


@cache
def _share_after() -> re.Pattern[str]:
    """The words of a share right after a figure, in its clause: ", chiếm 21,3%", " (chiếm tỷ trọng 40%)"."""
    relations = vocabulary().relations
    words = sorted({*relations.get("share", []), *relations.get("share_word", [])}, key=len, reverse=True)
    return re.compile(r"[\s,(–-]*(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")(?!\w)",
                      re.IGNORECASE)


def _shares_of_a_whole(figures: pd.DataFrame) -> set[tuple[str, int]]:
    """Amounts followed in their clause by their share of a whole ("vốn đăng ký 53,7 triệu USD, chiếm 53,7%"): the
    writer tells a part (a sector, a place, a kind), which the indicator key does not tell from the whole (set
    R36)."""
    if "sentence" not in figures or "char_end" not in figures:
        return set()
    pattern = _share_after()
    shares = set()
    amounts = figures[figures["kind"] != "share"]
    for row in amounts[["content_sha256", "ordinal", "sentence", "char_end", "sentence_start"]].itertuples(index=False):
        if not isinstance(row.sentence, str) or not _is_set(row.char_end) or not _is_set(row.sentence_start):
            continue
        end = int(row.char_end) - int(row.sentence_start)
        if 0 <= end <= len(row.sentence) and pattern.match(row.sentence, end):
            shares.add((row.content_sha256, int(row.ordinal)))
    return shares


_PART_OF_A_BREAKDOWN = "one of them is a total or a part of a breakdown, which the indicator key does not tell apart"
_LISTED_AS_A_PART = ("one of them is listed as a part (after \"trong đó\", \"gồm\") of a breakdown whose total the "
                     "parser did not find, which the indicator key does not tell apart")
_SAID_OF_A_TARGET = ("one of them is told in a clause of a target or plan (\"phấn đấu\", \"mục tiêu\", \"dự kiến\"), "
                     "or is a part of a total so told: a target is no second statement of the figure done")
_REGION_UNSURE = ("the text gives figures of another province, and one of these takes the report's province only "
                  "because its paragraph names none")
_IN_A_LIST = ("one of them stands in a list of other values of its key in its own sentence (by sector, place or "
              "country): one part of a list, which the indicator key does not tell from the whole or from the parts "
              "of another list")
_WITH_ITS_SHARE = ("one of them is given with its share of a whole (\"chiếm\"): a part, which the indicator key does "
                   "not tell from the whole or from other parts")

Figures = Set[tuple[str, int]]


_PARTS_OF_TWO_TOTALS = "they are parts of two different totals: two breakdowns can share an indicator key"
_PART_OF_AN_UNKEYED_WHOLE = ("one of them is a part of a whole no indicator key names (\"nông nghiệp hữu cơ 1.708 ha "
                             "gồm: ... cà phê 216,3 ha\"): the part of that whole, not the province's total")
_PART_OF_A_PLACE = ("one of them is a part of a district's, town's or commune's own total (\"Huyện A có 45.354 hộ. "
                    "Trong đó, số hộ nghèo: 6.713\"): a place's figure, which the indicator key does not tell apart")
# A total named by a place below the province: "Thành phố B có 70.100 hộ", "Huyện A ..."
_PLACE_NAMED = re.compile(r"\W*(?:thành\s+phố|tp\.?|huyện|thị\s+xã|quận|xã|phường|thị\s+trấn)\s+\w", re.I)


def _parts_of_places(figures: pd.DataFrame) -> Figures:
    """Figures that are parts of a total named by a place below the province (R72: B43)."""
    if "component_of_ordinal" not in figures or "indicator_text" not in figures:
        return set()
    named = {(sha, int(ordinal)) for sha, ordinal, text in
             zip(figures["content_sha256"], figures["ordinal"], figures["indicator_text"])
             if isinstance(text, str) and _PLACE_NAMED.match(text)}
    return {(sha, int(ordinal)) for sha, ordinal, total in
            zip(figures["content_sha256"], figures["ordinal"], figures["component_of_ordinal"])
            if _is_set(total) and (sha, int(total)) in named}


_UNDER_OTHER_HEADINGS = ("they stand under two numbered headings (\"1. ...:\", \"2. ...:\"): sections of another "
                         "standard, period or place, which the indicator key does not tell apart")
# A numbered heading on a line of its own, opening a section of the text: "1. Kết quả rà soát ... giai đoạn 2016-2020:"
_NUMBERED_HEADING = re.compile(r"^[ \t]*(?:\d{1,2}|[IVX]{1,4})[.)][ \t]+[^\n]{10,}:[ \t]*$", re.M)


_IN_A_PLACES_PARAGRAPH = ("one of them stands in a paragraph opened by a place inside the area (\"Đặc khu Phú Quốc "
                          "..., huyện ...\"), whose figures the indicator key does not tell from the area's")


def in_a_places_paragraph(text: str, start: int) -> bool:
    """Whether the figure at ``start`` stands in a paragraph whose first sentence opens with a place below the province
    ("Đặc khu Phú Quốc là đầu tàu ..., thu hút hơn 5,2 triệu lượt ... Tổng thu từ du lịch khoảng 24.866 tỷ đồng", B53)."""
    opening = text[text.rfind("\n", 0, start) + 1:start]
    first_words = " ".join(opening.split()[:3])
    return bool(first_words) and said_of_a_place(first_words) and _PLACE_WORD.match(first_words) is not None


def under_other_headings(text: str, start: int, start_2: int) -> bool:
    """Whether the figures at ``start`` and ``start_2`` stand under different numbered headings of ``text`` (R68:
    a province's poverty count under the old standard and under the new one, B36)."""
    headings = [m.start() for m in _NUMBERED_HEADING.finditer(text)]
    own = [max((h for h in headings if h < at), default=-1) for at in (start, start_2)]
    return own[0] >= 0 and own[1] >= 0 and own[0] != own[1]


def _restatement_doubt(pairs: pd.DataFrame, breakdowns: Figures, listed: Figures = frozenset(),
                       unsure_region: Figures = frozenset(), targets: Figures = frozenset(),
                       enumerated: Figures = frozenset(), shares: Figures = frozenset(),
                       places: Figures = frozenset(), unkeyed_wholes: Figures = frozenset()) -> pd.Series:
    """Why a pair of same-keyed figures whose values differ may not be one figure stated twice
    ("" when nothing says so): the checks give an error only for the same scope for certain.

    The first reason that holds is given. The two list readings of set R36 come after the words' descriptions, so
    that no warning given before them changed its reason."""
    roles = [(breakdowns, _PART_OF_A_BREAKDOWN), (listed, _LISTED_AS_A_PART), (targets, _SAID_OF_A_TARGET),
             (unsure_region, _REGION_UNSURE), (places, _PART_OF_A_PLACE)]
    in_lists = [(enumerated, _IN_A_LIST), (shares, _WITH_ITS_SHARE)]
    reasons = []
    for row in pairs.itertuples(index=False):
        pair = ((row.content_sha256, row.ordinal), (row.content_sha256, row.ordinal_2))
        reasons.append(_role_doubt(pair, roles) or _description_doubt(row.described, row.described_2)
                       or _role_doubt(pair, in_lists)
                       or (_PARTS_OF_TWO_TOTALS if _parts_of_two_totals(row.component_of_ordinal,
                                                                       row.component_of_ordinal_2) else "")
                       or _role_doubt(pair, [(unkeyed_wholes, _PART_OF_AN_UNKEYED_WHOLE)]))
    return pd.Series(reasons, index=pairs.index, dtype="object")


def _parts_of_two_totals(total: object, total_2: object) -> bool:
    """Whether two figures are parts of two different totals ("... VietGAP 740 ha, trong đó: lúa 330 ha ...; hữu cơ
    1.590 ha, trong đó: lúa 1.225 ha": two breakdowns' parts, B31)."""
    return _is_set(total) and _is_set(total_2) and total != total_2


def _role_doubt(pair: tuple[tuple[str, int], tuple[str, int]], roles: list[tuple[Figures, str]]) -> str:
    return next((reason for members, reason in roles if pair[0] in members or pair[1] in members), "")


def _description_doubt(described: str, described_2: str) -> str:
    if not described or not described_2:
        return "the words before one of them do not say what it measures (a plan's target, \"KH 41%\", reads so too)"
    if described != described_2:
        return (f"described differently ({described!r} and {described_2!r}): destinations, sectors or breakdowns "
                "can share an indicator key")
    return ""


def check_restatements(figures: pd.DataFrame, months: pd.Series | None = None,
                       texts: pd.Series | None = None) -> list[FailureRow]:
    """The same indicator stated twice in one document, in different sentences, with different values.

    Only figures said of the same region and part of the period are compared ("tháng 6" is not
    "6 tháng", Khánh Hòa's figure is not Hà Nội's). The failure is an error only when the two
    certainly have the same scope; where one is a total or a part, or the phrases differ, it is
    a warning that says why.
    """
    keyed = figures[figures["indicator"].notna()]
    scope = [c for c in _SCOPE if c in keyed.columns]
    key = ["content_sha256", "indicator", "kind", "unit", *scope]
    keyed = keyed[keyed.duplicated(key, keep=False)]
    if keyed.empty:
        return []
    keyed = keyed.join(figure_bounds(keyed)[["lo", "hi"]])
    months = pd.Series(dtype="float64") if months is None else months[~months.index.duplicated()]
    keyed["sub_period"] = _sub_period(keyed["indicator_text"], keyed["content_sha256"].map(months))
    keyed["described"] = described_as(keyed["indicator_text"])
    columns = [*key, "sub_period", "ordinal", "sentence_start", "component_of_ordinal", "described", "lo", "hi"]
    pairs = keyed[columns].merge(keyed[columns], on=[*key, "sub_period"], suffixes=("", "_2"))
    pairs = pairs[(pairs["ordinal"] < pairs["ordinal_2"]) & (pairs["sentence_start"] != pairs["sentence_start_2"])]
    pairs = pairs[(pairs["lo"] > pairs["hi_2"]) | (pairs["lo_2"] > pairs["hi"])]
    related = (pairs["component_of_ordinal"] == pairs["ordinal_2"]).fillna(False) | \
        (pairs["component_of_ordinal_2"] == pairs["ordinal"]).fillna(False)
    pairs = pairs[~related]
    if pairs.empty:
        return []
    parts_and_totals = _parts_with_their_totals(figures)
    doubts = _restatement_doubt(pairs, _same_key_breakdowns(parts_and_totals), _listed_in_breakdowns(keyed),
                                _other_provinces_named(figures), _said_of_targets(figures),
                                _listed_beside_same_key(keyed, [*key, "sub_period"]), _shares_of_a_whole(keyed),
                                _parts_of_places(figures), _parts_of_unkeyed_wholes(parts_and_totals))
    named = set(zip(pairs["content_sha256"], pairs["ordinal"])) | set(zip(pairs["content_sha256"], pairs["ordinal_2"]))
    rows = {(row.content_sha256, row.ordinal): row for row in keyed.itertuples(index=False)
            if (row.content_sha256, row.ordinal) in named}
    failures = []
    for sha, first_ordinal, second_ordinal, doubt in zip(pairs["content_sha256"], pairs["ordinal"],
                                                         pairs["ordinal_2"], doubts):
        first, second = rows[(sha, first_ordinal)], rows[(sha, second_ordinal)]
        scale, word = display_scale(first.raw_text)
        first_interval, second_interval = Interval(first.lo, first.hi), Interval(second.lo, second.hi)
        message = (f"{first.indicator} stated twice: {first.raw_text!r} "
                   f"({format_interval(first_interval, scale)}) and {second.raw_text!r} "
                   f"({format_interval(second_interval, scale)}){' ' + word if word else ''} {first.unit}")
        if not doubt and texts is not None and sha in texts.index \
                and under_other_headings(str(texts[sha]), int(first.char_start), int(second.char_start)):
            doubt = _UNDER_OTHER_HEADINGS
        if not doubt and texts is not None and sha in texts.index \
                and in_a_places_paragraph(str(texts[sha]), int(first.char_start)) \
                != in_a_places_paragraph(str(texts[sha]), int(second.char_start)):
            doubt = _IN_A_PLACES_PARAGRAPH
        if doubt:
            message += f" (a warning, not an error: {doubt})"
        failures.append(_failure([first, second], "stated_twice", message, first.value, second.value,
                                 severity="warning" if doubt else "error"))
    return failures


def check_plan_amount(figures: pd.DataFrame) -> list[FailureRow]:
    """"đạt 49,5% dự toán (dự toán 6.146 tỷ đồng)": the plan that value / pct_of_plan implies must agree
    with the plan amount stated beside it. The value's qualifier ("hơn", "khoảng") widens the implied
    plan as it widens the value (``value_bounds``)."""
    if "plan_amount" not in figures:
        return []
    stated = figures[figures["plan_amount"].notna() & figures["pct_of_plan"].notna()]
    if stated.empty:
        return []
    # the percentage may be cut rather than rounded ("5.113,4/4.980 ha, đạt 102,6%": 102,67...%, R68)
    pct, pct_rounding = rounded_or_cut(stated["pct_of_plan"].astype("float64"),
                                       stated["pct_of_plan_rounding"].astype("float64").fillna(0.0).abs())
    bounds = figure_bounds(stated.assign(pct_of_plan=pct, pct_of_plan_rounding=pct_rounding))
    plan = stated["plan_amount"].astype("float64")
    rounding = stated["plan_amount_rounding"].astype("float64").fillna(0.0).abs()
    failing = (bounds["plan_lo"] > plan + rounding) | (bounds["plan_hi"] < plan - rounding)
    failures = []
    for row in stated[failing].itertuples():
        implied = Interval(bounds.at[row.Index, "plan_lo"], bounds.at[row.Index, "plan_hi"])
        printed = Interval.around(row.plan_amount, row.plan_amount_rounding)
        scale, word = display_scale(row.raw_text)
        unit = f"{word} {row.unit}" if word else row.unit
        message = (f"{row.raw_text} / {format_vn(row.pct_of_plan)}% = {format_vn(implied.mid / scale, 1)} "
                   f"({format_interval(implied, scale, 1)}) vs stated plan {format_vn(row.plan_amount / scale)} "
                   f"({format_interval(printed, scale)}) {unit}")
        severity: Severity = "error"
        if (row.value < row.plan_amount) != (row.pct_of_plan < 100.0) and row.value != row.plan_amount:
            # "diện tích chè cho sản phẩm là 1.283/1.379 ha đạt 126,1% kế hoạch" (B69): a percentage of the plan on the
            # other side of 100 than "a/b" is no percentage of b, which is then the whole, not the plan
            message += " (the percentage is on the other side of 100 from the fraction: its second number may be the " \
                       "whole, not the plan, so a warning)"
            severity = "warning"
        failures.append(_failure([row], "plan_amount", message, implied.mid, row.plan_amount, severity=severity))
    return failures


def check_document_figures(figures: pd.DataFrame, documents: pd.DataFrame | None = None) -> list[FailureRow]:
    if figures.empty:
        return []
    months = None if documents is None or documents.empty else document_months(documents)
    texts = None if documents is None or documents.empty or "text" not in documents \
        else documents.drop_duplicates("content_sha256").set_index("content_sha256")["text"]
    return (check_components(figures) + check_change_agrees_with_percent(figures)
            + check_restatements(figures, months, texts) + check_plan_amount(figures) + check_part_shares(figures))
