"""What the parser returns: plain, immutable records with no I/O attached.

Every figure keeps its exact span (``text[char_start:char_end] == raw_text``)
and the sentence it came from, so that a reviewer can always be shown where a
number was read. Each printed number also carries its rounding half-width
(half a unit of its last printed digit, in the figure's own scale), which the
consistency checks in ``schemas/`` use to compare intervals instead of points.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

KINDS = ("amount", "share", "growth")
QUALIFIERS = ("estimate", "more_than", "less_than", "approx")


@dataclass(frozen=True, slots=True)
class Figure:
    kind: str  # one of KINDS
    value: float  # scale applied: "3.042,3 tỷ đồng" -> 3042300000000.0
    unit: str  # VND, USD, percent, person, visit, hectare, tonne, head, ...
    raw_text: str  # exactly text[char_start:char_end]
    char_start: int
    char_end: int
    sentence: str
    sentence_start: int = 0  # offset of `sentence` in the document text
    indicator: str | None = None  # canonical key, e.g. "export_turnover"
    indicator_text: str | None = None  # the indicator phrase as written
    value_high: float | None = None  # upper end of a range ("12-15")
    qualifier: str | None = None  # one of QUALIFIERS or None
    pct_of_plan: float | None = None  # "đạt 51,49% kế hoạch" -> 51.49
    plan_basis: str | None = None  # "plan", "budget_estimate", "central_budget_estimate", ...
    pct_of_plan_alt: float | None = None  # a second basis in the same clause
    plan_basis_alt: str | None = None
    yoy_change_pct: float | None = None  # signed change on the same period last year
    change_abs: float | None = None  # signed absolute change, in the figure's unit
    component_of: int | None = None  # index (in ParsedDocument.figures) of the total
    value_rounding: float = 0.0  # half a unit of the last printed digit of value
    pct_of_plan_rounding: float = 0.0
    yoy_change_rounding: float = 0.0
    # "đạt 49,5% dự toán (dự toán 6.146 tỷ đồng)": the plan amount itself, in the figure's unit
    plan_amount: float | None = None
    plan_amount_rounding: float = 0.0
    # What the figure is said of (``parsing.scope``): the province or area and the period its own
    # text names ("Tại Khánh Hòa, ...", "tháng 6"), else the document's; *_source says which.
    region: str | None = None
    region_source: str | None = None  # "text" or "document"
    period_label: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    period_source: str | None = None  # "text" or "document"
    # the district, town, ward or commune the figure is said of when its report is about one ("huyện Cam Lộ",
    # ``parsing.report_area``): the checks compare figures of one area only
    area: str | None = None


# How a document's region or period was found; ``documents.region_source`` / ``period_source``.
REGION_SOURCES = ("text", "sidecar", "source", "folder", "url")
PERIOD_SOURCES = ("text", "title", "published")


@dataclass(frozen=True, slots=True)
class SourceFacts:
    """What is known of a report beside its text: where it came from and what came with it.

    Each is optional; ``parsing.report_region`` and ``parsing.periods`` say how they weigh against the text.
    """

    url: str | None = None  # the page it was fetched from (its outlet tells a province)
    title: str | None = None  # from a feed, a page or a sidecar
    published: date | None = None
    region: str | None = None  # stated by a person: any spelling or code of a province
    # who stated ``region``: "sidecar" (beside the file) or "source" (sources file); a re-parse passes on
    # a region found beside the text at load time with the REGION_SOURCES name it had
    region_origin: str = "sidecar"
    folder_region: str | None = None  # the province of the inbox folder the file was filed in


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    title: str | None = None
    region: str | None = None  # province, canonical name of provinces.tsv, e.g. "Lạng Sơn"
    period_label: str | None = None  # as written, e.g. "6 tháng đầu năm 2021"
    period_start: date | None = None
    period_end: date | None = None
    published_on: date | None = None
    region_source: str | None = None  # one of REGION_SOURCES, None without a region
    period_source: str | None = None  # one of PERIOD_SOURCES, None without a period
    region_code: str | None = None  # the province's code on the report's period (province_codes.tsv)
    area: str | None = None  # the district, town, ward or commune the report is about, if one (``report_area``)


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    text: str  # the normalised text that all spans refer to
    meta: DocumentMeta
    figures: tuple[Figure, ...] = field(default_factory=tuple)
