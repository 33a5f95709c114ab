"""The district, town, ward or commune a report is about, when it is about one and not its whole province.

A district's report ("Kỳ họp thứ 9, HĐND huyện Cam Lộ ...", "toàn huyện", "trên địa bàn huyện") is filed under its
province (``report_region``), but its figures are the district's: the average income of Cam Lộ is not the province's,
nor Đakrông's. The cross-document checks compare figures of one area only (``schemas.cross_document``), so that two
districts of a province, or a district and its province, are never taken for one figure reported differently (B62: two
district reports of Quảng Trị for 2022 gave a false error).

The area is the first place named with its kind ("huyện Cam Lộ", "thị xã Hương Trà", "xã Long Hựu Tây", "phường Nghi
Thu") in the report's headline or opening paragraph, when the text speaks of itself as that kind of place ("toàn
huyện", "của xã", "trên địa bàn thị xã") at least as often as of its province ("toàn tỉnh"), and at least once unless
the place is named in its opening words. Written as the kind and
the name ("huyện Cam Lộ"). None for a province's report, a digest, or a text that names no such place up front.
"""

from __future__ import annotations

import re

from parsing import regions
from parsing.patterns import UPPER
from parsing.vocabulary import province_of_spelling

# Where the report names what it is about: its headline and opening paragraph.
_HEAD_CHARS = 600
_OPENING_CHARS = 200
_KINDS = ("huyện", "thị xã", "thành phố", "quận", "xã", "phường", "thị trấn")
_KIND_WORDS = {kind: r"\s+".join(kind.split()) for kind in _KINDS}  # "thị xã" as written over a line break too
# A place named with its kind: the kind (any case), then one to four capitalised words ("huyện Cam Lộ", "TP. Bảo Lộc").
_PLACE_NAMED = re.compile(rf"(?<!\w)(?P<kind>(?i:{'|'.join(_KIND_WORDS.values())})|TP\.?)\s*"
                          rf"(?P<name>[{UPPER}]\w*(?:[ \t]+[{UPPER}]\w*){{0,3}})")
# How the text speaks of itself: "toàn huyện", "của xã", "trên địa bàn thị xã", with no name after.
_SELF = {kind: re.compile(rf"(?<!\w)(?i:toàn|của|cả|trên\s+địa\s+bàn)\s+(?i:{words})(?![ \t]*[{UPPER}])(?!\w)")
         for kind, words in _KIND_WORDS.items()}
_PROVINCE_SELF = re.compile(rf"(?<!\w)(?i:toàn|của|cả|trên\s+địa\s+bàn)\s+(?i:tỉnh)(?![ \t]*[{UPPER}])(?!\w)")
# A province's own name after "thành phố" ("thành phố Hà Nội", "TP. Hồ Chí Minh") is the province, no area in it.
_PROVINCE_NAMES = frozenset(province_of_spelling())


def report_area(text: str, region: str | None = None) -> str | None:
    """The district, town, ward or commune ``text`` reports on ("huyện Cam Lộ"), or None (see the module); a district,
    town or city must be one of the gazetteer's (``vocab/places.tsv``), of ``region`` when it is known."""
    head = list(_PLACE_NAMED.finditer(text, 0, _HEAD_CHARS))
    if any(_SEVERAL.search(text, max(0, named.start() - 8), named.start()) for named in head):
        return None  # "HĐND các huyện Nam Đàn, Hưng Nguyên, Quỳnh Lưu ...": a report on several places, no one area
    province_self = len(_PROVINCE_SELF.findall(text)) if head else 0  # (most texts name no place up front)
    for named in head:
        kind = " ".join(named["kind"].lower().split())
        kind = "thành phố" if kind.startswith("tp") else kind
        words = _place_words(kind, named["name"].split(), region)
        if not words or " ".join(words).lower() in _PROVINCE_NAMES:
            continue
        own = len(_SELF[kind].findall(text))
        # named in the headline or the opening words ("Kỳ họp thứ 9, HĐND huyện Cam Lộ khóa VI"), or named up front and
        # then spoken of as "toàn huyện", more than the province is
        if (own or named.start() < _OPENING_CHARS) and own >= province_self:
            return f"{kind} {' '.join(w[:1].upper() + w[1:].lower() for w in words)}"
    return None


_SEVERAL = re.compile(r"(?<!\w)(?:các|những)\s+$", re.IGNORECASE)
_COMMUNE_KINDS = frozenset({"xã", "phường", "thị trấn"})


def _place_words(kind: str, words: list[str], region: str | None) -> list[str]:
    """The words of the place's name: for a district, town or city the longest run the gazetteer knows (of ``region``
    when given: "huyện Cát Hải Phạm Trí" is Cát Hải, a person's name after it); for a commune or ward, up to three
    words, not a headline's capitals ("KINH TẾ XÃ HỘI CHỦ YẾU" names no commune)."""
    if kind in _COMMUNE_KINDS:
        return [] if all(w.isupper() for w in words) else words[:3]
    for n in range(len(words), 0, -1):
        provinces = regions.provinces_of_place(" ".join(words[:n]))
        if provinces and (region is None or region in provinces):
            return words[:n]
    return []
