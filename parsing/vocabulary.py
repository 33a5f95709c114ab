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
    family: str  # money, count, rate, percent, area, mass, ...


@dataclass(frozen=True)
class Vocabulary:
    scales: dict[str, float]
    units: dict[str, Unit]  # lower-cased phrase -> Unit
    qualifiers: dict[str, tuple[str, str]]  # phrase -> (qualifier, position)
    relations: dict[str, list[str]]  # relation -> phrases
    indicators: dict[str, list[str]]  # key -> phrases (lower case)
    markers: list[str]
    standards: list[str]
    per_words: list[str]
    provinces: list[tuple[str, list[str]]]  # canonical name -> spellings


@cache
def vocabulary() -> Vocabulary:
    negatives = _rows("negatives.tsv")
    provinces = []
    for row in _rows("provinces.tsv"):
        provinces.append((row[0], [row[0], *[s for s in row[1:] if s]]))
    relations: dict[str, list[str]] = {}
    for relation, phrase in _rows("relations.tsv"):
        relations.setdefault(relation, []).append(phrase)
    return Vocabulary(
        scales={word: float(value) for word, value in _rows("scales.tsv")},
        units={row[0].lower(): Unit(row[0], row[1], row[2]) for row in _rows("units.tsv")},
        qualifiers={row[0]: (row[1], row[2]) for row in _rows("qualifiers.tsv")},
        relations=relations,
        indicators={row[0]: [p.strip().lower() for p in row[1].split("|") if p.strip()]
                    for row in _rows("indicators.tsv")},
        markers=[w for kind, w in negatives if kind == "marker"],
        standards=[w for kind, w in negatives if kind == "standard"],
        per_words=[w for kind, w in negatives if kind == "per"],
        provinces=provinces,
    )
