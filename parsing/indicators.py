"""Which indicator a figure measures: the canonical key (``parsing/vocab/indicators.tsv``) and the words as written.

A phrase names only figures whose unit its indicator can measure ("hộ nghèo" is
poor households for a count of households, "tỷ lệ hộ nghèo" the poverty rate for
a percentage); the phrase nearest before the figure wins, and a count is first
named by the words right after its number. A word elsewhere in the clause can
narrow the key (``indicator_refinements.tsv``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from parsing.patterns import phrase_alternation
from parsing.vocabulary import vocabulary

_V = vocabulary()


def _key(phrase: str) -> str:
    return " ".join(phrase.split()).lower()


_INDICATORS_BY_PHRASE: dict[str, list[str]] = {}
for _indicator_key, _phrases in _V.indicators.items():
    for _phrase in _phrases:
        _INDICATORS_BY_PHRASE.setdefault(_phrase, []).append(_indicator_key)
# One alternation, longest phrase first, so "xuất khẩu lao động" wins over "xuất khẩu".
_INDICATOR = re.compile(rf"(?<!\w)(?:{phrase_alternation(_INDICATORS_BY_PHRASE)})(?!\w)", re.IGNORECASE)


def _word(phrase: str) -> re.Pattern[str] | None:
    return re.compile(rf"(?<!\w){phrase_alternation([phrase])}(?!\w)", re.I) if phrase else None


# A phrase inside "(không bao gồm thu tiền sử dụng đất ...)" says what the figure leaves out: it never names it.
_EXCLUSION = re.compile(r"\((?:không bao gồm|chưa bao gồm|không kể|chưa kể|không tính|trừ)(?!\w)[^()]*\)", re.IGNORECASE)


def _words(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{phrase_alternation(words)})(?!\w)", re.I)


def _optional_words(words: list[str]) -> re.Pattern[str] | None:
    return _words(words) if words else None


# (keys, words naming a part of what the keys measure, words naming the whole again); see indicator_parts.tsv
_PARTS = [(keys, _words(words), _optional_words(unless)) for keys, words, unless in _V.indicator_parts
          if not keys & {"target", "share"}]
_TARGET, _NOT_TARGET = next((_words(words), _optional_words(unless)) for keys, words, unless in _V.indicator_parts
                            if "target" in keys)
_SHARE = next(_words(words) for keys, words, _ in _V.indicator_parts if "share" in keys)
# A part word up to three words before the naming phrase still narrows it ("diện tích thu hoạch lúa", "hàng hoa
# quả tham gia xuất khẩu"); further back it names something else ("doanh nghiệp FDI thuộc lĩnh vực điện tử đã
# đưa kim ngạch xuất khẩu của tỉnh").
_PART_WORDS_BEFORE = 3
# "(KH 41%)", "(kế hoạch 52.700 ha)", "(NQ 7,5%)": the plan level stated beside the actual (words: relations.tsv).
_PLAN_LEVEL = re.compile(rf"\(\s*(?:{phrase_alternation(_V.relations['plan_level'])})\s*(?:năm\s*\d{{4}}\s*)?"
                         r"(?:tăng|giảm|đạt|là|:)?\s*$", re.IGNORECASE)
_REFINEMENTS = [(key, _word(word), narrower, _word(unless)) for key, word, narrower, unless in _V.indicator_refinements]
# Words around the indicator phrase that are not part of its name: links before it, verbs and bounds after it.
_LEADING_FILLER = re.compile(r"[\s,;:()–\-]*(?:(?:và|còn|trong đó|trong số đó|bao gồm|gồm|riêng|với)(?!\w)[\s,]*)*",
                            re.IGNORECASE)
_TRAILING_WORDS = ["ước tính", "ước đạt", "dự ước", "ước", "đạt", "là", "có", "khoảng", "gần", "hơn", "trên", "dưới",
                   "xấp xỉ", "tăng", "giảm", "bằng", "chiếm", "còn", "ở mức", "lên", "được", "thu hút", "trưởng"]
_TRAILING_FILLER = re.compile(rf"(?:[\s,;:()]|(?<!\w)(?:{'|'.join(_TRAILING_WORDS)}))*$", re.IGNORECASE)
# The trailing filler lies within the run of punctuation and whole words of ``_TRAILING_WORDS`` that ends the text.
# The search for where the filler starts tries every place it is given (see ``parsing.scan``): given only that run,
# found by matching the reversed text from its start, it tries a few places instead of every place of the window.
_TRAILING_RUN_REVERSED = re.compile(
    rf"(?:[\s,;:()]|(?<!\w)(?:{'|'.join(sorted({w[::-1] for p in _TRAILING_WORDS for w in p.split()}))})(?!\w))*",
    re.IGNORECASE)
# The figure itself and up to eight words after it name a count ("1.120 doanh nghiệp thành lập mới").
_AFTER_WORDS = 8
# How far (in characters) before or after a figure the words naming it are looked for.
NAME_REACH = 240
_NAMED_AFTER = {"count"}
# Keys a bare verb names ("trồng mới"): the words after the figure may name what it is of, a part word among them.
_NAMED_BY_A_VERB_BEFORE = {"forest_planting"}


def name_figure(body: str, segment_start: int, start: int, end: int, unit: str, family: str,
                plans: bool = False) -> tuple[str | None, str | None]:
    """The indicator a figure measures, and the words that name it as written.

    The phrase nearest before the figure whose indicator can measure the figure's
    unit wins; a count is first named by the words right after its number. A word
    elsewhere in the clause can narrow the key ("FDI": registered investment ->
    registered FDI).
    """
    window = body[max(segment_start, clause_start(body, start)):start]
    named = _EXCLUSION.sub(lambda m: " " * len(m.group(0)), window)
    after = " ".join(body[end:end + NAME_REACH].split(maxsplit=_AFTER_WORDS)[:_AFTER_WORDS])
    after = body[start:end] + " " + re.split(r"[,;:.()\d]", after, maxsplit=1)[0]
    fits = {unit, unit.split("/")[0], family}
    before = next(((m.start(), k) for m in reversed(list(_INDICATOR.finditer(named))) for k in _keys(m, fits)),
                  (0, None))
    before_key = before[1]
    # A phrase running past the figure's own words names it strongly ("12 xã đạt chuẩn nông thôn mới nâng
    # cao"); one inside them ("2.178 hộ nghèo", "15,6 triệu lượt khách") only when nothing before names it.
    own = end - start
    strong = weak = None
    for m in _INDICATOR.finditer(after):
        for k in _keys(m, fits):
            if m.end() > own + 1:
                strong = strong or (m.start(), k)
            else:
                weak = weak or (m.start(), k)
    if family in _NAMED_AFTER:
        chosen = strong or (before if before_key else None) or weak
    else:
        chosen = (before if before_key else None) or strong or weak
    key = chosen[1] if chosen else None
    if key is not None and chosen is not None:
        # the words from the naming phrase on: "kim ngạch xuất khẩu thủy sản đạt", "lượt khách nội địa"
        naming = named[_words_back(named, chosen[0], _PART_WORDS_BEFORE):] if chosen is before else after[chosen[0]:]
        if chosen is before and key in _NAMED_BY_A_VERB_BEFORE:
            # an area named by its verb before it and by its crop after it: "trồng mới 500ha cây Sâm Ngọc Linh" is no
            # forest planted (B70)
            naming = f"{naming} {after[own:]}"
        if overreaches(key, named, naming, plans):
            key = None
    if key is not None:
        context = body[clause_start(body, start):start] + " " + after
        for broad, word, narrower, unless in _REFINEMENTS:
            if key == broad and _nearest(word, context) > _nearest(unless, context):
                key = narrower
                break
    text = _without_filler(" ".join(window.split())).strip()
    if len(text) > 120:
        text = text[-120:].split(" ", 1)[-1]
    return key, text or None


def _words_back(text: str, at: int, count: int) -> int:
    """Where the ``count`` words before ``at`` start."""
    found = re.search(rf"(?:\S+\s+){{0,{count}}}$", text[:at])
    assert found is not None  # zero words match
    return found.start()


def overreaches(key: str, clause: str, naming: str = "", plans: bool = False) -> bool:
    """Whether ``key``, the total's indicator, would overreach for a figure: its words name a
    part of the total ("xuất khẩu thủy sản", "khách nội địa") or another measure ("vốn FDI đã thực hiện",
    "diện tích thu hoạch"), a plan level ("phấn đấu đón 3,5 triệu lượt khách", "(KH 41%)"), or a share
    ("tỷ trọng ... trong GRDP", which no growth key measures). ``clause`` is the clause before the figure,
    ``naming`` the words from the naming phrase on (a part word before the phrase names something else);
    with ``plans`` a target still takes its key (what a target rate measures says whether it is growth)."""
    if not plans and names_plan(clause) or key in _V.growth_indicators and _SHARE.search(clause):
        return True
    return any(key in keys and part.search(naming) and not (unless and unless.search(clause + " " + naming))
               for keys, part, unless in _PARTS)


def names_plan(clause: str) -> bool:
    """Whether the clause before a figure makes it a target, forecast or plan level ("phấn đấu", "(KH 41%)")."""
    if _PLAN_LEVEL.search(clause):
        return True
    if not _TARGET.search(clause):
        return False
    # "Chương trình mục tiêu quốc gia" names a programme, not a target
    return not _NOT_TARGET or bool(_TARGET.search(_NOT_TARGET.sub(" ", clause)))


def plan_clause(body: str, segment_start: int, start: int) -> str:
    """The words before a figure that ``name_figure`` reads a plan level in."""
    return _EXCLUSION.sub(lambda m: " " * len(m.group(0)), body[max(segment_start, clause_start(body, start)):start])


def _without_filler(text: str) -> str:
    """``text`` less the filler words that open it and those that end it."""
    # Each pattern matches the empty string, so each finds a match.
    leading = _LEADING_FILLER.match(text)
    trailing_run = _TRAILING_RUN_REVERSED.match(text[::-1])
    assert leading is not None and trailing_run is not None
    name_start = leading.end()
    run_start = len(text) - trailing_run.end()
    trailing = _TRAILING_FILLER.search(text, max(name_start, run_start))
    assert trailing is not None
    return text[name_start:trailing.start()]


def clause_start(body: str, at: int) -> int:
    """Start of the clause holding ``at``, looking back no further than the words that can name a figure."""
    floor = max(0, at - NAME_REACH)
    return max(floor, body.rfind(";", floor, at) + 1)


def _nearest(word: re.Pattern[str] | None, context: str) -> int:
    """Where the last occurrence of ``word`` starts in ``context`` (-1: nowhere)."""
    if word is None:
        return -1
    return max((m.start() for m in word.finditer(context)), default=-1)


def _keys(match: re.Match[str], fits: set[str]) -> Iterator[str]:
    for key in _INDICATORS_BY_PHRASE[_key(match.group(0))]:
        units = _V.indicator_units.get(key)
        if not units or units & fits:
            yield key


def named_keys(text: str) -> set[str]:
    """The indicators the phrases of ``text`` name: the subject of "So với cùng kỳ năm trước, lượng khách du lịch
    tăng 5,3%" names the arrivals a sentence before counted, however that one named them (set R51)."""
    return {key for m in _INDICATOR.finditer(text) for key in _INDICATORS_BY_PHRASE[_key(m.group(0))]}


def measures(key: str, unit: str) -> bool:
    """Whether the indicator ``key`` can measure a figure in ``unit`` ("money" for đồng and dollars)."""
    units = _V.indicator_units.get(key)
    base = unit.split("/")[0]
    return not units or bool(units & {unit, base}) or "money" in units and base in ("VND", "USD")


def names_money(body: str, start: int, end: int) -> bool:
    """Whether the indicator named nearest before ``end`` is measured in money only ("thu ngân sách đạt 18.000 tỷ")."""
    names = list(_INDICATOR.finditer(body, max(start, end - NAME_REACH), end))
    if not names:
        return False
    return all(_V.indicator_units.get(k) == frozenset({"money"}) for k in _INDICATORS_BY_PHRASE[_key(names[-1].group(0))])


def named_count_unit(body: str, start: int, end: int) -> str | None:
    """The one count unit the indicator named nearest before ``end`` is measured in, if it has one ("thu hút
    khách du lịch khoảng 8,3 triệu": visits)."""
    names = list(_INDICATOR.finditer(body, max(start, end - NAME_REACH), end))
    if not names:
        return None
    units = {u for k in _INDICATORS_BY_PHRASE[_key(names[-1].group(0))] for u in _V.indicator_units.get(k, ())}
    return next(iter(units)) if len(units) == 1 else None
