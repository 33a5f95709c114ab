"""One sentence being read left to right: where it is, what has been read, and what earlier words still govern.

``parsing.figures`` walks the quantities and multiples of a sentence in order and hands each one, with the
``SentenceReader``, to the rules of ``parsing.relations`` (a percentage, a change or a multiple belonging to an
amount read before it), ``parsing.components`` (the parts of a total) and its own (a figure of its own). A rule
reads the reader's fields and may change them; nothing else carries state from one number to the next.

A new rule is a pattern in ``parsing.figure_patterns`` (its words in ``parsing/vocab/`` when they form a
list), a function taking the reader in the module of its kind, and one call in ``figures._read`` (or
``figures._percent``), where the order of the calls is the order the rules are tried in. What a rule must
remember past its number is a field here, cleared in ``end_percent_list`` if an amount read ends it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any, TypeVar

from parsing.figure_patterns import (
    AMOUNTS_ANAPHOR,
    ANAPHOR,
    CLAUSE_END,
    CLOSING_PAREN,
    COMPONENTS,
    CONTINUING_CLAUSE,
    ESTIMATE,
    NOT_ESTIMATE,
    OPENS_WITH_BREAKDOWN,
    OPENS_WITH_COMPONENTS,
    OPENS_WITH_COUNT,
    OPENS_WITH_NAMED_TOTAL,
    OPENS_WITH_SAME_PERIOD,
    OPENS_WITH_SAME_PERIOD_BASE,
    OPENS_WITH_WHOLE,
    PERIOD_OWN,
)
from parsing.indicators import measures, named_keys
from parsing.model import Figure
from parsing.scan import finditer_at, within


def _names_the_amount(keys: set[str], amount: Figure, text: str, end: int) -> bool:
    """Whether a subject naming the indicators ``keys`` names ``amount`` in other words than its own: its indicator
    ("ước đạt 3,98 tỷ USD" of "kết quả xuất khẩu hàng hóa", then "So với cùng kỳ năm trước, kim ngạch xuất khẩu hàng
    hóa của tỉnh tăng 12,59%"), or, the amount having none, one its sentence names after it, up to ``end`` ("với 76,44
    tỷ USD, tỉnh dẫn đầu cả nước về xuất khẩu hàng hóa", set R51)."""
    if not keys:
        return False
    if amount.indicator is not None:
        return amount.indicator in keys
    return any(measures(key, amount.unit) for key in keys & named_keys(text[amount.char_end:end]))


@dataclass
class Draft:
    """A figure while its sentence is being read; frozen into a Figure at the end."""

    figure: Figure
    clause: int
    unit_family: str
    extras: dict[str, Any] = field(default_factory=dict)  # "unit_phrase": the unit as written; "fall": its change is a fall


@dataclass(slots=True)
class SentenceReader:
    body: str  # the sentence; every position below is an offset in it
    base: int  # where the sentence starts in the document
    offset: int  # how many figures the document's earlier sentences gave (``component_of`` counts from the first)
    clause_ends: list[int]  # every ";" of the sentence
    estimate_at: list[int]  # where an estimate verb ("ước đạt") starts
    components_at: list[int]  # where a "trong đó"/"gồm" marker ends
    # "Trong đó, thu nội địa ..." opening the sentence: the previous sentence's figures, and the document index
    # of the first of them, whose totals the parts of this sentence can belong to, and which of them stood aside
    # in parentheses ("vượt mục tiêu năm (8,4 triệu lượt khách)": never a total)
    carried_total: tuple[int, list[Figure], frozenset[int]] | None
    drafts: list[Draft] = field(default_factory=list)  # the figures read so far, in order
    segment_start: int = 0  # where the words naming the next figure begin
    reach: bool = False  # whether an estimate verb still governs the figures being read
    # What a list of percentages still has to fill; an amount read ends the list (``end_percent_list``).
    # "tăng lần lượt 13,1% và 69,2%": the sign, and the amounts of the clause still waiting for their change
    respectively: tuple[float, list[Draft]] | None = None
    plans_respectively: tuple[str, list[Draft]] | None = None  # a plan's basis, the amounts still to take its shares
    # "tăng 15% về lượng và 25% về giá trị": the sign of the changes said to be "về ..."
    about_sign: float | None = None
    # "giảm 4,56 điểm phần trăm, còn 22,98%": the clause and the signed change waiting for the rate after it (and
    # where that rate starts, when a level it starts from comes first: "giảm 20,65%, từ 32,21% xuống còn 11,56%")
    points: tuple[int, float] | tuple[int, float, int] | None = None
    plan_amount_end: int = -1  # where the plan amount stated after a percentage of plan ends: no figure before it
    # "Con số này tăng 19%" opening the sentence: the last amount of the sentence before, which the relations read
    # before any amount of this sentence belong to (``extras["index"]``: its place among those figures)
    anaphor: Draft | None = None
    # "So với cùng kỳ, ..." opening the sentence: the amounts of the sentence before (``extras["index"]``: their place
    # among those figures), whose changes the sentence may name ("số doanh nghiệp giải thể tăng 22,5%")
    compared: list[Draft] = field(default_factory=list)
    # the sum of the parts given so far to each total (by document index), shared by the sentences of a document:
    # a list whose parts already reach their total takes no more ("...; + Khách lưu trú ..." after the two parts)
    part_sums: dict[int, tuple[float, int]] = field(default_factory=dict)  # and how many parts
    # the total (document index, figure) whose parts the sentence before listed, and the last of them: an amount
    # of this sentence, named like that part, that makes them add up to the total exactly is its last part
    # ("Trong đó, vốn Trung ương 50,3 nghìn tỷ. Vốn địa phương 170,7 nghìn tỷ." under 221 nghìn tỷ)
    open_breakdown: tuple[int, Figure, Figure] | None = None
    # where a change on the start of the year ends ("tăng 331 tỷ đồng so với đầu năm"): a percentage of the same
    # clause saying how much that is ("tỷ lệ tăng 10,3%", "đạt 92,3% kế hoạch tăng trưởng năm") is no figure either
    aside_change_end: int = -1
    # where the last change given to an earlier amount of the sentence under a comparison with last year ends ("so
    # cùng kỳ năm trước tăng 2 dự án"): a change joined to it by "và" or "," with only its aspect named between ("và số
    # vốn đăng ký tăng 8,8 triệu USD") is under the same comparison
    compared_change_end: int = -1
    # the amount that change was given to: its rate in parentheses right after the change is its change on last year
    # ("So với cùng kỳ, tăng 1 dự án (tăng 50%), ...")
    changed: Draft | None = None
    # where a count told before ends, restated to open a breakdown ("Trong 19 dự án ..."): no figure before it
    restated_end: int = -1
    # a second breakdown of a total the sentence before listed the parts of ("Trong đó, khai thác nước mặn ... Sản
    # phẩm khai thác gồm: cá ..."): the total's document index and figure, and the sum of this breakdown's parts
    again_total: tuple[int, Figure] | None = None
    again_listed: float = 0.0
    range_end: int = -1  # "từ 95.000 đồng đến 98.000 đồng/kg": the high end read with the low one
    earlier: list[Figure] = field(default_factory=list)  # the figures of the document's earlier sentences
    text: str = ""  # the whole document (``base`` is the sentence's offset in it)

    @classmethod
    def open(cls, text: str, start: int, end: int, candidates: dict[str, list[int] | None], offset: int,
             previous: list[Figure], bullet_total: tuple[int, list[Figure], frozenset[int]] | None = None,
             previous_asides: frozenset[int] = frozenset(), part_sums: dict[int, tuple[float, int]] | None = None,
             earlier: list[Figure] | None = None) -> SentenceReader:
        """The reader of ``text[start:end]``, a sentence of the document ``text``; ``candidates`` are where
        each pattern can start in the document (see ``parsing.scan``), ``previous`` the figures of the
        sentence before, ``bullet_total`` the total a bullet list ("Trong đó:" then "+ ..." lines) still
        belongs to."""
        body = text[start:end]
        not_estimates = [m.span() for m in NOT_ESTIMATE.finditer(body)] if "ước" in body.lower() else []
        estimates = finditer_at(ESTIMATE, body, within(candidates["estimate"], text, start, end))
        estimate_at = [m.start() for m in estimates if not any(a <= m.start() < b for a, b in not_estimates)]
        components = finditer_at(COMPONENTS, body, within(candidates["components"], text, start, end))
        components_at = [m.end() for m in components]
        # a ";" inside parentheses ("86,4 nghìn con (trâu 21,3 nghìn con; bò 65,1 nghìn con), tăng 1,8%") parts the
        # items listed there, not the clauses of the sentence
        clause_ends = [m.start() for m in CLAUSE_END.finditer(body) if not _in_parentheses(body, m.start())]
        carried_total = bullet_total
        if bullet_total is not None and previous and components_at and not opens_line(text, start) \
                and not _DIGIT.search(body, 0, components_at[0]):
            # "Cây ngô: đã thu 3.120 ha/5.400 ha, ... . Diện tích đã thu ở một số huyện, trong
            # đó: huyện A 1.800 ha; ...": a breakdown opened, before any amount, inside an item of a list breaks down
            # that item (the sentence before), not the list's total
            carried_total = (offset - len(previous), previous, previous_asides)
        opening = OPENS_WITH_COMPONENTS.match(body) if previous else None
        if opening is not None and not PERIOD_OWN.match(body, opening.end()):
            # (not "Trong đó, tính riêng trong tháng 8, có 3 dự án": the month's own figures, no list of parts)
            carried_total = (offset - len(previous), previous, previous_asides)
            whole = _whole_broken_down(previous, offset) if _BY_ANOTHER_CRITERION.match(body) else None
            if whole is not None:
                # "... có 70.100 người ở thành thị, 240.400 ở nông thôn. Phân theo giới tính, ...": another
                # breakdown of the whole the sentence before broke down, not of its last part (B30); like a second
                # "phân theo" list in one sentence (``components``), it is left unlinked, so that the checks never
                # add the two breakdowns' parts together
                carried_total = (offset - len(previous), previous, frozenset(range(len(previous))))
        elif previous and (named := OPENS_WITH_NAMED_TOTAL.match(body)) is not None:
            # only the figure so named can be the total: the others stand aside
            name = " ".join(named["name"].lower().split())
            index = next((i for i in range(len(previous) - 1, -1, -1) if previous[i].kind == "amount"
                          and name in " ".join((previous[i].indicator_text or "").lower().split())), None)
            if index is not None:
                carried_total = (offset - len(previous), previous,
                                 frozenset(i for i in range(len(previous)) if i != index))
            elif earlier:
                carried_total = _named_further_back(name, earlier, len(earlier) - len(previous))
        if carried_total is None and previous and OPENS_WITH_WHOLE.match(body):
            # "Trong tổng số các dự án FDI ..., có 148 dự án": the whole told before, whatever its name, as "Trong đó,"
            carried_total = (offset - len(previous), previous, previous_asides)
        earlier = earlier or []
        restated = OPENS_WITH_COUNT.match(body) if earlier and carried_total is None else None
        told = _told_before(body, restated, earlier) if restated is not None else None
        if told is not None:
            # "Trong 19 dự án đầu tư vào tỉnh ..., có 10 dự án ...; 9 dự án ...": the count told before names the total
            # (and its sentence's amounts) whose parts follow; it is no figure again
            carried_total = (told[0], earlier[told[0]:told[1]], frozenset())
        reader = cls(body, start, offset, clause_ends, estimate_at, components_at, carried_total)
        reader.text = text
        if carried_total is None and previous and earlier and OPENS_WITH_BREAKDOWN.match(body):
            reader.again_total = _broken_down_before(previous, earlier, offset)
        if told is not None:
            reader.restated_end = told[2]
        if part_sums is not None:
            reader.part_sums = part_sums
        reader.earlier = earlier
        if previous and ANAPHOR.match(body):
            index = next((i for i in range(len(previous) - 1, -1, -1) if previous[i].kind == "amount"), None)
            if index is not None:
                reader.anaphor = Draft(previous[index], 0, "", {"index": index})
        elif previous and AMOUNTS_ANAPHOR.match(body):
            # "Các con số này đều tăng 15%": the last amount's relation, then every other amount's of that sentence
            amounts = [i for i, f in enumerate(previous) if f.kind == "amount" and f.yoy_change_pct is None]
            if len(amounts) >= 2:
                reader.anaphor = Draft(previous[amounts[-1]], 0, "", {"index": amounts[-1], "also": amounts[:-1]})
        elif previous and (compared := OPENS_WITH_SAME_PERIOD.match(body)) is not None:
            # "... Hải Phòng với kim ngạch xuất khẩu đạt 12,15 tỷ USD. So với cùng kỳ năm ngoái, kim ngạch xuất khẩu
            # của Hải Phòng tăng 29,25%": the change of that amount when the subject repeats its name's first words
            # (the named amount may come before the parts listed after it: "Tổng diện tích gieo trồng ... 72.700ha,
            # trong đó ...; cây thực phẩm 4.247ha. So với cùng kỳ năm trước, tổng diện tích gieo trồng tăng 6,34%")
            subject = " ".join(compared["subject"].lower().split())
            # the whole subject, up to the change verb ("kim ngạch xuất khẩu hàng hóa của tỉnh")
            subject_words = body[compared.start("subject"):compared.end()].rsplit(None, 1)[0]
            first_at = offset - len(previous)  # the document index of previous[0]
            named_at = [len(previous) - 1]
            total = previous[-1].component_of
            if total is not None and 0 <= total - first_at < len(previous) - 1 \
                    and all(p.component_of == total for p in previous[total - first_at + 1:]):
                named_at.append(total - first_at)
            for at in named_at:
                last = previous[at]
                if last.kind == "amount" and last.yoy_change_pct is None \
                        and (subject in " ".join((last.indicator_text or "").lower().split())
                             or _names_the_amount(named_keys(subject_words), last, text, start)):
                    reader.anaphor = Draft(last, 0, "", {"index": at})
                    break
        if previous and OPENS_WITH_SAME_PERIOD_BASE.match(body):
            anaphor_draft = reader.anaphor
            anaphor = anaphor_draft.extras["index"] if anaphor_draft is not None else None
            reader.compared = [anaphor_draft if anaphor_draft is not None and i == anaphor else Draft(f, 0, "", {"index": i})
                               for i, f in enumerate(previous) if f.kind == "amount"]
        return reader

    def clause_of(self, at: int) -> int:
        """The clause (0 for the first; a ";" starts the next) holding position ``at``."""
        return bisect_left(self.clause_ends, at)

    def current_amount(self, clause: int, at: int | None = None) -> Draft | None:
        """The amount that relations read at ``at`` belong to: the last one of the clause, past any share of it
        ("1.234 tỷ đồng, chiếm 12,3% tổng mức bán lẻ, tăng 25,6%") and past parentheses closed before ``at``
        ("6.071 nghìn lượt (trong đó, khách quốc tế 368,3 nghìn lượt, ...) bằng 101% kế hoạch")."""
        for draft in reversed(self.drafts):
            if draft.extras.get("beside_amount") or draft.extras.get("aside") and draft.clause == clause:
                continue  # "tăng 1,2% so với tháng trước, tăng 12,5%", "(kế hoạch 77.000 ha), giảm 1,53%"
            if at is not None and draft.clause == clause and self._closed_around(draft, at):
                if self._amount_of_share(draft) or draft.extras.get("subject_in_parentheses"):
                    # "chiếm 1,2%/tổng dư nợ (410 tỷ đồng), tăng 8,5% so với cùng kỳ", "tăng 2,68% so với cùng kỳ
                    # (đạt gần 7.200 tỷ đồng) và bằng 51,3% kế hoạch"
                    return draft
                continue
            if draft.clause != clause or draft.figure.kind == "growth":
                return None
            if draft.figure.kind == "amount":
                return draft
        return None

    def _amount_of_share(self, draft: Draft) -> bool:
        """Whether ``draft`` is an amount alone in parentheses right after the words of a share ("chiếm 1,2%/tổng dư
        nợ (410 tỷ đồng)"): the amount the share is, whose changes the words after the parentheses tell."""
        if draft.figure.kind != "amount":
            return False
        at = next((i for i, d in enumerate(self.drafts) if d is draft), 0)
        share = self.drafts[at - 1] if at else None
        if share is None or share.figure.kind != "share" or share.clause != draft.clause:
            return False
        start = draft.figure.char_start - self.base
        return _SHARE_THEN_AMOUNT.fullmatch(self.body, share.figure.char_end - self.base, start) is not None \
            and CLOSING_PAREN.match(self.body, draft.figure.char_end - self.base) is not None

    def _closed_around(self, draft: Draft, at: int) -> bool:
        """Whether ``draft`` stands inside parentheses that close before ``at``."""
        start = draft.figure.char_start - self.base
        opened = self.body.rfind("(", 0, start)
        if opened < 0 or self.body.find(")", opened, start) >= 0:
            return False
        return 0 <= self.body.find(")", start, at)

    def continues_previous_clause(self, clause: int, at: int) -> bool:
        """Whether the clause holding ``at`` has no subject and opens with a relation verb ("...; tăng 21%"):
        its rate belongs to the amount of the clause before."""
        if clause == 0:
            return False
        return CONTINUING_CLAUSE.match(self.body, self.clause_ends[clause - 1] + 1, at) is not None

    def first_number(self, clause: int) -> int:
        """Where the first digit of the clause stands (its end if it holds none)."""
        start = self.clause_ends[clause - 1] + 1 if clause else 0
        end = self.clause_ends[clause] if clause < len(self.clause_ends) else len(self.body)
        digit = _DIGIT.search(self.body, start, end)
        return end if digit is None else digit.start()

    def end_percent_list(self) -> None:
        """An amount read: no later percentage continues the list before it."""
        self.respectively = None
        self.plans_respectively = None
        self.about_sign = None
        self.points = None
        self.plan_amount_end = -1


_DIGIT = re.compile(r"\d")
# "1,2%/tổng dư nợ (", "20% tổng dư nợ trên địa bàn (": a share's base, then parentheses opening
_SHARE_THEN_AMOUNT = re.compile(r"\s*/?\s*(?:[^\W\d_]+\s+){0,6}?[^\W\d_]*\s*\(\s*(?:tương\s+đương\s+|khoảng\s+)?")


# "Phân theo giới tính, ...", "Chia theo khu vực, ...": a breakdown by another criterion
_BY_ANOTHER_CRITERION = re.compile(r"^\W*(?:phân|chia)\s+theo(?!\w)", re.I)


def _whole_broken_down(previous: list[Figure], offset: int) -> int | None:
    """The index in ``previous`` of the first amount that the sentence's later amounts of its unit break down: they
    are read as its parts, or add up to no more than it ("trong tổng số 310.500 người, có 70.100 người ở thành thị,
    240.400 người ở nông thôn")."""
    i = next((i for i, figure in enumerate(previous) if figure.kind == "amount"), None)
    if i is None:
        return None
    whole = previous[i]
    later = [p for p in previous[i + 1:] if p.kind == "amount" and p.unit == whole.unit]
    broken_down = all(p.component_of == offset - len(previous) + i for p in later) \
        or sum(p.value for p in later) <= whole.value + whole.value_rounding * len(later)
    return i if later and broken_down else None


def _in_parentheses(body: str, at: int) -> bool:
    """Whether ``at`` stands inside parentheses that close within the sentence."""
    opened = body.rfind("(", 0, at)
    return opened > body.rfind(")", 0, at) and body.find(")", at) >= 0 and body.find(")", at) < (
        body.find("(", at) if body.find("(", at) >= 0 else len(body))


def _broken_down_before(previous: list[Figure], earlier: list[Figure], offset: int) -> tuple[int, Figure] | None:
    """The total, told before the sentence before, whose parts are every amount of that sentence ("... đạt 13.335 tấn.
    Trong đó, khai thác nước mặn 12.487 tấn; ...; khai thác nước ngọt 638,8 tấn."), with its document index."""
    amounts = [f for f in previous if f.kind == "amount"]
    totals = {f.component_of for f in amounts}
    if len(amounts) < 2 or len(totals) != 1:
        return None
    total = totals.pop()
    if total is None or not 0 <= total < offset - len(previous) or total >= len(earlier):
        return None
    return total, earlier[total]


def _named_further_back(name: str, earlier: list[Figure], before: int) -> tuple[int, list[Figure], frozenset[int]] | None:
    """"Trong vốn đầu tư của khu vực Nhà nước, vốn từ ngân sách ... 147,1 nghìn tỷ đồng" two sentences after "vốn khu
    vực Nhà nước đạt 329,1 nghìn tỷ đồng. Vốn khu vực ngoài Nhà nước ...": the amount of the sentences before the last
    one whose name ends with the last three words of the opening's name, and its sentence's figures (the others aside)."""
    tail = " ".join(name.split()[-3:])
    if len(tail.split()) < 3:
        return None
    sentences = 0
    for i in range(before - 1, -1, -1):
        if i + 1 < before and earlier[i].sentence_start != earlier[i + 1].sentence_start:
            sentences += 1
        if sentences >= _NAMED_REACH:
            return None
        figure = earlier[i]
        if figure.kind == "amount" and f" {tail} " in f" {' '.join((figure.indicator_text or '').lower().split())} ":
            first = i
            while first and earlier[first - 1].sentence_start == figure.sentence_start:
                first -= 1
            last = i
            while last + 1 < len(earlier) and earlier[last + 1].sentence_start == figure.sentence_start:
                last += 1
            return first, earlier[first:last + 1], frozenset(j - first for j in range(first, last + 1) if j != i)
    return None


_NAMED_REACH = 2  # sentences with figures before the last one


def _told_before(body: str, opening: re.Match[str], earlier: list[Figure]) -> tuple[int, int, int] | None:
    """The sentence (first and end document index) holding the latest earlier count written as the one opening
    ``body`` ("Trong 19 dự án ..."), and where that count ends in ``body``."""
    at = opening.end()
    for i in range(len(earlier) - 1, -1, -1):
        figure = earlier[i]
        if figure.kind == "amount" and body.startswith(figure.raw_text, at) \
                and not body[at + len(figure.raw_text):at + len(figure.raw_text) + 1].isalnum():
            first = i
            while first and earlier[first - 1].sentence_start == figure.sentence_start:
                first -= 1
            last = i
            while last + 1 < len(earlier) and earlier[last + 1].sentence_start == figure.sentence_start:
                last += 1
            return first, last + 1, at + len(figure.raw_text)
    return None


def opens_line(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` opens its line (a list's item, not a sentence going on within one)."""
    return not text[text.rfind("\n", 0, start) + 1:start].strip()


_T = TypeVar("_T")  # what a list read respectively opened with: a change's sign, a plan's basis


def next_in_list(state: tuple[_T, list[Draft]] | None) -> tuple[_T, Draft] | None:
    """The word a list read respectively opened with (its sign, its plan's basis) and the next amount it goes to; None
    once the list has ended or given every amount its figure."""
    if state is None or not state[1]:
        return None
    return state[0], state[1].pop(0)


def rates_listed(more: re.Pattern[str], after: str) -> int:
    """How many rates a list holds: its first, and those ``more`` finds right after it."""
    found = more.match(after)
    return 1 + (found.group().count("%") if found else 0)
