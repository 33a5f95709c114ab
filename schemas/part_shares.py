"""A part's share told right after it agrees with the part over its total.

"bưởi đạt chuẩn 12.400 tấn (chiếm 41,5% tổng sản lượng)" under a total of 31.000 tấn says 41,5%, but 12.400 /
31.000 is 40%: one of the three printed numbers is wrong. The check is a warning, never an error: the
parser's link from a part to its total can be wrong (a neighbouring total of another measure), and a share can be
of another whole the words after it name ("chiếm 30% kim ngạch cả nước"), which this check skips but cannot rule out.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from schemas.frames import FailureRow, failure_row
from schemas.intervals import Interval, format_interval, format_vn, rounded_or_cut, value_bounds

_KEY = ["content_sha256", "ordinal"]

# What stands between a part and its share: "12.400 tấn (chiếm 41,5%", "5.900 tỷ đồng, chiếm tỷ lệ 65%",
# "6.103,8 ha, bằng 74,8%". Nothing else: a verb or a noun between them makes the share another figure's.
_BETWEEN = re.compile(r"\s*[,(]?\s*(?:chiếm|bằng)(?:\s+(?:tỷ|tỉ)\s+(?:lệ|trọng))?"
                      r"(?:\s+(?:khoảng|gần|hơn|trên|xấp\s+xỉ))?\s*", re.IGNORECASE)
# What may follow the share: the end of its clause, or the total named as "tổng ..." ("chiếm 41,5% tổng sản
# lượng", "so với tổng số"). Any other words name the whole ("kim ngạch cả nước", "dân số toàn tỉnh").
_WHOLE_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:so\s+với\s+)?tổng(?:\s+số)?(?!\s+[^,.;:()]{0,40}?(?:cả\s+nước|toàn\s+quốc)))",
                          re.IGNORECASE)


def check_part_shares(figures: pd.DataFrame) -> list[FailureRow]:
    """A share told right after a part ("12.400 tấn (chiếm 41,5%)") that the part over its total cannot give."""
    needed = {"component_of_ordinal", "sentence", "sentence_start", "char_start", "char_end"}
    if figures.empty or not needed <= set(figures.columns):
        return []
    frame = figures.reset_index(drop=True)
    lo, hi = value_bounds(frame)
    frame = frame.assign(lo=lo, hi=hi)
    parts = frame[frame["component_of_ordinal"].notna() & (frame["kind"] == "amount")
                  & ~frame["unit"].str.contains("/", regex=False)]
    if parts.empty:
        return []
    totals = frame[_KEY + ["kind", "unit", "lo", "hi", "raw_text"]].rename(
        columns={"ordinal": "total_ordinal", "kind": "total_kind", "unit": "total_unit", "lo": "total_lo",
                 "hi": "total_hi", "raw_text": "total_text"})
    shares = frame[(frame["kind"] == "share") & (frame["unit"] == "percent")]
    shares = shares[_KEY + ["value", "value_rounding", "char_start", "char_end", "raw_text", "sentence_start"]].rename(
        columns=lambda c: c if c == "content_sha256" else "share_" + c)
    pairs = (parts.assign(total_ordinal=parts["component_of_ordinal"].astype("int64"), share_ordinal=parts["ordinal"] + 1)
             .merge(totals, on=["content_sha256", "total_ordinal"])
             .merge(shares, on=["content_sha256", "share_ordinal"]))
    pairs = pairs[(pairs["total_kind"] == "amount") & (pairs["total_unit"] == pairs["unit"]) & (pairs["total_lo"] > 0)
                  & (pairs["share_sentence_start"] == pairs["sentence_start"])]
    return [failure for row in pairs.itertuples(index=False) if (failure := _disagreement(row)) is not None]


def _disagreement(row: Any) -> FailureRow | None:
    sentence = row.sentence if isinstance(row.sentence, str) else ""
    offset = int(row.sentence_start)
    between = sentence[int(row.char_end) - offset:int(row.share_char_start) - offset]
    if not _BETWEEN.fullmatch(between) or not _WHOLE_AFTER.match(sentence, int(row.share_char_end) - offset):
        return None
    implied = Interval(100 * row.lo / row.total_hi, 100 * row.hi / row.total_lo)
    rounding = 0.0 if pd.isna(row.share_value_rounding) else abs(float(row.share_value_rounding))
    stated = Interval.around(*rounded_or_cut(float(row.share_value), rounding))
    if implied.overlaps(stated):
        return None
    message = (f"{row.raw_text} of the total {row.total_text} is {format_interval(implied)}% "
               f"({format_vn(implied.mid, 2)}%), but the text says {row.share_raw_text} right after it (a warning: "
               "the part may be linked to the wrong total, or the share be of another whole)")
    return failure_row(row.content_sha256, "part_share", "warning", message,
                       figure_ordinals=[int(row.total_ordinal), int(row.ordinal), int(row.share_ordinal)],
                       expected=implied.mid, observed=float(row.share_value), sentence=sentence)
