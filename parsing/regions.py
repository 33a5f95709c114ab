"""Provinces as data: codes and their validity, provincial outlets by host, places by province.

Read once from ``parsing/vocab/``: ``province_codes.tsv`` (the 63 provinces before 1 July
2025 and the 34 after, each with the code it had and, for a province that merged, the code
of the one it became), ``outlets.tsv`` (each province's newspaper, television, portal,
department and statistics-office sites, by host) and ``places.tsv`` (cities, towns and
districts of the provinces before the merger). Names are the canonical names of
``provinces.tsv``: ``DocumentMeta.region`` stays one of them whatever the date, so that
figures of one province group together across the merger; ``region_code`` tells the code
valid on the report's period.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache
from urllib.parse import SplitResult, urlsplit

from parsing.vocabulary import _rows, vocabulary

# The day the 34 provinces replaced the 63.
MERGER = date(2025, 7, 1)


@dataclass(frozen=True, slots=True)
class Province:
    code: str
    name: str  # canonical name, as in provinces.tsv
    valid_from: date | None
    valid_to: date | None
    successor: str | None  # the code of the province it became, for one that merged


@dataclass(frozen=True, slots=True)
class Outlet:
    host: str
    code: str
    kind: str
    name: str


@dataclass(frozen=True)
class Gazetteer:
    provinces: tuple[Province, ...]
    outlets: dict[str, Outlet]  # host (lower case, no "www.") -> outlet
    places: dict[str, frozenset[str]]  # place name (lower case) -> canonical names of its provinces
    place_kinds: dict[str, frozenset[str]]  # place name (lower case) -> kinds (city, town, district, ...)

    def province(self, code: str, on: date | None = None) -> Province | None:
        """The province with ``code``; of two rows with one code, the one valid on ``on`` (default: before
        the merger, the code's first meaning)."""
        rows = [p for p in self.provinces if p.code == code]
        if not rows:
            return None
        if on is not None:
            valid = [p for p in rows if _valid_on(p, on)]
            if valid:
                return valid[0]
        return min(rows, key=lambda p: p.valid_from or date.min)


def _valid_on(province: Province, on: date) -> bool:
    return (province.valid_from is None or province.valid_from <= on) and (
        province.valid_to is None or on <= province.valid_to)


def _date(value: str) -> date | None:
    value = value.strip()
    return date.fromisoformat(value) if value else None


def _cells(row: list[str], count: int) -> list[str]:
    return [cell.strip() for cell in row] + [""] * (count - len(row))


@cache
def gazetteer() -> Gazetteer:
    provinces = []
    for row in _rows("province_codes.tsv"):
        code, name, valid_from, valid_to, successor = _cells(row, 5)[:5]
        if code.lower() == "code":  # a header line
            continue
        provinces.append(Province(code, name, _date(valid_from), _date(valid_to), successor or None))
    outlets = {}
    for row in _rows("outlets.tsv"):
        host, code, kind, name = _cells(row, 4)[:4]
        if host.lower() == "host":
            continue
        outlets[_host(host)] = Outlet(_host(host), code, kind, name)
    by_code = {p.code: p.name for p in sorted(provinces, key=lambda p: p.valid_from or date.min, reverse=True)}
    places: dict[str, set[str]] = {}
    kinds: dict[str, set[str]] = {}
    for row in _rows("places.tsv"):
        name, kind, code = _cells(row, 3)[:3]
        if name.lower() == "name" or code not in by_code:
            continue
        key = _key(name)
        places.setdefault(key, set()).add(by_code[code])
        kinds.setdefault(key, set()).add(kind)
    for key in list(places):
        # a name's other placement of its tone mark ("Hoà Bình" and "Hòa Bình", "Thuỷ Nguyên" and "Thủy Nguyên"): the
        # same name, so the district of Bạc Liêu and the city of Hòa Bình share it (B82)
        other = _other_tone_placement(key)
        if other != key:
            places[other] = places.setdefault(other, set()) | places[key]
            kinds[other] = kinds.setdefault(other, set()) | kinds[key]
            places[key], kinds[key] = set(places[other]), set(kinds[other])
    for key in [k for k in places if " " in k and not k.startswith(("quận ", "huyện ", "thị xã "))]:
        # a name of several words written joined ("huyện Đakrông" for Đa Krông, "Krôngpắc"), as names of the
        # highlands often are: the same place (R44: B14); a numbered district ("Quận 1") is not so written
        joined = key.replace(" ", "")
        if joined not in places:
            places[joined] = set(places[key])
            kinds[joined] = set(kinds[key])
    return Gazetteer(tuple(provinces), outlets, {k: frozenset(v) for k, v in places.items()},
                     {k: frozenset(v) for k, v in kinds.items()})


# A syllable ending in "oa", "oe" or "uy" carries its tone mark on either vowel, as old and new spelling place it
# ("hoà", "hòa"); in decomposed form, the mark after the first vowel or after the second.
_TONE_MARK = "[\u0300\u0301\u0303\u0309\u0323]"
_MARK_ON_FIRST = re.compile(rf"([ou])({_TONE_MARK})([aey])(?!\w)")
_MARK_ON_SECOND = re.compile(rf"([ou])([aey])({_TONE_MARK})(?!\w)")


def _other_tone_placement(key: str) -> str:
    """``key`` (lower case, NFC) with the tone mark of each syllable ending in "oa", "oe" or "uy" on the other vowel."""
    decomposed = unicodedata.normalize("NFD", key)
    swapped = _MARK_ON_FIRST.sub(r"\1\3\2", decomposed)
    if swapped == decomposed:
        swapped = _MARK_ON_SECOND.sub(r"\1\3\2", decomposed)
    return unicodedata.normalize("NFC", swapped)


def _key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).lower().split())


def _host(host: str) -> str:
    host = host.strip().lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def _url_parts(url: str | None) -> SplitResult | None:
    """A URL split into its parts; None for no URL or one that cannot be split."""
    if not url:
        return None
    try:
        return urlsplit(url.strip())
    except ValueError:
        return None


def outlet_of(url: str | None) -> Outlet | None:
    """The provincial outlet a URL belongs to: its host or the nearest listed parent domain
    (the most specific host wins: a department's site under a provincial portal is the department's)."""
    parts = _url_parts(url)
    host = parts.hostname if parts else None
    if not host:
        return None
    outlets = gazetteer().outlets
    host = _host(host)
    while host:
        if host in outlets:
            return outlets[host]
        _, _, host = host.partition(".")
    return None


def province_of_url(url: str | None) -> str | None:
    """The canonical name of the province whose outlet published ``url``, or None."""
    outlet = outlet_of(url)
    if outlet is None:
        return None
    province = gazetteer().province(outlet.code)
    return province.name if province else None


@cache
def _outlet_codes() -> tuple[dict[str, str], re.Pattern[str] | None]:
    codes = {}
    for row in _rows("outlet_codes.tsv"):
        code, province_code = _cells(row, 3)[:2]
        if code.lower() == "code":
            continue
        province = gazetteer().province(province_code)
        if province is not None:
            codes[code.upper()] = province.name
    if not codes:
        return codes, None
    names = "|".join(sorted(map(re.escape, codes), key=len, reverse=True))
    # "(QNO) - ..." opening the lead, "QTO - ..." opening a paragraph, "(QNO)" closing the text
    return codes, re.compile(rf"(?:\(({names})\)\s*[-–]|(?:^|\n)[ \t]*({names})\s*[-–]\s|\(({names})\)\s*$)")


def province_of_outlet_code(text: str) -> str | None:
    """The province of the outlet whose sign-off code ("(QNO) - ...", "(HBĐT)") the text carries
    (``outlet_codes.tsv``), if it carries exactly one outlet's."""
    codes, pattern = _outlet_codes()
    if pattern is None:
        return None
    found = {codes[next(g for g in m.groups() if g).upper()] for m in pattern.finditer(text)}
    return found.pop() if len(found) == 1 else None


def province_in_url_path(url: str | None) -> str | None:
    """The province a folder of a URL's path names, as a national site files its provinces' pages
    ("vietnam.vn/khanhhoa/..."): a whole path segment that is a province's slug, not a word of an
    article's slug."""
    parts = _url_parts(url)
    if parts is None:
        return None
    path = parts.path
    for segment in path.split("/")[:-1]:
        if segment and not segment.isdigit():
            name = province_name(segment)
            if name:
                return name
    return None


def province_in_url_headline(url: str | None) -> str | None:
    """The province an article's address opens its headline with ("/thanh-hoa-thu-347-trieu-usd-...htm",
    "/tp-hcm-tang-truong-..."): the headline names its subject first, as "Thanh Hóa: ..." does."""
    words = _after_an_opening_period(url_headline_words(url))
    found = None
    for count in range(1, min(4, len(words)) + 1):  # the longest opening that is a slug: "ba-ria-vung-tau"
        found = _by_slug().get("".join(words[:count]), found)
    return found


_PERIOD_SLUG_WORDS = frozenset(("nam", "thang", "quy", "dau", "i", "ii", "iii", "iv", "trong"))


def _after_an_opening_period(words: list[str]) -> list[str]:
    """An address headline's words after the period it opens with ("/nam-2020-thanh-hoa-dan-dau-...",
    "/6-thang-dau-nam-2023-lang-son-..."): the province the headline names first comes after it (R67c)."""
    for at, word in enumerate(words[:6]):
        if re.fullmatch(r"(?:19|20)\d\d", word):
            before = words[:at]
            if before and all(w in _PERIOD_SLUG_WORDS or w.isdigit() for w in before):
                return words[at + 1:]
            break
    return words


# Words of an address headline after which a province is a destination, an origin or a partner, not the
# subject: "/xuat-khau-sang-ha-noi-...", "/hop-tac-voi-lao-cai-...".
_PASSING_SLUG_WORDS = frozenset(("sang", "voi", "den", "toi", "tu", "va", "cung", "giap", "qua"))
_MIN_HEADLINE_SLUG = 5  # "hanoi", "camau"; "hue" is too often a word of another


def province_named_in_url_headline(url: str | None) -> str | None:
    """The one province an article's address headline names anywhere, not in passing
    ("/kim-ngach-xuat-khau-ha-noi-dat-hon-980-trieu-usd-677811.html"): the headline's subject, when no
    outlet, folder or host tells the province. None when it names none, or two."""
    words = url_headline_words(url)
    slugs = _by_slug()
    found = set()
    index = 0
    while index < len(words):
        for count in range(min(4, len(words) - index), 0, -1):  # the longest slug: "ba-ria-vung-tau"
            slug = "".join(words[index:index + count])
            if slug in slugs and (count > 1 or len(slug) >= _MIN_HEADLINE_SLUG):
                if not (index > 0 and words[index - 1] in _PASSING_SLUG_WORDS):
                    found.add(slugs[slug])
                index += count - 1
                break
        index += 1
    return found.pop() if len(found) == 1 else None


# A word of an article's address that is an id, not a word of its headline: "post1095047", "a191899", "4600643",
# a time stamp "20240529083722467" (a year, four digits, stays: "thang-5-nam-2023").
_ADDRESS_ID = re.compile(r"^[a-z]{0,4}\d{5,}$")


def url_headline_words(url: str | None) -> list[str]:
    """The words of the headline an article's address ends with ("/10-thang-hon-68-trieu-luot-du-khach-den-
    da-nang-3120702" -> ["10", "thang", "hon", ...]), lower case, without its extension and trailing ids."""
    parts = _url_parts(url)
    if parts is None:
        return []
    last = parts.path.rstrip("/").rsplit("/", 1)[-1].lower()
    words = [w for w in re.split(r"[-_]+", re.sub(r"\.\w+$", "", last)) if w]
    while words and _ADDRESS_ID.match(words[-1]):
        words.pop()
    return words


@cache
def _digest_slugs() -> tuple[tuple[str, ...], ...]:
    # several provinces only: "ca-nuoc" in an address is as often a ranking ("cao-nhat-ca-nuoc") as the subject
    return tuple(tuple(w for w in re.split(r"[^a-z0-9]+", _slug_words(phrase)) if w)
                 for phrase, counted in digest_subjects() if not counted and phrase not in _NATION_PHRASES)


_NATION_PHRASES = ("cả nước", "toàn quốc")
# the first words of digest phrases that say "several" ("các tỉnh ...", "nhiều địa phương"), not a region's name alone
_SEVERAL_SLUGS = ("cac", "nhieu", "nhung")


def not_places() -> list[str]:
    """Names holding a province's name that are no place of it (``not_places.tsv``: "Thái Bình Dương")."""
    return [_cells(row, 1)[0] for row in _rows("not_places.tsv")]


def national_sources() -> list[str]:
    """The national offices of ``national_sources.tsv``: a text citing one is about the nation."""
    return [_cells(row, 1)[0] for row in _rows("national_sources.tsv")]


def provincial_offices() -> list[str]:
    """The offices of a province a report cites as its source (``provincial_offices.tsv``)."""
    return [_cells(row, 1)[0] for row in _rows("provincial_offices.tsv")]


def digest_subjects() -> list[tuple[str, bool]]:
    """(phrase, needs a count before it) of ``digest_subjects.tsv``: the nation or several provinces."""
    rows = []
    for row in _rows("digest_subjects.tsv"):
        phrase, counted = (_cells(row, 2) + [""])[:2]
        rows.append((phrase, counted.lower() == "counted"))
    return rows


def digest_in_url_headline(url: str | None, several_only: bool = False) -> bool:
    """Whether an article's address headline names the nation or several provinces as its subject
    ("/nhieu-dia-phuong-thu-nghin-ty-tu-du-lich-...", "/xep-hang-kinh-te-34-tinh-thanh-..."): a digest.
    With ``several_only``, a region's name alone ("/...-trung-tam-du-lich-dbscl") does not count: one province's
    article names its region as often as a digest does."""
    words = url_headline_words(url)
    for index in range(len(words)):
        if index and words[index - 1] == "hon":
            continue  # "/...-so-thu-cao-hon-nhieu-tinh-...": the provinces a figure beats, a yardstick (B108)
        for phrase in _digest_slugs():
            if several_only and phrase[0] not in _SEVERAL_SLUGS:
                continue
            if tuple(words[index:index + len(phrase)]) == phrase:
                return True
        # a count of provinces: "34-tinh-thanh", "63-dia-phuong"
        if words[index].isdigit() and tuple(words[index + 1:index + 3]) in (("tinh", "thanh"), ("dia", "phuong")):
            return True
    return False


def two_provinces_in_url_headline(url: str | None) -> bool:
    """Whether an article's address headline names two provinces joined by "và" or "với"
    ("/ha-noi-va-tp-ho-chi-minh-nhap-sieu-349095"), or names two side by side ("/ninh-binh-da-nang-...",
    "/du-khach-den-bac-lieu-ca-mau-..."): a comparison of the two, about neither alone."""
    words = url_headline_words(url)
    slugs = _by_slug()
    first = province_in_url_headline(url)
    if first is not None:
        # two provinces side by side opening the headline: "/ninh-binh-da-nang-boi-thu-dip-2-9-..." is
        # "Ninh Bình, Đà Nẵng bội thu dịp 2/9"
        opened = _after_an_opening_period(words)  # the words province_in_url_headline read the province from
        opening = next(count for count in range(min(4, len(opened)), 0, -1) if "".join(opened[:count]) in slugs)
        second = next((slugs["".join(opened[opening:end])] for end in range(min(len(opened), opening + 4), opening, -1)
                       if "".join(opened[opening:end]) in slugs and (end - opening > 1
                                                                       or len(opened[opening]) >= _MIN_HEADLINE_SLUG)),
                      None)
        if second is not None and second != first:
            return True
    for index in range(len(words)):
        # two provinces of two words or more side by side anywhere: "/du-khach-den-bac-lieu-ca-mau-dip-tet-..." is
        # "Du khách đến Bạc Liêu, Cà Mau dịp Tết" (one-word slugs, "hue", are too often part of another name)
        first_end = next((end for end in range(min(len(words), index + 4), index + 1, -1)
                          if "".join(words[index:end]) in slugs), None)
        if first_end is not None:
            second = next((slugs["".join(words[first_end:end])]
                           for end in range(min(len(words), first_end + 4), first_end + 1, -1)
                           if "".join(words[first_end:end]) in slugs), None)
            if second is not None and second != slugs["".join(words[index:first_end])]:
                return True
    for index, word in enumerate(words):
        if word not in ("va", "voi"):
            continue
        before = next((slugs["".join(words[start:index])] for start in range(max(0, index - 4), index)
                       if "".join(words[start:index]) in slugs), None)
        after = next((slugs["".join(words[index + 1:end])] for end in range(min(len(words), index + 5), index + 1, -1)
                      if "".join(words[index + 1:end]) in slugs), None)
        if before and after and before != after and (first is None or first in (before, after)):
            # (a province opening the headline, then two others joined: "/thanh-hoa-hut-khach-chi-sau-ha-noi-va-tphcm-..."
            # ranks the first against the two, a yardstick; it is the first's)
            return True
    return False


def _slug_words(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


_MIN_HOST_SLUG = 6  # "laocai", "ninhbinh": shorter slugs ("hue") are too often part of another word
_MIN_HOST_LABEL = 4  # a whole label may be shorter: "thoibinh.camau.dcs.vn" (a district of Cà Mau's party site)


def province_in_url_host(url: str | None) -> str | None:
    """The province a URL's host names: a label that is a province's slug ("dulich.ninhbinh.vn",
    "thoibinh.camau.dcs.vn"), or begins or ends with one ("thongkevinhphuc.gov.vn",
    "bariavungtautourism.com.vn") -- a provincial site names its province in its address. None when the
    host names no province, or two."""
    parts = _url_parts(url)
    if parts is None:
        return None
    host = parts.hostname or ""
    found = set()
    labels = _host(host).split(".")[:-1]
    for label in labels:
        for slug, name in _by_slug().items():
            if (len(slug) >= _MIN_HOST_LABEL and label == slug) \
                    or (len(slug) >= _MIN_HOST_SLUG and (label.startswith(slug) or label.endswith(slug))):
                found.add(name)
    if not found and _host(host).endswith(_GOVERNMENT_DOMAINS):
        # a district's own portal or party site ("mocchau.gov.vn"): the label is the district's slug
        for label in labels:
            provinces = _places_by_slug().get(label, frozenset())
            if len(label) >= _MIN_HOST_SLUG and len(provinces) == 1:
                found.update(provinces)
    if not found:
        # a district's television, news or town site on any domain ("truyenhinhlucngan.vn", "hiephoanet.vn",
        # "yenchauonline.com"): a label beginning or ending with the slug of a district of one province, long enough
        # not to be part of another word (R77b: B63, P31)
        for label in labels:
            found.update(province for slug, provinces in _unique_place_slugs().items()
                         if label.startswith(slug) or label.endswith(slug) for province in provinces)
    return found.pop() if len(found) == 1 else None


_MIN_PLACE_SLUG = 7  # "lucngan", "hiephoa": a district's slug inside a longer label


@cache
def _unique_place_slugs() -> dict[str, frozenset[str]]:
    """The slugs of districts, towns and cities of one province only, ``_MIN_PLACE_SLUG`` letters or more."""
    return {slug: provinces for slug, provinces in _places_by_slug().items()
            if len(provinces) == 1 and len(slug) >= _MIN_PLACE_SLUG}


# The domains of government and party sites, where a host label naming a district is the district's own site.
_GOVERNMENT_DOMAINS = (".gov.vn", ".dcs.vn")


@cache
def _places_by_slug() -> dict[str, frozenset[str]]:
    """A district's, town's or city's slug ("mocchau") -> the provinces with a unit of that name."""
    found: dict[str, set[str]] = {}
    for key, provinces in gazetteer().places.items():
        found.setdefault(_slug(key), set()).update(provinces)
    return {slug: frozenset(provinces) for slug, provinces in found.items()}


def provinces_of_place(name: str) -> frozenset[str]:
    """Canonical names of the provinces that have a city, town or district called ``name``
    (more than one: the name alone does not tell the province)."""
    return gazetteer().places.get(_key(name), frozenset())


def place_names() -> tuple[str, ...]:
    return tuple(gazetteer().places)


def town_names() -> tuple[str, ...]:
    """The names of cities and towns of exactly one province ("nha trang", "sa pa", "huế"): places visitors are
    said to come to by name alone."""
    g = gazetteer()
    return tuple(name for name, kinds in g.place_kinds.items()
                 if kinds <= {"city", "town"} and len(g.places.get(name, ())) == 1)


def code_of(name: str, on: date | None = None) -> str | None:
    """The code of the province ``name`` (canonical) on ``on``: after the merger, the code of the
    province it became; without a date, its code before the merger."""
    rows = [p for p in gazetteer().provinces if p.name == name]
    if not rows:
        return None
    before = [p for p in rows if p.valid_from is None] or rows
    province = before[0]
    if on is None:
        return province.code
    seen = set()
    while province.valid_to is not None and on > province.valid_to and province.successor \
            and province.code not in seen:
        seen.add(province.code)
        nxt = gazetteer().province(province.successor, on)
        if nxt is None:
            break
        province = nxt
    if province.valid_from is not None and on < province.valid_from:
        return None
    return province.code


def named_after_the_merger(name: str) -> bool:
    """Whether a province is called ``name`` after the merger (Lào Cai is, Yên Bái, merged into it, is not)."""
    return any(p.name == name and _valid_on(p, MERGER) for p in gazetteer().provinces)


_SPELLINGS = {_key(spelling): name for name, spellings in vocabulary().provinces for spelling in spellings}


def _slug(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "", text)


# "tinh-lang-son", "tp-hcm", "thanh-pho-can-tho": the kind of unit before a folder's province name.
_UNIT_PREFIXES = ("thanhpho", "tinh", "tp")


@cache
def _by_slug() -> dict[str, str]:
    found: dict[str, str] = {}
    for spelling, name in _SPELLINGS.items():
        found.setdefault(_slug(spelling), name)
    return found


def province_name(value: str | None) -> str | None:
    """A province as a person writes it -> its canonical name: any spelling of provinces.tsv
    (case and diacritics aside), a slug ("lang-son", "LangSon"), or a code ("20")."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        province = gazetteer().province(value.zfill(2))
        return province.name if province else None
    if _key(value) in _SPELLINGS:
        return _SPELLINGS[_key(value)]
    slug = _slug(value)
    if slug in _by_slug():
        return _by_slug()[slug]
    for prefix in _UNIT_PREFIXES:
        if slug.startswith(prefix) and slug[len(prefix):] in _by_slug():
            return _by_slug()[slug[len(prefix):]]
    return None


_YEAR_FOLDER = re.compile(r"(?:19|20)\d\d")


def province_of_folders(parts: list[str] | tuple[str, ...]) -> str | None:
    """The province named by the innermost folder of ``parts`` (the folders of a path inside an
    inbox, outermost first) that names one; see ``province_name``. A bare two-digit folder right
    inside a year folder ("2023/06/") is a month, not a province code."""
    for index in range(len(parts) - 1, -1, -1):
        part = parts[index]
        if part.isdigit():
            if len(part) != 2 or (index > 0 and _YEAR_FOLDER.fullmatch(parts[index - 1])):
                continue
        name = province_name(part)
        if name:
            return name
    return None
