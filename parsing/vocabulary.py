"""The parser's vocabulary, read once from the small TSV files in ``parsing/vocab/``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources


def _rows(name: str) -> list[list[str]]:
    text = resources.files("parsing.vocab").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class Unit:
    phrase: str
    name: str
    family: str  # money, count, percent, area, mass, ... (a rate has the family of what it measures)
    multiplier: float = 1.0  # a unit written with its scale ("trđ": million dong)


@dataclass(frozen=True)
class Vocabulary:
    scales: dict[str, float]
    units: dict[str, Unit]  # lower-cased phrase -> Unit
    qualifiers: dict[str, tuple[str, str]]  # phrase -> (qualifier, position)
    relations: dict[str, list[str]]  # relation -> phrases
    indicators: dict[str, list[str]]  # key -> phrases (lower case)
    markers: list[str]
    not_markers: list[str]
    distance_words: list[str]
    not_estimates: list[str]  # "Hiệp ước": words holding "ước" that are no estimate  # "dân số 285 người/km2": a marker word inside another word is no marker
    time_markers: dict[str, float]  # "tháng" -> 12: "tháng 5" is a month, "tháng 150" is not
    standards: list[str]
    per_words: list[str]
    provinces: list[tuple[str, list[str]]]  # canonical name -> spellings
    per_units: dict[str, str]  # noun after "/" -> what the rate divides by
    rate_contexts: dict[str, tuple[str, frozenset[str]]]  # phrase -> (divides by, unit families)
    indicator_units: dict[str, frozenset[str]]  # key -> unit names or families it can measure (empty: any)
    indicator_refinements: list[tuple[str, str, str, str]]  # (key, word in the clause, narrower key, unless)
    growth_indicators: frozenset[str]  # indicators whose bare percentage is a rate of change
    changes_of: list[tuple[str, str]]  # (rate key, the amount's key whose change it names)
    compounds: list[str]  # "xã hội": a unit word that starts another word
    abbreviations: frozenset[str]  # "TP" in "TP. Hồ Chí Minh"
    noun_ends: list[str]  # a preposition or a verb: the counted noun after a share ends before it
    ranked_sets: list[str]  # places counted as the set a ranking is drawn from ("10 tỉnh ... cao nhất")
    ranking_words: list[str]  # "nhất", "dẫn đầu": the words that rank them
    count_frames: list[str]  # "có", "thêm": a whole number after them counts the noun that follows
    not_count_nouns: list[str]  # "năm", "lần", "tuổi": a word after a number that is no counted noun
    scale_nouns: list[str]  # "lệ", "suất": after "tỷ" they make a noun ("Tỷ suất"), no scale word
    scaled_noun_stops: frozenset[str]  # "một", "mỗi": after "20 nghìn" they count nothing ("20 nghìn một kg")
    back_reference_stops: list[str]  # "trong", "tháng": no word describing things counted before "này"
    english_words: frozenset[str]  # "the", "of", "increased": words of a sentence written in English
    # keys (or "target", "share") -> words that make a phrase name a part, a plan or a share, and words undoing that
    indicator_parts: list[tuple[frozenset[str], list[str], list[str]]]


@cache
def vocabulary() -> Vocabulary:
    negatives = _rows("negatives.tsv")
    indicator_rows = _rows("indicators.tsv")
    provinces = []
    for row in _rows("provinces.tsv"):
        provinces.append((row[0], [row[0], *[s for s in row[1:] if s]]))
    relations: dict[str, list[str]] = {}
    for relation, phrase in _rows("relations.tsv"):
        relations.setdefault(relation, []).append(phrase)
    return Vocabulary(
        scales={word: float(value) for word, value in _rows("scales.tsv")},
        units={row[0].lower(): Unit(row[0], row[1], row[2], float(row[3]) if len(row) > 3 else 1.0) for row in _rows("units.tsv")},
        qualifiers={row[0]: (row[1], row[2]) for row in _rows("qualifiers.tsv")},
        relations=relations,
        indicators={row[0]: [p.strip().lower() for p in row[1].split("|") if p.strip()]
                    for row in indicator_rows},
        markers=[row[1] for row in negatives if row[0] == "marker"],
        not_markers=[row[1] for row in negatives if row[0] == "not_marker"],
        distance_words=[row[1] for row in negatives if row[0] == "distance"],
        not_estimates=[row[1] for row in negatives if row[0] == "not_estimate"],
        time_markers={row[1].lower(): float(row[2]) for row in negatives if row[0] == "time"},
        standards=[row[1] for row in negatives if row[0] == "standard"],
        per_words=[row[1] for row in negatives if row[0] == "per"],
        provinces=provinces,
        per_units={row[0].lower(): row[1] for row in _rows("per_units.tsv")},
        rate_contexts={row[0].lower(): (row[1], frozenset(row[2].split(","))) for row in _rows("rate_contexts.tsv")},
        indicator_units={row[0]: frozenset(u.strip() for u in row[3].split(",") if u.strip()) if len(row) > 3
                         else frozenset() for row in indicator_rows},
        indicator_refinements=[(row[0], row[1].lower(), row[2], row[3].lower() if len(row) > 3 else "")
                               for row in _rows("indicator_refinements.tsv")],
        growth_indicators=frozenset(row[0] for row in indicator_rows if len(row) > 2 and row[2] == "growth"),
        changes_of=[(row[0], row[1]) for row in _rows("changes_of.tsv")],
        compounds=[row[1].lower() for row in negatives if row[0] == "compound"],
        abbreviations=frozenset(row[1] for row in negatives if row[0] == "abbreviation"),
        noun_ends=[row[1] for row in negatives if row[0] == "noun_end"],
        count_frames=[row[1] for row in negatives if row[0] == "count_frame"],
        ranked_sets=[row[1] for row in negatives if row[0] == "ranked_set"],
        ranking_words=[row[1] for row in negatives if row[0] == "ranking_word"],
        not_count_nouns=[row[1] for row in negatives if row[0] == "not_count_noun"],
        scale_nouns=[row[1] for row in negatives if row[0] == "scale_noun"],
        scaled_noun_stops=frozenset(row[1] for row in negatives if row[0] == "scaled_noun_stop"),
        back_reference_stops=[row[1] for row in negatives if row[0] == "back_reference_stop"],
        english_words=frozenset(row[1] for row in negatives if row[0] == "english_word"),
        indicator_parts=[(frozenset(row[0].split(",")), [w.lower() for w in row[1].split("|") if w],
                          [w.lower() for w in row[2].split("|") if w] if len(row) > 2 else [])
                         for row in _rows("indicator_parts.tsv")],
    )


@cache
def province_of_spelling() -> dict[str, str]:
    """Lower-cased spelling of a province ("tp.hcm", "huế") -> the province's canonical name."""
    return {s.lower(): name for name, spellings in vocabulary().provinces for s in spellings}
