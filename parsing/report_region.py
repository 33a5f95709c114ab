"""The province a report is about: what its text says, weighed against what came beside it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from parsing import page, regions
from parsing.model import SourceFacts
from parsing.patterns import first_words, phrase_alternation
from parsing.scan import finditer_at, starts
from parsing.vocabulary import province_of_spelling

_SPELLING_TO_PROVINCE = province_of_spelling()
# One pass over the text for every spelling of every province, longest spelling first. A trie, not
# a list of alternatives: the engine then rejects most places after one letter instead of 150 tries.
_PROVINCE = re.compile(rf"(?<!\w){phrase_alternation(_SPELLING_TO_PROVINCE, space=' ')}(?!\w)", re.IGNORECASE)
# Where a province can be named (see ``parsing.scan``): where one of its spellings occurs in the lower-cased text.
# Whole spellings, not their first words: "an", "hà" or "nam" occur a hundred times in a report (inside
# "quan", "năm"), a whole spelling a few times, so the province pattern is tried at a few places, not a hundred.
_PROVINCE_SPELLINGS = tuple(sorted(_SPELLING_TO_PROVINCE))


# Places (cities, towns, districts) are read only after the word that says what they are
# ("huyện Lộc Bình", "TP. Hạ Long", "thị xã Đông Triều"): a bare place name is too often a
# word, a person or a street. Numbered urban districts are listed whole ("Quận 1").
_PLACE_WORDS = ("huyện", "quận", "thị xã", "thành phố", "tp.", "tp", "tx.")
_PLACE_NAMES = regions.place_names()
_PLACE = re.compile(
    rf"(?<!\w)(?:(?:{phrase_alternation(_PLACE_WORDS, space=' ')})\s*"
    rf"(?P<name>{phrase_alternation([n for n in _PLACE_NAMES if not n.startswith(_PLACE_WORDS)], space=' ')})"
    rf"|(?P<whole>{phrase_alternation([n for n in _PLACE_NAMES if n.startswith(_PLACE_WORDS)], space=' ')}))(?!\w)",
    re.IGNORECASE)
# What may stand between a province and the word before it that says how it is named.
_DESIGNATOR = re.compile(r"(?<!\w)(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|tx\.?)\s*$", re.I)
# A province after these words is a neighbour, a partner, a comparison, an origin or a destination:
# named in passing, not what the report is about. (So is a trader's or buyer's: "một thương lái ở tỉnh Đắk Lắk vừa
# đặt cọc ...", B83; and a visitor's home: "bà Nguyễn Thị A (du khách tỉnh Ninh Bình) cho hay", B93.)
_PASSING = re.compile(r"(?<!\w)(?:giáp|giáp ranh|tiếp giáp|với|sang|đến|tới|từ|sau|như|cùng|thị trường|bạn|cách|du khách"
                      r"|(?:thương\s+lái|lái\s+buôn|khách\s+hàng|nhà\s+phân\s+phối)\s+(?:ở|tại))\s*$", re.I)
# Visitors coming to a place ("lượng khách đến Huế", "khách du lịch đến Nha Trang", "du khách đến với Sa Pa"): the
# place a tourism report is about, not a destination in passing; a city or town so named counts without "thành phố".
_VISITORS = r"(?<!\w)khách(?:\s+(?:du\s+lịch|quốc\s+tế|nội\s+địa|trong\s+nước|nước\s+ngoài|tham\s+quan))?"
_VISITORS_COME_TO = re.compile(rf"{_VISITORS}\s+(?:đến|tới)(?:\s+với)?\s*$", re.I)
_VISITORS_TO_A_TOWN = re.compile(
    rf"{_VISITORS}\s+(?:đến|tới|về)(?:\s+với)?\s+(?P<name>{phrase_alternation(regions.town_names(), space=' ')})(?!\w)",
    re.I)
# A city or town of one province named bare, its words capitalised, more than once ("toàn Đà Lạt", "Sở Du lịch Phú
# Quốc"): it names its province as a district named after "huyện" does. Two words at least (a one-word name, "Vinh", is also a word
# or a person's name), and no province's own name (that is the province, counted as one).
_BARE_TOWNS = [n for n in regions.town_names() if " " in n and n.lower() not in _SPELLING_TO_PROVINCE]
_BARE_TOWN = re.compile(rf"(?<!\w){phrase_alternation(_BARE_TOWNS, space=' ')}(?!\w)", re.I)
_BARE_TOWN_WORDS = frozenset(n.lower() for n in _BARE_TOWNS)
# ... and these for a province, not for a district: a province report lists its own districts
# ("các huyện Cao Lộc, Lộc Bình"), but "các tỉnh Lạng Sơn, Cao Bằng" is a list of provinces.
_PASSING_PROVINCE = re.compile(r"(?<!\w)(?:các|những|gồm|hoặc)\s*$", re.I)
# Two places of different provinces one after the other, "Lạng Sơn, Cao Bằng", "Bắc Ninh và Bắc Giang":
# a list, and neither is the report's own.
_LISTED = re.compile(r"\s*(?:,|và|hoặc|với|&|/)\s*(?:tỉnh|thành phố|tp\.?)?\s*", re.I)
_CLAUSE_END = re.compile(r"[.;:!?\n()\[\]]")
_LEAD_END = re.compile(r"[.!?](?:\s|$)|\n")
_TITLE_WEIGHT, _LEAD_WEIGHT = 3, 2


@dataclass(frozen=True, slots=True)
class _Mention:
    province: str
    start: int
    end: int
    is_place: bool  # a city, town or district, not the province itself
    designated: bool = False  # written after "tỉnh", "thành phố", "TP."


def region_with_source(text: str, title: str | None, body_start: int, source: SourceFacts, on: date | None = None
                        ) -> tuple[str | None, str | None]:
    """(province, region_source): what the text says, weighed against what came beside it.

    Rules, in order:
    1. The text's own province is the one it is about: named in the title (``_TITLE_WEIGHT`` each
       time), in the first sentence (``_LEAD_WEIGHT``) and elsewhere (1), districts and cities
       counting for their province (``places.tsv``); a province named in passing (after "giáp",
       "với", "sang", "đến", "từ", "các tỉnh", in a list of provinces: ``_PASSING``...) counts for
       nothing. The nation or several provinces named as the subject ("cả nước có", "34 tỉnh thành":
       ``digest_subjects.tsv``; not as a yardstick: ``_NATION_IN_PASSING``) compete as ``_NATION``.
       Unless one scores more than twice any other, none: the text is a digest of several provinces,
       a national item, or a comparison, and does not tell.
    2. Beside the text, the first known of: a region stated by a person (a sidecar's ``region``, or
       the source's in the sources file), the inbox folder's province, the province of the URL's outlet (or its path's folder, or its host);
       else the outlet whose sign-off code the text carries ("(QNO) - ...", ``outlet_codes.tsv``).
    3. When both are known and differ, the text wins only if it names its province in the title or
       the first sentence and more strongly than it names the outside one: a provincial newspaper
       writing about another province says so up front ("Cao Bằng: ..."); a province named only in
       the body is more often a neighbour or a comparison than the subject. Otherwise the outside
       fact wins. So a weak, disagreeing text never gives a confident answer of its own. But a digest
       that names several other provinces (or the nation, or several provinces as its subject) up
       front, and never the outside one, gets no region: it is plainly not about the outside one, and
       about no one of its own; so does national news an outlet carried (the nation its subject, the
       outlet's province never named nor called "tỉnh", "thành phố", "địa bàn": ``_names_its_own_unit``),
       and an article whose address headline names several provinces (``regions.digest_in_url_headline``)
       or joins two ("/ha-noi-va-tp-ho-chi-minh-...": ``regions.two_provinces_in_url_headline``) unless a
       person stated the province. A national office cited as the source ("Tổng cục Thống kê",
       ``national_sources.tsv``) names the nation as the subject.
    ``region_source`` is "text" when the text's own province is the answer, else where the answer came from.
    """
    stated = source.region or source.folder_region  # a person's word, which none of these readings overrules
    if not stated and regions.two_provinces_in_url_headline(source.url):
        return None, None  # "Hà Nội và TP Hồ Chí Minh nhập siêu": a comparison of two, about neither alone
    if not stated and (len(_provinces_cited_as_sources(text)) >= 2 or _two_provinces_in_headline(title)):
        # "Theo Sở Du lịch Nghệ An, ... Theo thống kê của Sở Văn hóa, Thể thao và Du lịch Hà Tĩnh, ...", a headline
        # "... tăng tại Quảng Bình, giảm tại Quảng Ngãi": two provinces reported on side by side, about neither
        # alone (R44: b17c-11, b18d-05, b18d-35; as a comparison of two in the address's headline above)
        return None, None
    if not stated and len(_provinces_given_figures(text)) >= _RANKED_PROVINCES:
        # a ranking or table of provinces, each given its own figure ("Đứng thứ 3 là Quảng Trị, chỉ số ... bằng
        # 86,66%", "tiếp đến là tỉnh Đồng Tháp với 943 triệu USD"): about several, whichever one the headline leads
        # with (R39: B10, B14, B17; no report of one province on B10 to B17 gives more than two provinces figures)
        return None, None
    scores, strong = _text_scores(text, title, body_start, source.title)
    best = _most_named(scores, on)
    headline = regions.province_named_in_url_headline(source.url) if title is None and not source.title else None
    provinces_named = set(scores) - {_NATION}
    if best is None and headline is not None and headline in scores and len(provinces_named) == 2 \
            and scores.get(_NATION, 0) < min(scores[name] for name in provinces_named):
        # a page copied without its title keeps it in its address ("/dat-nuoc-con-nguoi-dien-bien-hap-dan-...html"):
        # where the text names two provinces, neither most, the one named there counts as a title's (B47); a digest
        # of more, or beside the nation named as much as either, stays a digest (the nation named once beside them
        # leaves it: "... Cần Thơ ... di tích Điện Biên ... cả nước", B100)
        scores[headline] += _TITLE_WEIGHT
        strong.add(headline)
        best = _most_named(scores, on)
    if best == _NATION:
        best = None
    if regions.digest_in_url_headline(source.url) and not regions.province_in_url_headline(source.url) and (
            regions.digest_in_url_headline(source.url, several_only=True) or best is None
            or (strong != {best} or set(scores) - {best, _NATION})
            and regions.province_named_in_url_headline(source.url) != best):
        # the address's headline is the article's: a digest of several provinces; but one naming only a region
        # ("/...-tro-thanh-trung-tam-du-lich-dbscl") may be one province's, which the text names up front, and no
        # other province anywhere, or which it names (".../toc-do-tang-truong-kinh-te-long-an-dung-thu-3-vung-dbscl":
        # its rank in the region, the provinces ahead of it named too, B93)
        return None, None
    fact, fact_source = _outside_region(source)
    if fact is None:
        # no fact beside the text: an outlet's sign-off code in it ("(QNO) - ...") names the outlet, weighed
        # against the text like a URL's outlet
        fact, fact_source = regions.province_of_outlet_code(text), "text"
    if fact is None and not scores:
        # a text naming no province nor the nation, from a site that is no province's: the one province its
        # address headline names ("/kim-ngach-xuat-khau-ha-noi-dat-hon-980-trieu-usd-677811.html")
        fact, fact_source = regions.province_named_in_url_headline(source.url), "url"
    if fact is None:
        return (best, "text") if best else (None, None)
    if best == fact:
        return fact, "text"
    if best is not None and best in strong and scores[best] > scores.get(fact, 0) \
            and not _outlets_district_named_like(text, best, fact):
        return best, "text"
    if best is None and fact not in scores and (len(strong) > 1 or _NATION in strong or _NATION in scores and strong):
        # a digest of other provinces or a national item, named up front, or another province up front beside the
        # nation ("Tỉnh Bắc Ninh dẫn đầu cả nước thu hút vốn FDI ... cả nước có 40.544 dự án" in Lào Cai's
        # newspaper): not the outlet's own, which it never names
        return None, None
    if best is None and fact not in scores and _NATION in scores \
            and scores[_NATION] >= max(scores.values()) and not _names_its_own_unit(text) \
            and regions.province_named_in_url_headline(source.url) != fact:
        # national news the outlet carried: it never says "tỉnh", "thành phố", "địa bàn"; unless the address's
        # headline names the outlet's own province ("thongkethaibinh.gov.vn/.../tinh-hinh-kinh-te-xa-hoi-tinh-thai-binh-
        # nam-2022", a release opening on the world's and the nation's economy, B100)
        return None, None
    return fact, fact_source


def _outlets_district_named_like(text: str, province: str, outlets: str) -> bool:
    """Whether the province the text names is also a district of the outlet's province that the text calls one:
    "Quảng Ninh phấn đấu ..." over "huyện Quảng Ninh" on Quảng Bình's portal (B88)."""
    return outlets in regions.provinces_of_place(province) and re.search(
        rf"(?<!\w)(?:huyện|thị\s+xã|thành\s+phố|TP\.?)\s+{re.escape(province)}(?!\w)", text, re.I) is not None


def _most_named(scores: dict[str, int], on: date | None = None) -> str | None:
    """A report about one province names it more than twice as strongly as any other (the nation or several provinces
    named as the subject count as one more: ``_NATION``); else it is a digest of several, a national item or a
    comparison of two, and the text tells no one province. On a report dated after the 2025 merger, provinces that
    became one count as one (a commune "(tỉnh Vĩnh Long)" made of a town of Bến Tre's former district, B46), and the
    one named most of them is the answer: the region keeps its old name, the code tells the new province."""
    merged = on is not None and on >= regions.MERGER
    group_of = {name: (regions.code_of(name, on) or name) if merged and name != _NATION else name for name in scores}
    groups: dict[str, int] = {}
    for name, score in scores.items():
        groups[group_of[name]] = groups.get(group_of[name], 0) + score
    ranked = sorted(groups.items(), key=lambda item: -item[1])
    if not ranked or len(ranked) > 1 and 2 * ranked[1][1] >= ranked[0][1]:
        return None
    return max((name for name in scores if group_of[name] == ranked[0][0]), key=lambda name: scores[name])


# A province given its own figure: a number (not a year, a date or part of a code) in its clause, soon after its name.
_RANKED_PROVINCES = 4
_FIGURE_AFTER = 50
_NUMBER = re.compile(r"(?<![\w/.,-])(?!(?:19|20)\d\d(?!\d))\d+(?:[.,]\d+)*(?![\w/-])")
_FIGURE_CLAUSE_END = re.compile(r"[.;\n]")


_OFFICE = re.compile(rf"(?<!\w)(?:{phrase_alternation(regions.provincial_offices())})\s+[^.;:!?\n()]{{0,70}}", re.I)
_OFFICE_WORDS = first_words(regions.provincial_offices())


# The title of the one who holds an office, right before its name, and a person's name right after it.
_HOLDER_BEFORE = re.compile(r"(?<!\w)(?:Phó\s+)?(?:Chủ\s+tịch|Bí\s+thư|Giám\s+đốc|Chánh\s+Văn\s+phòng)\s+$")
_PERSON_AFTER = re.compile(r"\s+(?:[A-ZĐ][^\W\d_]*\s+){1,3}[A-ZĐ][^\W\d_]*(?=[\s,.;])")


def _provinces_cited_as_sources(text: str) -> set[str]:
    """The provinces whose offices ``text`` cites ("Sở Du lịch Hà Nội", "Cục Thống kê tỉnh Bắc Ninh"): the province
    named first in an office's name, not a district or city."""
    found = set()
    for office in finditer_at(_OFFICE, text, starts(text, _OFFICE_WORDS, digits=False)):
        if not office.group(0)[0].isupper():
            continue  # "sở" is also a word ("cơ sở", "trụ sở"): an office's name is written capitalised
        first = next(iter(_mentions(office.group(0))), None)
        if first is None or first.is_place:
            continue
        if _HOLDER_BEFORE.search(text, max(0, office.start() - 24), office.start()) \
                and _PERSON_AFTER.match(text, office.start() + first.end):
            continue  # "Chủ tịch UBND TPHCM Nguyễn Thành Phong" at another province's event: a guest, no source (B100)
        found.add(first.province)
    return found


def _two_provinces_in_headline(title: str | None) -> bool:
    """Whether a headline names two provinces, neither in passing ("Lượng du khách dịp 2/9 tăng tại Quảng Bình, giảm
    tại Quảng Ngãi"): a comparison of the two."""
    return bool(title) and len({m.province for m in _own_mentions(title or "")}) >= 2


def _provinces_given_figures(text: str) -> set[str]:
    """The provinces (not places) ``text`` gives a figure of their own, each right after its name."""
    found = set()
    for mention in _mentions(text):
        if mention.is_place or mention.province in found or _yardstick_in_parentheses(text, mention.start):
            continue
        clause = _FIGURE_CLAUSE_END.split(text[mention.end:mention.end + _FIGURE_AFTER], maxsplit=1)[0]
        if _NUMBER.search(clause):
            found.add(mention.province)
    return found


# A comparison opening a parenthesis: "so với các tỉnh trong vùng (Sơn La 5,1%; Điện Biên 6,2%)", or a rank among
# the provinces listed in it: "cao nhất trong 5 tỉnh thuộc vùng kinh tế trọng điểm miền Trung năm 2020 (Thừa Thiên-Huế
# tăng 2,06%, Đà Nẵng giảm 9,77%, ...)" (B89), or a place in a ranking: "đứng thứ 3 vùng ĐBSCL (sau Trà Vinh tăng 10% và
# Hậu Giang tăng 8,76%)" (B93)
_COMPARED_THEN_PARENTHESIS = re.compile(r"(?<!\w)(?:so\s+(?:với\s+)?|(?:cao|thấp|lớn|nhỏ)\s+nhất\s+(?:trong|của)\s+"
                                        r"|(?:đứng|xếp)\s+(?:thứ|hạng|vị\s+trí)(?!\w))[^.;()]{0,80}\($", re.I)


def _yardstick_in_parentheses(text: str, at: int) -> bool:
    """Whether the province named at ``at`` stands in a parenthesis that a comparison opened: a yardstick beside the
    report's own province, as a neighbour named "so với" is, not a province the text reports on."""
    opened = text.rfind("(", max(0, at - 200), at)
    if opened < 0 or ")" in text[opened:at]:
        return False
    return _COMPARED_THEN_PARENTHESIS.search(text, max(0, opened - 100), opened + 1) is not None


# The key of the nation, or of several provinces, named as a text's subject in its scores.
_NATION = "(cả nước)"


def _digest_pattern() -> re.Pattern[str]:
    plain = [phrase for phrase, counted in regions.digest_subjects() if not counted]
    counted = [phrase for phrase, counted in regions.digest_subjects() if counted]
    return re.compile(rf"(?<!\w)(?:{phrase_alternation(plain)}|\d+(?:/\d+)?\s+(?:{phrase_alternation(counted)}))(?!\w)",
                      re.I)


_DIGEST = _digest_pattern()
# Where such a phrase can start (see ``parsing.scan``): the first word of a phrase, or a count's digits.
_DIGEST_STARTS = tuple({phrase.split()[0].lower() for phrase, counted in regions.digest_subjects() if not counted})
# The nation named as a yardstick, not as the subject: "cao nhất cả nước", "đứng thứ 2 cả nước", "so với cả
# nước", "chiếm 42,4% cả nước", "của cả nước" (in its clause, before it).
_NATION_IN_PASSING = re.compile(r"(?:so\s+với|(?<!\w)so(?!\w)|hơn|của|nhất|dẫn\s+đầu|đứng|thứ|bình\s+quân|top|tốp|lọt|"
                                r"xếp|hạng|vị\s+trí|"
                                # the nation's capital of a crop, its rice bowl: "thủ phủ điều cả nước" (R56)
                                r"thủ\s+phủ|(?<!\w)vựa|"
                                r"chiếm|mức|trong\s+số|(?<!\w)từ|(?<!\w)với|(?<!\w)như)", re.I)
# "tỉnh", "thành phố", "địa bàn" naming the outlet's own unit ("toàn tỉnh", "của tỉnh", "UBND tỉnh", "Sở Du lịch
# thành phố"), not a named one ("tỉnh Lạng Sơn") nor several ("các tỉnh", "63 tỉnh", "tỉnh, thành").
# Several provinces as a yardstick: "xếp thứ 4/13 tỉnh, thành phố vùng ...", "một trong số 10 địa phương",
# "vào tốp 10 địa phương".
# A ranking among several is a yardstick too, as for the nation: "lọt vào tốp 10 địa phương thu hút FDI lớn nhất".
# ("số thu cao hơn nhiều tỉnh": the provinces a figure beats, B108)
_SEVERAL_IN_PASSING = re.compile(r"(?:so\s+với|thứ|trong\s+số|của|(?<!\w)từ|(?<!\w)với|(?<!\w)(?:top|tốp|lọt)(?!\w)|(?<!\w)hơn|"
                                 # "Thanh Hóa dẫn đầu các tỉnh Bắc Trung Bộ": the provinces it leads, a yardstick (R67c)
                                 r"(?:dẫn|đứng)\s+đầu)", re.I)
_NATION_WORDS = ("cả nước", "toàn quốc")
# Localities inside the report's own unit: "nhiều địa phương trong tỉnh", "các địa phương trên địa bàn huyện" are its
# districts or communes, not several provinces (B46).
_INSIDE_OWN_UNIT = re.compile(r"\s+(?:[^\W\d]+\s+){0,2}?(?:trên\s+địa\s+bàn|trong|thuộc|của)\s+(?:toàn\s+)?"
                              r"(?:tỉnh|huyện|thành\s+phố|thị\s+xã)(?!\w)", re.I)
_PROVINCES_AND_CITIES = re.compile(r"tỉnh,\sthành", re.I)  # replaced by as many characters: positions hold
_PHRASE_END = re.compile(r",\s|[.;:!?\n()\[\]]")  # a clause or a comma's phrase ("42,4%" is no comma)
_OWN_UNIT = re.compile(r"(?<!\w)(?:tỉnh|thành\s+phố|địa\s+bàn)(?!\w)", re.I)
_SEVERAL_BEFORE = re.compile(r"(?:các|nhiều|những|mỗi|\d)\s*$", re.I)


def _names_its_own_unit(text: str) -> bool:
    for match in _OWN_UNIT.finditer(text):
        after = text[match.end():match.end() + 3].lstrip(" ")
        if after[:1].isupper() or after[:1] in ",/" or _SEVERAL_BEFORE.search(text, max(0, match.start() - 8),
                                                                                   match.start()):
            continue
        return True
    return False


def _outside_region(source: SourceFacts) -> tuple[str | None, str | None]:
    for value, origin in ((source.region, source.region_origin), (source.folder_region, "folder")):
        name = regions.province_name(value)
        if name:
            return name, origin
    # the headline in the address first: an outlet writing about another province says so up front (unless that
    # name is also one of the outlet's own districts: "/quang-ninh-phan-dau-giam-..." on Quảng Bình's portal, B88)
    outlets = regions.province_of_url(source.url) or regions.province_in_url_path(source.url) \
        or regions.province_in_url_host(source.url)
    headline = regions.province_in_url_headline(source.url)
    name = outlets if headline and outlets in regions.provinces_of_place(headline) else headline or outlets
    return (name, "url") if name else (None, None)


def _text_scores(text: str, title: str | None, body_start: int, other_title: str | None
                 ) -> tuple[dict[str, int], set[str]]:
    """Each province's score as the text's subject, and those named in a title or the first sentence."""
    scores: dict[str, int] = {}
    strong: set[str] = set()
    lead = _LEAD_END.search(text, page.lead_start(text, body_start) + 1)
    lead_end = lead.end() if lead else len(text)
    title_end = body_start if title else 0
    for mention in _own_mentions(text):
        weight = 1
        if mention.start < title_end:
            weight = _TITLE_WEIGHT
        elif mention.start < lead_end:
            weight = _LEAD_WEIGHT
        if mention.designated:  # "tỉnh Lạng Sơn", "UBND TP. Hồ Chí Minh": named as the unit, not as a word
            weight += 1
        scores[mention.province] = scores.get(mention.province, 0) + weight
        if weight > 1:
            strong.add(mention.province)
    if other_title and other_title != title:
        for mention in _own_mentions(other_title):
            scores[mention.province] = scores.get(mention.province, 0) + _TITLE_WEIGHT
            strong.add(mention.province)
    for at in _nation_mentions(text):
        weight = _TITLE_WEIGHT if at < title_end else _LEAD_WEIGHT if at < lead_end else 1
        scores[_NATION] = scores.get(_NATION, 0) + weight
        if weight > 1:
            strong.add(_NATION)
    cited = _national_sources_cited(text)
    if cited:
        scores[_NATION] = scores.get(_NATION, 0) + cited
    return scores, strong


_NATIONAL_SOURCE = re.compile(rf"(?<!\w)(?:{phrase_alternation(regions.national_sources())})(?!\w)", re.I)
_NATIONAL_SOURCE_WORDS = first_words(regions.national_sources())


def _nation_mentions(text: str) -> list[int]:
    """Where ``text`` names the nation or several provinces as its subject ("cả nước có", "34 tỉnh thành",
    "Những địa phương ..."), not as a yardstick (``_NATION_IN_PASSING``)."""
    found = []
    for match in finditer_at(_DIGEST, text, starts(text, _DIGEST_STARTS, digits=True)):
        # "đứng thứ 12/63 tỉnh, thành phố của cả nước": the comma of "tỉnh, thành phố" ends no phrase (R67c)
        clause = _PHRASE_END.split(_PROVINCES_AND_CITIES.sub("tỉnh  thành", text[max(0, match.start() - 40):match.start()]))[-1]
        several = match.group(0).lower() not in _NATION_WORDS
        if several and _INSIDE_OWN_UNIT.match(text, match.end()):
            continue
        passing = _SEVERAL_IN_PASSING if several else _NATION_IN_PASSING
        if not several and _NATIONAL_CAMPAIGN.match(text, match.end()):
            continue  # "Cả nước chung sức xây dựng nông thôn mới": a national campaign's name, no subject
        if not passing.search(clause):
            found.append(match.start())
    return found


# The names of national campaigns a province's report lists ("Cả nước chung sức xây dựng nông thôn mới", "Cả nước
# chung tay xoá nhà tạm", "Cả nước đoàn kết, chung sức, đồng lòng ..."), and a province going "cùng cả nước" (B87).
_NATIONAL_CAMPAIGN = re.compile(r"\s+(?:chung\s+sức|chung\s+tay|đoàn\s+kết|thi\s+đua|bước\s+vào)(?!\w)", re.I)


def _national_sources_cited(text: str) -> int:
    """How often ``text`` cites a national office as its source ("Theo số liệu của Tổng cục Thống kê",
    ``national_sources.tsv``; not "so với số liệu của ..."). Each counts 1 for the nation, wherever it is:
    an outlet's report on its own province cites them too, and then says "tỉnh" (``_names_its_own_unit``)."""
    return sum(1 for m in finditer_at(_NATIONAL_SOURCE, text, starts(text, _NATIONAL_SOURCE_WORDS, digits=False))
               if not re.search(r"so\s+với[^.;,\n]{0,20}$", text[max(0, m.start() - 30):m.start()], re.I))




def _own_mentions(text: str) -> list[_Mention]:
    """The province and place mentions of ``text`` that are not in passing."""
    mentions = _mentions(text)
    listed: set[int] = set()
    for a, b in zip(mentions, mentions[1:]):
        if a.province != b.province and _LISTED.fullmatch(text, a.end, b.start):
            listed.update((a.start, b.start))
    own = []
    for mention in mentions:
        if mention.start in listed or _in_photo_caption(text, mention.start):
            continue
        clause = _CLAUSE_END.split(text[max(0, mention.start - 40):mention.start])[-1]
        designator = _DESIGNATOR.search(clause)
        words_before = clause[:designator.start()] if designator else clause
        if (_PASSING.search(words_before) and not _VISITORS_COME_TO.search(words_before)) \
                or (not mention.is_place and _PASSING_PROVINCE.search(words_before)):
            continue
        designated = not mention.is_place and designator is not None
        own.append(_Mention(mention.province, mention.start, mention.end, mention.is_place, designated))
    return own


# A photo's caption credits it ("... huyện Bình Chánh, TP Hồ Chí Minh. Ảnh: Thanh Vũ/TTXVN"): the place it
# names is where the picture was taken, often a stock photo of another province, not what the text is about.
_PHOTO_CREDIT = re.compile(r"(?<!\w)(?:Ảnh|Nguồn\s+ảnh)\s*(?::|minh\s+họa|minh\s+hoạ|tư\s+liệu)", re.I)


def _in_photo_caption(text: str, at: int) -> bool:
    line_start, line_end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return _PHOTO_CREDIT.search(text, line_start, len(text) if line_end < 0 else line_end) is not None


# A district word right before a province's name: "huyện Quảng Ninh" is a district of Quảng Bình, "thị xã
# Quảng Trị" a town of Quảng Trị, not the province of that name ("thành phố", "TP." are not here: "thành phố
# Cần Thơ" is the province).
_DISTRICT_WORD_BEFORE = re.compile(r"(?<!\w)(?:huyện|quận|thị\s+xã|tx\.?)\s*$", re.I)
# "xã Hải Dương" (a commune of Quảng Trị), "phường Hà Giang": a province's name after a commune's kind word is the
# commune's, which names no province; so is an industrial park's after its kind ("KCN Hòa Bình mở rộng" in Tây Ninh,
# B78)
_COMMUNE_WORD_BEFORE = re.compile(r"(?<!\w)(?<!thị\s)(?:xã|phường|thị\s+trấn|KCN|CCN|(?i:khu|cụm)\s+công\s+nghiệp)\s+$")
_COMMUNE_WORD_REACH = 20  # characters back: "khu công nghiệp " is 16


# A site's weather box, "Hà Nội: 25°C Hà Nội Huế: 24°C ...": its places are no mention (B31)
_TEMPERATURE_AFTER = re.compile(r"\s*:\s*-?\d{1,2}(?:[.,]\d)?\s*°\s*C", re.I)
_TEMPERATURE_BEFORE = re.compile(r"\d\s*°\s*C\s*$", re.I)
_NOT_PLACES = [name.lower() for name in regions.not_places()]


def _in_a_weather_box(text: str, match: re.Match[str]) -> bool:
    return _TEMPERATURE_AFTER.match(text, match.end()) is not None \
        or _TEMPERATURE_BEFORE.search(text, max(0, match.start() - 12), match.start()) is not None


def _inside_another_name(text: str, match: re.Match[str]) -> bool:
    """Whether the province's name is part of a longer name that is no place of it (``regions.not_places``)."""
    around = text[max(0, match.start() - 20):match.end() + 20].lower()
    at = match.start() - max(0, match.start() - 20)
    for name in _NOT_PLACES:
        found = around.find(name)
        while found >= 0:
            if found <= at and at + len(match.group(0)) <= found + len(name):
                return True
            found = around.find(name, found + 1)
    return False


# The region rules ask for the mentions of one text several times over (the scores, the own mentions, the provinces
# given figures, the headline): read them once.
@lru_cache(maxsize=8)
def _mentions(text: str) -> tuple[_Mention, ...]:
    """Every province, and every place of exactly one province, named in ``text``, in order. A province's
    name after a district word is the district's (``_DISTRICT_WORD_BEFORE``): it counts for the province
    that district is in, or for none when districts of several provinces have that name."""
    found = []
    names = _name_starts(text)
    for m in finditer_at(_PROVINCE, text, names):
        province = _SPELLING_TO_PROVINCE[m.group(0).lower()]
        if m.group(0)[0].islower():
            continue  # a name written in lower case is no name: a spam line's "tham tử hà nội, ..." (B91)
        if _in_a_weather_box(text, m) or _inside_another_name(text, m):
            continue
        if _COMMUNE_WORD_BEFORE.search(text, max(0, m.start() - _COMMUNE_WORD_REACH), m.start()):
            continue
        if _DISTRICT_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            provinces = regions.provinces_of_place(m.group(0))
            if provinces:
                if len(provinces) == 1:
                    found.append(_Mention(next(iter(provinces)), m.start(), m.end(), True))
                continue
        found.append(_Mention(province, m.start(), m.end(), False))
    taken = [(m.start, m.end) for m in found]
    for match in finditer_at(_PLACE, text, starts(text, _PLACE_WORDS, digits=False)):
        name = match["name"] or match["whole"]
        at = match.start("name") if match["name"] else match.start()
        provinces = regions.provinces_of_place(name)
        if len(provinces) != 1 or any(s < match.end() and at < e for s, e in taken):
            continue
        found.append(_Mention(next(iter(provinces)), at, match.end(), True))
        taken.append((at, match.end()))
    for match in finditer_at(_VISITORS_TO_A_TOWN, text, starts(text, ("khách",), digits=False)):
        if not any(s < match.end("name") and match.start("name") < e for s, e in taken):
            found.append(_Mention(next(iter(regions.provinces_of_place(match["name"]))), match.start("name"),
                                  match.end("name"), True))
            taken.append((match.start("name"), match.end("name")))
    bare = [m for m in finditer_at(_BARE_TOWN, text, names) if all(word[0].isupper() for word in m.group().split())
            and not any(s < m.end() and m.start() < e for s, e in taken)
            # "xã Sông Cầu" (a commune of Khánh Hòa) is no town Sông Cầu (of Phú Yên) (R67)
            and not _COMMUNE_WORD_BEFORE.search(text, max(0, m.start() - _COMMUNE_WORD_REACH), m.start())]
    for match in bare:
        # named once, a town may be an item of a list or a place in passing; a report about it names it again
        if sum(other.group() == match.group() for other in bare) > 1:
            found.append(_Mention(next(iter(regions.provinces_of_place(match.group()))), match.start(), match.end(),
                                  True))
            taken.append((match.start(), match.end()))
    designated = {text[s:e].lower() for s, e in taken}
    named = {m.province for m in found if not m.is_place}
    found.extend(_bare_districts(text, names, taken, designated if named else None, named))
    return tuple(sorted(found, key=lambda m: m.start))


# A district (or any place) of one province with a name of two words or more, no province's own name.
_BARE_DISTRICTS = [n for n in _PLACE_NAMES if " " in n and len(regions.provinces_of_place(n)) == 1
                   and n.lower() not in _SPELLING_TO_PROVINCE and not n.startswith(_PLACE_WORDS)]
_BARE_DISTRICT = re.compile(rf"(?<!\w){phrase_alternation(_BARE_DISTRICTS, space=' ')}(?!\w)", re.I)
_BARE_DISTRICT_WORDS = frozenset(n.lower() for n in _BARE_DISTRICTS)
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")


def _after_a_capitalised_word(text: str, at: int) -> bool:
    """Whether a capitalised word stands right before ``at`` (in a line, not opening a sentence): part of a name."""
    before = _WORD_BEFORE.search(text, max(0, at - 20), at)
    return before is not None and before.group(1)[0].isupper() and not re.search(
        r"(?:^|[.!?:]\s*|\n\s*)$", text[max(0, before.start() - 3):before.start()])


def _bare_districts(text: str, names: list[int] | None, taken: list[tuple[int, int]], only: set[str] | None,
                    provinces_named: frozenset[str] | set[str] = frozenset()) -> list[_Mention]:
    """A district named bare ("cam sành ở Hàm Yên", "vùng đất Mường Thàng - Cao Phong"), its words capitalised and
    not part of a longer proper name (a person's "Phan Văn Tâm"), more than once: it names its province, as a
    district after "huyện" does (R44: B14, B18; a town so named counts anywhere). In a text naming a province, only
    a district it also names with its kind word ("huyện Cao Phong"), whose bare repetitions are that district;
    ``only`` is then those names (lower-cased), None in a text naming no province; a district of a province the text
    names (``provinces_named``) counts bare too: "3 xã ở Khánh Vĩnh" under "UBND tỉnh Khánh Hòa" (R67). ``names`` are
    the places a name may start (``_name_starts``)."""
    bare = [m for m in finditer_at(_BARE_DISTRICT, text, names) if all(word[0].isupper() for word in m.group().split())
            and not any(s < m.end() and m.start() < e for s, e in taken)
            and (only is None or m.group().lower() in only
                 or next(iter(regions.provinces_of_place(m.group()))) in provinces_named)
            and not _after_a_capitalised_word(text, m.start())
            # "xã Long Thành Bắc" (a commune of Tây Ninh) is no district Long Thành (of Đồng Nai): a commune's name, or
            # the start of a longer one (B47)
            and not _COMMUNE_WORD_BEFORE.search(text, max(0, m.start() - _COMMUNE_WORD_REACH), m.start())
            and not _LONGER_NAME_AFTER.match(text, m.end())]
    return [_Mention(next(iter(regions.provinces_of_place(m.group()))), m.start(), m.end(), True) for m in bare
            if sum(other.group() == m.group() for other in bare) > 1]


_LONGER_NAME_AFTER = re.compile(r"[ \t]+(?:Bắc|Nam|Đông|Tây|Trung|Thượng|Hạ)(?!\w)")


# The words a province's spelling, or a town's or district's name of two words or more, opens with: one scan finds
# where any of the three patterns may start (a place where one of them cannot costs it one failed try).
_NAME_WORDS = frozenset(_PROVINCE_SPELLINGS) | _BARE_TOWN_WORDS | _BARE_DISTRICT_WORDS


def _name_starts(text: str) -> list[int] | None:
    return starts(text, _NAME_WORDS, digits=False)


# A province named as it was before the merger: "tỉnh Lâm Đồng (địa bàn Bình Thuận cũ)" (P22).
_FORMER = re.compile(r"\s+cũ(?!\w)", re.I)
_FORMER_BEFORE = re.compile(r"(?<!\w)cũ\s+của\s+(?:tỉnh\s+)?$", re.I)  # "vùng địa giới hành chính cũ của tỉnh Lào Cai"


def outlets_former_province(region: str | None, url: str | None, end: date | None,
                             published: date | None = None) -> str | None:
    """The outlet's own province, for a period ending before the merger, when the text names the province it merged
    into: "xã Xuân Sơn (TPHCM)" in Bà Rịa - Vũng Tàu's paper about the first half of 2025 (P25) is filed under Bà Rịa -
    Vũng Tàu, the province of the period's time. None otherwise, and for a page written before the merger, whose
    names are those of its time ("TP.Đà Nẵng" in Quảng Nam's paper of January 2025 is the city, B80); and for a text
    naming a province of the period's time, merged since ("tỉnh Yên Bái" in Lào Cai's paper about January to May
    2025 is Yên Bái, P54)."""
    outlet = regions.province_of_url(url)
    if region is None or outlet is None or outlet == region or end is None or end >= regions.MERGER \
            or (published is not None and published < regions.MERGER) or not regions.named_after_the_merger(region):
        return None
    merged = regions.code_of(region, regions.MERGER)
    return outlet if merged is not None and regions.code_of(outlet, regions.MERGER) == merged else None


def former_province_reported(text: str, region: str | None, end: date | None) -> str | None:
    """The one former province ``text`` names as such ("Bình Thuận cũ") within ``region`` after the merger, for a
    period ending before the merger: its figures are that province's, filed under the provinces of their time. None
    when the period is not known to end before the merger, or the text names no such province, or more than one."""
    if region is None or end is None or end >= regions.MERGER:
        return None
    merged = regions.code_of(region, regions.MERGER)
    former = {m.province for m in _mentions(text) if not m.is_place
              and (_FORMER.match(text, m.end) or _FORMER_BEFORE.search(text, max(0, m.start - 24), m.start))
              and regions.code_of(m.province, regions.MERGER) == merged}
    if region in former:
        return None  # "vùng ... cũ của tỉnh Lào Cai đạt 59,6%, vùng tỉnh Yên Bái cũ đạt 63%": both parts, the whole's (B87)
    return former.pop() if len(former) == 1 else None
