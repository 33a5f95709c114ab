"""Figures in report prose: quantities, their qualifiers, relations and components.

One compiled regex finds every printed quantity (number, optional range, scale
word, unit phrase). Each is then read in its sentence, left to right:

- a percentage after "kế hoạch"/"dự toán" words, a change ("tăng/giảm X%"), a
  ratio ("bằng X% cùng kỳ") or a multiple ("gấp X lần") is a *relation* of the
  nearest amount before it in the same clause; with no amount to attach to, a
  change is a stand-alone ``growth`` figure and any other percentage a ``share``;
- an amount ("2.010 triệu USD") is a figure; "tăng 520 ha" after an amount is
  that amount's absolute change;
- after "trong đó"/"gồm"/"bao gồm", amounts of the total's unit are its components.

Numbers that label rather than measure (years, dates, decree numbers, "đợt 1",
"Covid-19", "5K") never reach that stage: they carry no unit, or a marker word
or an attached letter/slash says what they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from parsing.model import Figure
from parsing.numbers import NUMBER, SPELLED, parse_number
from parsing.sentences import Sentence, split_sentences
from parsing.vocabulary import vocabulary

_V = vocabulary()


def _alternation(phrases) -> str:
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


_UNIT_ALT = _alternation(u.phrase for u in _V.units.values())
_SCALE_ALT = _alternation(_V.scales)
_COUNT_UNIT_ALT = _alternation(u.phrase for u in _V.units.values() if u.family == "count")
_SPELLED_ALT = _alternation(w for w in SPELLED if w != "năm")  # "năm" is far more often "year"

QUANTITY = re.compile(
    rf"(?<![\w/.,\-–])(?P<num>{NUMBER})"
    rf"(?:[ \t]*[-–][ \t]*(?P<high>{NUMBER}))?"
    rf"(?:[ \t]+(?P<scale>{_SCALE_ALT})(?!\w))?"
    rf"(?:[ \t]*(?P<unit>{_UNIT_ALT})(?![\w/])(?![ \t]+số(?!\w)))?"
    rf"|(?<!\w)(?P<word>{_SPELLED_ALT})[ \t]+(?P<wordunit>{_COUNT_UNIT_ALT})(?![\w/])(?![ \t]+số(?!\w))",
    re.IGNORECASE,
)
_MULTIPLE = re.compile(rf"gấp[ \t]+(?:khoảng[ \t]+|gần[ \t]+|hơn[ \t]+)?(?P<num>{NUMBER})[ \t]+lần", re.I)

# Words directly before a number.
_BOUND = re.compile(r"(?:^|(?<=\W))(?P<q>xấp xỉ|khoảng|gần|hơn|trên|dưới)[ \t]+$", re.I)
_MARKER = re.compile(
    rf"(?<!\w)(?:{_alternation(_V.markers)})[ \t]+(?:{NUMBER}[ \t]*,[ \t]*)*$", re.I
)
_PER = re.compile(rf"(?<!\w)(?:{_alternation(_V.per_words)})[ \t]+$", re.I)
_CHANGE = re.compile(r"(?<!\w)(?P<dir>tăng|giảm)(?:[ \t]+trưởng)?(?:[ \t]+(?:khoảng|gần|hơn|trên|thêm))?[ \t]*$", re.I)
_RATIO = re.compile(r"(?<!\w)(?:bằng|đạt|chỉ bằng)[ \t]+$", re.I)
_ESTIMATE = re.compile(rf"(?<!\w)(?:{_alternation(p for p, (q, pos) in _V.qualifiers.items() if pos == 'verb')})(?!\w)", re.I)
_COMPONENTS = re.compile(r"(?<!\w)(?:trong đó|trong số đó|bao gồm|gồm|chia ra)(?!\w)", re.I)
_CLAUSE_END = re.compile(r";")

# Words right after a percentage.
_PLAN = {basis: re.compile(rf"[ \t]*(?:so với[ \t]+)?(?:{_alternation(phrases)})(?!\w)", re.I)
         for basis, phrases in _V.relations.items()
         if basis in ("plan", "budget_estimate", "central_budget_estimate", "provincial_budget_estimate")}
_SAME_PERIOD = re.compile(rf"[ \t]*(?:so[ \t]+)?(?:với[ \t]+)?(?:{_alternation(_V.relations['same_period'])})",
                          re.I)
_AFTER_LABEL = re.compile(r"[/\-–.][ \t]*\d|[A-Za-zĐđ]|/", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")
_SHARE_NOUN = re.compile(r"[ \t]+((?:[^\W\d_]+)(?:[ \t]+(?!(?:trên|tại|của|được|đã|và|trong|đạt|có|thuộc|ở|"
                         r"với|là|so|tăng|giảm|bằng|chiếm)(?!\w))[^\W\d_]+){0,3})")

_PLAN_BASIS_ORDER = ["central_budget_estimate", "provincial_budget_estimate", "budget_estimate", "plan"]


@dataclass
class _Draft:
    """A figure while its sentence is being read; frozen into a Figure at the end."""

    figure: Figure
    clause: int
    unit_family: str
    has_relation_source: bool = False
    extras: dict = field(default_factory=dict)


def extract_figures(text: str) -> list[Figure]:
    sentences = split_sentences(text)
    figures: list[Figure] = []
    for sentence in sentences:
        figures.extend(_sentence_figures(text, sentence, len(figures)))
    return _drop_heading_repeats(figures, {s.start for s in sentences if s.is_heading})


def _sentence_figures(text: str, sentence: Sentence, offset: int) -> list[Figure]:
    body = text[sentence.start:sentence.end]
    base = sentence.start
    estimate_at = [m.start() for m in _ESTIMATE.finditer(body)]
    components_at = [m.end() for m in _COMPONENTS.finditer(body)]
    clause_ends = [m.start() for m in _CLAUSE_END.finditer(body)]
    drafts: list[_Draft] = []
    segment_start = 0  # where the words naming the next figure begin
    multiples = {m.start(): m for m in _MULTIPLE.finditer(body)}

    events = sorted([(m.start(), "q", m) for m in QUANTITY.finditer(body)]
                    + [(start, "x", m) for start, m in multiples.items()], key=lambda e: e[0])
    for _, what, match in events:
        clause = sum(1 for end in clause_ends if end < match.start())
        current = _current_amount(drafts, clause)
        if what == "x":
            value, rounding = parse_number(match["num"])
            change = round((value - 1.0) * 100.0, 9)
            if current is not None and current.figure.yoy_change_pct is None:
                current.figure = replace(current.figure, yoy_change_pct=change, yoy_change_rounding=rounding * 100)
            segment_start = match.end()
            continue
        read = _read_quantity(body, match)
        if read is None:
            continue
        start, end, value, high, rounding, unit, family, qualifier = read
        before = body[:start]
        if family == "percent":
            segment_start = _percent(body, match, start, end, value, rounding, before, current, drafts,
                                     clause, segment_start, estimate_at, components_at, base, sentence, offset)
            continue
        change = _CHANGE.search(before)
        if change and current is not None and current.figure.unit == unit and current.figure.change_abs is None:
            sign = -1.0 if change["dir"].lower() == "giảm" else 1.0
            current.figure = replace(current.figure, change_abs=sign * value)
            current.extras["fall"] = sign < 0
            segment_start = end
            continue
        if qualifier is None and any(at < start for at in estimate_at):
            qualifier = "estimate"
        total = _component_total(drafts, components_at, start, unit)
        indicator, indicator_text = _indicator(body, segment_start, start, end)
        figure = Figure(
            kind="amount", value=value, unit=unit, raw_text=body[start:end], char_start=base + start,
            char_end=base + end, sentence=body, sentence_start=base, indicator=indicator,
            indicator_text=indicator_text, value_high=high, qualifier=qualifier,
            component_of=None if total is None else offset + total, value_rounding=rounding,
        )
        drafts.append(_Draft(figure, clause, family))
        segment_start = end
    return [d.figure for d in drafts]


def _read_quantity(body: str, match: re.Match):
    """Span, value, range, rounding, unit, unit family and bound qualifier; None if not a figure."""
    if match["word"]:
        unit = _V.units[match["wordunit"].lower()]
        before = body[:match.start()]
        if _PER.search(before) or match["word"].lower() == "một" and not before.rstrip().endswith(("có", "thêm")):
            return None
        value = float(SPELLED[match["word"].lower()])
        return match.start(), match.end(), value, None, 0.0, unit.name, unit.family, None
    if match["unit"] is None:
        return None  # a bare number: a year, a label, or a count of something we cannot name
    raw_number = match["num"]
    before = body[:match.start()]
    after_number = body[match.end("num"):match.end("num") + 2]
    if match["high"] is None and match["scale"] is None and _AFTER_LABEL.match(after_number):
        return None  # 09/4/2020, 42/NQ-CP, 30.6.2022, 12/63
    if _MARKER.search(before):
        return None  # đợt 1, Điều 5, số 15, 16, 19, tháng 5
    unit = _V.units[match["unit"].lower()]
    value, rounding = parse_number(raw_number)
    if match["scale"] is None and unit.family != "percent" and _YEAR.fullmatch(raw_number) and \
            unit.family != "money":
        return None  # "năm 2021 xã" reads as a year followed by a noun
    if _PER.search(before) and value == 1.0:
        return None  # "bình quân 01 xã": per commune
    phrase = f"{raw_number} {match['unit']}".lower()
    if match["scale"] is None and match["high"] is None and any(phrase == s.lower() for s in _V.standards) \
            and not _BOUND.search(before):
        return None  # "19 tiêu chí" names the national new-rural standard
    scale = _V.scales.get(match["scale"].lower(), 1.0) if match["scale"] else 1.0
    high = None
    if match["high"]:
        high = parse_number(match["high"])[0] * scale
    start, end = match.start(), match.end()
    qualifier = None
    bound = _BOUND.search(before)
    if bound:
        qualifier = _V.qualifiers[bound["q"].lower()][0]
        start = bound.start("q")
    return start, end, value * scale, high, rounding * scale, unit.name, unit.family, qualifier


def _percent(body, match, start, end, value, rounding, before, current, drafts, clause, segment_start,
             estimate_at, components_at, base, sentence, offset) -> int:
    """Read one percentage: a relation of the current amount, or a growth or share figure."""
    after = body[end:]
    plan_basis, plan_length = _plan_basis(after)
    if plan_basis is not None:
        plan_end = end + plan_length
        if current is not None:
            f = current.figure
            if f.pct_of_plan is None:
                current.figure = replace(f, pct_of_plan=value, plan_basis=plan_basis, pct_of_plan_rounding=rounding)
                return plan_end
            if f.pct_of_plan_alt is None and f.plan_basis != plan_basis:
                current.figure = replace(f, pct_of_plan_alt=value, plan_basis_alt=plan_basis)
                return plan_end
            return plan_end
        kind, change = "share", None
    else:
        same_period = _SAME_PERIOD.match(after)
        change_match = _CHANGE.search(before)
        ratio = _RATIO.search(before)
        if ratio and current is not None and current.extras.get("fall") and current.figure.yoy_change_pct is None \
                and not same_period:
            # "giảm 520 ha (bằng 1,8%)": the percentage is the size of the fall
            current.figure = replace(current.figure, yoy_change_pct=-value, yoy_change_rounding=rounding)
            return end
        if ratio and same_period:
            change, change_rounding = round(value - 100.0, 9), rounding
        elif change_match:
            sign = -1.0 if change_match["dir"].lower() == "giảm" else 1.0
            change, change_rounding = sign * value, rounding
        else:
            change = None
        if change is not None and current is not None and current.figure.kind == "amount":
            if current.figure.yoy_change_pct is None:
                current.figure = replace(current.figure, yoy_change_pct=change, yoy_change_rounding=change_rounding)
            return end + (same_period.end() if same_period else 0)
        if change is not None:
            kind, value = "growth", change
        else:
            kind = "share"
    qualifier = None
    bound = _BOUND.search(before)
    if bound:
        qualifier = _V.qualifiers[bound["q"].lower()][0]
        start = bound.start("q")
    elif any(at < start for at in estimate_at):
        qualifier = "estimate"
    if kind == "share":
        noun = _SHARE_NOUN.match(after)
        if noun and noun.group(1).split()[0].lower() in _SHARE_HEADS:
            end = end + noun.end(1)
    indicator, indicator_text = _indicator(body, segment_start, start)
    figure = Figure(
        kind=kind, value=value, unit="percent", raw_text=body[start:end], char_start=base + start,
        char_end=base + end, sentence=body, sentence_start=base, indicator=indicator,
        indicator_text=indicator_text, qualifier=qualifier, plan_basis=plan_basis, value_rounding=rounding,
    )
    drafts.append(_Draft(figure, clause, "percent"))
    return end


# A share's counted noun is part of its span ("100% cơ sở y tế") when it is one of these heads.
_SHARE_HEADS = {u.phrase.split()[0].lower() for u in _V.units.values() if u.family == "count"}


def _plan_basis(after: str) -> tuple[str | None, int]:
    """The plan a percentage is measured against ("65,26% kế hoạch"), and the phrase's length."""
    for basis in _PLAN_BASIS_ORDER:
        match = _PLAN[basis].match(after)
        if match:
            return basis, match.end()
    return None, 0


def _current_amount(drafts: list[_Draft], clause: int) -> _Draft | None:
    if drafts and drafts[-1].clause == clause and drafts[-1].figure.kind == "amount":
        return drafts[-1]
    return None


def _component_total(drafts: list[_Draft], components_at: list[int], start: int, unit: str) -> int | None:
    """Index (in the sentence) of the total this amount is a component of, if any."""
    marker = max((at for at in components_at if at <= start), default=None)
    if marker is None:
        return None
    for index in range(len(drafts) - 1, -1, -1):
        figure = drafts[index].figure
        if figure.char_end - figure.sentence_start <= marker and figure.kind == "amount" and figure.unit == unit:
            return index
    return None


_INDICATOR_BY_PHRASE = {phrase: key for key, phrases in _V.indicators.items() for phrase in phrases}
# One alternation, longest phrase first, so "xuất khẩu lao động" wins over "xuất khẩu".
_INDICATOR = re.compile(rf"(?<!\w)(?:{_alternation(_INDICATOR_BY_PHRASE)})(?!\w)", re.IGNORECASE)
_FILLER = re.compile(
    r"^[\s,;:()–\-]*(?:(?:và|còn|trong đó|trong số đó|bao gồm|gồm|riêng|với)(?!\w)[\s,]*)*"
    r"|(?:[\s,;:()]+|(?<!\w)(?:ước tính|ước đạt|dự ước|ước|đạt|là|có|khoảng|gần|hơn|trên|dưới|xấp xỉ|tăng|giảm|"
    r"bằng|chiếm|còn|ở mức|lên|được|thu hút|trưởng))*$",
    re.IGNORECASE,
)


# The figure itself and up to six words after it, for a count named after its number
# ("1.120 doanh nghiệp thành lập mới").
_AFTER_WORDS = 6


def _indicator(body: str, segment_start: int, start: int, end: int | None = None) -> tuple[str | None, str | None]:
    """The indicator phrase nearest before the figure; for a count, also the words right after it."""
    window = body[segment_start:start]
    found = None
    for match in _INDICATOR.finditer(window):
        found = match
    if found is None and end is not None:
        words = body[end:].split(maxsplit=_AFTER_WORDS)[:_AFTER_WORDS]
        after = " ".join(words)
        after = re.split(r"[,;:.()\d]", after, maxsplit=1)[0]
        found = _INDICATOR.search(body[start:end] + " " + after)
    key = _INDICATOR_BY_PHRASE[found.group(0).lower()] if found else None
    text = _FILLER.sub("", window).strip()
    if len(text) > 120:
        text = text[-120:].split(" ", 1)[-1]
    return key, text or None


def _drop_heading_repeats(figures: list[Figure], headings: set[int]) -> list[Figure]:
    """A heading that repeats a figure of the body ("Kinh tế tăng trưởng 6,72%") adds no figure."""
    if not headings:
        return figures
    body_keys = {(f.value, f.unit, f.kind) for f in figures if f.sentence_start not in headings}
    keep = [not (f.sentence_start in headings and (f.value, f.unit, f.kind) in body_keys) for f in figures]
    if all(keep):
        return figures
    new_index, kept = {}, []
    for old, (figure, ok) in enumerate(zip(figures, keep)):
        if ok:
            new_index[old] = len(kept)
            kept.append(figure)
    return [f if f.component_of is None else replace(f, component_of=new_index.get(f.component_of))
            for f in kept]
