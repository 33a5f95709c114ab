"""Percentages of a plan: which plan a percentage is measured against, and which amount takes it.

"đạt 65,26% kế hoạch" gives the amount before it ``pct_of_plan`` and ``plan_basis`` (a second plan in ``_alt``), and
the plan amount stated right after it ("(dự toán 6.146 tỷ đồng)") ``plan_amount``. Where the plan is not named beside
the percentage, it is the one a ratio named earlier ("bằng 96% kế hoạch năm"), the share the parts' total took before
"trong đó", the one the sentence named last, or the one a list's lead compares with ("So với kế hoạch năm 2023: ...").
Also read here: plans named jointly ("dự toán Trung ương và HĐND tỉnh giao"), a list of shares read respectively,
a count's plan amount in parentheses, and a gap on a plan told as a rate in parentheses. ``relations.percent_relation``
decides when a percentage is a share of a plan; this module reads which.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsing.figure_patterns import (
    CLOSING_PAREN,
    COMPONENTS,
    PLAN,
    PLAN_AMOUNT,
    PLAN_BASIS_ORDER,
    QUANTITY,
    SAME_PERIOD,
)
from parsing.numbers import NUMBER
from parsing.quantities import CURRENCIES, Quantity, read_quantity
from parsing.reader import Draft, SentenceReader, next_in_list, rates_listed

# "bằng 96% kế hoạch năm", "bằng 102% cùng kỳ": a ratio and the base named right after it
_RATIO_WITH_BASE = re.compile(r"(?<!\w)bằng\s+[\d.,]+\s*%\s*(?:so\s+(?:với\s+)?)?(?P<base>[^\W\d][^\d;,.()]{0,30})", re.I)


def plan_of_ratio_told_before(reader: SentenceReader, at: int) -> str | None:
    """The plan the last "bằng X% ..." naming its base, in the sentence before ``at``, else in the sentence before it,
    was measured against, if that base is a plan ("bằng 96% kế hoạch năm"); None if it is last year, or none was told."""
    for text in (reader.body[:at], reader.earlier[-1].sentence if reader.earlier else ""):
        for told in reversed(list(_RATIO_WITH_BASE.finditer(text))):
            plan = plan_named(told["base"])[0]
            if plan is not None or SAME_PERIOD.match(" " + told["base"]):
                return plan
    return None


def plan_of_parts(reader: SentenceReader, at: int) -> str | None:
    """The plan of a share of plan told in the sentence before a "trong đó" that stands before ``at``: the parts named
    after it reach their share of the same plan."""
    for draft in reversed(reader.drafts):
        figure = draft.figure
        if figure.plan_basis is not None and figure.pct_of_plan is not None \
                and COMPONENTS.search(reader.body, figure.char_end - reader.base, at):
            return figure.plan_basis  # (past the parts before it that took the plan already)
    return None


def plan_named_last(reader: SentenceReader) -> str | None:
    """The plan basis the figures of the sentence, else of the last sentence before it with figures, named last
    (None if none: "đã thu hoạch 324.690 ha (đạt 98%)" with no plan told is a share of the area sown)."""
    for figure in reversed([d.figure for d in reader.drafts]):
        if figure.plan_basis is not None:
            return figure.plan_basis
    last = reader.earlier[-1].sentence_start if reader.earlier else None
    for figure in reversed(reader.earlier):
        if figure.sentence_start != last:
            break
        if figure.plan_basis is not None:
            return figure.plan_basis
    return None


_PLAN_OF_MONEY = re.compile(r"\s*(?:so\s+(?:với\s+)?)?(?:kế\s+hoạch|KH)\s+vốn(?!\w)", re.I)


# Counts of targets or places, each of which reaches a share of its own plan, and the words between such a count and
# that share: its members' names and the verb ("1 chỉ tiêu đạt", "9/10 huyện, thành phố đạt trên", "5 địa phương mới
# giải ngân đạt").
_MEMBERS_MEASURED = frozenset({"target", "district", "locality", "commune", "province"})
_VERB_OF_THE_MEMBERS = re.compile(r"(?:[^\d;.()%]{0,40}?[^\W\d])?\s+đạt(?:\s+(?:từ|trên|dưới|khoảng|gần|hơn))?\s*", re.I)


def give_pct_of_plan(reader: SentenceReader, quantity: Quantity, value: float, current: Draft, plan_basis: str,
                 plan_end: int) -> int:
    """"đạt 65,26% kế hoạch" (``value`` of the plan) after an amount, and the plan amount stated right after it."""
    counted = _plan_of_counted(reader, plan_end, current)
    if counted is not None:
        current, plan_end = counted
    elif current.figure.unit not in CURRENCIES and _PLAN_OF_MONEY.match(reader.body, quantity.end):
        # "giải ngân 933 triệu đồng cho tuyến đường ... dài 1.027m, đạt gần 50% kế hoạch vốn": the plan of money is
        # the money's, not the length's (B58)
        current = next((d for d in reversed(reader.drafts) if d.figure.unit in CURRENCIES and d.figure.kind == "amount"
                        and d.figure.pct_of_plan is None), current)
    f = current.figure
    if f.unit in _MEMBERS_MEASURED and _VERB_OF_THE_MEMBERS.fullmatch(reader.body, f.char_end - reader.base, quantity.start):
        # "4 chỉ tiêu đạt và vượt kế hoạch, 1 chỉ tiêu đạt 97%", "9/10 huyện, thành phố đạt trên 50% dự toán": what
        # each target or place counted reached, the class they are counted in, no plan share of the count (B58 to B80)
        return plan_end
    if f.pct_of_plan is None:
        current.figure = replace(f, pct_of_plan=value, plan_basis=plan_basis, pct_of_plan_rounding=quantity.rounding)
        stated = _stated_plan_amount(reader.body, plan_end, f.unit, reader.segment_start)
        if stated is not None:
            plan, plan_end = stated
            current.figure = replace(current.figure, plan_amount=plan.value, plan_amount_rounding=plan.rounding)
            reader.plan_amount_end = plan_end
    elif f.pct_of_plan_alt is None:
        # a second plan ("... dự toán Trung ương giao, bằng 19,2% dự toán tỉnh giao")
        current.figure = replace(f, pct_of_plan_alt=value, plan_basis_alt=plan_basis)
    return plan_end


# "(hơn 6 tỷ đồng); ...; ngân sách tập trung (hơn 480 triệu đồng), tương ứng đạt kế hoạch lần lượt 44%; 40%; 38% và 1%":
# the n-th percentage of the plan goes to the n-th of the sentence's last amounts, as many as the list holds (B72).
_PLAN_RESPECTIVELY = re.compile(r"(?<!\w)(?:đạt|bằng)\s+(?:so\s+với\s+)?(?P<plan>[^\d%;,.]{2,40}?)\s+lần\s+lượt"
                                r"(?:\s+là)?\s*:?\s*$", re.I)
_MORE_PLAN_RATES = re.compile(rf"(?:\s*(?:[,;]|và)\s*(?:gần|hơn|khoảng|trên|dưới)?\s*(?:{NUMBER})\s*%)+", re.I)
_PLAN_LIST_JOIN = re.compile(r"%\s*(?:[,;]|và)\s*$")


def plan_shares_respectively(reader: SentenceReader, value: float, rounding: float, before: str, after: str) -> bool:
    """Whether the percentage is one of a list of shares of a plan read respectively (``_PLAN_RESPECTIVELY``), given to
    its amount."""
    opening = _PLAN_RESPECTIVELY.search(before[-80:])
    if opening is not None:
        basis, _ = plan_named(opening["plan"])
        rates = rates_listed(_MORE_PLAN_RATES, after)
        waiting = [d for d in reader.drafts if d.figure.kind == "amount" and d.figure.pct_of_plan is None]
        if basis is None or rates < 2 or len(waiting) < rates:
            return False
        reader.plans_respectively = (basis, waiting[-rates:])
    elif reader.plans_respectively is not None and not _PLAN_LIST_JOIN.search(before[-12:]):
        reader.plans_respectively = None
    taken = next_in_list(reader.plans_respectively)
    if taken is None:
        reader.plans_respectively = None
        return False
    basis, target = taken
    target.figure = replace(target.figure, pct_of_plan=value, plan_basis=basis, pct_of_plan_rounding=rounding)
    return True


# Words comparing with what follows them: "so với kế hoạch", "thực hiện kế hoạch", "hoàn thành dự toán", and the
# lead of a list of items that reached or passed it ("Nhiều sản phẩm đạt và vượt kế hoạch đề ra như: ...").
_COMPARES_WITH = re.compile(r"(?<!\w)(?:so\s+(?:với\s+)?|thực\s+hiện\s+|hoàn\s+thành\s+|(?:đạt\s+(?:và\s+)?)?vượt\s+|đạt\s+)",
                            re.I)


_OPENS_PARTS = re.compile(r"(?<!\w)trong\s+đó\s*$", re.I)  # not "gồm": "nhiều mặt hàng đạt và vượt kế hoạch, gồm: ..."


# A sentence opening with the plan it compares with, then a comma (B92)
_PLAN_OPENS_THE_SENTENCE = re.compile(r"\W*(?:theo\s[^,;:.]{0,60},\s*)?(?:[^\W\d]+\s+){0,4}?so\s+(?:với\s+)?(?P<plan>[^\W\d][^,;:.%\d]{0,30}?(?:\s(?:19|20)\d\d)?)\s*,",
                                      re.I)


def plan_of_list(body: str, start: int) -> tuple[str, bool] | None:
    """The plan a list's lead compares with ("Kết quả thực hiện so với kế hoạch năm 2023: ...", "Một số chỉ tiêu đạt
    cao so với kế hoạch: ..."), for a percentage standing in that list (after the lead's colon), and whether the lead
    says the items pass it ("vượt kế hoạch ... là: ..."); else None."""
    opening = _PLAN_OPENS_THE_SENTENCE.match(body)
    if opening is not None and opening.end() <= start and (basis := plan_named(opening["plan"])[0]) is not None:
        return basis, False  # "So với kế hoạch năm 2017, tăng trưởng toàn ngành đạt 105,1%, trong đó: nông nghiệp đạt 98,2%"
    colon = body.rfind(":", 0, start)
    if colon < 0 or _OPENS_PARTS.search(body, max(0, colon - 16), colon):
        # "đạt 100,29% so với kế hoạch ..., trong đó: ... chiếm tỷ trọng 34,14%": a breakdown's colon, whose
        # percentages are the parts' own (R67)
        return None
    lead = body[:colon]
    for compared in _COMPARES_WITH.finditer(lead):
        basis, _ = plan_named(lead[compared.end():])
        if basis is not None:
            return basis, "vượt" in compared.group().lower()
    return None


def plan_named(after: str) -> tuple[str | None, int]:
    """The plan a percentage is measured against ("65,26% kế hoạch"), and the phrase's length; also a plan's name cut
    short where an excerpt ends ("đạt 127% dự toá", "(đạt 50,4% kế ho": B74, B86, B90)."""
    for basis in PLAN_BASIS_ORDER:
        match = PLAN[basis].match(after)
        if match:
            return basis, match.end()
    cut = _PLAN_CUT_SHORT.match(after)
    if cut is not None:
        return ("budget_estimate" if cut["estimate"] else "plan"), cut.end()
    return None, 0


# The first letters of "kế hoạch", "dự toán" or "chỉ tiêu", and nothing after them: an excerpt cut in the plan's name
_PLAN_CUT_SHORT = re.compile(r"\s*(?:so\s+(?:với\s+)?)?(?:kế\s+(?:h|ho|hoạ|hoa)|(?P<estimate>dự\s+(?:t|to|toá|toa))"
                             r"|chỉ\s+(?:t|ti|tiê))\s*$", re.I)


# "dự toán Trung ương và (dự toán) HĐND tỉnh giao": "và" joining a second plan to the first
_JOINT_PLAN = re.compile(r"\s+và\s+(?:của\s+)?(?=\S)", re.I)
_ESTIMATE_WORD = re.compile(r"dự\s+toán(?!\w)", re.I)
# "so", "so với", "bằng", "đạt" opening the words after "và": a comparison of its own, with its own percentage
_COMPARED_AGAIN = re.compile(r"(?:so|bằng|đạt)(?!\w)", re.I)


def joint_plan_named(after: str, basis: str, length: int) -> tuple[str | None, int]:
    """A second plan joined to the first by "và", both measured by the one percentage ("đạt 26,57% dự toán Trung
    ương và dự toán Hội đồng nhân dân tỉnh giao", "đạt 89,82% dự toán Trung ương và HĐND tỉnh giao": the two
    estimates are equal, so the amount is that share of each); its basis and where its phrase ends. The second
    may leave out "dự toán" the first named; it must be another estimate named by who set it than the first."""
    joint = _JOINT_PLAN.match(after, length)
    if joint is None:
        return None, length
    rest = after[joint.end():]
    if _COMPARED_AGAIN.match(rest):
        return None, length  # "... Trung ương giao và so dự toán HĐND tỉnh giao đạt 38,2%": a second comparison
    second, second_length = plan_named(" " + rest)
    if second is None and _ESTIMATE_WORD.match(after.lstrip()) and not _ESTIMATE_WORD.match(rest):
        second, second_length = plan_named(" dự toán " + rest)
        second_length -= len(" dự toán ") - 1
    if second is None or second == basis or second in ("plan", "budget_estimate"):
        return None, length
    return second, joint.end() + second_length - 1


# "... giao đầu năm (", "... giao năm 2023 (": a few words (a year among them) finishing the plan's name, then the plan amount
_PLAN_NAME_THEN_PAREN = re.compile(r"(?:\s+(?:[^\W\d_]+|(?:19|20)\d\d))*?\s*\(\s*", re.I)
_PLAN_NAME_WORDS = 6


def _plan_of_counted(reader: SentenceReader, plan_end: int, current: Draft) -> tuple[Draft, int] | None:
    """"cấp mới 46 dự án với tổng vốn đăng ký 7.900 tỷ đồng, vượt 15% so với kế hoạch giao đầu năm (40 dự án)": the
    plan amount in parentheses counts what an earlier amount of the clause counts, so the percentage
    of plan is that amount's (the money after it has none); the plan amount is no figure. Returns that amount and
    where the parentheses close."""
    body = reader.body
    opened = _PLAN_NAME_THEN_PAREN.match(body, plan_end)
    if opened is None or len(body[plan_end:opened.end()].split()) > _PLAN_NAME_WORDS + 1:
        return None
    match = QUANTITY.match(body, opened.end())
    if match is None or match["word"]:
        return None
    plan = read_quantity(body, match, opened.end())
    closing = CLOSING_PAREN.match(body, plan.end) if plan is not None else None
    if plan is None or closing is None or plan.unit == current.figure.unit or plan.high is not None:
        return None
    counted = next((d for d in reversed(reader.drafts) if d.clause == current.clause and d is not current
                    and d.figure.kind == "amount" and d.figure.unit == plan.unit and d.figure.pct_of_plan is None), None)
    if counted is None:
        return None
    counted.figure = replace(counted.figure, plan_amount=plan.value, plan_amount_rounding=plan.rounding)
    reader.plan_amount_end = closing.end()
    return counted, closing.end()


def _stated_plan_amount(body: str, at: int, unit: str, segment_start: int) -> tuple[Quantity, int] | None:
    """The plan amount written right after "X% kế hoạch" ("(1.340 triệu USD)", "giao là 12.000 tỷ đồng"), and
    where it ends: only a single number in the amount's own unit ("kế hoạch năm 2021" is a year)."""
    link = PLAN_AMOUNT.match(body, at)
    if link is None:
        return None
    match = QUANTITY.match(body, link.end())
    if match is None or match["word"]:
        return None
    quantity = read_quantity(body, match, segment_start)
    if quantity is None or quantity.unit != unit or quantity.high is not None or quantity.qualifier is not None:
        return None
    end = quantity.end
    if link["paren"]:
        closing = CLOSING_PAREN.match(body, end)
        if closing is None:
            return None
        end = closing.end()
    return quantity, end


# "tăng 1.500 tỷ đồng so với dự toán": the gap between an amount and its plan, no change on last year.
# ("tăng 3.127,7 ha KH" after "92.127,7 ha/KH 89.000 ha": the plan named bare after the gap, B91)
PLAN_BASE_AFTER = re.compile(r"\s*(?:so\s+(?:với\s+)?(?:dự\s+toán|kế\s+hoạch|KH|chỉ\s+tiêu|mục\s+tiêu)|KH)(?!\w)", re.I)


# "tăng 3.488 tỷ đồng so với dự toán (tăng 38%": the gap on the plan in the amount's unit, then as a rate in parentheses
_PLAN_GAP_THEN_PAREN = re.compile(r"(?<!\w)(?P<dir>tăng|giảm|vượt)\s+\d[\d.,]*\s*(?:[^\W\d()]+\s+){1,3}so\s+(?:với\s+)?"
                                  r"(?P<plan>dự\s+toán|kế\s+hoạch|KH|chỉ\s+tiêu|mục\s+tiêu)(?:\s+[^\W\d()]+){0,4}"
                                  r"\s*\(\s*(?:(?P<verb>tăng|giảm|vượt)\s+)?$", re.I)


def plan_gap_rate(reader: SentenceReader, quantity: Quantity, before: str, current: Draft | None) -> int | None:
    """Where the words of a rate in parentheses right after the gap between an amount and its plan end ("đạt 12.498
    tỷ đồng, tăng 3.488 tỷ đồng so với dự toán (tăng 38%)"): the gap as a rate, so the amount is 138% of the plan
    (as "tăng 38% so với dự toán" is); None when the rate is not such."""
    gap = _PLAN_GAP_THEN_PAREN.search(before[-120:])
    closing = CLOSING_PAREN.match(reader.body, quantity.end)
    if gap is None or closing is None or current is None or current.figure.kind != "amount" \
            or current.figure.pct_of_plan is not None:
        return None
    falls = (gap["verb"] or gap["dir"]).lower() == "giảm"
    basis, _ = plan_named(" " + gap["plan"])
    if basis is None:
        return None
    value = round(100.0 + (-quantity.value if falls else quantity.value), 9)
    give_pct_of_plan(reader, quantity, value, current, basis, quantity.end)
    return closing.end()
